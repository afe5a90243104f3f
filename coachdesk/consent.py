"""THE consent gate: the one place that decides which words may go to a recipient now.

An excerpt passes for recipient R on day D only with a consent for R that is
not revoked, given on or before D, not expired on D, and whose hash equals the hash of the excerpt's
current words. Anything else is blocked, with the reason in the coach's words.
Whatever leaves the vault for a sponsor (the report renderer, an export) takes
only ``Decision.passed``: there is no second door.

For a report, the words are not all that leaves: the frame around them (recipient
as named, purpose, period, session facts with their values) is printed too. Given
the report's frame, the gate also asks that the client approved that frame, in a
round for this report whose frame hash equals the frame's hash now, and counts an
item's approval only if it was given in such a round: change any part of the frame
after approval and everything approved under the old frame is held back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import approvals, excerpts
from coachdesk.approvals import Consent, Recipient, Round
from coachdesk.excerpts import Excerpt
from coachdesk.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# Why a passage or the report may not leave: the coach reads these on screen, translated
# in the "Consent" context (the stored audit and the printed report keep the English).
NEVER = QT_TRANSLATE_NOOP("Consent", "the client has not approved it for this recipient")
CHANGED = QT_TRANSLATE_NOOP("Consent", "its words changed after the client approved them")
REVOKED = QT_TRANSLATE_NOOP("Consent", "the client withdrew the approval")
EXPIRED = QT_TRANSLATE_NOOP("Consent", "the approval has expired")
NOT_YET = QT_TRANSLATE_NOOP("Consent", "the approval is dated after the day of this export")
FRAME_CHANGED = QT_TRANSLATE_NOOP(
    "Consent", "the report around it changed after the client approved it")
FRAME_NEVER = QT_TRANSLATE_NOOP(
    "Consent", "the client has not approved the report as it will be printed (recipient, "
    "purpose, period and session facts)")
FRAME_EXPIRED = QT_TRANSLATE_NOOP("Consent", "the client's approval of the report has expired")
FRAME_REVOKED = QT_TRANSLATE_NOOP("Consent", "the client withdrew the approval of the report")


@dataclass(frozen=True)
class Passed:
    excerpt: Excerpt
    consent: Consent


@dataclass(frozen=True)
class Blocked:
    excerpt: Excerpt
    reason: str


@dataclass(frozen=True)
class ReportFrame:
    """The report an export is for, its client, and the hash of its frame as it would
    print now."""

    report_id: int
    client_id: int
    sha256: str


@dataclass(frozen=True)
class Decision:
    passed: tuple[Passed, ...]
    blocked: tuple[Blocked, ...]
    frame_round: Round | None = None  # the round that approved the frame as it is now
    frame_blocked: str = ""  # why the frame may not go ('' when approved or not asked)

    @property
    def all_pass(self) -> bool:
        return not self.blocked and not self.frame_blocked


def _verdict(excerpt: Excerpt, mine: list[Consent], on: str) -> Passed | Blocked:
    if not mine:
        return Blocked(excerpt, NEVER)
    # The words' hash worked out now, never the stored column: a row can arrive from
    # another computer with its text changed and its stored hash not (docs/sync.md).
    words = excerpts.text_hash(excerpt.text)
    current = [c for c in mine if c.text_sha256 == words]
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


def _frame_verdict(rounds: list[Round], on: str) -> tuple[Round | None, str]:
    """The round that approved this frame and still holds on ``on``, or why none does."""
    if not rounds:
        return None, FRAME_NEVER
    standing = [r for r in rounds if r.revoked_at is None]
    if not standing:
        return None, FRAME_REVOKED
    started = [r for r in standing if r.given_on <= on]
    if not started:
        return None, NOT_YET
    valid = [r for r in started if r.expires_on is None or r.expires_on >= on]
    if not valid:
        return None, FRAME_EXPIRED
    return max(valid, key=lambda r: (r.given_on, r.id)), ""


def decide(vault: Vault, recipient: Recipient, excerpt_ids: list[int], on: str, *,
           frame: ReportFrame | None = None) -> Decision:
    """For each excerpt (in the order given): may it go to ``recipient`` on day ``on``?

    With a report's ``frame``, the frame must be approved as it is now, and an item's
    approval counts only if it was given with that frame.
    """
    found = excerpts.get_many(vault, excerpt_ids)
    by_excerpt: dict[int, list[Consent]] = {}
    for consent in approvals.for_excerpts(vault, list(found)):
        if consent.recipient == recipient:
            by_excerpt.setdefault(consent.excerpt_id, []).append(consent)
    in_frame: set[int] = set()
    frame_round, frame_blocked = None, ""
    if frame is not None:
        framed = [r for r in approvals.rounds_for_report(vault, frame.report_id)
                  if r.frame_sha256 == frame.sha256 and r.recipient == recipient
                  and r.client_id == frame.client_id]
        in_frame = {r.id for r in framed}
        frame_round, frame_blocked = _frame_verdict(framed, on)
    passed: list[Passed] = []
    blocked: list[Blocked] = []
    for excerpt_id in excerpt_ids:
        if excerpt_id not in found:
            continue
        mine = by_excerpt.get(excerpt_id, [])
        verdict = _verdict(found[excerpt_id], mine, on)
        if frame is not None and isinstance(verdict, Passed):
            framed_verdict = _verdict(found[excerpt_id],
                                      [c for c in mine if c.round_id in in_frame], on)
            own_reason = getattr(framed_verdict, "reason", "")
            if own_reason in (REVOKED, EXPIRED, NOT_YET):  # said as it is, not as a change
                verdict = framed_verdict
            elif not isinstance(framed_verdict, Passed):
                verdict = Blocked(found[excerpt_id], FRAME_CHANGED)
            else:
                verdict = framed_verdict
        if isinstance(verdict, Passed):
            passed.append(verdict)
        else:
            blocked.append(verdict)
    return Decision(tuple(passed), tuple(blocked), frame_round, frame_blocked)
