"""The client's page as the coach's hub (issue 14), driven as a coach would: what it shows,
what it makes for this client, how it keeps current, what an empty tab says, and the
brief confirmation after a save; and the agreement page's checklist, signatures and PDF."""

from __future__ import annotations

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt

from coachdesk import agreements, clients, engagements, reports, sessions, settings, sponsors
from tests.pdftext import pdf_text
from ui import notice
from ui.models.records import BadgeRole, DetailRole, IdRole


def rows(model, role=Qt.ItemDataRole.DisplayRole):
    return [model.data(model.index(r, 0), role) for r in range(model.rowCount())]


def shown_notice(window):
    found = window.findChild(notice.SaveNotice)
    return found.text() if found is not None and found.isVisible() else ""


@pytest.fixture
def hub(window):
    """Maya, sponsored by Northwind (Dan Reyes, her manager, signs for it), with a held and a
    planned session; Jonas, another client of the same sponsor."""
    vault = window.vault
    settings.put(vault, "coach_name", "Sam Coach")
    maya = clients.add(vault, clients.ClientDraft("Maya Okafor", "she/her",
                                                  "maya@example.org", "+44 20 7946 0001"))
    jonas = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Northwind Ltd"))
    sponsors.add_contact(vault, sponsor.id, sponsors.ContactDraft("Dan Reyes", "Head of Sales"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        maya.id, "2026-01-05", "2099-12-20", sponsor.id, "Leadership coaching", 35000, "GBP",
        8, (engagements.GoalDraft("Lead the new team with confidence", "client_and_sponsor"),)))
    engagements.add(vault, engagements.EngagementDraft(jonas.id, "2026-01-05",
                                                       sponsor_id=sponsor.id))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-09T10:00", 90,
                                              status="held"))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2099-05-11T14:30", 60))
    window.open_client(maya.id)
    return window, maya, jonas, sponsor, engagement


def test_the_page_shows_contact_details_sessions_to_come_and_the_engagement(hub):
    window, _maya, _jonas, _sponsor, engagement = hub
    page = window.client_page
    assert page.contact.text() == "maya@example.org · +44 20 7946 0001"
    assert "Next session: " in page.timeline.text() and "2099, 14:30" in page.timeline.text()
    assert "Last held: " in page.timeline.text() and "Feb 2026, 10:00" in page.timeline.text()
    page.tabs.setCurrentWidget(page.engagements_view)
    assert rows(page.engagements_model) == ["Leadership coaching · Northwind Ltd"]
    detail = rows(page.engagements_model, DetailRole)[0]
    for part in ("2026-01-05 to 2099-12-20", "GBP\u00a0350.00 per session", "Sessions planned: 8",
                 "Lead the new team with confidence"):
        assert part in detail
    assert rows(page.engagements_model, BadgeRole) == ["Active"]
    assert rows(page.engagements_model, IdRole) == [engagement.id]


def test_an_engagement_is_edited_from_the_client_page_and_the_save_is_confirmed(qtbot, hub):
    window, maya, _jonas, _sponsor, engagement = hub
    page = window.client_page
    page.tabs.setCurrentWidget(page.engagements_view)
    page.engagements_view.setCurrentIndex(page.engagements_model.index(0, 0))
    page.edit_engagement_button.click()
    dialog = page.dialog
    assert dialog.windowTitle() == "Edit engagement" and dialog.title.text() == \
        "Leadership coaching"
    dialog.title.setText("Leadership coaching, second half")
    dialog.save()
    assert not dialog.isVisible()
    assert rows(page.engagements_model) == ["Leadership coaching, second half · Northwind Ltd"]
    assert engagements.get(window.vault, engagement.id).title == \
        "Leadership coaching, second half"
    assert shown_notice(window) == "Engagement saved."
    assert "Maya" not in shown_notice(window)  # no client's name where others may see it

    page.engagement_button.click()  # a second one: the same banner says it again
    page.dialog.title.setText("Career transition")
    page.dialog.save()
    assert rows(page.engagements_model)[0].startswith("Career transition")
    assert page.engagements_view.currentIndex().data(IdRole) == \
        engagements.for_client(window.vault, maya.id)[0].id
    assert len(window.findChildren(notice.SaveNotice)) == 1
    qtbot.waitUntil(lambda: shown_notice(window) == "",
                    timeout=notice.SHOWN_MS + notice.FADE_MS + 2000)  # it fades by itself


