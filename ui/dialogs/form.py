"""The plainest form dialog: fields of text, saved through a function of their values.

Most fields are one line; those named in ``multiline`` (a postal address) are a few lines
of plain text that wrap. Everything else (the inline message, Save/Cancel, asking before
dropping what was typed, offering to join pasted lines) is the base's:
:class:`ui.dialogs.base.SavingDialog`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import Any

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit, plain_editor

Field = tuple[str, str, str]  # key, label (with &mnemonic), placeholder
ADDRESS_LINES = 4  # room for a street, a town, a postcode and a country without scrolling


class FormDialog(SavingDialog):
    def __init__(self, title: str, fields: list[Field], initial: dict[str, str],
                 store: Callable[[dict[str, str]], Any], what: str,
                 parent: QWidget | None = None, *, multiline: Collection[str] = ()) -> None:
        super().__init__(title, parent, what=what)
        self._store = store
        self.setMinimumWidth(460)
        self.edits: dict[str, QLineEdit] = {}  # the one-line fields
        self.blocks: dict[str, QPlainTextEdit] = {}  # the few-lines fields
        widgets: dict[str, QWidget] = {}
        for key, _label, placeholder in fields:
            if key in multiline:
                block = plain_editor(initial.get(key, ""), placeholder)
                block.ensurePolished()  # the style sheet's font, not the default one
                lines = QFontMetrics(block.font()).lineSpacing() * ADDRESS_LINES
                margins = 2 * (block.frameWidth() + block.document().documentMargin())
                block.setFixedHeight(int(lines + margins) + 16)  # + the sheet's padding
                block.textChanged.connect(self.message.clear_message)
                self.blocks[key] = widgets[key] = block
            else:
                edit = line_edit(placeholder)
                edit.setText(initial.get(key, ""))
                edit.textEdited.connect(self.message.clear_message)
                self.edits[key] = widgets[key] = edit
        self._order = [key for key, _label, _ph in fields]
        self.finish(self.column([(label, widgets[key]) for key, label, _ph in fields]),
                    focus=widgets[self._order[0]])

    def values(self) -> dict[str, str]:
        return {key: self.edits[key].text() if key in self.edits
                else self.blocks[key].toPlainText() for key in self._order}

    def snapshot(self) -> dict[str, str]:
        return self.values()

    def store(self) -> Any:
        return self._store(self.values())

    def field(self, name: str) -> QWidget | None:
        return self.edits.get(name) or self.blocks.get(name)
