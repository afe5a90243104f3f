"""On screen: the client approves the report as it will be sent, not only its words.

A coach changes the purpose after the client approved: the builder names what
changed, the export is refused, review mode shows the report again with what
changed, and once the client approves it again the PDF carries the new purpose.
A report of session facts alone is approved by its own button. An agreement
from before terms existed offers the terms as checkboxes and asks every party
to sign again.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk import agreements, approvals, disclosures, reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask, notice, ops


@pytest.fixture
def case(window):
    case = ethics_case(window.vault)
    window.open_vault(window.vault)  # pages see the new records
    return case


def new_report(window, case, facts=("attendance",)):
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Mid-point progress report", "2026-01-01", "2026-04-30",
        facts=facts))
    window.go_to("Reports")
    window.reports_page.refresh()
    window.reports_page.select(report.id)
    return report


def review(window):
    window.reports_page.review_button.click()
    return window.review_screen


def leave(window) -> None:
    ask.set_next_answers(True)
    window.review_screen.leave_button.click()


def test_a_purpose_changed_after_approval_is_shown_and_approved_again(qtbot, window, case,
                                                                    tmp_path):
    vault, page = window.vault, window.reports_page
    report = new_report(window, case)
    reports.write_item(vault, report.id, "Maya leads the weekly review.")
    page.refresh()
    page.select(report.id)
    screen = review(window)
    assert not screen.frame_card.status.approved
    screen.cards[0].approve_button.click()
    assert screen.frame_card.status.approved  # approving the words approved the frame
    assert "You approved the report as shown here." in screen.frame_card.state.text()
    leave(window)
    assert "approved by the client as it will be sent" in page.frame_state.text()
    assert "each passage below has its own approval" in page.frame_state.text()

    # The coach changes the purpose afterwards.
    page.details_button.click()
    page.dialog.purpose.setText("Mid-point report, and her plans to leave")
    page.dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "the purpose (approved as “Mid-point progress report”" in page.frame_state.text()
    page.export_button.click()  # refused before a file is even asked for
    assert page.message.text().startswith("Not exported:")
    assert "the purpose (approved as" in page.preview.toPlainText()
    assert disclosures.for_client(vault, case.client.id) == []

    # The client sees what changed, approves the report and the passage again.
    screen = review(window)
    assert "changed since you approved it" in screen.frame_card.state.text()
    assert "Mid-point progress report" not in screen.frame_card.state.text()  # coach's words
    assert "Purpose: Mid-point report, and her plans to leave" in screen.frame_card.lines.text()
    assert screen.cards[0].item.state == reports.REFRAMED
    screen.frame_card.approve_button.click()
    screen.cards[0].approve_button.click()
    assert screen.cards[0].item.state == reports.APPROVED
    leave(window)
    target = tmp_path / "report.pdf"
    ask.set_next_paths(str(target))
    page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    [disclosure] = disclosures.for_client(vault, case.client.id)
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Mid-point report, and her plans to leave" in text
    assert "Mid-point progress report" not in text
    assert disclosure.purpose == "Mid-point report, and her plans to leave"


def test_a_report_of_facts_alone_is_approved_as_shown(qtbot, window, case, tmp_path):
    report = new_report(window, case, facts=("attendance", "hours"))
    screen = review(window)
    assert screen.cards == []
    shown = screen.frame_card.lines.text()
    assert "Attendance: 3 sessions held, 1 cancelled, 1 missed" in shown
    assert "Hours of coaching: 4 hours 30 minutes" in shown
    screen.given_by.setText("Maya Okafor")
    screen.frame_card.approve_button.click()
    assert screen.frame_card.status.approved
    assert "approved" in screen.message.text()
    leave(window)
    target = tmp_path / "facts.pdf"
    ask.set_next_paths(str(target))
    window.reports_page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    text = pdf_text(target.read_bytes())
    assert "4 hours 30 minutes" in text and "Mid-point progress report" in text
    [round_] = approvals.rounds_for_report(window.vault, report.id)
    assert round_.frame_sha256 == reports.frame(window.vault, report).sha256
    # Later the client withdraws it: the coach records that, and nothing more goes.
    page = window.reports_page
    ask.set_next_answers(True)
    page.revoke_report_button.click()
    assert page.message.text() == "Recorded: the client withdrew the report."
    assert "withdrew the approval of the report" in page.frame_state.text()
    page.export_button.click()
    assert page.message.text().startswith("Not exported:")
    assert "withdrew the approval of the report" in page.preview.toPlainText()
    assert len(disclosures.for_client(window.vault, case.client.id)) == 1


def test_unconfirmed_terms_are_chosen_on_the_agreement_page(qtbot, window, case):
    vault = window.vault
    with vault.transaction() as conn:  # as the migration leaves an older agreement
        conn.execute("UPDATE agreements SET sponsor_may_receive = NULL")
    window.go_to("Agreements")
    page = window.agreements_page
    page.refresh()
    page.select(case.agreement.id)
    assert "Not confirmed yet, so reports send the sponsor nothing" in (
        page.terms_note.text())
    assert "every party then signs again" in page.terms_note.text()
    assert all(box.isEnabled() and not box.isChecked() for box in page.term_boxes.values())
    page.term_boxes["attendance"].setChecked(True)
    page.term_boxes["progress"].setChecked(True)
    ask.set_next_answers(False)  # the coach thinks again
    page.terms_button.click()
    assert agreements.get(vault, case.agreement.id).sponsor_may_receive is None
    ask.set_next_answers(True)
    page.terms_button.click()
    confirmed = agreements.get(vault, case.agreement.id)
    assert confirmed.sponsor_may_receive == ("attendance", "progress")
    assert confirmed.status == "awaiting_signatures" and confirmed.signatures == ()
    assert "The sponsor may receive only: attendance" in page.text.toPlainText()
    assert notice.notice_for(page).text() == "Saved what the sponsor may receive."
    # Signed again, the choices are frozen on screen too.
    for role, name in (("coach", "Sam Coach"), ("client", "Maya Okafor"),
                       ("sponsor", "Dan Reyes")):
        agreements.record_signature(vault, confirmed.id, role, name, "2026-05-01",
                                    "handwritten")
    page.select(confirmed.id)
    page.show_agreement(confirmed.id)
    assert not any(box.isEnabled() for box in page.term_boxes.values())
    assert not page.terms_button.isVisible()
    assert "make a new agreement" in page.terms_note.text()
