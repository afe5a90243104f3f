"""Words the core hands to the screen, marked for Qt's translation tools.

The core never imports Qt, yet what it says to the coach must be translatable like
everything the UI says. So a message is kept as its source text, with Qt's ``%1``,
``%2`` … for values, together with those values. ``QT_TRANSLATE_NOOP`` marks the text
where it is written (pyside6-lupdate finds the mark in ``coachdesk/`` as it finds
``tr()`` in ``ui/``), and the UI translates it as it shows it (``ui.words.say``).
``english()`` fills it in untranslated, for callers without a screen (tests, the
self-test). Counts are said with ``tr(text, "", n)``: lupdate gives plural forms to
those (and to no count marked with QT_TRANSLATE_NOOP). The UI calls its widgets' ``tr``;
the core says a count inside a :class:`Counting` class, whose ``self.tr`` lupdate reads
the same way (in the class's name as context).

Source text writes a count the way Qt's own English plural files expect, "%n
session(s) held": :func:`plural` picks the English form when no translation replaced
the text, so "1 session held" and "2 sessions held" read right in English without a
shipped English translation, and a translator gets a numerus message to fill in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from msgspec import Struct

Translate = Callable[[str, str], str]  # (context, source text) -> text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


_PLACE = re.compile(r"%(\d)")


class Words(Struct, frozen=True):
    """A message in source words: ``text`` (marked with QT_TRANSLATE_NOOP in ``context``)
    and the values for its ``%1`` … (plain text, or words translated in turn)."""

    context: str
    text: str
    args: tuple[str | Words, ...] = ()

    def fill(self, translate: Translate) -> str:
        """The message, translated by ``translate``, with its values put in (in one pass,
        so a value that itself holds ``%2`` is never filled in again)."""
        return put_in(translate(self.context, self.text),
                      *(a.fill(translate) if isinstance(a, Words) else str(a)
                        for a in self.args))

    def english(self) -> str:
        return self.fill(_untranslated)


def put_in(text: str, *values: str) -> str:
    """``text`` with its ``%1`` … replaced by ``values``, in one pass: a value that itself
    holds ``%2`` (a folder's name can) is never filled in again."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return _PLACE.sub(value, text)


def _untranslated(_context: str, text: str) -> str:
    return text


CountTranslate = Callable[[str, str, int], str]  # (context, source text with %n, n) -> text


def plural(text: str, n: int) -> str:
    """``text`` (a count's words, its ``%n`` already filled in) with Qt's English "(s)"
    source form resolved: "1 session(s)" -> "1 session", "2 session(s)" -> "2 sessions".
    A translation never holds "(s)", so this leaves translated text as it is."""
    return text.replace("(es)", "" if n == 1 else "es").replace("(s)", "" if n == 1 else "s")


def _counted_untranslated(_context: str, text: str, n: int) -> str:
    return text.replace("%n", str(n))


class Counting:
    """The core's way to say a count so that it carries into translations: write
    ``self.tr("%n session(s) held", "", n)`` in a subclass (lupdate marks it a plural
    form in the subclass's context), and hand in the UI's translator, or none for the
    source words in English."""

    def __init__(self, translate: CountTranslate = _counted_untranslated) -> None:
        self._translate = translate

    def tr(self, text: str, _disambiguation: str, n: int) -> str:
        return plural(self._translate(type(self).__name__, text, n), n)


# How a document's own words are found in its language (a report's frame, printed in the
# recipient's language): the UI hands in Qt's translations at start-up
# (ui.print_language.install); None, with no screen, means the source words. Kept here, in
# a module every start imports, so telling the core costs no import of what it prints.
print_words_in: Callable[[str], Any] | None = None
