"""One report item's words: written fresh, or lifted from one of the client's shared
notes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk import notes, reports
from ui.dialogs.base import SavingDialog
from ui.widgets import plain_editor, section_heading


class ExcerptDialog(SavingDialog):
    """The words of one report item: written fresh, or lifted from a shared note.

    Lifting shows the client's shared notes beside the excerpt; private notes
    are not offered (nothing is lifted from the coach's own notes). Only the
    words the coach selects are copied, never the rest of the note.
    """

    def __init__(self, vault, report: reports.Report, *, lift: bool = False,
                 item: reports.Item | None = None, parent: QWidget | None = None) -> None:
        title = (self.tr("Edit item") if item else self.tr("Lift words from a note") if lift
                 else self.tr("Write an item"))
        super().__init__(title, parent)
        self._vault = vault
        self.report = report
        self.item = item
        self.source_note_id: int | None = None
        self.resize(980 if lift else 620, 520)
        self.words = plain_editor(item.excerpt.text if item else "",
                                  self.tr("The words the sponsor would read, as the client would "
                                  "approve them."))
        self.words.setAccessibleName(self.tr("Item words"))
        warning = QLabel(self.tr("Editing words the client already approved means asking again.")
                         if item and item.state == reports.APPROVED else
                         self.tr("The client will read and approve these exact words."))
        warning.setObjectName("muted")
        warning.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_heading(self.tr("Words for the sponsor")))
        column.addWidget(self.words, 1)
        column.addWidget(warning)
        layout = QVBoxLayout(self)
        if lift:
            self.notes = QComboBox()
            self.notes.setAccessibleName(self.tr("Shared note"))
            shared = [n for n in notes.get_many(
                vault, notes.ids_for_client(vault, report.client_id)).values()
                if n.privacy == notes.MAY_REPORT]
            for note in sorted(shared, key=lambda n: n.created_at, reverse=True):
                first = " ".join(note.body.split())[:60]
                self.notes.addItem(f"{note.created_at[:10]}: {first}", note.id)
            self.note = QPlainTextEdit()
            self.note.setReadOnly(True)
            self.note.setAccessibleName(self.tr("Note"))
            self.use_button = QPushButton(self.tr("Use the &selected words →"))
            self.use_button.clicked.connect(self.use_selection)
            left = QWidget()
            column = QVBoxLayout(left)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(section_heading(self.tr(
                "Notes the sponsor may see, if the client approves")))
            column.addWidget(self.notes)
            column.addWidget(self.note, 1)
            column.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
            split = QSplitter()
            split.addWidget(left)
            split.addWidget(right)
            layout.addWidget(split, 1)
            self.notes.currentIndexChanged.connect(self._note_chosen)
            self._note_chosen()
            if not shared:
                self.message.show_message(self.tr(
                    "None of this client's notes is marked “Sponsor, if client approves”. "
                    "Choose that for a note (right-click it on the client's page) to lift "
                    "words from it, or write the item fresh."))
        else:
            layout.addWidget(right, 1)
        self.finish(layout, focus=self.words)

    def _note_chosen(self) -> None:
        note_id = self.notes.currentData()
        self.note.setPlainText(notes.get(self._vault, note_id).body if note_id else "")

    def use_selection(self) -> None:
        chosen = self.note.textCursor().selectedText().replace("\u2029", "\n")
        if not chosen.strip():
            self.message.show_message(self.tr("Select the words in the note first."))
            return
        self.source_note_id = self.notes.currentData()
        self.words.setPlainText(chosen)

    def snapshot(self) -> str:
        return self.words.toPlainText()

    def store(self):
        if self.item is not None:
            return reports.edit_item(self._vault, self.report.id, self.item.excerpt.id,
                                     self.snapshot())
        return reports.write_item(self._vault, self.report.id, self.snapshot(),
                                  source_note_id=self.source_note_id)
