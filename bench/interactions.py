"""What a coach feels: interactions in the real window, timed to an idle event loop.

    python -m bench.interactions
    python -m bench.interactions --notes 500000   # over a larger practice (built once)
    python -m bench.interactions --profile report # and what the GUI thread ran (cProfile)

Opens the large practice (bench.first_paint builds it; a copy in a scratch folder, so
the thousands of saves below never change the kept one) in ``ui.main_window.MainWindow``
on the offscreen platform, with the application made as ``main.py`` makes it (theme,
GUI-thread garbage collector). Each interaction is sent as input (a key or a click, through
QTest, on the GUI thread) and timed from just before the input to the moment the event
loop has nothing left to do (see IdleClock): the input handled, everything it posted run,
the window repainted. That is the figure a coach feels; 16 ms is
one frame at 60 Hz.

- a keystroke in the note editor (3,000, into one open note);
- the note's autosave (3,000 saves, each keeping a revision; the autosave fires 700 ms
  after a pause, and is timed here from its call to idle). The vault folds its log into
  the file on a thread of its own once it passes 1,000 pages (coachdesk.vault.checkpoints):
  those checkpoints run meanwhile, and the saves that start the log over after one (the
  WAL restarts at the next write) land among the 3,000;
- a page switch, a click in the sidebar (the first visit, which builds the page, apart);
- opening a report of 100 items, a click in the report list;
- Ctrl+K, and each key of a client's name (prefixes of 1, 2 and 4 letters) and of a word
  of the practice's own notes (3 letters, and the whole word) typed into it: the key
  itself, the longest the GUI thread was held from the key until its results were on
  screen (the search runs on a thread of its own), and the key to its results on screen
  (the dialog's short pause included); then the names typed at 60 ms a key, while the
  searches of the first letters are still under way;
- opening a client with 500 notes (Return in the client list), and its Notes tab.

Page switches, report opens and client opens also count the SQL statements the vault
ran for each (its connection's trace callback): a figure the machine's load cannot blur.

The 100-item report and the 500-note client are added to the kept practice once.
"""

from __future__ import annotations

import cProfile
import math
import os
import random
import shutil
import statistics
import struct
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test keyring: no Secret Service needed
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402

from coachdesk import clients, notes, reports, search  # noqa: E402
from coachdesk import vault as vaults  # noqa: E402
from coachdesk.paths import VaultLocation  # noqa: E402

FRAME_MS = 16.0
SAVES = 3_000
BIG_CLIENT = "Bench Client Fivehundred"
BIG_CLIENT_NOTES = 500
BIG_REPORT = "Bench report of 100"
BIG_REPORT_ITEMS = 100


# -- the practice's two large records, added once -------------------------------------
def with_big_records(location: VaultLocation) -> tuple[int, int]:
    """(the client with 500 notes, the report of 100 items), made on first use."""
    from bench.vault_vs_sqlite import WORDS

    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    try:
        rng = random.Random(13)
        found = [c for c in clients.get_many(vault, clients.list_ids(
            vault, text=BIG_CLIENT, include_archived=True)).values() if c.name == BIG_CLIENT]
        if found:
            client_id = found[0].id
        else:
            client_id = clients.add(vault, clients.ClientDraft(BIG_CLIENT)).id
            notes.add_many(vault, [notes.NewNote(
                client_id, " ".join(rng.choices(WORDS, k=rng.randint(30, 120))),
                f"2025-{1 + k % 12:02d}-{1 + k % 28:02d}T{k % 24:02d}:{k % 60:02d}:00.000000+00:00",
                is_private=bool(k % 3))
                for k in range(BIG_CLIENT_NOTES)])
        assert len(notes.ids_for_client(vault, client_id)) >= BIG_CLIENT_NOTES
        all_reports = [reports.get(vault, r) for r in reports.all_ids(vault)]
        big = [r for r in all_reports if r.purpose == BIG_REPORT]
        if big:
            report_id = big[0].id
        else:
            # On an engagement whose agreement the bench's reports already signed.
            engagement_id = next(r.engagement_id for r in all_reports
                                 if r.purpose == "Bench report")
            report = reports.create(vault, reports.ReportDraft(
                engagement_id, BIG_REPORT, "2026-01-01", "2026-12-31",
                facts=("attendance", "dates", "hours")))
            written = [reports.write_item(vault, report.id, f"Progress passage {k}: "
                                          + " ".join(rng.choices(WORDS, k=40)))
                       for k in range(BIG_REPORT_ITEMS)]
            reports.mark_printed(vault, report.id, {e.id: e.text for e in written})
            reports.approve(vault, report.id, [e.id for e in written], method="written",
                            given_by="Client", given_on="2026-05-01")
            report_id = report.id
        return client_id, report_id
    finally:
        vault.close()


