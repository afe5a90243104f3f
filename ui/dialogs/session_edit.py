"""Edit one session after the fact: when, how long, where, and how it went.

The minutes of a held session are what the tax export shows, so they can be corrected
here (a session cut short by a lock, a call that ran over). The fee is shown with its
currency, as the session keeps it; it is not changed here (it follows the engagement
when the session is planned). A held or missed session lies in the past: one dated
later is refused with a word on what to change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from coachdesk import engagements, sessions
from coachdesk.errors import InvalidInput
from coachdesk.sessions import Session, SessionDraft
from coachdesk.words import QT_TRANSLATE_NOOP
from ui import money
from ui.dialogs.base import SavingDialog
from ui.dialogs.session import WhenEdit
from ui.widgets import line_edit

# The statuses a coach chooses from, in the order a session goes through them.
STATUS_CHOICES = (("planned", QT_TRANSLATE_NOOP("", "Planned")),
                  ("held", QT_TRANSLATE_NOOP("", "Held")),
                  ("no_show", QT_TRANSLATE_NOOP("", "Missed (the client did not come)")),
                  ("cancelled", QT_TRANSLATE_NOOP("", "Cancelled")))


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


class SessionEditDialog(SavingDialog):
    """Date and time, minutes, place and status of one session; the fee as it stands."""

    def __init__(self, vault, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(tr("Edit session"), parent, what=tr("this session"))
        self._vault = vault
        self.session = sessions.get(vault, session_id)
        engagement = engagements.get(vault, self.session.engagement_id)
        self.setMinimumWidth(500)
        self.when = WhenEdit(QDateTime.fromString(self.session.starts_at, "yyyy-MM-ddTHH:mm"))
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # ISO in every script
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 24 * 60)
        self.minutes.setSuffix(tr(" min"))
        self.minutes.setValue(self.session.duration_minutes)
        self.minutes.setAccessibleName(tr("Minutes"))
        self.place = line_edit(tr("Online, the client's office, …"))
        self.place.setText(self.session.place)
        self.status = QComboBox()
        for stored, words in STATUS_CHOICES:
            self.status.addItem(tr(words), stored)
        self.status.setCurrentIndex(max(0, self.status.findData(self.session.status)))
        self.fee = QLabel(money.amount(self.session.fee_cents, engagement.currency))
        self.fee.setObjectName("sessionFee")
        fee_note = QLabel(tr("As the session keeps it. The engagement's fee: %1")
                          .replace("%1", money.fee_basis(engagement)))
        fee_note.setObjectName("muted")
        fee_note.setWordWrap(True)
        layout = self.column([
            (tr("&When"), self.when),
            (tr("&Minutes"), self.minutes),
            (tr("&Place"), self.place),
            (tr("&Status"), self.status),
            (tr("Fee"), self.fee),
            ("", fee_note),
        ], above=tr("The minutes of a held session are the ones the tax export shows."))
        self.finish(layout, self.minutes)

    def snapshot(self) -> tuple:
        return (self.when.dateTime().toString("yyyy-MM-ddTHH:mm"), self.minutes.value(),
                self.place.text(), self.status.currentData())

    def store(self) -> Session:
        starts_at, minutes, place, status = self.snapshot()
        if status in ("held", "no_show") and self.when.dateTime() > \
                QDateTime.currentDateTime():
            raise InvalidInput("when", tr(
                "A held or missed session has already happened: change its date, or mark "
                "it planned."))
        s = self.session
        return sessions.update(self._vault, s.id, SessionDraft(
            s.engagement_id, starts_at, minutes, place, s.fee_cents, status))
