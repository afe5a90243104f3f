"""Every save says so, briefly: a client added, a sponsor or contact saved, a note's
readers changed from its row menu (a new coach's trial found these saved silently)."""

from __future__ import annotations

from coachdesk import clients, notes
from ui import notice
from ui.models.records import MAY_REPORT


def shown_notice(window) -> str:
    found = window.findChild(notice.SaveNotice)
    return found.text() if found is not None and found.isVisible() else ""


def test_adding_a_client_says_it_was_added(qtbot, window):
    window.go_to("Clients")
    page = window.clients_page
    page.add_client()
    dialog = page.dialog
    qtbot.keyClicks(dialog.field("name"), "Maya Okafor")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: shown_notice(window) == "Client added.")


def test_saving_a_sponsor_says_so(qtbot, window):
    window.go_to("Sponsors")
    page = window.sponsors_page
    page.add_sponsor()
    dialog = page.dialog
    qtbot.keyClicks(dialog.field("organisation"), "Northwind Ltd")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: shown_notice(window) == "Saved.")


def test_changing_who_may_see_a_note_from_its_row_says_so(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Noor Haddad"))
    note = notes.add(window.vault, client.id, "Her words about the board")
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    menu = page.note_row_menu(note.id)
    next(a for a in menu.actions() if a.text() == MAY_REPORT).trigger()
    qtbot.waitUntil(lambda: shown_notice(window) == f"Who may see the note: {MAY_REPORT}")
