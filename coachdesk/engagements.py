"""Engagements: a period of coaching for one client, perhaps paid by a sponsor.

Every goal is visible to the client. A goal the sponsor wants hidden from the
client is refused: the ICF Code treats an outcome kept from the client as an
ethical conflict, so CoachDesk cannot even store one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

GOAL_VISIBILITIES = ("client", "client_and_sponsor")
HIDDEN_FROM_CLIENT = ("sponsor_only", "hidden_from_client", "coach_and_sponsor")
STATUSES = ("planned", "active", "ended")

HIDDEN_GOAL_REFUSAL = (
    "Every goal must be visible to the client. A goal the sponsor wants kept from "
    "the client is an ethical conflict under the ICF Code of Ethics: talk it "
    "through with the client and sponsor together, and record it only as a goal "
    "the client knows."
)


@dataclass(frozen=True)
class GoalDraft:
    text: str
    visibility: str = "client"  # "client", or "client_and_sponsor"


@dataclass(frozen=True)
class Goal:
    id: int
    engagement_id: int
    position: int
    text: str
    visibility: str


@dataclass(frozen=True)
class EngagementDraft:
    client_id: int
    starts_on: str
    ends_on: str | None = None
    sponsor_id: int | None = None
    title: str = ""
    fee_cents: int = 0
    currency: str = "EUR"
    planned_sessions: int | None = None
    goals: tuple[GoalDraft, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Engagement:
    id: int
    client_id: int
    sponsor_id: int | None
    title: str
    starts_on: str
    ends_on: str | None
    fee_cents: int
    currency: str
    planned_sessions: int | None
    status: str
    goals: tuple[Goal, ...] = field(default=(), kw_only=True)  # from its own table


def check_goal(goal: GoalDraft) -> GoalDraft:
    if goal.visibility in HIDDEN_FROM_CLIENT:
        raise InvalidInput("goals", HIDDEN_GOAL_REFUSAL)
    validation.choice("goals", "A goal's visibility", goal.visibility, GOAL_VISIBILITIES)
    text = validation.long_text("goals", "A goal", goal.text, 8192).strip()
    if not text:
        raise InvalidInput("goals", "A goal cannot be empty.")
    return GoalDraft(text, goal.visibility)


def _checked(d: EngagementDraft) -> EngagementDraft:
    starts = validation.iso_date("starts_on", "The start date", d.starts_on)
    ends = validation.iso_date("ends_on", "The end date", d.ends_on, required=False)
    validation.date_range(starts, ends)
    if d.planned_sessions is not None and d.planned_sessions < 0:
        raise InvalidInput("planned_sessions", "Planned sessions cannot be negative.")
    currency = validation.one_line("currency", "Currency", d.currency, 3).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InvalidInput("currency", "Currency is a three-letter code such as EUR or USD.")
    return EngagementDraft(
        client_id=d.client_id,
        starts_on=starts,
        ends_on=ends,
        sponsor_id=d.sponsor_id,
        title=validation.one_line("title", "Title", d.title),
        fee_cents=validation.amount_cents("fee_cents", "The fee", d.fee_cents),
        currency=currency,
        planned_sessions=d.planned_sessions,
        goals=tuple(check_goal(g) for g in d.goals),
    )


def _write_goals(conn: sqlcipher3.Connection, engagement_id: int,
                 goals: tuple[GoalDraft, ...]) -> None:
    conn.execute("DELETE FROM goals WHERE engagement_id = ?", (engagement_id,))
    conn.executemany(
        "INSERT INTO goals (engagement_id, position, text, visibility) VALUES (?, ?, ?, ?)",
        [(engagement_id, i, g.text, g.visibility) for i, g in enumerate(goals)],
    )


def add(vault: Vault, draft: EngagementDraft) -> Engagement:
    d = _checked(draft)
    now = now_utc()
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
        engagement_id = conn.execute(
            "INSERT INTO engagements (client_id, sponsor_id, title, starts_on, ends_on,"
            " fee_cents, currency, planned_sessions, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.client_id,
                d.sponsor_id,
                d.title,
                d.starts_on,
                d.ends_on,
                d.fee_cents,
                d.currency,
                d.planned_sessions,
                now,
                now,
            ),
        ).lastrowid
        _write_goals(conn, engagement_id, d.goals)
        audit.record(conn, "engagement.added", "engagement", engagement_id)
    return get(vault, engagement_id)


def update(vault: Vault, engagement_id: int, draft: EngagementDraft) -> Engagement:
    d = _checked(draft)
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
        cur = conn.execute(
            "UPDATE engagements SET sponsor_id = ?, title = ?, starts_on = ?, ends_on = ?,"
            " fee_cents = ?, currency = ?, planned_sessions = ?, updated_at = ? WHERE id = ?",
            (
                d.sponsor_id,
                d.title,
                d.starts_on,
                d.ends_on,
                d.fee_cents,
                d.currency,
                d.planned_sessions,
                now_utc(),
                engagement_id,
            ),
        )
        if cur.rowcount != 1:
            raise NotFound("This engagement is no longer in the vault.")
        _write_goals(conn, engagement_id, d.goals)
        audit.record(conn, "engagement.edited", "engagement", engagement_id)
    return get(vault, engagement_id)


def get(vault: Vault, engagement_id: int) -> Engagement:
    row = vault.read_one(
        "SELECT id, client_id, sponsor_id, title, starts_on, ends_on, fee_cents, currency,"
        " planned_sessions, status FROM engagements WHERE id = ?",
        (engagement_id,),
    )
    if row is None:
        raise NotFound("This engagement is no longer in the vault.")
    goals = tuple(
        Goal(*r)
        for r in vault.read(
            "SELECT id, engagement_id, position, text, visibility FROM goals"
            " WHERE engagement_id = ? ORDER BY position",
            (engagement_id,),
        )
    )
    return Engagement(*row, goals=goals)


def for_client(vault: Vault, client_id: int) -> list[Engagement]:
    ids = [
        r[0]
        for r in vault.read(
            "SELECT id FROM engagements WHERE client_id = ? ORDER BY starts_on DESC", (client_id,)
        )
    ]
    return [get(vault, i) for i in ids]


def for_sponsor(vault: Vault, sponsor_id: int) -> list[Engagement]:
    """The engagements a sponsor pays for, newest first."""
    ids = [r[0] for r in vault.read(
        "SELECT id FROM engagements WHERE sponsor_id = ? ORDER BY starts_on DESC", (sponsor_id,))]
    return [get(vault, i) for i in ids]


def end(vault: Vault, engagement_id: int) -> Engagement:
    """The engagement is over (its records now count toward retention)."""
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
        cur = conn.execute("UPDATE engagements SET status = 'ended', updated_at = ? WHERE id = ?",
                           (now_utc(), engagement_id))
        if cur.rowcount != 1:
            raise NotFound("This engagement is no longer in the vault.")
        audit.record(conn, "engagement.ended", "engagement", engagement_id)
    return get(vault, engagement_id)


@dataclass(frozen=True)
class Ending:
    engagement: Engagement
    client_name: str


def ending_soon(vault: Vault, today: str, days: int = 30) -> list[Ending]:
    """Engagements still running whose end date falls within ``days`` of ``today``."""
    until = (date.fromisoformat(today) + timedelta(days=days)).isoformat()
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.status != 'ended' AND e.ends_on BETWEEN ? AND ? ORDER BY e.ends_on",
        (today, until))
    return [Ending(get(vault, eid), name) for eid, name in rows]


def without_active_agreement(vault: Vault) -> list[Ending]:
    """Running engagements with no active agreement: coaching without agreed terms."""
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.status != 'ended' AND c.status != 'archived' AND NOT EXISTS ("
        "  SELECT 1 FROM agreements a WHERE a.engagement_id = e.id AND a.status = 'active')"
        " ORDER BY e.starts_on")
    return [Ending(get(vault, eid), name) for eid, name in rows]
