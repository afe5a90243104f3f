"""The calendar file: sessions as an iCalendar file (RFC 5545) any calendar can import.

Calendars sync to clouds, so an event says as little as it can. By default its title
is only "Coaching session": no client, no note, no goal, no fee. The coach may add the
place, and may add the client's initials or name: both are explicit settings
(``calendar_place``, ``calendar_shows``), off until the coach turns them on.

Each session keeps one UID for ever (its id and a digest of the vault's id: nothing a
reader could take for a name), so importing the file again updates the events rather
than doubling them; SEQUENCE rises whenever the session's time, length, place or status
changes (migration 0015 counts it), and also when what its event says changes without
the session changing (names or places switched off, a client renamed): each file keeps
a digest of each event's title and place (migration 0018, never the words), and one that
differs from the last file's raises SEQUENCE and LAST-MODIFIED, so calendars take the
new title over an old one with a name in it. A cancelled session is sent as
``STATUS:CANCELLED``, so the calendar strikes it out. Times carry the coach's time zone
(a TZID with its VTIMEZONE), so a calendar in another zone shows the right hour.

The file holds the sessions from a month ago on: a calendar that imported an earlier
file keeps the older events as they were. CoachDesk writes the file only when the coach
exports it (recorded as every export is): it keeps no copy that it rewrites by itself,
since such a file would be a standing copy of the diary outside the vault, read by
whatever syncs that folder.

The file is written with the ``icalendar`` package (line folding, escaping, time zones).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from coachdesk import settings
from coachdesk.changes import Change
from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    from coachdesk.vault import Vault

SHOWS = ("nothing", "initials", "names")  # what an event says of the client
TITLE = "Coaching session"
KEPT_BACK_DAYS = 30  # sessions from this many days ago on are in the file
PRODUCT = "-//CoachDesk//Calendar file//EN"


@dataclass(frozen=True)
class CalendarChoices:
    """What the coach chose events may say (Settings → Calendar)."""

    shows: str = "nothing"
    with_place: bool = False

    @staticmethod
    def of(vault: Vault) -> CalendarChoices:
        shows = settings.get(vault, "calendar_shows")
        return CalendarChoices(shows if shows in SHOWS else "nothing",
                               settings.get(vault, "calendar_place") == "1")


@dataclass(frozen=True)
class CalendarFile:
    data: bytes
    events: int
    cancelled: int


def initials(name: str) -> str:
    """"Anna Maria Berg" → "A. M. B." (letters only, each word's first)."""
    return " ".join(f"{word[0].upper()}." for word in name.split() if word[:1].isalpha())


def zone_named(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (the computer's own, as Qt names it); UTC if unknown."""
    try:
        return ZoneInfo(name) if name else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def uid(vault_id: str, session_id: int) -> str:
    """One session's UID, the same in every file this vault writes."""
    practice = hashlib.sha256(vault_id.encode("utf-8")).hexdigest()[:16]
    return f"session-{session_id}-{practice}@coachdesk"


def calendar_file(vault: Vault, zone: str, *, today: date | None = None,
                  now: datetime | None = None) -> CalendarFile:
    """The .ics file's bytes for the sessions from a month before ``today`` on.

    ``zone`` is the coach's time zone (an IANA name such as "Europe/Berlin"): sessions
    are kept in local time, and the file says which."""
    choices = CalendarChoices.of(vault)
    tz = zone_named(zone)
    since = ((today or date.today()) - timedelta(days=KEPT_BACK_DAYS)).isoformat()
    stamp = (now or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo("UTC"))
    rows = vault.read(
        "SELECT s.id, s.starts_at, s.duration_minutes, s.place, s.status,"
        " s.calendar_sequence, s.updated_at, c.name FROM sessions s"
        " JOIN engagements e ON e.id = s.engagement_id JOIN clients c ON c.id = e.client_id"
        " WHERE s.starts_at >= ? ORDER BY s.starts_at, s.id", (since,))
    practice = vault.setting("vault_id") or "vault"
    cal = icalendar.Calendar()
    cal.add("prodid", PRODUCT)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", "Coaching sessions")
    cancelled = 0
    said = _said_changes(vault, [(row[0], _title(choices.shows, row[7]),
                                  row[3] if choices.with_place else "") for row in rows])
    for session_id, starts_at, minutes, place, status, sequence, updated, name in rows:
        bumps, said_at = said.get(session_id, (0, ""))
        sequence += bumps
        updated = max(updated, said_at)
        start = datetime.fromisoformat(starts_at).replace(tzinfo=tz)
        event = icalendar.Event()
        event.add("uid", uid(practice, session_id))
        event.add("dtstamp", stamp)
        event.add("dtstart", start)
        event.add("dtend", start + timedelta(minutes=minutes))
        event.add("sequence", sequence)
        event.add("summary", _title(choices.shows, name))
        event.add("class", "PRIVATE")
        event.add("transp", "OPAQUE")
        if choices.with_place and place:
            event.add("location", place)
        event.add("last-modified", datetime.fromisoformat(updated).astimezone(ZoneInfo("UTC")))
        if status == "cancelled":
            event.add("status", "CANCELLED")
            cancelled += 1
        else:
            event.add("status", "CONFIRMED")
        cal.add_component(event)
    cal.add_missing_timezones()
    return CalendarFile(cal.to_ical(), len(rows), cancelled)


def _said_changes(vault: Vault, said: list[tuple[int, str, str]]
                  ) -> dict[int, tuple[int, str]]:
    """(bumps, when) for each session: how often its event's title or place differed
    from the file before, and when it last did. Each session's digest is kept for the
    next file (a salted digest: nothing a reader of the vault could not read anyway)."""
    if not said:
        return {}
    salt = vault.setting("vault_id") or "vault"
    digests = {session_id: hashlib.sha256(f"{salt}\x00{title}\x00{place}".encode()
                                          ).hexdigest()[:32]
               for session_id, title, place in said}
    now = now_utc()
    with vault.transaction(touches=Change.NONE) as conn:
        kept = {row[0]: row[1:] for row in conn.execute(
            "SELECT session_id, digest, bumps, changed_at FROM calendar_sent"
            f" WHERE session_id IN ({','.join('?' * len(digests))})", tuple(digests))}
        for session_id, digest in digests.items():
            before = kept.get(session_id)
            if before is None:
                conn.execute("INSERT INTO calendar_sent (session_id, digest, bumps,"
                             " changed_at) VALUES (?, ?, 0, '')", (session_id, digest))
            elif before[0] != digest:
                conn.execute("UPDATE calendar_sent SET digest = ?, bumps = bumps + 1,"
                             " changed_at = ? WHERE session_id = ?",
                             (digest, now, session_id))
        found = conn.execute(
            "SELECT session_id, bumps, changed_at FROM calendar_sent"
            f" WHERE session_id IN ({','.join('?' * len(digests))})", tuple(digests))
        return {row[0]: (int(row[1]), str(row[2])) for row in found}


def _title(shows: str, name: str) -> str:
    if shows == "names":
        return f"{TITLE} · {name}"
    if shows == "initials" and initials(name):
        return f"{TITLE} · {initials(name)}"
    return TITLE
