"""Coaching sessions: when and where the coach met a client, and for what fee.

A session's fee is kept on the session (what it cost when it happened); a new one
inherits what its engagement's fee makes one session cost unless given another.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.structs import replace

from coachdesk import audit, paging, validation
from coachdesk.changes import Change
from coachdesk.engagements import session_fee_cents
from coachdesk.errors import CoachDeskError, InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

STATUSES = ("planned", "held", "cancelled", "no_show")
_COLUMNS = "id, engagement_id, starts_at, duration_minutes, place, fee_cents, status"


class SessionDraft(Struct, frozen=True):
    engagement_id: int
    starts_at: str  # local date and time, YYYY-MM-DDTHH:MM
    duration_minutes: int = 60
    place: str = ""
    fee_cents: int | None = None  # None: what the engagement's fee makes one session cost
    status: str = "planned"


class Session(Struct, frozen=True):
    id: int
    engagement_id: int
    starts_at: str
    duration_minutes: int
    place: str
    fee_cents: int
    status: str


def _checked(d: SessionDraft, kept_place: str | None = None) -> SessionDraft:
    try:
        starts = datetime.fromisoformat(str(d.starts_at).strip()).replace(second=0, microsecond=0)
    except ValueError:
        raise InvalidInput(
            "starts_at", Words("Sessions", QT_TRANSLATE_NOOP(
                "Sessions", "The session's date and time are not valid (use YYYY-MM-DD HH:MM)."))
        ) from None
    if not isinstance(d.duration_minutes, int) or not 0 < d.duration_minutes <= 24 * 60:
        raise InvalidInput("duration_minutes", Words("Sessions", QT_TRANSLATE_NOOP(
                "Sessions", "A session lasts between 1 minute and 24 hours.")))
    return SessionDraft(
        engagement_id=d.engagement_id,
        starts_at=starts.isoformat(timespec="minutes"),
        duration_minutes=d.duration_minutes,
        place=validation.one_line("place", "Place", d.place, kept=kept_place),
        fee_cents=None if d.fee_cents is None else validation.amount_cents(
            "fee_cents", "The fee", d.fee_cents),
        status=validation.choice("status", "Status", d.status, STATUSES),
    )


def add(vault: Vault, draft: SessionDraft) -> Session:
    d = _checked(draft)
    now = now_utc()
    with vault.transaction(touches=Change.SESSIONS) as conn:
        if (
            conn.execute("SELECT 1 FROM engagements WHERE id = ?", (d.engagement_id,)).fetchone()
            is None
        ):
            raise NotFound(Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "This engagement is no longer in the vault.")))
        d = _with_fee(conn, d)
        session_id = conn.execute(
            "INSERT INTO sessions (engagement_id, starts_at, duration_minutes, place, fee_cents,"
            " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.engagement_id,
                d.starts_at,
                d.duration_minutes,
                d.place,
                d.fee_cents,
                d.status,
                now,
                now,
            ),
        ).lastrowid
        audit.record(conn, "session.added", "session", session_id)
    return get(vault, session_id)


def add_many(vault: Vault, drafts: list[SessionDraft]) -> list[int]:
    """Store many sessions in one transaction (imports, the demo practice)."""
    checked = [_checked(d) for d in drafts]
    now = now_utc()
    ids: list[int] = []
    with vault.transaction(touches=Change.SESSIONS) as conn:
        for d in checked:
            d = _with_fee(conn, d)
            session_id = conn.execute(
                "INSERT INTO sessions (engagement_id, starts_at, duration_minutes, place,"
                " fee_cents, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (d.engagement_id, d.starts_at, d.duration_minutes, d.place, d.fee_cents,
                 d.status, now, now),
            ).lastrowid
            audit.record(conn, "session.added", "session", session_id)
            ids.append(session_id)
    return ids


def _with_fee(conn: sqlcipher3.Connection, d: SessionDraft) -> SessionDraft:
    """``d`` with its fee: the one given, or the one its engagement's fee makes a session
    cost (0 while the engagement's fee basis is to confirm: nothing is invented)."""
    if d.fee_cents is not None:
        return d
    row = conn.execute("SELECT fee_basis, fee_cents, planned_sessions FROM engagements"
                       " WHERE id = ?", (d.engagement_id,)).fetchone()
    fee = session_fee_cents(*row) if row else None
    return replace(d, fee_cents=fee or 0)


def invoiced_on(conn: sqlcipher3.Connection, session_id: int) -> str | None:
    """The number of the live (not voided) invoice that bills the session, if any."""
    row = conn.execute("SELECT i.number FROM invoice_lines l JOIN invoices i"
                       " ON i.id = l.invoice_id WHERE l.record_kind = 'session'"
                       " AND l.record_id = ? AND i.voided_on IS NULL LIMIT 1",
                       (session_id,)).fetchone()
    return None if row is None else str(row[0])


def on_invoice(vault: Vault, session_id: int) -> str | None:
    """The number of the live invoice billing the session on its own line, if any (what
    may not change while it stands: see update)."""
    row = vault.read_one("SELECT i.number FROM invoice_lines l JOIN invoices i"
                         " ON i.id = l.invoice_id WHERE l.record_kind = 'session'"
                         " AND l.record_id = ? AND i.voided_on IS NULL LIMIT 1", (session_id,))
    return None if row is None else str(row[0])


def update(vault: Vault, session_id: int, draft: SessionDraft) -> Session:
    """Change a session. One billed on a live invoice keeps what the invoice states of it
    (its day, minutes, fee and status: the tax export states them too); its time within
    the day and its place may change. The vault refuses it as well (migration 0018)."""
    stored = vault.read_one("SELECT place FROM sessions WHERE id = ?", (session_id,))
    d = _checked(draft, kept_place=stored[0] if stored else None)
    with vault.transaction(touches=Change.SESSIONS) as conn:
        d = _with_fee(conn, d)
        before = conn.execute("SELECT substr(starts_at, 1, 10), duration_minutes, fee_cents,"
                              " status FROM sessions WHERE id = ?", (session_id,)).fetchone()
        number = invoiced_on(conn, session_id)
        if number and before is not None and tuple(before) != (
                d.starts_at[:10], d.duration_minutes, d.fee_cents, d.status):
            raise CoachDeskError(
                Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "This session is on invoice %1: void the invoice first to "
                    "change its date, length, fee or whether it was held."), (str(number),)))
        cur = conn.execute(
            "UPDATE sessions SET starts_at = ?, duration_minutes = ?, place = ?, fee_cents = ?,"
            " status = ?, updated_at = ? WHERE id = ?",
            (
                d.starts_at,
                d.duration_minutes,
                d.place,
                d.fee_cents,
                d.status,
                now_utc(),
                session_id,
            ),
        )
        if cur.rowcount != 1:
            raise NotFound(Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "This session is no longer in the vault.")))
        audit.record(conn, "session.edited", "session", session_id)
    return get(vault, session_id)


