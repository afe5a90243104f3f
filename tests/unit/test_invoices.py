"""Invoices: numbers without gaps within a year and never reused, voided ones kept, sums
worked out by hand, and the tax export naming each session's invoice."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3

from coachdesk import (
    agreements,
    clients,
    engagements,
    invoices,
    sessions,
    settings,
    sponsors,
    tax_export,
)
from coachdesk.errors import CoachDeskError, InvalidInput


def practice(vault):
    """Lea pays for herself (EUR 120 a session); Ravi's engagement is paid by Northwind."""
    settings.put(vault, "coach_name", "Sam Coach")
    settings.put(vault, "coach_details", "Lindenweg 3\n10115 Berlin")
    settings.put(vault, "coach_tax_number", "DE123456789")
    settings.put(vault, "invoice_days_to_pay", "14")
    lea = clients.add(vault, clients.ClientDraft("Lea Winter", email="lea@example.org"))
    own = engagements.add(vault, engagements.EngagementDraft(lea.id, "2026-01-01",
                                                             fee_cents=12000))
    ravi = clients.add(vault, clients.ClientDraft("Ravi Shah"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft(
        "Northwind Ltd", billing_name="Northwind Finance BV", address="Kade 1, Utrecht"))
    payables = sponsors.add_contact(vault, sponsor.id, sponsors.ContactDraft(
        "Ines Vos", role="Accounts payable", email="ap@northwind.example"))
    paid_by = engagements.add(vault, engagements.EngagementDraft(
        ravi.id, "2026-01-01", sponsor_id=sponsor.id, fee_cents=20000))
    held = [sessions.add(vault, sessions.SessionDraft(own.id, f"2026-0{m}-10T09:00", 60,
                                                      status="held")).id for m in (1, 2, 3)]
    missed = sessions.add(vault, sessions.SessionDraft(own.id, "2026-03-20T09:00", 45,
                                                       status="no_show")).id
    sessions.add(vault, sessions.SessionDraft(own.id, "2026-04-10T09:00", 60))  # planned
    ravi_held = [sessions.add(vault, sessions.SessionDraft(
        paid_by.id, f"2026-0{m}-12T14:00", 90, status="held")).id for m in (1, 2)]
    agree(vault, paid_by.id, ("dates", "hours"))
    return own, paid_by, held, missed, ravi_held, payables


def agree(vault, engagement_id: int, terms: tuple[str, ...]) -> None:
    """A signed, active agreement letting the sponsor receive ``terms``."""
    from msgspec.structs import replace

    draft = agreements.draft_for_engagement(vault, engagement_id, "Sam Coach")
    agreement = agreements.add(vault, replace(draft, sponsor_may_receive=terms))
    for role, name in (("coach", "Sam Coach"), ("client", "Ravi Shah"),
                       ("sponsor", "Ines Vos")):
        agreements.record_signature(vault, agreement.id, role, name, "2026-01-02",
                                    "handwritten")
    agreements.activate(vault, agreement.id)


def test_numbers_run_without_gaps_per_year_and_a_voided_one_stays(vault):
    own, paid_by, held, missed, ravi_held, _c = practice(vault)
    first = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-01-31"))
    second = invoices.issue(vault, invoices.InvoiceDraft(paid_by.id, tuple(ravi_held),
                                                         "2026-02-28", bill_to="sponsor"))
    assert (first.number, second.number) == ("2026-0001", "2026-0002")
    voided = invoices.void(vault, first.id, "Wrong date", "2026-03-01")
    assert voided.state == "voided" and voided.number == "2026-0001"
    # Its session is free to bill again, under the next number: 0001 is never reused.
    again = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0], held[1]),
                                                        "2026-03-02"))
    assert again.number == "2026-0003"
    with pytest.raises(CoachDeskError, match="already on another invoice"):
        invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[1],), "2026-03-03"))
    with pytest.raises(InvalidInput, match="cannot be dated earlier"):
        invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[2],), "2026-02-01"))
    next_year = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[2],), "2027-01-04"),
                               today=date(2027, 1, 4))  # (never dated after today)
    assert next_year.number == "2027-0001"
    with pytest.raises(CoachDeskError, match="already voided"):
        invoices.void(vault, first.id, "Again", "2026-03-05")
    with pytest.raises(CoachDeskError, match="voided"):
        invoices.mark_paid(vault, first.id, "2026-03-05")
    numbers = [r[0] for r in vault.read("SELECT number FROM invoices ORDER BY id")]
    assert numbers == ["2026-0001", "2026-0002", "2026-0003", "2027-0001"]
    assert [s.id for s in invoices.billable(vault, own.id)] == [missed]


