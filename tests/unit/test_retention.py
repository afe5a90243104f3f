"""Records past their agreed retention period come up on their own."""

from __future__ import annotations

from coachdesk import agreements, clients, engagements, retention
from tests.cases import ethics_case


def test_a_client_is_past_retention_only_when_every_engagement_ended_and_time_ran_out(vault):
    case = ethics_case(vault)  # Maya's agreement keeps records 7 years
    assert retention.past_retention(vault, "2040-01-01") == []  # still running
    engagements.end(vault, case.engagement.id)
    for engagement in engagements.for_client(vault, case.other_client.id):
        engagements.end(vault, engagement.id)
    assert retention.past_retention(vault, "2033-12-20") == []  # ends 2026-12-20 + 7 years
    [due] = retention.past_retention(vault, "2033-12-21")
    assert (due.client_name, due.ended_on, due.retention_years, due.keep_until) == (
        "Maya Okafor", "2026-12-20", 7, "2033-12-20")
    # Jonas's engagement ended too, but no agreement of his names a period: never listed.
    assert case.other_client.id not in {d.client_id for d in retention.past_retention(
        vault, "2099-01-01")}


def test_a_leap_day_end_does_not_break_the_date(vault):
    client = clients.add(vault, clients.ClientDraft("Leap"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2028-01-01", "2028-02-29"))
    draft = agreements.draft_for_engagement(vault, engagement.id, "Coach")
    agreements.add(vault, draft)
    engagements.end(vault, engagement.id)
    [due] = retention.past_retention(vault, "2035-03-01")
    assert due.keep_until == "2035-02-28"
