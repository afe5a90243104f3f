"""The core of the admin gaps: a session's paid or pro bono (derived, and the coach's
word over it), the Notes tab's order for a templated session (with its index), and a
session package billed whole on one invoice."""

from __future__ import annotations

import pytest

from coachdesk import (
    clients,
    credentials,
    engagements,
    invoices,
    notes,
    sessions,
    tax_export,
    templates,
)
from coachdesk.errors import CoachDeskError
from tests import billing_setup


def test_a_sessions_paid_choice_is_derived_from_the_fee_then_the_engagement_then_said(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook"))
    free = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    held = sessions.add(vault, sessions.SessionDraft(
        free.id, "2026-02-01T10:00", 60, "", None, "held"))
    assert credentials.session_paid(vault, held.id) == credentials.SessionPaid(
        None, "pro_bono", "session")  # its own fee of 0
    credentials.set_engagement_log(vault, free.id, group_size=None, paid="paid")
    assert credentials.session_paid(vault, held.id) == credentials.SessionPaid(
        None, "paid", "engagement")
    credentials.set_session_paid(vault, held.id, "pro_bono")
    said = credentials.session_paid(vault, held.id)
    assert (said.said, said.derived, said.kind) == ("pro_bono", "paid", "pro_bono")
    [entry] = credentials.entries(vault)
    assert (entry.paid_minutes, entry.pro_bono_minutes) == (0, 60)


def test_a_templated_sessions_notes_stand_together_in_the_templates_order(vault):
    client = clients.add(vault, clients.ClientDraft("Ada Brook"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-01T10:00", 60))
    grow = next(t for t in templates.all_templates(vault) if t.name == "GROW")
    older = notes.add(vault, client.id, "An older page.")
    by_position = {}
    for position in (5, 3, 1):  # written last section first
        section = grow.sections[position - 1]
        by_position[position] = templates.add_section_note(
            vault, client.id, session.id, section, position, f"words {position}").id
    newer = notes.add(vault, client.id, "A newer page.")
    assert templates.ids_for_client(vault, client.id) == [
        newer.id, by_position[1], by_position[3], by_position[5], older.id]
    plan = " ".join(str(r) for r in vault.read(
        "EXPLAIN QUERY PLAN SELECT n.id, n.session_id, ns.position FROM notes n"
        " LEFT JOIN note_sections ns ON ns.note_id = n.id"
        " WHERE n.client_id = ? ORDER BY n.created_at DESC, n.id DESC", (client.id,)))
    assert "notes_by_client" in plan and "SCAN n " not in plan + " "


# -- a whole package on one invoice -------------------------------------------------------
def _package(vault):
    from coachdesk import settings

    settings.put(vault, "coach_name", "Sam Coach")
    return billing_setup.package(vault, address="41 Albion Rd")


def test_a_package_is_billed_whole_once_its_sessions_never_again_and_paid_with_it(vault):
    _client, package, held = _package(vault)
    assert invoices.package_billable(vault, package.id)
    invoice = invoices.issue(vault, invoices.InvoiceDraft(
        package.id, (), "2026-01-02", whole_package=True, tax_label="VAT", tax_rate_bp=2000))
    [line] = invoice.lines
    assert (line.record_kind, line.description, line.minutes, line.amount_cents) == (
        "package", "Package of 6 coaching sessions, to be used by 2026-06-30", None, 90000)
    assert (invoice.subtotal_cents, invoice.tax_cents, invoice.total_cents) == (
        90000, 18000, 108000)
    assert invoice.bill_to_address == "41 Albion Rd"
    # Its sessions are billed by it: not billable again, the package not twice either.
    assert invoices.billable(vault, package.id) == []
    assert not invoices.package_billable(vault, package.id)
    with pytest.raises(CoachDeskError, match="already on an invoice"):
        invoices.issue(vault, invoices.InvoiceDraft(package.id, (), "2026-01-03",
                                                    whole_package=True))
    with pytest.raises(CoachDeskError, match="already on another invoice"):
        invoices.issue(vault, invoices.InvoiceDraft(package.id, (held[0],), "2026-01-03"))
    # The tax export has the package once, as invoiced, and names its invoice beside each
    # of its sessions (their minutes, no fee of their own).
    assert [(r[2], r[6], r[7]) for r in tax_export.rows(vault, "2026-01-01", "2026-12-31")
            ] == [("900.00", "package", invoice.number),
                  ("", "in_invoiced_package", invoice.number),
                  ("", "in_invoiced_package", invoice.number)]
    # Unpaid until the package's invoice is paid; then its sessions are paid.
    assert set(held) <= set(invoices.unpaid_session_ids(vault))
    invoices.mark_paid(vault, invoice.id, "2026-01-20")
    assert not set(held) & set(invoices.unpaid_session_ids(vault))


def test_a_package_billed_session_by_session_is_not_billed_whole_until_voided(vault):
    _client, package, held = _package(vault)
    first = invoices.issue(vault, invoices.InvoiceDraft(package.id, (held[0],), "2026-02-11"))
    assert first.total_cents == 15000  # a session's share of the price
    assert not invoices.package_billable(vault, package.id)
    with pytest.raises(CoachDeskError, match="void that invoice first"):
        invoices.issue(vault, invoices.InvoiceDraft(package.id, (), "2026-02-12",
                                                    whole_package=True))
    invoices.void(vault, first.id, "Billed whole instead", "2026-02-12")
    assert invoices.package_billable(vault, package.id)
    whole = invoices.issue(vault, invoices.InvoiceDraft(package.id, (), "2026-02-12",
                                                        whole_package=True))
    assert whole.number.endswith("-0002") and whole.total_cents == 90000
