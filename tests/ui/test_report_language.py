"""A report printed in its recipient's language (issue 16): CoachDesk's words around the
client's and the dates follow the report's print language, the client's words never
change, and the language is part of the frame the client approves."""

from __future__ import annotations

import re
import unicodedata

import pytest
from PySide6.QtCore import QCoreApplication

from coachdesk import reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask, pdf

RIGHT_TO_LEFT = "מאיה מובילה את הפגישה השבועית 🙂 — ومايا تقود الاجتماع 🎉"
ENGLISH = "She now runs the weekly review herself and asks for feedback earlier."


def report_in(vault, language, texts=(RIGHT_TO_LEFT, ENGLISH)):
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance", "dates", "hours"), print_language=language))
    ids = [reports.write_item(vault, report.id, t).id for t in texts]
    return report, ids


def approve(vault, report, ids):
    reports.approve(vault, report.id, ids, method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")


def export(vault, report):
    saved = []
    disclosure = reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                                save=saved.append)
    return disclosure, pdf_text(saved[0])


def readable(text: str) -> str:
    """pdftotext's text with Arabic presentation forms folded back and direction marks
    dropped, as the existing right-to-left test reads it."""
    text = unicodedata.normalize("NFKC", text)
    return re.sub("[\u202a-\u202e\u200e\u200f\u2066-\u2069]", "", text)


def test_a_german_report_prints_coachdesks_words_in_german_and_the_clients_as_approved(
        vault):
    report, ids = report_in(vault, "de")
    approve(vault, report, ids)
    disclosure, text = export(vault, report)
    flat = " ".join(text.split())
    for german in ("Bericht über den Coaching-Fortschritt", "Klient: Maya Okafor",
                   "Zeitraum: 1. Januar 2026 bis 30. April 2026",
                   "Anwesenheit: 3 Sitzungen stattgefunden, 1 abgesagt, 1 versäumt",
                   "Coaching-Stunden: 4 Stunden 30 Minuten",
                   "Sitzungstermine: 12. Januar 2026, 9. Februar 2026, 16. März 2026",
                   "In den vom Klienten freigegebenen Worten",
                   "Freigegeben am 1. Mai 2026, am Bildschirm, in der Sitzung.",
                   f"Weitergabe D-{disclosure.id:06d} · am 1. Mai 2026 aus CoachDesk",
                   "Seite 1 von 1"):
        assert german in flat, german
    for english in ("Coaching progress report", "Attendance", "sessions held", "Period",
                    "approved words", "Page 1 of 1"):
        assert english not in flat, english
    # The client's words, word for word: never translated.
    assert ENGLISH in flat
    for word in RIGHT_TO_LEFT.split():
        if word not in ("🙂", "🎉"):  # drawn, but not in Qt's text layer (test_report_pdfs)
            assert word in readable(text), word
    # The screen kept its language: only the file was printed in German.
    assert QCoreApplication.translate("", "Coaching progress report") == \
        "Coaching progress report"


def test_the_release_form_prints_in_the_reports_language(vault):
    report, _ids = report_in(vault, "fr")
    frame = reports.frame(vault, reports.get(vault, report.id))
    text = pdf_text(pdf.release_form_pdf(frame=frame, passages=[(1, RIGHT_TO_LEFT),
                                                                (2, ENGLISH)],
                                         printed_on="2026-05-01"))
    flat = " ".join(text.split())
    for french in ("Autorisation de partager des informations de coaching",
                   "Pour: Northwind Ltd", "Période: du 1 janvier 2026 au 30 avril 2026",
                   "Présence: 3 séances effectuées", "le 1 mai 2026"):
        assert french in flat, french
    assert "Permission to share" not in flat and "Attendance" not in flat
    assert ENGLISH in flat
    for word in RIGHT_TO_LEFT.split():
        if word not in ("🙂", "🎉"):  # drawn, but not in Qt's text layer (test_report_pdfs)
            assert word in readable(text), word


