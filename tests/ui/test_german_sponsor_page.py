"""The Sponsors page in German at 1280x760 (found on the German tour of every page): its
three buttons beside the sponsor's name were squeezed until "Ansprechperson hinzufügen"
was cut at both ends, and the engagements it pays for showed ISO dates among German
words. Now a button that does not fit goes under the others, and the dates are German."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QPoint
from PySide6.QtWidgets import QPushButton

from coachdesk import clients, engagements, sponsors


def test_the_german_sponsor_page_shows_whole_buttons_and_german_dates(german, qtbot, window):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Nordlicht Versicherung AG"))
    client = clients.add(vault, clients.ClientDraft("Leila Rossi"))
    engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-10-21", "2027-04-21", sponsor.id, title="Führungscoaching",
        fee_cents=35000, planned_sessions=8, fee_basis="per_session"))
    window.showNormal()
    window.resize(1280, 760)
    qtbot.waitExposed(window)
    window.go_to("Sponsors")
    page = window.page("Sponsors")
    page.select(sponsor.id)
    qtbot.waitUntil(page.detail.isVisible)
    qtbot.wait(100)
    assert page.contact_button.text() == "An&sprechperson hinzufügen"  # German is loaded
    pane = page.detail.rect()
    for button in page.detail.findChildren(QPushButton):
        if not button.isVisible():
            continue
        corner = button.mapTo(page.detail, QPoint(0, 0))
        assert pane.contains(corner) and pane.contains(
            corner + QPoint(button.width() - 1, button.height() - 1)), button.text()
        words = button.text().replace("&", "")
        assert button.fontMetrics().horizontalAdvance(words) <= button.width() - 8, words
    detail = page.engagements_model.row_at(0).detail
    german_day = QLocale().toString(QDate(2026, 10, 21), QLocale.FormatType.ShortFormat)
    assert german_day in detail and "2026-10-21" not in detail, detail
