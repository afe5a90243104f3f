"""The credential log: the coaching hours already in the vault, as a credentialing body
asks for them (ICF first: ACC, PCC, MCC).

The hours are the held sessions' minutes, never typed twice. What the vault cannot
know is asked once and kept beside the records (migration 0012): whether a client
agreed to be named in the log (and when), whether an engagement is group coaching (and
how many were in the group), and paid or pro bono where the fee does not say. Paid or
pro bono is taken from the session's own fee, what it cost when held (a fee of 0 is pro
bono, any other fee is paid: ICF counts any payment, a sponsor's included), so a later
change of the engagement's fee does not rewrite past hours. The engagement's fee decides
only where the session's cannot: while what the fee is for is to confirm, or for a total
spread over no planned number of sessions (a share of 0, still paid coaching). The
coach's word for the engagement or for one session stands over both.

A client who did not agree to be named appears as "Confidential Client N", N given
once, when the client's first session is held, and kept (migration 0018): a log sent
to ICF reads the same as the next, whoever agrees to be named later. A client whose
records were disposed of is never named. Only hours from the start of the coach's
coach-specific training count (ICF), when the coach has said when that was. An unnamed
client is listed with the sponsor contact's email where the engagement has a sponsor
contact with one (ICF: an unnamed client is listed with the sponsoring organisation's
contact). The log holds
dates, hours and contacts only: no note, goal or place reaches it.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

PAID_CHOICES = ("paid", "pro_bono")
RECENT_MONTHS = 18
MAX_GROUP = 15  # ICF counts groups of 15 or fewer
HEADER = ("Client Name", "Individual/Group", "No. of individuals in Group", "Contact Info",
          "Start Date", "End Date", "Paid Hours", "Pro-bono Hours")


@dataclass(frozen=True)
class Threshold:
    """What ICF asks of a coaching log for one credential."""

    level: str
    hours: int
    paid_hours: int
    clients: int
    recent_hours: int  # in the 18 months before applying


# ICF's experience requirements (coachfederation.org/experience-requirements).
LEVELS = {
    "ACC": Threshold("ACC", 100, 75, 8, 25),
    "PCC": Threshold("PCC", 500, 450, 25, 50),
    "MCC": Threshold("MCC", 2500, 2250, 35, 200),
}


@dataclass(frozen=True)
class LogEntry:
    """One engagement's line of the log, as the file will print it."""

    engagement_id: int
    client_id: int
    name: str  # the client's name, or "Confidential Client N" (English, as ICF's log)
    named: bool
    group_size: int | None  # None: individual coaching
    contact: str  # the client's email (else phone); unnamed: the sponsor contact's email
    start: str
    end: str
    paid_minutes: int
    pro_bono_minutes: int
    alias_number: int = 0  # an unnamed client's N, for the screen to say it in its language

    @property
    def paid_hours(self) -> float:
        return self.paid_minutes / 60

    @property
    def pro_bono_hours(self) -> float:
        return self.pro_bono_minutes / 60

    def csv_row(self) -> tuple[str, ...]:
        return (self.name, "Group" if self.group_size else "Individual",
                str(self.group_size or ""), self.contact, self.start, self.end,
                hours_text(self.paid_minutes), hours_text(self.pro_bono_minutes))


@dataclass(frozen=True)
class Progress:
    """Where the log stands against one credential's threshold."""

    threshold: Threshold
    paid_minutes: int
    pro_bono_minutes: int
    clients: int
    recent_minutes: int
    recent_from: str  # the first day of the 18 months counted

    @property
    def total_minutes(self) -> int:
        return self.paid_minutes + self.pro_bono_minutes

    @property
    def met(self) -> bool:
        t = self.threshold
        return (self.total_minutes >= t.hours * 60 and self.paid_minutes >= t.paid_hours * 60
                and self.clients >= t.clients and self.recent_minutes >= t.recent_hours * 60)


@dataclass(frozen=True)
class EngagementLog:
    """What the coach said of one engagement for the log (None: not said)."""

    group_size: int | None
    paid: str | None


@dataclass(frozen=True)
class Profile:
    level: str
    awarded_on: str | None  # when the credential was awarded or last renewed
    training_started_on: str | None = None  # hours before it do not count (ICF)


ALIAS = QT_TRANSLATE_NOOP("Credentials", "Confidential Client %1")


def hours_text(minutes: int) -> str:
    """Hours with two decimals, as a spreadsheet reads them (90 minutes: 1.50)."""
    return f"{minutes / 60:.2f}"


