"""The last English words a German- or French-speaking coach met (issue 16): the sponsor
request's line and the full-record refusal, the client's packet, the role lines of printed
agreements and reports, the demo practice's agreements, an agreement's language on its page,
and the report's summary line that was cut off beside "Print in". The real translations are
loaded, and the PDFs are read back with pdftotext."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QScrollArea

from coachdesk import agreements, demo, disclosures, legal_exports, reports, sponsor_requests
from coachdesk.paths import VaultLocation
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf

ISOLATES = re.compile("[\u2066-\u2069\u200e\u200f]")  # bidi isolates and marks around names


def _plain(text: str) -> str:
    """Text as a reader sees it: no direction marks, a non-breaking space as a space, and
    lines joined."""
    return " ".join(ISOLATES.sub("", text).replace("\u00a0", " ").split())


def _german_day(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"),
                              QLocale.FormatType.ShortFormat)


def test_a_sponsor_request_is_told_in_german_sentences(german, qtbot, window):
    """Who asked, when, how and about whom is one German sentence, and the refusal of the
    full record is in German: nothing on the tab is assembled from English words. At
    1280x760 the German answers wrap: nothing runs past the column's edge."""
    vault = window.vault
    case = ethics_case(vault)
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-03-02", "email", "Alles, was Maya gesagt hat, bitte.",
        contact_id=case.manager.id, engagement_id=case.engagement.id, full_record=True))
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.go_to("Reports")
    page = window.reports_page
    page.tabs.setCurrentIndex(2)
    page.requests_view.setCurrentIndex(page.requests_model.index(0, 0))
    scroll = page.request_detail.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.isVisible())
    QCoreApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0  # nothing wider than the column
    written = next(b for b in page.responses.buttons()
                   if b.property("response") == "written_permission")
    assert written.accessibleName().startswith("Den Klienten um eine schriftliche Erlaubnis")
    shown = _plain(page.request_text.text())
    assert shown.startswith(f"Anfrage von Dan Reyes bei Northwind Ltd am "
                            f"{_german_day('2026-03-02')} (E-Mail) betreffend Maya Okafor:")
    assert " at " not in shown and " about " not in shown and "email" not in shown
    refusal = page.refusal_text.text()
    assert page.refusal_text.isVisibleTo(page) and "strengster Vertraulichkeit" in refusal
    assert "strictest confidence" not in refusal