def test_the_language_is_part_of_the_frame_and_its_hash(vault):
    report, _ids = report_in(vault, "de")
    german = reports.frame(vault, reports.get(vault, report.id))
    french = reports.frame(vault, reports.set_print_language(vault, report.id, "fr"))
    english = reports.frame(vault, reports.set_print_language(vault, report.id, "en"))
    assert '"language":"de"' in german.text and '"language":"fr"' in french.text
    assert len({german.sha256, french.sha256, english.sha256}) == 3
    assert reports.PrintedFrame.from_text(german.text) == german
    # An English frame keeps the canonical text frames had before reports had a language,
    # so a report approved then still matches its approval.
    assert "language" not in english.text
    assert reports.PrintedFrame.from_text(english.text).language == "en"


def test_approved_in_german_then_switched_to_french_is_refused_until_approved_again(vault):
    report, ids = report_in(vault, "de")
    approve(vault, report, ids)
    first, text = export(vault, report)
    assert "Bericht über den Coaching-Fortschritt" in text
    assert reports.disclosed_language(vault, first.id) == "de"

    reports.set_print_language(vault, report.id, "fr")
    with pytest.raises(reports.ReportBlocked) as refused:
        export(vault, report)
    assert "the print language (approved in Deutsch, now Français)" in str(refused.value)
    status = reports.frame_status(vault, report.id, "2026-05-01")
    assert not status.approved

    approve(vault, report, ids)  # the client approves it again, as it will print now
    second, text = export(vault, report)
    flat = " ".join(text.split())
    assert "Dans les termes approuvés par le client" in flat and "Présence" in flat
    assert ENGLISH in flat
    assert reports.disclosed_language(vault, second.id) == "fr"
    assert reports.disclosed_language(vault, first.id) == "de"  # kept as it was sent


def test_an_unknown_language_is_refused_in_the_coachs_words(vault):
    report, _ids = report_in(vault, "de")
    with pytest.raises(reports.InvalidInput) as refused:
        reports.set_print_language(vault, report.id, "xx")
    assert "print language" in str(refused.value)
    assert reports.get(vault, report.id).print_language == "de"


def test_the_builder_offers_each_language_in_its_own_words_and_asks_before_voiding(
        qtbot, window):
    vault = window.vault
    report, ids = report_in(vault, "en")
    approve(vault, report, ids)
    window.open_vault(vault)
    page = window.reports_page
    window.go_to("Reports")
    page.select(report.id)
    choice = page.print_in.choice
    names = [choice.itemText(i) for i in range(choice.count())]
    assert names == ["English", "Deutsch", "Français", "Español", "Português (Brasil)"]
    assert choice.currentText() == "English"

    ask.set_next_answers(False)  # the coach keeps English: nothing changes
    choice.setCurrentIndex(choice.findData("de"))
    choice.activated.emit(choice.currentIndex())
    assert reports.get(vault, report.id).print_language == "en"
    assert choice.currentText() == "English"
    assert "needs their approval again" in ask.shown[-1][1]

    ask.set_next_answers(True)
    choice.setCurrentIndex(choice.findData("de"))
    choice.activated.emit(choice.currentIndex())
    assert reports.get(vault, report.id).print_language == "de"
    qtbot.waitUntil(lambda: "not approved" in page.frame_state.text())
    assert "Deutsch" in page.frame_state.text()


def test_the_client_is_shown_the_frame_in_the_print_language_and_the_log_says_it(
        qtbot, window):
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.approval import ApprovalDialog

    vault = window.vault
    report, ids = report_in(vault, "de")
    # What the client approves off screen is shown as it will print: in German.
    dialog = ApprovalDialog(vault, reports.get(vault, report.id),
                            reports.items(vault, report.id, "2026-05-01"), "Maya Okafor")
    qtbot.addWidget(dialog)
    shown = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Für: Northwind Ltd" in shown and "Zeitraum: 1. Januar 2026 bis 30. April 2026" \
        in shown and "Anwesenheit: 3 Sitzungen stattgefunden" in shown
    assert "Attendance" not in shown
    dialog.reject()

    approve(vault, report, ids)
    disclosure, _text = export(vault, report)
    window.open_vault(vault)
    page = window.reports_page
    window.go_to("Reports")
    page.show_disclosure(disclosure.id)
    assert "Printed in: Deutsch" in page.disclosure_text.toPlainText()
