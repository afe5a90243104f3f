"""The tax export shows dates, minutes, fees and who was billed: never coaching content."""

from __future__ import annotations

import csv
import io

from coachdesk import clients, engagements, notes, sessions, sponsors, tax_export
from tests.cases import ethics_case


def test_the_csv_has_money_and_time_and_no_content(vault):
    case = ethics_case(vault)
    own = clients.add(vault, clients.ClientDraft("=HYPERLINK(\"evil\")"))
    engagement = engagements.add(vault, engagements.EngagementDraft(own.id, "2026-01-01"))
    session = sessions.add(vault, sessions.SessionDraft(
        engagement.id, "2026-02-02T09:00", 45, place="Café Secret", fee_cents=12000,
        status="held"))
    notes.add(vault, own.id, "TAX-CANARY private words", session_id=session.id)
    sponsors.update(vault, case.sponsor.id, sponsors.SponsorDraft(
        "Northwind Ltd", billing_name="Northwind Finance BV"))
    data = tax_export.csv_bytes(vault, "2026-01-01", "2026-03-31")
    text = data.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))
    assert table[0] == list(tax_export.HEADER)
    assert table[1:] == [
        ["2026-01-12", "90", "0.00", "EUR", "Northwind Finance BV", "held", "per_session", ""],
        ["2026-02-02", "45", "120.00", "EUR", "'=HYPERLINK(\"evil\")", "held", "per_session", ""],
        ["2026-02-09", "90", "0.00", "EUR", "Northwind Finance BV", "held", "per_session", ""],
        ["2026-03-16", "90", "0.00", "EUR", "Northwind Finance BV", "held", "per_session", ""],
    ]
    for never in ("TAX-CANARY", "Café Secret", "PRIVATE", "Maya", "feedback", "cancelled"):
        assert never not in text


def test_a_period_that_ends_before_it_starts_is_refused(vault):
    import pytest

    from coachdesk.errors import InvalidInput

    with pytest.raises(InvalidInput, match="last day comes before the first"):
        tax_export.csv_bytes(vault, "2026-12-31", "2026-01-01")
