"""Add or edit a client. Whatever was typed stays on screen until it is saved.

The postal address is optional, a few lines as the coach types them: an invoice to the
client prints it (and an invoice already issued keeps the address it was issued with)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QWidget

from coachdesk import clients, credentials
from coachdesk.clients import Client, ClientDraft
from ui.dialogs.form import FormDialog
from ui.widgets import date_edit, iso


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def _fields() -> list[tuple[str, str, str]]:
    return [("name", tr("&Name"), tr("Full name")),
            ("pronouns", tr("&Pronouns"), tr("e.g. she/her, they/them")),
            ("email", tr("&Email"), "name@example.org"), ("phone", tr("P&hone"), ""),
            ("address", tr("Postal a&ddress"),
             tr("Optional, for invoices: street, town, postcode, country, one a line"))]


class ClientDialog(FormDialog):
    def __init__(self, vault, client: Client | None = None, parent: QWidget | None = None):
        def store(values: dict[str, str]) -> Client:
            draft = ClientDraft(**values)
            return (clients.add(vault, draft) if client is None
                    else clients.update(vault, client.id, draft))

        initial = ({"name": client.name, "pronouns": client.pronouns, "email": client.email,
                    "phone": client.phone, "address": client.address} if client else {})
        super().__init__(tr("Edit client") if client else tr("New client"), _fields(), initial,
                         store, tr("this client"), parent, multiline=("address",))
        self.name, self.pronouns, self.email, self.phone = (
            self.edits[key] for key in ("name", "pronouns", "email", "phone"))
        self.address = self.blocks["address"]
        # Asked where the coach meets the client too (the Credentials page asks it as well).
        self._vault = vault
        self._agreed = credentials.naming_agreed_on(vault, client.id) if client else None
        self.named = QCheckBox(tr("May be na&med in my credential log, agreed on"))
        self.named.setChecked(self._agreed is not None)
        self.agreed_on = date_edit(self._agreed)
        self.agreed_on.setEnabled(self._agreed is not None)
        self.agreed_on.setAccessibleName(tr("Naming agreed on"))
        self.named.toggled.connect(self.agreed_on.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.named)
        row.addWidget(self.agreed_on)
        row.addStretch(1)
        form = self.findChild(QFormLayout)
        if form is not None:
            form.addRow("", row)
        # Tab reaches the box after the fields above it, not after Save (made later).
        QWidget.setTabOrder(self.phone, self.named)
        QWidget.setTabOrder(self.named, self.agreed_on)
        self._initial = self.snapshot()

    def naming(self) -> str | None:
        return iso(self.agreed_on) if self.named.isChecked() else None

    def snapshot(self) -> Any:
        shown = super().snapshot()
        if hasattr(self, "named"):  # (FormDialog takes a first snapshot before it exists)
            shown["credential_naming"] = self.naming() or ""
        return shown

    def store(self) -> Client:
        saved = super().store()
        if self.naming() != self._agreed:
            credentials.set_naming(self._vault, saved.id, self.naming())
        return saved
