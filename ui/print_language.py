"""CoachDesk's own words in a document's language, whatever language the screen speaks.

A report, release form or agreement is printed in its recipient's language, chosen per
document: the headings, labels and sentences CoachDesk writes around the client's words,
and the way dates and numbers are written. The app's own language stays as it is: a
:class:`PrintWords` holds a QTranslator loaded from the same compiled files
(resources/translations/coachdesk_<lang>.qm) but never installed on the application, and
the QLocale of that language. One per language, loaded once and kept.

    words = words_in("de")
    words.tr("", "Coaching progress report")        # "Bericht über den Coaching-Fortschritt"
    words.tr("SessionFacts", "%n hour(s)", "", 3)    # "3 Stunden"
    words.day("2026-11-30")                         # "30. November 2026"
    words_in("en").day("2026-11-30")                # "2026-11-30"

English (and a language with no compiled file) gives the source words, as Qt does.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from PySide6.QtCore import QDate, QLocale, QTranslator

from coachdesk import words as core_words
from coachdesk.words import plural
from ui import translations
from ui.translations import FOLDER, LANGUAGES, offered

__all__ = ["PrintWords", "default", "install", "languages", "words_in"]

# A long date without its weekday: "30. November 2026", "November 30, 2026".
_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*,?\s*d{4}")


class PrintWords:
    """CoachDesk's words and number formats in one language (see the module's note)."""

    def __init__(self, language: str, translator: QTranslator | None,
                 locale: QLocale) -> None:
        self.language = language
        self.locale = locale
        self._translator = translator

    def tr(self, context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
        """The same as :meth:`translated`. (pyside6-lupdate takes any call named ``tr``
        for a source text of its own: where the words are a marked constant, not written
        in the call, call ``translated``.)"""
        return self.translated(context, source, disambiguation, n)

    def translated(self, context: str, source: str, disambiguation: str = "",
                   n: int = -1) -> str:
        """``source`` (marked in ``context``) in this language; with ``n``, its plural form
        for n and ``%n`` filled in, as QCoreApplication.translate does."""
        text = ""
        if self._translator is not None:
            text = self._translator.translate(context, source, disambiguation or None, n) or ""
        text = text or source
        if n >= 0:
            text = text.replace("%Ln", self.locale.toString(n)).replace("%n", str(n))
            text = plural(text, n)
        return text

    def day(self, value: date | str) -> str:
        """A day as this language writes it in a document, in full ("30. November 2026",
        "30 de novembro de 2026"): never a short form a reader abroad could misread.
        English is written month-first in one country and day-first in another: there,
        the ISO date ("2026-11-30"), which reads the same in both."""
        if isinstance(value, str):
            value = date.fromisoformat(value[:10])
        if self.language == "en":
            return value.isoformat()
        form = _WEEKDAY.sub("", self.locale.dateFormat(QLocale.FormatType.LongFormat))
        return self.locale.toString(QDate(value.year, value.month, value.day), form.strip())

    def number(self, value: int) -> str:
        return self.locale.toString(value)


def languages() -> dict[str, str]:
    """The languages a document may be printed in, each named in its own words: English
    and every language whose translation is complete (the ones Settings offers)."""
    return {code: LANGUAGES[code] for code in offered()}


@cache
def words_in(language: str) -> PrintWords:
    """The words of ``language`` ("de", "pt_BR"). English for anything not offered or
    whose compiled file is missing: its ``language`` then says "en", and the report gate
    refuses a report approved in the other language (coachdesk.reports)."""
    translator = QTranslator()
    if language == "en" or language not in languages() or \
            not translator.load(str(FOLDER / f"coachdesk_{language}.qm")):
        system = QLocale.system()
        english = system.language() == QLocale.Language.English
        return PrintWords("en", None, system if english else QLocale("en_GB"))
    return PrintWords(language, translator, QLocale(language))


def default() -> str:
    """The language a new report prints in: the one CoachDesk speaks now (English when it
    speaks a language documents are not printed in)."""
    spoken = translations.language_for(translations.chosen(), QLocale.system().uiLanguages(),
                                       offered())
    return spoken if spoken in languages() else "en"


def install() -> None:
    """Hand the core these translations: it words a report's frame (its labels and
    session facts) in its print language with them, and cannot load them itself (it
    never imports Qt). Called at start-up (ui.app), and as this module is imported."""
    core_words.print_words_in = words_in


install()
