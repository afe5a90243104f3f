"""The data-protection toolkit from the screen: a request logged and shown on Today with
its days left; the access request's review step (withheld items absent from the PDF and
the JSON, which validates against its schema; logged as a disclosure); the portability
files; the record of processing read back with pdftotext; an erasure and its receipt."""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta

import jsonschema
from PySide6.QtCore import Qt

from coachdesk import (
    clients,
    data_requests,
    disclosures,
    disposal,
    exports,
    notes,
    settings,
    sponsor_requests,
)
from tests.cases import ethics_case
from tests.gdpr_setup import SCHEMA
from tests.pdftext import pdf_text, pdf_title
from ui import ask

SPONSOR_WORDS = "CANARY-SPONSOR: is she looking for another job"
REFLECTION = "CANARY-REFLECTION: I was tired and pushed too hard"


def a_month_after(day: date) -> date:
    month = day.month % 12 + 1
    year = day.year + (day.month == 12)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def test_today_shows_an_open_request_with_its_days_left(qtbot, window):
    vault = window.vault
    case = ethics_case(vault)
    received = date.today() - timedelta(days=9)
    data_requests.log(vault, case.client.id, "access", received_on=received.isoformat(),
                      identity_checked="known_in_person")
    window.go_to("Today")
    today = window.built_page("Today")
    left = (a_month_after(received) - date.today()).days
    note = today.data_requests
    qtbot.waitUntil(note.isVisible)
    assert f"Maya Okafor: Access, {left} days left" in note.words.text()
    from ui.dialogs.requests_log import RequestsLogDialog

    note.button.click()  # to the log, the request chosen
    log = next(d for d in window.findChildren(RequestsLogDialog) if d.isVisible())
    assert log.chosen() is not None and log.chosen().kind == "access"
    log.close()
    request = data_requests.open_requests(vault)[0].request
    data_requests.close(vault, request.id, "done", on=date.today().isoformat())
    qtbot.waitUntil(lambda: not note.isVisible())  # a change notice, no manual reload


def test_the_access_request_is_reviewed_and_withheld_items_never_leave(qtbot, window,
                                                                      tmp_path):
    from ui.dialogs.access_review import AccessReviewDialog, KeyRole

    vault = window.vault
    case = ethics_case(vault)
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "email", SPONSOR_WORDS,
        engagement_id=case.engagement.id))
    reflection = notes.add(vault, case.client.id, REFLECTION)
    window.show_client(case.client.id)
    window.menu_actions.access_request.trigger()  # none open yet: logged first
    form = window.client_page.dialog
    form.identity_checked.setCurrentIndex(form.identity_checked.findData("document"))
    form.save_button.click()
    review = next(d for d in window.findChildren(AccessReviewDialog) if d.isVisible())
    rows = {row.data(KeyRole): row for row in review._rows()}
    sponsor_key = next(k for k in rows if k.startswith("sponsor_request:"))
    rows[sponsor_key].setCheckState(Qt.CheckState.Unchecked)
    rows[f"note:{reflection.id}"].setCheckState(Qt.CheckState.Unchecked)
    review.save_button.click()  # no reason chosen yet: refused, nothing written
    assert "Choose why" in review.message.text()
    for key, reason in ((sponsor_key, "others_rights"),
                        (f"note:{reflection.id}", "coach_reflections")):
        review.view.setCurrentIndex(rows[key].index())
        review.reason.setCurrentIndex(review.reason.findData(reason))
        review.reason.activated.emit(review.reason.currentIndex())
    target = tmp_path / "bundle.pdf"
    ask.set_next_paths(str(target))
    ask.set_next_answers(False)  # "Bundle saved": not recorded as done yet
    review.save_button.click()
    qtbot.waitUntil(lambda: ask.shown and ask.shown[-1][0] == "Bundle saved", timeout=30_000)
    pdf, as_json = target.read_bytes(), (tmp_path / "bundle.json").read_text(encoding="utf-8")
    text = pdf_text(pdf)
    assert "Your personal data" in text and "PRIVATE: worried about her marriage." in text
    assert "Northwind Ltd" in text  # the engagement's sponsor, and the recipient of nothing
    for leaked in ("CANARY-SPONSOR", "CANARY-REFLECTION"):
        assert leaked not in text and leaked not in as_json
    assert "What a sponsor asked about you: 1 item." in text
    assert "Maya" not in pdf_title(pdf)  # the file's title never names the client
    document = json.loads(as_json)
    jsonschema.validate(document, SCHEMA)
    d = disclosures.for_client(vault, case.client.id)[0]
    assert (d.recipient_kind, document["reference"]) == ("client", f"D-{d.id:06d}")
    assert f"D-{d.id:06d}" in text
    assert [e.kind for e in exports.for_record(vault, "disclosure", d.id)] == [
        "legal_export", "access_request_json"]
    request = data_requests.for_client(vault, case.client.id)[0]
    assert (request.disclosure_id, request.is_open) == (d.id, True)  # the coach's word


def test_nothing_is_sent_for_a_request_whose_identity_is_not_checked(qtbot, window):
    vault = window.vault
    case = ethics_case(vault)
    data_requests.log(vault, case.client.id, "access", received_on="2026-05-01",
                      identity_checked="not_yet")
    window.show_client(case.client.id)
    ask.set_next_answers(True)  # the warning
    window.menu_actions.access_request.trigger()
    assert ask.shown[-1][0] == "Identity not checked"
    assert "Identity checked…" in ask.shown[-1][1]
    assert disclosures.for_client(vault, case.client.id) == []


