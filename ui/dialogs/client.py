"""Add or edit a client. Whatever was typed stays on screen until it is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk import clients
from coachdesk.clients import Client, ClientDraft
from ui.dialogs.form import FormDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("ClientDialog", text)


def _fields() -> list[tuple[str, str, str]]:
    return [("name", tr("&Name"), tr("Full name")),
            ("pronouns", tr("&Pronouns"), tr("e.g. she/her, they/them")),
            ("email", tr("&Email"), "name@example.org"), ("phone", tr("P&hone"), "")]


class ClientDialog(FormDialog):
    def __init__(self, vault, client: Client | None = None, parent: QWidget | None = None):
        def store(values: dict[str, str]) -> Client:
            draft = ClientDraft(**values)
            return (clients.add(vault, draft) if client is None
                    else clients.update(vault, client.id, draft))

        initial = ({"name": client.name, "pronouns": client.pronouns, "email": client.email,
                    "phone": client.phone} if client else {})
        super().__init__(tr("Edit client") if client else tr("New client"), _fields(), initial,
                         store, tr("this client"), parent)
        self.name, self.pronouns, self.email, self.phone = (
            self.edits[key] for key in ("name", "pronouns", "email", "phone"))
