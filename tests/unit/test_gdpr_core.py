"""The data-protection toolkit's core: the requests log and its deadlines, the access
bundle (withheld items absent, the JSON valid against its documented schema, the sending
logged as a disclosure), portability (nothing private), erasure with its legal hold, and
the record of processing read from the practice."""

from __future__ import annotations

import csv
import io
import json

import pytest

from coachdesk import (
    access_request,
    action_items,
    data_requests,
    disclosures,
    disposal,
    erasure,
    exports,
    invoices,
    notes,
    portability,
    processing_record,
    settings,
    sponsor_requests,
)
from coachdesk.errors import InvalidInput
from coachdesk.files import StagedFile, UnsafeFolder
from coachdesk.vault import sqlcipher_version
from tests.cases import ethics_case
from tests.gdpr_setup import held_sessions, send_access_bundle

SPONSOR_WORDS = "CANARY-SPONSOR: tell me whether she will stay"
REFLECTION = "CANARY-REFLECTION: I felt impatient with her today"
CLIENT_GOAL = "Lead the weekly review without notes"
CLIENT_ACTION = "Ask two peers for feedback"
COACH_ACTION = "CANARY-COACH-TODO: send her the article"


@pytest.fixture
def case(vault):
    return ethics_case(vault)


def planted(vault, case):
    """The record's private parts: a sponsor's own words, a coach-only reflection, the
    coach's own to-do; and what the client provided: a goal, an action item."""
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "email", SPONSOR_WORDS,
        engagement_id=case.engagement.id))
    reflection = notes.add(vault, case.client.id, REFLECTION)
    action_items.add(vault, case.client.id, CLIENT_ACTION)
    action_items.add(vault, case.client.id, COACH_ACTION, owner=action_items.COACH)
    from coachdesk import engagements

    e = engagements.get(vault, case.engagement.id)
    draft = engagements.EngagementDraft(
        e.client_id, e.starts_on, e.ends_on, sponsor_id=e.sponsor_id, title=e.title,
        fee_cents=e.fee_cents, currency=e.currency, planned_sessions=e.planned_sessions,
        goals=(engagements.GoalDraft(CLIENT_GOAL),), fee_basis=e.fee_basis)
    engagements.update(vault, e.id, draft)
    return reflection


# -- the requests log -------------------------------------------------------------------

def test_a_request_is_due_a_month_after_receipt_and_extends_once_by_two(vault, case):
    r = data_requests.log(vault, case.client.id, "access", received_on="2026-01-31",
                          identity_checked="known_in_person", today="2026-02-01")
    assert r.due_on == "2026-02-28"  # no 31 February: the month's last day
    assert r.days_left("2026-02-20") == 8
    with pytest.raises(InvalidInput):
        data_requests.extend(vault, r.id, "", on="2026-02-10")  # a reason is needed
    r = data_requests.extend(vault, r.id, "Many records across two engagements",
                             on="2026-02-10")
    assert r.due_on == "2026-04-30"
    with pytest.raises(InvalidInput, match="extended already"):
        data_requests.extend(vault, r.id, "Again", on="2026-02-11")
    assert [o.request.id for o in data_requests.open_requests(vault)] == [r.id]
    data_requests.close(vault, r.id, "done", on="2026-03-01")
    assert data_requests.open_requests(vault) == []


def test_bad_input_is_refused_in_the_coachs_words(vault, case):
    with pytest.raises(InvalidInput, match="future"):
        data_requests.log(vault, case.client.id, "erasure", received_on="2026-06-02",
                          identity_checked="document", today="2026-06-01")
    with pytest.raises(InvalidInput, match="not a date"):
        data_requests.log(vault, case.client.id, "erasure", received_on="31/05/2026",
                          identity_checked="document")
    r = data_requests.log(vault, case.client.id, "objection", received_on="2026-05-10",
                          identity_checked="known_channel", today="2026-06-01")
    with pytest.raises(InvalidInput, match="before it was received"):
        data_requests.close(vault, r.id, "refused", on="2026-05-01")
    assert data_requests.get(vault, r.id).is_open  # nothing lost


# -- the access bundle -------------------------------------------------------------------

def send_bundle(vault, case, tmp_path, withheld):
    rendered = []

    def render(content):
        rendered.append(content)
        return b"%PDF-1.4 " + "\n".join(i.text for i in content.items).encode()

    done = send_access_bundle(vault, case.client.id, tmp_path, withheld, render=render,
                              identity_note="Passport seen on video")
    return done, rendered[-1]


