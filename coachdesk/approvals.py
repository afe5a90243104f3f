"""Approvals (stored as consents and approval rounds): the client's approval of one
excerpt's exact words, and of a report's frame, for one recipient.

Each consent stores the hash of the words approved, how it was given (on
screen in session, written and signed, by email, or verbally: the weakest, and
flagged so), who gave it, when, an optional expiry, and its revocation. It
says nothing by itself about what may be shared: that is coachdesk.consent's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.sync import numbers
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

METHODS = ("on_screen", "written", "email", "verbal")
WEAKER_METHODS = ("verbal",)
METHOD_WORDS = {"on_screen": QT_TRANSLATE_NOOP("Approvals", "on screen, in session"),
                "written": QT_TRANSLATE_NOOP("Approvals", "in writing, signed"),
                "email": QT_TRANSLATE_NOOP("Approvals", "by email"),
                "verbal": QT_TRANSLATE_NOOP("Approvals", "verbally (no written record)")}
_COLUMNS = ("id, excerpt_id, recipient_kind, recipient_id, text_sha256, method, given_by,"
            " given_on, expires_on, revoked_at, revoke_reason, recorded_at, round_id, text")
_ROUND_COLUMNS = ("id, client_id, recipient_kind, recipient_id, report_id, purpose, method,"
                  " given_by, given_on, expires_on, evidence_id, recorded_at, recipient_name,"
                  " frame, frame_sha256, revoked_at")


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
    round_id: int | None = None
    text: str | None = None  # the words approved, as they stood (None: not kept, older)

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.recipient_kind, self.recipient_id)

    @property
    def weaker(self) -> bool:
        return self.method in WEAKER_METHODS


@dataclass(frozen=True)
class Round:
    """One sitting in which the client approved some excerpts for one recipient.

    A consent receipt is given per round; a signed release form is attached to one.
    """

    id: int
    client_id: int
    recipient_kind: str
    recipient_id: int
    report_id: int | None
    purpose: str
    method: str
    given_by: str
    given_on: str
    expires_on: str | None
    evidence_id: int | None
    recorded_at: str
    recipient_name: str = ""  # as the client saw it when approving; never looked up again
    frame: str = ""  # for a report: everything printed around the passages (JSON)
    frame_sha256: str = ""
    revoked_at: str | None = None  # the client withdrew the whole round

    @property
    def recipient(self) -> Recipient:
        return Recipient(self.recipient_kind, self.recipient_id)


@dataclass(frozen=True)
class Frame:
    """A report's frame as the client approves it: its canonical text (the hash is taken
    here, from the text itself, so a stored frame always says what was approved)."""

    text: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def record(vault: Vault, excerpt_id: int, recipient: Recipient, *, method: str, given_by: str,
           given_on: str, expires_on: str | None = None) -> Consent:
    """The client approved the excerpt's current words for ``recipient``."""
    round_ = record_round(vault, [excerpt_id], recipient, method=method, given_by=given_by,
                          given_on=given_on, expires_on=expires_on)
    return in_round(vault, round_.id)[0]


def record_round(vault: Vault, excerpt_ids: list[int], recipient: Recipient, *, method: str,
                 given_by: str, given_on: str, expires_on: str | None = None,
                 purpose: str = "", report_id: int | None = None,
                 frame: Frame | None = None, client_id: int | None = None) -> Round:
    """The client approved the current words of each excerpt for ``recipient``, together.

    Each consent stores the words as they are now and their hash: editing them later
    voids it. All the excerpts must be one client's. For a report, the round also
    approves its ``frame`` (recipient, purpose, period, facts as printed), and may
    approve the frame alone (a report of session facts only, with ``client_id``).
    """
    validation.choice("method", "How the client approved", method, METHODS)
    validation.choice("recipient", "The recipient", recipient.kind, ("sponsor", "contact"))
    who = validation.required_name("given_by", "Who approved", given_by)
    day = validation.iso_date("given_on", "The approval date", given_on)
    until = validation.iso_date("expires_on", "The expiry date", expires_on, required=False)
    # A report's purpose comes from the report as stored (checked when it was written).
    purpose = validation.one_line("purpose", "The purpose", purpose,
                                  kept=purpose if frame is not None else None)
    if until is not None and until < day:
        raise InvalidInput("expires_on", Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "The approval cannot expire before it was given.")))
    if not excerpt_ids and (frame is None or client_id is None):
        raise InvalidInput("excerpts", Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "Choose at least one excerpt to approve.")))
    with vault.transaction(touches=Change.REPORTS) as conn:
        round_id = _insert_round(conn, excerpt_ids, recipient, method, who, day, until,
                                 purpose, report_id, frame, client_id)
    return get_round(vault, round_id)


