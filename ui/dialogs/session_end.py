"""The summary shown when a session ends: how long it ran, and whether it was held.

The minutes kept here are what the tax export reports, so the measured length is
offered (not the planned default) and the coach may correct it before it is kept:
a session started late in CoachDesk, or a note opened after a call, measures short.
A missed session (the client did not come) keeps its planned minutes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QRadioButton, QSpinBox, QWidget

from coachdesk import sessions
from ui.dialogs.base import SavingDialog


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("SessionEndDialog", text, None, n)


class SessionEndDialog(SavingDialog):
    """Measured and planned minutes, the minutes to keep, held or missed; Keep stores them."""

    def __init__(self, vault, session_id: int, measured_seconds: float,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("End of session"), parent, save_text=tr("&Keep"))
        self.cancel_button = self.buttons.button(self.buttons.StandardButton.Cancel)
        self.cancel_button.setText(tr("&Back to the note"))
        for button in (self.save_button, self.cancel_button):
            button.setIcon(QIcon())  # words only, as on the flat theme's other buttons
        self._vault = vault
        self.session_id = session_id
        self.session = sessions.get(vault, session_id)
        measured = sessions.measured_minutes(measured_seconds)
        self.setMinimumWidth(460)
        self.measured = QLabel(tr("%n min", measured))
        self.measured.setObjectName("sessionMeasured")
        self.planned = QLabel(tr("%n min", self.session.duration_minutes))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(measured)
        self.minutes.setAccessibleName(tr("Minutes to keep"))
        self.minutes.setMaximumWidth(self.minutes.fontMetrics().horizontalAdvance("0000 min")
                                     + 48)
        self.held = QRadioButton(tr("&Held"))
        self.missed = QRadioButton(tr("M&issed (the client did not come)"))
        self.outcome = QButtonGroup(self)
        self.outcome.addButton(self.held)
        self.outcome.addButton(self.missed)
        (self.missed if self.session.status == "no_show" else self.held).setChecked(True)
        self.held.toggled.connect(self.minutes.setEnabled)
        outcome = QHBoxLayout()
        outcome.addWidget(self.held)
        outcome.addWidget(self.missed)
        outcome.addStretch(1)
        layout = self.column([
            (tr("Measured"), self.measured),
            (tr("Planned"), self.planned),
            (tr("&Minutes to keep"), self.minutes),
            (tr("The session was"), outcome),
        ], above=tr("The minutes kept here are the ones the tax export shows. A missed "
                    "session keeps its planned minutes."))
        self.finish(layout, self.minutes)
        self.minutes.selectAll()

    def snapshot(self) -> tuple[int, bool]:
        return (self.minutes.value(), self.held.isChecked())

    def store(self) -> sessions.Session:
        minutes, held = self.snapshot()
        return sessions.end(self._vault, self.session_id, minutes=minutes, held=held)

    def has_changes(self) -> bool:
        return False  # Back to the note loses nothing: the note stays open, the session held
