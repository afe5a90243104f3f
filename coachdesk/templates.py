"""Note templates: the coach's own page layouts for a session's notes.

A template is a list of sections (a heading, a prompt, and who may see what is written
there, in the words of ``notes.PRIVACY``). A section marked as the coach's reflection is
coach only, always (the schema holds it).

How a sectioned session is stored: each section the coach writes in becomes a note of
its own, with the section's privacy, tied to the session, and a ``note_sections`` row
says which section it was (heading as it stood then, position, reflection or not). So a
note never mixes words the client may see with words she may not; the consent gate,
disposal, the leak scans and the legal export keep working on notes as they are; and
the row menu's privacy choice acts on one section, never on a private part by accident.
A trigger refuses to make a reflection anything but coach only.

The defaults (a free page, GROW, focus / insights / actions / coach's reflection) come
with the vault (migration 0014) and are the coach's to edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit, notes, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

MAX_SECTIONS = 12
# The built-in templates' names and prompts (migration 0014), marked so the screen shows
# them in the coach's language while they read as written there; once the coach rewords
# one, it is the coach's own text and no translation matches it.
BUILT_IN_WORDS = (
    QT_TRANSLATE_NOOP("Templates", "Free page"),
    QT_TRANSLATE_NOOP("Templates", "Focus, insights, actions, reflection"),
    QT_TRANSLATE_NOOP("Templates", "Write as you listen. Everything saves by itself."),
    QT_TRANSLATE_NOOP("Templates", "What does the client want from this session, and beyond it?"),
    QT_TRANSLATE_NOOP("Templates", "Where things stand now: facts, feelings, what has been tried."),
    QT_TRANSLATE_NOOP("Templates", "What could the client do? Every option, before choosing."),
    QT_TRANSLATE_NOOP("Templates", "What will the client do, and by when? Start a line with [ ] "
                      "to make it an action item."),
    QT_TRANSLATE_NOOP("Templates", "Your own thoughts: never shared."),
    QT_TRANSLATE_NOOP("Templates", "What the client brought today."),
    QT_TRANSLATE_NOOP("Templates", "What the client noticed or learned."),
    QT_TRANSLATE_NOOP("Templates", "Start a line with [ ] to make it an action item."),
)


@dataclass(frozen=True)
class Section:
    heading: str  # '' only for a free page's one section
    privacy: str  # one of notes.PRIVACY
    prompt: str = ""
    is_reflection: bool = False  # the coach's reflection: coach only, always


@dataclass(frozen=True)
class Template:
    id: int
    name: str
    sections: tuple[Section, ...]

    @property
    def is_free_page(self) -> bool:
        """One section without a heading: the plain editor, privacy chosen at the top."""
        return len(self.sections) == 1 and not self.sections[0].heading


@dataclass(frozen=True)
class NoteSection:
    """Which section of a session a note holds."""

    note_id: int
    heading: str
    prompt: str
    position: int
    is_reflection: bool


def _checked(name: str, sections: list[Section]) -> tuple[str, list[Section]]:
    name = validation.required_name("name", "The template's name", name)
    if not sections:
        raise InvalidInput("sections", Words("Templates", QT_TRANSLATE_NOOP(
                "Templates", "A template needs at least one section.")))
    if len(sections) > MAX_SECTIONS:
        raise InvalidInput("sections", Words("Templates", QT_TRANSLATE_NOOP(
                "Templates", "A template can have at most %1 sections."), (str(MAX_SECTIONS),)))
    kept = []
    for s in sections:
        heading = validation.one_line("heading", "A section's heading", s.heading, 80)
        if not heading and len(sections) > 1:
            raise InvalidInput("heading", Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "Each section needs a heading.")))
        if s.privacy not in notes.PRIVACY:
            raise InvalidInput("privacy", Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "Choose who may see each section.")))
        if s.is_reflection and s.privacy != notes.COACH_ONLY:
            raise InvalidInput("privacy", Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "The coach's reflection is coach only, always.")))
        prompt = validation.one_line("prompt", "A section's prompt", s.prompt, 300)
        kept.append(Section(heading, s.privacy, prompt, s.is_reflection))
    return name, kept


def all_templates(vault: Vault) -> list[Template]:
    """Every template, in the coach's order, with its sections (two queries)."""
    heads = vault.read("SELECT id, name FROM note_templates ORDER BY position, id")
    found: dict[int, list[Section]] = {row[0]: [] for row in heads}
    for row in vault.read("SELECT template_id, heading, privacy, prompt, is_reflection"
                          " FROM template_sections ORDER BY template_id, position, id"):
        found[row[0]].append(Section(row[1], row[2], row[3], bool(row[4])))
    return [Template(i, name, tuple(found[i])) for i, name in heads]


def get(vault: Vault, template_id: int) -> Template:
    for template in all_templates(vault):
        if template.id == template_id:
            return template
    raise NotFound(Words("Templates", QT_TRANSLATE_NOOP(
            "Templates", "This template is no longer in the vault.")))


