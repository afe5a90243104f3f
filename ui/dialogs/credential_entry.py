"""One line of the credential log: may the client be named (and since when), individual
or group coaching (and how many), paid or pro bono (or as the fee says)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QSpinBox, QWidget

from coachdesk import credentials, engagements
from coachdesk.credentials import LogEntry
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CredentialEntryDialog(SavingDialog):
    """What the vault cannot know of one engagement's line, asked in the coach's words."""

    def __init__(self, vault, entry: LogEntry, client_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Credential log entry"), parent, what=tr("this log entry"))
        self._vault = vault
        self._entry = entry
        agreed = credentials.naming_agreed_on(vault, entry.client_id)
        said = credentials.engagement_log(vault, entry.engagement_id)
        self.named = QCheckBox(tr("%1 agreed to be named in my credential log")
                               .replace("%1", client_name))
        self.named.setChecked(agreed is not None)
        self.agreed_on = date_edit(agreed)
        self.agreed_on.setEnabled(agreed is not None)
        self.named.toggled.connect(self.agreed_on.setEnabled)
        self.kind = QComboBox()
        self.kind.addItem(tr("Individual coaching"), None)
        self.kind.addItem(tr("Group coaching"), "group")
        self.group_size = QSpinBox()
        self.group_size.setRange(2, credentials.MAX_GROUP)
        self.group_size.setSuffix(tr(" people"))
        self.group_size.setValue(said.group_size or 2)
        self.kind.setCurrentIndex(1 if said.group_size else 0)
        self.group_size.setEnabled(bool(said.group_size))
        self.kind.currentIndexChanged.connect(lambda i: self.group_size.setEnabled(i == 1))
        group_row = QHBoxLayout()
        group_row.addWidget(self.kind, 1)
        group_row.addWidget(self.group_size)
        self.paid = QComboBox()
        fee_paid = engagements.get(vault, entry.engagement_id).fee_cents > 0
        self.paid.addItem(tr("As the fee says: paid") if fee_paid
                          else tr("As the fee says: pro bono (no fee)"), None)
        self.paid.addItem(tr("Paid"), "paid")
        self.paid.addItem(tr("Pro bono"), "pro_bono")
        self.paid.setCurrentIndex(max(0, self.paid.findData(said.paid)))
        self.paid.setToolTip(tr("A fee of 0 is pro bono, any other fee is paid (a sponsor's "
                                "payment included). Choose here when this engagement is "
                                "otherwise."))
        layout = self.column([
            ("", self.named), (tr("&Agreed on"), self.agreed_on),
            (tr("&Coaching"), group_row), (tr("&Hours are"), self.paid)],
            above=tr("Without the client's agreement the log lists them as a confidential "
                     "client, with the sponsor contact's email where there is one."))
        self.finish(layout, focus=self.named)

    def snapshot(self) -> tuple:
        return (self.named.isChecked(), iso(self.agreed_on), self.kind.currentIndex(),
                self.group_size.value(), self.paid.currentData())

    def store(self) -> bool:
        group = self.group_size.value() if self.kind.currentIndex() == 1 else None
        credentials.set_engagement_log(self._vault, self._entry.engagement_id,
                                       group_size=group, paid=self.paid.currentData())
        credentials.set_naming(self._vault, self._entry.client_id,
                               iso(self.agreed_on) if self.named.isChecked() else None)
        return True