# -- timing -------------------------------------------------------------------------------
class IdleClock:
    """Times an input to the moment the GUI thread's event loop has nothing left to do.

    Idle is when one pass of the event dispatcher, not waiting, finds nothing to dispatch:
    no posted event (a repaint is one), no timer due, no socket or pipe ready. (Qt's
    ``aboutToBlock`` signal cannot say it: the GLib dispatcher Qt uses on Linux emits it at
    the start of every pass, before the pass has run anything.)
    """

    def __init__(self) -> None:
        from PySide6.QtCore import QAbstractEventDispatcher, QEventLoop, QTimer

        self.dispatcher = QAbstractEventDispatcher.instance()
        self.at_once = QEventLoop.ProcessEventsFlag.AllEvents
        self.or_wait = (QEventLoop.ProcessEventsFlag.AllEvents
                        | QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        self.idle_at = 0.0
        self.guard = QTimer()  # wakes a wait for a condition that never comes true
        self.guard.setSingleShot(True)

    def idle(self, until: Callable[[], bool] = lambda: True, timeout_s: float = 10.0) -> float:
        """Run events until there are none left (and ``until()`` holds); that moment."""
        deadline = time.perf_counter() + timeout_s
        while True:
            while self.dispatcher.processEvents(self.at_once):
                if time.perf_counter() > deadline:
                    raise TimeoutError("the event loop did not go idle in time")
            self.idle_at = time.perf_counter()
            if until():
                return self.idle_at
            if self.idle_at > deadline:
                raise TimeoutError("what was waited for did not happen in time")
            self.guard.start(max(1, int((deadline - self.idle_at) * 1000)))
            self.dispatcher.processEvents(self.or_wait)  # until something happens
            self.guard.stop()

    profile: cProfile.Profile | None = None  # what the GUI thread ran, when asked (--profile)

    def time(self, act: Callable[[], object]) -> float:
        """Milliseconds from just before ``act`` (the input) to an idle event loop."""
        if self.profile is not None:
            self.profile.enable()
        started = time.perf_counter()
        act()
        idle_at = self.idle()
        if self.profile is not None:
            self.profile.disable()
        return (idle_at - started) * 1000

    def rest(self, seconds: float = 0.0) -> None:
        """Let everything pending run, and the coach pause, before the next input."""
        self.idle()
        if seconds:
            end = time.perf_counter() + seconds
            while time.perf_counter() < end:
                self.idle_or_wait(end - time.perf_counter())

    def idle_or_wait(self, seconds: float) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(max(0, int(seconds * 1000)), loop.quit)
        loop.exec()
        self.idle()


@dataclass
class Figure:
    name: str
    times_ms: list[float]
    note: str = ""

    def p(self, fraction: float) -> float:
        ordered = sorted(self.times_ms)
        return ordered[max(0, math.ceil(len(ordered) * fraction) - 1)]

    def over(self) -> int:
        return sum(t > FRAME_MS for t in self.times_ms)

    def cells(self) -> tuple[str, str, str, str, str]:
        return (f"{len(self.times_ms):,}", f"{statistics.median(self.times_ms):.1f}",
                f"{self.p(0.95):.1f}", f"{max(self.times_ms):.1f}", f"{self.over():,}")


class TimerWatch(QObject):
    """When one of some timers last fired (its QTimerEvent arriving)."""

    def __init__(self, timers: list[QTimer]) -> None:
        super().__init__()
        self.at = 0.0
        for timer in timers:
            timer.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Timer:
            self.at = time.perf_counter()
        return False


class Statements:
    """How many SQL statements the open vault's connection ran (its trace callback): a
    count the machine's load cannot blur, beside the times it can."""

    def __init__(self, vault) -> None:
        self.count = 0
        self.connection = vault.connection
        self.connection.set_trace_callback(self._ran)

    def _ran(self, _sql: str) -> None:
        self.count += 1

    def during(self, act: Callable[[], float], into: list[int]) -> float:
        before = self.count
        took = act()
        into.append(self.count - before)
        return took

    def stop(self) -> None:
        self.connection.set_trace_callback(None)


def _print_profile(clock: IdleClock) -> None:
    """What the GUI thread ran while profiled (by own time, then cumulative), and stop."""
    if clock.profile is not None:
        import pstats

        pstats.Stats(clock.profile).sort_stats("tottime").print_stats(30)
        pstats.Stats(clock.profile).sort_stats("cumulative").print_stats(50)
        clock.profile = None


def _statements(counts: list[int]) -> str:
    return (f"SQL statements each: median {statistics.median(counts):g}, max {max(counts)}"
            if counts else "")


# -- the interactions ---------------------------------------------------------------------
def _click(widget, point) -> None:
    from PySide6.QtTest import QTest

    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def _key(widget, key, modifier=None) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)


