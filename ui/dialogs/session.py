"""Plan a session: when, how long, where, for which engagement, at what fee."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QSpinBox,
    QWidget,
)

from coachdesk import engagements, sessions, settings
from coachdesk.errors import InvalidInput
from coachdesk.sessions import Session, SessionDraft
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit


class PlanSessionDialog(SavingDialog):
    def __init__(self, vault, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__("Plan a session", parent, what="this session")
        self._vault = vault
        self.setMinimumWidth(480)
        self.engagement = QComboBox()
        for engagement in engagements.for_client(vault, client_id):
            if engagement.status != "ended":
                self.engagement.addItem(f"{engagement.title or 'Engagement'} · from "
                                        f"{engagement.starts_on}", engagement.id)
        start = QDateTime.currentDateTime().addDays(7)
        start.setTime(QTime(start.time().hour(), 0))
        self.when = QDateTimeEdit(start)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" minutes")
        self.minutes.setValue(int(settings.get(vault, "default_session_minutes") or 60))
        self.place = line_edit("Online, the client's office, …")
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 1_000_000)
        self.fee.setDecimals(2)
        self.fee.setValue(int(settings.get(vault, "default_fee_cents") or 0) / 100)
        layout = self.column([
            ("&Engagement", self.engagement),
            ("&When", self.when),
            ("&Length", self.minutes),
            ("&Place", self.place),
            ("&Fee", self.fee),
        ])
        if self.engagement.count() == 0:
            self.message.show_message(self._no_engagement())
        self.finish(layout)

    def _no_engagement(self) -> str:
        return self.tr("Add an engagement first (New engagement): a session belongs to one.")

    def snapshot(self) -> tuple:
        return (self.engagement.currentData(), self.when.dateTime().toString(
            "yyyy-MM-ddTHH:mm"), self.minutes.value(), self.place.text(),
            round(self.fee.value() * 100))

    def store(self) -> Session:
        engagement_id, starts_at, minutes, place, fee_cents = self.snapshot()
        if engagement_id is None:
            raise InvalidInput("engagement", self._no_engagement())
        return sessions.add(self._vault, SessionDraft(engagement_id, starts_at, minutes, place,
                                                      fee_cents))