def test_the_clients_packet_names_each_disclosure_in_their_language(german, vault):
    """"What was shared about you" says what kind of disclosure each was, and how the
    client approved, in the coach's language (it printed the English words before)."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Fortschrittsbericht", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    item = reports.write_item(vault, report.id, "Maya leitet die Wochenbesprechung.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                   save=lambda _data: None)
    packet = legal_exports.packet(vault, case.client.id, on="2026-06-02")
    [(disclosure, _words)] = packet.disclosed
    kind = QCoreApplication.translate("Disclosures", disclosures.KIND_WORDS[disclosure.kind])
    assert kind != disclosures.KIND_WORDS[disclosure.kind]  # German words exist for it
    text = _plain(pdf_text(pdf.packet_pdf(packet)))
    assert f"{kind} to Northwind Ltd" not in text  # the sentence is German too
    assert kind in text and disclosures.KIND_WORDS[disclosure.kind] not in text
    method = QCoreApplication.translate("Approvals", "on screen, in session")
    assert method != "on screen, in session" and f"({method})" in text


def test_role_lines_are_punctuated_as_the_print_language_does(vault):
    """French puts a (non-breaking) space before the colon: "Coach : Sam Coach", in a
    French agreement's parties and signature blocks and in a French report's facts."""
    case = ethics_case(vault)
    draft = agreements.draft_for_engagement(vault, case.engagement.id, "Sam Coach", "fr")
    french = agreements.add(vault, draft)
    printed = _plain(pdf_text(pdf.agreement_pdf(french, date(2026, 5, 1))))
    assert "Entre Coach : Sam Coach · Client : Maya Okafor" in printed
    assert "Coach: Sam Coach" not in printed
    english = _plain(pdf_text(pdf.agreement_pdf(case.agreement, date(2026, 5, 1))))
    assert "Coach: Sam Coach" in english  # English keeps its colon

    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Bilan d'étape", "2026-01-01", "2026-04-30",
        facts=("attendance",), print_language="fr"))
    item = reports.write_item(vault, report.id, "Maya anime la réunion hebdomadaire.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    saved: list[bytes] = []
    reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf, save=saved.append)
    text = _plain(pdf_text(saved[0]))
    assert "Client : Maya Okafor" in text and "Client: Maya" not in text


def test_the_demo_practice_writes_its_agreements_in_the_apps_language(
        german, qtbot, location, monkeypatch):
    """Opened from a German app, the demo practice is made with German agreements (their
    templates' titles and the sentences written from their terms), as a German coach's
    own would be."""
    from ui.main_window import MainWindow

    monkeypatch.setenv("COACHDESK_HOME", str(location.folder / "home"))
    window = MainWindow(VaultLocation.default(demo=True))
    qtbot.addWidget(window)
    window.open_demo()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=120_000)
    vault = window.vault
    made = [agreements.get(vault, i) for i in agreements.all_ids(vault)]
    assert made and {a.language for a in made} == {"de"}
    german_titles = {agreements.from_template(kind, "de")[0]
                     for kind in ("coach_client", "three_party")}
    assert {a.title for a in made} <= german_titles
    shared = [agreements.information_exchange(a) for a in made if a.sponsor_id is not None]
    assert shared and not any("The sponsor may receive" in words for words in shared)
    window.lock(ask_first=False)


def test_the_demo_core_keeps_english_unless_told(vault):
    """Without a language (the benchmarks, the tests), the demo's agreements stay English."""
    demo.build(vault, replace(demo.DEMO, clients=3, sponsors=1), today=date(2026, 11, 25))
    assert {agreements.get(vault, i).language for i in agreements.all_ids(vault)} == {"en"}


def test_an_agreement_shows_the_language_it_is_written_in(german, qtbot, window):
    """The agreement page's facts name its language in that language's own words."""
    case = ethics_case(window.vault, activate=False)
    draft = agreements.draft_for_engagement(window.vault, case.engagement.id, "Sam Coach",
                                            "fr")
    french = agreements.add(window.vault, draft)
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(french.id)
    assert "Sprache: Français" in _plain(page.parties.text())
    page.select(case.agreement.id)
    assert "Sprache: English" in _plain(page.parties.text())


def test_the_reports_summary_line_is_never_cut_off(german, qtbot, window):
    """A long purpose in German wraps across the column's whole width, onto every line it
    needs, with Print in and Details under it (beside them it was cut off at three); a
    line that fits keeps them beside it, costing the items no row."""
    case = ethics_case(window.vault)
    purpose = ("Zwischenbericht über die gemeinsam vereinbarten Entwicklungsziele in der "
               "Führungsrolle, mit Blick auf die Übergabe der Quartalsplanung")
    long_one = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, purpose, "2026-01-01", "2026-04-30", facts=("attendance",)))
    short_one = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Kurz", "2026-01-01", "2026-04-30", facts=("attendance",)))
    window.resize(1280, 760)
    window.show()
    qtbot.waitExposed(window)
    window.go_to("Reports")
    page = window.reports_page
    about, picker = page.about, page.print_in

    def top(widget) -> int:
        return widget.mapTo(page, widget.rect().topLeft()).y()

    page.show_report(long_one.id)
    qtbot.waitUntil(lambda: about.isVisible() and top(picker) >= top(about) + about.height())
    QCoreApplication.processEvents()
    assert about.height() >= about.heightForWidth(about.width())  # every line shown
    assert about.width() >= page.title.width() - 2  # the column's whole width
    window.resize(1600, 900)  # a wider window: the short line fits beside them
    page.show_report(short_one.id)
    qtbot.waitUntil(lambda: top(picker) < top(about) + about.height())  # beside it again
    assert about.height() >= about.heightForWidth(about.width())
