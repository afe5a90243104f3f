"""Search everything (Ctrl+K): clients, sponsors and notes, through the vault's own index.

A note is listed by its client and date, never by its text, so a search run
with a client in the room shows no other client's words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from coachdesk import search
from coachdesk.search import Hit
from ui.models.records import IdRole, RecordListModel, Row
from ui.widgets import line_edit, record_list, wipe

KIND_WORDS = {"client": "Client", "sponsor": "Sponsor", "note": "Note"}
DELAY_MS = 120


class SearchDialog(QDialog):
    chosen = Signal(object)  # the Hit

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.hits: list[Hit] = []
        self.setWindowTitle("Search")
        self.setMinimumSize(560, 420)
        self.field = line_edit("Search clients, sponsors and notes")
        self.field.setClearButtonEnabled(True)
        self.model = RecordListModel(self._fetch, self._describe, self)
        self.results = record_list(self.model)
        self.results.activated.connect(self._choose)
        self.empty = QLabel("")
        self.empty.setObjectName("muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.run)
        self.field.textChanged.connect(self._timer.start)
        self.field.returnPressed.connect(self._choose_first)
        self.field.setFocus()

    def run(self) -> None:
        self._timer.stop()
        text = self.field.text()
        self.hits = search.everything(self._vault, text) if text.strip() else []
        self.model.set_ids(list(range(len(self.hits))))
        self.empty.setText("" if self.hits or not text.strip() else "Nothing matches.")
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.field.hasFocus():
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _fetch(self, ids: list[int]) -> dict[int, Hit]:
        return {i: self.hits[i] for i in ids if i < len(self.hits)}

    @staticmethod
    def _describe(hit: Hit) -> Row:
        return Row(hit.title, "", KIND_WORDS[hit.kind])

    def _choose_first(self) -> None:
        self.run()
        index = self.results.currentIndex()
        if index.isValid():
            self._choose(index)

    def _choose(self, index) -> None:
        number = index.data(IdRole)
        if number is not None and number < len(self.hits):
            hit = self.hits[number]
            self.forget()
            self.accept()
            self.chosen.emit(hit)

    def forget(self) -> None:
        """Leave nothing typed or found behind (on close or lock)."""
        wipe(self.field)
        self.hits = []
        self.model.clear()
