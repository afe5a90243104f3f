"""CoachDesk speaks the language it is given before its first window: a pseudo right-to-left
locale mirrors the window, a pseudo long one reaches every word on a page, a finished
translation (made here from the real German .ts) is loaded with Qt's own German words, and
Settings offers only finished languages, for the next start."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from ui import translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def speaking(qapp, monkeypatch):
    """Install the translators as a start does, for one test; then back to English."""
    QSettings().remove(translations.SETTING)

    def install(pseudo: str = "") -> str:
        if pseudo:
            monkeypatch.setenv(translations.PSEUDO, pseudo)
        else:
            monkeypatch.delenv(translations.PSEUDO, raising=False)
        return translations.install(qapp)

    yield install
    translations.uninstall(qapp)
    QSettings().remove(translations.SETTING)


def test_pseudo_rtl_mirrors_the_window_and_speaks_its_words(speaking, qtbot, location):
    from ui.main_window import MainWindow

    assert speaking("rtl") == "pseudo-rtl"
    window = MainWindow(location)
    qtbot.addWidget(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.sidebar.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.sidebar.item(0).text() == translations.pseudo_text("Today", rtl=True)
    assert window.sidebar.item(7).text() == translations.pseudo_text("Settings", rtl=True)


def _shown_texts(page: QWidget) -> list[str]:
    texts = []
    for widget in page.findChildren(QWidget):
        if isinstance(widget, QLabel | QAbstractButton) and widget.text().strip():
            texts.append(widget.text())
    return texts


def test_pseudo_long_reaches_every_word_of_settings_and_unlock(speaking, qtbot, location):
    """Every label and button on these pages says pseudo words: nothing was left in
    English (the words a module helper translates included)."""
    speaking("long")
    from ui.main_window import MainWindow

    fresh = MainWindow(location)
    qtbot.addWidget(fresh)
    settings = fresh.page("Settings")
    english = [t for t in _shown_texts(settings) + _shown_texts(fresh.unlock_page)
               if not t.startswith("[") and any(c.isalpha() for c in t)]
    assert english == []


def _finished_german(folder: Path) -> None:
    """The real German .ts with every message 'translated' (DE: + the source), compiled."""
    tree = ET.parse(ROOT / "resources" / "translations" / "coachdesk_de.ts")
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        words = "DE:" + (message.findtext("source") or "")
        forms = translation.findall("numerusform")
        for form in forms:
            form.text = words
        if not forms:
            translation.text = words
    tree.write(folder / "coachdesk_de.ts", encoding="utf-8", xml_declaration=True)
    translations.lrelease(folder / "coachdesk_de.ts", folder / "coachdesk_de.qm")
    (folder / "languages.json").write_text(json.dumps(
        {"de": translations.counts(folder / "coachdesk_de.ts")}))


def test_a_finished_language_is_loaded_with_qts_own_words(speaking, tmp_path, monkeypatch,
                                                          qtbot, location):
    _finished_german(tmp_path)
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    assert translations.offered() == ["en", "de"]
    translations.choose("de")
    assert speaking() == "de"
    # Qt's own German: the standard buttons of every question
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    from ui.main_window import MainWindow

    window = MainWindow(location)
    qtbot.addWidget(window)
    assert window.sidebar.item(1).text() == "DE:Clients"
    # words a module's own tr() helper translates (lupdate files them under no context)
    from ui.database_errors import what_failed

    class Full(Exception):
        sqlite_errorcode = 13

    assert what_failed(Full()) == "DE:the disk is full"


def test_english_unless_the_system_or_the_coach_says_otherwise(speaking, monkeypatch):
    monkeypatch.setattr(translations.QLocale, "system",
                        lambda: translations.QLocale("de_DE"))
    # German is not finished today, so it is neither offered nor loaded
    assert speaking() == ("de" if "de" in translations.offered() else "en")


def test_settings_offers_finished_languages_for_the_next_start(qtbot, window, tmp_path,
                                                                monkeypatch):
    settings = window.page("Settings")
    shown = [settings.language.itemData(i) for i in range(settings.language.count())]
    assert shown == ["system", *translations.offered()]
    assert "en" in shown
    notes = [label.text() for label in settings.findChildren(QLabel)]
    assert "A new language takes effect the next time CoachDesk starts." in notes
    settings.language.setCurrentIndex(shown.index("en"))
    assert translations.chosen() == "en"
    QSettings().remove(translations.SETTING)


def test_a_core_refusal_is_shown_translated(speaking, tmp_path, monkeypatch):
    """The default failure path (ui.ops) says the core's sentence in the coach's language,
    the field's name translated in."""
    from coachdesk import validation
    from coachdesk.errors import InvalidInput
    from ui import ops

    _finished_german(tmp_path)
    monkeypatch.setattr(translations, "FOLDER", tmp_path)
    translations.choose("de")
    speaking()
    with pytest.raises(InvalidInput) as refused:
        validation.required_name("name", "The client's name", "")
    assert ops.error_text(refused.value) == "DE:DE:The client's name cannot be empty."


@pytest.fixture
def german_locale():
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(QLocale.system())


def test_dates_and_counts_are_written_the_locales_way(german_locale):
    from datetime import date, datetime

    from ui.models.records import when
    from ui.words import day, long_day, moment, number

    assert day("2026-11-30") == "30.11.26"
    assert long_day(date(2026, 11, 30)).startswith("Montag, 30. November 2026")
    assert number(1234567) == "1.234.567"
    assert moment(datetime(2026, 11, 30, 9, 5)) == "30.11.26 09:05"
    assert when("2026-11-30T09:05") == "Mo., 30. Nov. 2026, 09:05"  # as German writes it
    assert moment(datetime(2026, 11, 30, 9, 5, tzinfo=UTC)).startswith("30.11.26")


def test_a_phone_number_keeps_its_order_on_a_right_to_left_screen(speaking):
    from ui.bidi import LRI, left_to_right

    assert left_to_right("+44 20 7946 0019") == "+44 20 7946 0019"  # left to right: as is
    speaking("rtl")
    assert left_to_right("+44 20 7946 0019") == f"{LRI}+44 20 7946 0019\u2069"
