"""A practice-wide note list reads its ids a page at a time, newest first, and still
shows every note in order as the coach scrolls to the end."""

from __future__ import annotations

from PySide6.QtWidgets import QListView

from coachdesk import clients, notes
from ui.models.records import BATCH, PagedRecordListModel, Row

NOTES = 2 * BATCH + 57  # three pages, the last one short


def practice(vault) -> list[int]:
    """Notes written over a few days, many at the same moment (the order's tie-break)."""
    client = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    written = [notes.NewNote(client.id, f"Note {n}", f"2026-03-{1 + n % 5:02d}T10:00:00+00:00")
               for n in range(NOTES)]
    notes.add_many(vault, written)
    return notes.all_ids(vault)  # every id, newest first: what the list must show


def model_of(vault) -> PagedRecordListModel:
    model = PagedRecordListModel(lambda ids: notes.get_many(vault, ids),
                                 lambda note: Row(note.body))
    model.set_pages(notes.NewestFirst(vault).next)
    return model


def test_the_first_screen_reads_one_page_and_scrolling_shows_every_note_in_order(qtbot,
                                                                                  vault):
    newest_first = practice(vault)
    model = model_of(vault)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(400, 300)
    view.show()
    view.grab()
    assert model.rowCount() == BATCH and model.canFetchMore(view.rootIndex())
    assert model.index(0).data() == notes.get(vault, newest_first[0]).body
    view.scrollToBottom()
    while model.canFetchMore(view.rootIndex()):
        view.scrollToBottom()
        qtbot.wait(1)
    assert [model.id_at(row) for row in range(model.rowCount())] == newest_first
    assert model.total() == NOTES


def test_finding_an_old_note_reads_on_to_it(vault):
    newest_first = practice(vault)
    model = model_of(vault)
    oldest = newest_first[-1]
    assert model.row_of(oldest) == NOTES - 1
    assert model.index(NOTES - 1).data() == notes.get(vault, oldest).body
    assert model.row_of(10**9) is None  # never written: the list ends without it


def test_an_empty_practice_lists_nothing(vault):
    model = model_of(vault)
    assert model.rowCount() == 0 and not model.canFetchMore(model.index(0).parent())