def _type(widget, letter: str) -> None:
    """One letter as the keyboard sends it (any script: Hebrew and Arabic names too)."""
    from PySide6.QtTest import QTest

    key = Qt.Key(ord(letter.upper())) if letter.isascii() else Qt.Key.Key_unknown
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, letter,
                       Qt.KeyboardModifier.NoModifier)


def page_switches(clock: IdleClock, window, rounds: int, profiled: bool = False
                  ) -> list[Figure]:
    from ui.main_window import PAGES

    sidebar = window.sidebar

    def visit(name: str) -> float:
        item = sidebar.item(PAGES.index(name))
        return clock.time(lambda: _click(sidebar.viewport(),
                                         sidebar.visualItemRect(item).center()))

    order = [p for p in PAGES if p != "Today"] + ["Today"]
    first = []
    for name in order:
        first.append(visit(name))
        assert window.current_page_name() == name, (name, window.current_page_name())
        clock.rest(0.05)
    again: dict[str, list[float]] = {name: [] for name in order}
    if profiled:  # the visits after the first
        clock.profile = cProfile.Profile()
    statements = Statements(window.vault)
    ran: list[int] = []
    for _ in range(rounds):
        for name in order:
            again[name].append(statements.during(lambda n=name: visit(n), ran))
            clock.rest(0.02)
    statements.stop()
    _print_profile(clock)
    by_page = ", ".join(f"{n} {statistics.median(t):.0f}" for n, t in again.items())
    return [Figure("page switch, first visit to each (builds all but Today)", first,
                   "one per page: " + ", ".join(f"{n} {t:.0f}" for n, t in zip(order, first,
                                                                                strict=True))),
            Figure("page switch (sidebar click)", [t for ts in again.values() for t in ts],
                   f"median ms by page: {by_page}; {_statements(ran)}")]


def report_opens(clock: IdleClock, window, big_report: int, times: int) -> list[Figure]:
    window.go_to("Reports")
    clock.rest()
    page = window.reports_page
    view, model = page.list_view, page.list_model
    other = next(model.id_at(r) for r in range(model.rowCount()) if model.id_at(r) != big_report)

    def open_report(report_id: int) -> float:
        index = model.index(model.row_of(report_id), 0)
        view.scrollTo(index)
        clock.rest()
        took = clock.time(lambda: _click(view.viewport(), view.visualRect(index).center()))
        assert page.report is not None and page.report.id == report_id
        return took

    big, small = [], []
    statements = Statements(window.vault)
    ran_big: list[int] = []
    ran_small: list[int] = []
    for _ in range(times):
        big.append(statements.during(lambda: open_report(big_report), ran_big))
        assert page.items_model.total() == BIG_REPORT_ITEMS, page.items_model.total()
        clock.rest(0.02)
        small.append(statements.during(lambda: open_report(other), ran_small))
        clock.rest(0.02)
    statements.stop()
    return [Figure(f"open a report of {BIG_REPORT_ITEMS} items (click in the list)", big,
                   _statements(ran_big)),
            Figure("open a report of 50 items (for comparison)", small,
                   _statements(ran_small))]


