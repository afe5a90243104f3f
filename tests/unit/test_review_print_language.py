"""Review of the print-language change (issue 16): ways the words a sponsor receives can
differ from what the client approved, without the gate refusing.

Each test states the promise (whatever reaches a sponsor is approved as it will be
printed, the frame included) and fails today; they are marked ``xfail(strict=True)`` so
the fix turns them into a failure to remove the mark.
"""

from __future__ import annotations

import json

import pytest

from coachdesk import agreements, clients, engagements, reports
from tests.pdftext import pdf_text
from tests.print_setup import WORDS, approved_report, exported, flat, retranslate
from ui import pdf, print_language


def printed_lines(frame: reports.PrintedFrame) -> list[str]:
    """The frame's lines a report prints as lines (the purpose prints as its subtitle)."""
    return [flat(str(line)) for n, line in enumerate(frame.lines()) if n != 1]


@pytest.mark.parametrize("language", ["fr", "es", "pt_BR"])
def test_the_report_prints_each_line_of_the_frame_as_the_client_approved_it(
        vault, qapp, language):
    report = approved_report(vault, language, ("attendance", "dates", "hours"))
    approved = reports.frame(vault, report)
    release_form = flat(pdf_text(pdf.release_form_pdf(
        frame=approved, passages=[(1, WORDS)], printed_on="2026-05-01")))
    text = exported(vault, report)
    assert approved.purpose in text
    for line in printed_lines(approved):
        assert line in release_form  # what the client signed...
        assert line in text, line  # ...is what the sponsor reads


def test_a_changed_translation_after_approval_does_not_change_what_the_sponsor_reads(
        vault, qapp, translations_copy):
    report = approved_report(vault, "de", ("attendance", "dates", "hours"))
    as_approved = printed_lines(reports.frame(vault, report))
    assert "Zeitraum: 1. Januar 2026 bis 30. April 2026" in as_approved

    # A later version words the period differently (a translator's fix, say).
    retranslate(translations_copy, {"Period": "Laufzeit", "%1 to %2": "vom %1 bis zum %2"})

    try:
        text = exported(vault, report)
    except reports.ReportBlocked:
        return  # refused: the client approves the new wording first (a kept promise)
    for line in as_approved:
        assert line in text, line


def test_a_report_approved_in_german_never_goes_out_in_english(
        vault, qapp, translations_copy):
    report = approved_report(vault, "de", ())
    assert "In den vom Klienten freigegebenen Worten" in exported(vault, report)

    # An update where German is not finished (one new message untranslated): Settings
    # stops offering it, and words_in("de") now gives English.
    counts = json.loads((translations_copy / "languages.json").read_text(encoding="utf-8"))
    counts["de"]["unfinished"] = 1
    (translations_copy / "languages.json").write_text(json.dumps(counts), encoding="utf-8")
    print_language.words_in.cache_clear()

    try:
        text = exported(vault, report)
    except reports.ReportBlocked:
        return  # refused: it cannot be printed as approved
    assert "Coaching progress report" not in text
    assert "In den vom Klienten freigegebenen Worten" in text


def test_clauses_put_back_say_the_agreements_own_terms(vault, qtbot):
    from ui.dialogs.clauses import ClausesDialog

    client = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    package = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", fee_cents=280000, planned_sessions=6, fee_basis="package",
        package_missed_counts=False))  # a missed session is not taken from the package
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, package.id, "Sam Coach", "fr"))
    kept = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body)
                 for c in made.clauses if c.kind not in ("fees", "cancellation"))
    agreement = agreements.set_clauses(vault, made.id, kept)

    dialog = ClausesDialog(vault, agreement)
    qtbot.addWidget(dialog)
    dialog.restore_missing()  # "Put back missing clauses"
    saved = {c.kind: c.body for c in dialog.store().clauses}
    assert "{" not in saved["fees"]
    assert engagements.fee_terms(package, "client", "fr") in saved["fees"]
    assert engagements.missed_terms(package, "fr") in saved["cancellation"]
