"""The report flow as the coach uses it: the list says where each report really stands,
a new report's period follows the engagement, the item buttons stay where the pointer
is, counts read right in every PDF and screen (and a report the client approved in the
first wording still exports exactly those words), the page's title sits above its tabs,
and empty lists say what belongs there."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from coachdesk import approvals, disclosures, reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask, ops, pdf
from ui.dialogs.report import ReportDialog
from ui.dialogs.sponsor_request import RequestDialog

ON = "2026-05-01"


def one_session_report(vault, purpose="Progress report"):
    """A report on January alone: one session held, of 90 minutes."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, purpose, "2026-01-01", "2026-01-31",
        facts=("attendance", "dates", "hours")))
    return case, report


def export(vault, report, on="2026-05-01"):
    saved: list[bytes] = []
    disclosure = reports.export(vault, report.id, on=on, render=pdf.report_pdf,
                                save=saved.append)
    return disclosure, " ".join(pdf_text(saved[0]).split())


def test_the_sponsor_pdf_the_release_form_and_the_disclosure_say_one_session(vault):
    _case, report = one_session_report(vault)
    item = reports.write_item(vault, report.id, "She runs the weekly review herself.")
    status = reports.frame_status(vault, report.id, "2026-05-01")
    form = " ".join(pdf_text(pdf.release_form_pdf(
        frame=status.frame, passages=[(1, item.text)], printed_on="2026-05-01")).split())
    assert "Attendance: 1 session held" in form
    assert "Hours of coaching: 1 hour 30 minutes" in form
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    disclosure, text = export(vault, report)
    assert "Attendance: 1 session held" in text
    assert "Hours of coaching: 1 hour 30 minutes" in text
    assert "sessions held" not in text and "hours" not in text.replace("1 hour 30", "")
    assert "Attendance: 1 session held" in disclosure.facts.splitlines()


def approve_as_the_first_wording_did(vault, report, excerpt_ids, given_on="2026-04-20"):
    """What CoachDesk stored before plurals were handled: the frame in its first words."""
    now = reports.frame(vault, report)
    allowed = reports.allowed_facts(reports.agreement_for(vault, report))
    first = replace(now, facts=reports.facts(vault, report, allowed, reports.FirstWording()))
    assert first.sha256 != now.sha256  # the words did change
    approvals.record_round(vault, excerpt_ids, report.recipient, method="on_screen",
                           given_by="Maya Okafor", given_on=given_on,
                           purpose=first.purpose, report_id=report.id,
                           frame=first.as_approved(), client_id=report.client_id)
    return first


def test_a_report_approved_in_the_first_wording_exports_exactly_what_was_approved(vault):
    _case, report = one_session_report(vault)
    item = reports.write_item(vault, report.id, "She runs the weekly review herself.")
    first = approve_as_the_first_wording_did(vault, report, [item.id])
    assert [str(f) for f in first.facts] == ["Attendance: 1 sessions held",
                                             "Session dates: 2026-01-12",
                                             "Hours of coaching: 1.5 hours"]

    # Still approved, shown and printed as the client approved it: not worded again.
    status = reports.frame_status(vault, report.id, "2026-05-01")
    assert status.approved and status.frame == first
    disclosure, text = export(vault, report)
    assert "Attendance: 1 sessions held" in text and "1.5 hours" in text
    assert "She runs the weekly review herself." in text
    assert disclosure.facts.splitlines() == [str(f) for f in first.facts]

    # A real change to the report (its purpose) asks the client again, in today's words,
    # naming what changed.
    reports.update(vault, report.id, reports.ReportDraft(
        report.engagement_id, "End of engagement report", report.period_from,
        report.period_to, facts=report.facts))
    status = reports.frame_status(vault, report.id, "2026-05-02")
    assert not status.approved
    assert "the purpose (approved as “Progress report”" in status.reason
    assert "Attendance: 1 session held" in [str(f) for f in status.frame.facts]
    with pytest.raises(reports.ReportBlocked):
        export(vault, report, on="2026-05-02")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-02")
    _disclosure, text = export(vault, report, on="2026-05-02")
    assert "Attendance: 1 session held" in text and "1 hour 30 minutes" in text