def test_an_issued_invoice_cannot_be_changed_or_deleted(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    issued = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-01-31"))
    for sql in ("UPDATE invoices SET total_cents = 1 WHERE id = ?",
                "UPDATE invoices SET number = '2026-0099' WHERE id = ?",
                "DELETE FROM invoices WHERE id = ?",
                "UPDATE invoice_lines SET amount_cents = 1 WHERE invoice_id = ?",
                "DELETE FROM invoice_lines WHERE invoice_id = ?"):
        with pytest.raises(sqlcipher3.IntegrityError, match="an issued invoice is not "
                           "changed|an invoice is never deleted"), vault.transaction() as conn:
            conn.execute(sql, (issued.id,))
    assert invoices.get(vault, issued.id).total_cents == 12000


def test_sums_tax_due_date_and_who_is_billed(vault):
    own, paid_by, held, missed, ravi_held, payables = practice(vault)
    lea = invoices.issue(vault, invoices.InvoiceDraft(
        own.id, (held[0], held[1], missed), "2026-03-31", tax_label="VAT", tax_rate_bp=1900))
    # 3 x 120.00 = 360.00; 19% of it is 68.40; the due date is 14 days on (Settings).
    assert (lea.subtotal_cents, lea.tax_cents, lea.total_cents) == (36000, 6840, 42840)
    assert lea.due_on == "2026-04-14" and lea.state == "unpaid"
    assert [(x.on_date, x.minutes, x.description) for x in lea.lines] == [
        ("2026-01-10", 60, "Coaching session"), ("2026-02-10", 60, "Coaching session"),
        ("2026-03-20", 45, "Missed session, charged as agreed")]
    assert (lea.bill_to_name, lea.bill_to_email) == ("Lea Winter", "lea@example.org")
    assert (lea.coach_name, lea.coach_tax_number) == ("Sam Coach", "DE123456789")
    assert lea.coach_details == "Lindenweg 3\n10115 Berlin"
    ravi = invoices.issue(vault, invoices.InvoiceDraft(
        paid_by.id, tuple(ravi_held), "2026-03-31", bill_to="sponsor",
        attention_contact_id=payables.id, due_on="2026-05-01"))
    assert (ravi.bill_to_name, ravi.bill_to_department, ravi.bill_to_address,
            ravi.bill_to_attention, ravi.bill_to_email) == (
        "Northwind Ltd", "Northwind Finance BV", "Kade 1, Utrecht", "Ines Vos",
        "ap@northwind.example")
    assert (ravi.total_cents, ravi.tax_cents, ravi.due_on) == (40000, 0, "2026-05-01")
    with pytest.raises(InvalidInput, match="no sponsor"):
        invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[2],), "2026-04-01",
                                                    bill_to="sponsor"))
    with pytest.raises(InvalidInput, match="Name the tax"):
        invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[2],), "2026-04-01",
                                                    tax_rate_bp=700))
    # Settings changed later do not change what was issued.
    settings.put(vault, "coach_tax_number", "DE999")
    assert invoices.get(vault, lea.id).coach_tax_number == "DE123456789"


