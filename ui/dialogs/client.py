"""Add or edit a client. Whatever was typed stays on screen until it is saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from coachdesk import clients
from coachdesk.clients import Client, ClientDraft
from coachdesk.errors import CoachDeskError, InvalidInput
from ui import ask
from ui.widgets import InlineMessage, line_edit


class ClientDialog(QDialog):
    def __init__(self, vault, client: Client | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._vault = vault
        self._client = client
        self.saved: Client | None = None
        # The title never carries the client's name (window titles leak to task bars).
        self.setWindowTitle("Edit client" if client else "New client")
        self.setMinimumWidth(460)

        self.name = line_edit("Full name")
        self.pronouns = line_edit("e.g. she/her, they/them")
        self.email = line_edit("name@example.org")
        self.phone = line_edit("")
        if client:
            self.name.setText(client.name)
            self.pronouns.setText(client.pronouns)
            self.email.setText(client.email)
            self.phone.setText(client.phone)
        self.message = InlineMessage()
        self._fields = {"name": self.name, "pronouns": self.pronouns,
                        "email": self.email, "phone": self.phone}

        form = QFormLayout()
        form.addRow("&Name", self.name)
        form.addRow("&Pronouns", self.pronouns)
        form.addRow("&Email", self.email)
        form.addRow("P&hone", self.phone)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in self._fields.values():
            edit.textEdited.connect(self.message.clear_message)
        self.name.setFocus()

    def has_changes(self) -> bool:
        """True when something typed here is not in the vault yet."""
        before = (ClientDraft(self._client.name, self._client.pronouns, self._client.email,
                              self._client.phone) if self._client else ClientDraft(""))
        return self.draft() != before

    def reject(self) -> None:
        """Esc, Cancel or the close button: never drop typed changes without asking."""
        if self.has_changes() and not ask.confirm(
            self, "Discard changes",
            "Discard what you typed for this client? It has not been saved.",
            yes="Discard", no="Keep editing",
        ):
            return
        self.discard()

    def discard(self) -> None:
        """Close without saving and without asking (the coach already decided)."""
        super().reject()

    def draft(self) -> ClientDraft:
        return ClientDraft(self.name.text(), self.pronouns.text(), self.email.text(),
                           self.phone.text())

    def save(self) -> None:
        """Store the client, or say what is wrong and keep every field as typed."""
        try:
            if self._client is None:
                self.saved = clients.add(self._vault, self.draft())
            else:
                self.saved = clients.update(self._vault, self._client.id, self.draft())
        except InvalidInput as exc:
            self._say(exc.message)
            field = self._fields.get(exc.field)
            if field is not None:
                field.setFocus()
            return
        except CoachDeskError as exc:
            self._say(exc.message)
            return
        self.accept()

    def _say(self, text: str) -> None:
        self.message.show_message(text)
        self.adjustSize()  # grow to fit the message; never squash the fields