def client_opens(clock: IdleClock, window, client_id: int, times: int) -> list[Figure]:
    window.go_to("Clients")
    window.show_client_list()
    clock.rest()
    listing, one = window.clients_page, window.client_page
    section = window.clients_section
    opens, tabs = [], []
    ran: list[int] = []
    bar = one.tabs.tabBar()
    statements = Statements(window.vault)
    for _ in range(times):
        assert section.currentWidget() is listing
        listing.select_client(client_id)
        window.activateWindow()
        listing.table.setFocus()
        clock.rest(0.02)
        opens.append(statements.during(
            lambda: clock.time(lambda: _key(listing.table, Qt.Key.Key_Return)), ran))
        assert section.currentWidget() is one and one.client is not None
        assert one.client.id == client_id and one.notes_model.total() >= BIG_CLIENT_NOTES
        clock.rest(0.02)
        tabs.append(clock.time(lambda: _click(bar, bar.tabRect(1).center())))
        assert one.tabs.currentWidget() is one.notes_view
        clock.rest(0.02)
        _click(one.back_button, one.back_button.rect().center())
        clock.rest(0.02)
    statements.stop()
    return [Figure(f"open a client with {BIG_CLIENT_NOTES} notes (Return in the list)", opens,
                   _statements(ran)),
            Figure(f"then its Notes tab ({BIG_CLIENT_NOTES} notes)", tabs)]


def _run_until(clock: IdleClock, until: Callable[[], bool], timeout_s: float = 10.0,
               cpu: list[float] | None = None) -> float:
    """Run events until ``until()`` holds (then idle); the longest single pass of the event
    loop meanwhile, in ms: the longest the GUI thread was held, so the longest a key
    typed then would have waited. Between passes it sleeps a little, never in one.
    ``cpu`` gets the GUI thread's own CPU time in that pass (the rest of it was waiting
    for a core: other work on the machine)."""
    longest, longest_cpu = 0.0, 0.0
    deadline = time.perf_counter() + timeout_s
    while True:
        started, started_cpu = time.perf_counter(), time.thread_time()
        busy = clock.dispatcher.processEvents(clock.at_once)
        took = time.perf_counter() - started
        if took > longest:
            longest, longest_cpu = took, time.thread_time() - started_cpu
        if busy:
            continue
        clock.idle_at = time.perf_counter()
        if until():
            if cpu is not None:
                cpu.append(longest_cpu * 1000)
            return longest * 1000
        if clock.idle_at > deadline:
            raise TimeoutError("what was waited for did not happen in time")
        time.sleep(0.0005)


def _results_for(dialog, text: str) -> Callable[[], bool]:
    """True once the dialog shows the results for ``text`` (and has nothing pending)."""
    reset: list[int] = []
    dialog.model.modelReset.connect(lambda: reset.append(1))
    return lambda: bool(reset) and getattr(dialog, "shown_text", text) == text \
        and not getattr(dialog, "searching", lambda: False)()


def _note_words(vault, count: int) -> list[str]:
    """Words a coach would look for in notes: one of five letters or more from each of
    ``count`` of the practice's own notes."""
    rng = random.Random(11)
    found = []
    for note in notes.get_many(vault, rng.sample(notes.all_ids(vault), count)).values():
        long_words = [w for w in search.words(note.body) if len(w) >= 5]
        if long_words:
            found.append(rng.choice(long_words))
    return found


