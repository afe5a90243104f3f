"""THE consent gate: the one place that decides which words may go to a recipient now.

An excerpt passes for recipient R on day D only with a consent for R that is
not revoked, given on or before D, not expired on D, and whose hash equals the hash of the excerpt's
current words. Anything else is blocked, with the reason in the coach's words.
Whatever leaves the vault for a sponsor (the report renderer, an export) takes
only ``Decision.passed``: there is no second door.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk import consents, excerpts
from coachdesk.consents import Consent, Recipient
from coachdesk.excerpts import Excerpt

NEVER = "the client has not approved it for this recipient"
CHANGED = "its words changed after the client approved them"
REVOKED = "the client withdrew the approval"
EXPIRED = "the approval has expired"
NOT_YET = "the approval is dated after the day of this export"


@dataclass(frozen=True)
class Passed:
    excerpt: Excerpt
    consent: Consent


@dataclass(frozen=True)
class Blocked:
    excerpt: Excerpt
    reason: str


@dataclass(frozen=True)
class Decision:
    passed: tuple[Passed, ...]
    blocked: tuple[Blocked, ...]

    @property
    def all_pass(self) -> bool:
        return not self.blocked


def _verdict(excerpt: Excerpt, mine: list[Consent], on: str) -> Passed | Blocked:
    if not mine:
        return Blocked(excerpt, NEVER)
    current = [c for c in mine if c.text_sha256 == excerpt.text_sha256]
    if not current:
        return Blocked(excerpt, CHANGED)
    standing = [c for c in current if c.revoked_at is None]
    if not standing:
        return Blocked(excerpt, REVOKED)
    started = [c for c in standing if c.given_on <= on]
    if not started:
        return Blocked(excerpt, NOT_YET)
    valid = [c for c in started if c.expires_on is None or c.expires_on >= on]
    if not valid:
        return Blocked(excerpt, EXPIRED)
    return Passed(excerpt, max(valid, key=lambda c: (c.given_on, c.id)))


def decide(vault, recipient: Recipient, excerpt_ids: list[int], on: str) -> Decision:
    """For each excerpt (in the order given): may it go to ``recipient`` on day ``on``?"""
    found = excerpts.get_many(vault, excerpt_ids)
    by_excerpt: dict[int, list[Consent]] = {}
    for consent in consents.for_excerpts(vault, list(found)):
        if consent.recipient == recipient:
            by_excerpt.setdefault(consent.excerpt_id, []).append(consent)
    passed, blocked = [], []
    for excerpt_id in excerpt_ids:
        if excerpt_id not in found:
            continue
        verdict = _verdict(found[excerpt_id], by_excerpt.get(excerpt_id, []), on)
        (passed if isinstance(verdict, Passed) else blocked).append(verdict)
    return Decision(tuple(passed), tuple(blocked))
