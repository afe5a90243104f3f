"""A small form dialog: one-line fields, an inline message, never losing what was typed.

Saving calls a function of the typed values; a refusal (InvalidInput) is shown
under the form with the field it names focused, and the dialog stays open.
Esc, Cancel and the close button ask before dropping typed changes. Titles
never carry a client's name: window titles show in task bars and switchers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.errors import CoachDeskError, InvalidInput
from ui.widgets import AsksBeforeDiscarding, InlineMessage, line_edit

Field = tuple[str, str, str]  # key, label (with &mnemonic), placeholder


class FormDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, title: str, fields: list[Field], initial: dict[str, str],
                 store: Callable[[dict[str, str]], Any], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._initial = {key: initial.get(key, "") for key, _label, _ph in fields}
        self.discard_question = f"Discard what you typed for {what}? It has not been saved."
        self.saved: Any = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, placeholder in fields:
            edit = line_edit(placeholder)
            edit.setText(self._initial[key])
            self.edits[key] = edit
            form.addRow(label, edit)
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        for edit in self.edits.values():
            edit.textEdited.connect(self.message.clear_message)
        next(iter(self.edits.values())).setFocus()

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def has_changes(self) -> bool:
        """True when something typed here is not in the vault yet."""
        return self.values() != self._initial

    def save(self) -> None:
        """Store the values, or say what is wrong and keep every field as typed."""
        try:
            self.saved = self._store(self.values())
        except InvalidInput as exc:
            self._say(exc.message)
            field = self.edits.get(exc.field)
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
