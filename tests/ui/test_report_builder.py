"""The ethics case on screen, as a coach would work it.

Dan Reyes (Northwind, the sponsor) asks for "a full report of what Maya said".
The coach logs the request, reads the agreement's clause beside it, answers
"co-create a report with the client", drafts the report (one item written,
one lifted from a shared note), reviews it with Maya on screen (she approves
one, changes and approves another, strikes a third), exports the PDF, and
finds the disclosure in Maya's log. Review mode shows nothing but this report.
"""

from __future__ import annotations

import stat
from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit

from coachdesk import disclosures, excerpts, exports, reports, sponsor_requests
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask, ops


@pytest.fixture
def case(window):
    case = ethics_case(window.vault)
    window.open_vault(window.vault)  # pages see the new records
    return case


def save(dialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def visible_text(widget) -> str:
    """Every piece of text a person could read on screen inside ``widget``."""
    parts = []
    for kind in (QLabel, QLineEdit, QPlainTextEdit, QAbstractButton):
        for child in widget.findChildren(kind):
            if not child.isVisibleTo(widget):
                continue
            text = child.toPlainText() if isinstance(child, QPlainTextEdit) else child.text()
            parts.append(text)
    return "\n".join(parts)


def test_the_ethics_case_from_request_to_disclosure(qtbot, window, case, tmp_path):
    vault = window.vault
    page = window.reports_page

    # 1. The sponsor's demand, logged from the sponsor's page.
    window.go_to("Sponsors")
    window.sponsors_page.select(case.sponsor.id)
    window.sponsors_page.shared_button.click()
    assert window.current_page_name() == "Reports"
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Sponsor requests"
    assert page.filter_label.text() == "Showing Northwind Ltd only"
    page.log_button.click()
    dialog = page.dialog
    dialog.contact.setCurrentIndex(dialog.contact.findData(case.manager.id))
    dialog.channel.setCurrentIndex(dialog.channel.findData("email"))
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(case.engagement.id))
    dialog.asked_for.setPlainText("Send me a full report of what Maya has said in coaching, "
                                  "or we stop paying for it.")
    dialog.full_record.setChecked(True)
    save(dialog)
    assert page.request_detail.isVisible()
    assert "full report of what Maya has said" in page.request_text.text()
    assert page.refusal_text.isVisible() and "strictest confidence" in page.refusal_text.text()
    assert "never receives session notes" in page.clause_text.text()
    co_create = next(b for b in page.responses.buttons()
                     if b.property("response") == "co_create")
    co_create.setChecked(True)
    page.response_note.setPlainText("Explained confidentiality; offered a report Maya "
                                     "co-creates.")
    page.respond_button.click()
    [request] = sponsor_requests.for_sponsor(vault, case.sponsor.id)
    assert request.response == "co_create" and request.client_id == case.client.id

    # 2. A new report to Dan, framed by what the agreement allows.
    page.show_only()
    page.tabs.setCurrentIndex(0)
    page.new_button.click()
    dialog = page.dialog
    dialog.engagement.setCurrentIndex(dialog.engagement.findData(case.engagement.id))
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(f"contact:{case.manager.id}"))
    dialog.purpose.setText("Mid-point progress report")
    dialog.period_from.setDate(date(2026, 1, 1))
    dialog.period_to.setDate(date(2026, 4, 30))
    assert dialog.clause.text().startswith("The sponsor may receive only: attendance")
    assert all(box.isEnabled() for box in dialog.facts.values())
    save(dialog)
    assert page.title.text() == "Report for Dan Reyes, Northwind Ltd"

    # 3. One item written fresh, one lifted from a shared note (private notes not offered).
    page.write_button.click()
    page.dialog.words.setPlainText("Maya now runs the weekly team review herself.")
    save(page.dialog)
    page.lift_button.click()
    lift = page.dialog
    offered = [lift.notes.itemData(i) for i in range(lift.notes.count())]
    assert offered == [case.shared_note.id]  # not the private note, not Jonas's
    cursor = lift.note.textCursor()
    start = case.shared_note.body.index("asks for feedback earlier")
    cursor.setPosition(start)
    cursor.setPosition(start + len("asks for feedback earlier"), cursor.MoveMode.KeepAnchor)
    lift.note.setTextCursor(cursor)
    lift.use_button.click()
    assert lift.words.toPlainText() == "asks for feedback earlier"
    lift.words.setPlainText("She asks her team for feedback earlier.")
    save(lift)
    page.write_button.click()
    page.dialog.words.setPlainText("She is thinking about leaving the company.")
    save(page.dialog)
    states = [page.items_model.row_at(r).badge for r in range(page.items_model.rowCount())]
    assert states == ["Draft", "Draft", "Draft"]
    assert "Nothing can leave yet" in page.preview.toPlainText()

    # Export before the client approved: refused; the preview names each item, and the
    # refusal points there instead of saying it all again.
    page.export_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    assert "Item 1 “Maya now runs the weekly team review herself.”" in page.preview.toPlainText()
    assert "Item 3 “She is thinking about leaving" in page.preview.toPlainText()
    assert page.message.text().startswith("Not exported:")
    assert "Maya" not in page.message.text()
    assert page.message.property("tone") == "problem"
    assert disclosures.for_client(vault, case.client.id) == []

    # 4. Client review mode: only this report, large, nothing else.
    page.review_button.click()
    review = window.review_screen
    assert window.screens.currentWidget() is review
    assert not window.menuBar().isVisible() and not window.sidebar.isVisible()
    on_screen = visible_text(window)
    for item_text in ("Maya now runs the weekly team review herself.",
                      "She asks her team for feedback earlier.",
                      "She is thinking about leaving the company."):
        assert item_text in on_screen
    for never in ("Jonas", "JONAS-SECRET", "PRIVATE", "marriage", "We talked about her team",
                  "Today", "Clients", "Sponsors"):
        assert never not in on_screen, never
    assert review.given_by.text() == "Maya Okafor"
    # The client sees the report around the passages exactly as it will print.
    sent = reports.facts_to_send(vault, review.report.id)
    shown = review.frame_card.lines.text()
    assert sent and all(f"{f.label}: {f.value}" in shown for f in sent)
    assert "For: Dan Reyes, Northwind Ltd" in shown
    assert "Purpose: Mid-point progress report" in shown
    assert "Period: 2026-01-01 to 2026-04-30" in shown
    assert review.cards[0].words.font().pointSizeF() >= 16
    assert window.windowTitle() == "CoachDesk"
    # Navigation shortcuts do nothing while the client is looking.
    window.go_to("Clients")
    window.search_everything()
    assert window.screens.currentWidget() is review and window.search_dialog is None
    assert not any(a.isEnabled() for a in window.page_actions["Reports"])  # Reports menu too
    assert window.lock_action.isEnabled()

    review.cards[0].approve_button.click()
    second = review.cards[1]
    second.change_button.click()
    second.editor.setPlainText("She now asks her team for feedback earlier in each project.")
    second.save_button.click()
    review.cards[1].approve_button.click()
    review.cards[2].strike_button.click()
    assert [c.item.state for c in review.cards] == [reports.APPROVED, reports.APPROVED,
                                                    reports.STRUCK]

    # Leaving is the coach's deliberate act.
    ask.set_next_answers(False)
    review.leave_button.click()
    assert window.screens.currentWidget() is review
    ask.set_next_answers(True)
    review.leave_button.click()
    assert window.screens.currentWidget() is window.workspace
    assert window.menuBar().isVisible() and window.current_page_name() == "Reports"
    assert all(a.isEnabled() for a in window.page_actions["Reports"])
    assert review.cards == [] and "Maya" not in visible_text(review)
    assert page.message.text() == ""  # the refusal spoke of items as they were before

    # 5. Preview shows exactly what would leave; export writes the PDF and the disclosure.
    preview = page.preview.toPlainText()
    assert "She now asks her team for feedback earlier in each project." in preview
    assert "leaving the company" not in preview
    target = tmp_path / "report for Dan.pdf"
    ask.set_next_paths(str(target))
    page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    [disclosure] = disclosures.for_client(vault, case.client.id)
    assert f"Disclosure D-{disclosure.id:06d} is recorded" in page.message.text()
    # The name offered is the report's own and today's, never the client's (the next
    # client's report would not overwrite this one).
    _title, suggested = ask.shown[-1]
    assert suggested == f"report-R{page.report.id:06d}-{date.today().isoformat()}.pdf"
    assert case.client.name.split()[0] not in suggested
    assert page.message.property("tone") == "done"  # green: done, not a warning
    text = pdf_text(target.read_bytes())
    assert "Maya now runs the weekly team review herself." in text
    assert "She now asks her team for feedback earlier in each project." in text
    assert "leaving the company" not in text and "PRIVATE" not in text and "JONAS" not in text
    assert "Dan Reyes, Northwind Ltd" in text and f"D-{disclosure.id:06d}" in text
    assert [e.file_sha256 for e in exports.for_record(vault, "disclosure", disclosure.id)] == [
        disclosure.file_sha256]

    # 6. The disclosure in Maya's log, reached from her page.
    window.show_client(case.client.id)
    window.client_page.shared_button.click()
    assert window.current_page_name() == "Reports"
    assert page.filter_label.text() == "Showing Maya Okafor only"
    assert page.disclosures_model.rowCount() == 1
    page.disclosures_view.setCurrentIndex(page.disclosures_model.index(0, 0))
    log = page.disclosure_text.toPlainText()
    assert "To: Dan Reyes, Northwind Ltd" in log and disclosure.file_sha256 in log
    assert "1. Maya now runs the weekly team review herself." in log
    assert "Session facts sent (as the agreement allows):" in log
    assert all(f"{f.label}: {f.value}" in log for f in sent)