def test_a_confirmation_on_screen_is_gone_when_the_window_locks(hub):
    window, *_ = hub
    notice.saved(window.client_page, "Engagement saved.")
    assert shown_notice(window) == "Engagement saved."
    window.lock()
    assert shown_notice(window) == ""


def test_new_agreement_and_new_report_are_for_this_client_and_open_on_their_pages(hub):
    window, maya, jonas, _sponsor, engagement = hub
    page = window.client_page
    page.tabs.setCurrentWidget(page.agreements_view)
    page.agreement_button.click()
    dialog = page.dialog
    offered = [dialog.engagement.itemData(i) for i in range(dialog.engagement.count())]
    assert offered == [engagement.id]  # Maya's, not Jonas's
    dialog.save()
    made = agreements.for_client(window.vault, maya.id)
    assert len(made) == 1 and agreements.for_client(window.vault, jonas.id) == []
    assert rows(page.agreements_model) == [made[0].title]
    assert page.agreements_view.currentIndex().data(IdRole) == made[0].id
    assert shown_notice(window).startswith("Agreement drafted.")

    page.tabs.setCurrentWidget(page.reports_view)
    page.report_button.click()
    dialog = page.dialog
    offered = [dialog.engagement.itemData(i) for i in range(dialog.engagement.count())]
    assert offered == [engagement.id]
    dialog.purpose.setText("Mid-point report")
    dialog.save()
    report = reports.for_client(window.vault, maya.id)[0]
    assert rows(page.reports_model) == ["Mid-point report"]
    assert "For Northwind Ltd" in rows(page.reports_model, DetailRole)[0]
    assert shown_notice(window).startswith("Report started.")

    page.open_report_button.click()
    assert window.current_page_name() == "Reports"
    assert window.reports_page.report.id == report.id
    window.open_client(maya.id)
    page.tabs.setCurrentWidget(page.agreements_view)
    page.agreements_view.setCurrentIndex(page.agreements_model.index(0, 0))
    page.open_agreement_button.click()
    assert window.current_page_name() == "Agreements"
    assert window.agreements_page.agreement.id == made[0].id


def test_every_tab_follows_changes_made_elsewhere_in_the_app(hub, asked):
    window, maya, _jonas, sponsor, engagement = hub
    page = window.client_page
    # An agreement made, signed and activated on the Agreements page…
    window.go_to("Agreements")
    agreements_page = window.agreements_page
    agreements_page.new_agreement()
    dialog = agreements_page.dialog
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(engagement.id))
    dialog.save()
    for _ in range(3):
        agreements_page.record_signature()
        agreements_page.dialog.save()
    asked.set_next_answers(True)
    agreements_page.activate()
    assert agreements_page.agreement.status == "active"
    # …a report begun on the Reports page, and the sponsor renamed on the Sponsors page…
    reports.create(window.vault, reports.ReportDraft(engagement.id, "Quarterly", "2026-01-05",
                                                     "2026-03-31"))
    sponsors.update(window.vault, sponsor.id, sponsors.SponsorDraft("Northwind Group"))
    # …and back on the client's page, without opening her again, every tab is current.
    window.go_to("Clients")
    assert page.client.id == maya.id
    assert rows(page.agreements_model, BadgeRole) == ["Active"]
    assert rows(page.reports_model) == ["Quarterly"]
    assert rows(page.engagements_model) == ["Leadership coaching · Northwind Group"]
    # A change while the page is on screen shows at once.
    sessions.add(window.vault, sessions.SessionDraft(engagement.id, "2099-01-04T09:00", 60))
    assert len(rows(page.sessions_model)) == 3
    assert "Jan 2099, 09:00" in page.timeline.text()