def test_a_release_form_printed_in_the_first_wording_can_still_be_signed_and_recorded(
        vault):
    _case, report = one_session_report(vault)
    now = reports.frame(vault, report)
    allowed = reports.allowed_facts(reports.agreement_for(vault, report))
    first = replace(now, facts=reports.facts(vault, report, allowed, reports.FirstWording()))
    with vault.transaction() as conn:  # printed by the earlier version, then signed
        conn.execute("UPDATE reports SET printed_frame_sha256 = ? WHERE id = ?",
                     (first.sha256, report.id))
    assert reports.frame(vault, reports.get(vault, report.id)) == first  # as the form shows
    reports.approve(vault, report.id, [], method="written", given_by="Maya Okafor",
                    given_on="2026-05-01")
    disclosure, text = export(vault, report)
    assert "Attendance: 1 sessions held" in text  # the words on the form she signed
    assert disclosure.facts.splitlines() == [str(f) for f in first.facts]


def test_a_first_wording_approval_withdrawn_is_not_printed_again(vault):
    _case, report = one_session_report(vault)
    item = reports.write_item(vault, report.id, "She runs the weekly review herself.")
    approve_as_the_first_wording_did(vault, report, [item.id])
    [round_] = approvals.rounds_for_report(vault, report.id)
    approvals.revoke_round(vault, round_.id, "withdrawn by the client")
    status = reports.frame_status(vault, report.id, "2026-05-01")
    assert not status.approved
    assert "Attendance: 1 session held" in [str(f) for f in status.frame.facts]


# -- on screen ------------------------------------------------------------------------------
@pytest.fixture
def case(window):
    case = ethics_case(window.vault)
    window.open_vault(window.vault)  # pages see the new records
    return case


def badges(page) -> list[str]:
    model = page.list_model
    return [model.row_at(r).badge for r in range(model.rowCount())]


def test_the_list_says_where_each_report_really_stands(qtbot, window, case, tmp_path):
    vault = window.vault
    made = {}
    for purpose in ("Empty", "Partly approved", "Ready", "Sent"):
        made[purpose] = reports.create(vault, reports.ReportDraft(
            case.engagement.id, purpose, "2026-01-01", "2026-04-30"))
    ids = [reports.write_item(vault, made["Partly approved"].id, t).id
           for t in ("One.", "Two.", "Three.")]
    reports.approve(vault, made["Partly approved"].id, ids[:2], method="on_screen",
                    given_by="Maya Okafor", given_on=date.today().isoformat())
    for purpose in ("Ready", "Sent"):
        item = reports.write_item(vault, made[purpose].id, f"{purpose} words.")
        reports.approve(vault, made[purpose].id, [item.id], method="on_screen",
                        given_by="Maya Okafor", given_on=date.today().isoformat())
    window.go_to("Reports")
    page = window.reports_page
    page.select(made["Sent"].id)
    ask.set_next_paths(str(tmp_path / "sent.pdf"))
    page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)
    [sent] = disclosures.for_client(vault, case.client.id)
    rows = {page.list_model.row_at(r).text: page.list_model.row_at(r).badge
            for r in range(page.list_model.rowCount())}
    assert rows == {"Maya Okafor: Sent": f"Exported D-{sent.id:06d}",
                    "Maya Okafor: Ready": "Ready to export",
                    "Maya Okafor: Partly approved": "2 of 3 approved",
                    "Maya Okafor: Empty": "Nothing in it yet"}
    assert "Draft" not in badges(page)
    # The client strikes the third item: nothing waits any more, so it is ready.
    reports.strike_item(vault, made["Partly approved"].id, ids[2])
    qtbot.waitUntil(lambda: "2 of 3 approved" not in badges(page))
    row = next(page.list_model.row_at(r) for r in range(page.list_model.rowCount())
               if page.list_model.row_at(r).text.endswith("Partly approved"))
    assert row.badge == "Ready to export" and "1 struck by the client" in row.detail
    assert page.count.text() == "4 reports"


def test_a_new_report_covers_the_engagement_then_the_time_since_the_last(qtbot, window, case):
    window.go_to("Reports")
    page = window.reports_page
    page.new_button.click()
    dialog = page.dialog
    assert isinstance(dialog, ReportDialog)
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(case.engagement.id))
    today = QDate.currentDate()
    ends = QDate(2026, 12, 20)
    assert dialog.period_from.date() == QDate(2026, 1, 5)  # the engagement's first day
    assert dialog.period_to.date() == (today if today < ends else ends)
    dialog.purpose.setText("First quarter")
    dialog.period_to.setDate(QDate(2026, 3, 31))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    page.new_button.click()
    dialog = page.dialog
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(case.engagement.id))
    assert dialog.period_from.date() == QDate(2026, 4, 1)  # the day after the last one
    # To the manager, who has had no report yet: from the engagement's start again.
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(f"contact:{case.manager.id}"))
    assert dialog.period_from.date() == QDate(2026, 1, 5)
    dialog.discard()


