"""Notes edited on two computers: the list, and resolving each in one step.

Each note is named as the client's notes list names it: by its opening words (and its
session, for a session's note). The chosen note's two texts stand side by side,
read-only plain text (a note is never rendered as HTML; an Arabic paragraph reads right
to left, as in the editor), each under the computer that wrote it and when, the words
only one of them has marked (difflib over words, as a background on the plain text).
One click keeps a text, or both one after the other; the text not kept stays in the
note's earlier versions (coachdesk.sync.conflicts), a line says what was kept, and the
list moves on to the next note. The list reads again when the change notices
say notes changed (a resolution made on another computer arrived, say).

``open_conflicts(window, note_id)`` is the one way in: the status line's "notes to
resolve" and a note's own notice (ui.note_conflict) call it.
"""

from __future__ import annotations

import difflib
import re
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError
from coachdesk.sync import conflicts
from coachdesk.sync.conflicts import Conflict, Text
from ui import theme
from ui.empty_state import EmptyStack, EmptyState
from ui.models.records import IdRole, RecordListModel, Row, when
from ui.pages.client_parts import first_line
from ui.widgets import InlineMessage, record_list, section_heading
from ui.words import moment, say_error, tr


class SyncConflictsDialog(QDialog):
    """The notes to resolve, and the chosen one's two texts with a button under each."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Notes edited on two computers"))
        self.resize(1000, 640)
        self._vault = vault
        self._found: dict[int, Conflict] = {}
        self.model = RecordListModel(self._fetch, self._describe, self)
        self.view = record_list(self.model)
        self.view.setAccessibleName(self.tr("Notes edited on two computers"))
        empty = EmptyState(self.tr("Nothing to resolve. A note changed on two computers "
                                   "before either had the other's change is listed here, "
                                   "with both texts."))
        self.stack = EmptyStack(self.view, empty, lambda: self.model.total() == 0)
        self.explain = QLabel(self.tr("Both texts are kept; the words only one of them has "
                                      "are marked. Choose the one the note keeps: the other "
                                      "stays in the note's earlier versions."))
        self.explain.setWordWrap(True)
        self.explain.setObjectName("muted")
        self.sides = [_Side(), _Side()]
        self.both_button = QPushButton(self.tr("Keep both, one after the other"))
        self.both_button.clicked.connect(lambda: self._keep(conflicts.BOTH))
        self.sides[0].button.clicked.connect(lambda: self._keep_side(0))
        self.sides[1].button.clicked.connect(lambda: self._keep_side(1))
        self.comparison = QWidget()
        grid = QGridLayout(self.comparison)
        grid.setContentsMargins(0, 0, 0, 0)
        for column, side in enumerate(self.sides):
            grid.addWidget(side.heading, 0, column)
            grid.addWidget(side.text, 1, column)
            grid.addWidget(side.button, 2, column, Qt.AlignmentFlag.AlignLeft)
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(1, 1)
        grid.addWidget(self.both_button, 3, 0, 1, 2, Qt.AlignmentFlag.AlignLeft)
        self.message = InlineMessage()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.comparison, 4)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_chosen())
        changes = getattr(parent, "changes", None)
        if changes is not None:
            changes.changed.connect(self._records_changed)
        self.reload()

    def _records_changed(self, kinds: Change) -> None:
        if kinds & (Change.NOTES | Change.CLIENTS):
            self.reload()

    def reload(self, note_id: int | None = None) -> None:
        """Read the list again, keeping the chosen note (or choosing ``note_id``)."""
        if self._vault is None or not self._vault.is_open:
            return
        chosen = self.chosen()
        wanted = note_id if note_id is not None else (chosen.note_id if chosen else None)
        self._found = {c.id: c for c in conflicts.to_resolve(self._vault)}
        self.model.set_ids(list(self._found))
        self.stack.update_state()
        rows = [i for i, c in self._found.items() if c.note_id == wanted]
        row = self.model.row_of(rows[0]) if rows else None
        if self._found:
            self.view.setCurrentIndex(self.model.index(row if row is not None else 0))
        self._show_chosen()

    def _fetch(self, ids: list[int]) -> dict[int, Any]:
        return {i: self._found[i] for i in ids if i in self._found}

    def _describe(self, conflict: Conflict) -> Row:
        """The client, and the note as the notes list names it (its opening words)."""
        words = first_line(conflict.current.body, 100)
        if conflict.session_starts_at:
            words = self.tr("Session on %1").replace(
                "%1", when(conflict.session_starts_at)) + " · " + words
        return Row(conflict.client_name, words)

    def chosen(self) -> Conflict | None:
        conflict_id = self.view.currentIndex().data(IdRole)
        return self._found.get(conflict_id) if conflict_id is not None else None

    def _ordered(self, conflict: Conflict) -> list[tuple[str, Text]]:
        """This computer's text first (on the left in a left-to-right language)."""
        sides = [(conflicts.CURRENT, conflict.current), (conflicts.OTHER, conflict.other)]
        return sides[::-1] if conflict.other.here and not conflict.current.here else sides

    def _show_chosen(self) -> None:
        conflict = self.chosen()
        self.comparison.setVisible(conflict is not None)
        self.explain.setVisible(conflict is not None)
        if conflict is None:
            return
        ordered = self._ordered(conflict)
        one_here = any(text.here for _keep, text in ordered)
        marks = differences(ordered[0][1].body, ordered[1][1].body)
        for side, (_keep, text), marked in zip(self.sides, ordered, marks, strict=True):
            side.show_text(text, self._button_words(text, one_here))
            side.mark(marked)

    def _button_words(self, text: Text, one_here: bool) -> str:
        if not one_here:  # both written on other computers (three or more of them)
            return self.tr("Keep this text")
        return self.tr("Keep this computer's text") if text.here else self.tr(
            "Keep the other computer's text")

    def _keep_side(self, index: int) -> None:
        conflict = self.chosen()
        if conflict is not None:
            self._keep(self._ordered(conflict)[index][0])

    def _keep(self, keep: str) -> None:
        """Resolve the chosen note at once; the list moves on to the next one."""
        conflict = self.chosen()
        if conflict is None:
            return
        try:
            conflicts.resolve(self._vault, conflict, keep)
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            self.reload()
            return
        self.message.show_message(self._kept_words(conflict, keep), done=True)
        self.reload()

    def _kept_words(self, conflict: Conflict, keep: str) -> str:
        """What a choice kept, said once it is made (the list moves on, or is empty)."""
        if keep == conflicts.BOTH:
            return self.tr("Kept both texts, one after the other. The text replaced stays "
                           "an earlier version of the note.")
        kept = conflict.current if keep == conflicts.CURRENT else conflict.other
        if kept.here:
            return self.tr("Kept this computer's text. The other text stays an earlier "
                           "version of the note.")
        return self.tr("Kept the text from computer %1. The other text stays an earlier "
                       "version of the note.").replace("%1", kept.label or "A")

    def choose_note(self, note_id: int) -> None:
        self.reload(note_id)

    def discard(self) -> None:
        """At Lock: nothing typed here, so nothing to keep."""
        self.reject()


