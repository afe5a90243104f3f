"""Pages that refresh only when their data changed (after Anki's ``operation_did_execute``).

The core tells the open vault's listener what kinds of record each committed write
changed (coachdesk.changes), on whichever thread wrote. ``ChangeNotices`` turns that into
one ``changed`` signal on the GUI thread: at once for a write made on the GUI thread (a
dialog's Save: the page is current before the dialog's own code goes on, so it can
select what it saved), queued for a write made on the worker (``ui.ops``: the notice
arrives before the operation's ``success``). A notice from a vault the window no longer
has open (locked, or another opened, meanwhile) is dropped. Each minute it says that
the time moved on (``Change.TIME``), so that a session that has begun leaves Today's
"still to come" (on screen at once, out of sight when next shown), and in the first
minute of a new day that the date changed (``Change.DATE``), so a page left on screen
overnight moves on.

``PageShelf`` keeps the built pages and which of them are stale: a page on screen whose
kinds changed is refreshed at once; a page out of sight is only marked stale, and
refreshed when next shown; a page whose data did not change is not read again when
visited. A page that shows the date (``Change.DATE``: Today's "next seven days") is
stale when the day turned since it was read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from coachdesk.changes import Change
from ui.pages.page import Page


class ChangeNotices(QObject):
    """What changed in the open vault, as one signal on the GUI thread."""

    changed = Signal(object)  # a coachdesk.changes.Change
    _from_worker = Signal(object, object)  # (the vault, what changed), queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._gui_thread = threading.get_ident()
        self._from_worker.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._day = date.today()  # the day the last tick saw
        self._minute = QTimer(self)  # coarse: a list of what is to come may lag seconds
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._time_moved_on)

    def listen_to(self, vault: Any) -> None:
        """Hear the writes to ``vault`` (the one the window has open) from now on."""
        self.stop()
        self._vault = vault
        vault.on_change = partial(self._heard, vault)
        self._day = date.today()
        self._minute.start()

    def stop(self) -> None:
        """At lock: nothing more is heard, and notices still on their way are dropped."""
        if self._vault is not None:
            self._vault.on_change = None
        self._vault = None
        self._minute.stop()

    def _time_moved_on(self) -> None:
        """Each minute the time moved on; the first tick of a new day, the date too."""
        if self._vault is None:
            return
        kinds, today = Change.TIME, date.today()
        if today != self._day:
            self._day = today
            kinds |= Change.DATE
        self.changed.emit(kinds)

    def _heard(self, vault: Any, kinds: Change) -> None:
        if threading.get_ident() == self._gui_thread:
            self._deliver(vault, kinds)
            return
        # From the worker, the write has committed: if the window is already gone there
        # is nobody to tell, and the write must not look as if it failed.
        with suppress(RuntimeError):  # "Internal C++ object already deleted"
            self._from_worker.emit(vault, kinds)

    def _deliver(self, vault: Any, kinds: Change) -> None:
        if vault is self._vault and vault is not None:
            self.changed.emit(kinds)


class PageShelf:
    """The window's built pages by name, with which of them need reading again."""

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        self._pages: dict[str, Page] = {}
        self._stale: set[str] = set()
        self._read_on: dict[str, date] = {}
        self.today = today  # the day it is (a test can let midnight pass)

    def add(self, name: str, page: Page) -> None:
        self._pages[name] = page
        self._stale.add(name)

    def get(self, name: str) -> Page | None:
        return self._pages.get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._pages

    def __iter__(self) -> Iterator[Page]:
        return iter(list(self._pages.values()))

    def attach(self, vault: Any) -> None:
        """A vault was opened: every page keeps it, and reads it when next shown."""
        for page in self:
            page.attach(vault)
        self._stale.update(self._pages)

    def clear(self) -> int:
        """At lock: every page forgets what it showed; returns the notes not saved."""
        lost = sum(page.clear() or 0 for page in self)
        self._stale.update(self._pages)
        return lost

    def unsaved_work(self) -> bool:
        return any(page.unsaved_work() for page in self)

    def is_stale(self, name: str) -> bool:
        page = self._pages.get(name)
        if page is None:
            return False
        return name in self._stale or (Change.DATE in page.shows
                                       and self._read_on.get(name) != self.today())

    def shown(self, name: str) -> None:
        """The page ``name`` came on screen: read it again only if stale."""
        if self.is_stale(name):
            self.refresh(name)

    def refresh(self, name: str) -> None:
        page = self._pages.get(name)
        if page is None:
            return
        self._stale.discard(name)
        self._read_on[name] = self.today()
        page.refresh()

    def changed(self, kinds: Change, on_screen: str | None) -> None:
        """``kinds`` changed: the page on screen that shows them is read again now, the
        others that show them when next shown."""
        for name, page in list(self._pages.items()):
            if not page.shows & kinds:
                continue
            if name == on_screen:
                self.refresh(name)
            else:
                self._stale.add(name)
