"""Migration 0010: an older vault's fees keep their meaning. A fee of 0 is 0 on any
basis; any other bare fee is left "to confirm" for the coach to say, and no agreement's
words change (signed words are never rewritten)."""

from __future__ import annotations

import os

import pytest
import sqlcipher3

from coachdesk import agreements, engagements, migrations, sessions
from coachdesk import vault as vaults
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput

OLD_WORDS = ("The sponsor pays GBP 350.00 for the engagement of 8 sessions, invoiced monthly "
             "and payable within 30 days.")


@pytest.fixture
def older_vault(location):
    """A vault as CoachDesk left it before migration 0010, opened now."""
    key = vaults.RawKey(os.urandom(32))
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    migrations.apply(conn, up_to=9)
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older-vault'),
                                                   ('key_mode', 'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Jonas Berg', 'berg', '{now}', '{now}');
        INSERT INTO sponsors (id, organisation, sort_name, created_at, updated_at)
            VALUES (1, 'Northwind Ltd', 'northwind', '{now}', '{now}');
        INSERT INTO engagements (id, client_id, sponsor_id, starts_on, fee_cents, currency,
                                 planned_sessions, created_at, updated_at)
            VALUES (1, 1, 1, '2026-01-01', 35000, 'GBP', 8, '{now}', '{now}'),
                   (2, 1, NULL, '2026-01-01', 0, 'EUR', NULL, '{now}', '{now}');
        INSERT INTO sessions (id, engagement_id, starts_at, duration_minutes, fee_cents,
                              status, created_at, updated_at)
            VALUES (1, 1, '2026-02-01T10:00', 60, 0, 'held', '{now}', '{now}'),
                   (2, 1, '2026-12-01T10:00', 60, 0, 'planned', '{now}', '{now}');
        INSERT INTO agreements (id, client_id, engagement_id, sponsor_id, kind, title, status,
                                sponsor_may_receive, created_at, updated_at)
            VALUES (1, 1, 1, 1, 'three_party', 'Agreement', 'active', '', '{now}', '{now}');
        INSERT INTO agreement_parties (id, agreement_id, role, name)
            VALUES (1, 1, 'coach', 'Kim'), (2, 1, 'client', 'Jonas Berg'),
                   (3, 1, 'sponsor', 'Northwind Ltd');
        INSERT INTO agreement_clauses (agreement_id, position, kind, heading, body)
            VALUES (1, 0, 'fees', 'Fees and payment', '{OLD_WORDS}');
        INSERT INTO signatures (party_id, signed_name, signed_on, method, recorded_at)
            VALUES (1, 'Kim', '2026-01-02', 'handwritten', '{now}'),
                   (2, 'Jonas Berg', '2026-01-02', 'handwritten', '{now}'),
                   (3, 'Ana Lopes', '2026-01-02', 'handwritten', '{now}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    yield vault
    vault.close()


def test_a_bare_fee_waits_for_the_coach_and_signed_words_stay(older_vault):
    vault = older_vault
    assert vault.read_one("PRAGMA user_version")[0] == migrations.latest()
    bare, free = engagements.get(vault, 1), engagements.get(vault, 2)
    assert (bare.fee_basis, bare.fee_cents, bare.currency) == (None, 35000, "GBP")
    assert bare.fee_to_confirm and bare.session_fee_cents is None
    assert (free.fee_basis, free.session_fee_cents) == ("per_session", 0)
    assert [(e.engagement.id, e.client_name) for e in engagements.fee_to_confirm(vault)] == [
        (1, "Jonas Berg")]
    # Nothing is drafted from a fee whose meaning is unknown.
    with pytest.raises(InvalidInput, match="Say what this engagement's fee is for"):
        agreements.draft_for_engagement(vault, 1, "Kim")

    # The coach says: GBP 350 per session. The signed words are the agreement's own.
    engagements.update(vault, 1, engagements.EngagementDraft(
        1, "2026-01-01", None, 1, fee_cents=35000, currency="GBP", planned_sessions=8,
        fee_basis="per_session"))
    assert engagements.get(vault, 1).session_fee_cents == 35000
    assert engagements.fee_to_confirm(vault) == []
    assert [c.body for c in agreements.get(vault, 1).clauses] == [OLD_WORDS]
    fees = {s.id: s.fee_cents for s in sessions.for_engagement(vault, 1)}
    assert fees == {1: 0, 2: 35000}  # the planned one follows; the held one happened at 0


def test_an_unknown_basis_cannot_be_stored(older_vault):
    with pytest.raises(InvalidInput, match="What the fee is for must be one of"):
        engagements.update(older_vault, 2, engagements.EngagementDraft(
            1, "2026-01-01", fee_basis="hourly"))
    with pytest.raises(sqlcipher3.IntegrityError, match="unknown fee basis"):  # noqa: SIM117
        with older_vault.transaction(touches=Change.ENGAGEMENTS) as conn:
            conn.execute("UPDATE engagements SET fee_basis = 'hourly' WHERE id = 2")


def test_a_fee_to_confirm_under_signed_words_keeps_its_amount_and_currency(older_vault):
    vault = older_vault
    for amount, currency in ((50000, "GBP"), (35000, "EUR")):
        with pytest.raises(InvalidInput, match="states the fee") as refused:
            engagements.update(vault, 1, engagements.EngagementDraft(
                1, "2026-01-01", None, 1, fee_cents=amount, currency=currency,
                planned_sessions=8, fee_basis="per_session"))
        assert OLD_WORDS in refused.value.message  # quoted as signed, not as generated now
    assert (engagements.get(vault, 1).fee_cents, engagements.get(vault, 1).currency) == (
        35000, "GBP")


def test_an_unsigned_agreement_rewritten_for_a_new_fee_is_in_the_audit_log(older_vault):
    vault = older_vault
    engagements.update(vault, 2, engagements.EngagementDraft(
        1, "2026-01-01", fee_cents=10000, currency="EUR", planned_sessions=4,
        fee_basis="per_session"))
    draft = agreements.draft_for_engagement(vault, 2, "Kim")
    agreement = agreements.add(vault, draft)
    engagements.update(vault, 2, engagements.EngagementDraft(
        1, "2026-01-01", fee_cents=12000, currency="EUR", planned_sessions=4,
        fee_basis="per_session"))
    words = " ".join(c.body for c in agreements.get(vault, agreement.id).clauses)
    assert "EUR 120.00" in words and "EUR 100.00" not in words
    logged = [r[0] for r in vault.read(
        "SELECT action FROM audit_log WHERE record_kind = 'agreement' AND record_id = ?",
        (agreement.id,))]
    assert logged[-1] == "agreement.clauses_changed"
