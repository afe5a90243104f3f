"""Disposing of a client's records from the screen, with its receipt."""

from __future__ import annotations

from datetime import UTC, datetime

from coachdesk import clients, disposal, engagements, exports, notes, settings, sponsor_requests
from coachdesk.vault import backups
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import ask


def test_dispose_from_the_client_page_and_keep_the_receipt(qtbot, window, tmp_path):
    vault = window.vault
    case = ethics_case(vault)
    engagements.end(vault, case.engagement.id)
    folder = tmp_path / "backups"
    backups.make(vault, folder, now=datetime(2026, 5, 1, tzinfo=UTC))
    settings.put(vault, "backup_folder", str(folder))
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(  # tied to no client
        case.sponsor.id, "2026-04-20", "phone", "How is Maya Okafor getting on?"))
    window.show_client(case.client.id)
    window.dispose_action.trigger()
    dialog = window.client_page.dialog
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    assert not save.isEnabled()  # only after "I understand this cannot be undone"
    dialog.basis.setCurrentIndex(dialog.basis.findData("client_request"))
    dialog.note.setText("Asked by email on 2026-05-03")
    dialog.sure.setChecked(True)
    receipt = tmp_path / "receipt.pdf"
    ask.set_next_paths(str(receipt))
    ask.set_next_answers(True)  # the closing message
    save.click()
    qtbot.waitUntil(lambda: receipt.exists(), timeout=30_000)
    qtbot.waitUntil(lambda: ask.shown and ask.shown[-1][0] == "Records disposed of",
                    timeout=10_000)
    said = ask.shown[-1][1]
    assert "still hold the client's name: 1. Where: sponsor requests (1)." in said
    assert disposal.is_disposed(vault, case.client.id)
    assert notes.ids_for_client(vault, case.client.id) == []
    assert clients.get(vault, case.client.id).name == f"Disposed client {case.client.id}"
    text = pdf_text(receipt.read_bytes())
    assert "Disposal receipt" in text and "Maya Okafor" in text
    assert "The client asked for their records to be disposed of" in text
    assert "Asked by email on 2026-05-03" in text
    assert disposal.for_client(vault, case.client.id)["basis"] == "client_request"
    assert "Notes: 2" in text and "Rewritten without this client and checked" in text
    assert [e.kind for e in exports.for_record(vault, "client", case.client.id)] == [
        "disposal_receipt"]
    assert window.clients_section.currentWidget() is window.clients_page
