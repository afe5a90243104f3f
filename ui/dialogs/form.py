"""The plainest form dialog: one-line fields, saved through a function of their values.

Everything else (the inline message, Save/Cancel, asking before dropping what was
typed) is the base's: :class:`ui.dialogs.base.SavingDialog`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit

Field = tuple[str, str, str]  # key, label (with &mnemonic), placeholder


class FormDialog(SavingDialog):
    def __init__(self, title: str, fields: list[Field], initial: dict[str, str],
                 store: Callable[[dict[str, str]], Any], what: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent, what=what)
        self._store = store
        self.setMinimumWidth(460)
        self.edits: dict[str, QLineEdit] = {}
        for key, _label, placeholder in fields:
            edit = line_edit(placeholder)
            edit.setText(initial.get(key, ""))
            edit.textEdited.connect(self.message.clear_message)
            self.edits[key] = edit
        self.finish(self.column([(label, self.edits[key]) for key, label, _ph in fields]),
                    focus=next(iter(self.edits.values())))

    def values(self) -> dict[str, str]:
        return {key: edit.text() for key, edit in self.edits.items()}

    def snapshot(self) -> dict[str, str]:
        return self.values()

    def store(self) -> Any:
        return self._store(self.values())

    def field(self, name: str) -> QWidget | None:
        return self.edits.get(name)
