"""A lock closes the vault whatever an open page fails at: a note that cannot be saved
because of a fault (not a refusal) is counted as lost, never left on screen with the
vault open behind a window that believes it is locked."""

from __future__ import annotations

from coachdesk import clients, notes


def test_an_idle_lock_closes_the_vault_even_when_saving_a_note_fails(
        qtbot, window, monkeypatch):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.new_note()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.editor, "What she said about the move")

    def broken_save(*_args, **_kwargs):
        raise RuntimeError("a fault, not a refusal")

    monkeypatch.setattr(notes, "add", broken_save)
    monkeypatch.setattr(notes, "save", broken_save)
    window.lock_when_idle()

    assert window.vault is None and not vault.is_open
    assert window.screens.currentWidget() is window.unlock_page
    assert not editor.isVisible() and editor.editor.toPlainText() == ""
    assert window.lost_notes == 1