def recipient_name(conn: sqlcipher3.Connection, recipient: Recipient) -> str:
    """The recipient's name as it stands now ("Person, Organisation" for a contact)."""
    if recipient.kind == "sponsor":
        row = conn.execute("SELECT organisation FROM sponsors WHERE id = ?",
                           (recipient.id,)).fetchone()
    else:
        row = conn.execute("SELECT c.name || ', ' || s.organisation FROM sponsor_contacts c"
                           " JOIN sponsors s ON s.id = c.sponsor_id WHERE c.id = ?",
                           (recipient.id,)).fetchone()
    if row is None:
        raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "This sponsor is no longer in the vault.")
            if recipient.kind == "sponsor" else QT_TRANSLATE_NOOP(
                "Approvals", "This contact is no longer in the vault.")))
    name: str = row[0]
    return name


def _insert_round(conn: sqlcipher3.Connection, excerpt_ids: list[int], recipient: Recipient,
                  method: str, who: str, day: str, until: str | None, purpose: str,
                  report_id: int | None, frame: Frame | None, client_id: int | None) -> int:
    rows = conn.execute(
        "SELECT id, client_id, text_sha256, text FROM excerpts WHERE id IN"
        f" ({','.join('?' * len(excerpt_ids))})", tuple(excerpt_ids)).fetchall()
    found = {r[0]: r for r in rows}
    if len(found) != len(set(excerpt_ids)):
        raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "An excerpt is no longer in the vault.")))
    owners = {r[1] for r in rows} | ({client_id} if client_id is not None else set())
    if len(owners) != 1:
        raise InvalidInput("excerpts", Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "One approval covers one client's words only.")))
    if report_id is not None:  # a report's round: its client, its own items only
        report = conn.execute("SELECT client_id FROM reports WHERE id = ?",
                              (report_id,)).fetchone()
        if report is None:
            raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                    "Approvals", "This report is no longer in the vault.")))
        items = {r[0] for r in conn.execute(
            "SELECT excerpt_id FROM report_items WHERE report_id = ?", (report_id,))}
        if owners != {report[0]} or not set(excerpt_ids) <= items:
            raise InvalidInput("excerpts", Words("Approvals", QT_TRANSLATE_NOOP(
                    "Approvals", "An approval for a report covers that report's own client and "
                    "items only.")))
    name = recipient_name(conn, recipient)  # kept as the client saw it
    now = now_utc()
    round_id: int = conn.execute(
        "INSERT INTO approval_rounds (client_id, recipient_kind, recipient_id, report_id,"
        " purpose, method, given_by, given_on, expires_on, recorded_at, recipient_name,"
        " frame, frame_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (owners.pop(), recipient.kind, recipient.id, report_id, purpose, method, who, day,
         until, now, name, frame.text if frame else "", frame.sha256 if frame else "")
    ).lastrowid
    for excerpt_id in dict.fromkeys(excerpt_ids):
        consent_id = conn.execute(
            "INSERT INTO consents (excerpt_id, recipient_kind, recipient_id, text_sha256,"
            " method, given_by, given_on, expires_on, recorded_at, round_id, text)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (excerpt_id, recipient.kind, recipient.id, found[excerpt_id][2], method, who, day,
             until, now, round_id, found[excerpt_id][3])).lastrowid
        audit.record(conn, f"consent.given.{method}", "consent", consent_id)
    if not excerpt_ids:
        audit.record(conn, f"consent.frame_given.{method}", "approval_round", round_id)
    return round_id


def get_round(vault: Vault, round_id: int) -> Round:
    row = vault.read_one(f"SELECT {_ROUND_COLUMNS} FROM approval_rounds WHERE id = ?",
                         (round_id,))
    if row is None:
        raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "This approval is no longer in the vault.")))
    return Round(*row)


def in_round(vault: Vault, round_id: int) -> list[Consent]:
    return [Consent(*r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM consents WHERE round_id = ? ORDER BY id", (round_id,))]


def rounds_for_client(vault: Vault, client_id: int) -> list[Round]:
    return [Round(*r) for r in vault.read(
        f"SELECT {_ROUND_COLUMNS} FROM approval_rounds WHERE client_id = ?"
        " ORDER BY recorded_at, id", (client_id,))]


def rounds_for_report(vault: Vault, report_id: int) -> list[Round]:
    return [Round(*r) for r in vault.read(
        f"SELECT {_ROUND_COLUMNS} FROM approval_rounds WHERE report_id = ?"
        " ORDER BY recorded_at, id", (report_id,))]


def revoke(vault: Vault, consent_id: int, reason: str = "") -> Consent:
    """The client withdrew approval of these words. When no passage of its round stands
    any more, the round (and the report around it) is withdrawn too."""
    reason = validation.one_line("revoke_reason", "The reason", reason)
    with vault.transaction(touches=Change.REPORTS) as conn:
        now = now_utc()
        cur = conn.execute("UPDATE consents SET revoked_at = ?, revoke_reason = ?"
                           " WHERE id = ? AND revoked_at IS NULL", (now, reason, consent_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                    "Approvals", "This approval is no longer in force.")))
        conn.execute(
            "UPDATE approval_rounds SET revoked_at = ? WHERE revoked_at IS NULL AND id ="
            " (SELECT round_id FROM consents WHERE id = ?) AND NOT EXISTS (SELECT 1 FROM"
            " consents c WHERE c.round_id = approval_rounds.id AND c.revoked_at IS NULL)",
            (now, consent_id))
        audit.record(conn, "consent.revoked", "consent", consent_id)
    return get(vault, consent_id)


def revoke_round(vault: Vault, round_id: int, reason: str = "") -> Round:
    """The client withdrew the whole approval: every passage in it, and the report around
    them (the only way to withdraw a report of session facts alone)."""
    reason = validation.one_line("revoke_reason", "The reason", reason)
    with vault.transaction(touches=Change.REPORTS) as conn:
        now = now_utc()
        cur = conn.execute("UPDATE approval_rounds SET revoked_at = ? WHERE id = ?"
                           " AND revoked_at IS NULL", (now, round_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                    "Approvals", "This approval is no longer in force.")))
        conn.execute("UPDATE consents SET revoked_at = ?, revoke_reason = ? WHERE round_id = ?"
                     " AND revoked_at IS NULL", (now, reason, round_id))
        audit.record(conn, "consent.round_revoked", "approval_round", round_id)
    return get_round(vault, round_id)