def get(vault: Vault, session_id: int) -> Session:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM sessions WHERE id = ?", (session_id,))
    if row is None:
        raise NotFound(Words("Sessions", QT_TRANSLATE_NOOP(
                "Sessions", "This session is no longer in the vault.")))
    return Session(*row)


def for_engagement(vault: Vault, engagement_id: int) -> list[Session]:
    return [
        Session(*r)
        for r in vault.read(
            f"SELECT {_COLUMNS} FROM sessions WHERE engagement_id = ? ORDER BY starts_at",
            (engagement_id,),
        )
    ]


def ids_for_client(vault: Vault, client_id: int) -> list[int]:
    """A client's sessions, newest first, across all their engagements."""
    return [r[0] for r in vault.read(
        "SELECT s.id FROM engagements e JOIN sessions s ON s.engagement_id = e.id"
        " WHERE e.client_id = ? ORDER BY s.starts_at DESC, s.id DESC", (client_id,))]


def get_many(vault: Vault, ids: list[int]) -> dict[int, Session]:
    rows = vault.read_ids(f"SELECT {_COLUMNS} FROM sessions WHERE id IN ({{ids}})", ids)
    return {row[0]: Session(*row) for row in rows}


def planned_soon(vault: Vault, client_id: int, *, now: datetime | None = None,
                 days: int = 7) -> Session | None:
    """The client's nearest planned session from today to ``days`` ahead (None: none), so
    that starting a session can offer it rather than add one beside it."""
    now = now or datetime.now()
    today = now.date().isoformat()
    last = (now.date() + timedelta(days=days + 1)).isoformat()
    found = vault.read_one(
        "SELECT s.id FROM engagements e JOIN sessions s ON s.engagement_id = e.id"
        " WHERE e.client_id = ? AND s.status = 'planned' AND s.starts_at >= ?"
        " AND s.starts_at < ? ORDER BY s.starts_at LIMIT 1", (client_id, today, last))
    return get(vault, found[0]) if found is not None else None