def test_a_new_clients_tabs_say_what_belongs_there_and_the_next_step(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Robin Ellis"))
    window.open_client(client.id)
    page = window.client_page
    assert page.contact.text() == "No email or phone yet"
    assert page.timeline.text() == "No session planned · None held yet"
    views = [page.sessions_view, page.notes_view, page.engagements_view, page.goals_view,
             page.agreements_view, page.reports_view]
    for view in views:
        page.tabs.setCurrentWidget(view)
        empty = page.empty[view]
        assert empty.isVisible(), view.accessibleName()
        assert empty.words.text().startswith("No "), view.accessibleName()
    assert page.empty[page.notes_view].button.text() == "New note"
    assert not page.empty[page.reports_view].button.isVisible()  # no sponsor: no report
    assert "Reports go to a sponsor" in page.empty[page.reports_view].words.text()
    # Everything starts with an engagement: the sessions tab's next step makes one.
    page.tabs.setCurrentWidget(page.sessions_view)
    empty = page.empty[page.sessions_view]
    assert empty.button.text() == "New engagement…" and not page.plan_button.isEnabled()
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    page.dialog.title.setText("Career coaching")
    page.dialog.save()
    assert shown_notice(window) == "Engagement saved."
    assert not page.empty[page.engagements_view].isVisible()
    page.tabs.setCurrentWidget(page.sessions_view)
    assert empty.isVisible() and empty.button.text() == "Plan session…"
    assert page.empty[page.goals_view].button.text() == "Add goals…"
    assert page.empty[page.agreements_view].button.text() == "New agreement…"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    page.dialog.save()
    assert not empty.isVisible()
    assert rows(page.sessions_model, BadgeRole) == ["Planned"]
    assert shown_notice(window).startswith("Session planned for ")


# -- the agreement page, the signature and the PDF -------------------------------------------

@pytest.fixture
def three_party(hub):
    window, _maya, _jonas, _sponsor, engagement = hub
    draft = agreements.draft_for_engagement(window.vault, engagement.id, "Sam Coach")
    agreement = agreements.add(window.vault, replace(draft, sponsor_may_receive=("dates",)))
    window.go_to("Agreements")
    window.agreements_page.select(agreement.id)
    return window, agreement


def test_the_clause_checklist_wraps_and_a_clause_brings_the_words_to_it(three_party):
    window, agreement = three_party
    page = window.agreements_page
    limits = ("Named limits: illegal activity, court order or subpoena, risk of danger to "
              "self or others")
    assert limits in page.checklist.texts()  # whole, never cut short
    row = rows(page.checklist_model).index(limits)
    page.show_clause(row)
    cursor = page.text.textCursor()
    heading = next(c.heading for c in agreement.clauses if c.kind == "confidentiality_limits")
    assert cursor.selectedText() == heading
    first = page.text.firstVisibleBlock().text()
    assert first == heading  # at the top of the words on screen
    assert page.signatures.texts() == ["Coach: Sam Coach", "Client: Maya Okafor",
                                       "Sponsor: Northwind Ltd"]  # whole, never cut short


def test_the_sponsor_signs_through_a_person_who_is_named_in_the_pdf(three_party):
    window, agreement = three_party
    page = window.agreements_page
    for _ in range(2):  # the coach and the client first
        page.record_signature()
        page.dialog.save()
    page.record_signature()
    dialog = page.dialog
    assert dialog.party.currentData().role == "sponsor"
    assert dialog.signed_name.currentText() == "Dan Reyes"  # not "Northwind Ltd"
    assert "signed for Northwind Ltd" in dialog.for_whom.text()

    from ui.pdf import agreement_pdf

    unsigned = pdf_text(agreement_pdf(agreements.get(window.vault, agreement.id)))
    sponsor_part = unsigned[unsigned.index("Sponsor: Northwind Ltd", unsigned.index(
        "Signatures")):]
    assert "Name: ____" in sponsor_part and "Title: ____" in sponsor_part
    dialog.save()
    signed = pdf_text(agreement_pdf(agreements.get(window.vault, agreement.id)))
    assert "Signed for the sponsor by Dan Reyes on" in signed
