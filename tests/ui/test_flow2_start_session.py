"""Start session with a session planned this week offers that one or a new one; a session
started by mistake, with nothing written, can be discarded at its end, and the audit log
keeps that it was (issue 14, second trial)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk import audit, clients, engagements, sessions
from ui import ask


@pytest.fixture
def on_client(window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, (date.today() - timedelta(days=30)).isoformat()))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    return window, page, client, engagement


def planned_in(vault, engagement, days: int) -> sessions.Session:
    moment = datetime.combine(date.today() + timedelta(days=days), datetime.min.time())
    return sessions.add(vault, sessions.SessionDraft(
        engagement.id, moment.replace(hour=10).isoformat(timespec="minutes"), 60))


def client_sessions(vault, engagement) -> list[sessions.Session]:
    return sessions.for_engagement(vault, engagement.id)


def close_editor(qtbot, page, editor):
    editor.close()
    qtbot.waitUntil(lambda: editor.summary is not None and editor.summary.isVisible())
    return editor.summary


def test_the_planned_session_is_offered_and_starts_now(qtbot, on_client):
    window, page, _client, engagement = on_client
    planned = planned_in(window.vault, engagement, 3)
    ask.set_next_choices(0)  # "Start the planned session"
    page.start_action.trigger()
    assert ask.shown[-1][0] == "Start session" and "planned for" in ask.shown[-1][1]
    editor = page.editors[-1]
    assert editor.session_id == planned.id
    started = sessions.get(window.vault, planned.id)
    assert started.status == "held" and started.starts_at[:10] == date.today().isoformat()
    assert len(client_sessions(window.vault, engagement)) == 1  # none added beside it
    summary = close_editor(qtbot, page, editor)
    assert not summary.mistake.isVisible()  # a planned session is not discarded
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)


def test_a_new_session_leaves_the_planned_one_planned(qtbot, on_client):
    window, page, _client, engagement = on_client
    planned = planned_in(window.vault, engagement, 3)
    ask.set_next_choices(1)  # "Start a new session"
    page.start_action.trigger()
    editor = page.editors[-1]
    assert editor.session_id != planned.id
    assert sessions.get(window.vault, planned.id).status == "planned"
    summary = close_editor(qtbot, page, editor)
    # Nothing written, a moment ago: it may go, and goes only when the coach says so.
    assert summary.mistake.isVisible()
    summary.mistake.setChecked(True)
    assert not summary.minutes.isEnabled()
    gone = editor.session_id
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    assert [s.id for s in client_sessions(window.vault, engagement)] == [planned.id]
    assert [e.action for e in audit.entries(window.vault, "session", gone)][-1] == \
        "session.discarded"


def test_cancel_starts_nothing(qtbot, on_client):
    window, page, _client, engagement = on_client
    planned_in(window.vault, engagement, 2)
    ask.set_next_choices(None)
    page.start_action.trigger()
    assert not page.editors
    assert [s.status for s in client_sessions(window.vault, engagement)] == ["planned"]


def test_written_words_are_never_discarded(qtbot, on_client, vault):
    window, page, _client, engagement = on_client
    page.start_action.trigger()  # nothing planned: a new session, no question
    editor = page.editors[-1]
    qtbot.keyClicks(editor.editor, "She named the real worry at last.")
    assert editor.save_now()
    summary = close_editor(qtbot, page, editor)
    assert not summary.mistake.isVisible()
    with pytest.raises(Exception, match="written"):
        sessions.discard_started(window.vault, editor.session_id)
    qtbot.mouseClick(summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    assert len(client_sessions(window.vault, engagement)) == 1