def start_now(vault: Vault, client_id: int, *, now: datetime | None = None,
              duration_minutes: int = 60, planned_id: int | None = None,
              fresh: bool = False) -> Session | None:
    """The session happening now for this client.

    ``planned_id``: that planned session is the one happening (it becomes held, and when
    it was planned for another day, it moves to now). Otherwise today's planned session
    is used when there is one, unless ``fresh`` (the coach chose a new one); else a new
    held session starts now in the client's current engagement. With no engagement there
    is no session to record: None.
    """
    now = (now or datetime.now()).replace(second=0, microsecond=0)
    today = now.date().isoformat()
    tomorrow = (now.date() + timedelta(days=1)).isoformat()
    planned = (planned_id,) if planned_id is not None else None if fresh else vault.read_one(
        "SELECT s.id FROM engagements e JOIN sessions s ON s.engagement_id = e.id"
        " WHERE e.client_id = ? AND s.status = 'planned' AND s.starts_at >= ?"
        " AND s.starts_at < ? ORDER BY s.starts_at LIMIT 1",
        (client_id, today, tomorrow))
    if planned is not None:
        session = get(vault, int(planned[0]))
        if session.status != "planned":
            raise InvalidInput("session", Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "That session is no longer planned.")))
        starts = session.starts_at if session.starts_at[:10] == today \
            else now.isoformat(timespec="minutes")
        return update(vault, session.id, SessionDraft(
            session.engagement_id, starts, session.duration_minutes, session.place,
            session.fee_cents, "held"))
    engagement = vault.read_one(
        "SELECT id FROM engagements WHERE client_id = ? AND status != 'ended'"
        " AND starts_on <= ? ORDER BY starts_on DESC LIMIT 1", (client_id, today))
    if engagement is None:
        return None
    return add(vault, SessionDraft(engagement[0], now.isoformat(timespec="minutes"),
                                   duration_minutes, "", None, "held"))


def discard_started(vault: Vault, session_id: int) -> None:
    """Remove a session started by mistake. Only one with nothing written for it (no note,
    no action item) can go: written words are never lost this way. The audit log keeps
    that it was discarded."""
    with vault.transaction(touches=Change.SESSIONS) as conn:
        row = conn.execute("SELECT status FROM sessions WHERE id = ?", (session_id,)).fetchone()
        if row is None:
            raise NotFound(Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "This session is no longer in the vault.")))
        written = conn.execute(
            "SELECT (SELECT count(*) FROM notes WHERE session_id = ?)"
            " + (SELECT count(*) FROM action_items WHERE session_id = ?)",
            (session_id, session_id)).fetchone()[0]
        if written:
            raise InvalidInput("session", Words("Sessions", QT_TRANSLATE_NOOP(
                    "Sessions", "Something was written for this session, so it is kept. End it "
                    "as held or missed instead.")))
        conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        audit.record(conn, "session.discarded", "session", session_id)


def end(vault: Vault, session_id: int, *, minutes: int, held: bool = True) -> Session:
    """What the coach kept at the session's end: held for ``minutes`` (the tax export
    counts them), or missed (a no-show: it keeps its planned minutes)."""
    session = get(vault, session_id)
    return update(vault, session_id, SessionDraft(
        session.engagement_id, session.starts_at,
        minutes if held else session.duration_minutes, session.place, session.fee_cents,
        "held" if held else "no_show"))


# A session a lock or Quit cut short, before its summary was kept (vault_info key + id:
# "planned minutes, when"): ids and numbers only, never content.
_CUT_SHORT = "session_cut_short."


class CutShort(Struct, frozen=True):
    """A session whose editor a lock or Quit closed before the coach kept its summary."""

    session: Session
    planned_minutes: int
    at: str  # when it was cut short (UTC, ISO)


