"""The client page's "Last held" line follows a session the coach ends on the session
screen, without reopening the client: one started and ended within the minute, and one
planned for later today that the coach started early."""

from __future__ import annotations

import time
from datetime import date

import pytest
from PySide6.QtCore import Qt

from coachdesk import clients, engagements, sessions
from ui.models.records import when


@pytest.fixture
def on_client(window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-02T09:00", 60,
                                              status="held"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    return window, page, engagement


def end_on_the_session_screen(qtbot, page, minutes: float) -> int:
    """Start, write, End session, Keep: as the coach does. Returns the session's id."""
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    editor = page.editors[-1]
    editor._started = time.monotonic() - minutes * 60  # the clock ran that long
    qtbot.keyClicks(editor.editor, "She named the first step herself.")
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    return editor.session_id


def test_a_session_ended_within_its_minute_is_the_last_held(qtbot, on_client):
    window, page, _engagement = on_client
    assert "Last held: Mon 02 Feb 2026, 09:00" in page.timeline.text()
    session_id = end_on_the_session_screen(qtbot, page, minutes=0.2)
    kept = sessions.get(window.vault, session_id)
    assert kept.status == "held" and kept.starts_at[:10] == date.today().isoformat()
    assert window.clients_section.currentWidget() is page  # never reopened
    qtbot.waitUntil(lambda: f"Last held: {when(kept.starts_at)}" in page.timeline.text())


def test_a_session_planned_for_later_today_and_started_early_is_the_last_held(
        qtbot, on_client):
    window, page, engagement = on_client
    later = f"{date.today().isoformat()}T23:59"
    planned = sessions.add(window.vault, sessions.SessionDraft(engagement.id, later, 60))
    qtbot.waitUntil(lambda: f"Next session: {when(later)}" in page.timeline.text())
    assert end_on_the_session_screen(qtbot, page, minutes=40) == planned.id
    qtbot.waitUntil(lambda: f"Last held: {when(later)}" in page.timeline.text())
    assert "No session planned" in page.timeline.text()