def search_prefixes(clock: IdleClock, window, names: list[str]) -> list[Figure]:
    """Ctrl+K: the first letters of clients' names, and words of the practice's notes,
    each letter typed and its results waited for; then the names typed on at 60 ms a
    key, with the searches of the first letters still under way (stale ones cut short)."""
    opened: list[float] = []
    lengths = {"name": (1, 2, 4), "word": (3, 0)}  # 0: the whole word
    keys = {(w, n): [] for w in lengths for n in lengths[w]}
    held = {(w, n): [] for w in lengths for n in lengths[w]}
    held_cpu = {(w, n): [] for w in lengths for n in lengths[w]}
    felt = {(w, n): [] for w in lengths for n in lengths[w]}
    quick_keys: list[float] = []
    quick_held: list[float] = []
    quick_felt: list[float] = []
    quick_cpu: list[float] = []

    def open_search():
        window.activateWindow()
        clock.rest(0.02)
        opened.append(clock.time(lambda: _key(window, Qt.Key.Key_K,
                                              Qt.KeyboardModifier.ControlModifier)))
        dialog = window.search_dialog
        assert dialog is not None and dialog.isVisible()
        return dialog

    def close_search(dialog) -> None:
        _key(dialog.field, Qt.Key.Key_Escape)
        clock.rest(0.05)
        assert not dialog.isVisible()

    words = _note_words(window.vault, len(names))
    for what, typed in [("name", n[:4]) for n in names] + [("word", w) for w in words]:
        dialog = open_search()
        for length, letter in enumerate(typed, start=1):
            shown = _results_for(dialog, typed[:length])
            started = time.perf_counter()
            key_ms = clock.time(lambda ch=letter, d=dialog: _type(d.field, ch))
            cpu: list[float] = []
            longest = _run_until(clock, shown, cpu=cpu)  # the pause, the search, the results
            at = 0 if what == "word" and length == len(typed) else length
            if at in lengths[what]:
                keys[what, at].append(key_ms)
                held[what, at].append(max(key_ms, longest))
                held_cpu[what, at].append(cpu[0])
                felt[what, at].append((clock.idle_at - started) * 1000)
            clock.rest(0.05)
        assert dialog.field.text() == typed
        close_search(dialog)
    for name in names:
        dialog = open_search()
        shown = _results_for(dialog, name[:4])
        passes: list[tuple[float, float]] = []  # (wall, the GUI thread's CPU), ms

        def run_until(until, passes=passes) -> None:
            cpu: list[float] = []
            passes.append((_run_until(clock, until, cpu=cpu), cpu[0]))

        for letter in name[:4]:
            started, started_cpu = time.perf_counter(), time.thread_time()
            quick_keys.append(clock.time(lambda ch=letter, d=dialog: _type(d.field, ch)))
            passes.append((quick_keys[-1], (time.thread_time() - started_cpu) * 1000))
            while time.perf_counter() - started < 0.06:  # the next key, 60 ms on
                run_until(lambda: True)
                time.sleep(0.0005)
        run_until(shown)
        longest, longest_cpu = max(passes)
        quick_held.append(longest)
        quick_cpu.append(longest_cpu)
        quick_felt.append((clock.idle_at - started) * 1000)
        close_search(dialog)
    figures = [Figure("Ctrl+K opens the search", opened)]
    for what, at in keys:
        # The same searches through the core alone: how much of it is coachdesk.search.
        typed = [n[:at] for n in names if len(n) >= at] if what == "name" else \
            [w[:at] if at else w for w in words]
        core = []
        for text in typed:
            started = time.perf_counter()
            search.everything(window.vault, text)
            core.append((time.perf_counter() - started) * 1000)
        label = (f"{at}-letter name prefix" if what == "name" else
                 "3 letters of a note's word" if at else "a note's whole word")
        figures += [
            Figure(f"Ctrl+K, {label}: the key", keys[what, at]),
            Figure(f"Ctrl+K, {label}: GUI thread held", held[what, at],
                   ("the longest pass of the event loop from the key to its results drawn; "
                    if (what, at) == ("name", 1) else "")
                   + "the GUI thread's own CPU time in that pass: median "
                   f"{statistics.median(held_cpu[what, at]):.1f} ms, "
                   f"p95 {Figure('', held_cpu[what, at]).p(0.95):.1f} ms"),
            Figure(f"Ctrl+K, {label}: key to results", felt[what, at],
                   f"search.everything alone: median {statistics.median(core):.1f} ms, "
                   f"p95 {Figure('', core).p(0.95):.1f} ms, max {max(core):.1f} ms")]
    figures += [
        Figure("Ctrl+K, 4 letters at 60 ms a key: each key", quick_keys),
        Figure("Ctrl+K, 4 letters at 60 ms a key: GUI thread held", quick_held,
               "from the first key to the results of the fourth; the GUI thread's own CPU "
               f"time in that pass: median {statistics.median(quick_cpu):.1f} ms, "
               f"p95 {Figure('', quick_cpu).p(0.95):.1f} ms, max {max(quick_cpu):.1f} ms"),
        Figure("Ctrl+K, 4 letters at 60 ms a key: last key to results", quick_felt),
    ]
    return figures


