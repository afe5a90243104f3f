"""Sessions and notes as the coach meets them: the session-end summary, who may see a
note (in the editor and on a note row's menu), the stand-alone note, a refused save
that cannot be missed, and what an idle lock discarded."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk import clients, engagements, notes, sessions, tax_export
from ui.models.records import COACH_ONLY, MAY_REPORT, WITH_CLIENT, BadgeRole, IdRole


@pytest.fixture
def on_client(window):
    """The window on a client with a current engagement (a session can start now)."""
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    return window, page, client


def started_session(qtbot, page, minutes_ago: float):
    page.start_action.trigger()
    editor = page.editors[-1]
    editor._started = time.monotonic() - minutes_ago * 60  # the clock ran that long
    qtbot.keyClicks(editor.editor, "She named the first step herself.")
    return editor


def tax_rows(vault):
    today = date.today().isoformat()
    found = tax_export.rows(vault, today, today)
    return [dict(zip(tax_export.HEADER, row, strict=True)) for row in found]


def test_ending_a_session_shows_measured_and_planned_minutes_and_keeps_the_edited_ones(
        qtbot, on_client):
    window, page, _client = on_client
    editor = started_session(qtbot, page, minutes_ago=1.1)
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    summary = editor.summary
    qtbot.waitUntil(summary.isVisible)
    assert editor.isVisible()  # nothing is kept until the coach says so
    assert summary.measured.text() == "1 min"  # not the 60-minute default
    assert summary.planned.text() == "60 min"
    assert summary.minutes.value() == 1 and summary.held.isChecked()
    summary.minutes.setValue(50)  # started CoachDesk late: the coach corrects it
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    kept = sessions.get(window.vault, editor.session_id)
    assert (kept.status, kept.duration_minutes) == ("held", 50)
    rows = tax_rows(window.vault)
    assert [(r["minutes"], r["status"]) for r in rows] == [(50, "held")]
    assert notes.get(window.vault, editor.note.id).body == "She named the first step herself."


def test_a_missed_session_keeps_its_planned_minutes_and_back_returns_to_the_note(
        qtbot, on_client):
    window, page, _client = on_client
    editor = started_session(qtbot, page, minutes_ago=3)
    editor.close()
    summary = editor.summary
    qtbot.waitUntil(summary.isVisible)
    qtbot.mouseClick(summary.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not summary.isVisible())
    assert editor.isVisible() and page.editors == [editor]  # back at the note
    editor.close()
    summary = editor.summary
    qtbot.waitUntil(summary.isVisible)
    assert summary.minutes.value() == 3
    summary.missed.setChecked(True)
    assert not summary.minutes.isEnabled()
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    kept = sessions.get(window.vault, editor.session_id)
    assert (kept.status, kept.duration_minutes) == ("no_show", 60)
    assert [(r["minutes"], r["status"]) for r in tax_rows(window.vault)] == [(60, "no_show")]


def test_the_note_editor_offers_the_pills_three_words(qtbot, on_client):
    window, page, _client = on_client
    page.note_action.trigger()
    editor = page.editors[-1]
    choices = [editor.privacy.itemText(i) for i in range(editor.privacy.count())]
    assert choices == [COACH_ONLY, WITH_CLIENT, MAY_REPORT]
    assert editor.privacy.currentText() == COACH_ONLY  # the coach's own until shared
    qtbot.keyClicks(editor.editor, "A recap to send her")
    editor.privacy.setCurrentIndex(editor.privacy.findText(MAY_REPORT))
    assert notes.get(window.vault, editor.note.id).privacy == notes.MAY_REPORT
    model = page.notes_model
    qtbot.waitUntil(lambda: model.rowCount() == 1
                    and model.data(model.index(0, 0), BadgeRole) == MAY_REPORT)
    editor.privacy.setCurrentIndex(editor.privacy.findText(WITH_CLIENT))
    qtbot.waitUntil(lambda: model.data(model.index(0, 0), BadgeRole) == WITH_CLIENT)
    editor.close()


def test_a_note_rows_menu_opens_it_and_says_who_may_see_it(qtbot, on_client):
    window, page, client = on_client
    note = notes.add(window.vault, client.id, "Her words about the board")
    model = page.notes_model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert page.notes_view.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu
    menu = page.note_row_menu(model.data(model.index(0, 0), IdRole))
    choices = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert list(choices) == [COACH_ONLY, WITH_CLIENT, MAY_REPORT]
    assert choices[COACH_ONLY].isChecked()
    choices[MAY_REPORT].trigger()
    assert notes.get(window.vault, note.id).privacy == notes.MAY_REPORT
    qtbot.waitUntil(lambda: model.data(model.index(0, 0), BadgeRole) == MAY_REPORT)
    menu = page.note_row_menu(note.id)
    opened = next(a for a in menu.actions() if a.text() == "&Open")
    opened.trigger()
    editor = page.editors[-1]
    assert editor.note.id == note.id and editor.privacy.currentText() == MAY_REPORT
    # With the note open, the menu's choice goes through its editor: both agree.
    menu = page.note_row_menu(note.id)
    next(a for a in menu.actions() if a.text() == WITH_CLIENT).trigger()
    assert editor.privacy.currentText() == WITH_CLIENT
    assert notes.get(window.vault, note.id).privacy == notes.WITH_CLIENT
    editor.close()


def test_a_stand_alone_note_has_its_own_title_and_prompt(qtbot, on_client):
    _window, page, _client = on_client
    page.note_action.trigger()
    note = page.editors[-1]
    assert note.windowTitle() == "Note"
    assert note.editor.placeholderText().startswith("Write your note.")
    assert not note.timer_label.isVisible() and note.end_button.text() == "&Close"
    note.close()
    page.start_action.trigger()
    session = page.editors[-1]
    assert session.windowTitle() == "Session"
    assert session.editor.placeholderText().startswith("Write as you listen.")
    session.forget()


def test_a_refused_note_says_so_above_the_text_until_it_saves(qtbot, on_client):
    _window, page, _client = on_client
    page.note_action.trigger()
    editor = page.editors[-1]
    editor.show()
    qtbot.waitExposed(editor)
    editor.editor.setPlainText(("a long pasted transcript line " * 3 + "\n") * 190_000)
    assert not editor.save_now()
    assert editor.refusal.isVisible()
    assert editor.refusal.property("tone") == "problem"
    assert "16 MB" in editor.refusal.text() and "still here" in editor.refusal.text()
    assert editor.status.text() == "Not saved"
    editor.editor.setPlainText("short again")
    assert editor.save_now()
    assert not editor.refusal.isVisible()
    editor.close()


def test_an_idle_lock_says_after_unlocking_which_form_it_discarded(qtbot, on_client, asked):
    window, page, _client = on_client
    page.engagement_button.click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.title, "Leadership coaching")
    window.lock_when_idle()  # nobody asked: the form goes with the screen
    assert window.vault is None and not dialog.isVisible()
    asked.set_next_answers(True)
    window.unlock_page.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None)
    title, words = asked.shown[-1][:2]
    assert title == "Unsaved changes were discarded"
    assert "New engagement" in words


def test_a_lock_the_coach_confirmed_says_nothing_after(qtbot, on_client, asked):
    window, page, _client = on_client
    page.engagement_button.click()
    qtbot.keyClicks(page.dialog.title, "Leadership coaching")
    asked.set_next_answers(True)  # "Lock and discard"
    window.lock()
    shown = len(asked.shown)
    window.unlock_page.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None)
    assert len(asked.shown) == shown
    assert QApplication.activeModalWidget() is None
