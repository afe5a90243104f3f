"""Last round's leftovers on screen and paper: the erasure receipt says what was removed
from the vault and from each backup, in the disposal receipt's words; a key change
re-encrypts the copies kept beside the vault and names one it cannot."""

from __future__ import annotations

import shutil

import pytest

from coachdesk import clients, data_requests, erasure
from coachdesk import vault as vaults
from coachdesk.vault import backups
from tests.cases import ethics_case
from tests.damage import flip
from tests.pdftext import pdf_text
from ui import ask
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


def test_a_key_change_re_encrypts_the_copies_beside_the_vault_and_names_one_it_cannot(
        qtbot, window, tmp_path):
    vault = window.vault
    clients.add(vault, clients.ClientDraft("Kept aside"))
    made = backups.make(vault, tmp_path / "elsewhere")  # a whole, checked copy of the vault
    folder = vault.location.vault_file.parent
    before_restore = folder / f"{vault.location.vault_file.name}.before-restore-20260301-090000"
    damaged = folder / f"{vault.location.vault_file.name}.damaged-20260302-090000"
    shutil.copyfile(made.path, before_restore)
    shutil.copyfile(made.path, damaged)
    flip(damaged, 4096 + 200)
    old_key = vaults.RawKey(vault._key.key)
    window.go_to("Settings")
    ask.set_next_answers(True, True, True)  # change the key; the new code; the copy named
    window.settings_page.rekey_button.click()
    qtbot.waitUntil(lambda: any(t == "Some copies keep the old key" for t, _ in ask.shown),
                    timeout=30_000)
    told = next(text for t, text in ask.shown if t == "Some copies keep the old key")
    assert "could not be re-encrypted: 1." in told and damaged.name in told
    assert before_restore.name not in told
    new_key = vaults.RawKey(window.vault._key.key)
    backups.check(before_restore, new_key)  # undoing a restore needs no old code
    with pytest.raises(backups.BackupFailed):
        backups.check(before_restore, old_key)
