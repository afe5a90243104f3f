"""A draft three-party agreement for the agreement page's layout tests."""

from __future__ import annotations


def three_party_agreement(vault, language: str = "en"):
    """Jordan Okafor's draft three-party agreement with Brightwater Logistics Ltd (per
    session, 8 sessions), written in ``language``: what the agreement page's layout tests
    look at."""
    from coachdesk import agreements, clients, engagements, sponsors

    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    client = clients.add(vault, clients.ClientDraft("Jordan Okafor"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching",
        fee_cents=35000, planned_sessions=8, fee_basis="per_session"))
    return agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                 "Maya Lindqvist", language))
