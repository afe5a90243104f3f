"""An agreement's words in the language it is written in: its template, and the sentences
CoachDesk writes from the terms the parties chose.

An agreement is signed text, so its language is chosen when it is made and kept with it
(``Agreement.language``); changing the app's language later changes nothing it says.

Why sentence templates in ``resources/agreements`` rather than Qt's translations: the
core never imports Qt, and a signed text must not depend on which translator happens to
be installed. Each language has its own file of sentences beside its clauses
(``sentences.<lang>.json``; English ``sentences.json``), looked up by the term's key and
filled with values, never made by translating English output, and never read back: the
software acts on the structured terms alone. The same keys and placeholders in every
language are held by a test.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from coachdesk import validation

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "agreements"
# The languages an agreement can be written in (the app's languages, by the same codes).
LANGUAGES = ("en", "de", "fr", "es", "pt_BR")
ENGLISH = "en"


def _file(name: str, language: str) -> Path:
    validation.choice("language", "The agreement's language", language, LANGUAGES)
    return FOLDER / (f"{name}.json" if language == ENGLISH else f"{name}.{language}.json")


@cache
def template(kind: str, language: str = ENGLISH) -> dict[str, Any]:
    """The template for ``kind`` (coach_client, three_party) in ``language``."""
    data: dict[str, Any] = json.loads(_file(kind, language).read_text(encoding="utf-8"))
    return data


@cache
def sentences(language: str = ENGLISH) -> dict[str, Any]:
    """Every sentence the terms write, in ``language``, by key."""
    data: dict[str, Any] = json.loads(_file("sentences", language).read_text(
        encoding="utf-8"))
    return data


def say(language: str, key: str, n: int | None = None, **values: object) -> str:
    """The sentence ``key`` in ``language``, its blanks filled; with ``n``, the form for
    that count ({"one", "other"}; which counts take "one" is the language's own rule)."""
    words = sentences(language)
    found = words[key]
    if n is not None:
        found = found["one" if n in words["plural_one"] else "other"]
        values["n"] = n
    text: str = found.format(**values)
    return text


def term_words(language: str, term: str) -> str:
    """What the sponsor may receive under ``term``, as the agreement says it."""
    text: str = sentences(language)["sharing_terms"][term]
    return text
