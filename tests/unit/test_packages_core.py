"""Session packages: so many sessions for a price. Held sessions are used; missed ones
as the agreement chooses; the agreement states the terms, and signed terms never move."""

from __future__ import annotations

import csv
import io

import pytest
import sqlcipher3
from msgspec.structs import replace

from coachdesk import agreements, clients, engagements, packages, sessions, tax_export
from coachdesk.changes import Change
from coachdesk.engagements import EngagementDraft
from coachdesk.errors import InvalidInput
from coachdesk.sessions import SessionDraft


def _package(vault, *, price=90000, size=6, expires="2027-03-31", missed_count=True,
             name="Lena Park"):
    client = clients.add(vault, clients.ClientDraft(name))
    return engagements.add(vault, EngagementDraft(
        client.id, "2026-09-01", "2027-06-30", title="Six-session package", fee_cents=price,
        currency="EUR", planned_sessions=size, fee_basis="package",
        package_expires_on=expires, package_missed_counts=missed_count))


def _sessions(vault, engagement, *statuses):
    for day, status in enumerate(statuses, start=1):
        sessions.add(vault, SessionDraft(engagement.id, f"2026-10-{day:02d}T10:00", 60,
                                         status=status))


def test_held_sessions_are_used_and_missed_ones_as_the_agreement_says(vault):
    counts = _package(vault, missed_count=True)
    spares = _package(vault, missed_count=False, name="Omar Haddad")
    for engagement in (counts, spares):
        _sessions(vault, engagement, "held", "held", "no_show", "held", "cancelled")
    assert packages.use(vault, engagements.get(vault, counts.id)).used == 4  # 3 held + missed
    assert packages.use(vault, engagements.get(vault, spares.id)).used == 3  # missed: spared
    assert packages.use(vault, engagements.get(vault, counts.id)).sessions == 6


def test_the_last_session_booked_and_sessions_beyond_the_package(vault):
    engagement = _package(vault, size=3, expires=None)
    _sessions(vault, engagement, "held", "planned")
    use = packages.use(vault, engagement)
    assert (use.used, use.booked, use.left, use.last_booked) == (1, 1, 1, False)
    assert not use.needs_a_word("2026-10-01")
    _sessions(vault, engagement, "held", "held", "planned")  # days 1-3 again: 3 held, 2 planned
    use = packages.use(vault, engagement)
    assert (use.used, use.booked, use.over_booked) == (3, 2, 2)
    assert use.used_up and not use.last_booked and use.needs_a_word("2026-10-01")


def test_a_package_expiring_within_a_month_needs_a_word_on_today(vault):
    soon = _package(vault, expires="2026-11-20", name="Ana Soon")
    later = _package(vault, expires="2027-03-31", name="Ben Later")
    booked_out = _package(vault, size=2, expires=None, name="Cleo Booked")
    _sessions(vault, booked_out, "held", "planned")
    found = packages.needing_a_word(vault, "2026-11-01")
    assert [(row.client_name, use.engagement_id) for row, use in found] == [
        ("Ana Soon", soon.id), ("Cleo Booked", booked_out.id)]
    assert packages.use(vault, soon).days_left("2026-11-01") == 19
    assert later.id not in [use.engagement_id for _row, use in found]
    # after its last day, with sessions unused, it still needs a word
    assert packages.use(vault, soon).expired("2026-11-21")


def test_a_session_carries_its_share_of_the_package_price(vault):
    engagement = _package(vault, price=100000, size=6)
    assert engagement.session_fee_cents == 16667  # EUR 1,000.00 / 6, rounded
    assert engagement.total_cents == 100000
    session = sessions.add(vault, SessionDraft(engagement.id, "2026-10-05T10:00", 60))
    assert session.fee_cents == 16667


def test_a_package_needs_its_sessions_and_the_choice_on_missed_sessions(vault):
    client = clients.add(vault, clients.ClientDraft("Mia Lund"))
    base = EngagementDraft(client.id, "2026-09-01", fee_cents=90000, planned_sessions=6,
                           fee_basis="package", package_missed_counts=True)
    with pytest.raises(InvalidInput, match="Say whether a missed session counts"):
        engagements.add(vault, replace(base, package_missed_counts=None))
    with pytest.raises(InvalidInput, match="holds at least one session"):
        engagements.add(vault, replace(base, planned_sessions=0))
    with pytest.raises(InvalidInput, match="last day comes before the engagement starts"):
        engagements.add(vault, replace(base, package_expires_on="2026-08-31"))
    # The vault holds the rule itself, whatever writes to it.
    with pytest.raises(sqlcipher3.IntegrityError, match="a package needs"):  # noqa: SIM117
        with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
            conn.execute("INSERT INTO engagements (client_id, starts_on, fee_basis,"
                         " created_at, updated_at) VALUES (?, '2026-09-01', 'package', '', '')",
                         (client.id,))
    per_session = engagements.add(vault, replace(base, fee_basis="per_session",
                                                 package_expires_on="2027-01-01"))
    assert (per_session.package_sessions, per_session.package_expires_on,
            per_session.package_missed_counts) == (None, None, None)


