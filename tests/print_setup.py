"""Set-ups the print-language tests share (the review's and the fixes'): a report in a
language whose frame and one passage the client approved, its export read back as text,
and German worded otherwise in a copy of the compiled translations. Imported by name
(``from tests.print_setup import ...``), like tests.cases."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from coachdesk import reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text

WORDS = "She now runs the weekly review herself and asks for feedback earlier."


def flat(text: str) -> str:
    return " ".join(text.split())


def approved_report(vault, language: str, facts: tuple[str, ...] = (
        "attendance", "dates", "hours")):
    """A report in ``language`` whose frame and one passage the client approved."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30", facts=facts,
        print_language=language))
    ids = [reports.write_item(vault, report.id, WORDS).id]
    reports.approve(vault, report.id, ids, method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    return reports.get(vault, report.id)


def exported(vault, report) -> str:
    """The report exported (through the gate) as the sponsor's PDF, read back as text."""
    from ui import pdf

    saved: list[bytes] = []
    reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                   save=saved.append)
    return flat(pdf_text(saved[0]))


def retranslate(folder: Path, words: dict[str, str]) -> None:
    """German worded otherwise in ``folder``'s translations (a translator's later fix),
    compiled and loaded afresh."""
    from ui import print_language, translations

    ts = folder / "coachdesk_de.ts"
    tree = ET.parse(ts)
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if message.findtext("source") in words and translation is not None:
            translation.text = words[message.findtext("source") or ""]
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    translations.lrelease(ts, ts.with_suffix(".qm"))
    print_language.words_in.cache_clear()
