"""Edit one session after the fact: when, how long, where, and how it went.

The minutes of a held session are what the tax export shows, so they can be corrected
here (a session cut short by a lock, a call that ran over). The fee is shown with its
currency, as the session keeps it; it is not changed here (it follows the engagement
when the session is planned). A held or missed session lies in the past: one dated
later is refused with a word on what to change. Paid or pro bono in the credential log
shows what the engagement makes it, and may be set otherwise for this one session
(ui.dialogs.paid_choice).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QWidget

from coachdesk import credentials, engagements, sessions
from coachdesk.errors import InvalidInput
from coachdesk.sessions import Session, SessionDraft
from coachdesk.words import QT_TRANSLATE_NOOP
from ui import money
from ui.dialogs.base import SavingDialog
from ui.dialogs.paid_choice import PaidChoice, derived_words
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
        self.fee.setWordWrap(True)
        fee_note = QLabel(tr("As the session keeps it. The engagement's fee: %1")
                          .replace("%1", money.fee_basis(engagement)))
        fee_note.setObjectName("muted")
        fee_note.setWordWrap(True)
        # Paid or pro bono in the credential log: derived from the engagement, or the
        # coach's word for this one session (kept beside it: coachdesk.credentials).
        self._paid = credentials.session_paid(vault, session_id)
        self.paid = PaidChoice(derived_words(self._paid.derived, self._paid.derived_from),
                               self._paid.said, scope=tr("this session"),
                               follows=tr("its fee, or the engagement's word"))
        # A session marked pro bono is given, not billed: its fee shows as pro bono.
        self._fee_words = money.amount(self.session.fee_cents, engagement.currency)
        self.paid.box.currentIndexChanged.connect(lambda _i: self._show_fee())
        self._show_fee()
        above = tr("The minutes of a held session are the ones the tax export shows.")
        # On a live invoice: what the invoice states stays as it states it.
        self.invoice = sessions.on_invoice(vault, session_id)
        if self.invoice:
            above = tr("This session is on invoice %1: void the invoice first to change its "
                       "date, minutes or status. Its time of day and place may change."
                       ).replace("%1", self.invoice)
            day = self.when.date()
            self.when.setDateRange(day, day)
            self.minutes.setEnabled(False)
            self.status.setEnabled(False)
        layout = self.column([
            (tr("&When"), self.when),
            (tr("&Minutes"), self.minutes),
            (tr("&Place"), self.place),
            (tr("&Status"), self.status),
            (tr("Fee"), self.fee),
            ("", fee_note),
            (tr("&Credential log"), self.paid),
        ], above=above)
        self.finish(layout, self.minutes)

    def _show_fee(self) -> None:
        self.fee.setText(tr("Pro bono: %1 not charged")
                         .replace("%1", self._fee_words)
                         if self.paid.choice() == "pro_bono" else self._fee_words)

    def snapshot(self) -> tuple:
        return (self.when.dateTime().toString("yyyy-MM-ddTHH:mm"), self.minutes.value(),
                self.place.text(), self.status.currentData(), self.paid.choice())

    def store(self) -> Session:
        starts_at, minutes, place, status, _paid = self.snapshot()
        if status in ("held", "no_show") and self.when.dateTime() > \
                QDateTime.currentDateTime():
            raise InvalidInput("when", tr(
                "A held or missed session has already happened: change its date, or mark "
                "it planned."))
        if self.invoice and self.paid.choice() == "pro_bono" and \
                self._paid.said != "pro_bono":
            raise InvalidInput("paid", tr(
                "This session is billed on invoice %1: void the invoice first to make it "
                "pro bono.").replace("%1", self.invoice))
        s = self.session
        saved = sessions.update(self._vault, s.id, SessionDraft(
            s.engagement_id, starts_at, minutes, place, s.fee_cents, status))
        if self.paid.choice() != self._paid.said:
            credentials.set_session_paid(self._vault, s.id, self.paid.choice())
        return saved
