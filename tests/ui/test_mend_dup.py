"""Last round's leftovers on screen and paper: the erasure receipt says what was removed
from the vault and from each backup, in the disposal receipt's words."""

from __future__ import annotations

from coachdesk import data_requests, erasure
from coachdesk.vault import backups
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui.data_protection_pdf import erasure_receipt_pdf
from ui.pdf import disposal_receipt_pdf


def one_line(data: bytes) -> str:
    return " ".join(pdf_text(data).split())


def test_the_erasure_receipt_names_what_left_the_vault_and_each_backup(vault, tmp_path):
    case = ethics_case(vault)
    folder = tmp_path / "backups"
    backup = backups.make(vault, folder)
    request = data_requests.log(vault, case.client.id, "erasure", received_on="2026-05-02",
                                identity_checked="document")
    erased = erasure.erase(vault, request.id, on="2026-05-03", backup_folder=folder)
    text = one_line(erasure_receipt_pdf(erased, "Sam Coach", "2026-05-03"))
    removed = text.index("Removed from the vault")
    kept_backups = text.index("Backups", removed)
    hold = text.index("Kept because the law requires it (legal hold)")
    assert removed < kept_backups < hold
    counts = erased.disposal.counts
    assert counts["notes"] == 2
    assert "Notes: 2" in text[removed:kept_backups]
    assert "search index was rebuilt" in text[removed:kept_backups]
    assert (f"Rewritten without this client and checked: {backup.path.name}"
            in text[kept_backups:hold])
    # The same sections, in the same words, as the disposal receipt of the same disposal.
    disposed = one_line(disposal_receipt_pdf(erased.disposal, "Sam Coach", "2026-05-03"))
    same = text[removed:hold]
    assert same in disposed
