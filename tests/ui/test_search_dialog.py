"""Ctrl+K never blocks typing: the search runs on a thread of its own, a stale search's
results never replace newer ones, lock stops it and leaves nothing behind, and the list
says why a record matched without a word of any note."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from coachdesk import clients, notes, search, sponsors
from ui.models.records import BadgeRole, DetailRole

NOTE = "Worried about the merger with Fenwick; sleeps badly."


@pytest.fixture
def practice(window):
    """Kes Adler (a note), and the sponsor Kestrel Health Trust: "kes" finds both."""
    kes = clients.add(window.vault, clients.ClientDraft("Kes Adler", email="kes@adler.example"))
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Kestrel Health Trust"))
    note = notes.add(window.vault, kes.id, NOTE)
    window.sponsors_page.refresh()
    return window, kes, sponsor, note


def _open(window):
    window.search_action.trigger()
    dialog = window.search_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _shown(dialog) -> list[str]:
    """Every text the list gives for its rows: what is drawn, its tooltip, its badge."""
    model = dialog.model
    texts = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, DetailRole,
                     BadgeRole, Qt.ItemDataRole.AccessibleTextRole,
                     Qt.ItemDataRole.AccessibleDescriptionRole):
            value = index.data(role)
            if value:
                texts.append(str(value))
    return texts


def test_the_search_runs_off_the_gui_thread(qtbot, practice, monkeypatch):
    window, _kes, sponsor, _note = practice
    threads = []
    real = search.Searcher.everything

    def watched(self, text, *args, **kwargs):
        threads.append(threading.current_thread())
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(search.Searcher, "everything", watched)
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "kestrel")
    qtbot.waitUntil(lambda: dialog.shown_text == "kestrel")
    assert [h.record_id for h in dialog.hits if h.kind == "sponsor"] == [sponsor.id]
    assert threads and threading.main_thread() not in threads
    dialog.reject()


def test_one_letter_lists_names_and_three_list_notes(qtbot, practice):
    window, kes, sponsor, note = practice
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "k")
    qtbot.waitUntil(lambda: dialog.shown_text == "k")
    assert {(h.kind, h.record_id) for h in dialog.hits} == {("client", kes.id),
                                                            ("sponsor", sponsor.id)}
    qtbot.keyClicks(dialog.field, "es")
    qtbot.waitUntil(lambda: dialog.shown_text == "kes")
    assert {(h.kind, h.record_id) for h in dialog.hits} == {("client", kes.id),
                                                            ("sponsor", sponsor.id)}
    dialog.field.setText("merg")
    qtbot.waitUntil(lambda: dialog.shown_text == "merg")
    assert [(h.kind, h.record_id) for h in dialog.hits] == [("note", note.id)]
    dialog.reject()


def test_a_stale_search_never_replaces_a_newer_one(qtbot, practice, monkeypatch):
    window, _kes, sponsor, _note = practice
    real = search.Searcher.everything
    started, release = threading.Event(), threading.Event()

    def slow_for_kes(self, text, *args, **kwargs):
        if text == "kes":  # the first search hangs until the test lets it finish
            started.set()
            assert release.wait(10)
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(search.Searcher, "everything", slow_for_kes)
    dialog = _open(window)
    seen: list[tuple[str, list[int]]] = []
    dialog.model.modelReset.connect(
        lambda: seen.append((dialog.shown_text, [h.record_id for h in dialog.hits])))
    qtbot.keyClicks(dialog.field, "kes")
    qtbot.waitUntil(started.is_set)
    qtbot.keyClicks(dialog.field, "trel")  # typed while the first search runs
    qtbot.waitUntil(lambda: dialog.searching() and not dialog._timer.isActive())
    release.set()  # the stale search finishes now, before the newer one can start
    qtbot.waitUntil(lambda: dialog.shown_text == "kestrel")
    qtbot.wait(50)  # anything still on its way arrives
    assert [(h.kind, h.record_id) for h in dialog.hits] == [("sponsor", sponsor.id)]
    assert seen == [("kestrel", [sponsor.id])]  # "kes" (Kes Adler too) was never shown
    dialog.reject()


def test_lock_while_a_search_runs_leaves_nothing_and_closes_its_connection(
        qtbot, practice, monkeypatch):
    window, _kes, _sponsor, _note = practice
    real = search.Searcher.everything
    started, interrupted = threading.Event(), threading.Event()
    searchers: list[search.Searcher] = []
    real_interrupt = search.Searcher.interrupt

    def hanging(self, text, *args, **kwargs):
        searchers.append(self)
        if text == "kestrel":
            started.set()
            assert interrupted.wait(10)  # as a long query would, until interrupted
            raise search.Interrupted()
        return real(self, text, *args, **kwargs)

    def interrupt(self):
        interrupted.set()
        real_interrupt(self)

    monkeypatch.setattr(search.Searcher, "everything", hanging)
    monkeypatch.setattr(search.Searcher, "interrupt", interrupt)
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "kest")
    qtbot.waitUntil(lambda: dialog.shown_text == "kest" and len(dialog.hits) == 1)
    qtbot.keyClicks(dialog.field, "rel")
    qtbot.waitUntil(started.is_set)
    window.lock(ask_first=False)
    assert not dialog.isVisible() and window.search_dialog is None
    assert dialog.field.text() == "" and dialog.hits == [] and dialog.model.rowCount() == 0
    assert searchers and not any(s.is_open for s in searchers)
    qtbot.wait(50)
    assert dialog.model.rowCount() == 0 and window.vault is None


def test_the_list_says_which_field_matched_and_no_word_of_a_note(qtbot, practice):
    window, _kes, _sponsor, note = practice
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "fenwick")
    qtbot.waitUntil(lambda: dialog.shown_text == "fenwick")
    assert [h.record_id for h in dialog.hits] == [note.id]
    texts = _shown(dialog) + [label.text() for label in dialog.findChildren(QLabel)]
    assert any(t == "Kes Adler" for t in texts)
    assert any(t.startswith("In a note of ") for t in texts)
    for word in NOTE.replace(";", "").replace(".", "").split():
        if len(word) > 3:  # "with", "the": words any text has
            assert not any(word.lower() in t.lower() for t in texts), word
    dialog.field.setText("adler")
    qtbot.waitUntil(lambda: dialog.shown_text == "adler")
    rows = _shown(dialog)
    assert "Kes Adler" in rows and "The name and email address match" in rows
    dialog.field.setText("example")
    qtbot.waitUntil(lambda: dialog.shown_text == "example")
    assert "The email address matches" in _shown(dialog)
    dialog.reject()


def test_return_before_the_results_come_opens_the_first_of_them(qtbot, practice):
    window, _kes, sponsor, _note = practice
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "kestrel")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)  # at once: its search has not run yet
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.current_page_name() == "Sponsors"
    assert window.sponsors_page.sponsor.id == sponsor.id


def test_ctrl_k_again_opens_the_same_dialog_empty(qtbot, practice):
    """The dialog is kept between uses (a show, not a build), and nothing found before is
    on it when it comes back: not the words typed, not the names found."""
    window, _kes, _sponsor, _note = practice
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "kestrel")
    qtbot.waitUntil(lambda: dialog.shown_text == "kestrel" and len(dialog.hits) == 1)
    qtbot.keyClick(dialog.field, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.field.text() == "" and dialog.model.rowCount() == 0 and dialog.hits == []
    again = _open(window)
    assert again is dialog and again.isVisible() and again.field.text() == ""
    assert _shown(again) == []
    again.reject()


def test_a_short_search_that_finds_no_name_says_notes_wait_for_the_third_letter(qtbot,
                                                                                practice):
    window, _kes, _sponsor, _note = practice
    dialog = _open(window)
    qtbot.keyClicks(dialog.field, "qz")
    qtbot.waitUntil(lambda: dialog.shown_text == "qz")
    assert dialog.empty.text() == ("No name matches. Notes are searched from the third "
                                   "letter of a word.")
    qtbot.keyClicks(dialog.field, "x")
    qtbot.waitUntil(lambda: dialog.shown_text == "qzx")
    assert dialog.empty.text() == "Nothing matches."
    dialog.reject()
