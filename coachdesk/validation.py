"""Checks on what the coach types, each failing with a message in their words.

Text is stored exactly as typed (emoji, right-to-left scripts, HTML and all);
only what cannot be right is refused: empty names, control characters inside a
one-line field, characters that have no UTF-8 form (a lone half of a surrogate
pair, left by a damaged paste), and sizes no coach means to type. The UI keeps
the typed text on screen when a check fails, so nothing is lost.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Literal, overload

from coachdesk.errors import InvalidInput

MAX_NAME = 200
MAX_LINE = 500
MAX_NOTE_BYTES = 16 * 1024 * 1024  # a 10 MB paste fits; far beyond any session

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def storable(field: str, label: str, value: str) -> bytes:
    """The text as the vault stores it (UTF-8); text without a UTF-8 form is refused here,
    naming the field, instead of failing later inside the database."""
    try:
        return value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(field, f"{label} contains a character that cannot be stored; "
                                  "please retype it.") from None


def required_name(field: str, label: str, value: str) -> str:
    """A name that must be there: trimmed, one line, at most MAX_NAME characters."""
    value = (value or "").strip()
    if not value:
        raise InvalidInput(field, f"{label} cannot be empty.")
    return one_line(field, label, value, MAX_NAME)


def one_line(field: str, label: str, value: str, limit: int = MAX_LINE) -> str:
    """Optional one-line text: trimmed; no tabs, line breaks or control characters."""
    value = (value or "").strip()
    storable(field, label, value)
    if _CONTROL.search(value):
        raise InvalidInput(
            field, f"{label} must be a single line, without tabs or control characters."
        )
    if len(value) > limit:
        raise InvalidInput(
            field, f"{label} can be at most {limit:,} characters; this is {len(value):,}."
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
            f"{label} is {size / 1_048_576:.1f} MB; the most CoachDesk keeps in one is "
            f"{limit_bytes // 1_048_576} MB. Split it into several.",
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
            raise InvalidInput(field, f"{label} is needed.")
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise InvalidInput(field, f"{label} is not a date (use YYYY-MM-DD).") from None


def date_range(starts: str, ends: str | None) -> None:
    if ends is not None and ends < starts:
        raise InvalidInput("ends_on", "The end date is before the start date.")


def amount_cents(field: str, label: str, value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise InvalidInput(field, f"{label} must be a whole number of cents.")
    if value < 0:
        raise InvalidInput(field, f"{label} cannot be negative.")
    return value


def choice(field: str, label: str, value: str, allowed: tuple[str, ...]) -> str:
    if value not in allowed:
        raise InvalidInput(field, f"{label} must be one of: {', '.join(allowed)}.")
    return value


def sort_key(name: str) -> str:
    """How a name sorts: without case or accents, so Ángel files under A."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
