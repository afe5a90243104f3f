"""Record one party's signature on an agreement: who, the name as signed, when, how."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from coachdesk import agreements
from coachdesk.agreements import ROLE_WORDS, SIGNATURE_METHODS, Agreement
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, line_edit

METHOD_LABELS = {"handwritten": "Signed on paper", "electronic": "Electronic signature",
                 "email": "Confirmed by email", "in_person": "Agreed in person"}


class SignatureDialog(SavingDialog):
    def __init__(self, vault, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__("Record a signature", parent)
        self._vault = vault
        self._agreement = agreement
        self.party = QComboBox()
        for party in agreement.unsigned_parties() or list(agreement.parties):
            self.party.addItem(f"{ROLE_WORDS[party.role]}: {party.name}", party)
        self.signed_name = line_edit("The name as signed")
        self.signed_on = date_edit()
        self.method = QComboBox()
        for method in SIGNATURE_METHODS:
            self.method.addItem(METHOD_LABELS[method], method)
        self.party.currentIndexChanged.connect(self._fill_name)
        self._fill_name()
        layout = self.column([
            ("&Party", self.party),
            ("&Name", self.signed_name),
            ("&Date", self.signed_on),
            ("&How", self.method),
        ])
        self.finish(layout)

    def _fill_name(self) -> None:
        party = self.party.currentData()
        if party is not None:
            self.signed_name.setText(party.name)

    def snapshot(self) -> tuple:
        party = self.party.currentData()
        return (party.role if party else None, self.signed_name.text(), iso(self.signed_on),
                self.method.currentData())

    def store(self) -> Agreement:
        role, name, day, method = self.snapshot()
        return agreements.record_signature(self._vault, self._agreement.id, role, name, day,
                                           method)
