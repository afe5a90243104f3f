"""The data-protection requests log: what a client asked for under data-protection law
(GDPR Art. 15-21 and similar laws), when, how the coach knew it was the client, by when
it must be answered, and how it was.

The deadline is one month after the request was received (Art. 12(3)); the coach may
extend it once by two further months, with the reason given to the client. Every choice
here is a fixed word (kind, identity check, outcome), never read out of typed text. The
free text beside those choices (a note on the identity check, the extension's reason,
the outcome's note) may name the client, so disposal removes it (:func:`remove_content`)
and keeps the dates and choices: the coach can still show how the request was handled.
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING, Any

from msgspec import Struct

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

KINDS = ("access", "portability", "correction", "erasure", "objection")
# How the coach knew the request came from the client: a choice, so it reads the same
# in every log (and 'not_yet' keeps a request whose identity is still to be checked).
IDENTITY_CHECKS = ("known_in_person", "known_channel", "document", "call_back", "not_yet")
OUTCOMES = ("done", "partly", "refused", "withdrawn")
MONTHS_TO_ANSWER = 1
MONTHS_OF_EXTENSION = 2

_COLUMNS = ("id, client_id, kind, received_on, identity_checked, identity_note, extended_on,"
            " extension_reason, outcome, outcome_on, outcome_note, disclosure_id, disposal_id,"
            " created_at")


class DataRequest(Struct, frozen=True):
    id: int
    client_id: int
    kind: str  # one of KINDS
    received_on: str
    identity_checked: str  # one of IDENTITY_CHECKS
    identity_note: str
    extended_on: str | None
    extension_reason: str
    outcome: str | None  # one of OUTCOMES; None while open
    outcome_on: str | None
    outcome_note: str
    disclosure_id: int | None  # the access bundle sent in answer
    disposal_id: int | None  # the erasure carried out in answer
    created_at: str

    @property
    def is_open(self) -> bool:
        return self.outcome is None

    @property
    def due_on(self) -> str:
        """One month after receipt; three months when the coach extended it."""
        months = MONTHS_TO_ANSWER + (MONTHS_OF_EXTENSION if self.extended_on else 0)
        return months_after(self.received_on, months)

    def days_left(self, today: str) -> int:
        """Days until the deadline (0: due today; negative: overdue)."""
        return (date.fromisoformat(self.due_on) - date.fromisoformat(today)).days


class OpenRequest(Struct, frozen=True):
    """An open request with its client's name, for Today and the log."""

    request: DataRequest
    client_name: str


def months_after(day: str, months: int) -> str:
    """The same day ``months`` later; the month's last day when it has no such day (a
    request received on 31 January is due on 28 or 29 February)."""
    start = date.fromisoformat(day)
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last)).isoformat()


def _row(row: tuple[Any, ...]) -> DataRequest:
    return DataRequest(*row)


def log(vault: Vault, client_id: int, kind: str, *, received_on: str,
        identity_checked: str, identity_note: str = "", today: str | None = None) -> DataRequest:
    """Log a request the client made: its kind, the day it arrived, how identity was checked."""
    validation.choice("kind", "The kind of request", kind, KINDS)
    received = validation.iso_date("received_on", "The day it was received", received_on)
    if received > (today or date.today().isoformat()):
        raise InvalidInput("received_on", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "The day it was received cannot be in the future.")))
    validation.choice("identity_checked", "How identity was checked", identity_checked,
                      IDENTITY_CHECKS)
    note = validation.one_line("identity_note", "The note on the identity check",
                               identity_note)
    with vault.transaction(touches=Change.DATA_REQUESTS) as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound(Words("DataRequests", QT_TRANSLATE_NOOP(
                "DataRequests", "This client is not in the vault.")))
        request_id = conn.execute(
            "INSERT INTO data_requests (client_id, kind, received_on, identity_checked,"
            " identity_note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (client_id, kind, received, identity_checked, note, now_utc())).lastrowid
        audit.record(conn, f"data_request.{kind}", "data_request", request_id)
    return get(vault, request_id)


def _change(vault: Vault, request_id: int, action: str, sql: str,
            params: tuple[Any, ...]) -> DataRequest:
    with vault.transaction(touches=Change.DATA_REQUESTS) as conn:
        if conn.execute(sql, (*params, request_id)).rowcount != 1:
            raise NotFound(Words("DataRequests", QT_TRANSLATE_NOOP(
                "DataRequests", "This request is not in the log.")))
        audit.record(conn, f"data_request.{action}", "data_request", request_id)
    return get(vault, request_id)


def set_identity(vault: Vault, request_id: int, identity_checked: str,
                 identity_note: str = "") -> DataRequest:
    """Record how identity was checked (a request logged as 'not yet', checked later)."""
    validation.choice("identity_checked", "How identity was checked", identity_checked,
                      IDENTITY_CHECKS)
    note = validation.one_line("identity_note", "The note on the identity check",
                               identity_note)
    return _change(vault, request_id, "identity", "UPDATE data_requests SET"
                   " identity_checked = ?, identity_note = ? WHERE id = ?",
                   (identity_checked, note))


def extend(vault: Vault, request_id: int, reason: str, *, on: str) -> DataRequest:
    """Extend the deadline by two months, once, with the reason the client is told."""
    request = get(vault, request_id)
    if not request.is_open:
        raise InvalidInput("reason", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "This request is closed; its deadline no longer runs.")))
    if request.extended_on:
        raise InvalidInput("reason", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "The deadline was extended already; the law allows one extension "
            "of two months.")))
    reason = validation.one_line("reason", "The reason for the extension", reason)
    if not reason:
        raise InvalidInput("reason", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "Say why more time is needed: the client is told the reason.")))
    on = validation.iso_date("on", "The day of the extension", on)
    if on > request.due_on:
        raise InvalidInput("reason", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "The deadline has passed: an extension is made within the first "
            "month.")))
    return _change(vault, request_id, "extended", "UPDATE data_requests SET extended_on = ?,"
                   " extension_reason = ? WHERE id = ?", (on, reason))


