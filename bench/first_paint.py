"""Time to first paint of a 100,000-note list, against an empty list, in one run.

Builds (once, cached in bench/out/) the large synthetic practice (2,000 clients,
20,000 sessions, 100,000 notes) through coachdesk.demo, then measures, five
times each, interleaved:

- CoachDesk: open the vault, read the first page of note ids (newest first,
  ``notes.NewestFirst``), build the lazy PagedRecordListModel and a QListView with
  the badge delegate, show it and paint the first screen;
- the same, reading every note id first into a RecordListModel (the way before);
- the app's own screens: the Sessions page (``ui.pages.sessions``, every session in
  the practice; its ids a page at a time, and, as before, every id first), and the page
  of the client with the most notes on its Notes tab (``ui.pages.client``);
- bare Qt: show an empty QListView and paint it.

    python -m bench.first_paint
    python -m bench.first_paint --notes 500000   # a larger practice, built once beside it
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # test keyring
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import keyring
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QApplication, QListView

from coachdesk import demo, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from keyrings import MemoryKeyring

OUT = Path(__file__).resolve().parent / "out" / "large-practice"
NOTES = 100_000  # demo.LARGE's


def large_practice(total_notes: int = NOTES) -> VaultLocation:
    """The LARGE practice, built on first use (a few minutes) and kept for later runs;
    with another number of notes, the same practice topped up to it, kept beside it."""
    folder = OUT if total_notes == NOTES else OUT.with_name(f"large-practice-{total_notes}")
    location = VaultLocation(folder)
    if not location.exists():
        started = time.perf_counter()
        plan = vaults.NewVaultPlan("bench-large", "demo", vaults.RawKey(vaults.DEMO_KEY))
        vault = vaults.create(location, plan)
        summary = demo.build(vault, dataclasses.replace(demo.LARGE, total_notes=total_notes))
        vault.close()
        print(f"built the large practice in {time.perf_counter() - started:.0f} s: {summary}")
    return location


def coachdesk_first_paint(app: QApplication, location: VaultLocation,
                          total_notes: int = NOTES, every_id: bool = False) -> float:
    """Seconds from opening the vault to the note list's first screen painted;
    ``every_id``: reading every id first (a RecordListModel), as before pages."""
    from ui.models.records import BadgeDelegate, PagedRecordListModel, RecordListModel
    from ui.pages.client import ClientPage

    started = time.perf_counter()
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    model: RecordListModel
    if every_id:
        model = RecordListModel(lambda ids: notes.get_many(vault, ids),
                                ClientPage._describe_note)
        model.set_ids(notes.all_ids(vault))
    else:
        model = PagedRecordListModel(lambda ids: notes.get_many(vault, ids),
                                     ClientPage._describe_note)
        model.set_pages(notes.NewestFirst(vault).next)
    view = QListView()
    view.setItemDelegate(BadgeDelegate(view))
    view.setUniformItemSizes(True)
    view.setModel(model)
    view.resize(900, 700)
    view.show()
    view.grab()  # paints the first screen, fetching only its rows
    elapsed = time.perf_counter() - started
    if every_id:
        assert model.total() >= total_notes, model.total()
    else:  # the newest notes on screen, and the rest to come as the view scrolls
        newest = vault.read("SELECT id FROM notes ORDER BY created_at DESC, id DESC LIMIT 3")
        assert [model.id_at(row) for row in range(3)] == [r[0] for r in newest]
        assert model.canFetchMore(QModelIndex())
    view.close()
    vault.close()
    return elapsed


def sessions_page_first_paint(app: QApplication, location: VaultLocation,
                              every_id: bool = False) -> float:
    """Seconds from opening the vault to the app's Sessions page (every session in the
    practice, newest first) painted; ``every_id``: the page reading every session id
    first, as it did before it read them a page at a time."""
    from coachdesk import sessions
    from ui.pages.sessions import SessionsPage

    started = time.perf_counter()
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    page = SessionsPage()
    page.attach(vault)
    if every_id:
        page.model.set_ids(sessions.all_ids(vault))
        page.count.setText(f"{page.model.total():,} sessions")
    else:
        page.refresh()
    page.resize(1000, 760)
    page.show()
    page.grab()  # the page's first screen painted, fetching only its rows
    elapsed = time.perf_counter() - started
    newest = vault.read("SELECT id FROM sessions ORDER BY starts_at DESC, id DESC LIMIT 3")
    assert [page.model.id_at(row) for row in range(3)] == [r[0] for r in newest]
    page.close()
    page.clear()
    vault.close()
    return elapsed


def busiest_client(location: VaultLocation) -> tuple[int, int]:
    """(the client with the most notes, how many): looked up once, outside the timing."""
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    try:
        found = vault.read("SELECT client_id, count(*) FROM notes GROUP BY client_id "
                           "ORDER BY count(*) DESC LIMIT 1")[0]
        return found[0], found[1]
    finally:
        vault.close()


def client_page_first_paint(app: QApplication, location: VaultLocation,
                            client_id: int) -> float:
    """Seconds from opening the vault to the app's page of one client painted on its
    Notes tab (newest first; the client's note ids are read whole: one client's)."""
    from PySide6.QtGui import QAction

    from ui.pages.client import ClientPage

    started = time.perf_counter()
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    page = ClientPage(*(QAction() for _ in range(4)))
    page.show_client(vault, client_id)
    page.tabs.setCurrentWidget(page.notes_view)
    page.resize(1000, 760)
    page.show()
    page.grab()
    elapsed = time.perf_counter() - started
    assert page.notes_model.total() > 0
    page.close()
    page.clear()
    vault.close()
    return elapsed


def bare_first_paint(app: QApplication) -> float:
    started = time.perf_counter()
    view = QListView()
    view.resize(900, 700)
    view.show()
    view.grab()
    elapsed = time.perf_counter() - started
    view.close()
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="first paint of the large practice's notes")
    parser.add_argument("--notes", type=int, default=NOTES, help="notes in the practice")
    args = parser.parse_args(argv)
    keyring.set_keyring(MemoryKeyring())
    app = QApplication.instance() or QApplication([])
    location = large_practice(args.notes)
    busiest, most_notes = busiest_client(location)
    ours, every, bare = [], [], []
    page, page_every, client = [], [], []
    for _ in range(5):
        ours.append(coachdesk_first_paint(app, location, args.notes))
        every.append(coachdesk_first_paint(app, location, args.notes, every_id=True))
        page.append(sessions_page_first_paint(app, location))
        page_every.append(sessions_page_first_paint(app, location, every_id=True))
        client.append(client_page_first_paint(app, location, busiest))
        bare.append(bare_first_paint(app))

    def ms(values: list[float]) -> str:
        return f"{statistics.median(values) * 1000:.0f} ms"

    median_bare = statistics.median(bare)
    print(f"first paint of the {args.notes:,}-note list: {ms(ours)} median of 5 "
          f"(open vault + first page of ids + first screen; reading every id first: "
          f"{ms(every)}); empty QListView: {median_bare * 1000:.1f} ms; goal under 100 ms")
    print(f"the app's Sessions page (every session, newest first): {ms(page)} "
          f"(reading every session id first: {ms(page_every)}); the page of the client "
          f"with the most notes ({most_notes:,}), on its Notes tab: {ms(client)}; "
          f"each from opening the vault, median of 5")
    return 0


if __name__ == "__main__":
    sys.exit(main())
