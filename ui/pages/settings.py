"""Settings: how CoachDesk looks, when it locks itself, and the coach's defaults.

Each change is saved at once. The theme lives in Qt's settings (it is needed
before the vault opens); everything else lives in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk import settings
from coachdesk.errors import CoachDeskError
from ui import theme
from ui.widgets import InlineMessage, heading, line_edit

THEMES = [("system", "Follow the system"), ("light", "Light"), ("dark", "Dark")]


class SettingsPage(QWidget):
    idle_minutes_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.theme = QComboBox()
        for value, label in THEMES:
            self.theme.addItem(label, value)
        self.idle = QSpinBox()
        self.idle.setRange(0, 240)
        self.idle.setSuffix(" minutes")
        self.idle.setSpecialValueText("Never")
        self.session_minutes = QSpinBox()
        self.session_minutes.setRange(5, 480)
        self.session_minutes.setSingleStep(5)
        self.session_minutes.setSuffix(" minutes")
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setDecimals(2)
        self.fee.setGroupSeparatorShown(True)
        self.currency = line_edit("EUR")
        self.currency.setMaximumWidth(90)
        self.coach = line_edit("Your name, as agreements show it")
        self.message = InlineMessage()
        note = QLabel("Locking closes the vault and clears every screen; CoachDesk also "
                      "locks when you press Ctrl+L.")
        note.setObjectName("muted")
        note.setWordWrap(True)

        form = QFormLayout()
        form.addRow("&Theme", self.theme)
        form.addRow("&Lock after idle", self.idle)
        form.addRow("", note)
        form.addRow("Default &session length", self.session_minutes)
        form.addRow("Default &fee per session", self.fee)
        form.addRow("&Currency", self.currency)
        form.addRow("&Your name", self.coach)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        layout.addWidget(heading("Settings"))
        holder = QWidget()
        holder.setMaximumWidth(680)  # a calm column, not a form stretched across the screen
        holder.setLayout(form)
        layout.addWidget(holder)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.theme.setCurrentIndex(max(self.theme.findData(theme.chosen()), 0))
        self.theme.currentIndexChanged.connect(
            lambda _i: theme.choose(QApplication.instance(), self.theme.currentData()))
        self.idle.valueChanged.connect(lambda v: self._put("idle_lock_minutes", str(v)))
        self.idle.valueChanged.connect(self.idle_minutes_changed)
        self.session_minutes.valueChanged.connect(
            lambda v: self._put("default_session_minutes", str(v)))
        self.fee.valueChanged.connect(
            lambda v: self._put("default_fee_cents", str(round(v * 100))))
        self.currency.editingFinished.connect(
            lambda: self._put("currency", self.currency.text().strip().upper()))
        self.coach.editingFinished.connect(lambda: self._put("coach_name", self.coach.text()))

    def attach(self, vault) -> None:
        self._vault = None  # no saving while the fields are filled in
        self.idle.setValue(int(settings.get(vault, "idle_lock_minutes") or 0))
        self.session_minutes.setValue(int(settings.get(vault, "default_session_minutes")))
        self.fee.setValue(int(settings.get(vault, "default_fee_cents")) / 100)
        self.currency.setText(settings.get(vault, "currency"))
        self.coach.setText(settings.get(vault, "coach_name"))
        self._vault = vault

    def clear(self) -> None:
        self._vault = None
        self.coach.setText("")

    def _put(self, name: str, value: str) -> None:
        if self._vault is None:
            return
        try:
            settings.put(self._vault, name, value)
        except CoachDeskError as exc:
            self.message.show_message(exc.message)
            return
        self.message.clear_message()
