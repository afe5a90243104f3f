"""A three-party agreement from the template, checked, signed by each party, made
active, and printed for signing: the printed file is real and its printing recorded."""

from __future__ import annotations

import hashlib
import shutil
import subprocess

import pytest

from coachdesk import agreements, clients, engagements, exports, sponsors
from ui import notice, ops
from ui.models.records import BadgeRole


def rows(model, role=None):
    from PySide6.QtCore import Qt

    return [model.data(model.index(r, 0), role or Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())]


@pytest.fixture
def engagement(window):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme <Robotics> & Co"))
    client = clients.add(vault, clients.ClientDraft("Ines <b>Duarte</b>"))
    return engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching",
        fee_cents=360000, planned_sessions=10, fee_basis="engagement_total"))


def test_agreement_from_template_to_active_and_printed(qtbot, window, engagement, tmp_path):
    window.go_to("Agreements")
    page = window.agreements_page
    window.new_action.trigger()  # Ctrl+N here: a new agreement
    dialog = page.dialog
    assert dialog.engagement.currentData() == engagement.id
    dialog.coach.setText("Kim Coach")
    dialog.save()
    agreement = page.agreement
    assert agreement.kind == "three_party" and agreement.status == "draft"
    assert rows(page.checklist_model, BadgeRole) == ["Present"] * 8
    assert "EUR 3,600.00 for the whole engagement of 10 sessions" in page.text.toPlainText()

    page.activate_button.click()
    assert "• No signature from the coach" in page.message.text()
    for _ in range(3):
        page.sign_button.click()
        if not page.dialog.signed_name.currentText():  # the sponsor: a person signs for it
            page.dialog.signed_name.setEditText("Pat Lee")
        page.dialog.save()
    assert rows(page.signatures_model, BadgeRole) == ["Signed"] * 3
    assert page.agreement.status == "awaiting_signatures"
    from ui import ask

    ask.set_next_answers(False)
    page.activate_button.click()
    assert page.agreement.status == "awaiting_signatures"  # the coach thought again
    assert ask.shown[-1][0] == "Make the agreement active"
    ask.set_next_answers(True)
    page.activate_button.click()
    assert page.agreement.status == "active"
    assert not page.sign_button.isEnabled()

    target = tmp_path / "for-signing.pdf"
    from ui import ask

    ask.set_next_paths(str(target))  # the ask seam answers the file chooser
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    assert "This printing is recorded" in notice.notice_for(page).text()
    data = target.read_bytes()
    recorded = exports.for_record(window.vault, "agreement", agreement.id)
    assert [e.file_sha256 for e in recorded] == [hashlib.sha256(data).hexdigest()]
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed to read the PDF back")
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "Three-party coaching agreement" in text
    assert "Ines <b>Duarte</b>" in text and "Acme <Robotics> & Co" in text  # as typed
    assert "Limits of confidentiality" in text and "subpoena" in text
    assert "Signed by Kim Coach on" in text


def test_cancelling_the_file_chooser_exports_nothing(qtbot, window, engagement):
    from ui import ask

    vault = window.vault
    created = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, "Kim"))
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(created.id)
    ask.set_next_paths(None)
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    assert exports.for_record(vault, "agreement", created.id) == []


def test_lock_clears_the_agreements_page(qtbot, window, engagement):
    vault = window.vault
    created = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, "Kim"))
    window.go_to("Agreements")
    window.agreements_page.select(created.id)
    window.lock()
    page = window.agreements_page
    assert page.agreement is None and page.text.toPlainText() == ""
    assert page.list_model.rowCount() == 0


def test_a_removed_clause_blocks_signing_until_it_is_back(qtbot, window, engagement, asked):
    vault = window.vault
    created = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, "Kim"))
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(created.id)
    page.words_button.click()
    dialog = page.dialog
    limits = next(i for i, d in enumerate(dialog.drafts) if d.kind == "confidentiality_limits")
    dialog.clauses.setCurrentRow(limits)
    dialog.remove_button.click()
    dialog.save()
    checks = dict(zip(rows(page.checklist_model), rows(page.checklist_model, BadgeRole),
                      strict=True))
    assert checks["Named limits: illegal activity, court order or subpoena, risk of danger to "
                  "self or others"] == "Missing"
    page.activate_button.click()
    assert "• Missing clause: Named limits" in page.message.text()
    page.sign_button.click()
    page.dialog.save()
    assert "Add every required clause before anyone signs" in page.dialog.message.text()
    page.dialog.reject()

    page.words_button.click()
    dialog = page.dialog
    dialog.restore_missing()
    dialog.body.setPlainText(dialog.body.toPlainText() + " <i>Edited</i> by the coach.")
    dialog.save()
    assert rows(page.checklist_model, BadgeRole) == ["Present"] * 8
    assert "<i>Edited</i> by the coach." in page.text.toPlainText()
    assert "Ines <b>Duarte</b>" in page.text.toPlainText()  # the parties' names filled in
