"""Checks on what the coach types, each failing with a message in their words.

Text is stored exactly as typed (emoji, right-to-left scripts, HTML and all);
only what cannot be right is refused: empty names, line breaks and control
characters inside a one-line field, the invisible controls that force the direction
of text (an override would show a name back to front, and turn the words shown after
it around too), characters that have no UTF-8 form (a lone half of a surrogate
pair, left by a damaged paste), and sizes no coach means to type. The UI keeps
the typed text on screen when a check fails, so nothing is lost, and offers to
join the lines or remove the hidden controls (``joined``, ``without_direction_controls``).
Right-to-left letters and the plain direction marks (LRM, RLM, ALM) stay welcome.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Literal, overload

from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP, Words


def _said(text: str, label: str, *values: object) -> Words:
    """A refusal as one translatable sentence: ``%1`` is the field's label (translated in
    the "Fields" context where a caller marked it), ``%2`` … the values."""
    return Words("Validation", text, (Words("Fields", label), *(str(v) for v in values)))

MAX_NAME = 200
MAX_LINE = 500
MAX_NOTE_BYTES = 16 * 1024 * 1024  # a 10 MB paste fits; far beyond any session

_LINE_BREAK = re.compile(r"\r\n|[\n\r\x0b\x0c\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")
# Embeddings and overrides (LRE RLE PDF LRO RLO) and isolates (LRI RLI FSI PDI).
DIRECTION_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
_OPENS_ISOLATE = "\u2066\u2067\u2068"
_CLOSES_ISOLATE = "\u2069"


def _forces_direction(value: str) -> bool:
    """True when the value holds an embedding or override, or an isolate left open or
    closed without its opening: these turn the words shown around it. Isolates that
    open and close within the value (common in right-to-left text copied from the web)
    keep their effect inside it, and are kept."""
    if re.search("[\u202a-\u202e]", value):
        return True
    depth = 0
    for c in value:
        if c in _OPENS_ISOLATE:
            depth += 1
        elif c == _CLOSES_ISOLATE:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def line_count(value: str) -> int:
    """How many lines a pasted text has (1 for a proper one-line value)."""
    return len(_LINE_BREAK.split(value.strip()))


def joined(value: str) -> str:
    """Pasted lines joined into one, a space between each (blank lines dropped)."""
    return " ".join(" ".join(part.split()) for part in _LINE_BREAK.split(value)
                    if part.strip())


def without_direction_controls(value: str) -> str:
    """The text without the invisible controls that force its direction."""
    return DIRECTION_CONTROLS.sub("", value)


def storable(field: str, label: str, value: str) -> bytes:
    """The text as the vault stores it (UTF-8); text without a UTF-8 form is refused here,
    naming the field, instead of failing later inside the database."""
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP(
            "Validation", "%1 contains a character that cannot be stored; please retype it."),
            label)) from None


def required_name(field: str, label: str, value: str, *, kept: str | None = None) -> str:
    """A name that must be there: trimmed, one line, at most MAX_NAME characters."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP("Validation", "%1 cannot be empty."),
                                        label))
    return one_line(field, label, value, MAX_NAME, kept=kept)


def one_line(field: str, label: str, value: str, limit: int = MAX_LINE, *,
             kept: str | None = None) -> str:
    """Optional one-line text: trimmed; no tabs, line breaks or control characters.

    ``kept`` is the value as the vault already holds it: a value written back unchanged is
    not refused for direction controls that an earlier version let in (the coach could not
    reach the field to fix it; screens drop them when they show it)."""
    value = (value or "").strip()
    storable(field, label, value)
    if (lines := line_count(value)) > 1:
        raise InvalidInput(
            field, _said(QT_TRANSLATE_NOOP(
                "Validation", "%1 must be a single line; what was typed or pasted here is on "
                "%2 lines."), label, f"{lines:,}")
        )
    if _forces_direction(value) and value != (kept or "").strip():
        raise InvalidInput(
            field, _said(QT_TRANSLATE_NOOP(
                "Validation", "%1 contains hidden characters that force the direction of the "
                "text (often picked up when copying from a web page or a chat). They would "
                "show it back to front, so they cannot be kept."), label)
        )
    if _CONTROL.search(value):
        raise InvalidInput(
            field, _said(QT_TRANSLATE_NOOP(
                "Validation", "%1 must be a single line, without tabs or control characters."),
                label)
        )
    if len(value) > limit:
        raise InvalidInput(
            field, _said(QT_TRANSLATE_NOOP(
                "Validation", "%1 can be at most %2 characters; this is %3."), label,
                f"{limit:,}", f"{len(value):,}")
        )
    return value


def long_text(field: str, label: str, value: str, limit_bytes: int = MAX_NOTE_BYTES) -> str:
    """Free text (notes): kept exactly, any characters, up to ``limit_bytes`` of UTF-8."""
    if value is None:
        value = ""
    size = len(storable(field, label, value))
    if size > limit_bytes:
        raise InvalidInput(
            field,
            _said(QT_TRANSLATE_NOOP(
                "Validation", "%1 is %2 MB; the most CoachDesk keeps in one is %3 MB. Split it "
                "into several."), label, f"{size / 1_048_576:.1f}", limit_bytes // 1_048_576),
        )
    return value


@overload
def iso_date(field: str, label: str, value: str | date | None,
             required: Literal[True] = True) -> str: ...
@overload
def iso_date(field: str, label: str, value: str | date | None,
             required: bool) -> str | None: ...
def iso_date(field: str, label: str, value: str | date | None, required: bool = True) -> str | None:
    """A calendar date as YYYY-MM-DD."""
    if value is None or value == "":
        if required:
            raise InvalidInput(field, _said(QT_TRANSLATE_NOOP("Validation", "%1 is needed."),
                                            label))
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP(
            "Validation", "%1 is not a date (use YYYY-MM-DD)."), label)) from None


def date_range(starts: str, ends: str | None) -> None:
    if ends is not None and ends < starts:
        raise InvalidInput("ends_on", Words("Validation", QT_TRANSLATE_NOOP(
            "Validation", "The end date is before the start date.")))


def amount_cents(field: str, label: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP(
            "Validation", "%1 must be a whole number of cents."), label))
    if value < 0:
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP("Validation", "%1 cannot be negative."),
                                        label))
    return value


def choice(field: str, label: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InvalidInput(field, _said(QT_TRANSLATE_NOOP("Validation", "%1 must be one of: %2."),
                                        label, ", ".join(allowed)))
    return value


def sort_key(name: str) -> str:
    """How a name sorts: without case or accents, so Ángel files under A."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
