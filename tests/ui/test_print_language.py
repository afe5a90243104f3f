"""CoachDesk's words in a document's language, while the screen keeps its own."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ui.print_language import languages, words_in


def test_german_words_come_out_german_while_the_app_stays_english(qapp):
    german = words_in("de")
    assert german.tr("", "Coaching progress report") == "Bericht über den Coaching-Fortschritt"
    assert german.tr("SessionFacts", "%n session(s) held", "", 1) == "1 Sitzung stattgefunden"
    assert german.tr("SessionFacts", "%n session(s) held", "", 3) == "3 Sitzungen stattgefunden"
    # The application itself was not given the translator: it still speaks English.
    assert QCoreApplication.translate("", "Coaching progress report") == \
        "Coaching progress report"
    assert german.locale.language() == QLocale.Language.German
    assert german.day("2026-11-30") == "30. November 2026"


def test_english_gives_the_source_words_with_english_plurals(qapp):
    english = words_in("en")
    assert english.tr("", "Coaching progress report") == "Coaching progress report"
    assert english.tr("SessionFacts", "%n session(s) held", "", 1) == "1 session held"
    assert english.tr("SessionFacts", "%n session(s) held", "", 2) == "2 sessions held"
    # English writes dates month-first or day-first by country: ISO reads the same in both.
    assert english.day("2026-11-30") == "2026-11-30"


def test_each_offered_language_is_named_in_its_own_words_and_loaded_once(qapp):
    offered = languages()
    assert offered["en"] == "English" and offered["de"] == "Deutsch"
    assert set(offered) == {"en", "de", "fr", "es", "pt_BR"}
    assert words_in("fr") is words_in("fr")
    assert words_in("fr").day("2026-11-30") == "30 novembre 2026"
    assert words_in("pt_BR").day("2026-11-30") == "30 de novembro de 2026"
    assert words_in("xx").language == "en"  # not offered: the source words