def test_withheld_items_are_absent_from_the_bundle_and_the_json_is_valid(vault, case,
                                                                         tmp_path):
    reflection = planted(vault, case)
    candidates = access_request.items(vault, case.client.id)
    sponsor_item = next(i for i in candidates if i.section == "sponsor_requests")
    assert SPONSOR_WORDS in sponsor_item.text  # the review step shows it, before choosing
    assert any(i.key == f"note:{reflection.id}" for i in candidates)
    withheld = {sponsor_item.key: "others_rights", f"note:{reflection.id}": "coach_reflections"}
    done, content = send_bundle(vault, case, tmp_path, withheld)  # the JSON: schema-valid
    request, sent, pdf_target, json_target = done.request, done.sent, done.pdf, done.json
    text = json_target.read_text(encoding="utf-8")
    document = done.document
    assert SPONSOR_WORDS not in text and "CANARY-REFLECTION" not in text
    assert SPONSOR_WORDS.encode() not in pdf_target.read_bytes()
    assert "PRIVATE: worried about her marriage." in [p["text"] for p in
                                                       document["personal_data"]]
    assert {(w["section"], w["reason"], w["count"]) for w in document["withheld"]} == {
        ("sponsor_requests", "others_rights", 1), ("notes", "coach_reflections", 1)}
    assert document["reference"] == f"D-{sent.disclosure.id:06d}"
    assert CLIENT_GOAL in text and "Northwind Ltd" in text
    # Logged: a disclosure to the client with the PDF's hash, the JSON as its export,
    # the withholdings by item and reason, and the request tied to it.
    import hashlib

    d = disclosures.get(vault, sent.disclosure.id)
    assert (d.recipient_kind, d.recipient_id) == ("client", case.client.id)
    assert d.file_sha256 == hashlib.sha256(pdf_target.read_bytes()).hexdigest()
    kinds = {e.kind: e.file_sha256 for e in exports.for_record(vault, "disclosure", d.id)}
    assert kinds[access_request.JSON_EXPORT_KIND] == hashlib.sha256(
        json_target.read_bytes()).hexdigest()
    assert sorted(access_request.withheld_for(vault, d.id)) == sorted(
        (k, s, r) for k, (s, r) in {sponsor_item.key: ("sponsor_requests", "others_rights"),
                                    f"note:{reflection.id}": ("notes", "coach_reflections")
                                    }.items())
    assert data_requests.get(vault, request.id).disclosure_id == d.id
    assert content.withheld and content.items


def test_no_bundle_leaves_for_a_request_not_known_to_come_from_the_client(vault, case,
                                                                         tmp_path):
    request = data_requests.log(vault, case.client.id, "access", received_on="2026-05-02",
                                identity_checked="not_yet", today="2026-05-03")
    with pytest.raises(InvalidInput, match="comes from the client"):
        access_request.export(vault, request.id, {}, on="2026-05-03",
                              render=lambda content: b"%PDF",
                              save_pdf=lambda data: StagedFile(tmp_path / "a.pdf", data),
                              save_json=lambda data: StagedFile(tmp_path / "a.json", data))
    assert not (tmp_path / "a.pdf").exists() and disclosures.for_client(vault, case.client.id) == []


