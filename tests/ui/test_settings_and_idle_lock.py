"""Settings are kept at once; the theme switches live; an idle CoachDesk locks itself."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from coachdesk import clients, engagements, notes, sessions, settings
from ui import theme


def test_settings_are_saved_as_they_change(qtbot, window):
    window.go_to("Settings")
    page = window.settings_page
    page.idle.setValue(15)
    page.session_minutes.setValue(50)
    page.fee.setValue(150)
    page.currency.setText("chf")
    page.currency.editingFinished.emit()
    page.coach.setText("Kim Coach")
    page.coach.editingFinished.emit()
    vault = window.vault
    assert [settings.get(vault, k) for k in ("idle_lock_minutes", "default_session_minutes",
                                             "default_fee_cents", "currency", "coach_name")] \
        == ["15", "50", "15000", "CHF", "Kim Coach"]
    assert window.idle.timer.interval() == 15 * 60_000 and window.idle.timer.isActive()


def test_the_default_session_length_is_used_when_a_session_starts(qtbot, window):
    vault = window.vault
    settings.put(vault, "default_session_minutes", "45")
    client = clients.add(vault, clients.ClientDraft("Ana"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01"))
    window.open_client(client.id)
    window.client_page.full_screen_editor = False
    window.client_page.start_action.trigger()
    started = sessions.get(vault, sessions.ids_for_client(vault, client.id)[0])
    assert started.duration_minutes == 45
    window.client_page.editors[-1].close()


def test_dark_theme_switches_live_and_back(qtbot, window):
    window.go_to("Settings")
    page = window.settings_page
    app = QApplication.instance()
    page.theme.setCurrentIndex(page.theme.findData("dark"))
    assert theme.is_dark() and "#161B1A" in app.styleSheet()
    assert app.palette().window().color().name().upper() == "#161B1A"
    window.grab()  # every page paints in the dark theme without error
    page.theme.setCurrentIndex(page.theme.findData("light"))
    assert not theme.is_dark() and "#FAFBFA" in app.styleSheet()


def test_an_idle_coachdesk_locks_itself_and_keeps_the_open_note(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Ana"))
    window.open_client(client.id)
    window.client_page.full_screen_editor = False
    window.client_page.note_action.trigger()
    editor = window.client_page.editors[-1]
    editor.editor.insertPlainText("typed, then the coach walked away")
    window.idle.set_interval_ms(150)
    qtbot.waitUntil(lambda: window.vault is None, timeout=3000)
    assert window.screens.currentWidget() is window.unlock_page
    assert window.client_page.editors == []
    assert not vault.is_open
    reopened = window.unlock_page
    reopened.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None)
    bodies = [n.body for n in notes.get_many(
        window.vault, notes.ids_for_client(window.vault, client.id)).values()]
    assert bodies == ["typed, then the coach walked away"]
