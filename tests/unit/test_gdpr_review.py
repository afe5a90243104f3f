"""What a new coach's trial found in the data-protection toolkit (issue 16 section 3):
the access bundle and the portability files carry every detail kept on the client (her
postal address too) and the bundle her invoices; the record of processing names the same
details, and tells the client's own access bundle apart from a legal export."""

from __future__ import annotations

import json

import pytest

from coachdesk import (
    access_request,
    clients,
    invoices,
    legal_exports,
    portability,
)
from tests.cases import ethics_case
from tests.gdpr_setup import held_sessions, record_of_processing, send_access_bundle

# A canary in every detail the coach can keep on a client.
DETAILS = clients.ClientDraft(
    "Maya Okafor", pronouns="CANARY-PRONOUNS she/her", email="canary-mail@example.org",
    phone="CANARY-PHONE +31 6 1234", address="CANARY-STREET 12 Canal Street\nManchester M1")


@pytest.fixture
def case(vault):
    made = ethics_case(vault)
    clients.update(vault, made.client.id, DETAILS)
    return made


def _send(vault, client_id, tmp_path) -> dict:
    return send_access_bundle(vault, client_id, tmp_path).document  # schema-valid


def test_every_column_of_the_clients_table_is_her_details_or_bookkeeping(vault):
    """A column added to ``clients`` later reaches the bundle by itself; this fails until
    it is given a label in the coach's words (or named as bookkeeping)."""
    columns = {c for c, _label in access_request.contact_fields(vault)}
    assert columns == set(access_request.CONTACT_LABELS)
    assert "address" in columns
    assert not columns & access_request.NOT_CONTACT


def test_the_bundle_holds_every_detail_kept_on_the_client(vault, case, tmp_path):
    document = _send(vault, case.client.id, tmp_path)
    contact = {p["label"]: p["text"] for p in document["personal_data"]
               if p["section"] == "contact"}
    kept = clients.get(vault, case.client.id)
    for column, label in access_request.contact_fields(vault):
        assert contact[label] == getattr(kept, column), column
    assert contact["Postal address"] == DETAILS.address


def test_the_bundle_lists_her_invoices_with_sums_state_and_bill_to(vault, case, tmp_path):
    held = held_sessions(vault, case.client.id)
    first = invoices.issue(vault, invoices.InvoiceDraft(case.engagement.id, (held[0],),
                                                        "2026-02-10"))
    invoices.mark_paid(vault, first.id, "2026-02-20")
    second = invoices.issue(vault, invoices.InvoiceDraft(case.engagement.id, (held[1],),
                                                         "2026-03-10"))
    invoices.void(vault, second.id, "Wrong date", on="2026-03-11")
    document = _send(vault, case.client.id, tmp_path)
    billed = [p for p in document["personal_data"] if p["section"] == "invoices"]
    assert [(p["label"], p["date"]) for p in billed] == [
        (f"Invoice {first.number}", "2026-02-10"), (f"Invoice {second.number}", "2026-03-10")]
    text = billed[0]["text"]
    assert "Billed to: Maya Okafor; CANARY-STREET 12 Canal Street; Manchester M1" in text
    assert "canary-mail@example.org" in text
    assert text.startswith(f"Total {first.currency} ") and "paid on 2026-02-20" in text
    assert "voided on 2026-03-11" in billed[1]["text"]
    assert "Jonas" not in json.dumps(billed)  # the other client's invoices stay out


def test_portability_carries_the_postal_address(vault, case, tmp_path):
    portability.export(vault, case.client.id, on="2026-05-03",
                       json_target=tmp_path / "d.json", csv_target=tmp_path / "d.csv")
    document = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert document["contact"]["address"] == DETAILS.address
    assert "CANARY-STREET" in (tmp_path / "d.csv").read_text(encoding="utf-8-sig")


def test_the_record_of_processing_names_the_same_details(vault, case):
    first = record_of_processing(vault).data_categories[0]
    for _column, label in access_request.contact_fields(vault):
        assert label.lower() in first
    assert "postal address" in first


def test_an_access_bundle_is_not_counted_as_a_legal_export(vault, case, tmp_path):
    _send(vault, case.client.id, tmp_path)
    assert record_of_processing(vault).legal_exports == 0
    legal_exports.export(vault, case.client.id, requester="Her own request", on="2026-05-04",
                         legal_basis="GDPR Art. 15", for_the_client=True,
                         render=lambda r: b"%PDF", save=lambda d: None)
    assert record_of_processing(vault).legal_exports == 0  # her whole record, sent to her
    legal_exports.export(vault, case.client.id, requester="District Court of Utrecht",
                         legal_basis="Court order no. 123 of 2026-05-01", on="2026-05-04",
                         render=lambda r: b"%PDF", save=lambda d: None)
    assert record_of_processing(vault).legal_exports == 1
