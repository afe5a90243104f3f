"""Consents: the client's approval of one excerpt's exact words for one recipient.

Each consent stores the hash of the words approved, how it was given (on
screen in session, written and signed, by email, or verbally: the weakest, and
flagged so), who gave it, when, an optional expiry, and its revocation. It
says nothing by itself about what may be shared: that is coachdesk.consent's.
"""

from __future__ import annotations

from dataclasses import dataclass

from coachdesk import audit, validation
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc

METHODS = ("on_screen", "written", "email", "verbal")
WEAKER_METHODS = ("verbal",)
METHOD_WORDS = {"on_screen": "approved on screen, in session",
                "written": "written and signed", "email": "by email",
                "verbal": "verbally (no written record)"}
_COLUMNS = ("id, excerpt_id, recipient_kind, recipient_id, text_sha256, method, given_by,"
            " given_on, expires_on, revoked_at, revoke_reason, recorded_at")


@dataclass(frozen=True)
class Recipient:
    """Who would receive the words: a sponsor organisation, or one of its contacts."""

    kind: str  # "sponsor" or "contact"
    id: int


@dataclass(frozen=True)
class Consent:
    id: int
    excerpt_id: int
    recipient_kind: str
    recipient_id: int
    text_sha256: str
    method: str
    given_by: str
    given_on: str
    expires_on: str | None
    revoked_at: str | None
    revoke_reason: str
    recorded_at: str

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.recipient_kind, self.recipient_id)

    @property
    def weaker(self) -> bool:
        return self.method in WEAKER_METHODS


def record(vault, excerpt_id: int, recipient: Recipient, *, method: str, given_by: str,
           given_on: str, expires_on: str | None = None) -> Consent:
    """The client approved the excerpt's current words for ``recipient``."""
    validation.choice("method", "How the client approved", method, METHODS)
    validation.choice("recipient", "The recipient", recipient.kind, ("sponsor", "contact"))
    who = validation.required_name("given_by", "Who approved", given_by)
    day = validation.iso_date("given_on", "The approval date", given_on)
    until = validation.iso_date("expires_on", "The expiry date", expires_on, required=False)
    if until is not None and until < day:
        raise InvalidInput("expires_on", "The approval cannot expire before it was given.")
    with vault.transaction() as conn:
        row = conn.execute("SELECT text_sha256 FROM excerpts WHERE id = ?",
                           (excerpt_id,)).fetchone()
        if row is None:
            raise NotFound("This excerpt is no longer in the vault.")
        table = "sponsors" if recipient.kind == "sponsor" else "sponsor_contacts"
        if conn.execute(f"SELECT 1 FROM {table} WHERE id = ?",
                        (recipient.id,)).fetchone() is None:
            raise NotFound(f"This {recipient.kind} is no longer in the vault.")
        consent_id = conn.execute(
            "INSERT INTO consents (excerpt_id, recipient_kind, recipient_id, text_sha256, method,"
            " given_by, given_on, expires_on, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (excerpt_id, recipient.kind, recipient.id, row[0], method, who, day, until,
             now_utc()),
        ).lastrowid
        audit.record(conn, f"consent.given.{method}", "consent", consent_id)
    return get(vault, consent_id)


def revoke(vault, consent_id: int, reason: str = "") -> Consent:
    reason = validation.one_line("revoke_reason", "The reason", reason)
    with vault.transaction() as conn:
        cur = conn.execute("UPDATE consents SET revoked_at = ?, revoke_reason = ?"
                           " WHERE id = ? AND revoked_at IS NULL", (now_utc(), reason, consent_id))
        if cur.rowcount != 1:
            raise NotFound("This approval is no longer in force.")
        audit.record(conn, "consent.revoked", "consent", consent_id)
    return get(vault, consent_id)


def get(vault, consent_id: int) -> Consent:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM consents WHERE id = ?", (consent_id,))
    if row is None:
        raise NotFound("This approval is no longer in the vault.")
    return Consent(*row)


def for_excerpts(vault, excerpt_ids: list[int]) -> list[Consent]:
    return [Consent(*r) for r in vault.read_ids(
        f"SELECT {_COLUMNS} FROM consents WHERE excerpt_id IN ({{ids}})", excerpt_ids)]