class _Side:
    """One text: who wrote it and when, the words, and the button that keeps them."""

    def __init__(self) -> None:
        self.heading = section_heading("")
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)  # plain text: a note is never rendered as HTML
        self.text.setTabChangesFocus(True)
        self.button = QPushButton()

    def show_text(self, text: Text, button_words: str) -> None:
        self.heading.setText(_written(text))
        self.text.setPlainText(text.body)
        self.text.setAccessibleName(self.heading.text())
        self.button.setText(button_words)

    def mark(self, spans: list[tuple[int, int]]) -> None:
        """A soft background under each span (start, end) of the plain text: formatting
        only, the words stay plain text."""
        look = QTextCharFormat()
        look.setBackground(QColor(theme.colour("#FFF4D6")))  # warm, in light and dark
        if theme.is_high_contrast():  # only ink and paper: a line under the words
            look.setFontUnderline(True)
        marks = []
        for start, end in spans:
            cursor = QTextCursor(self.text.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            selection.format = look
            marks.append(selection)
        self.text.setExtraSelections(marks)

    def marked(self) -> list[str]:
        """The words marked, in order (what a coach's eye finds)."""
        return [s.cursor.selectedText() for s in self.text.extraSelections()]


_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")
_MOST_WORDS = 20_000  # beyond this (each side), comparing could keep the screen waiting


def differences(first: str, second: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where each text has words the other lacks: (start, end) spans of characters in
    ``first`` and in ``second`` (whitespace alone is never marked)."""
    tokens = [_TOKEN.findall(first), _TOKEN.findall(second)]
    if max(len(tokens[0]), len(tokens[1])) > _MOST_WORDS:
        return [], []
    starts = []
    for words in tokens:
        at, offsets = 0, []
        for word in words:
            offsets.append(at)
            at += len(word)
        offsets.append(at)
        starts.append(offsets)
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    matcher = difflib.SequenceMatcher(None, tokens[0], tokens[1], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        for side, (lo, hi) in enumerate(((i1, i2), (j1, j2))):
            words = tokens[side][lo:hi]
            while words and words[0].isspace():  # never a mark on blank space alone
                words, lo = words[1:], lo + 1
            while words and words[-1].isspace():
                words, hi = words[:-1], hi - 1
            if words:
                spans[side].append((starts[side][lo], starts[side][hi]))
    texts = (first, second)
    return _joined(spans[0], texts[0]), _joined(spans[1], texts[1])


def _joined(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Marks only blank space or punctuation apart read as one ("Agreed: a weekly" is one
    mark, not three with the shared ':' and spaces between), each from its first word to
    its last."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and not re.search(r"\w", text[joined[-1][1]:start]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    trimmed = []
    for start, end in joined:  # a mark begins and ends on a word (if it has one)
        words = [m.span() for m in re.finditer(r"\w+", text[start:end])]
        trimmed.append((start + words[0][0], start + words[-1][1]) if words else (start, end))
    return trimmed


def _computer(text: Text) -> str:
    if text.here:
        return tr("This computer")
    # The practice's first computer carries no letter on its numbers: "computer A", as
    # the status line and the audit log name it.
    return tr("Computer %1").replace("%1", text.label or "A")


def _written(text: Text) -> str:
    if not text.written_at:
        return _computer(text)
    return tr("%1, written %2").replace("%1", _computer(text)).replace(
        "%2", moment(datetime.fromisoformat(text.written_at)))


def open_conflicts(window, note_id: int | None = None) -> SyncConflictsDialog | None:
    """The notes to resolve over ``window`` (the one already open comes forward), with
    ``note_id``'s chosen when given. Closed at Lock."""
    vault = getattr(window, "vault", None)
    if vault is None:
        return None
    dialog = window.findChild(SyncConflictsDialog)
    if dialog is None or not dialog.isVisible():
        dialog = SyncConflictsDialog(vault, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        locked = getattr(window, "locked", None)
        if locked is not None:
            locked.connect(dialog.discard)
        dialog.show()
    if note_id is not None:
        dialog.choose_note(note_id)
    dialog.raise_()
    dialog.activateWindow()
    return dialog
