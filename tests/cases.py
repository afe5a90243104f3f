"""The ethics case, built through CoachDesk's own functions, for tests to start from.

Maya Okafor is coached under a three-party agreement paid for by Northwind Ltd;
her manager Dan Reyes asks for "a full report of what was said". A second
client, Jonas Berg, exists so tests can prove none of his words leak.
"""

from __future__ import annotations

from dataclasses import dataclass

from msgspec.structs import replace

from coachdesk import agreements, clients, engagements, notes, sessions, settings, sponsors


@dataclass(frozen=True)
class EthicsCase:
    client: clients.Client
    other_client: clients.Client
    sponsor: sponsors.Sponsor
    manager: sponsors.Contact
    engagement: engagements.Engagement
    agreement: agreements.Agreement
    shared_note: notes.Note
    private_note: notes.Note
    other_note: notes.Note


ALL_TERMS = agreements.SHARING_TERMS


def ethics_case(vault, *, activate: bool = True,
                sharing: tuple[str, ...] = ALL_TERMS) -> EthicsCase:
    settings.put(vault, "coach_name", "Sam Coach")
    client = clients.add(vault, clients.ClientDraft("Maya Okafor"))
    other = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Northwind Ltd"))
    manager = sponsors.add_contact(vault, sponsor.id,
                                   sponsors.ContactDraft("Dan Reyes", role="Head of Sales"))
    sponsor = sponsors.get(vault, sponsor.id)
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", "2026-12-20", sponsor_id=sponsor.id,
        title="Leadership coaching", planned_sessions=8))
    draft = agreements.draft_for_engagement(vault, engagement.id, "Sam Coach")
    # The parties chose: attendance, dates, hours and progress in approved words.
    agreement = agreements.add(vault, replace(draft, sponsor_may_receive=sharing))
    if activate:
        for role, name in (("coach", "Sam Coach"), ("client", "Maya Okafor"),
                           ("sponsor", "Dan Reyes")):
            agreements.record_signature(vault, agreement.id, role, name, "2026-01-05",
                                        "handwritten")
        agreement = agreements.activate(vault, agreement.id)
    for day, status in (("2026-01-12", "held"), ("2026-02-09", "held"),
                        ("2026-03-09", "cancelled"), ("2026-03-16", "held"),
                        ("2026-04-13", "no_show"), ("2026-05-11", "planned")):
        sessions.add(vault, sessions.SessionDraft(engagement.id, f"{day}T10:00", 90,
                                                  status=status))
    shared = notes.add(vault, client.id, "We talked about her team. She now runs the weekly "
                       "review herself and asks for feedback earlier.",
                       privacy=notes.MAY_REPORT)
    private = notes.add(vault, client.id, "PRIVATE: worried about her marriage.")
    other_engagement = engagements.add(vault, engagements.EngagementDraft(
        other.id, "2026-01-05", sponsor_id=sponsor.id))
    del other_engagement
    other_note = notes.add(vault, other.id, "JONAS-SECRET: plans to resign.", is_private=False)
    return EthicsCase(client, other, sponsor, manager, engagement, agreement, shared, private,
                      other_note)


def nordwind_engagement(vault) -> engagements.Engagement:
    """Jonas Berg's coaching paid by Nordwind GmbH: EUR 3,600 for 10 sessions, ending
    2026-08-31 (the agreement-language tests write its agreement in every language)."""
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Nordwind GmbH"))
    client = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    return engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-31", sponsor.id, title="Führung",
        fee_cents=360000, planned_sessions=10, fee_basis="engagement_total"))
