"""The print language mended (issue 16, the review's findings): the lines a client approves
are the lines the sponsor reads, worded once and kept; a report approved in a language
this CoachDesk cannot print is refused, never sent in English; a name kept with a
direction override cannot turn the signed sentence; the core has the print words from
start-up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask, pdf, print_language, translations

WORDS = "She now runs the weekly review herself and asks for feedback earlier."
RLO = "\u202e"


def flat(text: str) -> str:
    return " ".join(text.split())


def german_report(vault, facts=("attendance", "dates", "hours")):
    """A report printed in German whose frame and one passage the client approved."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30", facts=facts,
        print_language="de"))
    ids = [reports.write_item(vault, report.id, WORDS).id]
    reports.approve(vault, report.id, ids, method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    return reports.get(vault, report.id)


def export(vault, report) -> str:
    saved: list[bytes] = []
    reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                   save=saved.append)
    return flat(pdf_text(saved[0]))


@pytest.fixture
def own_translations(tmp_path, monkeypatch):
    """The compiled translations in a folder of their own: another version's files."""
    folder = tmp_path / "translations"
    shutil.copytree(translations.FOLDER, folder)
    monkeypatch.setattr(translations, "FOLDER", folder)
    monkeypatch.setattr(print_language, "FOLDER", folder)
    print_language.words_in.cache_clear()
    yield folder
    print_language.words_in.cache_clear()


def retranslate(folder: Path, words: dict[str, str]) -> None:
    """German worded otherwise (a translator's later fix), compiled."""
    ts = folder / "coachdesk_de.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.findtext("source") in words and translation is not None:
            translation.text = words[message.findtext("source") or ""]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translations.lrelease(ts, ts.with_suffix(".qm"))
    print_language.words_in.cache_clear()


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
        vault, own_translations):
    report = german_report(vault)
    before = export(vault, report)
    assert "Für: Northwind Ltd" in before
    assert "Zeitraum: 1. Januar 2026 bis 30. April 2026" in before

    retranslate(own_translations, {"Period": "Laufzeit", "%1 to %2": "vom %1 bis zum %2"})
    after = export(vault, report)  # still approved: only the wording of a label moved
    assert "Zeitraum: 1. Januar 2026 bis 30. April 2026" in after
    assert "Laufzeit" not in after and "vom 1. Januar" not in after

    # A new report is worded with the new translation, and the client approves that.
    fresh = reports.create(vault, reports.ReportDraft(
        report.engagement_id, "Second report", "2026-05-01", "2026-06-30",
        facts=("attendance",), print_language="de"))
    assert "Laufzeit: vom 1. Mai 2026 bis zum 30. Juni 2026" in [
        str(line) for line in reports.frame(vault, fresh).lines()]


def test_a_german_report_this_copy_cannot_print_in_german_is_refused_naming_german(
        vault, own_translations, qapp):
    from ui.pages.report_parts import blocking_words

    report = german_report(vault, facts=())
    assert "Bericht über den Coaching-Fortschritt" in export(vault, report)
    (own_translations / "coachdesk_de.qm").unlink()  # an install without German
    print_language.words_in.cache_clear()
    with pytest.raises(reports.ReportBlocked) as refused:
        export(vault, report)
    said = str(refused.value)
    assert "the report is set to print in Deutsch" in said
    assert "cannot print in that language" in said
    # The coach reads it in the screen's language, the language named in its own words.
    (blocking,) = [b for b in refused.value.blocking if b.detail]
    assert "Deutsch" in blocking_words(blocking) and "%1" not in blocking_words(blocking)


def test_the_picker_shows_the_reports_language_when_it_is_no_longer_offered(
        vault, own_translations, qtbot):
    from ui.pages.report_parts import PrintLanguagePicker

    report = german_report(vault, facts=())
    (own_translations / "coachdesk_de.qm").unlink()
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
    sent = export(vault, reports.get(vault, report.id))
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
        export(vault, report)
    assert "the wording of its lines (approved before CoachDesk kept them" in \
        str(refused.value)
