"""The print language mended (issue 16, the review's findings): the lines a client approves
are the lines the sponsor reads, worded once and kept; a report approved in a language
this CoachDesk cannot print is refused, never sent in English; a name kept with a
direction override cannot turn the signed sentence; the core has the print words from
start-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coachdesk import reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from tests.print_setup import WORDS, approved_report, exported, flat, retranslate
from ui import ask, pdf, print_language

RLO = "\u202e"


def german_report(vault, facts=("attendance", "dates", "hours")):
    """A report printed in German whose frame and one passage the client approved."""
    return approved_report(vault, "de", facts)


def test_the_german_frame_keeps_its_lines_as_worded_and_english_keeps_its_old_text(vault):
    report = german_report(vault)
    frame = reports.frame(vault, report)
    assert '"lines":[["Für","Northwind Ltd"],["Zweck","Progress report"],' \
        '["Zeitraum","1. Januar 2026 bis 30. April 2026"]]' in frame.text
    assert reports.PrintedFrame.from_text(frame.text) == frame
    english = reports.frame(vault, reports.set_print_language(vault, report.id, "en"))
    assert "lines" not in english.text  # an English approval made earlier keeps its hash
    assert [str(line) for line in english.lines()][:3] == [
        "For: Northwind Ltd", "Purpose: Progress report", "Period: 2026-01-01 to 2026-04-30"]


def test_a_later_translation_neither_changes_what_the_sponsor_reads_nor_voids_it(
        vault, translations_copy):
    report = german_report(vault)
    before = exported(vault, report)
    assert "Für: Northwind Ltd" in before
    assert "Zeitraum: 1. Januar 2026 bis 30. April 2026" in before

    retranslate(translations_copy, {"Period": "Laufzeit", "%1 to %2": "vom %1 bis zum %2"})
    after = exported(vault, report)  # still approved: only the wording of a label moved
    assert "Zeitraum: 1. Januar 2026 bis 30. April 2026" in after
    assert "Laufzeit" not in after and "vom 1. Januar" not in after

    # A new report is worded with the new translation, and the client approves that.
    fresh = reports.create(vault, reports.ReportDraft(
        report.engagement_id, "Second report", "2026-05-01", "2026-06-30",
        facts=("attendance",), print_language="de"))
    assert "Laufzeit: vom 1. Mai 2026 bis zum 30. Juni 2026" in [
        str(line) for line in reports.frame(vault, fresh).lines()]


def test_a_german_report_this_copy_cannot_print_in_german_is_refused_naming_german(
        vault, translations_copy, qapp):
    from ui.pages.report_parts import blocking_words

    report = german_report(vault, facts=())
    assert "Bericht über den Coaching-Fortschritt" in exported(vault, report)
    (translations_copy / "coachdesk_de.qm").unlink()  # an install without German
    print_language.words_in.cache_clear()
    with pytest.raises(reports.ReportBlocked) as refused:
        exported(vault, report)
    said = str(refused.value)
    assert "the report is set to print in Deutsch" in said
    assert "cannot print in that language" in said
    # The coach reads it in the screen's language, the language named in its own words.
    (blocking,) = [b for b in refused.value.blocking if b.detail]
    assert "Deutsch" in blocking_words(blocking) and "%1" not in blocking_words(blocking)


def test_the_picker_shows_the_reports_language_when_it_is_no_longer_offered(
        vault, translations_copy, qtbot):
    from ui.pages.report_parts import PrintLanguagePicker

    report = german_report(vault, facts=())
    (translations_copy / "coachdesk_de.qm").unlink()
    print_language.words_in.cache_clear()
    picker = PrintLanguagePicker()
    qtbot.addWidget(picker)
    assert picker.choice.findData("de") < 0  # not offered for a new choice...
    picker.show_report(vault, report, approved=True)
    assert picker.choice.currentText() == "Deutsch"  # ...but shown, never English instead
    ask.set_next_answers(False)
    picker.choice.setCurrentIndex(picker.choice.findData("fr"))
    picker.choice.activated.emit(picker.choice.currentIndex())
    assert reports.get(vault, report.id).print_language == "de"
    assert picker.choice.currentText() == "Deutsch"


def test_a_direction_override_in_a_sponsors_name_cannot_turn_the_signed_sentence(vault, qapp):
    case = ethics_case(vault)
    with vault.transaction() as conn:  # as an earlier version could keep it
        conn.execute("UPDATE sponsors SET organisation = ? WHERE id = ?",
                     (f"Northwind {RLO}Ltd", case.sponsor.id))
        conn.execute("UPDATE clients SET name = ? WHERE id = ?",
                     (f"Maya {RLO}Okafor", case.client.id))
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    with vault.transaction() as conn:
        conn.execute("UPDATE reports SET purpose = ?", (f"Progress {RLO}report",))
    frame = reports.frame(vault, reports.get(vault, report.id))
    text = flat(pdf_text(pdf.release_form_pdf(frame=frame, passages=[(1, WORDS)],
                                              printed_on="2026-05-01")))
    assert "I, Maya Okafor, give Sam Coach permission to send Northwind Ltd the report " \
        "set out below" in text
    assert "Client: Maya Okafor" in text
    assert RLO not in text

    reports.approve(vault, report.id, [reports.write_item(vault, report.id, WORDS).id],
                    method="on_screen", given_by="Maya Okafor", given_on="2026-05-01")
    sent = exported(vault, reports.get(vault, report.id))
    assert "Progress report" in sent and "For: Northwind Ltd" in sent
    assert RLO not in sent


def test_start_up_hands_the_core_the_print_words():
    script = ("from coachdesk import reports, words\n"
              "from ui import app, print_language\n"
              "words.print_words_in = None  # as if nothing had set it\n"
              "app.make_application(['coachdesk'])\n"
              "assert words.print_words_in is print_language.words_in, words.print_words_in\n"
              "print(reports.print_words('de').translated('PrintedFrame', 'Period'))\n")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          env=env, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "Zeitraum"


def test_a_german_approval_from_before_the_lines_were_kept_is_asked_for_again(vault):
    """Its lines were worded at print time, so nothing binds the words it would print:
    the client approves it once more, and the coach is told why."""
    report = german_report(vault)
    frame = reports.frame(vault, report)
    legacy = frame.text.replace(frame.text[frame.text.index(',"lines"'):
                                           frame.text.index(',"period"')], "")
    assert '"lines"' not in legacy and reports.PrintedFrame.from_text(legacy).worded == ()
    with vault.transaction() as conn:  # as the approval was stored before this version
        conn.execute("UPDATE approval_rounds SET frame = ?, frame_sha256 = ?",
                     (legacy, reports.PrintedFrame.from_text(legacy).sha256))
    with pytest.raises(reports.ReportBlocked) as refused:
        exported(vault, report)
    assert "the wording of its lines (approved before CoachDesk kept them" in \
        str(refused.value)