def test_lock_during_review_clears_it_and_unlock_returns_to_the_desk(qtbot, window, case):
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    reports.write_item(window.vault, report.id, "Words for the sponsor.")
    window.go_to("Reports")
    window.reports_page.select(report.id)
    window.reports_page.review_button.click()
    vault = window.vault
    window.lock_action.trigger()
    assert window.screens.currentWidget() is window.unlock_page
    assert "Words for the sponsor." not in visible_text(window.review_screen)
    assert window.menuBar().isVisible() and not window.in_review
    assert window.reports_page.report is None
    del vault


def test_a_huge_or_foreign_evidence_file_is_refused_in_words(qtbot, window, case, tmp_path):
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    reports.write_item(window.vault, report.id, "Words.")
    page = window.reports_page
    window.go_to("Reports")
    page.select(report.id)
    ask.set_next_paths(str(tmp_path / "release.pdf"))
    page.form_button.click()  # the form the client signs, whose scan comes back
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    for name, data, expected in (
            ("scan.docx", b"PK\x03\x04 a word file", "is not a PDF or an image"),
            ("huge.pdf", b"%PDF-" + bytes(21 * 1024 * 1024), "at most 20 MB")):
        path = tmp_path / name
        path.write_bytes(data)
        page.approval_button.click()
        dialog = page.dialog
        ask.set_next_paths(str(path))
        dialog.evidence_button.click()
        save(dialog)
        assert expected in dialog.message.text()
        assert dialog.isVisible()  # nothing lost: the dialog stays with what was chosen
        assert reports.items(window.vault, report.id, "2026-05-01")[0].state == \
            reports.AWAITING
        dialog.discard()
    path = tmp_path / "signed.pdf"
    path.write_bytes(b"%PDF-1.7 signed form")
    page.approval_button.click()
    dialog = page.dialog
    ask.set_next_paths(str(path))
    dialog.evidence_button.click()
    dialog.method.setCurrentIndex(dialog.method.findData("written"))
    save(dialog)
    [item] = reports.items(window.vault, report.id, date.today().isoformat())
    assert item.state == reports.APPROVED and item.consent.method == "written"