def close(vault: Vault, request_id: int, outcome: str, *, on: str,
          note: str = "") -> DataRequest:
    """Record how the request was answered, and when: it leaves Today."""
    validation.choice("outcome", "The outcome", outcome, OUTCOMES)
    on = validation.iso_date("outcome_on", "The day it was answered", on)
    note = validation.one_line("outcome_note", "The note on the outcome", note)
    request = get(vault, request_id)
    if not request.is_open:
        raise InvalidInput("outcome", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "This request was answered already.")))
    if on < request.received_on:
        raise InvalidInput("outcome_on", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "It cannot be answered before it was received.")))
    return _change(vault, request_id, "closed", "UPDATE data_requests SET outcome = ?,"
                   " outcome_on = ?, outcome_note = ? WHERE id = ?", (outcome, on, note))


def require_identity(request: DataRequest) -> None:
    """Nothing leaves, and nothing is erased, for a request whose identity check is still
    to be made: the coach must know it came from the client."""
    if request.identity_checked == "not_yet":
        raise InvalidInput("identity_checked", Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "Check that the request comes from the client (and record how) before "
            "answering it.")))


def answered_with(conn: sqlcipher3.Connection, request_id: int, *,
                  disclosure_id: int | None = None, disposal_id: int | None = None) -> None:
    """Tie the bundle sent (or the erasure made) to its request, in the caller's write."""
    conn.execute("UPDATE data_requests SET disclosure_id = COALESCE(?, disclosure_id),"
                 " disposal_id = COALESCE(?, disposal_id) WHERE id = ?",
                 (disclosure_id, disposal_id, request_id))
    audit.record(conn, "data_request.answered", "data_request", request_id)


def get(vault: Vault, request_id: int) -> DataRequest:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM data_requests WHERE id = ?", (request_id,))
    if row is None:
        raise NotFound(Words("DataRequests", QT_TRANSLATE_NOOP(
            "DataRequests", "This request is not in the log.")))
    return _row(row)


def for_client(vault: Vault, client_id: int) -> list[DataRequest]:
    """The client's requests, newest first."""
    return [_row(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM data_requests WHERE client_id = ?"
        " ORDER BY received_on DESC, id DESC", (client_id,))]


def all_requests(vault: Vault) -> list[OpenRequest]:
    """Every request with its client's name: the open ones first, soonest due first, then
    the answered ones, latest answered first."""
    found = [OpenRequest(_row(r[:-1]), r[-1]) for r in vault.read(
        f"SELECT {', '.join('r.' + c.strip() for c in _COLUMNS.split(','))}, c.name"
        " FROM data_requests r JOIN clients c ON c.id = r.client_id")]
    open_ = sorted((f for f in found if f.request.is_open),
                   key=lambda f: (f.request.due_on, f.request.id))
    done = sorted((f for f in found if not f.request.is_open),
                  key=lambda f: (f.request.outcome_on or "", f.request.id), reverse=True)
    return open_ + done


def open_requests(vault: Vault) -> list[OpenRequest]:
    """Requests not yet answered, soonest due first (Today lists them with days left)."""
    return [f for f in all_requests(vault) if f.request.is_open]


def open_for_client(vault: Vault, client_id: int, kind: str) -> list[DataRequest]:
    return [r for r in for_client(vault, client_id) if r.is_open and r.kind == kind]


def remove_content(conn: sqlcipher3.Connection, client_id: int) -> int:
    """Disposal's part: the typed notes go, the dates and choices stay."""
    removed: int = conn.execute(
        "UPDATE data_requests SET identity_note = '', outcome_note = '',"
        " extension_reason = CASE WHEN extended_on IS NULL THEN '' ELSE 'Removed at disposal'"
        " END WHERE client_id = ?", (client_id,)).rowcount
    return removed