def _wal_resets(location: VaultLocation) -> int | None:
    """The WAL header's checkpoint sequence number: it counts the times the WAL started
    over after a checkpoint (None when the WAL cannot be read)."""
    wal = Path(str(location.vault_file) + "-wal")
    if not wal.exists():
        return 0  # made at the first write, numbered from 0
    try:
        head = wal.read_bytes()[:16]
    except OSError:
        return None
    if not head:
        return 0  # emptied: its first frame starts it again from 0
    if len(head) < 16 or struct.unpack(">I", head[:4])[0] not in (0x377F0682, 0x377F0683):
        return None
    return struct.unpack(">I", head[12:16])[0]


def typing_and_autosave(clock: IdleClock, window, location: VaultLocation, client_id: int,
                        saves: int) -> list[Figure]:
    window.go_to("Clients")
    window.open_client(client_id)
    clock.rest()
    page = window.client_page
    page.open_note(notes.ids_for_client(window.vault, client_id)[0])
    clock.rest(0.2)
    editor = page.editors[-1]
    text = editor.editor
    text.setFocus()
    from PySide6.QtGui import QTextCursor

    text.moveCursor(QTextCursor.MoveOperation.End)
    clock.rest(0.05)
    letters = "the coach listens and writes what matters "
    typed, saved = [], []
    # The WAL starts over at the first write after a checkpoint (run on the vault's own
    # checkpoint thread): the save that finds it started over is the one that began it
    # again (read between saves, outside the timed spans).
    resets = [_wal_resets(location)]
    checkpointer = getattr(window.vault, "_checkpoints", None)
    done_before = checkpointer.done if checkpointer is not None else 0
    for k in range(saves):
        typed.append(clock.time(lambda k=k: _key(text, letters[k % len(letters)])))
        saved.append(clock.time(editor.save_now))
        resets.append(_wal_resets(location))
    assert editor.note is not None and editor.note.body == text.toPlainText()
    revisions = len(notes.revisions(window.vault, editor.note.id))
    checkpointer = getattr(window.vault, "_checkpoints", None)
    ran_aside = (f"{checkpointer.done - done_before} checkpoint(s) ran on the vault's "
                 "checkpoint thread meanwhile; " if checkpointer is not None else "")
    if None in resets:
        checkpoints = ran_aside + "WAL restarts not counted"
    else:
        began = [k for k in range(saves) if resets[k + 1] != resets[k]]
        others = [t for k, t in enumerate(saved) if k not in began]
        checkpoints = (ran_aside + f"the log started over {len(began)} time(s), in saves "
                       "taking " + ", ".join(f"{saved[k]:.1f}" for k in began)
                       + f" ms; the other saves: max {max(others):.1f} ms, "
                       f"{sum(t > FRAME_MS for t in others)} over {FRAME_MS:.0f} ms")
    length = len(text.toPlainText())
    _key(text, Qt.Key.Key_Escape)  # closes the editor
    clock.rest(0.1)
    return [Figure("keystroke in the note editor", typed,
                   f"the note grew to {length:,} characters"),
            Figure("note autosave, with its revision", saved,
                   f"{checkpoints}; the note has {revisions:,} revisions")]