def save(vault: Vault, template_id: int | None, name: str,
         sections: list[Section]) -> Template:
    """A new template (``template_id`` None) or new words for one; notes written with it
    before keep their own headings."""
    name, sections = _checked(name, sections)
    now = now_utc()
    with vault.transaction(touches=Change.SETTINGS) as conn:
        if template_id is None:
            position = conn.execute("SELECT coalesce(max(position), 0) + 1"
                                    " FROM note_templates").fetchone()[0]
            template_id = conn.execute(
                "INSERT INTO note_templates (name, position, created_at, updated_at)"
                " VALUES (?, ?, ?, ?)", (name, position, now, now)).lastrowid
            audit.record(conn, "template.added", "template", template_id)
        else:
            if conn.execute("UPDATE note_templates SET name = ?, updated_at = ? WHERE id = ?",
                            (name, now, template_id)).rowcount != 1:
                raise NotFound(Words("Templates", QT_TRANSLATE_NOOP(
                        "Templates", "This template is no longer in the vault.")))
            conn.execute("DELETE FROM template_sections WHERE template_id = ?", (template_id,))
            audit.record(conn, "template.changed", "template", template_id)
        conn.executemany(
            "INSERT INTO template_sections (template_id, position, heading, prompt, privacy,"
            " is_reflection) VALUES (?, ?, ?, ?, ?, ?)",
            [(template_id, k, s.heading, s.prompt, s.privacy, int(s.is_reflection))
             for k, s in enumerate(sections, 1)])
    assert template_id is not None
    return Template(template_id, name, tuple(sections))


def remove(vault: Vault, template_id: int) -> None:
    """Remove a template; notes written with it keep their sections. The last one stays."""
    with vault.transaction(touches=Change.SETTINGS) as conn:
        if conn.execute("SELECT count(*) FROM note_templates").fetchone()[0] <= 1:
            raise InvalidInput("template", Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "Keep at least one template to start sessions with.")))
        if conn.execute("DELETE FROM note_templates WHERE id = ?",
                        (template_id,)).rowcount != 1:
            raise NotFound(Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "This template is no longer in the vault.")))
        audit.record(conn, "template.removed", "template", template_id)


def add_section_note(vault: Vault, client_id: int, session_id: int | None,
                     section: Section, position: int, body: str, *,
                     written_at: str | None = None) -> notes.Note:
    """The first words written in a section: its note, with the section's privacy, and
    the record of which section it is, in one transaction. ``written_at``: when, for a
    note written before it is stored (the demo practice's sessions); else now."""
    body = validation.long_text("body", "This note", body)
    privacy = notes.COACH_ONLY if section.is_reflection else section.privacy
    now = written_at or now_utc()
    with vault.transaction(touches=Change.NOTES) as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound(Words("Templates", QT_TRANSLATE_NOOP(
                    "Templates", "This client is no longer in the vault.")))
        note_id = notes.insert_note(conn, client_id, session_id,
                                    privacy == notes.COACH_ONLY, body, now,
                                    privacy == notes.MAY_REPORT)
        conn.execute("INSERT INTO note_sections (note_id, heading, prompt, position,"
                     " is_reflection) VALUES (?, ?, ?, ?, ?)",
                     (note_id, section.heading, section.prompt, position,
                      int(section.is_reflection)))
    return notes.Note(note_id, client_id, session_id, privacy == notes.COACH_ONLY, body, now,
                      now, privacy == notes.MAY_REPORT)


def sections_of(vault: Vault, note_ids: list[int]) -> dict[int, NoteSection]:
    """Which section each of these notes holds (notes written on a free page have none)."""
    rows = vault.read_ids("SELECT note_id, heading, prompt, position, is_reflection"
                          " FROM note_sections WHERE note_id IN ({ids})", note_ids)
    return {r[0]: NoteSection(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows}


def section_of(vault: Vault, note_id: int) -> NoteSection | None:
    return sections_of(vault, [note_id]).get(note_id)


def ids_for_client(vault: Vault, client_id: int) -> list[int]:
    """The client's notes for her Notes tab: newest first, as ``notes.ids_for_client``,
    except that a sectioned session's notes stand together where its newest section
    stands, in the template's order (Goal, Reality, Options, …), so a templated session
    reads as its template does. A free page's note keeps its own place."""
    rows = vault.read(
        "SELECT n.id, n.session_id, ns.position FROM notes n"
        " LEFT JOIN note_sections ns ON ns.note_id = n.id"
        " WHERE n.client_id = ? ORDER BY n.created_at DESC, n.id DESC", (client_id,))
    sections: dict[int, list[tuple[int, int]]] = {}
    for note_id, session_id, position in rows:
        if position is not None and session_id is not None:
            sections.setdefault(session_id, []).append((position, note_id))
    ordered: list[int] = []
    for note_id, session_id, position in rows:
        if position is None or session_id is None:
            ordered.append(note_id)
        elif session_id in sections:  # the session's newest section: all of them, here
            ordered.extend(i for _p, i in sorted(sections.pop(session_id)))
    return ordered
