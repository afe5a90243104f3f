"""Set-ups the billing and admin tests share, core and screens alike: a signed agreement
letting the sponsor receive chosen terms, Tom's coaching paid by Brightwater Logistics,
Lea and Ravi's invoicing practice, Ines's paid engagement with two held sessions, and a
six-session package. Built through CoachDesk's own functions, imported by name
(``from tests.billing_setup import ...``), like tests.cases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from msgspec.structs import replace

from coachdesk import agreements, clients, engagements, sessions, settings, sponsors


def an_hour_ago(days: int = 0) -> str:
    """A session's start that has passed (``days`` before, an hour ago), in local time."""
    return (datetime.now() - timedelta(days=days, hours=1)).isoformat(timespec="minutes")


def sign(vault, engagement_id: int, terms: tuple[str, ...],
         parties: tuple[tuple[str, str], ...], on: str) -> agreements.Agreement:
    """The engagement's agreement letting the sponsor receive ``terms``, signed by each
    (role, name) of ``parties`` on ``on`` and active."""
    coach = dict(parties)["coach"]
    draft = agreements.draft_for_engagement(vault, engagement_id, coach)
    agreement = agreements.add(vault, replace(draft, sponsor_may_receive=terms))
    for role, name in parties:
        agreements.record_signature(vault, agreement.id, role, name, on, "handwritten")
    return agreements.activate(vault, agreement.id)


# -- Tom, paid for by Brightwater Logistics Ltd (the new-coach trial of issue 15) ---------
@dataclass(frozen=True)
class Brightwater:
    tom: clients.Client
    company: sponsors.Sponsor
    priya: sponsors.Contact
    engagement: engagements.Engagement
    held: list[int]


def brightwater(vault, *, terms: tuple[str, ...] | None = ("dates", "hours"),
                basis: str = "per_session", fee: int = 18000, planned: int | None = None,
                held_days: tuple[int, ...] = (1, 2, 3), coach_details: bool = True,
                address: str = "") -> Brightwater:
    """Maya coaches Tom; Brightwater Logistics Ltd pays (billing name Accounts Payable),
    GBP 180 a session by default, with a signed agreement letting it receive ``terms``
    (None: no agreement) and a held session on each of ``held_days`` of October 2026."""
    settings.put(vault, "coach_name", "Maya Lindqvist")
    if coach_details:
        settings.put(vault, "coach_details", "12 Harbour Street\nLiverpool L1 8JQ\n"
                                             "maya@lindqvist.example · 0151 496 0000")
    tom = clients.add(vault, clients.ClientDraft("Tom Okafor", address=address))
    company = sponsors.add(vault, sponsors.SponsorDraft(
        "Brightwater Logistics Ltd", billing_name="Accounts Payable",
        address="1 Dock Road\nLiverpool L3 4AA"))
    priya = sponsors.add_contact(vault, company.id, sponsors.ContactDraft(
        "Priya Nair", email="priya.nair@brightwater.example"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        tom.id, "2026-09-01", sponsor_id=company.id, fee_cents=fee, currency="GBP",
        fee_basis=basis, planned_sessions=planned,
        package_missed_counts=True if basis == "package" else None))
    if terms is not None:
        sign(vault, engagement.id, terms, (("coach", "Maya Lindqvist"),
                                           ("client", "Tom Okafor"), ("sponsor", "Priya Nair")),
             "2026-09-01")
    held = [sessions.add(vault, sessions.SessionDraft(
        engagement.id, f"2026-10-0{d}T10:00", 60, status="held")).id for d in held_days]
    return Brightwater(tom, company, priya, engagement, held)


# -- Lea pays for herself; Ravi's coaching is paid by Northwind (the invoice tests) -------
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
    """Ravi's signed, active agreement letting Northwind receive ``terms``."""
    sign(vault, engagement_id, terms, (("coach", "Sam Coach"), ("client", "Ravi Shah"),
                                       ("sponsor", "Ines Vos")), "2026-01-02")


# -- Ines pays for herself (the admin gaps on screen) ------------------------------------
def ines(vault):
    """A client with a paid engagement (EUR 120 a session) and two held sessions: 60
    minutes a week ago, 90 minutes an hour ago."""
    client = clients.add(vault, clients.ClientDraft("Ines Duarte", email="ines@example.org"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", fee_cents=12000, currency="EUR"))
    first = sessions.add(vault, sessions.SessionDraft(
        engagement.id, an_hour_ago(days=7), 60, "", None, "held"))
    second = sessions.add(vault, sessions.SessionDraft(
        engagement.id, an_hour_ago(), 90, "", None, "held"))
    return client, engagement, first, second


# -- a package of six sessions for EUR 900 ------------------------------------------------
def package(vault, name: str = "Nadia Petrova", *, address: str = "",
            expires: str | None = "2026-06-30", held_months: tuple[int, ...] = (2, 3)):
    """``name``'s package of 6 sessions for EUR 900 from 2026-01-01 (missed sessions
    count), with a held session on the 10th of each of ``held_months`` of 2026."""
    client = clients.add(vault, clients.ClientDraft(name, address=address))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-01", fee_cents=90000, currency="EUR", planned_sessions=6,
        fee_basis="package", package_expires_on=expires, package_missed_counts=True))
    held = [sessions.add(vault, sessions.SessionDraft(
        engagement.id, f"2026-{m:02d}-10T09:00", 60, status="held")).id for m in held_months]
    return client, engagement, held
