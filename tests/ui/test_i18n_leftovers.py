"""What a German-speaking coach found still in English or in ISO form (issue 16's leftovers):
dates and hours in the locale's form on Credentials, packages and the coaching-log PDF; the
Credentials table whole at 1280x760 in German; the sharing terms' tooltips translated; the
legal record's lines in German sentences; a whole question of its own for each way of
leaving unsaved forms; and an access request's bundle named as one on Disclosures, from the
request log's tie and never from its words. The real German translation is loaded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QCheckBox

from coachdesk import (
    access_request,
    action_items,
    agreements,
    approvals,
    data_requests,
    legal_exports,
    sponsor_requests,
)
from coachdesk.files import StagedFile
from coachdesk.packages import PackageUse
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from tests.unit.test_credentials import build_practice
from ui import record_pdf


def _german_day(iso: str) -> str:
    return QLocale().toString(QDate.fromString(iso, "yyyy-MM-dd"),
                              QLocale.FormatType.ShortFormat)


def _german_hours(minutes: int) -> str:
    return QLocale().toString(minutes / 60, "f", 2)


def test_a_packages_last_day_is_written_the_locales_way(german):
    from ui import money

    use = PackageUse(engagement_id=1, sessions=6, held=2, missed=0, missed_count=False,
                     booked=1, expires_on="2026-12-21")
    shown = money.package_last_day(use, "2026-11-30")
    assert _german_day("2026-12-21") in shown and "2026-12-21" not in shown
    warning = money.package_warning(use, "2026-12-15")
    assert _german_day("2026-12-21") in warning and "2026-12-21" not in warning


def test_credentials_in_german_dates_and_hours_and_the_last_column_on_screen(
        german, qtbot, window):
    from coachdesk import clients

    build_practice(window.vault)
    # a named client whose name and email are as long as real ones get
    [ana] = clients.list_ids(window.vault, text="Ana Sousa")
    clients.update(window.vault, ana, clients.ClientDraft(
        "Ana Sousa-Vasconcelos de Albuquerque",
        email="ana.sousa-vasconcelos@unternehmensberatung-beispiel.de"))
    window.resize(1280, 760)
    window.show()
    window.go_to("Credentials")
    page = window.page("Credentials")
    qtbot.waitExposed(window)
    entry = page.found[0]
    model = page.log_model
    assert model.index(0, 4).data() == (f"{_german_day(entry.start)} – "
                                        f"{_german_day(entry.end)}")
    assert model.index(0, 5).data() == _german_hours(entry.paid_minutes)
    assert "," in model.index(0, 5).data()  # 13,75, not 13.75
    assert page.meters["total"].figure.text().startswith(
        _german_hours(page.progress.total_minutes))
    assert _german_day(page.progress.recent_from) in page.pro_bono.text()
    # Every column inside the table's width: nothing scrolls off to the right.
    view, header = page.log_view, page.log_view.horizontalHeader()
    header.resizeSections()  # the sections as each one's mode sizes them (Qt does it lazily)
    last = model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) \
        <= view.viewport().width()
    # the dates and figures keep their whole width; free text gives way
    for column in (4, 5, 6):
        assert header.sectionSize(column) >= view.sizeHintForColumn(column)


def test_the_coaching_log_pdf_writes_decimals_and_dates_in_german(german, vault):
    from datetime import date

    from coachdesk import credentials
    from ui.credentials_pdf import credential_log_pdf

    build_practice(vault)
    found = credentials.entries(vault)
    progress = credentials.progress(vault, "ACC", date(2026, 11, 30))
    text = " ".join(pdf_text(credential_log_pdf(found, progress, "Alex Morgan",
                                                "2026-11-30")).split())
    assert _german_hours(progress.total_minutes) in text
    assert "." not in _german_hours(progress.total_minutes)
    assert _german_day("2026-11-30") in text and "2026-11-30" not in text
    assert _german_day(found[0].start) in text


def test_the_sharing_terms_tooltips_are_translated(german, qtbot, window):
    window.go_to("Agreements")
    page = window.page("Agreements")
    for term, box in page.term_boxes.items():
        assert isinstance(box, QCheckBox)
        german_words = QCoreApplication.translate("Agreements",
                                                  agreements.SHARING_TERM_WORDS[term])
        assert german_words != agreements.SHARING_TERM_WORDS[term]
        assert german_words in box.toolTip()
        assert agreements.SHARING_TERM_WORDS[term] not in box.toolTip()


def test_the_legal_record_speaks_german_sentences(german, vault):
    case = ethics_case(vault)
    action_items.add(vault, case.client.id, "Ask two peers for feedback")
    done = action_items.add(vault, case.client.id, "Send the article",
                            owner=action_items.COACH)
    action_items.set_done(vault, done.id, True)  # done today
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "email", "Send us the notes",
        engagement_id=case.engagement.id))
    saved: list[bytes] = []
    legal_exports.export(vault, case.client.id, requester="Amtsgericht Köln",
                         legal_basis="Beschluss 12 AR 3/26", on="2026-06-02",
                         render=record_pdf.record_pdf, save=saved.append)
    text = " ".join(pdf_text(saved[0]).split())
    assert "Ask two peers for feedback (wessen Aufgabe: Klient" in text
    assert "Send the article (wessen Aufgabe: Coach" in text and "erledigt am" in text
    assert "unterschrieben von" in text
    assert "(E-Mail): Send us the notes" in text and "Noch nicht beantwortet." in text
    for english in ("'s; due", "done 20", "open)", "signed by", "Response:", " to Amtsgericht",
                    "purpose:", "(Email)"):
        assert english not in text, english


def test_each_way_of_leaving_unsaved_forms_asks_its_own_whole_question(asked, qtbot, german):
    from PySide6.QtWidgets import QWidget

    from ui.widgets import may_discard_forms

    parent = QWidget()
    qtbot.addWidget(parent)
    titles = set()
    for doing in ("lock", "quit", "change_key", "change_passphrase", "restore"):
        asked.set_next_answers(False)
        assert may_discard_forms(parent, doing) is False
        title, question = asked.shown[-1][0], asked.shown[-1][1]
        assert "%1" not in title + question
        titles.add(title)
    assert len(titles) == 5  # one title for each, in German
    assert "CoachDesk sperren" in titles


def _access_bundle_and_a_legal_export(vault, tmp_path):
    case = ethics_case(vault)
    request = data_requests.log(vault, case.client.id, "access", received_on="2026-05-02",
                                identity_checked="document", today="2026-05-03")
    sent = access_request.export(
        vault, request.id, {}, on="2026-05-03", render=lambda content: b"%PDF-1.4 x",
        save_pdf=lambda data: StagedFile(tmp_path / "a.pdf", data),
        save_json=lambda data: StagedFile(tmp_path / "a.json", data))
    # the whole record sent to the client herself, with words that speak of access: still
    # a legal export, since no access request was answered with it
    other = legal_exports.export(
        vault, case.client.id, requester="Maya Okafor",
        legal_basis="Her access request, answered by hand", for_the_client=True,
        on="2026-05-04", render=lambda record: b"%PDF-1.4 y", save=lambda data: None)
    return sent.disclosure, other


def test_an_access_bundle_is_named_as_one_on_disclosures(qtbot, window, tmp_path):
    bundle, other = _access_bundle_and_a_legal_export(window.vault, tmp_path)
    assert bundle.kind == other.kind == "legal_export"  # the core's kind is the same
    window.go_to("Reports")
    page = window.page("Reports")
    page.refresh()
    rows = {i: page._describe_disclosure(page._disclosures[i]) for i in page._disclosures}
    assert rows[bundle.id].badge == "Access request bundle"
    assert rows[other.id].badge == "Legal export"
    page.show_disclosure(bundle.id)
    assert page.disclosure_text.toPlainText().startswith("Access request bundle · D-")


def test_the_disclosure_kinds_are_said_in_german(german, qtbot, window, tmp_path):
    bundle, other = _access_bundle_and_a_legal_export(window.vault, tmp_path)
    window.go_to("Reports")
    page = window.page("Reports")
    page.refresh()
    assert page._describe_disclosure(page._disclosures[bundle.id]).badge == "Auskunftspaket"
    assert page._describe_disclosure(page._disclosures[other.id]).badge == "Herausgabe"
    page.show_disclosure(other.id)
    shown = page.disclosure_text.toPlainText()
    assert "UTC" not in shown and "2026-" not in shown.split("SHA-256")[0]


def test_an_approval_withdrawn_reads_in_german_in_the_record(german, vault):
    from coachdesk import reports

    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    item = reports.write_item(vault, report.id, "Maya leads the weekly review.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    [round_] = approvals.rounds_for_report(vault, report.id)
    [given] = approvals.in_round(vault, round_.id)
    approvals.revoke(vault, given.id, "changed her mind")
    saved: list[bytes] = []
    legal_exports.export(vault, case.client.id, requester="Amtsgericht Köln",
                         legal_basis="Beschluss", on="2026-06-02", render=record_pdf.record_pdf,
                         save=saved.append)
    text = " ".join(pdf_text(saved[0]).split())
    assert "Wortcode" in text and "Freigabe widerrufen am" in text
    assert "am Bildschirm, in der Sitzung, von Maya Okafor" in text
    assert "Words code" not in text and "(withdrawn" not in text


def test_the_disposal_receipt_names_what_was_removed_in_german(qapp, german, vault):
    from coachdesk import disposal
    from ui.pdf import disposal_receipt_pdf

    case = ethics_case(vault)
    done = disposal.dispose(vault, case.client.id, disposal.BASES[0])
    assert set(done.counts) <= set(disposal.COUNTED_KINDS)  # every kind it counts is marked
    text = " ".join(pdf_text(disposal_receipt_pdf(done, "Sam Coach", "2026-05-03")).split())
    removed = text[text.index("Aus dem Tresor entfernt"):text.index("Sicherungen")]
    assert f"Notizen: {done.counts['notes']}" in removed
    assert f"Freigaben: {done.counts['approvals']}" in removed
    assert not any(kind.capitalize() in removed for kind in done.counts)  # no English left
