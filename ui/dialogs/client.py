"""Add or edit a client. Whatever was typed stays on screen until it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coachdesk import clients
from coachdesk.clients import Client, ClientDraft
from ui.dialogs.form import FormDialog

FIELDS = [("name", "&Name", "Full name"), ("pronouns", "&Pronouns", "e.g. she/her, they/them"),
          ("email", "&Email", "name@example.org"), ("phone", "P&hone", "")]


class ClientDialog(FormDialog):
    def __init__(self, vault, client: Client | None = None, parent: QWidget | None = None):
        def store(values: dict[str, str]) -> Client:
            draft = ClientDraft(**values)
            return (clients.add(vault, draft) if client is None
                    else clients.update(vault, client.id, draft))

        initial = ({"name": client.name, "pronouns": client.pronouns, "email": client.email,
                    "phone": client.phone} if client else {})
        super().__init__("Edit client" if client else "New client", FIELDS, initial, store,
                         "this client", parent)
        self.name, self.pronouns, self.email, self.phone = (
            self.edits[key] for key, _label, _ph in FIELDS)