def test_an_export_that_cannot_be_written_records_nothing(qtbot, window, case, tmp_path):
    vault = window.vault
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    item = reports.write_item(vault, report.id, "<script>alert(1)</script> as typed")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    window.go_to("Reports")
    window.reports_page.select(report.id)
    out = tmp_path / "exports"
    out.mkdir()
    missing = out / "no such folder" / "report.pdf"
    ask.set_next_paths(str(missing))
    window.reports_page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    assert "could not write" in window.reports_page.message.text()
    assert "Nothing was exported" in window.reports_page.message.text()
    assert disclosures.for_client(vault, case.client.id) == []
    assert list(out.iterdir()) == []  # no partial file left behind
    target = out / "report.pdf"
    ask.set_next_paths(str(target))
    window.reports_page.export_button.click()
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    assert "<script>alert(1)</script> as typed" in pdf_text(target.read_bytes())
    assert [p.name for p in out.iterdir()] == ["report.pdf"]
    assert len(disclosures.for_client(vault, case.client.id)) == 1


def test_release_form_receipt_legal_export_and_packet_from_the_screens(qtbot, window, case,
                                                                       tmp_path):
    vault = window.vault
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    first = reports.write_item(vault, report.id, "Maya leads the weekly review.")
    page = window.reports_page
    window.go_to("Reports")
    page.select(report.id)

    form = tmp_path / "release.pdf"
    ask.set_next_paths(str(form))
    page.form_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    text = pdf_text(form.read_bytes())
    assert "Maya leads the weekly review." in text and "Signature: ____" in text
    assert stat.S_IMODE(form.stat().st_mode) == 0o600  # owner-only, like the vault
    assert page.items_model.row_at(0).badge == "Awaiting the client"
    assert [e.kind for e in exports.for_record(vault, "report", report.id)] == ["release_form"]
    # The form prints a words code per passage; the approval dialog shows the same code.
    code = excerpts.words_code(first.text_sha256)
    assert f"Passage 1 · words code {code}" in " ".join(text.split())

    # A second passage, printed, then edited: the signed form cannot approve it.
    second = reports.write_item(vault, report.id, "Maya delegates the budget.")
    page.show_report(report.id)  # written outside the page: shown again
    ask.set_next_paths(str(tmp_path / "release-2.pdf"))
    page.form_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    reports.edit_item(vault, report.id, second.id, "Maya delegates the budget and hiring.")
    page.approval_button.click()
    boxes = dict((e, box) for box, e in page.dialog.checks)
    assert code in boxes[first.id].text()
    assert not boxes[second.id].isEnabled() and not boxes[second.id].isChecked()
    assert page.dialog._unsigned[second.id].isVisibleTo(page.dialog)
    page.dialog.method.setCurrentIndex(page.dialog.method.findData("email"))
    assert boxes[second.id].isEnabled()
    assert not page.dialog._unsigned[second.id].isVisibleTo(page.dialog)
    page.dialog.method.setCurrentIndex(page.dialog.method.findData("written"))
    page.dialog.reject()

    scan = tmp_path / "signed.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"scan" * 100)
    page.approval_button.click()
    ask.set_next_paths(str(scan))
    page.dialog.evidence_button.click()
    save(page.dialog)
    assert page.items_model.row_at(0).badge == "Approved"

    receipt = tmp_path / "receipt.pdf"
    page.items_view.setCurrentIndex(page.items_model.index(0, 0))
    ask.set_next_paths(str(receipt))
    page.receipt_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    text = pdf_text(receipt.read_bytes())
    assert "Consent receipt" in text and "Maya leads the weekly review." in text
    assert "yes, encrypted with your record" in text  # the signed scan is kept

    ask.set_next_answers(True)
    page.revoke_button.click()
    assert page.items_model.row_at(0).badge == "Revoked"
    assert first.id in page._items

    # The legal export and the client's packet, from the client's page.
    window.show_client(case.client.id)
    window.legal_action.trigger()
    dialog = window.client_page.dialog
    dialog.requester.setText("District Court of Utrecht")
    dialog.basis.setText("Court order C/16/123")
    record = tmp_path / "record.pdf"
    ask.set_next_paths(str(record))
    ask.set_next_answers(True)  # the "exported" message
    save(dialog)
    qtbot.waitUntil(record.exists, timeout=20_000)  # written off the GUI thread
    qtbot.waitUntil(lambda: ask.shown and ask.shown[-1][0] == "Record exported",
                    timeout=20_000)
    text = pdf_text(record.read_bytes())
    assert "Complete client record: legal release" in text
    assert "PRIVATE: worried about her marriage." in text and "JONAS" not in text
    packet = tmp_path / "packet.pdf"
    ask.set_next_paths(str(packet))
    ask.set_next_answers(True)
    window.packet_action.trigger()
    qtbot.waitUntil(lambda: ask.shown and ask.shown[-1][0] == "Packet saved", timeout=20_000)
    text = pdf_text(packet.read_bytes())
    assert "What was shared about you" in text and "District Court of Utrecht" in text
    kinds = sorted(d.kind for d in disclosures.for_client(vault, case.client.id))
    assert kinds == ["client_packet", "legal_export"]


def test_review_mode_waits_until_open_notes_are_closed(qtbot, window, case):
    """Notes open in their own windows would stay on screen in front of the client."""
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    reports.write_item(window.vault, report.id, "Words for the sponsor.")
    window.show_client(case.other_client.id)
    window.client_page.full_screen_editor = False
    window.client_page.note_button.click()
    editor = window.client_page.editors[-1]
    assert editor.isVisible()
    window.go_to("Reports")
    window.reports_page.select(report.id)
    ask.set_next_answers(True)  # "Close the notes first"
    window.reports_page.review_button.click()
    assert ask.shown[-1][0] == "Close the notes first"
    assert window.screens.currentWidget() is window.workspace and not window.in_review
    editor.close()
    qtbot.waitUntil(lambda: not window.client_page.editors)
    window.reports_page.review_button.click()
    assert window.in_review
    ask.set_next_answers(True)
    window.review_screen.leave_button.click()
