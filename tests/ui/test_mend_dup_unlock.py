"""After unlocking, the coach is back where she was when the vault locked: the page, and
the record chosen on it (a report, a client's page), not an emptied page or the client list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from coachdesk import reports
from tests.cases import ethics_case


def lock_and_unlock(qtbot, window) -> None:
    window.lock()
    assert window.screens.currentWidget() is window.unlock_page
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)


def test_locked_on_a_report_the_coach_unlocks_onto_that_report(qtbot, window):
    case = ethics_case(window.vault)
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress for the sponsor", "2026-01-01", "2026-03-31"))
    window.go_to("Reports")
    window.reports_page.select(report.id)
    assert window.reports_page.report.id == report.id
    lock_and_unlock(qtbot, window)
    assert window.current_page_name() == "Reports"
    assert window.sidebar.currentItem().text() == "Reports"
    page = window.reports_page
    assert page.report is not None and page.report.id == report.id
    assert page.title.text() == "Report for Northwind Ltd"


def test_locked_on_a_clients_page_the_coach_unlocks_onto_that_client(qtbot, window):
    case = ethics_case(window.vault)
    window.show_client(case.client.id)
    lock_and_unlock(qtbot, window)
    assert window.current_page_name() == "Clients"
    assert window.clients_section.currentWidget() is window.client_page
    assert window.client_page.client.name == "Maya Okafor"
    # Once back, the next lock and unlock start afresh from where she is then.
    window.show_client_list()
    lock_and_unlock(qtbot, window)
    assert window.clients_section.currentWidget() is window.clients_page


def test_locked_on_the_sessions_page_the_chosen_session_is_chosen_again(qtbot, window):
    from ui.models.records import IdRole

    ethics_case(window.vault)
    window.go_to("Sessions")
    page = window.sessions_page
    qtbot.waitUntil(lambda: page.view.model().rowCount() >= 6)
    chosen = page.view.model().index(2, 0).data(IdRole)
    assert page.select(chosen)
    lock_and_unlock(qtbot, window)
    assert window.current_page_name() == "Sessions"
    assert page.view.currentIndex().data(IdRole) == chosen
