"""Small bugs left from earlier rounds, each pinned where a coach would see it: the consent
receipt's "How to withdraw" in the receipt's language."""

from __future__ import annotations

from coachdesk import approvals, reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf

ENGLISH = ("Tell ", "in any way you like", "withdraw this approval", "cannot be called back",
           "These words were edited", "new approval")


def _plain(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u2068", "").replace(
        "\u2069", "").split())


def _receipt_with_an_edited_passage(vault, language: str = "en") -> bytes:
    """A receipt for two approved passages of a report printed in ``language``, one of
    them edited since (its note says so)."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Fortschrittsbericht", "2026-01-01", "2026-04-30",
        print_language=language))
    one = reports.write_item(vault, report.id, "Maya leitet die Wochenbesprechung.")
    two = reports.write_item(vault, report.id, "Sie delegiert mehr.")
    round_ = reports.approve(vault, report.id, [one.id, two.id], method="on_screen",
                             given_by="Maya Okafor", given_on="2026-05-01")
    reports.edit_item(vault, report.id, two.id, "Sie delegiert viel mehr.")
    return pdf.receipt_pdf(approvals.receipt(vault, round_.id, "2026-06-02"))


def test_a_german_consent_receipt_says_how_to_withdraw_in_german(german, vault):
    text = _plain(pdf_text(_receipt_with_an_edited_passage(vault, "de")))
    assert "Für: Northwind Ltd" in text  # the report's frame, approved in German
    withdraw = text[text.index("So widerrufen Sie"):]
    assert withdraw.startswith("So widerrufen Sie Teilen Sie Sam Coach auf beliebigem Weg mit")
    assert "dass Sie diese Freigabe widerrufen" in withdraw
    assert "Dieser Wortlaut wurde nach dieser Freigabe geändert" in text  # the edited one
    for english in ENGLISH:
        assert english not in text


def test_an_english_receipt_keeps_its_english_words(vault):
    text = _plain(pdf_text(_receipt_with_an_edited_passage(vault)))
    assert "How to withdraw Tell Sam Coach, in any way you like" in text
    assert "(These words were edited after this approval" in text
