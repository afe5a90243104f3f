"""Invoices and pro bono as the new-coach trial found them (issue 15): a sponsor's
invoice names the company, a new invoice goes to the sponsor when the agreement lets it,
and a session marked pro bono is given, not billed."""

from __future__ import annotations

import csv
import io
import subprocess

import pytest
import sqlcipher3

from coachdesk import (
    clients,
    credentials,
    engagements,
    invoices,
    packages,
    sponsors,
    tax_export,
)
from coachdesk.errors import InvalidInput
from tests.billing_setup import brightwater


def _brightwater(vault, **choices):
    """Maya coaches Tom; Brightwater Logistics Ltd pays (billing name Accounts Payable)."""
    made = brightwater(vault, **choices)
    return made.engagement, made.priya, made.held


def test_a_sponsors_invoice_names_the_company_then_its_billing_name(vault):
    engagement, priya, held = _brightwater(vault)
    assert dict(invoices.payer_choices(vault, engagement.id))["sponsor"] == (
        "Brightwater Logistics Ltd — Accounts Payable")
    issued = invoices.issue(vault, invoices.InvoiceDraft(
        engagement.id, tuple(held[:1]), "2026-10-05", bill_to="sponsor",
        attention_contact_id=priya.id))
    assert (issued.bill_to_name, issued.bill_to_department, issued.bill_to_attention) == (
        "Brightwater Logistics Ltd", "Accounts Payable", "Priya Nair")
    # Kept as issued: the vault refuses to change the department afterwards.
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as conn:
        conn.execute("UPDATE invoices SET bill_to_department = 'x' WHERE id = ?",
                     (issued.id,))


def test_a_billing_name_equal_to_the_company_is_printed_once(vault):
    engagement, _priya, held = _brightwater(vault)
    sponsor = sponsors.get(vault, engagements.get(vault, engagement.id).sponsor_id)
    sponsors.update(vault, sponsor.id, sponsors.SponsorDraft(
        "Brightwater Logistics Ltd", billing_name="brightwater logistics ltd",
        address=sponsor.address))
    issued = invoices.issue(vault, invoices.InvoiceDraft(
        engagement.id, tuple(held[:1]), "2026-10-05", bill_to="sponsor"))
    assert (issued.bill_to_name, issued.bill_to_department) == (
        "Brightwater Logistics Ltd", "")


def test_a_new_invoice_goes_to_the_sponsor_when_the_agreement_lets_it(vault):
    engagement, _priya, held = _brightwater(vault)
    assert invoices.default_payer(vault, engagement.id, tuple(held)) == ("sponsor", None)


def test_without_an_active_agreement_the_client_is_billed_with_the_reason(vault):
    engagement, _priya, held = _brightwater(vault, terms=None)
    kind, why = invoices.default_payer(vault, engagement.id, tuple(held))
    assert kind == "client" and why is not None and "agreement" in why.english()
    alone = clients.add(vault, clients.ClientDraft("Self Payer"))
    own = engagements.add(vault, engagements.EngagementDraft(alone.id, "2026-09-01",
                                                             fee_cents=9000))
    assert invoices.default_payer(vault, own.id, ()) == ("client", None)


def test_a_pro_bono_session_is_not_billed_nor_unpaid_and_exports_as_pro_bono(vault):
    engagement, _priya, held = _brightwater(vault)
    credentials.set_session_paid(vault, held[1], "pro_bono")
    assert [b.id for b in invoices.billable(vault, engagement.id)] == [held[0], held[2]]
    assert held[1] not in invoices.unpaid_session_ids(vault)
    assert held[0] in invoices.unpaid_session_ids(vault)
    with pytest.raises(invoices.CoachDeskError, match="choose the sessions again"):
        invoices.issue(vault, invoices.InvoiceDraft(engagement.id, (held[1],), "2026-10-05"))
    found = list(csv.reader(io.StringIO(tax_export.csv_bytes(
        vault, "2026-10-01", "2026-10-31").decode("utf-8-sig"))))
    assert found[2] == ["2026-10-02", "60", "0.00", "GBP", "", "held", "pro_bono", ""]
    assert found[1][2] == "180.00"  # the paid ones keep their fee
    # Back to paid: billable again.
    credentials.set_session_paid(vault, held[1], None)
    assert len(invoices.billable(vault, engagement.id)) == 3


def test_an_invoiced_session_cannot_become_pro_bono_until_the_invoice_is_voided(vault):
    engagement, _priya, held = _brightwater(vault)
    issued = invoices.issue(vault, invoices.InvoiceDraft(engagement.id, (held[0],),
                                                         "2026-10-05"))
    with pytest.raises(InvalidInput, match="void the invoice first"):
        credentials.set_session_paid(vault, held[0], "pro_bono")
    assert credentials.session_paid(vault, held[0]).said is None  # nothing was kept
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as conn:
        conn.execute("INSERT INTO credential_sessions (session_id, paid) VALUES (?, ?)",
                     (held[0], "pro_bono"))
    invoices.void(vault, issued.id, "Given free after all", "2026-10-06")
    credentials.set_session_paid(vault, held[0], "pro_bono")
    assert credentials.session_paid(vault, held[0]).kind == "pro_bono"


def test_a_pro_bono_session_of_a_package_is_not_used_and_is_counted_apart(vault):
    engagement, _priya, held = _brightwater(vault, basis="package", fee=180000,
                                            planned=10)
    engagement = engagements.get(vault, engagement.id)
    assert packages.use(vault, engagement).used == 3
    credentials.set_session_paid(vault, held[2], "pro_bono")
    use = packages.use(vault, engagement)
    assert (use.used, use.pro_bono, use.left) == (2, 1, 8)


def test_the_pdf_names_the_company_and_the_coachs_address(vault, qapp, tmp_path):
    from ui.invoice_pdf import invoice_pdf

    engagement, priya, held = _brightwater(vault)
    issued = invoices.issue(vault, invoices.InvoiceDraft(
        engagement.id, tuple(held[:1]), "2026-10-05", bill_to="sponsor",
        attention_contact_id=priya.id))
    path = tmp_path / "invoice.pdf"
    path.write_bytes(invoice_pdf(invoices.get(vault, issued.id)))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = lines.index("Bill to")
    assert lines[start + 1:start + 6] == [
        "Brightwater Logistics Ltd", "Accounts Payable", "For the attention of Priya Nair",
        "1 Dock Road", "Liverpool L3 4AA"]
    assert "12 Harbour Street" in lines and "maya@lindqvist.example · 0151 496 0000" in lines