def months_before(day: date, months: int) -> date:
    """The same day ``months`` earlier (the month's last day when it has fewer days)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")


# -- what the coach says ------------------------------------------------------------------
def naming_agreed_on(vault: Vault, client_id: int) -> str | None:
    """The day the client agreed to be named in the log (None: not agreed)."""
    found = vault.read("SELECT agreed_on FROM credential_naming WHERE client_id = ?",
                       (client_id,))
    return str(found[0][0]) if found else None


def set_naming(vault: Vault, client_id: int, agreed_on: str | None) -> None:
    """Record that the client agreed to be named (on ``agreed_on``), or withdrew (None)."""
    day = validation.iso_date("agreed_on", "The day the client agreed", agreed_on,
                              required=False)
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        if day is None:
            conn.execute("DELETE FROM credential_naming WHERE client_id = ?", (client_id,))
            audit.record(conn, "credentials.naming_withdrawn", "client", client_id)
        else:
            conn.execute("INSERT INTO credential_naming (client_id, agreed_on) VALUES (?, ?)"
                         " ON CONFLICT (client_id) DO UPDATE SET agreed_on = excluded.agreed_on",
                         (client_id, day))
            audit.record(conn, "credentials.naming_agreed", "client", client_id)


def engagement_log(vault: Vault, engagement_id: int) -> EngagementLog:
    found = vault.read("SELECT group_size, paid FROM credential_engagements"
                       " WHERE engagement_id = ?", (engagement_id,))
    return EngagementLog(*found[0]) if found else EngagementLog(None, None)


def set_engagement_log(vault: Vault, engagement_id: int, *, group_size: int | None,
                       paid: str | None) -> None:
    """Group coaching (``group_size`` people) or individual (None); paid, pro bono, or
    as the fee says (None)."""
    if group_size is not None and not 2 <= group_size <= MAX_GROUP:
        raise InvalidInput("group_size", Words("Credentials", QT_TRANSLATE_NOOP(
            "Credentials", "A group has 2 to %1 people: ICF counts groups of %1 or fewer."),
            (str(MAX_GROUP),)))
    if paid is not None:
        validation.choice("paid", "Paid or pro bono", paid, PAID_CHOICES)
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        if group_size is None and paid is None:
            conn.execute("DELETE FROM credential_engagements WHERE engagement_id = ?",
                         (engagement_id,))
        else:
            conn.execute(
                "INSERT INTO credential_engagements (engagement_id, group_size, paid)"
                " VALUES (?, ?, ?) ON CONFLICT (engagement_id) DO UPDATE SET"
                " group_size = excluded.group_size, paid = excluded.paid",
                (engagement_id, group_size, paid))
        audit.record(conn, "credentials.engagement_set", "engagement", engagement_id)


def set_session_paid(vault: Vault, session_id: int, paid: str | None) -> None:
    """One session paid or pro bono whatever its engagement says (None: as it says).

    Pro bono is given, not billed: the session leaves invoicing, the unpaid list and its
    package's count (invoices, packages). So a session on a live invoice, on its own or
    in its package billed whole, is refused: the invoice says it was billed."""
    if paid is not None:
        validation.choice("paid", "Paid or pro bono", paid, PAID_CHOICES)
    if paid == "pro_bono":
        billed = vault.read_one(
            "SELECT i.number FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id"
            " JOIN sessions s ON s.id = ? WHERE i.voided_on IS NULL"
            " AND ((l.record_kind = 'session' AND l.record_id = s.id)"
            " OR (l.record_kind = 'package' AND l.record_id = s.engagement_id))",
            (session_id,))
        if billed is not None:
            raise InvalidInput("paid", Words("Credentials", QT_TRANSLATE_NOOP(
                "Credentials", "This session is billed on invoice %1: void the invoice first to "
                "make it pro bono."), (str(billed[0]),)))
    with vault.transaction(
            touches=Change.CREDENTIALS | Change.SESSIONS | Change.INVOICES) as conn:
        if paid is None:
            conn.execute("DELETE FROM credential_sessions WHERE session_id = ?", (session_id,))
        else:
            conn.execute("INSERT INTO credential_sessions (session_id, paid) VALUES (?, ?)"
                         " ON CONFLICT (session_id) DO UPDATE SET paid = excluded.paid",
                         (session_id, paid))
        audit.record(conn, "credentials.session_set", "session", session_id)


def pro_bono_ids(vault: Vault, session_ids: list[int]) -> set[int]:
    """Those of ``session_ids`` the coach marked pro bono (given, not billed): their rows
    say so."""
    return {r[0] for r in vault.read_ids(
        "SELECT session_id FROM credential_sessions WHERE paid = 'pro_bono'"
        " AND session_id IN ({ids})", session_ids)}


@dataclass(frozen=True)
class SessionPaid:
    """Paid or pro bono for one session: the coach's word for it (None: not said), and
    what it is without one, with where that comes from ('engagement': the engagement's
    log entry says it; 'fee': the engagement's fee)."""

    said: str | None
    derived: str
    derived_from: str

    @property
    def kind(self) -> str:
        return self.said or self.derived


def session_paid(vault: Vault, session_id: int) -> SessionPaid:
    """What the log counts one session as, and whether the coach said so."""
    found = vault.read_one(
        f"SELECT cs.paid, ce.paid, {_FEE_SAYS}, {_OWN_FEE} FROM sessions s"
        " JOIN engagements e ON e.id = s.engagement_id"
        " LEFT JOIN credential_engagements ce ON ce.engagement_id = e.id"
        " LEFT JOIN credential_sessions cs ON cs.session_id = s.id WHERE s.id = ?",
        (session_id,))
    if found is None:
        raise NotFound(Words("Credentials", QT_TRANSLATE_NOOP(
            "Credentials", "This session is no longer in the vault.")))
    said, engagement_says, fee, own = found
    return SessionPaid(said, paid_kind(None, engagement_says, fee),
                       "engagement" if engagement_says else "session" if own else "fee")


# The fee that says paid or pro bono for session s of engagement e: the session's own,
# unless it cannot say (see the module's note); and whether it is the session's own.
_OWN_FEE = ("(e.fee_basis = 'per_session' OR (e.fee_basis IS NOT NULL"
            " AND COALESCE(e.planned_sessions, 0) > 0))")
_FEE_SAYS = f"CASE WHEN {_OWN_FEE} THEN s.fee_cents ELSE e.fee_cents END"


def profile(vault: Vault) -> Profile:
    found = vault.read("SELECT level, awarded_on, training_started_on FROM"
                       " credential_profile WHERE id = 1")
    return Profile(*found[0]) if found else Profile("ACC", None)


def set_training_start(vault: Vault, started_on: str | None) -> Profile:
    """When the coach's coach-specific training started: ICF counts coaching hours from
    then on (None: not said, every held session counts)."""
    day = validation.iso_date("training_started_on", "The day your coach training started",
                              started_on, required=False)
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        conn.execute("INSERT INTO credential_profile (id, level, training_started_on)"
                     " VALUES (1, 'ACC', ?) ON CONFLICT (id) DO UPDATE SET"
                     " training_started_on = excluded.training_started_on", (day,))
        audit.record(conn, "credentials.training_set", "practice", 0)
    return profile(vault)


def set_profile(vault: Vault, level: str, awarded_on: str | None) -> Profile:
    """The credential worked toward, and when the one held was awarded or last renewed."""
    validation.choice("level", "The credential", level, tuple(LEVELS))
    day = validation.iso_date("awarded_on", "The day the credential was awarded",
                              awarded_on, required=False)
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        conn.execute("INSERT INTO credential_profile (id, level, awarded_on) VALUES (1, ?, ?)"
                     " ON CONFLICT (id) DO UPDATE SET level = excluded.level,"
                     " awarded_on = excluded.awarded_on", (level, day))
        audit.record(conn, "credentials.profile_set", "practice", 0)
    return profile(vault)


# -- the log ------------------------------------------------------------------------------
def _held(vault: Vault) -> list[tuple[Any, ...]]:
    """Every held session that counts (from the start of coach training, when said) with
    what decides its line and its kind of hour, and its client's kept number."""
    return vault.read(
        "SELECT e.id, c.id, c.name, COALESCE(NULLIF(c.email, ''), c.phone),"
        " CASE WHEN EXISTS (SELECT 1 FROM disposals d WHERE d.client_id = c.id)"
        "  THEN NULL ELSE n.agreed_on END,"
        " ce.group_size, ce.paid, cs.paid,"
        f" {_FEE_SAYS}, substr(s.starts_at, 1, 10),"
        " s.duration_minutes,"
        " (SELECT sc.email FROM sponsor_contacts sc WHERE sc.sponsor_id = e.sponsor_id"
        "  AND sc.email != '' ORDER BY sc.id LIMIT 1), al.number"
        " FROM sessions s JOIN engagements e ON e.id = s.engagement_id"
        " JOIN clients c ON c.id = e.client_id"
        " LEFT JOIN credential_naming n ON n.client_id = c.id"
        " LEFT JOIN credential_engagements ce ON ce.engagement_id = e.id"
        " LEFT JOIN credential_sessions cs ON cs.session_id = s.id"
        " LEFT JOIN credential_aliases al ON al.client_id = c.id"
        " LEFT JOIN credential_profile cp ON cp.id = 1"
        " WHERE s.status = 'held' AND (cp.training_started_on IS NULL"
        "  OR substr(s.starts_at, 1, 10) >= cp.training_started_on)"
        " ORDER BY s.starts_at, s.id")


def paid_kind(session_says: str | None, engagement_says: str | None, fee_cents: int) -> str:
    """'paid' or 'pro_bono': the session's word, else the engagement's, else the fee
    (the session's own where it can say: see the module's note)."""
    if session_says:
        return session_says
    if engagement_says:
        return engagement_says
    # On either basis a fee of 0 is pro bono and any other is paid: a total spread over
    # no planned number of sessions (a share of 0) is still paid coaching.
    # (and "to confirm" changes neither: only what the fee is for is unknown).
    return "pro_bono" if fee_cents == 0 else "paid"


def entries(vault: Vault) -> list[LogEntry]:
    """The log's lines, one per engagement with held sessions, in order of first session;
    an unnamed client under the number kept for it (one number per client, for good)."""
    lines: dict[int, dict[str, Any]] = {}
    for (engagement_id, client_id, name, email, agreed, group, eng_paid, ses_paid,
         fee, day, minutes, sponsor_email, number) in _held(vault):
        line = lines.get(engagement_id)
        if line is None:
            # ICF's log template is English: the file says this alias in English, and the
            # screen translates it (ALIAS, with alias_number).
            alias = ALIAS.replace("%1", str(number or client_id))
            line = lines[engagement_id] = {
                "engagement_id": engagement_id, "client_id": client_id,
                "name": name if agreed else alias, "named": agreed is not None,
                "group_size": group,
                "contact": email if agreed else (sponsor_email or ""),
                "start": day, "end": day, "paid_minutes": 0, "pro_bono_minutes": 0,
                "alias_number": 0 if agreed else number or client_id}
        line["end"] = day
        kind = paid_kind(ses_paid, eng_paid, fee)
        line[f"{kind}_minutes"] += minutes
    return [LogEntry(**line) for line in lines.values()]


def progress(vault: Vault, level: str, today: date) -> Progress:
    """Hours paid and pro bono, clients (each member of a group counts, as ICF counts
    them) and hours in the 18 months up to ``today``, against ``level``."""
    validation.choice("level", "The credential", level, tuple(LEVELS))
    since = months_before(today, RECENT_MONTHS).isoformat()
    upto = today.isoformat()
    paid = pro_bono = recent = 0
    individuals: set[int] = set()
    groups: dict[int, int] = {}
    for (engagement_id, client_id, _name, _email, _agreed, group, eng_paid, ses_paid,
         fee, day, minutes, _sponsor, _number) in _held(vault):
        if day > upto:
            continue
        if paid_kind(ses_paid, eng_paid, fee) == "paid":
            paid += minutes
        else:
            pro_bono += minutes
        if day >= since:
            recent += minutes
        if group:
            groups[engagement_id] = group
        else:
            individuals.add(client_id)
    return Progress(LEVELS[level], paid, pro_bono, len(individuals) + sum(groups.values()),
                    recent, since)


def _safe(value: str) -> str:
    """A cell a spreadsheet will not run: = + - @ (and tab, return) start a formula.

    A phone number written "+44 20 7946 0008" starts with + too: LibreOffice keeps it
    as text, but Excel reads + as a formula ("+1-555-0101" would compute), and the usual
    guard, an apostrophe, would print in front of the number. So an international number
    is written "(+44) 20 7946 0008", a common way to write it: the same number, read as
    text by both, with nothing added."""
    phone = _PHONE.fullmatch(value)
    if phone:
        return f"(+{phone.group(1)}) {phone.group(2)}"
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


# "+", a country code of one to three digits, a space, then digits, spaces, ( ) and -.
_PHONE = re.compile(r"\+([0-9]{1,3}) ([0-9][0-9 ()\-]*|\([0-9][0-9 ()\-]*)")


def csv_of(found: list[LogEntry]) -> bytes:
    """ICF's log columns, UTF-8 with a BOM (so spreadsheet programs read accents)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in found:
        writer.writerow([_safe(v) for v in entry.csv_row()])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
