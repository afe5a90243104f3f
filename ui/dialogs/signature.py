"""Record one party's signature on an agreement: who, the name as signed, when, how.

The name is the person's who signed. For the sponsor that is not the organisation (the
party) but someone signing for it: the sponsor's contacts are offered, the first chosen,
and the coach may type anyone else."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from coachdesk import agreements, sponsors
from coachdesk.agreements import ROLE_WORDS, SIGNATURE_METHODS, Agreement
from coachdesk.errors import NotFound
from coachdesk.words import QT_TRANSLATE_NOOP
from ui.bidi import isolated
from ui.dialogs.base import SavingDialog
from ui.widgets import LINE_EDIT_MAX, date_edit, iso

METHOD_LABELS = {"handwritten": QT_TRANSLATE_NOOP("SignatureDialog", "Signed on paper"),
                 "electronic": QT_TRANSLATE_NOOP("SignatureDialog", "Electronic signature"),
                 "email": QT_TRANSLATE_NOOP("SignatureDialog", "Confirmed by email"),
                 "in_person": QT_TRANSLATE_NOOP("SignatureDialog", "Agreed in person")}


class SignatureDialog(SavingDialog):
    def __init__(self, vault, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record a signature"), parent)
        self._vault = vault
        self._agreement = agreement
        self.setMinimumWidth(480)  # room for a party's name and its title bar's words
        self._signers = self._sponsor_signers()
        self.party = QComboBox()
        for party in agreement.unsigned_parties() or list(agreement.parties):
            self.party.addItem(f"{ROLE_WORDS[party.role]}: {isolated(party.name)}", party)
        # Editable: a name offered, or any other typed in.
        self.signed_name = QComboBox()
        self.signed_name.setEditable(True)
        self.signed_name.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        line = self.signed_name.lineEdit()
        if line is not None:
            line.setMaxLength(LINE_EDIT_MAX)
            line.setPlaceholderText(self.tr("The name as signed"))
        self.for_whom = QLabel()
        self.for_whom.setObjectName("muted")
        self.for_whom.setWordWrap(True)
        self.signed_on = date_edit()
        self.method = QComboBox()
        for method in SIGNATURE_METHODS:
            self.method.addItem(self.tr(METHOD_LABELS[method]), method)
        self.party.currentIndexChanged.connect(self._fill_name)
        self._fill_name()
        layout = self.column([
            (self.tr("&Party"), self.party),
            (self.tr("&Name"), self.signed_name),
            ("", self.for_whom),
            (self.tr("&Date"), self.signed_on),
            (self.tr("&How"), self.method),
        ])
        self.finish(layout)

    def _sponsor_signers(self) -> list[tuple[str, str]]:
        """(name, role) of the people who may sign for the sponsor: its contacts."""
        if self._agreement.sponsor_id is None:
            return []
        try:
            sponsor = sponsors.get(self._vault, self._agreement.sponsor_id)
        except NotFound:
            return []
        return [(c.name, c.role) for c in sponsor.contacts]

    def _fill_name(self) -> None:
        """The party's own name; for the sponsor, the first of the people who sign for it."""
        party = self.party.currentData()
        self.signed_name.clear()
        self.for_whom.setText("")
        self.for_whom.setVisible(False)
        if party is None:
            return
        if party.role != "sponsor":
            self.signed_name.setEditText(party.name)
            return
        for name, _role in self._signers:
            self.signed_name.addItem(name)
        self.signed_name.setEditText(self._signers[0][0] if self._signers else "")
        self.for_whom.setText(self.tr("The person who signed for %1.").replace("%1", party.name)
                              if self._signers else
                              self.tr("The person who signed for %1: the sponsor has no "
                                      "contact yet, so type their name.").replace("%1",
                                                                                  party.name))
        self.for_whom.setVisible(True)

    def snapshot(self) -> tuple:
        party = self.party.currentData()
        return (party.role if party else None, self.signed_name.currentText(),
                iso(self.signed_on), self.method.currentData())

    def store(self) -> Agreement:
        role, name, day, method = self.snapshot()
        return agreements.record_signature(self._vault, self._agreement.id, role, name, day,
                                           method)
