"""Direction controls: refused when typed, never a trap for what the vault already holds.

An earlier version stored names, purposes and places with the invisible controls that
force text direction. Writing such a value back unchanged (editing an agreement's clauses,
the client approving a report, keeping a session's minutes) must not be refused for a
field the coach cannot reach; a changed value is checked as typed. Isolates that open and
close within the value (common in right-to-left text copied from the web) are kept."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from coachdesk import agreements, reports, sessions, validation
from coachdesk.errors import InvalidInput
from tests.cases import ethics_case

RLO = "\u202e"
FSI, PDI = "\u2068", "\u2069"


def test_an_override_is_refused_and_balanced_isolates_are_kept():
    with pytest.raises(InvalidInput, match="force the direction"):
        validation.one_line("name", "The name", f"Maya {RLO}rofakO")
    with pytest.raises(InvalidInput, match="force the direction"):
        validation.one_line("name", "The name", f"Maya {FSI}Okafor")  # left open
    assert validation.one_line("name", "The name", f"{FSI}ليلى حداد{PDI} (HR)") == (
        f"{FSI}ليلى حداد{PDI} (HR)")


def test_values_stored_by_an_earlier_version_are_written_back_unchanged(vault):
    case = ethics_case(vault, activate=False)
    vault_conn_write = vault.transaction  # what an earlier version wrote, set by SQL
    with vault_conn_write() as conn:
        conn.execute("UPDATE agreement_parties SET name = ? WHERE role = 'client'",
                     (f"Maya {RLO}rofakO",))
        conn.execute("UPDATE sessions SET place = ?", (f"Room {RLO}21",))
    agreement = agreements.get(vault, case.agreement.id)
    clauses = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body) for c in agreement.clauses)
    agreements.set_clauses(vault, agreement.id, clauses)  # her name is not on this form

    held = sessions.for_engagement(vault, case.engagement.id)[0]
    kept = sessions.end(vault, held.id, minutes=55)
    assert (kept.duration_minutes, kept.place) == (55, f"Room {RLO}21")
    with pytest.raises(InvalidInput, match="force the direction"):  # typed anew: refused
        sessions.update(vault, held.id, replace(
            sessions.SessionDraft(held.engagement_id, held.starts_at, 55), place=f"{RLO}x"))

    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-12-31",
        facts=("attendance",)))
    with vault_conn_write() as conn:
        conn.execute("UPDATE reports SET purpose = ?", (f"Progress {RLO}report",))
    reports.approve(vault, report.id, [], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
