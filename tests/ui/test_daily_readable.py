"""Long words read whole at 1280x760: a report's title in the Reports list, the report's
items with room for several, and an engagement's package row on the client page. What a
row shows is what its delegate draws, recorded as it paints."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from coachdesk import clients, engagements, reports, sessions
from tests.cases import ethics_case


class Recording(QPainter):
    """A painter that keeps the words drawn through it, in order."""

    def __init__(self, image: QImage) -> None:
        super().__init__(image)
        self.words: list[str] = []
        self.places: list = []

    def drawText(self, *args) -> None:
        self.words.append(args[-1])
        self.places.append(args[0])
        super().drawText(*args)


def drawn(view, row: int) -> list[str]:
    """The words a list row shows, as its delegate paints them at its place on screen."""
    index = view.model().index(row, 0)
    option = QStyleOptionViewItem()
    option.initFrom(view.viewport())
    option.rect = view.visualRect(index)
    option.font = view.font()
    image = QImage(view.viewport().size(), QImage.Format.Format_ARGB32)
    painter = Recording(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    # Inside its own row: never over the next one.
    assert all(option.rect.contains(place) for place in painter.places), (
        option.rect, painter.places)
    return painter.words


def reads_whole(words: list[str], text: str) -> bool:
    """Every word, none cut short (lines break between words, or after a hyphen)."""
    return not any("…" in w for w in words) and "".join("".join(words).split()) == "".join(
        text.split())


@pytest.fixture
def at_1280(window):
    window.showNormal()
    window.resize(1280, 760)
    return window


def test_a_long_report_title_reads_whole_and_the_items_have_room(qtbot, at_1280):
    window = at_1280
    case = ethics_case(window.vault)
    purpose = "Mid-engagement progress report for the leadership board"
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, purpose, "2026-01-01", "2026-04-30"))
    for words in ("Runs the weekly review herself.", "Asks for feedback earlier.",
                  "Attended every planned session.", "Chose the next step herself."):
        reports.write_item(window.vault, report.id, words)
    window.open_vault(window.vault)
    window.go_to("Reports")
    page = window.reports_page
    qtbot.wait(200)  # the list laid out at the width it has before a report is open
    page.select(report.id)
    qtbot.waitUntil(lambda: page.items_view.isVisible() and page.list_view.width() < 400)
    qtbot.wait(200)  # and again at the width it has beside the report
    window.resize(1920, 1080)  # the coach makes the window larger, then small again
    qtbot.wait(200)
    window.resize(1280, 760)
    qtbot.wait(200)
    row = page.list_model.row_of(report.id)
    words = drawn(page.list_view, row)
    title = f"Maya Okafor: {purpose}"
    assert reads_whole(words[1:-1], title), words  # between the pill and the period
    # Three items at least, whole, without scrolling.
    item_height = page.items_view.sizeHintForRow(0)
    assert page.items_view.viewport().height() >= 3 * item_height


def test_the_package_row_on_the_client_page_reads_whole(qtbot, at_1280):
    window = at_1280
    vault = window.vault
    today = date.today()
    client = clients.add(vault, clients.ClientDraft("Nadia Petrova"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, (today - timedelta(days=60)).isoformat(),
        (today + timedelta(days=60)).isoformat(), title="Career transition package",
        fee_cents=90000, currency="EUR", planned_sessions=6, fee_basis="package",
        package_expires_on=(today + timedelta(days=21)).isoformat(), package_missed_counts=True,
        goals=(engagements.GoalDraft("Choose the next role with a clear head", "client"),)))
    for days in (-50, -36, -22, -8):
        sessions.add(vault, sessions.SessionDraft(
            engagement.id, f"{(today + timedelta(days=days)).isoformat()}T11:00", 60,
            status="held"))
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.engagements_view)
    qtbot.waitUntil(page.engagements_view.isVisible)
    row = page.engagements_model.row_at(0)
    assert "Package: 4 of 6 used" in row.detail and "Choose the next role" in row.detail
    words = drawn(page.engagements_view, 0)
    assert reads_whole(words[2:], row.detail), words  # after the pill and the title
