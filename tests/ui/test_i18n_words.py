"""In German, the words a reviewer found left in English are German where the coach reads
them: the note privacy choice, the agreement checklist and signatures, the report's reasons,
the new report dialog's facts, Today's roles and the credentials log. What leaves the
practice keeps its own words: the ICF log's CSV stays English (ICF's template is English)."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QCheckBox

from coachdesk import agreements, clients, consent, credentials, reports


def test_the_note_privacy_choice_is_german_in_the_editor_and_settings(german, qtbot, vault):
    from ui.pages.template_settings import TemplateSettings
    from ui.session_editor import SessionEditor

    client = clients.add(vault, clients.ClientDraft("Amara Nielsen"))
    editor = SessionEditor(vault, client.id, client.name, in_session=False)
    qtbot.addWidget(editor)
    shown = [editor.privacy.itemText(i) for i in range(editor.privacy.count())]
    assert shown == ["Nur Coach", "Mit Klient geteilt", "Sponsor, wenn Klient freigibt"]
    page = TemplateSettings()
    qtbot.addWidget(page)
    page.attach(vault)
    names = [page.chooser.itemText(i) for i in range(page.chooser.count())]
    assert "Freie Seite" in names and "Free page" not in names  # a built-in, unchanged
    assert page.table.rowCount() > 0  # a built-in template's sections
    for row in range(page.table.rowCount()):
        who = page.table.cellWidget(row, 1)
        assert [who.itemText(i) for i in range(who.count())] == shown


def test_the_agreement_checklist_and_roles_are_german(german):
    from ui.pages.agreements import AgreementsPage
    from ui.pages.today import TodayPage

    rows = AgreementsPage._fetch_check(SimpleNamespace(agreement=None), [0, 5])
    assert rows[0].text == "Art und Grenzen der Vertraulichkeit"
    assert rows[5].text == "Absage"
    agreement = SimpleNamespace(title="Vereinbarung", status="draft", unsigned_parties=lambda: [
        agreements.Party(1, "coach", "Sam"), agreements.Party(2, "client", "Amara")])
    row = TodayPage._describe_agreement((agreement, "Amara Nielsen"))
    assert "Coach, Klient" in row.detail
    assert "client" not in row.detail


def test_the_report_says_why_nothing_may_leave_in_german(german):
    from ui.pages.report_parts import blocking_words, reason_words

    said = blocking_words(reports.Blocking(2, "Ich will mehr delegieren", consent.NEVER))
    assert said == ("Punkt 2 „Ich will mehr delegieren“: der Klient hat es für diesen "
                    "Empfänger nicht freigegeben.")
    assert blocking_words(reports.Blocking(0, "", reports.NOTHING)).startswith("Der Bericht:")
    assert reason_words(consent.FRAME_EXPIRED) != consent.FRAME_EXPIRED


def test_the_new_report_dialog_names_the_facts_in_german(german, qtbot, vault):
    from ui.dialogs.report import ReportDialog

    dialog = ReportDialog(vault)
    qtbot.addWidget(dialog)
    boxes = [box.text() for box in dialog.findChildren(QCheckBox)]
    assert {"Anwesenheit", "Sitzungstermine", "Coaching-Stunden"} <= set(boxes)
    said = dialog._may_receive(("attendance", "hours"))
    assert said.startswith("Der Sponsor darf nur erhalten: die Anwesenheit (wie viele "
                           "Sitzungen stattfanden, abgesagt oder versäumt wurden); die "
                           "geleisteten Coaching-Stunden.")
    # the clause the parties sign keeps its stored words
    assert agreements.sharing_sentence(("attendance",)).startswith("The sponsor may receive")


def test_the_credentials_log_speaks_german_on_screen_and_english_to_icf(german):
    from ui.pages.credentials import _hours, _logged_as

    entry = credentials.LogEntry(
        engagement_id=1, client_id=34, name=credentials.ALIAS.replace("%1", "34"),
        named=False, group_size=None, contact="", start="2026-01-05", end="2026-11-20",
        paid_minutes=24_570, pro_bono_minutes=0, alias_number=34)
    assert _logged_as(entry) == "Vertraulicher Klient 34"
    assert _hours(entry.paid_minutes) == "409,50"
    assert b"Confidential Client 34" in credentials.csv_of([entry])
    assert b"409.50" in credentials.csv_of([entry])
