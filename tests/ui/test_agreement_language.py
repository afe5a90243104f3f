"""Issue 16: an agreement is made in a language the coach chooses (the app's first) and
printed in it, clauses, generated sentences and CoachDesk's scaffolding alike; changing
the app's language afterwards changes nothing a signed agreement says."""

from __future__ import annotations

import re

import pytest
from pdftext import pdf_text
from PySide6.QtCore import QLocale, QSettings

from coachdesk import agreements
from tests.cases import nordwind_engagement
from ui import translations
from ui.dialogs.new_agreement import NewAgreementDialog
from ui.pdf import agreement_pdf

OWN_NAMES = ["English", "Deutsch", "Français", "Español", "Português (Brasil)"]


@pytest.fixture
def speaking(qapp, monkeypatch):
    """The app in a language, as Settings → Language and a restart would make it."""
    monkeypatch.delenv(translations.PSEUDO, raising=False)

    def speak(language: str) -> None:
        translations.choose(language)
        assert translations.install(qapp) == language
        QLocale.setDefault(QLocale(language))

    yield speak
    translations.uninstall(qapp)
    QSettings().remove(translations.SETTING)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def engagement(vault):
    return nordwind_engagement(vault)


def made_in(qtbot, vault, language: str | None) -> agreements.Agreement:
    dialog = NewAgreementDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.coach.setText("Kim Weber")
    if language is not None:
        dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.save()
    assert dialog.saved is not None, dialog.message.text()
    return dialog.saved


def signed(vault, agreement: agreements.Agreement) -> agreements.Agreement:
    agreement = agreements.set_terms(vault, agreement.id, ("attendance", "hours"))
    for role, name in (("coach", "Kim Weber"), ("client", "Jonas Berg"),
                       ("sponsor", "Pat Lee")):
        agreements.record_signature(vault, agreement.id, role, name, "2026-03-02",
                                    "handwritten")
    return agreements.activate(vault, agreement.id)


def without_page_numbers(text: str) -> str:
    return re.sub(r"(?m)^\S+ \d+ \S+ \d+$", "", text)


def test_the_language_is_offered_in_its_own_words_the_app_s_first(qtbot, vault, engagement):
    dialog = NewAgreementDialog(vault)
    qtbot.addWidget(dialog)
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == OWN_NAMES
    assert dialog.language.currentData() == "en"
    assert made_in(qtbot, vault, None).language == "en"


def test_in_a_german_app_a_new_agreement_is_german_by_default(qtbot, vault, engagement,
                                                              speaking):
    speaking("de")
    dialog = NewAgreementDialog(vault)
    qtbot.addWidget(dialog)
    assert dialog.language.currentText() == "Deutsch"
    assert [dialog.language.itemText(i) for i in range(dialog.language.count())] == OWN_NAMES
    assert made_in(qtbot, vault, None).language == "de"


def test_a_german_agreement_prints_german_from_an_english_app(qtbot, vault, engagement):
    agreement = signed(vault, made_in(qtbot, vault, "de"))
    text = pdf_text(agreement_pdf(agreement))
    flat = " ".join(text.split())
    for german in ("Dreiecksvereinbarung für das Coaching", "Zwischen Coach: Kim Weber",
                   "Klient: Jonas Berg", "Sponsor: Nordwind GmbH", "Vertraulichkeit",
                   "Grenzen der Vertraulichkeit",
                   "Der Sponsor zahlt 3.600,00 EUR für den gesamten Auftrag mit 10 Sitzungen",
                   "Der Sponsor darf nur Folgendes erhalten: die Anwesenheit",
                   "die geleisteten Coaching-Stunden",
                   "Eine später abgesagte oder versäumte Sitzung gilt als stattgefunden",
                   "spätestens am 2026-08-31", "Unterschriften",
                   "Unterschrieben von Kim Weber am 2. März 2026 (handschriftliche "
                   "Unterschrift).",
                   "Für den Sponsor unterschrieben von Pat Lee am 2. März 2026"):
        assert german in flat, german
    for english in ("Between", "Signatures", "Signed by", "Client:", "The sponsor",
                    "session", "Confidentiality", "Printed from CoachDesk"):
        assert english not in flat, english


def test_changing_the_app_language_afterwards_changes_nothing_signed(qtbot, vault,
                                                                     engagement, speaking):
    agreement = signed(vault, made_in(qtbot, vault, "de"))
    printed = without_page_numbers(pdf_text(agreement_pdf(agreement, None)))
    speaking("fr")
    again = agreements.get(vault, agreement.id)
    assert again == agreement and again.language == "de"
    assert without_page_numbers(pdf_text(agreement_pdf(again, None))) == printed
    assert "Contrat" not in printed and "Signé" not in printed
