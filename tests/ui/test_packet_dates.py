"""The client's packet ("What was shared about you") and consent receipt write their dates
as their words are written: in German "2. Juni 2026", as the report and agreement PDFs do,
never the ISO "2026-06-02" among German sentences; in English the ISO date, as every
English document. Read back with pdftotext from the file a coach saves."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, QLocale

from coachdesk import approvals, disclosures, legal_exports, reports
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
MARKS = re.compile("[\u2066-\u2069\u200e\u200f]")


def _plain(text: str) -> str:
    return " ".join(MARKS.sub("", text).replace("\u00a0", " ").split())


def _german(iso: str) -> str:
    """The day as a German reader writes it in full (Qt's German month names)."""
    return QLocale(QLocale.Language.German).toString(
        QDate.fromString(iso[:10], "yyyy-MM-dd"), "d. MMMM yyyy")


def saved_packet(vault) -> tuple[str, disclosures.Disclosure, disclosures.Disclosure]:
    """A report sent to the sponsor, then the client's packet saved: its text, the
    report's disclosure and the packet's."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Fortschrittsbericht", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    item = reports.write_item(vault, report.id, "Maya leitet die Wochenbesprechung.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    sent = reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                          save=lambda _data: None)
    kept: list[bytes] = []
    packet = legal_exports.export_packet(vault, case.client.id, on="2026-06-02",
                                         render=pdf.packet_pdf, save=kept.append)
    return _plain(pdf_text(kept[0])), sent, packet


def test_a_german_packet_writes_its_dates_in_german(german, vault):
    text, sent, packet = saved_packet(vault)
    assert "Was über Sie weitergegeben wurde" in text  # the packet's German words
    assert f"am {_german('2026-06-02')}." in text  # "Erstellt für … am 2. Juni 2026."
    assert _german(sent.disclosed_at) in text  # the day the report left
    assert _german("2026-05-01") in text  # the day the client approved it
    number = packet.id
    assert re.search(rf"D-0*{number} .*{re.escape(_german('2026-06-02'))}", text)  # footer
    # The report's own period, as sent, is part of its record, not the packet's words:
    # no CoachDesk date of the packet is left in ISO form.
    assert "2026-06-02" not in text and "2026-05-01" not in text
    assert sent.disclosed_at[:10] not in text


def test_an_english_packet_keeps_iso_dates(vault):
    text, sent, _packet = saved_packet(vault)
    assert "What was shared about you" in text
    assert "on 2026-06-02." in text and sent.disclosed_at[:10] in text
    assert "approved 2026-05-01" in text
    assert ISO_DAY.search(text)


def test_a_german_consent_receipt_says_when_and_how_in_german(german, vault):
    """Its dates, and how the client approved (it printed "on screen, in session")."""
    _text, sent, _packet = saved_packet(vault)
    [round_] = approvals.rounds_for_client(vault, sent.client_id)
    text = _plain(pdf_text(pdf.receipt_pdf(approvals.receipt(vault, round_.id,
                                                              "2026-06-02"))))
    assert "Einwilligungsnachweis" in text
    assert _german("2026-06-02") in text and _german("2026-05-01") in text
    assert "2026-06-02" not in text and "2026-05-01" not in text
    assert "am Bildschirm, in der Sitzung" in text and "on screen, in session" not in text
