"""WAL checkpoints off the thread that writes, so a save never waits for one.

SQLite folds its write-ahead log into the vault file (a *checkpoint*) inside the commit
that takes the log past ``wal_autocheckpoint`` pages: the save that happens to do it
pays tens of milliseconds, on the GUI thread when the coach is typing. The vault's
connection turns that off (``configure``), and a :class:`Checkpointer` does the work on
a thread of its own, through a keyed connection of its own opened for each checkpoint
(the key never leaves the core), when the log has grown past ``threshold`` pages.

- PASSIVE checkpoints only: they never wait for, nor hold back, the vault's writes and
  reads. One that a reader keeps from finishing (a backup reading its snapshot) is
  tried again later, and so is one that writes overtook.
- The log stays bounded: when writes come so fast that no checkpoint ever catches up
  (an import, a test saving in a loop) and the log passes ``cap`` pages, the last few
  pages are folded in while the vault's writes wait (``hold_writes``, the vault's own
  lock, taken only briefly and never while someone else holds it for long).
- Work that needs the file to itself (a re-key, VACUUM, a checkpoint that must truncate
  the log, closing) holds :meth:`Checkpointer.paused` (``Vault.exclusive``); closing
  stops and joins the thread, so it never outlives the vault.

When and how far the log has grown is read from the WAL index (the ``-shm`` file's
header, SQLite's documented format: ``mxFrame`` and ``nBackfill``): a few bytes, read
after each commit without touching the database.
"""

from __future__ import annotations

import struct
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

THRESHOLD = 1_000  # pages in the log (4 MB) before a checkpoint: SQLite's own default
CAP = 4_000  # pages (16 MB) past which the last pages are folded in while writes wait
CATCH_UP = 64  # pages that overtook a checkpoint before another is worth its two syncs
WAL_INDEX_VERSION = 3007000
READER_RETRY_S = 0.25  # first wait after a reader kept a checkpoint from finishing
READER_RETRY_MAX_S = 4.0


def wal_frames(shm: Path) -> tuple[int, int] | None:
    """(pages in the log, pages of it already in the file), from the WAL index's header;
    None when it cannot be read (no log yet, or not a WAL index SQLite would use)."""
    try:
        with shm.open("rb") as f:
            head = f.read(136)
    except OSError:
        return None
    if len(head) < 136:
        return None
    order = "<" if sys.byteorder == "little" else ">"  # the index is in native order
    version, = struct.unpack_from(order + "I", head, 0)
    if version != WAL_INDEX_VERSION:
        return None
    frames, = struct.unpack_from(order + "I", head, 16)  # mxFrame
    backfilled, = struct.unpack_from(order + "I", head, 96)  # WalCkptInfo.nBackfill
    return frames, backfilled


class Checkpointer:
    """Folds the vault's log into its file on a thread of its own (see the module)."""

    def __init__(self, database: Path, connect: Callable[[], sqlcipher3.Connection],
                 hold_writes: threading.RLock, *, threshold: int = THRESHOLD,
                 cap: int = CAP) -> None:
        self._shm = Path(f"{database}-shm")
        self._connect = connect
        self._hold_writes = hold_writes
        self.threshold = threshold
        self.cap = max(cap, threshold)
        self._running = threading.Lock()  # held by a checkpoint, and while paused
        self._wake = threading.Event()
        self._stopping = False
        self._thread: threading.Thread | None = None
        # The thread's own connection, kept between checkpoints; closed while paused (a
        # new key, a file put in place) and at stop. Used only under ``_running``.
        self._conn: sqlcipher3.Connection | None = None
        self._closing = threading.Lock()  # the connection is not closed while interrupted
        self._commits = 0  # since the last checkpoint: the measure when the index is unread
        # What tests and the bench look at: checkpoints done, and the threads they ran on.
        self.done = 0
        self.ran_on: set[int] = set()

    # -- called by the vault -------------------------------------------------------------
    def written(self) -> None:
        """After a commit: wake the thread if the log is long enough (a read of a few
        bytes; the thread starts at the first checkpoint the vault needs)."""
        if self._stopping:
            return
        self._commits += 1
        if not self._due():
            return
        if self._thread is None:
            thread = threading.Thread(target=self._loop, name="coachdesk-checkpoints",
                                      daemon=True)
            try:
                thread.start()
            except RuntimeError:  # no thread to be had now: the next commit asks again
                return
            self._thread = thread
        self._wake.set()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """No checkpoint runs in here (one under way is waited for), and the thread's
        connection is closed: the next one opens on the file as it is then."""
        with self._running:
            self._close()
            yield

    def stop(self) -> None:
        """Stop the thread and wait for it (a checkpoint under way is interrupted: the
        vault's own close folds the rest in); its connection is closed."""
        self._stopping = True
        self._wake.set()
        with self._closing:
            if self._conn is not None:
                self._conn.interrupt()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join()
        self._close()  # the thread is gone (and ``paused`` closed it already, if held)

    # -- the thread ------------------------------------------------------------------------
    def _due(self) -> bool:
        frames = wal_frames(self._shm)
        if frames is None:
            return self._commits >= self.threshold // 10  # about that many pages
        total, backfilled = frames
        return total >= self.threshold and total - backfilled >= min(CATCH_UP, total)

    def _loop(self) -> None:
        wait: float | None = None
        reader_wait = READER_RETRY_S
        while True:
            self._wake.wait(wait)
            self._wake.clear()
            wait = None
            if self._stopping:
                return
            if not self._due():
                continue
            outcome = self._checkpoint(hold_writes=False)
            if outcome == "blocked":  # a reader holds an older snapshot: later
                wait, reader_wait = reader_wait, min(reader_wait * 2, READER_RETRY_MAX_S)
                continue
            reader_wait = READER_RETRY_S
            frames = wal_frames(self._shm)
            if outcome == "done" and frames is not None and self.cap <= frames[0] \
                    and frames[1] < frames[0]:
                # Writes came in all along: fold the last few in while they wait.
                self._checkpoint(hold_writes=True)
            # Otherwise writes that overtook it are caught up after the next commit: the
            # log only starts over at a write, so sooner would gain nothing.

    def _checkpoint(self, *, hold_writes: bool) -> str:
        """One PASSIVE checkpoint: "done" (every page the log held when it began), "blocked"
        (a reader kept some out), "skipped" (stopping, busy or failed: tried again later)."""
        held = False
        if hold_writes:
            while not (held := self._hold_writes.acquire(timeout=0.05)):
                if self._stopping:
                    return "skipped"
        try:
            # Polled, not blocked on: whoever pauses it may be the one closing the vault.
            while not self._running.acquire(timeout=0.05):
                if self._stopping:
                    return "skipped"
            try:
                return "skipped" if self._stopping else self._run_one()
            finally:
                self._running.release()
        finally:
            if held:
                self._hold_writes.release()

    def _run_one(self) -> str:
        import sqlcipher3

        if self._conn is None:
            try:
                self._conn = self._connect()
            except Exception:  # a key just changed, the vault just closing: tried later
                return "skipped"
        try:
            busy, total, copied = self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlcipher3.Error:  # interrupted at close, or a disk error: the close folds it
            self._close()
            return "skipped"
        self.done += 1
        self.ran_on.add(threading.get_ident())
        self._commits = 0
        if busy:
            return "skipped"
        return "done" if copied >= total else "blocked"

    def _close(self) -> None:
        import sqlcipher3

        with self._closing:  # never while ``stop`` interrupts it
            conn, self._conn = self._conn, None
            if conn is not None:
                with suppress(sqlcipher3.Error):
                    conn.close()
