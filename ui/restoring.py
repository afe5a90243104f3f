"""Settings → Restore from a backup: checked first, the recovery code asked for when it is
needed, the vault replaced only then, and opened again.

1. The chosen backup is checked off the GUI thread (``ui.ops``) with the vault's own
   key, the settings page showing progress; nothing else changes meanwhile.
2. A backup that does not open with that key (made before a key change, or by another
   computer's vault) is not refused: the coach is asked for the recovery code that was
   in use when it was made (``RestoreCodeDialog``, each group checked as it is typed),
   and the backup is checked with it.
3. The coach confirms, naming the date the backup was made; the vault is locked and
   replaced on the worker, the vault as it was kept beside it; the restored vault opens,
   its key kept in the keyring when the code brought it.

Every refusal speaks of restoring and says that nothing was changed. The main window
is a shell: this flow lives here and is handed the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from coachdesk.vault import restoring
from ui import ask, ops, upkeep
from ui.pages.unlock import KEYRING
from ui.sync_restored import syncs_anew
from ui.words import put_in, say, say_error

if TYPE_CHECKING:
    from ui.dialogs.recovery import RestoreCodeDialog
    from ui.main_window import MainWindow


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation or None, n)


def restore_from_settings(window: MainWindow, path: str) -> None:
    """Check the backup the coach chose in Settings, then restore it (see above)."""
    vault = window.vault
    if vault is None or window.backing_up or window.restoring or \
            not window._may_drop_unsaved_work("restore"):
        return
    _check(window, vault, Path(path), None, None)


def _check(window: MainWindow, vault, path: Path, code: str | None,
           dialog: RestoreCodeDialog | None) -> None:
    page = window.settings_page
    window.restoring = True
    checking = tr("Checking the backup…")
    page.checking_backup(checking)
    if dialog is not None:
        dialog.busy(checking)

    def progress(_stage, _done, _total, backup) -> None:
        text = put_in(tr("Checking the backup made %1…"), restoring.when(backup))
        page.checking_backup(text)
        if dialog is not None:
            dialog.busy(text)

    def settled() -> None:
        window.restoring = False
        page.backup_checked()

    # Locked meanwhile, ops drops what follows: the dialog went with the lock.
    def checked(plan: restoring.RestorePlan) -> None:
        if dialog is not None:
            dialog.discard()
        _confirm_and_restore(window, vault, plan)

    def failed(exc: Exception) -> None:
        if isinstance(exc, restoring.CodeNeeded):
            _ask_for_code(window, vault, path, exc)
        elif dialog is not None:
            dialog.show_problem(say_error(exc))
        else:
            ask.warn(window, tr("Not restored"), say_error(exc))

    ops.run(lambda report: restoring.prepare_over(vault, path, code, report), success=checked,
            failure=failed, progress=progress, window=window, always=settled)


def _ask_for_code(window: MainWindow, vault, path: Path, needed: restoring.CodeNeeded) -> None:
    from ui.dialogs.recovery import RestoreCodeDialog

    dialog = RestoreCodeDialog(say(needed.words), window)
    dialog.submitted.connect(lambda code: _check(window, vault, path, code, dialog))
    window.settings_page.show_dialog(dialog)  # Lock closes it, the typed code with it


def _confirm_and_restore(window: MainWindow, vault, plan: restoring.RestorePlan) -> None:
    made = restoring.when(plan.backup)
    question = put_in(tr("Replace everything in your vault with the backup made %1? What you "
                         "changed since it was made will be gone from the vault. The backup "
                         "checked out; your vault as it is now is kept, encrypted, in the "
                         "vault's folder, so this can be undone."), made)
    if plan.by_code:
        question += "\n\n" + (
            tr("Your vault will then open with the passphrase that was in use when the backup "
               "was made, or with the recovery code you typed.")
            if plan.key_mode == "passphrase" else
            tr("Your vault will then open with the key of this backup: the recovery code you "
               "typed is the one to keep."))
    if not ask.confirm(window, tr("Restore from a backup"), question, yes=tr("Restore"),
                       no=tr("Cancel")):
        return
    if window.vault is not vault or window.backing_up:  # locked, or busy, meanwhile
        return
    window.restoring = True
    window.lock(ask_first=False)
    unlock = window.unlock_page
    unlock.ask_for(KEYRING, put_in(tr("Restoring the backup made %1…"), made))
    unlock.unlock_button.setEnabled(False)

    def done(restored: restoring.Restored) -> None:
        window.restoring = False
        unlock.unlock_button.setEnabled(True)
        window.open_vault(restored.vault)
        window.go_to("Today")
        _tell_restored(window, restored)

    def failed(exc: Exception) -> None:
        window.restoring = False
        unlock.unlock_button.setEnabled(True)
        unlock.ask_for(unlock.usual_mode(), "")
        ask.warn(window, tr("Not restored"), say_error(exc) + "\n\n" + tr(
            "Unlock your vault as usual to carry on."))

    ops.run(lambda: restoring.carry_out(plan), success=done, failure=failed)


def _tell_restored(window: MainWindow, restored: restoring.Restored) -> None:
    parts = [put_in(tr("Your vault now holds the records of the backup made %1."),
                    restoring.when(restored.backup))]
    if restored.kept_aside is not None:
        parts.append(put_in(tr("The vault as it was before is kept, encrypted, in the "
                               "vault's folder as %1."), restored.kept_aside.name))
    if restored.by_code and restored.key_mode == "keyring":
        parts.append(tr("Its key is now kept in this computer's keyring.")
                     if restored.key_in_keyring else
                     put_in(tr("This computer's keyring could not keep its key (%1) Until it "
                               "can, CoachDesk asks for your recovery code at each start."),
                            say(restored.keyring_problem) if restored.keyring_problem else ""))
    if restored.sync_letter:  # coachdesk/sync/restored.py: a new computer of the practice
        parts.append(syncs_anew(restored.vault))
    ask.inform(window, tr("Restored"), "\n\n".join(parts))
    if restored.by_code and restored.key_mode == "passphrase" and ask.confirm(
            window, tr("Choose a new passphrase?"),
            tr("Your vault now opens with the passphrase that was in use when the backup was "
               "made. If you do not remember it, choose a new one now: the recovery code you "
               "typed stands in for it."), yes=tr("Choose a new passphrase"), no=tr("Not now")):
        window.go_to("Settings")
        upkeep.change_passphrase(window)
