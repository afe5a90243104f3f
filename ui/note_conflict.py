"""Where the coach meets a note edited on two computers: its window says so, with
"Resolve…" opening the list at that note (ui.dialogs.sync_conflicts).

The window's text is saved before the list opens. When a resolution changed the note's
words, the window shows them at once (what the coach typed meanwhile is never replaced:
it saves over them as any later edit would, and the text it replaces stays an earlier
version). The notice goes once nothing is left to resolve in this window.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QLayout, QPushButton, QWidget

from coachdesk import notes
from coachdesk.changes import Change
from coachdesk.errors import NotFound
from coachdesk.sync import conflicts


class ConflictNotice(QWidget):
    """"Edited on two computers — Resolve…" at the top of a note's window."""

    def __init__(self, editor, window) -> None:
        super().__init__()
        self.setObjectName("conflictNotice")
        self._editor, self._window = editor, window
        self._note_ids: list[int] = []
        words = QLabel(self.tr("Edited on two computers"))
        words.setObjectName("muted")
        self.button = QPushButton(self.tr("Resolve…"))
        self.button.clicked.connect(self.resolve)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(words)
        row.addWidget(self.button)
        row.addStretch(1)
        changes = getattr(window, "changes", None)
        if changes is not None:
            changes.changed.connect(self._records_changed)
        self.refresh()

    def _shown_notes(self) -> list[tuple[Any, Any, Any]]:
        """The notes the window shows: a page's, or each section's (with its box)."""
        editor = self._editor
        if editor.boxes:
            return [(b.note, b.edit, b) for b in editor.boxes if b.note is not None]
        return [(editor.note, editor.editor, None)] if editor.note is not None else []

    def refresh(self) -> None:
        vault = getattr(self._window, "vault", None)
        shown = {note.id for note, _edit, _box in self._shown_notes()}
        if vault is None or not vault.is_open or not shown:
            self._note_ids = []
        else:
            self._note_ids = [c.note_id for c in conflicts.to_resolve(vault)
                              if c.note_id in shown]
        self.setVisible(bool(self._note_ids))

    def _records_changed(self, kinds: Change) -> None:
        if kinds & Change.NOTES:
            if self._note_ids:  # only while listed: a save of a long note reads nothing more
                self._show_resolved_words()
            self.refresh()

    def _show_resolved_words(self) -> None:
        """A note whose words changed in the vault while its window showed them unchanged
        (the coach resolved it): the window shows the words kept."""
        vault = getattr(self._window, "vault", None)
        if vault is None or not vault.is_open:
            return
        for note, edit, box in self._shown_notes():
            try:
                now = notes.get(vault, note.id)
            except NotFound:  # gone: the window keeps what it shows
                continue
            if now.body == note.body or edit.toPlainText() != note.body:
                continue
            edit.blockSignals(True)  # the words are the vault's: nothing to save
            edit.setPlainText(now.body)
            edit.blockSignals(False)
            if box is not None:
                box.note = now
            else:
                self._editor.note = now

    def resolve(self) -> None:
        from ui.dialogs.sync_conflicts import open_conflicts

        self._editor.save_now()
        if self._note_ids:
            open_conflicts(self._window, self._note_ids[0])


def attach(editor, window) -> ConflictNotice:
    """Put the notice in ``editor`` (a note's window), under its quiet notice line."""
    notice = ConflictNotice(editor, window)
    holder = _holding(editor.layout(), editor.notice)
    if isinstance(holder, QBoxLayout):
        holder.insertWidget(holder.indexOf(editor.notice) + 1, notice)
    return notice


def _holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    """The layout (at any depth under ``layout``) that holds ``widget``."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for i in range(layout.count()):
        item = layout.itemAt(i)
        inner = item.layout() if item is not None else None
        found = _holding(inner, widget)
        if found is not None:
            return found
    return None