def get(vault: Vault, consent_id: int) -> Consent:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM consents WHERE id = ?", (consent_id,))
    if row is None:
        raise NotFound(Words("Approvals", QT_TRANSLATE_NOOP(
                "Approvals", "This approval is no longer in the vault.")))
    return Consent(*row)


def for_excerpts(vault: Vault, excerpt_ids: list[int]) -> list[Consent]:
    return [Consent(*r) for r in vault.read_ids(
        f"SELECT {_COLUMNS} FROM consents WHERE excerpt_id IN ({{ids}})", excerpt_ids)]


@dataclass(frozen=True)
class ReceiptLine:
    text: str  # the words approved, as they stood (kept with the approval)
    still_counts: bool
    note: str = ""  # why it no longer counts, when it does not


@dataclass(frozen=True)
class Receipt:
    """A consent receipt for one approval round, after the Kantara consent receipt's fields."""

    receipt_id: str
    issued_on: str
    coach_name: str  # the controller: who holds the record
    client_name: str  # the person the words are about, who gave consent
    recipient_name: str  # the third party the words may go to
    purpose: str
    method: str
    given_by: str
    given_on: str
    expires_on: str | None
    lines: tuple[ReceiptLine, ...]
    evidence_kept: bool
    frame: str = ""  # the report around the words as approved (JSON), for a report
    withdrawn_at: str | None = None  # the client withdrew the whole approval

    @property
    def how_to_withdraw(self) -> Words:
        """Said in the receipt's language where it is printed, the coach named in it."""
        return Words("Approvals", HOW_TO_WITHDRAW, (
            self.coach_name or Words("Approvals", YOUR_COACH),))


# The receipt's own words, printed in the receipt's language (ui.pdf translates them in
# "Approvals"): never the client's words, which print as approved.
EDITED_SINCE = QT_TRANSLATE_NOOP(
    "Approvals", "(These words were edited after this approval, so it no longer counts; "
    "the new words need a new approval.)")
NO_RECIPIENT = QT_TRANSLATE_NOOP("Approvals", "the sponsor named when you approved")
NO_PURPOSE = QT_TRANSLATE_NOOP("Approvals", "A report to the sponsor of your coaching")
YOUR_COACH = QT_TRANSLATE_NOOP("Approvals", "your coach")
HOW_TO_WITHDRAW = QT_TRANSLATE_NOOP(
    "Approvals", "Tell %1, in any way you like (email, phone, or at a session), that you "
    "withdraw this approval, for all of these words or some. From then on they are not "
    "sent to anyone. Words already sent cannot be called back, but you can ask to see "
    "what was sent.")
RECEIPT_WORDS = frozenset({EDITED_SINCE, NO_RECIPIENT, NO_PURPOSE})


def receipt(vault: Vault, round_id: int, issued_on: str) -> Receipt:
    from coachdesk import clients, excerpts, settings

    round_ = get_round(vault, round_id)
    given = in_round(vault, round_id)
    found = excerpts.get_many(vault, [c.excerpt_id for c in given])
    lines = []
    for c in given:
        excerpt = found[c.excerpt_id]
        same = excerpt.text_sha256 == c.text_sha256
        approved = c.text if c.text is not None else (excerpt.text if same else None)
        lines.append(ReceiptLine(
            approved if approved is not None else EDITED_SINCE, same and c.revoked_at is None,
            "" if same or approved is None else EDITED_SINCE))
    return Receipt(
        receipt_id=numbers.number(vault, numbers.CONSENT_RECEIPT, "approval_rounds", round_.id),
        issued_on=issued_on, coach_name=settings.get(vault, "coach_name") or "",
        client_name=clients.get(vault, round_.client_id).name,
        # The name the client saw when approving: a later rename never re-addresses it.
        recipient_name=round_.recipient_name or NO_RECIPIENT,
        purpose=round_.purpose or NO_PURPOSE,
        method=METHOD_WORDS[round_.method], given_by=round_.given_by, given_on=round_.given_on,
        expires_on=round_.expires_on, lines=tuple(lines),
        evidence_kept=round_.evidence_id is not None, frame=round_.frame,
        withdrawn_at=round_.revoked_at)
