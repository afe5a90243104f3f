"""Retention: when a client's records have been kept as long as their agreement said.

Each agreement names a retention period in years after the engagement ends.
A client's records are past retention when every engagement has ended and the
longest period any of their agreements names has run out since the last one
ended. A client whose agreements name no period is never listed: nobody
agreed when their records end. What to do then (disposal) is the coach's act.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from msgspec import Struct

if TYPE_CHECKING:
    from coachdesk.vault import Vault


class PastRetention(Struct, frozen=True):
    client_id: int
    client_name: str
    ended_on: str
    retention_years: int
    keep_until: str


def _years_after(day: str, years: int) -> str:
    start = date.fromisoformat(day)
    try:
        return start.replace(year=start.year + years).isoformat()
    except ValueError:  # 29 February in a year without one
        return start.replace(year=start.year + years, day=28).isoformat()


def past_retention(vault: Vault, today: str) -> list[PastRetention]:
    """Clients whose records have passed their agreed retention on ``today``, oldest first."""
    # Only a client whose period can have run out by this year gets the exact check below
    # (a large practice has thousands of ended clients, nearly all still within theirs);
    # a client whose agreements name no period is never listed (NULL compares false).
    rows = vault.read(
        "SELECT id, name, ended_on, years FROM ("
        " SELECT c.id, c.name,"
        "  (SELECT MAX(COALESCE(e.ends_on, substr(e.updated_at, 1, 10)))"
        "     FROM engagements e WHERE e.client_id = c.id) AS ended_on,"
        "  (SELECT MAX(a.retention_years) FROM agreements a WHERE a.client_id = c.id) AS years"
        "  FROM clients c"
        "  WHERE EXISTS (SELECT 1 FROM engagements e WHERE e.client_id = c.id)"
        "  AND NOT EXISTS (SELECT 1 FROM engagements e WHERE e.client_id = c.id"
        "                  AND e.status != 'ended')"
        "  AND NOT EXISTS (SELECT 1 FROM disposals d WHERE d.client_id = c.id))"
        " WHERE years + CAST(substr(ended_on, 1, 4) AS INTEGER)"
        "       <= CAST(substr(?, 1, 4) AS INTEGER)", (today,))
    found = []
    for client_id, name, ended_on, years in rows:
        keep_until = _years_after(ended_on, years)
        if keep_until < today:
            found.append(PastRetention(client_id, name, ended_on, years, keep_until))
    return sorted(found, key=lambda p: p.keep_until)
