"""What a new coach's trial found in the data-protection toolkit, from the screen and
the printed files (read back with pdftotext): the access bundle's PDF carries her postal
address and her invoices; the record of processing names the address, counts no legal
export for an access bundle, and gives the controller's contact details (or says, in the
dialog and the PDF, that Settings has none); the requests log logs a new request."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from coachdesk import (
    clients,
    data_requests,
    invoices,
    legal_exports,
    settings,
)
from tests.cases import ethics_case
from tests.gdpr_setup import held_sessions, record_of_processing, send_access_bundle
from tests.pdftext import pdf_text
from ui import ask

ADDRESS = "12 Canal Street\nManchester M1 3HE"


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _with_address_and_invoice(vault):
    case = ethics_case(vault)
    clients.update(vault, case.client.id, clients.ClientDraft(
        "Maya Okafor", email="maya@example.org", address=ADDRESS))
    held = held_sessions(vault, case.client.id)
    invoice = invoices.issue(vault, invoices.InvoiceDraft(case.engagement.id, (held[0],),
                                                          "2026-02-10"))
    return case, invoice


def _bundle(vault, client_id, tmp_path) -> tuple[str, dict]:
    from ui.data_protection_pdf import access_bundle_pdf

    done = send_access_bundle(vault, client_id, tmp_path, render=access_bundle_pdf)
    return _flat(done.pdf.read_bytes()), done.document  # the JSON: schema-valid


def test_the_bundle_pdf_gives_her_address_and_her_invoices(qtbot, window, tmp_path):
    case, invoice = _with_address_and_invoice(window.vault)
    text, document = _bundle(window.vault, case.client.id, tmp_path)
    assert "Postal address 12 Canal Street Manchester M1 3HE" in text
    assert f"Invoice {invoice.number} · 2026-02-10" in text
    assert "Billed to: Maya Okafor; 12 Canal Street; Manchester M1 3HE" in text
    assert "unpaid, due" in text
    assert {p["section"] for p in document["personal_data"]} >= {"contact", "invoices"}


def _record_pdf(vault) -> str:
    from ui.data_protection_pdf import processing_record_pdf

    return _flat(processing_record_pdf(record_of_processing(vault)))


def test_the_record_of_processing_tells_an_access_bundle_from_a_legal_export(qtbot, window,
                                                                            tmp_path):
    vault = window.vault
    case, _invoice = _with_address_and_invoice(vault)
    _bundle(vault, case.client.id, tmp_path)
    text = _record_pdf(vault)
    assert "(name, pronouns, email, phone, postal address)" in text
    assert "legal exports so far: 0" in text
    legal_exports.export(vault, case.client.id, requester="District Court of Utrecht",
                         legal_basis="Court order no. 123 of 2026-05-01", on="2026-05-04",
                         render=lambda r: b"%PDF", save=lambda d: None)
    assert "legal exports so far: 1" in _record_pdf(vault)


def test_the_record_gives_the_controllers_contact_details_or_says_they_are_missing(
        qtbot, window, tmp_path):
    from ui.dialogs.processing_record import ProcessingRecordDialog

    vault = window.vault
    ethics_case(vault)
    window.menu_actions.processing_record.trigger()
    dialog = next(d for d in window.findChildren(ProcessingRecordDialog) if d.isVisible())
    assert dialog.incomplete is not None
    assert "no address or contact details for you" in dialog.incomplete.text()
    assert "not set: Settings → Invoices → Your details" in _record_pdf(vault)
    dialog.open_settings.click()  # to where they are typed
    qtbot.waitUntil(lambda: window.current_page_name() == "Settings")
    assert not dialog.isVisible()
    details = window.settings_page.practice.details
    qtbot.waitUntil(details.hasFocus)
    settings.put(vault, "coach_details", "Sam Coach Coaching\n1 Coach Street, Utrecht\n"
                                         "sam@example.org · +31 30 123 4567")
    window.menu_actions.processing_record.trigger()
    dialog = next(d for d in window.findChildren(ProcessingRecordDialog) if d.isVisible())
    assert dialog.incomplete is None  # nothing missing: nothing said
    target = tmp_path / "record.pdf"
    ask.set_next_paths(str(target))
    dialog.save_button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    text = _flat(target.read_bytes())
    assert "Controller Sam Coach Sam Coach Coaching 1 Coach Street, Utrecht " \
           "sam@example.org · +31 30 123 4567" in text
    assert "not set" not in text


def test_a_new_request_is_logged_from_the_requests_log(qtbot, window):
    from ui.dialogs.data_request import LogRequestDialog
    from ui.dialogs.requests_log import ChooseClientDialog, RequestsLogDialog

    vault = window.vault
    case = ethics_case(vault)
    window.menu_actions.requests_log.trigger()
    log = next(d for d in window.findChildren(RequestsLogDialog) if d.isVisible())
    assert log.model.total() == 0 and log.new_button.isEnabled()
    log.new_button.click()
    chooser = next(d for d in window.findChildren(ChooseClientDialog) if d.isVisible())
    chooser.client.setEditText("Nobody Known")
    chooser.next_button.click()  # no such client: said, and the chooser stays
    assert chooser.isVisible() and "Choose a client" in chooser.message.text()
    chooser.client.setEditText("maya okafor")  # typed, any case
    chooser.next_button.click()
    form = next(d for d in window.findChildren(LogRequestDialog) if d.isVisible())
    assert any("From Maya Okafor" in label.text()
               for label in form.findChildren(QLabel))  # the form is for her
    form.kind.setCurrentIndex(form.kind.findData("erasure"))
    form.identity_checked.setCurrentIndex(form.identity_checked.findData("known_channel"))
    form.save_button.click()
    qtbot.waitUntil(lambda: log.model.total() == 1)  # read again through change notices
    assert log.model.row_at(0).text == "Maya Okafor · Erasure"
    [request] = data_requests.for_client(vault, case.client.id)
    assert (request.kind, request.identity_checked) == ("erasure", "known_channel")