def test_portability_from_the_client_page_leaves_nothing_private(qtbot, window, tmp_path):
    vault = window.vault
    case = ethics_case(vault)
    data_requests.log(vault, case.client.id, "portability", received_on="2026-05-01",
                      identity_checked="known_channel")
    window.show_client(case.client.id)
    target = tmp_path / "maya.json"
    ask.set_next_paths(str(target))
    ask.set_next_answers(True)  # record it as done
    window.menu_actions.portability.trigger()
    qtbot.waitUntil(lambda: not data_requests.open_requests(vault), timeout=30_000)
    as_json = target.read_text(encoding="utf-8")
    as_csv = (tmp_path / "maya.csv").read_text(encoding="utf-8-sig")
    assert "weekly review" in as_json and "weekly review" in as_csv
    for private in ("PRIVATE", "JONAS-SECRET"):
        assert private not in as_json and private not in as_csv


def test_the_record_of_processing_is_read_from_the_practice(qtbot, window, tmp_path):
    from ui.dialogs.processing_record import ProcessingRecordDialog

    vault = window.vault
    ethics_case(vault)
    settings.put(vault, "idle_lock_minutes", "12")
    window.menu_actions.processing_record.trigger()
    dialog = next(d for d in window.findChildren(ProcessingRecordDialog) if d.isVisible())
    dialog.cloud.setChecked(True)
    dialog.save_button.click()  # the service is not named: refused in the dialog
    assert "Name the cloud service" in dialog.message.text()
    dialog.transfer_to.setText("Nextcloud at Hetzner, Germany")
    target = tmp_path / "record.pdf"
    ask.set_next_paths(str(target))
    dialog.save_button.click()
    qtbot.waitUntil(target.exists, timeout=30_000)
    text = " ".join(pdf_text(target.read_bytes()).split())
    assert "Record of processing activities" in text and "Sam Coach" in text
    assert "Northwind Ltd" in text and "Clients: 2" in text
    assert "locks after 12 idle minutes" in text
    assert "operating system's keyring" in text
    assert "Nextcloud at Hetzner, Germany" in text
    assert [e.kind for e in exports.for_record(vault, "practice", 0)] == ["processing_record"]


def test_an_erasure_request_is_carried_out_from_the_log_with_its_receipt(qtbot, window,
                                                                        tmp_path):
    from ui.dialogs.requests_log import RequestsLogDialog

    vault = window.vault
    case = ethics_case(vault)
    data_requests.log(vault, case.client.id, "erasure", received_on="2026-05-01",
                      identity_checked="document")
    window.menu_actions.requests_log.trigger()
    log = next(d for d in window.findChildren(RequestsLogDialog) if d.isVisible())
    assert log.answer_button.text() == "Carry out the erasure…"
    receipt = tmp_path / "erasure.pdf"
    ask.set_next_answers(True)  # erase
    ask.set_next_paths(str(receipt))
    log.answer_button.click()
    qtbot.waitUntil(receipt.exists, timeout=60_000)
    assert disposal.is_disposed(vault, case.client.id)
    assert clients.get(vault, case.client.id).name.startswith("Disposed client")
    text = " ".join(pdf_text(receipt.read_bytes()).split())
    assert "Erasure receipt" in text and "Maya Okafor" in text
    assert "Kept because the law requires it (legal hold)" in text
    assert "dates, lengths and fees" in text and ": 6" in text
    request = data_requests.for_client(vault, case.client.id)[0]
    assert (request.outcome, request.disposal_id is not None) == ("done", True)


def test_the_log_follows_change_notices_and_closes_at_lock(qtbot, window):
    from ui.dialogs.data_request import OutcomeDialog
    from ui.dialogs.requests_log import RequestsLogDialog

    vault = window.vault
    case = ethics_case(vault)
    received = date.today() - timedelta(days=60)  # overdue whatever the month
    data_requests.log(vault, case.client.id, "correction", received_on=received.isoformat(),
                      identity_checked="known_channel")
    window.menu_actions.requests_log.trigger()
    log = next(d for d in window.findChildren(RequestsLogDialog) if d.isVisible())
    assert not log.answer_button.isVisible()  # a correction is the coach's own act
    assert log.model.row_at(0).text == "Maya Okafor · Correction"
    overdue = (date.today() - a_month_after(received)).days
    assert log.model.row_at(0).badge == f"{overdue} days overdue"
    assert not log.extend_button.isEnabled()  # only within the first month
    log.outcome_button.click()
    form = next(d for d in window.findChildren(OutcomeDialog) if d.isVisible())
    form.outcome_note.setText("Corrected her email address")
    form.save_button.click()
    qtbot.waitUntil(lambda: log.model.row_at(0).badge == "Done")  # read again, no reload
    assert "Corrected her email address" in log.detail.text()
    assert not log.outcome_button.isEnabled()
    window.lock(ask_first=False)
    qtbot.waitUntil(lambda: not any(d.isVisible()
                                    for d in window.findChildren(RequestsLogDialog)))
