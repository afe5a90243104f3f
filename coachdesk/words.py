"""Words the core hands to the screen, marked for Qt's translation tools.

The core never imports Qt, yet what it says to the coach must be translatable like
everything the UI says. So a message is kept as its source text, with Qt's ``%1``,
``%2`` … for values, together with those values. ``QT_TRANSLATE_NOOP`` marks the text
where it is written (pyside6-lupdate finds the mark in ``coachdesk/`` as it finds
``tr()`` in ``ui/``), and the UI translates it as it shows it (``ui.words.say``).
``english()`` fills it in untranslated, for callers without a screen (tests, the
self-test). Counts are said by the UI, with ``tr(text, "", n)``: lupdate gives plural
forms to those, and to no count marked in the core.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

Translate = Callable[[str, str], str]  # (context, source text) -> text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text


_PLACE = re.compile(r"%(\d)")


@dataclass(frozen=True)
class Words:
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
