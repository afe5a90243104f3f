"""A save's notice never covers a page nor moves its buttons: in the main window it sits
in the status bar's strip (issue 14, second trial: after Print for signing a notice
pushed Make active up, and "Saved." sat over words and buttons)."""

from __future__ import annotations

import pytest

from coachdesk import agreements, clients, engagements, sponsors
from ui import ask, notice, ops


@pytest.fixture
def agreement_page(window):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    client = clients.add(vault, clients.ClientDraft("Jordan Okafor"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching",
        fee_cents=35000, planned_sessions=8, fee_basis="per_session"))
    made = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                 "Maya Lindqvist"))
    window.showNormal()
    window.resize(1280, 760)
    window.go_to("Agreements")
    window.agreements_page.select(made.id)
    return window


def places(page) -> dict[str, object]:
    return {b.text(): b.mapTo(page.window(), b.rect().topLeft())
            for b in (page.pdf_button, page.words_button, page.sign_button,
                      page.activate_button)}


def test_print_for_signing_moves_no_button_and_its_notice_covers_nothing(
        qtbot, agreement_page, tmp_path):
    window = agreement_page
    page = window.agreements_page
    qtbot.waitUntil(page.activate_button.isVisible)
    qtbot.wait(50)
    before = places(page)
    ask.set_next_paths(str(tmp_path / "for-signing.pdf"))
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    banner = notice.notice_for(page)
    qtbot.waitUntil(banner.isVisible)
    qtbot.wait(50)
    assert "This printing is recorded" in banner.text()
    assert places(page) == before  # Make active is where the coach's mouse is
    # In the status bar's strip, over no page at all, and its words whole on one line.
    assert not banner.geometry().intersects(window.centralWidget().geometry())
    assert window.statusBar().geometry().contains(banner.geometry().center())
    assert banner.fontMetrics().horizontalAdvance(banner.text()) <= banner.contentsRect().width()
    assert banner.height() <= window.statusBar().height()


def test_a_refusal_on_the_agreement_page_moves_no_button(qtbot, agreement_page):
    window = agreement_page
    page = window.agreements_page
    qtbot.waitUntil(page.activate_button.isVisible)
    qtbot.wait(50)
    before = places(page)
    page.message.show_message("Needs every clause and every signature first.")
    qtbot.wait(50)
    assert places(page) == before


def test_the_notice_leaves_the_saved_files_buttons_uncovered(qtbot, agreement_page, tmp_path):
    from ui.exporting import SavedNotice

    window = agreement_page
    page = window.agreements_page
    qtbot.waitUntil(page.pdf_button.isVisible)
    ask.set_next_paths(str(tmp_path / "for-signing.pdf"))
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    banner = notice.notice_for(page)
    qtbot.waitUntil(banner.isVisible)
    offered = window.statusBar().findChildren(SavedNotice)
    assert offered and offered[0].isVisible()
    qtbot.wait(50)
    place = offered[0].geometry().translated(window.statusBar().pos())
    assert not banner.geometry().intersects(place)
