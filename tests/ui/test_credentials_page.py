"""The Credentials page as a coach uses it: progress toward the credential, a client who
agrees to be named, the log saved as ICF's CSV and as a PDF (both recorded, neither with
a note's words), and a course with its certificate kept in the vault."""

from __future__ import annotations

import csv
import io

from coachdesk import credentials, exports
from tests.pdftext import pdf_text
from tests.unit.test_credentials import build_practice
from ui import ask, ops


def _cells(page, column: int) -> list[str]:
    model = page.log_model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_coaching_log_from_progress_to_the_files_it_saves(qtbot, window, tmp_path):
    build_practice(window.vault)
    window.go_to("Credentials")
    page = window.page("Credentials")
    assert window.current_page_name() == "Credentials"
    assert page.meters["total"].figure.text() == "15.75 of 100 hours"
    assert page.meters["paid"].figure.text() == "10.25 of 75 hours"
    assert page.meters["clients"].figure.text() == "10 (8 needed) · met"
    assert "Pro bono: 5.50 hours" in page.pro_bono.text()
    assert _cells(page, 1) == ["Confidential Client 1", "Ana Sousa", "Confidential Client 2",
                               "Dana Lee", "=Eve Marsh"]
    assert _cells(page, 0)[2] == "Chloé Martin"  # the coach sees who is behind an alias

    # Working toward PCC: the same hours against its thresholds, and remembered.
    page.level.setCurrentIndex(page.level.findData("PCC"))
    assert page.meters["total"].figure.text() == "15.75 of 500 hours"
    assert credentials.profile(window.vault).level == "PCC"

    # Chloé agrees to be named: her line says her name once saved.
    page.log_view.selectRow(2)
    page.edit_button.click()
    dialog = page.dialog
    assert "Chloé Martin" in dialog.named.text()
    dialog.named.setChecked(True)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: _cells(page, 1)[2] == "Chloé Martin")
    assert credentials.naming_agreed_on(window.vault, page.found[2].client_id) is not None

    target = tmp_path / "log.csv"
    ask.set_next_paths(str(target))
    page.csv_button.click()
    qtbot.waitUntil(ops.idle)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert table[0] == list(credentials.HEADER)
    assert table[3][:2] == ["Chloé Martin", "Individual"]
    assert table[3][3] == "chloe@example.org"
    assert table[4][1:3] == ["Group", "6"]
    assert "CRED-CANARY" not in raw.decode("utf-8-sig") and "Ben" not in table[1][0]
    assert "(lines: 5)" in page.message.text() and "recorded" in page.message.text()

    pdf = tmp_path / "log.pdf"
    ask.set_next_paths(str(pdf))
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    text = pdf_text(pdf.read_bytes())
    assert "Client coaching log" in text and "ICF PCC" in text
    assert "Confidential Client 1" in text and "people@northwind.example" in text
    assert "Chloé Martin" in text and "15.75 of 500" in text
    assert "Ben" not in text and "CRED-CANARY" not in text and "Room 4" not in text
    assert [e.kind for e in exports.for_record(window.vault, "practice", 0)] == [
        "credential_log_csv", "credential_log_pdf"]


def test_a_course_keeps_its_certificate_and_counts_in_the_renewal_window(qtbot, window,
                                                                         tmp_path):
    from datetime import date

    window.go_to("Credentials")
    page = window.page("Credentials")
    assert "Give the day yours was awarded" in page.window_words.text()
    page.holds.setChecked(True)
    page.awarded_on.setDate(date.today().replace(day=1))
    page.awarded_on.editingFinished.emit()
    qtbot.waitUntil(lambda: "Renewal window" in page.window_words.text())
    assert "0.00 of 40 CCE units" in page.window_words.text()

    certificate = tmp_path / "ethics-certificate.pdf"
    certificate.write_bytes(b"%PDF-1.4 the certificate")
    page.add_button.click()
    dialog = page.dialog
    dialog.course.setText("Coaching ethics in practice")
    dialog.provider.setText("ICF Academy")
    dialog.hours.setValue(1.5)
    ask.set_next_paths(str(certificate))
    dialog.choose_certificate()
    assert dialog.file_label.text() == "ethics-certificate.pdf"
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.cce_model.rowCount() == 1)
    assert "1.50 of 40 CCE units; 1.50 of at least 24 in core competencies" in \
        page.window_words.text()
    certificate.unlink()  # the vault keeps its own copy

    page.cce_view.selectRow(0)
    copy = tmp_path / "copy.pdf"
    ask.set_next_paths(str(copy))
    page.certificate_button.click()
    qtbot.waitUntil(ops.idle)
    assert copy.read_bytes() == b"%PDF-1.4 the certificate"

    page.cce_view.selectRow(0)
    ask.set_next_answers(True)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.cce_model.rowCount() == 0)


def test_the_client_form_asks_whether_the_client_may_be_named(qtbot, window):
    from coachdesk import clients

    client = clients.add(window.vault, clients.ClientDraft("Noor Rahman"))
    window.go_to("Clients")
    window.clients_page.edit_client(client.id)
    dialog = window.clients_page.dialog
    assert not dialog.named.isChecked() and not dialog.agreed_on.isEnabled()  # no by default
    dialog.named.setChecked(True)
    assert dialog.has_changes()
    day = dialog.agreed_on.date().toString("yyyy-MM-dd")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.clients_page.dialog is None)
    assert credentials.naming_agreed_on(window.vault, client.id) == day
