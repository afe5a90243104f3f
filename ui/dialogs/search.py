"""Search everything (Ctrl+K): clients, sponsors and notes, through the vault's own index.

Typing never waits for a search. The search runs on a thread of its own, through a
read-only connection of its own (``coachdesk.search.Searcher``), so neither the GUI
thread nor the serial worker that saves and backs up is held by it. Each key makes
the search before it stale: it is interrupted, and only the newest search's results
are ever shown. Lock closes the connection and leaves nothing on screen.

A hit is listed by its name and the field that matched; a note by its client and
day, never by its text, so a search run with a client in the room shows no other
client's words.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QDate, QLocale, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from coachdesk import search
from coachdesk.search import Hit
from ui.models.records import IdRole, RecordListModel, Row
from ui.widgets import line_edit, record_list, wipe

# A short pause after a key, so a word typed quickly asks once; a stale search is
# interrupted anyway, so the pause is only there to spare the CPU.
DELAY_MS = 40


class SearchDialog(QDialog):
    chosen = Signal(object)  # the Hit
    _found = Signal(int, object)  # (the search's number, its hits or None), from its thread

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = vault
        self.hits: list[Hit] = []
        self.shown_text = ""  # what the hits on screen were found for
        self._asked = 0  # the number of the newest search asked for
        self._choose_when_found = False  # Return was pressed before its results came
        self._searcher: search.Searcher | None = None  # opened on the search's thread
        self._lock = threading.Lock()  # the searcher, between the two threads
        self._pool = QThreadPool(self)  # one thread: the searches, one after another
        self._pool.setMaxThreadCount(1)
        self._found.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("Search"))
        self.setMinimumSize(560, 420)
        self.field = line_edit(self.tr("Search clients, sponsors and notes"))
        self.field.setClearButtonEnabled(True)
        self.model = RecordListModel(self._fetch, self._describe, self)
        self.field.setAccessibleName(self.tr("Search everything"))
        self.results = record_list(self.model)
        self.results.setAccessibleName(self.tr("What was found"))
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
        self.field.textChanged.connect(self._typed)
        self.field.returnPressed.connect(self._choose_first)
        self.field.setFocus()

    # -- asking --------------------------------------------------------------------------
    def _typed(self) -> None:
        """A key: the search running now (if any) is stale; a new one follows the pause."""
        self._asked += 1
        self._interrupt()
        self._timer.start()

    def run(self) -> None:
        """Start the search for what is typed now (its results come later, see _show)."""
        self._timer.stop()
        self._asked += 1
        asked, text = self._asked, self.field.text()
        self._interrupt()
        if not text.strip():
            self._show(asked, [])
            return
        self._pool.start(lambda: self._search(asked, text))

    def searching(self) -> bool:
        """True while the text typed has no results on screen yet."""
        return self._timer.isActive() or self.shown_text != self.field.text()

    def _interrupt(self) -> None:
        with self._lock:
            if self._searcher is not None:
                self._searcher.interrupt()

    # -- on the search's thread -----------------------------------------------------------
    def _search(self, asked: int, text: str) -> None:
        def stale() -> bool:
            return asked != self._asked

        hits: list[Hit] | None
        try:
            searcher = self._searcher
            if searcher is None:  # opened here, so the GUI thread never waits for it
                if stale():
                    return
                searcher = search.Searcher(self._vault)
                with self._lock:
                    self._searcher = searcher
            hits = searcher.everything(text, cancelled=stale)
        except search.Interrupted:
            return
        except Exception:  # said on screen; the window stays usable
            hits = None
        if not stale():
            self._found.emit(asked, hits)

    # -- back on the GUI thread -----------------------------------------------------------
    def _show(self, asked: int, hits: list[Hit] | None) -> None:
        if asked != self._asked:
            return  # a newer search was asked for meanwhile: these are stale
        text = self.field.text()
        self.shown_text = text
        self.hits = hits or []
        self.model.set_ids(list(range(len(self.hits))))
        if hits is None:
            self.empty.setText(self.tr("The search could not be run. Please try again."))
        else:
            self.empty.setText("" if self.hits or not text.strip()
                               else self.tr("Nothing matches.")
                               if search.note_expression(text) is not None
                               else self.tr("No name matches. Notes are searched from the "
                                            "third letter of a word."))
        if self.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        if self._choose_when_found:
            self._choose_when_found = False
            self._choose_first()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.field.hasFocus():
            self.results.setFocus()
            self.results.keyPressEvent(event)
            return
        super().keyPressEvent(event)

    def _fetch(self, ids: list[int]) -> dict[int, Hit]:
        return {i: self.hits[i] for i in ids if i < len(self.hits)}

    def _describe(self, hit: Hit) -> Row:
        """The name and the field that matched: a note by its day, never its text."""
        if hit.kind == "note":
            day = QDate.fromString(hit.day, Qt.DateFormat.ISODate)
            shown = QLocale().toString(day, QLocale.FormatType.LongFormat) if day.isValid() \
                else hit.day
            return Row(hit.name, self.tr("In a note of %1").replace("%1", shown),
                       self.tr("Note"))
        if hit.kind == "sponsor":
            return Row(hit.name, self.tr("The organisation's name matches"), self.tr("Sponsor"))
        if hit.fields == ("email",):
            why = self.tr("The email address matches")
        elif "email" in hit.fields:
            why = self.tr("The name and email address match")
        else:
            why = self.tr("The name matches")
        return Row(hit.name, why, self.tr("Client"))

    def _choose_first(self) -> None:
        if self.searching():
            self._choose_when_found = True  # chosen when the results for it come
            if self._timer.isActive():
                self.run()
            return
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

    # -- closing ----------------------------------------------------------------------------
    def _stop(self) -> None:
        """No search left running, and the connection closed (at close and at lock)."""
        self._timer.stop()
        self._asked += 1
        self._choose_when_found = False
        self._pool.clear()  # those not started yet
        while not self._pool.waitForDone(5):
            self._interrupt()  # again: one may have started between two statements
        with self._lock:
            if self._searcher is not None:
                self._searcher.close()
                self._searcher = None

    def forget(self) -> None:
        """Leave nothing typed or found behind (on close or lock), and no search running."""
        wipe(self.field)
        self._stop()
        self.hits = []
        self.shown_text = ""
        self.model.clear()
        self.empty.setText("")

    def done(self, result: int) -> None:
        """Closed: emptied as at lock (the window keeps the dialog for the next Ctrl+K)."""
        self.forget()
        super().done(result)