def cut_short(vault: Vault, session_id: int, *, minutes: int) -> Session:
    """Keep the session held for the ``minutes`` measured, and remember it was cut short
    (with its planned minutes) so the coach is offered its summary on the next unlock."""
    session = get(vault, session_id)
    minutes = max(1, min(24 * 60, minutes))
    now = now_utc()
    with vault.transaction(touches=Change.SESSIONS) as conn:
        if invoiced_on(conn, session_id) is None:  # an invoiced one keeps what it billed
            conn.execute("UPDATE sessions SET duration_minutes = ?, status = 'held',"
                         " updated_at = ? WHERE id = ?", (minutes, now, session_id))
        conn.execute("INSERT INTO vault_info (key, value) VALUES (?, ?) ON CONFLICT (key)"
                     " DO NOTHING",  # cut short twice: the first planned minutes stand
                     (f"{_CUT_SHORT}{session_id}", f"{session.duration_minutes} {now}"))
        audit.record(conn, "session.cut_short", "session", session_id)
    return get(vault, session_id)


def cut_short_sessions(vault: Vault) -> list[CutShort]:
    """Sessions cut short whose summary the coach has not seen yet, oldest first."""
    marks = {int(key[len(_CUT_SHORT):]): value for key, value in vault.read(
        "SELECT key, value FROM vault_info WHERE key >= ? AND key < ?",
        (_CUT_SHORT, _CUT_SHORT[:-1] + "/"))}
    found = get_many(vault, list(marks)) if marks else {}
    out = []
    for session_id, value in marks.items():
        planned, _, at = value.partition(" ")
        if session_id in found:  # a session disposed of meanwhile: nothing to offer
            out.append(CutShort(found[session_id], int(planned), at))
    return sorted(out, key=lambda c: c.at)


def seen_cut_short(vault: Vault, session_id: int) -> None:
    """The coach has been told and offered the summary: not offered again."""
    with vault.transaction(touches=Change.SESSIONS) as conn:
        conn.execute("DELETE FROM vault_info WHERE key = ?", (f"{_CUT_SHORT}{session_id}",))
        audit.record(conn, "session.cut_short_seen", "session", session_id)


def measured_minutes(seconds: float) -> int:
    """A measured length as whole minutes to keep: rounded, at least one, at most a day."""
    return max(1, min(24 * 60, round(seconds / 60)))


class Booked(Struct, frozen=True):
    """A session with the name of the client it is with (for lists across clients)."""

    session: Session
    client_id: int
    client_name: str


def all_ids(vault: Vault) -> list[int]:
    """Every session in the practice, newest first."""
    return [r[0] for r in vault.read(
        "SELECT id FROM sessions ORDER BY starts_at DESC, id DESC")]


def count(vault: Vault) -> int:
    """How many sessions the practice holds (a covering scan of ``sessions_by_time``)."""
    row = vault.read_one("SELECT count(*) FROM sessions")
    return int(row[0]) if row else 0


class NewestFirst(paging.NewestFirst):
    """Every session in the practice, newest first, a page at a time (along the
    ``sessions_by_time`` index, whose entries end in the row id): ``all_ids``'s order."""

    TABLE, ORDER = "sessions", "starts_at"


def booked(vault: Vault, ids: list[int]) -> dict[int, Booked]:
    columns = ", ".join("s." + c.strip() for c in _COLUMNS.split(","))
    rows = vault.read_ids(
        f"SELECT {columns}, c.id, c.name FROM sessions s"
        " JOIN engagements e ON e.id = s.engagement_id JOIN clients c ON c.id = e.client_id"
        " WHERE s.id IN ({ids})", ids)
    return {row[0]: Booked(Session(*row[:7]), row[7], row[8]) for row in rows}


def upcoming_ids(vault: Vault, now: str, days: int = 7) -> list[int]:
    """Planned sessions from ``now`` (YYYY-MM-DDTHH:MM) through the end of the day ``days``
    days ahead (a week ahead is the whole of that day: Plan session's default, 10:00 a week
    from now, is in the coming week whatever the time of day now)."""
    last_day = (datetime.fromisoformat(now) + timedelta(days=days)).date()
    until = f"{last_day.isoformat()}T23:59"
    return [r[0] for r in vault.read(
        "SELECT id FROM sessions WHERE starts_at BETWEEN ? AND ? AND status = 'planned'"
        " ORDER BY starts_at", (now, until))]


def newest_before(vault: Vault, moment: str) -> int | None:
    """The newest session starting before ``moment`` (YYYY-MM-DDTHH:MM): where a newest-
    first list reaches that moment (the Sessions page opens on today and this week)."""
    row = vault.read_one("SELECT id FROM sessions WHERE starts_at < ?"
                         " ORDER BY starts_at DESC, id DESC LIMIT 1", (moment,))
    return int(row[0]) if row else None
