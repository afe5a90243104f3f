"""The holes in the daily flow, driven as the coach meets them: a session cut short by a
lock or Quit (kept held as measured, named after unlocking with its summary offered),
Edit session… from the client's Sessions tab and the Sessions page, the Sessions page
opening on today's week, and File → New…/Edit… naming what they make on each page."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from coachdesk import audit, clients, engagements, notes, sessions, tax_export
from ui import money
from ui.dialogs import session_end
from ui.dialogs.session_edit import SessionEditDialog
from ui.dialogs.session_end import SessionEndDialog
from ui.models.records import DetailRole, IdRole

NOTE = "She named the first step herself."


@pytest.fixture
def on_client(window):
    """The window on a client with a current engagement at GBP 150.00 a session."""
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", fee_cents=15000, currency="GBP"))
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    session_end.CUT_SHORT_BY_LOCK.clear()
    return window, page, client, engagement


def started_session(qtbot, page, minutes_ago: float):
    page.start_action.trigger()
    editor = page.editors[-1]
    editor._started = time.monotonic() - minutes_ago * 60  # the clock ran that long
    qtbot.keyClicks(editor.editor, NOTE)
    return editor


def notice_text(window) -> str:
    from ui.notice import notice_for

    return notice_for(window).text()


def note_bodies(vault, session_id: int) -> list[str]:
    return [notes.get(vault, i).body for i in notes.ids_for_session(vault, session_id)]


def tax_rows(vault, day: str | None = None):
    day = day or date.today().isoformat()
    return [(row[1], row[5]) for row in tax_export.rows(vault, day, day)]


def an_hour_ago() -> str:
    """A moment already past (a held session cannot lie ahead)."""
    return (datetime.now() - timedelta(hours=1)).isoformat(timespec="minutes")


def unlock(qtbot, window) -> None:
    window.unlock_page.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=20_000)


def summary_of(qtbot, window) -> SessionEndDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(SessionEndDialog)),
                    timeout=20_000)
    return next(d for d in window.findChildren(SessionEndDialog) if d.isVisible())


# -- a session cut short -----------------------------------------------------------------
def test_a_real_idle_lock_mid_session_keeps_it_held_as_measured_and_offers_the_summary(
        qtbot, on_client, asked):
    window, page, client, _engagement = on_client
    editor = started_session(qtbot, page, minutes_ago=22.9)  # 23 min unless the lock took 36 s
    session_id = editor.session_id
    window.idle.set_interval_ms(300)  # the coach only listens: nobody touches the laptop
    qtbot.waitUntil(lambda: window.vault is None, timeout=20_000)
    assert not page.editors and not (isValid(editor) and editor.isVisible())  # all gone
    asked.set_next_answers(True)  # "Review the session…"
    unlock(qtbot, window)
    qtbot.waitUntil(lambda: bool(asked.shown) and asked.shown[-1][0] == "A session was cut short",
                    timeout=20_000)
    words = asked.shown[-1][1]
    assert "CoachDesk locked at" in words and client.name in words
    assert "kept as held for 23 min" in words and "planned: 60 min" in words
    # Kept before anything was asked: held, as measured, the note saved.
    kept = sessions.get(window.vault, session_id)
    assert (kept.status, kept.duration_minutes) == ("held", 23)
    assert note_bodies(window.vault, session_id) == [NOTE]
    summary = summary_of(qtbot, window)
    assert summary.measured.text() == "23 min" and summary.planned.text() == "60 min"
    assert summary.cancel_button.text() == "&Leave it as it is"
    summary.minutes.setValue(45)  # the coach opened CoachDesk late into the call
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not summary.isVisible())
    assert tax_rows(window.vault) == [(45, "held")]
    # Offered once: the next lock and unlock say nothing of it.
    shown = len(asked.shown)
    window.lock_action.trigger()
    unlock(qtbot, window)
    qtbot.wait(50)
    assert len(asked.shown) == shown
    assert sessions.cut_short_sessions(window.vault) == []


def test_ctrl_l_mid_session_then_missed_brings_back_the_planned_minutes(
        qtbot, on_client, asked):
    window, page, _client, _engagement = on_client
    editor = started_session(qtbot, page, minutes_ago=3.9)
    session_id = editor.session_id
    window.lock_action.trigger()  # Ctrl+L: the note saves itself, nothing to ask
    assert window.vault is None
    asked.set_next_answers(True)
    unlock(qtbot, window)
    summary = summary_of(qtbot, window)
    summary.missed.setChecked(True)  # the client never joined; the coach waited
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not summary.isVisible())
    kept = sessions.get(window.vault, session_id)
    assert (kept.status, kept.duration_minutes) == ("no_show", 60)


def test_a_lock_while_the_offered_summary_is_open_takes_it_away(qtbot, on_client, asked):
    window, page, _client, _engagement = on_client
    editor = started_session(qtbot, page, minutes_ago=6.9)
    session_id = editor.session_id
    window.lock_when_idle()
    asked.set_next_answers(True)
    unlock(qtbot, window)
    summary = summary_of(qtbot, window)
    window.lock_when_idle()  # the coach walked away from the question
    assert not (isValid(summary) and summary.isVisible())
    unlock(qtbot, window)
    qtbot.wait(50)
    assert asked.shown[-1][0] == "A session was cut short" and len(asked.shown) == 1
    kept = sessions.get(window.vault, session_id)
    assert (kept.status, kept.duration_minutes) == ("held", 7)


def test_quit_mid_session_is_named_at_the_next_start(qtbot, on_client, asked, location):
    from ui.main_window import MainWindow

    window, page, client, _engagement = on_client
    editor = started_session(qtbot, page, minutes_ago=11.9)
    session_id = editor.session_id
    window.close()  # Quit (SIGTERM ends CoachDesk the same way)
    assert window.vault is None and not (isValid(editor) and editor.isVisible())
    session_end.CUT_SHORT_BY_LOCK.clear()  # a new run of CoachDesk knows of no lock
    again = MainWindow(location)
    qtbot.addWidget(again)
    again.show()
    asked.set_next_answers(False)  # "Keep it as it is"
    unlock(qtbot, again)
    qtbot.waitUntil(lambda: bool(asked.shown) and asked.shown[-1][0] == "A session was cut short",
                    timeout=20_000)
    words = asked.shown[-1][1]
    assert "CoachDesk was closed at" in words and client.name in words
    assert "12 min" in words
    kept = sessions.get(again.vault, session_id)
    assert (kept.status, kept.duration_minutes) == ("held", 12)
    assert note_bodies(again.vault, session_id) == [NOTE]
    assert sessions.cut_short_sessions(again.vault) == []
    assert not any(d.isVisible() for d in again.findChildren(SessionEndDialog))
    again.close()


def test_a_note_without_a_session_is_closed_by_a_lock_with_nothing_to_offer(
        qtbot, on_client, asked):
    window, page, _client, _engagement = on_client
    page.note_action.trigger()
    qtbot.keyClicks(page.editors[-1].editor, "A thought between sessions.")
    window.lock_when_idle()
    unlock(qtbot, window)
    qtbot.wait(50)
    assert asked.shown == []
    assert sessions.cut_short_sessions(window.vault) == []


# -- Edit session… -------------------------------------------------------------------------
def test_edit_session_from_the_client_page_corrects_a_held_sessions_minutes(
        qtbot, on_client, asked):
    window, page, _client, engagement = on_client
    vault = window.vault
    held = sessions.add(vault, sessions.SessionDraft(
        engagement.id, an_hour_ago(), 60, "", None, "held"))
    page.tabs.setCurrentWidget(page.sessions_view)
    assert page.edit_session_button.isVisible()
    assert not page.edit_session_button.isEnabled()  # nothing chosen yet
    page.show_session(held.id)
    assert page.edit_session_button.isEnabled()
    qtbot.mouseClick(page.edit_session_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert isinstance(dialog, SessionEditDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.fee.text() == money.amount(15000, "GBP")  # "£150.00" in en_GB
    assert "150" in dialog.fee.text()
    assert dialog.status.currentData() == "held"
    assert [dialog.status.itemText(i) for i in range(dialog.status.count())] == [
        "Planned", "Held", "Missed (the client did not come)", "Cancelled"]
    dialog.minutes.setValue(35)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sessions.get(vault, held.id).duration_minutes == 35
    assert tax_rows(vault, held.starts_at[:10]) == [(35, "held")]
    # Recorded like any write, and the row says it at once (a change notice).
    assert any(e.action == "session.edited" and e.record_id == held.id
               for e in audit.entries(vault))
    row = page.sessions_model.row_of(held.id)
    assert "35 min" in page.sessions_model.index(row).data()
    assert notice_text(window) == "Session saved."


def test_a_held_session_in_the_future_is_refused_with_what_to_change(qtbot, on_client):
    window, page, _client, engagement = on_client
    ahead = (date.today() + timedelta(days=3)).isoformat()
    planned = sessions.add(window.vault, sessions.SessionDraft(
        engagement.id, f"{ahead}T10:00", 60))
    page.edit_session(planned.id)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.status.setCurrentIndex(dialog.status.findData("held"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "already happened" in dialog.message.text()
    assert sessions.get(window.vault, planned.id).status == "planned"
    dialog.status.setCurrentIndex(dialog.status.findData("cancelled"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sessions.get(window.vault, planned.id).status == "cancelled"


def test_edit_session_from_the_sessions_page(qtbot, on_client):
    window, _page, _client, engagement = on_client
    held = sessions.add(window.vault, sessions.SessionDraft(
        engagement.id, an_hour_ago(), 50, "", None, "held"))
    window.go_to("Sessions")
    page = window.sessions_page
    assert page.view.currentIndex().data(IdRole) == held.id  # today's, chosen
    assert window.edit_action.text() == "&Edit session…"
    window.edit_action.trigger()  # Ctrl+E
    dialog = page.dialog
    assert isinstance(dialog, SessionEditDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.minutes.setValue(55)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sessions.get(window.vault, held.id).duration_minutes == 55
    row = page.model.row_of(held.id)
    assert "55 min" in page.model.index(row).data(DetailRole)


# -- the Sessions page opens on today ----------------------------------------------------
def test_the_sessions_page_opens_on_today_with_the_weeks_sessions_in_view(
        qtbot, on_client):
    window, _page, _client, engagement = on_client
    window.resize(1280, 760)
    today = date.today()
    monday = today - timedelta(days=today.weekday())
    drafts = []
    for weeks in range(-30, 30):  # weekly, half a year back and half a year ahead
        day = monday + timedelta(weeks=weeks, days=2)
        status = "held" if day < today else "planned"
        drafts.append(sessions.SessionDraft(engagement.id, f"{day}T10:00", 60, "", None,
                                            status))
    drafts.append(sessions.SessionDraft(engagement.id, f"{today}T16:00", 60))
    sessions.add_many(window.vault, drafts)
    todays = sessions.newest_before(window.vault, (today + timedelta(days=1)).isoformat())
    weeks_last = sessions.newest_before(window.vault,
                                        (monday + timedelta(days=7)).isoformat())
    window.go_to("Sessions")
    page = window.sessions_page
    qtbot.waitUntil(lambda: page.view.currentIndex().data(IdRole) == todays)
    top = page.view.indexAt(QPoint(4, 4)).data(IdRole)
    assert top == weeks_last  # not the session planned half a year ahead
    shown = sessions.get(window.vault, top).starts_at
    assert datetime.fromisoformat(shown).date() < monday + timedelta(days=7)
    viewport = page.view.viewport().rect()
    assert viewport.contains(page.view.visualRect(page.view.currentIndex()))


# -- File → New… and Edit… say what they make --------------------------------------------
@pytest.mark.parametrize(("page", "new", "edit"), [
    ("Today", "&New client…", "&Edit client…"),
    ("Clients", "&New client…", "&Edit client…"),
    ("Sponsors", "&New sponsor…", "&Edit sponsor…"),
    ("Agreements", "&New agreement…", "&Edit words…"),
    ("Sessions", "&New client…", "&Edit session…"),
    ("Reports", "&New report…", "&Edit report details…"),
    ("Settings", "&New client…", "&Edit client…"),
])
def test_the_file_menu_names_what_new_and_edit_make_on_each_page(qtbot, window, page, new,
                                                                   edit):
    qtbot.waitUntil(lambda: bool(window.menu_actions.vault_menus))  # menus built
    window.go_to(page)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    texts = [a.text() for a in file_menu.actions()]
    assert texts[:2] == [new, edit]
    assert "&New…" not in texts and "&Edit…" not in texts
    assert QApplication.activeModalWidget() is None
