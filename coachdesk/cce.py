"""Continuing coach education (ICF's CCE): the courses that renew a credential.

ICF renews a credential every three years on 40 CCE units (one hour of education is
one unit), each in core competencies or resource development: at least 24 in core
competencies, of which at least 3 in coaching ethics. A coaching ethics course is a
core competency course too (kept so, with its ethics mark: migration 0018), so it
counts toward both minimums. A course's certificate
is kept in the vault itself, so it is encrypted with everything else and travels in
every backup; it leaves only when the coach saves a copy.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

CATEGORIES = ("core_competency", "coaching_ethics", "resource_development")
RENEWAL_YEARS = 3
RENEWAL_UNITS = 40
CORE_UNITS = 24  # of the 40, at least this many in core competencies (ethics included)
ETHICS_UNITS = 3  # of those, at least this many in coaching ethics
MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class CourseDraft:
    """What the coach types for a course."""

    course: str
    provider: str
    taken_on: str
    minutes: int
    category: str


@dataclass(frozen=True)
class Course:
    id: int
    course: str
    provider: str
    taken_on: str
    minutes: int
    category: str
    certificate: str | None  # the certificate's file name, when one is kept

    @property
    def units(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class RenewalWindow:
    """The three years a renewal counts, and the units earned in them."""

    starts_on: str
    ends_on: str  # the renewal date: the window's last day is the day before
    core_minutes: int  # coaching ethics included
    resource_minutes: int
    ethics_minutes: int = 0

    @property
    def units(self) -> float:
        return (self.core_minutes + self.resource_minutes) / 60

    @property
    def met(self) -> bool:
        """All three of ICF's figures reached: 40 units, 24 core, 3 ethics."""
        return (self.core_minutes + self.resource_minutes >= RENEWAL_UNITS * 60
                and self.core_minutes >= CORE_UNITS * 60
                and self.ethics_minutes >= ETHICS_UNITS * 60)


def _checked(d: CourseDraft) -> CourseDraft:
    if not isinstance(d.minutes, int) or d.minutes <= 0:
        raise InvalidInput("minutes", Words("Courses", QT_TRANSLATE_NOOP(
            "Courses", "How long the course was is needed (more than 0 hours).")))
    return CourseDraft(
        course=validation.required_name("course", "The course", d.course),
        provider=validation.one_line("provider", "The provider", d.provider),
        taken_on=validation.iso_date("taken_on", "The day of the course", d.taken_on),
        minutes=d.minutes,
        category=validation.choice("category", "The kind of education", d.category,
                                   CATEGORIES))


def add(vault: Vault, draft: CourseDraft,
        certificate: tuple[str, bytes] | None = None) -> Course:
    """Keep a course, and its certificate (file name, bytes) inside the vault."""
    d = _checked(draft)
    if certificate is not None:
        name, data = certificate
        name = validation.required_name("certificate", "The certificate's file name", name)
        if len(data) > MAX_CERTIFICATE_BYTES:
            raise InvalidInput("certificate", Words("Courses", QT_TRANSLATE_NOOP(
                "Courses", "The certificate is larger than 20 MB: save it smaller (a PDF or a "
                "photo) and add it again.")))
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        ethics = d.category == "coaching_ethics"
        entry_id = conn.execute(
            "INSERT INTO cce_entries (course, provider, taken_on, minutes, category, ethics,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (d.course, d.provider, d.taken_on, d.minutes,
             "core_competency" if ethics else d.category, int(ethics), now_utc())).lastrowid
        if certificate is not None:
            conn.execute("INSERT INTO cce_certificates (entry_id, file_name, data)"
                         " VALUES (?, ?, ?)", (entry_id, name, data))
        audit.record(conn, "cce.added", "cce", entry_id)
    return get(vault, entry_id)


def remove(vault: Vault, entry_id: int) -> None:
    with vault.transaction(touches=Change.CREDENTIALS) as conn:
        conn.execute("DELETE FROM cce_entries WHERE id = ?", (entry_id,))
        audit.record(conn, "cce.removed", "cce", entry_id)


_SELECT = ("SELECT e.id, e.course, e.provider, e.taken_on, e.minutes,"
           " CASE WHEN e.ethics THEN 'coaching_ethics' ELSE e.category END, c.file_name"
           " FROM cce_entries e LEFT JOIN cce_certificates c ON c.entry_id = e.id")


def get(vault: Vault, entry_id: int) -> Course:
    found = vault.read(_SELECT + " WHERE e.id = ?", (entry_id,))
    if not found:
        raise NotFound(Words("Courses", QT_TRANSLATE_NOOP(
            "Courses", "That course is no longer in the log.")))
    return Course(*found[0])


def courses(vault: Vault) -> list[Course]:
    """Every course, the latest first."""
    return [Course(*r) for r in vault.read(_SELECT + " ORDER BY e.taken_on DESC, e.id DESC")]


def certificate(vault: Vault, entry_id: int) -> tuple[str, bytes]:
    """The certificate kept for a course: its file name and bytes."""
    found = vault.read("SELECT file_name, data FROM cce_certificates WHERE entry_id = ?",
                       (entry_id,))
    if not found:
        raise NotFound(Words("Courses", QT_TRANSLATE_NOOP(
            "Courses", "No certificate is kept for that course.")))
    return str(found[0][0]), bytes(found[0][1])


def _years_later(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def renewal_window(vault: Vault, awarded_on: str | None, today: date) -> RenewalWindow | None:
    """The window a renewal counts: the three years from the award (or last renewal)
    that hold ``today``. None while no award date is known."""
    if awarded_on is None:
        return None
    start = date.fromisoformat(awarded_on)
    while _years_later(start, RENEWAL_YEARS) <= today:
        start = _years_later(start, RENEWAL_YEARS)
    end = _years_later(start, RENEWAL_YEARS)
    core, resource, ethics = vault.read(
        "SELECT COALESCE(SUM(CASE WHEN category = 'core_competency' THEN minutes END), 0),"
        " COALESCE(SUM(CASE WHEN category = 'resource_development' THEN minutes END), 0),"
        " COALESCE(SUM(CASE WHEN ethics THEN minutes END), 0) FROM cce_entries"
        " WHERE taken_on >= ? AND taken_on < ?", (start.isoformat(), end.isoformat()))[0]
    return RenewalWindow(start.isoformat(), end.isoformat(), int(core), int(resource),
                         int(ethics))