def where(widget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_the_item_buttons_stay_put_whatever_the_page_says(qtbot, window, case):
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Mid-point progress report", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    reports.write_item(window.vault, report.id, "Maya now runs the weekly review herself.")
    window.go_to("Reports")
    page = window.reports_page
    page.select(report.id)
    QApplication.processEvents()
    buttons = [page.write_button, page.lift_button, page.strike_button, page.export_button]
    before = [where(b) for b in buttons]
    list_height, preview_height = page.items_view.height(), page.preview.height()

    page.export_button.click()  # refused: nothing is approved
    QApplication.processEvents()
    assert page.message.isVisible() and page.message.text().startswith("Not exported: ")
    assert "Maya now runs" not in page.message.text()  # the preview already says which
    assert "Maya now runs" in page.preview.toPlainText()
    assert [where(b) for b in buttons] == before
    assert (page.items_view.height(), page.preview.height()) == (list_height,
                                                                 preview_height)
    # The longest message this page says, and the frame's state changing, move nothing.
    page.message.show_message("Saved to " + "/a-long-folder" * 12 + "/release-form.pdf. "
                              "When it comes back signed, record the approval and attach "
                              "the scan.", done=True)
    QApplication.processEvents()
    assert [where(b) for b in buttons] == before
    assert page.items_view.height() == list_height


def test_counts_read_right_in_review_mode_and_the_disclosure_log(qtbot, window, case,
                                                                 tmp_path):
    vault = window.vault
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "January", "2026-01-01", "2026-01-31",
        facts=("attendance", "hours")))
    item = reports.write_item(vault, report.id, "She runs the weekly review herself.")
    window.go_to("Reports")
    page = window.reports_page
    page.select(report.id)
    page.review_button.click()
    screen = window.review_screen
    shown = screen.frame_card.lines.text()
    assert "Attendance: 1 session held" in shown
    assert "Hours of coaching: 1 hour 30 minutes" in shown
    screen.cards[0].approve_button.click()
    ask.set_next_answers(True)
    screen.leave_button.click()
    ask.set_next_paths(str(tmp_path / "january.pdf"))
    page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)
    assert reports.standing(vault, report.id, date.today().isoformat()).ready
    page.tabs.setCurrentIndex(1)
    page.disclosures_view.setCurrentIndex(page.disclosures_model.index(0))
    log = page.disclosure_text.toPlainText()
    assert "Attendance: 1 session held" in log and "1 hour 30 minutes" in log
    assert "The exact words sent (1 passage):" in log
    assert item.text in log
    assert page.disclosures_count.text() == "1 disclosure"


def test_the_page_title_sits_above_its_tabs(window, case):
    window.go_to("Reports")
    page = window.reports_page
    QApplication.processEvents()
    title = next(label for label in page.findChildren(type(page.filter_label))
                 if label.objectName() == "pageHeading" and label.text() == "Reports")
    assert title.isVisible()
    assert where(title).y() + title.height() <= where(page.tabs.tabBar()).y()


def test_empty_lists_say_what_belongs_there_and_offer_the_next_step(qtbot, window):
    window.go_to("Reports")
    page = window.reports_page
    QApplication.processEvents()
    assert page.empty.isVisible()
    assert "No reports yet" in page.empty.words.text()
    assert page.empty.geometry() == page.list_view.viewport().rect()  # over the list
    label = page.empty.words  # every line of its words shows, none cut in half
    assert label.height() >= label.heightForWidth(label.width()) > label.fontMetrics().height()
    page.tabs.setCurrentIndex(2)
    QApplication.processEvents()
    assert page.requests_empty.isVisible()
    assert "No sponsor requests logged" in page.requests_empty.words.text()
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    assert page.disclosures_empty.isVisible()
    # The next step is one click away.
    page.tabs.setCurrentIndex(2)
    page.requests_empty.findChild(type(page.new_button)).click()
    assert isinstance(page.dialog, RequestDialog)
    page.dialog.discard()
    page.tabs.setCurrentIndex(0)
    page.empty.findChild(type(page.new_button)).click()
    assert isinstance(page.dialog, ReportDialog)
    page.dialog.discard()
    # Once there is a report, the list shows it and says nothing more.
    case = ethics_case(window.vault)
    reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30"))
    qtbot.waitUntil(lambda: page.list_model.rowCount() == 1)
    assert not page.empty.isVisible()