def run(location: VaultLocation, *, saves: int = SAVES, rounds: int = 10,
        opens: int = 20, searches: int = 30, profile: str = "") -> list[Figure]:
    """Every interaction, on a scratch copy of ``location``; the figures in order."""
    import keyring

    from keyrings import MemoryKeyring

    client_id, report_id = with_big_records(location)
    keyring.set_keyring(MemoryKeyring())
    config = os.environ.get("XDG_CONFIG_HOME")
    try:
        with tempfile.TemporaryDirectory() as scratch:
            # The window keeps its geometry in the config folder: a scratch one here.
            os.environ["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
            return _run(location, Path(scratch), client_id, report_id, saves=saves,
                        rounds=rounds, opens=opens, searches=searches, profile=profile)
    finally:
        if config is None:
            os.environ.pop("XDG_CONFIG_HOME", None)
        else:
            os.environ["XDG_CONFIG_HOME"] = config


def _run(location: VaultLocation, scratch: Path, client_id: int, report_id: int, *,
         saves: int, rounds: int, opens: int, searches: int, profile: str = ""
         ) -> list[Figure]:
    copy = VaultLocation(Path(scratch) / "practice")
    shutil.copytree(location.folder, copy.folder,
                    ignore=shutil.ignore_patterns("*.lock"))
    from ui.app import make_application
    from ui.main_window import MainWindow

    app = make_application([sys.argv[0]])
    from PySide6.QtCore import qInstallMessageHandler

    def quiet(_kind, _context, message: str) -> None:
        if "propagateSizeHints" not in message:  # said by the offscreen platform
            print(message, file=sys.stderr)

    earlier = qInstallMessageHandler(quiet)
    app.setQuitOnLastWindowClosed(False)
    window = MainWindow(copy)
    window.show()
    vault = vaults.open_with_key(copy, vaults.RawKey(vaults.DEMO_KEY))
    window.open_vault(vault)
    clock = IdleClock()
    # The page check starts 1.5 s after unlocking, off the GUI thread: let it finish
    # first (ui.ops keeps the jobs it runs), so it does not share the two cores with us.
    from ui import ops

    clock.rest(2.0)
    waited = time.perf_counter()
    while ops._running and time.perf_counter() - waited < 120:
        clock.rest(0.1)
    print(f"(waited {time.perf_counter() - waited:.1f} s more for the page check after "
          "unlocking)", flush=True)
    rng = random.Random(5)
    names = [c.name.split()[0] for c in clients.get_many(vault, rng.sample(
        clients.list_ids(vault), searches)).values()]
    figures: list[Figure] = []
    figures += page_switches(clock, window, rounds, profile == "page")  # builds every page
    figures += typing_and_autosave(clock, window, copy, client_id, saves)
    clock.profile = cProfile.Profile() if profile == "report" else None
    figures += report_opens(clock, window, report_id, opens)
    _print_profile(clock)
    figures += search_prefixes(clock, window, names)
    figures += client_opens(clock, window, client_id, opens)
    window.lock(ask_first=False)
    clock.rest()
    window.close()
    window.deleteLater()
    clock.rest()
    qInstallMessageHandler(earlier)
    return figures


def table(figures: list[Figure]) -> str:
    head = ("interaction (ms, input to idle)", "n", "p50", "p95", "max", f">{FRAME_MS:.0f}")
    rows = [head] + [(f.name, *f.cells()) for f in figures]
    width = max(len(r[0]) for r in rows)
    lines = [f"{r[0]:{width}}  " + "  ".join(f"{c:>6}" for c in r[1:]) for r in rows]
    notes_ = [f"  {f.name}: {f.note}" for f in figures if f.note]
    return "\n".join([*lines, "", *notes_])


def main(argv: list[str] | None = None) -> int:
    import argparse

    from bench.first_paint import large_practice

    parser = argparse.ArgumentParser(description="interactions in the real window")
    parser.add_argument("--saves", type=int, default=SAVES)
    parser.add_argument("--notes", type=int, default=100_000, help="notes in the practice")
    parser.add_argument("--profile", choices=("page", "report"), default="",
                        help="print what the GUI thread ran (cProfile) in page switches "
                             "after the first visits, or in report opens")
    args = parser.parse_args(argv)
    location = large_practice(args.notes)
    from bench.__main__ import with_reports  # the bench's approved reports, made once

    with_reports(location)
    started = time.perf_counter()
    figures = run(location, saves=args.saves, profile=args.profile)
    print(table(figures))
    print(f"\n(measured in {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