def test_the_sponsor_is_billed_only_as_the_agreement_allows(vault):
    own, paid_by, _h, _m, ravi_held, _c = practice(vault)
    missed = sessions.add(vault, sessions.SessionDraft(paid_by.id, "2026-03-12T14:00", 90,
                                                       status="no_show")).id
    # Dates and hours are agreed, attendance is not: a missed session would tell it.
    with pytest.raises(InvalidInput, match="attendance"):
        invoices.issue(vault, invoices.InvoiceDraft(paid_by.id, (*ravi_held, missed),
                                                    "2026-03-31", bill_to="sponsor"))
    assert invoices.why_not_to_sponsor(vault, paid_by.id, tuple(ravi_held)) is None
    assert invoices.issue(vault, invoices.InvoiceDraft(
        paid_by.id, (missed,), "2026-03-31")).bill_to_name == "Ravi Shah"  # the client
    ravi = clients.add(vault, clients.ClientDraft("Other"))
    sponsor_id = engagements.get(vault, paid_by.id).sponsor_id
    unsigned = engagements.add(vault, engagements.EngagementDraft(
        ravi.id, "2026-01-01", sponsor_id=sponsor_id, fee_cents=100))
    one = sessions.add(vault, sessions.SessionDraft(unsigned.id, "2026-02-02T09:00", 60,
                                                    status="held")).id
    with pytest.raises(InvalidInput, match="No signed agreement"):
        invoices.issue(vault, invoices.InvoiceDraft(unsigned.id, (one,), "2026-03-31",
                                                    bill_to="sponsor"))
    del own


def test_rounding_half_to_even():
    assert invoices.tax_on(250, 1000) == 25
    assert invoices.tax_on(5, 1000) == 0  # 0.5 cent: to the even 0
    assert invoices.tax_on(15, 1000) == 2  # 1.5 cents: to the even 2
    assert invoices.tax_on(12345, 1900) == 2346  # 2345.55 cents


def test_paid_unpaid_and_the_tax_export_number(vault):
    own, _p, held, missed, ravi_held, _c = practice(vault)
    first = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0], held[1]),
                                                        "2026-02-28"))
    # Unpaid: every held or missed session with a fee, billed or not, until paid.
    assert set(invoices.unpaid_session_ids(vault)) == {*held, missed, *ravi_held}
    paid = invoices.mark_paid(vault, first.id, "2026-03-05")
    assert paid.state == "paid" and paid.paid_on == "2026-03-05"
    assert set(invoices.unpaid_session_ids(vault)) == {held[2], missed, *ravi_held}
    with pytest.raises(InvalidInput, match="before the invoice"):
        invoices.mark_paid(vault, first.id, "2026-01-01")
    with pytest.raises(CoachDeskError, match="mark it unpaid first"):
        invoices.void(vault, first.id, "Returned", "2026-03-06")
    assert invoices.mark_paid(vault, first.id, None).state == "unpaid"
    rows = tax_export.rows(vault, "2026-01-01", "2026-03-31")
    by_day = {row[0]: row[-1] for row in rows}
    assert by_day["2026-01-10"] == by_day["2026-02-10"] == "2026-0001"
    assert by_day["2026-03-10"] == ""
    invoices.void(vault, first.id, "Sent twice", "2026-03-07")
    assert {row[-1] for row in tax_export.rows(vault, "2026-01-01", "2026-03-31")} == {""}


def test_the_demo_practice_has_invoices_in_every_state(vault):
    from datetime import date

    from coachdesk import demo

    demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    found = invoices.get_many(vault, [r[0] for r in vault.read("SELECT id FROM invoices")])
    assert {i.state for i in found.values()} == {"paid", "unpaid", "voided"}
    assert {i.bill_to for i in found.values()} == {"client", "sponsor"}
    by_year: dict[int, list[int]] = {}
    for i in found.values():
        by_year.setdefault(i.year, []).append(i.number_in_year)
    for numbers in by_year.values():
        assert sorted(numbers) == list(range(1, len(numbers) + 1))
    assert all(i.tax_label == "VAT" and i.tax_cents == invoices.tax_on(i.subtotal_cents, 2000)
               for i in found.values())


def test_disposal_keeps_issued_invoices_and_names_them(vault):
    from coachdesk import disposal

    own, _paid_by, held, _missed, _ravi_held, _c = practice(vault)
    invoice = invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-01-31"))
    done = disposal.dispose(vault, own.client_id, "client_request")
    assert invoices.get(vault, invoice.id).number == "2026-0001"  # kept, as tax law asks
    assert any("invoice" in kind for kind in done.still_named), done.still_named
