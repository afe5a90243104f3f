"""Session packages: how much of a package is used, and what deserves a word.

A package is an engagement whose fee basis is ``package`` (``coachdesk.engagements``):
its price buys ``package_sessions`` sessions, perhaps to be used by a last day. A held
session counts as used; a missed one (``no_show``) counts only when the agreement says
so (``package_missed_counts``, an explicit choice, never read from the words); a
cancelled one never does. Planned sessions are booked, not used. A session the coach
marked pro bono (credentials.set_session_paid) is a free one outside what was bought:
it is not used, and the count shows it apart (``pro_bono``).

The screens warn when the last session is booked (used and booked reach the package's
number) and when the package's last day falls within a month; these are facts here,
words in the UI.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from msgspec import Struct

from coachdesk import engagements
from coachdesk.engagements import Ending, Engagement

if TYPE_CHECKING:
    from coachdesk.vault import Vault

SOON_DAYS = 30  # "expires within a month"


class PackageUse(Struct, frozen=True):
    """One package's count: ``used`` of ``sessions``, and what is booked."""

    engagement_id: int
    sessions: int  # in the package
    held: int
    missed: int  # recorded as missed, whether they count or not
    missed_count: bool  # the agreement's choice: a missed session is used
    booked: int  # planned, not yet held or missed
    expires_on: str | None  # the last day its sessions may be used
    pro_bono: int = 0  # held or missed, marked pro bono: given on top, not used

    @property
    def used(self) -> int:
        return self.held + (self.missed if self.missed_count else 0)

    @property
    def left(self) -> int:
        """Sessions neither used nor booked."""
        return max(self.sessions - self.used - self.booked, 0)

    @property
    def used_up(self) -> bool:
        return self.used >= self.sessions

    @property
    def last_booked(self) -> bool:
        """Every session of the package is used or booked, the last one still to come."""
        return not self.used_up and self.used + self.booked >= self.sessions

    @property
    def over_booked(self) -> int:
        """Sessions booked beyond the package (they are not covered by its price)."""
        return max(self.used + self.booked - self.sessions, 0)

    def days_left(self, today: str) -> int | None:
        """Days until the last day (0 on it, negative after it); None: no last day."""
        if self.expires_on is None:
            return None
        return (date.fromisoformat(self.expires_on) - date.fromisoformat(today)).days

    def expires_soon(self, today: str) -> bool:
        days = self.days_left(today)
        return days is not None and 0 <= days <= SOON_DAYS and not self.used_up

    def expired(self, today: str) -> bool:
        days = self.days_left(today)
        return days is not None and days < 0 and not self.used_up

    def needs_a_word(self, today: str) -> bool:
        """Something the coach should see today: the last session booked, more booked
        than the package holds, or its last day near or past with sessions unused."""
        return (self.last_booked or self.over_booked > 0 or self.expires_soon(today)
                or self.expired(today))

    def would_count(self, planned_on: str) -> tuple[int, bool]:
        """Booking one more session on ``planned_on`` (ISO date): which of the package's
        sessions it would be (1-based), and whether that day is after its last day."""
        late = self.expires_on is not None and planned_on > self.expires_on
        return self.used + self.booked + 1, late


def uses(vault: Vault, found: list[Engagement]) -> dict[int, PackageUse]:
    """The count of each package among ``found`` (other engagements are left out), in
    one read of the sessions."""
    packages = {e.id: e for e in found if e.is_package}
    if not packages:
        return {}
    counts = {row[0]: row[1:] for row in vault.read_ids(
        "SELECT s.engagement_id, sum(s.status = 'held' AND pb.session_id IS NULL),"
        " sum(s.status = 'no_show' AND pb.session_id IS NULL),"
        " sum(s.status = 'planned'),"
        " sum(s.status IN ('held', 'no_show') AND pb.session_id IS NOT NULL)"
        " FROM sessions s LEFT JOIN credential_sessions pb ON pb.session_id = s.id"
        "  AND pb.paid = 'pro_bono' WHERE s.engagement_id IN ({ids})"
        " GROUP BY s.engagement_id", list(packages))}
    result: dict[int, PackageUse] = {}
    for eid, e in packages.items():
        held, missed, booked, pro_bono = counts.get(eid) or (0, 0, 0, 0)
        result[eid] = PackageUse(eid, e.package_sessions or 0, held, missed,
                                 bool(e.package_missed_counts), booked, e.package_expires_on,
                                 pro_bono)
    return result


def use(vault: Vault, engagement: Engagement) -> PackageUse | None:
    """One engagement's package count; None when it is not a package."""
    return uses(vault, [engagement]).get(engagement.id)


def needing_a_word(vault: Vault, today: str) -> list[tuple[Ending, PackageUse]]:
    """Running packages whose last session is booked, that are booked beyond their
    sessions, or whose last day is within a month or past with sessions unused: for
    Today, the soonest last day first."""
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.fee_basis = 'package' AND e.status != 'ended' AND c.status != 'archived'"
        " ORDER BY coalesce(e.package_expires_on, '9999'), e.starts_on")
    if not rows:
        return []
    names: dict[int, str] = {int(eid): str(name) for eid, name in rows}
    found = [engagements.get(vault, eid) for eid in names]
    counted = uses(vault, found)
    return [(Ending(e, names[e.id]), counted[e.id]) for e in found
            if counted[e.id].needs_a_word(today)]

