"""The notes edited on two computers, as the coach resolves them: the list, the two texts
side by side, one click, the other computer clearing at the next exchange; and the note's
own window saying so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from syncing import computer, pair, settle

from coachdesk import clients, notes
from coachdesk.sync import conflicts
from ui.dialogs.sync_conflicts import SyncConflictsDialog, open_conflicts
from ui.note_conflict import ConflictNotice

TRAIN = "Ada chose the team lead role. مرحبا 🎉"
LEFT = Qt.MouseButton.LeftButton
HOME = "<b>Bold?</b><script>alert('x')</script> & Ada said no."


@pytest.fixture
def desktop(window, tmp_path):
    """The window's vault is the laptop; a desktop syncs with it through a folder, and
    one of Ada's notes was edited on both before either heard of the other."""
    other = computer(tmp_path, "desktop")
    pair(window.vault, [other], tmp_path / "Syncthing")
    client = clients.add(window.vault, clients.ClientDraft("Ada Byrne"))
    note = notes.add(window.vault, client.id, "Session one.")
    settle(window.vault, other)
    (row,) = other.read("SELECT id FROM notes")
    notes.save(other, row[0], HOME)
    notes.save(window.vault, note.id, TRAIN)  # the later text: the note's, until resolved
    settle(window.vault, other)
    yield other, client, note
    other.close()


def _button(dialog: SyncConflictsDialog, words: str):
    (found,) = [s.button for s in dialog.sides if s.button.text() == words]
    return found


def test_keeping_the_other_text_resolves_here_and_on_the_other_computer(qtbot, window,
                                                                        desktop):
    other, _client, note = desktop
    dialog = open_conflicts(window)
    assert dialog is not None and dialog.model.total() == 1
    assert dialog.model.row_at(0).text == "Ada Byrne"
    assert [s.heading.text().split(",")[0] for s in dialog.sides] == [
        "This computer", "Computer B"]
    assert [s.text.toPlainText() for s in dialog.sides] == [TRAIN, HOME]  # as typed
    assert all(s.text.isReadOnly() for s in dialog.sides)
    assert notes.get(window.vault, note.id).body == TRAIN
    qtbot.mouseClick(_button(dialog, "Keep the other computer's text"), LEFT)
    assert notes.get(window.vault, note.id).body == HOME
    assert TRAIN in [r.body for r in notes.revisions(window.vault, note.id)[:-1]]
    assert dialog.model.total() == 0 and dialog.stack.is_empty()  # nothing left
    assert not dialog.comparison.isVisible()
    assert conflicts.count(other) == 1
    settle(window.vault, other)
    assert conflicts.count(other) == 0
    (row,) = other.read("SELECT body FROM notes")
    assert row[0] == HOME


def test_html_in_a_note_shows_as_the_characters_typed(qtbot, window, desktop):
    dialog = open_conflicts(window)
    shown = [s.text for s in dialog.sides]
    assert shown[1].toPlainText() == HOME
    # A plain-text view: the document holds the characters, not a bold run or a script.
    assert "<script>" in shown[1].document().toPlainText()
    assert not shown[1].document().toHtml().count("font-weight:700")


def test_the_notes_window_says_it_and_opens_the_choice_at_that_note(qtbot, window, desktop):
    _other, client, note = desktop
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.open_note(note.id)
    editor = page.editors[-1]
    (notice,) = editor.findChildren(ConflictNotice)
    assert notice.isVisible()
    qtbot.mouseClick(notice.button, LEFT)
    (dialog,) = [d for d in window.findChildren(SyncConflictsDialog) if d.isVisible()]
    assert dialog.chosen().note_id == note.id
    qtbot.mouseClick(_button(dialog, "Keep the other computer's text"), LEFT)
    assert editor.editor.toPlainText() == HOME  # the window shows the words kept
    assert not notice.isVisible()
    editor.close()
    dialog.close()

