"""In a language 40% longer than English (``COACHDESK_PSEUDO=long``) the sponsor-requests
tab and the agreement page wrap their words at 1280 pixels (and 1180): their panes scroll up and
down, never sideways (a sideways scroll bar hid the end of every heading and answer)."""

from __future__ import annotations

import pytest
from agreement_setup import three_party_agreement
from PySide6.QtWidgets import QScrollArea, QWidget

from coachdesk import sponsor_requests
from tests.cases import ethics_case
from ui import translations


def too_wide(area: QScrollArea) -> list[str]:
    """What the pane would have to scroll sideways for: its contents wider than it, and
    the parts that ask for more width than it has."""
    room = area.viewport().width()
    found = []
    if area.widget().width() > room or area.horizontalScrollBar().isVisible():
        found.append(f"the pane: {area.widget().width()} px in {room}")
    for part in area.widget().findChildren(QWidget):
        if part.isVisible() and part.minimumSizeHint().width() > room:
            words = getattr(part, "text", lambda: "")()
            found.append(f"{type(part).__name__} {words!r} needs "
                         f"{part.minimumSizeHint().width()} px")
    return found


@pytest.fixture(params=[1280, 1180])
def width(request) -> int:
    return request.param


def at_width(window, qtbot, width: int) -> None:
    window.showNormal()
    window.resize(width, 760)
    qtbot.waitExposed(window)


def test_the_sponsor_request_tab_wraps_instead_of_scrolling_sideways(pseudo_long, qtbot,
                                                                      window, width):
    case = ethics_case(window.vault)
    request = sponsor_requests.log(window.vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-03-02", "email",
        "Please send me a full report of what Maya has said in the sessions so far.",
        contact_id=case.manager.id, engagement_id=case.engagement.id, full_record=True))
    at_width(window, qtbot, width)
    window.go_to("Reports")
    page = window.reports_page
    page.tabs.setCurrentIndex(2)
    page.show_request(request.id)
    qtbot.waitUntil(page.request_text.isVisible)
    qtbot.wait(100)
    assert page.log_button.text() == translations.pseudo_text("&Log a request…")
    assert page.refusal_text.isVisible()
    [area] = [a for a in page.request_detail.findChildren(QScrollArea) if a.isVisible()]
    assert too_wide(area) == []
    assert window.width() <= width


def test_the_agreement_page_wraps_instead_of_scrolling_sideways(pseudo_long, qtbot, window,
                                                                 width):
    made = three_party_agreement(window.vault)
    at_width(window, qtbot, width)
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(made.id)
    qtbot.waitUntil(page.detail.isVisible)
    qtbot.wait(100)
    assert too_wide(page.detail_scroll) == []
    assert window.width() <= width
