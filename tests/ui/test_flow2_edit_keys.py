"""Ctrl+E on the client's page edits what is chosen there: the session chosen on her
Sessions tab (as on the Sessions page), else the client; F2 edits the client anywhere on
her page; File → Edit… says which (issue 14, second trial)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk import clients, engagements, sessions
from ui.dialogs.session_edit import SessionEditDialog
from ui.models.records import IdRole


def test_ctrl_e_edits_the_chosen_session_and_f2_the_client(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    held = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-02T09:00", 60,
                                                     "", None, "held"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    qtbot.waitUntil(lambda: page.client is not None)
    # On her Notes tab, Ctrl+E edits the client.
    page.tabs.setCurrentWidget(page.notes_view)
    qtbot.waitUntil(lambda: window.menu_actions.edit.text() == "&Edit client…")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.clients_page.dialog is not None)
    assert not isinstance(window.clients_page.dialog, SessionEditDialog)
    window.clients_page.dialog.discard()
    qtbot.waitUntil(lambda: window.clients_page.dialog is None)
    # On her Sessions tab with a session chosen, it edits that session.
    page.tabs.setCurrentWidget(page.sessions_view)
    model = page.sessions_view.model()
    qtbot.waitUntil(lambda: model.rowCount() >= 1)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(IdRole) == held.id)
    page.sessions_view.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.menu_actions.edit.text() == "&Edit session…")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(page.dialog, SessionEditDialog))
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None)
    # F2 edits the client, whichever tab is showing.
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: window.clients_page.dialog is not None)
    assert not isinstance(window.clients_page.dialog, SessionEditDialog)
    window.clients_page.dialog.discard()