def test_the_files_go_only_to_a_folder_that_is_the_coachs_alone(vault, case, tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    with pytest.raises(UnsafeFolder, match="other accounts"):
        portability.export(vault, case.client.id, on="2026-05-03",
                           json_target=shared / "d.json", csv_target=shared / "d.csv")
    request = data_requests.log(vault, case.client.id, "access", received_on="2026-05-02",
                                identity_checked="document", today="2026-05-03")
    with pytest.raises(UnsafeFolder):
        access_request.export(vault, request.id, {}, on="2026-05-03",
                              render=lambda content: b"%PDF",
                              save_pdf=lambda data: StagedFile(shared / "a.pdf", data),
                              save_json=lambda data: StagedFile(shared / "a.json", data),
                              folder=shared)
    assert list(shared.iterdir()) == []
    assert exports.for_record(vault, "client", case.client.id) == []


def test_an_item_withheld_without_a_reason_is_refused_and_nothing_is_written(vault, case,
                                                                             tmp_path):
    planted(vault, case)
    key = access_request.items(vault, case.client.id)[0].key
    with pytest.raises(InvalidInput, match="reason"):
        send_bundle(vault, case, tmp_path, {key: ""})
    assert not (tmp_path / "access.pdf").exists() and not (tmp_path / "access.json").exists()
    assert disclosures.for_client(vault, case.client.id) == []


def test_the_bundle_names_recipients_and_retention_from_the_records(vault, case, tmp_path):
    from coachdesk import legal_exports

    legal_exports.export_packet(vault, case.client.id, on="2026-05-01",
                                render=lambda p: b"%PDF", save=lambda d: None)
    document = send_access_bundle(vault, case.client.id, tmp_path).document  # schema-valid
    assert [r["name"] for r in document["recipients"]] == ["Maya Okafor"]
    assert [r["years_after_the_engagement_ends"] for r in document["retention"]] == [
        case.agreement.retention_years]
    assert {p["id"] for p in document["purposes"]} >= {"coaching", "sponsor_reports"}


# -- portability -------------------------------------------------------------------------

def test_portability_holds_what_the_client_provided_and_nothing_private(vault, case,
                                                                        tmp_path):
    planted(vault, case)
    json_target, csv_target = tmp_path / "data.json", tmp_path / "data.csv"
    notes.add(vault, case.client.id, "=HYPERLINK(\"http://x\")", privacy=notes.WITH_CLIENT)
    json_sha, csv_sha = portability.export(vault, case.client.id, on="2026-05-03",
                                           json_target=json_target, csv_target=csv_target)
    as_json, as_csv = (json_target.read_text(encoding="utf-8"),
                       csv_target.read_text(encoding="utf-8-sig"))
    for canary in ("PRIVATE: worried", "CANARY-REFLECTION", "CANARY-SPONSOR",
                   "CANARY-COACH-TODO", "JONAS-SECRET"):
        assert canary not in as_json and canary not in as_csv
    document = json.loads(as_json)
    assert document["contact"]["name"] == "Maya Okafor"
    assert [g["text"] for g in document["goals"]] == [CLIENT_GOAL]
    assert [a["text"] for a in document["action_items"]] == [CLIENT_ACTION]
    assert any("weekly review" in n["text"] for n in document["shared_notes"])
    rows = list(csv.reader(io.StringIO(as_csv)))
    assert rows[0] == list(portability.CSV_HEADER)
    assert [r[3] for r in rows if "HYPERLINK" in r[3]] == ["'=HYPERLINK(\"http://x\")"]
    assert all(not r[3].startswith("=") for r in rows[1:])  # formula-safe
    recorded = {e.kind: e.file_sha256 for e in exports.for_record(vault, "client",
                                                                    case.client.id)}
    assert (recorded["portability_json"], recorded["portability_csv"]) == (json_sha, csv_sha)


# -- erasure -----------------------------------------------------------------------------

def test_erasure_disposes_keeps_the_legal_hold_and_closes_the_request(vault, case):
    held = held_sessions(vault, case.client.id)
    invoice = invoices.issue(vault, invoices.InvoiceDraft(case.engagement.id, (held[0],),
                                                          "2026-02-10"))
    request = data_requests.log(vault, case.client.id, "erasure", received_on="2026-05-02",
                                identity_checked="not_yet", identity_note="CANARY-ID-NOTE",
                                today="2026-05-03")
    with pytest.raises(InvalidInput, match="comes from the client"):
        erasure.erase(vault, request.id, on="2026-05-03")
    assert not disposal.is_disposed(vault, case.client.id)
    data_requests.set_identity(vault, request.id, "known_channel", "CANARY-ID-NOTE again")
    hold = erasure.legal_hold(vault, case.client.id)
    assert hold.invoices == (invoice.number,) and hold.sessions == 6
    done = erasure.erase(vault, request.id, on="2026-05-03")
    assert done.disposal.basis == "client_request"
    assert done.hold == hold
    after = data_requests.get(vault, request.id)
    assert (after.outcome, after.outcome_on, after.disposal_id) == ("done", "2026-05-03",
                                                                    done.disposal.id)
    assert after.identity_note == ""  # typed words go with the rest
    assert disposal.where_named(vault, "CANARY-ID-NOTE") == {}
    assert invoices.get(vault, invoice.id).number == invoice.number  # kept: tax law


# -- the record of processing ------------------------------------------------------------

def test_the_record_of_processing_reads_the_practice(vault, case):
    settings.put(vault, "idle_lock_minutes", "7")
    settings.put(vault, "coach_details", "1 Coach Street\nUtrecht")
    with pytest.raises(InvalidInput, match="Name the cloud service"):
        processing_record.generate(vault, on="2026-05-03", transfer="cloud_backups",
                                   cipher_version=sqlcipher_version())
    record = processing_record.generate(vault, on="2026-05-03", transfer="cloud_backups",
                                        transfer_to="Nextcloud (Hetzner, Germany)",
                                        cipher_version=sqlcipher_version())
    assert (record.controller, record.clients, record.sponsors) == (
        "Sam Coach", 2, ("Northwind Ltd",))
    assert record.security.idle_lock_minutes == 7
    assert record.security.key_storage == "keyring"
    assert record.security.backup_folder == ""
    assert record.retention == ((case.agreement.retention_years, 1),)
    assert sqlcipher_version() in record.security.cipher