def _signed(vault, engagement):
    draft = agreements.draft_for_engagement(vault, engagement.id, "Kim Coach")
    agreement = agreements.add(vault, draft)
    agreements.record_signature(vault, agreement.id, "coach", "Kim Coach", "2026-09-01",
                                "handwritten")
    return agreements.get(vault, agreement.id)


def _words(agreement) -> dict[str, str]:
    return {c.kind: c.body for c in agreement.clauses}


def test_the_agreement_states_the_package_in_its_words(vault):
    counts = _package(vault, missed_count=True)
    spares = _package(vault, missed_count=False, expires=None, name="Omar Haddad")
    words = _words(agreements.add(vault, agreements.draft_for_engagement(vault, counts.id,
                                                                         "Kim Coach")))
    assert words["fees"].startswith("The client pays EUR 900.00 for a package of 6 sessions, "
                                    "to be used by 2027-03-31, invoiced monthly")
    assert words["cancellation"].endswith("A session cancelled later, or missed, counts as one"
                                          " of the package's 6 sessions, unless the cause was "
                                          "an emergency.")
    words = _words(agreements.add(vault, agreements.draft_for_engagement(vault, spares.id,
                                                                         "Kim Coach")))
    assert words["fees"].startswith("The client pays EUR 900.00 for a package of 6 sessions,"
                                    " invoiced")
    assert words["cancellation"].endswith("A session cancelled later, or missed, does not "
                                          "count against the package's 6 sessions.")


def test_an_unsigned_agreement_follows_the_package_a_signed_one_refuses_to_move(vault):
    engagement = _package(vault)
    draft = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, "Kim"))
    as_draft = EngagementDraft(engagement.client_id, "2026-09-01", "2027-06-30",
                               title=engagement.title, fee_cents=90000, planned_sessions=8,
                               fee_basis="package", package_expires_on="2027-03-31",
                               package_missed_counts=False)
    engagements.update(vault, engagement.id, as_draft)
    words = _words(agreements.get(vault, draft.id))
    assert "for a package of 8 sessions, to be used by 2027-03-31" in words["fees"]
    assert words["cancellation"].endswith("does not count against the package's 8 sessions.")

    signed = _signed(vault, engagements.get(vault, engagement.id))
    before = _words(signed)
    for change in (dict(planned_sessions=10), dict(package_missed_counts=True),
                   dict(package_expires_on="2027-05-31"), dict(package_expires_on=None),
                   dict(fee_basis="engagement_total")):
        with pytest.raises(InvalidInput, match="signed agreement .* states the fee"):
            engagements.update(vault, engagement.id, replace(as_draft, **change))
    assert _words(agreements.get(vault, signed.id)) == before
    assert engagements.get(vault, engagement.id).package_sessions == 8
    # What the agreement does not state may still change.
    engagements.update(vault, engagement.id, replace(as_draft, title="Eight sessions"))
    assert engagements.get(vault, engagement.id).title == "Eight sessions"


def test_the_tax_export_names_a_package_share_and_leaves_unbilled_misses_out(vault):
    spares = _package(vault, price=60000, size=4, missed_count=False)
    counts = _package(vault, price=60000, size=4, missed_count=True, name="Omar Haddad")
    _sessions(vault, spares, "held", "no_show")
    _sessions(vault, counts, "no_show")
    text = tax_export.csv_bytes(vault, "2026-10-01", "2026-10-31").decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(text)))[1:]
    assert sorted(table) == sorted([
        ["2026-10-01", "60", "150.00", "EUR", "Lena Park", "held", "share_of_package", ""],
        ["2026-10-01", "60", "150.00", "EUR", "Omar Haddad", "no_show", "share_of_package", ""],
    ])


def test_the_demo_has_a_client_on_a_package_that_needs_a_word(vault):
    from datetime import date

    from coachdesk import demo

    demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    found = {row.client_name: use for row, use in packages.needing_a_word(vault, "2026-11-25")}
    use = found["Nadia Petrova"]
    assert (use.used, use.sessions, use.held, use.missed, use.booked) == (4, 6, 3, 1, 2)
    assert use.last_booked and use.expires_soon("2026-11-25")
    engagement = engagements.get(vault, use.engagement_id)
    agreement = agreements.for_engagement(vault, engagement.id)[0]
    assert agreement.status == "active"
    assert "for a package of 6 sessions, to be used by 2026-12-16" in _words(agreement)["fees"]
