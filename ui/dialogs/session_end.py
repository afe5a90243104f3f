"""The summary shown when a session ends: how long it ran, and whether it was held.

The minutes kept here are what the tax export reports, so the measured length is
offered (not the planned default) and the coach may correct it before it is kept:
a session started late in CoachDesk, or a note opened after a call, measures short.
A missed session (the client did not come) keeps its planned minutes.

A lock (idle, the screen, sleep, Ctrl+L) or Quit closes the session's window without
asking: the session is kept held for the minutes measured, and after unlocking (or at
the next start) a message says what happened and offers this summary, with the minutes
planned, to correct the minutes or mark it missed (``offer_cut_short``).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from coachdesk import sessions
from ui import ask
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.models.records import when
from ui.words import clock

# Sessions cut short by a lock in this run; one cut short and not in it was cut short
# by a Quit (or the computer shutting down) in an earlier run.
CUT_SHORT_BY_LOCK: set[int] = set()


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


class SessionEndDialog(SavingDialog):
    """Measured and planned minutes, the minutes to keep, held or missed; Keep stores them."""

    def __init__(self, vault, session_id: int, measured_seconds: float,
                 parent: QWidget | None = None, *, planned_minutes: int | None = None,
                 cut_short: bool = False, may_discard: bool = False) -> None:
        """``cut_short``: shown after a lock or Quit closed the session's window; the
        session is already kept as measured, and Cancel leaves it so. ``may_discard``: a
        session just started by mistake, with nothing written: it may be discarded (the
        audit log keeps that it was)."""
        super().__init__(tr("End of session"), parent, save_text=tr("&Keep"))
        self.cancel_button = self.buttons.button(self.buttons.StandardButton.Cancel)
        self.cancel_button.setText(tr("&Leave it as it is") if cut_short
                                   else tr("&Back to the note"))
        for button in (self.save_button, self.cancel_button):
            button.setIcon(QIcon())  # words only, as on the flat theme's other buttons
        self._vault = vault
        self.session_id = session_id
        self.session = sessions.get(vault, session_id)
        measured = sessions.measured_minutes(measured_seconds)
        self.setMinimumWidth(460)
        self.measured = QLabel(tr("%n min", "", measured))
        self.measured.setObjectName("sessionMeasured")
        self.planned = QLabel(tr("%n min", "", planned_minutes or self.session.duration_minutes))
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
        self.mistake = QRadioButton(tr("&Discard: started by mistake"))
        self.mistake.setToolTip(tr("Nothing was written: the session is removed, and the "
                                   "audit log keeps that it was discarded."))
        self.discarded = False
        outcome = QHBoxLayout()
        outcome.addWidget(self.held)
        outcome.addWidget(self.missed)
        outcome.addStretch(1)
        choices = QVBoxLayout()
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addLayout(outcome)
        if may_discard:
            self.outcome.addButton(self.mistake)
            choices.addWidget(self.mistake)
        else:
            self.mistake.hide()
        layout = self.column([
            (tr("Measured"), self.measured),
            (tr("Planned"), self.planned),
            (tr("&Minutes to keep"), self.minutes),
            (tr("The session was"), choices),
        ], above=tr("The minutes kept here are the ones the tax export shows. A missed "
                    "session keeps its planned minutes."))
        self._planned = planned_minutes
        self.finish(layout, self.minutes)
        self.minutes.selectAll()

    def snapshot(self) -> tuple[int, bool]:
        return (self.minutes.value(), self.held.isChecked())

    def store(self) -> sessions.Session:
        if self.mistake.isChecked():
            sessions.discard_started(self._vault, self.session_id)
            self.discarded = True
            return self.session
        minutes, held = self.snapshot()
        if not held and self._planned:  # cut short: the minutes planned are back
            return sessions.update(self._vault, self.session_id, sessions.SessionDraft(
                self.session.engagement_id, self.session.starts_at, self._planned,
                self.session.place, self.session.fee_cents, "no_show"))
        return sessions.end(self._vault, self.session_id, minutes=minutes, held=held)

    def has_changes(self) -> bool:
        return False  # Back to the note loses nothing: the note stays open, the session held


def offer_cut_short(window, vault) -> None:
    """After unlocking, or at start: say which session a lock or Quit cut short and how it
    was kept, and offer its summary; then the next one, if any. Each is offered once (the
    coach can still change it with Edit session…)."""
    if window.vault is not vault or not window.workspace_open():
        return
    found = sessions.cut_short_sessions(vault)
    if not found:
        return
    cut = found[0]
    session = cut.session
    sessions.seen_cut_short(vault, session.id)
    booked = sessions.booked(vault, [session.id]).get(session.id)
    name = isolated(booked.client_name) if booked else ""
    try:
        at = clock(datetime.fromisoformat(cut.at))
    except ValueError:
        at = ""
    what = (tr("CoachDesk locked at %1 while your session with %2 (%3) was open.")
            if session.id in CUT_SHORT_BY_LOCK else
            tr("CoachDesk was closed at %1 while your session with %2 (%3) was open."))
    CUT_SHORT_BY_LOCK.discard(session.id)
    text = " ".join([
        what.replace("%1", at).replace("%2", name).replace("%3", when(session.starts_at)),
        tr("Your note was saved. The session was kept as held for %n min, as measured "
           "(planned: %1 min).", "", session.duration_minutes).replace(
            "%1", str(cut.planned_minutes)),
        tr("Review it now to correct the minutes, or to mark it missed? You can also "
           "change it later: Edit session… on the client's Sessions tab.")])
    if not ask.confirm(window, tr("A session was cut short"), text,
                       yes=tr("Review the session…"), no=tr("Keep it as it is")):
        offer_cut_short(window, vault)
        return
    dialog = SessionEndDialog(vault, session.id, session.duration_minutes * 60, window,
                              planned_minutes=cut.planned_minutes, cut_short=True)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.addActions([window.lock_action])  # Lock works inside it, as in every dialog
    window.locked.connect(dialog.reject)  # nothing of a session stays over the unlock screen
    dialog.finished.connect(lambda _result: offer_cut_short(window, vault))
    dialog.open()
