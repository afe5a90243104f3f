"""The Sponsors page: organisations, their people, and what each agreement allows them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coachdesk import agreements, clients, engagements, sponsors


def rows(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_create_a_sponsor_with_a_contact_from_the_keyboard(qtbot, window, asked):
    window.go_to("Sponsors")
    page = window.sponsors_page
    window.new_action.trigger()  # Ctrl+N on this page: a sponsor, not a client
    dialog = page.dialog
    assert dialog.windowTitle() == "New sponsor"
    dialog.save()
    assert dialog.message.text() == "The organisation's name cannot be empty."
    qtbot.keyClicks(dialog.edits["organisation"], "Nordlicht Versicherung AG")
    qtbot.keyClicks(dialog.edits["billing_name"], "Nordlicht Finance")
    dialog.save()
    assert rows(page.list_model) == ["Nordlicht Versicherung AG"]
    assert page.name.text() == "Nordlicht Versicherung AG" and page.detail.isVisible()
    page.contact_button.click()
    contact = page.dialog
    qtbot.keyClicks(contact.edits["name"], "Pat Weber")
    qtbot.keyClicks(contact.edits["role"], "HR business partner")
    contact.save()
    assert rows(page.contacts_model) == ["Pat Weber"]
    assert clients.count(window.vault) == 0


def test_a_sponsor_shows_what_each_agreement_lets_it_receive(qtbot, window):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme Robotics"))
    client = clients.add(vault, clients.ClientDraft("Ines Duarte"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching"))
    title, clauses = agreements.from_template("three_party", coach="Kim", client="Ines Duarte",
                                              sponsor="Acme Robotics")
    agreements.add(vault, agreements.AgreementDraft(
        client.id, "three_party", title, {"coach": "Kim", "client": "Ines Duarte",
                                          "sponsor": "Acme Robotics"},
        clauses, engagement_id=engagement.id, sponsor_id=sponsor.id))
    window.sponsors_page.refresh()
    window.go_to("Sponsors")
    page = window.sponsors_page
    page.select(sponsor.id)
    assert rows(page.engagements_model) == ["Ines Duarte"]
    page.engagements_view.setCurrentIndex(page.engagements_model.index(0, 0))
    text = page.allows.text()
    assert text.startswith("Three-party coaching agreement (Draft):")
    assert "never receives session notes" in text


def test_search_finds_a_sponsor_and_opens_it(qtbot, window):
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Kestrel Health Trust"))
    window.sponsors_page.refresh()
    window.search_action.trigger()
    qtbot.keyClicks(window.search_dialog.field, "kestrel")
    qtbot.waitUntil(lambda: len(window.search_dialog.hits) == 1)
    qtbot.keyClick(window.search_dialog.field, Qt.Key.Key_Return)
    assert window.current_page_name() == "Sponsors"
    assert window.sponsors_page.sponsor.id == sponsor.id


def test_lock_clears_the_sponsors_page(qtbot, window):
    sponsors.add(window.vault, sponsors.SponsorDraft("Blue Harbour Energy"))
    window.sponsors_page.refresh()
    window.go_to("Sponsors")
    window.sponsors_page.select(window.sponsors_page.list_model.id_at(0))
    window.lock()
    page = window.sponsors_page
    assert page.list_model.rowCount() == 0 and page.name.text() == "" and page.sponsor is None


def test_every_page_button_has_a_menu_entry_live_only_on_its_page(qtbot, window):
    menus = {m.title(): [a.text() for a in m.actions() if a.text()]
             for m in (a.menu() for a in window.menuBar().actions()) if m}
    assert menus["&Sponsors"] == ["&New sponsor…", "&Edit sponsor…", "Add &contact…"]
    assert menus["&Agreements"] == ["&New agreement…", "Edit &words…", "Record &signature…",
                                    "Make &active", "&Print to PDF for signing…"]
    sponsor_actions = window.page_actions["Sponsors"]
    window.go_to("Clients")
    assert not any(a.isEnabled() for a in sponsor_actions)
    window.go_to("Sponsors")
    assert all(a.isEnabled() for a in sponsor_actions)
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Acme"))
    window.sponsors_page.refresh()
    window.sponsors_page.select(sponsor.id)
    window.edit_action.trigger()  # Ctrl+E on the Sponsors page
    assert window.sponsors_page.dialog.windowTitle() == "Edit sponsor"
    window.sponsors_page.dialog.discard()
    window.lock()
    assert not any(a.isEnabled() for a in sponsor_actions)
