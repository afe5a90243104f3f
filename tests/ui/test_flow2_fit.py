"""The daily flow at 1280x760 (issue 14, second trial): the agreement page whole, with
every button inside the window and its words fitting; the session editor's sections
scrolling to the one being typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from coachdesk import agreements, clients, engagements, sponsors


@pytest.fixture(params=[1280, 1180])
def agreement_on_screen(request, window):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    client = clients.add(vault, clients.ClientDraft("Jordan Okafor"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching",
        fee_cents=35000, planned_sessions=8, fee_basis="per_session"))
    made = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                 "Maya Lindqvist"))
    window.showNormal()
    window.resize(request.param, 760)
    window.go_to("Agreements")
    window.agreements_page.select(made.id)
    return window


def test_every_button_on_the_agreement_page_is_whole_at_1280_and_1180(qtbot, agreement_on_screen):
    window = agreement_on_screen
    page = window.agreements_page
    qtbot.waitUntil(lambda: page.detail.isVisible())
    qtbot.wait(50)
    assert window.width() <= 1280 and window.height() <= 760  # nothing forces it wider
    assert page.detail.minimumSizeHint().width() <= page.detail.width()
    frame = window.rect()
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert len(shown) >= 5
    for button in shown:
        corner = button.mapTo(window, QPoint(0, 0))
        if button.parentWidget() is page.detail_scroll.widget():
            continue  # scrolled into view when needed
        assert frame.contains(corner) and frame.contains(
            corner + QPoint(button.width() - 1, button.height() - 1)), button.text()
        words = button.text().replace("&", "")
        assert button.fontMetrics().horizontalAdvance(words) <= button.width(), words
    # What scrolls is never cut at the side: it is no wider than the pane showing it.
    scroll = page.detail_scroll
    assert scroll.widget().width() <= scroll.viewport().width()
    for box in [*page.term_boxes.values(), page.terms_button]:
        right = box.mapTo(scroll.viewport(), QPoint(box.width(), 0)).x()
        assert right <= scroll.viewport().width(), box.text()


@pytest.mark.parametrize(("screen", "expected"), [
    ((1280, 760), (1280, 720)),     # a laptop: all of it
    ((1920, 1080), (1632, 936)),    # a large screen: most of it, not 1180x780
    ((1024, 700), (1024, 660)),     # smaller than the design: within the screen
])
def test_the_window_first_opens_at_a_size_that_uses_the_screen(screen, expected):
    from PySide6.QtCore import QSize

    from ui.widgets import within

    size = within(QSize(*screen), QSize(1180, 760))
    assert (size.width(), size.height()) == expected
