"""Small bugs left from earlier rounds, each pinned where a coach would see it: the consent
receipt's "How to withdraw" in the receipt's language; lists emptied and filled again that
leave nothing behind; a date field not in use that reads as the page's other dates."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from coachdesk import approvals, credentials, reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf
from ui.flow import FlowLayout
from ui.pages.agreements import WrappedRows
from ui.review import ReviewScreen
from ui.words import day

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


# A layout emptied and filled again (ui.flow.empty) ----------------------------------------

def _alive(items) -> int:
    return sum(shiboken6.isValid(item) for item in items)


def test_a_flow_layout_takes_its_items_with_it(qtbot):
    """A page's wrapping buttons built and thrown away many times leave nothing behind."""
    kept = []
    for _ in range(20):
        host = QWidget()
        flow = FlowLayout(host)
        for word in ("Write", "Lift", "Edit", "Up", "Down"):
            flow.addWidget(QPushButton(word))
        kept += [flow.itemAt(i) for i in range(flow.count())]
        shiboken6.delete(host)
    assert _alive(kept) == 0


def test_the_agreement_checklist_refilled_keeps_only_its_rows(qtbot):
    """The checklist rebuilds on every change notice: its labels and their layout items
    are the current rows', however often it is refilled."""
    model = QStandardItemModel()
    rows = WrappedRows(model)
    qtbot.addWidget(rows)
    rows.show()
    taken = []
    for refill in range(15):
        model.clear()
        for n in range(3):
            model.appendRow(QStandardItem(f"Term {refill}.{n}"))
        rows.rebuild()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        taken += [rows._grid.itemAt(i) for i in range(rows._grid.count())]
    labels = rows.findChildren(QLabel)
    assert sorted(label.text() for label in labels if label.text().startswith("Term")) == [
        "Term 14.0", "Term 14.1", "Term 14.2"]
    assert len(labels) == 6  # three rows, each with its pill
    assert _alive(taken) == 6  # only the last fill's items are left


def test_review_of_a_report_shown_again_shows_one_empty_note(qtbot, vault):
    """A report with no passages yet, put on screen again (a change, a second review): one
    "no passages" line, not one left behind from each showing."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    screen = ReviewScreen()
    qtbot.addWidget(screen)
    screen.show()
    for _ in range(4):
        screen.present(vault, report.id, "Maya Okafor")
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    notes = [label for label in screen.list.findChildren(QLabel)
             if label.text() == "There are no passages in this report yet."]
    assert len(notes) == 1
    qtbot.waitUntil(notes[0].isVisible)  # shown once the list's layout has it


# A date not in use reads as the page's other dates -------------------------------------

def test_a_training_start_not_in_use_shows_its_date_as_german_dates_are_written(
        german, qtbot, window):
    """Unticked, the training start is read, not typed: "01.03.26" in a German window as
    the log's dates, not "2026-03-01". Ticked again, it is typed in the order shown."""
    window.go_to("Credentials")
    page = window.page("Credentials")
    page.trained.setChecked(True)
    page.training_on.setDate(QDate(2026, 3, 1))
    page.training_on.editingFinished.emit()
    qtbot.waitUntil(lambda: credentials.profile(window.vault).training_started_on
                    == "2026-03-01")
    page.trained.setChecked(False)
    qtbot.waitUntil(lambda: not page.training_on.isEnabled())
    german_day = QLocale(QLocale.Language.German).toString(
        QDate(2026, 3, 1), QLocale.FormatType.ShortFormat)
    assert page.training_on.text() == german_day == day("2026-03-01")
    assert german_day != "2026-03-01"
    page.trained.setChecked(True)
    qtbot.waitUntil(page.training_on.isEnabled)
    assert page.training_on.text() == "2026-03-01"  # typed year first, as its tooltip says
    assert credentials.profile(window.vault).training_started_on == "2026-03-01"
