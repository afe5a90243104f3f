"""Log what a sponsor asked for: when, who, how, and exactly what (even when the answer
is no, the request is kept)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QWidget

from coachdesk import clients, engagements, sponsor_requests, sponsors
from coachdesk.errors import InvalidInput
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, plain_editor


class RequestDialog(SavingDialog):
    """Log what a sponsor asked for: when, who, how, and exactly what."""

    def __init__(self, vault, sponsor_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Log a sponsor's request"), parent)
        self._vault = vault
        self.setMinimumWidth(560)
        self.sponsor = QComboBox()
        self.sponsor.setAccessibleName(self.tr("Sponsor"))
        for sid in sponsors.list_ids(vault):
            self.sponsor.addItem(sponsors.get(vault, sid).organisation, sid)
        if sponsor_id is not None:
            self.sponsor.setCurrentIndex(max(self.sponsor.findData(sponsor_id), 0))
        self.contact = QComboBox()
        self.engagement = QComboBox()
        self.asked_on = date_edit()
        self.channel = QComboBox()
        for key, words in sponsor_requests.CHANNEL_WORDS.items():
            self.channel.addItem(QCoreApplication.translate("SponsorRequests", words), key)
        self.asked_for = plain_editor("", self.tr("What they asked for, in their words"))
        self.asked_for.setAccessibleName(self.tr("What was asked"))
        self.full_record = QCheckBox(
            self.tr("They asked for the full record (notes, or what was said)"))
        layout = self.column([
            (self.tr("&Sponsor"), self.sponsor),
            (self.tr("&Who asked"), self.contact),
            (self.tr("&About"), self.engagement),
            (self.tr("&When"), self.asked_on),
            (self.tr("&How"), self.channel),
            (self.tr("&What"), self.asked_for),
            ("", self.full_record),
        ])
        self.sponsor.currentIndexChanged.connect(self._sponsor_chosen)
        self._sponsor_chosen()
        self.finish(layout, focus=self.asked_for)

    def _sponsor_chosen(self) -> None:
        self.contact.clear()
        self.engagement.clear()
        sponsor_id = self.sponsor.currentData()
        if sponsor_id is None:
            return
        sponsor = sponsors.get(self._vault, sponsor_id)
        self.contact.addItem(self.tr("Someone not listed"), None)
        for contact in sponsor.contacts:
            self.contact.addItem(contact.name, contact.id)
        self.engagement.addItem(self.tr("No one engagement"), None)
        for engagement in engagements.for_sponsor(self._vault, sponsor_id):
            client = clients.get(self._vault, engagement.client_id)
            self.engagement.addItem(f"{isolated(client.name)} · "
                                    f"{isolated(engagement.title) or self.tr('engagement')}",
                                    engagement.id)
        if self.engagement.count() == 2:
            self.engagement.setCurrentIndex(1)

    def snapshot(self) -> tuple:
        return (self.sponsor.currentData(), self.contact.currentData(),
                self.engagement.currentData(), iso(self.asked_on), self.channel.currentData(),
                self.asked_for.toPlainText(), self.full_record.isChecked())

    def store(self) -> sponsor_requests.SponsorRequest:
        sponsor_id, contact_id, engagement_id, day, channel, what, full = self.snapshot()
        if sponsor_id is None:
            raise InvalidInput("sponsor", self.tr("Add the sponsor first."))
        return sponsor_requests.log(self._vault, sponsor_requests.RequestDraft(
            sponsor_id, day, channel, what, contact_id=contact_id, engagement_id=engagement_id,
            full_record=full))
