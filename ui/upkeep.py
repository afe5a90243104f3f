"""Vault upkeep screens: the health check after unlocking, backups, and changing the key or
the passphrase (the backups re-encrypted with it when the coach chooses).

The work is the core's (``coachdesk.upkeep``: backups due, back up and prune, the page check,
the newest good backup restored with a fall-back, re-encryption), run off the GUI thread
through ``ui.ops``; these screens only ask, show progress and report. The key stays in the
core: work that needs the vault closed starts from ``upkeep.hold(vault)``, taken before
the window locks. The main window is a shell:
these flows live here and are handed the window, as ``ui.restoring`` is for Settings →
Restore. The window keeps the state they share (``backing_up``, ``restoring``,
``key_change_progress``, ``damage_found``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from coachdesk import upkeep as core
from ui import ask, ops
from ui.pages.unlock import KEYRING
from ui.sync_restored import syncs_anew
from ui.words import moment, plural, say

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return plural(QCoreApplication.translate("", text, disambiguation, n), n)


# -- after opening ---------------------------------------------------------------------
def after_opening(window: MainWindow, vault) -> None:
    """The vault is open on screen: a key change finished at this unlock shows its new
    code; the page check and the daily backup start once the first screen is drawn."""
    if vault.new_recovery_code:  # a key change was finished at this unlock
        show_new_recovery_code(window, vault.new_recovery_code, finished_now=True)
        vault.new_recovery_code = None
        if window.vault is vault:
            from coachdesk import vault as vaults

            vaults.code_written_down(vault)
    window.sync.opened(vault)  # the practice used on other computers (ui.sync_runner)
    QTimer.singleShot(1500, window, lambda: check_health(window))
    QTimer.singleShot(2000, window, window.back_up_if_due)


def after_unlocking(window: MainWindow, vault, code: str | None) -> None:
    """The unlock screen opened ``vault``, with the recovery ``code`` if one was typed.
    Opened with the code in passphrase mode, the passphrase may be forgotten: offer to
    choose a new one."""
    if vault.key_stored_again:
        window.statusBar().showMessage(tr(
            "Your key is in this computer's keyring again: CoachDesk opens without the "
            "recovery code next time."), 15_000)
    if code is not None and vault.info.key_mode == "passphrase" and ask.confirm(
            window, tr("Choose a new passphrase?"),
            tr("You opened your vault with your recovery code. If you have "
               "forgotten your passphrase, choose a new one now; the code you just "
               "typed stands in for the current one."),
            yes=tr("Choose a new passphrase"), no=tr("Not now")):
        window.go_to("Settings")
        change_passphrase(window, current=code)


# -- health ----------------------------------------------------------------------------
def check_health(window: MainWindow) -> None:
    """After unlocking, every page is checked off the GUI thread; damage is said plainly
    and the newest backup offered (the damaged file is kept, never overwritten)."""
    vault = window.vault
    if vault is None:
        return

    def found(words) -> None:
        if words is None:
            return
        damage = say(words)
        window.damage_found = damage
        folder = core.backup_folder(vault)
        if folder and ask.confirm(
                window, tr("Your vault is damaged"),
                tr("A check found that your vault is damaged: %1. Some records may "
                   "not open. Restore the newest backup that checks out? The damaged vault "
                   "is kept beside it.").replace("%1", str(damage)),
                yes=tr("Restore the newest backup"), no=tr("Not now")):
            restore_newest_backup(window)
        elif not folder:
            ask.warn(window, tr("Your vault is damaged"),
                     tr("A check found that your vault is damaged: %1. Make a copy of the "
                        "vault's folder now, and choose a backup folder in Settings.")
                     .replace("%1", str(damage)))

    ops.run(lambda: core.check_health(vault), success=found, failure=lambda exc: None,
            window=window)  # locked meanwhile: nothing to say


def restore_newest_backup(window: MainWindow) -> None:
    """The newest backup that checks out replaces the damaged vault (kept beside it), on
    the worker, the unlock screen saying so meanwhile; when none checks out, the vault
    opens again as it was and the coach is told why."""
    vault = window.vault
    if vault is None or window.restoring:  # a backup meanwhile: the worker runs one at a time
        return
    held = core.hold(vault)  # the core keeps the key; the window only locks
    window.restoring = True
    window.lock(ask_first=False)
    unlock = window.unlock_page
    unlock.ask_for(KEYRING, tr("Restoring your newest backup that checks out…"))
    unlock.unlock_button.setEnabled(False)

    def settled() -> None:
        window.restoring = False
        unlock.unlock_button.setEnabled(True)

    def done(result: core.RestoredNewest) -> None:
        window.open_vault(result.vault)
        if not result.restored:  # nothing was replaced: the vault as it was is open again
            ask.warn(window, tr("Not restored"), say(result.refusal) if result.refusal else "")
            return
        ask.inform(window, tr("Restored"), "\n\n".join(filter(None, [tr(
            "Your vault now holds the backup of %1. The damaged vault is kept in the vault's "
            "folder.").replace("%1", moment(result.backup.made_at)),
            syncs_anew(result.vault)])))

    def failed(exc: Exception) -> None:
        unlock.ask_for(unlock.usual_mode(), ops.error_text(exc) + " " + tr(
            "Unlock your vault as usual to carry on."))

    ops.run(held.restore_newest, success=done, failure=failed, always=settled)


# -- backups ------------------------------------------------------------------------
def back_up_if_due(window: MainWindow) -> None:
    """At the first unlock of the day, when a folder is chosen and daily backups are on."""
    if window.vault is not None and core.backups_due(window.vault) is not None:
        back_up(window)


def back_up(window: MainWindow) -> None:
    """Make, verify and rotate a backup off the GUI thread, with progress shown."""
    if window.vault is None or window.backing_up or window.restoring:
        return
    vault = window.vault
    folder = core.backup_folder(vault)
    if folder is None:
        return

    def settings_page():
        return window.built_page("Settings")

    def report(done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        window.statusBar().showMessage(tr("Backing up… {percent}%").format(percent=percent))
        page = settings_page()
        if page is not None:
            page.backup_progress(done, total)

    def today_looks_again() -> None:
        """Today's backup note follows the backup (it said "No backup has been made"
        beside a status bar saying one was, after the wizard's first)."""
        if window.vault is vault and vault.is_open:
            window.today_page.backup_warning.show_state(vault)

    def done(made) -> None:
        window.backing_up = False
        today_looks_again()
        page = settings_page()
        if page is not None:
            page.backup_finished("")
        window.statusBar().showMessage(
            tr("Backup made and checked: %1 (%2 MB)").replace("%1", made.path.name).replace(
                "%2", QLocale().toString(made.size / 1048576, "f", 1)),
            10_000)

    def failed(exc: Exception) -> None:
        window.backing_up = False
        today_looks_again()
        text = ops.error_text(exc)
        page = settings_page()
        if page is not None:
            page.backup_finished(text)
        window.statusBar().showMessage(text, 15_000)

    window.backing_up = True
    page = settings_page()
    if page is not None:
        page.backup_started()
    window.statusBar().showMessage(tr("Backing up…"))
    ops.run(lambda step: core.back_up(vault, folder, step), success=done, failure=failed,
            progress=report)


def change_key(window: MainWindow) -> None:
    """Re-encrypt the vault with a new key, off the GUI thread, then show the new code.
    A passphrase vault changes its passphrase instead (its key is derived from it)."""
    vault = window.vault
    if vault is None or window.backing_up:
        return
    if vault.info.key_mode == "passphrase":
        change_passphrase(window)
        return
    folder, count, about = _backups_at_key_change(window, vault)
    question = "\n\n".join(part for part in (
        tr("CoachDesk will re-encrypt your vault with a new key and give you a new "
                "recovery code to write down. Your old code will no longer open the "
                "vault."), about, tr("Carry on?")) if part)
    if count:
        carry_on, with_backups = ask.confirm_with_option(
            window, tr("Change the vault's key"), question, _backups_option(count),
            yes=tr("Change the key"), no=tr("Cancel"))
    else:
        carry_on, with_backups = ask.confirm(window, tr("Change the vault's key"), question,
                                             yes=tr("Change the key")), False
    if not carry_on or not window._may_drop_unsaved_work("change_key"):
        return
    held = core.hold(vault)  # taken before the lock: the core reopens it on the worker
    _reencrypt(window, tr("Changing your vault's key…"), tr("The key was not changed."),
               held.rotate_key, folder if with_backups else None)


def change_passphrase(window: MainWindow, current: str | None = None) -> None:
    """Settings → Change the passphrase: the current one, the new one twice. After an
    unlock with the recovery code, ``current`` is that code and is not asked again."""
    from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

    from coachdesk import vault as vaults
    from coachdesk.errors import InvalidInput
    from coachdesk.vault import rekey
    from ui.dialogs.form import FormDialog

    vault = window.vault
    if vault is None or window.backing_up or not window._may_drop_unsaved_work(
            "change_passphrase"):
        return
    folder, count, about = _backups_at_key_change(window, vault)
    backups_box = QCheckBox(_backups_option(count)) if count else None

    def check(typed: dict[str, str]) -> tuple[str, str, bool]:
        old = typed["current"] if current is None else current
        rekey.check_passphrase_change(vault, old, typed["new"])
        if typed["again"] != typed["new"]:
            raise InvalidInput("again", tr("The two new passphrases are not the same."))
        return (old, typed["new"], backups_box is not None and backups_box.isChecked())

    fields = [("new", tr("&New passphrase"), tr("At least %n characters", "",
                                                 vaults.MIN_PASSPHRASE)),
              ("again", tr("New passphrase &again"), "")]
    if current is None:
        fields.insert(0, ("current", tr("&Current passphrase"),
                          tr("Forgotten it? Your recovery code works too")))
    dialog = FormDialog(tr("Change the passphrase"), fields, {}, check, tr("the passphrase"),
                        window)
    # Said before, not after: the code on paper stops working once this is done.
    new_code = QLabel(tr(
        "CoachDesk then shows a new recovery code to write down, and the one you have "
        "stops working: your passphrase makes the vault's key, so a new passphrase is a "
        "new key."))
    new_code.setObjectName("muted")
    new_code.setWordWrap(True)
    dialog.layout().insertWidget(1, new_code)
    for edit in dialog.edits.values():
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        tr("Change &passphrase"))
    below_fields = 2  # the dialog's column: the fields, the new-code note, these, ...
    if backups_box is not None:
        backups_box.setChecked(True)
        dialog.layout().insertWidget(below_fields, backups_box)
        below_fields += 1
    if about:
        note = QLabel(about)
        note.setObjectName("muted")
        note.setWordWrap(True)
        dialog.layout().insertWidget(below_fields, note)
    held = core.hold(vault)  # the core keeps the key; the window only asks and locks

    def change(typed: tuple[str, str, bool]) -> None:
        current, new, reencrypt_backups = typed
        if window.backing_up or window.vault is not vault:
            ask.inform(window, tr("Not changed yet"), tr("A backup is being made: change the "
                       "passphrase once it has finished."))
            return
        _reencrypt(window, tr("Changing your passphrase…"),
                        tr("The change may not have finished: if your old passphrase does "
                        "not open the vault, your new one will."),
                        lambda into, report: held.change_passphrase(
                            current, new, into, report),
                        folder if reencrypt_backups else None)

    window.settings_page.show_dialog(dialog, change)


def _backups_at_key_change(window: MainWindow, vault) -> tuple[Path | None, int, str]:
    """The backup folder, how many CoachDesk backups it holds, and a paragraph on what
    a key change does to them (empty when there is nothing to say)."""
    found = core.backups_at_key_change(vault)
    folder, count = found.folder, found.count
    old = _old_secret(vault.info.key_mode == "passphrase")
    if found.folder_missing:
        return folder, 0, tr(
            "Your backup folder is not there now (a drive not connected?): the backups "
            "in it keep the old key, and {old} still opens them.").format(old=old)
    if not count:
        return folder, 0, ""
    return folder, count, tr(
        "Re-encrypted with the new key too, your backups no longer open with {old}."
    ).format(old=old) + " " + _sync_caveat()


def _old_secret(passphrase: bool) -> str:
    return (tr("your old passphrase or recovery code") if passphrase
            else tr("your old recovery code"))


def _backups_option(count: int) -> str:
    return tr("Re-encrypt the backups too (%n in the backup folder)", "", count)


def _sync_caveat() -> str:
    return tr("Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google "
                   "Drive…) keeps in its own version history, and copies made elsewhere, "
                   "are beyond CoachDesk's reach: delete them there if your old code may "
                   "have been seen.")


def _reencrypt(window: MainWindow, doing: str, unchanged: str, work,
               backup_folder: Path | None = None) -> None:
    """Lock (no view may touch the vault while it is re-encrypted), run ``work`` off
    the GUI thread, then reopen and show the new recovery code. With ``backup_folder``,
    the backups there are re-encrypted too, in the same work (the old key never
    leaves the core), with their progress shown."""
    old_backups = core.backups_in(window.vault)
    window.lock(ask_first=False)
    window.unlock_page.ask_for(KEYRING, doing)
    window.unlock_page.unlock_button.setEnabled(False)
    progress = None
    if backup_folder is not None:
        progress = QProgressDialog(doing, "", 0, 0, window)
        progress.setCancelButton(None)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()
    window.key_change_progress = progress  # shown until the work is done (tests look)

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress.setRange(0, total)
            progress.setValue(done)
            progress.setLabelText(tr(
                "Your vault has its new key. Re-encrypting the backups with it: "
                "{done} of %n done…", "", total).format(done=done))

    def finished() -> None:
        window.key_change_progress = None
        if progress is not None:
            progress.close()
            progress.deleteLater()

    def failed(exc: Exception) -> None:
        finished()
        window.unlock_page.unlock_button.setEnabled(True)
        window.unlock_page.ask_for(window.unlock_page.usual_mode(),
                                 ops.error_text(exc, unchanged)
                                 + " " + tr("Unlock to carry on."))

    def done(rotated) -> None:
        from coachdesk import vault as vaults

        finished()
        window.unlock_page.unlock_button.setEnabled(True)
        window.open_vault(rotated.vault)
        show_new_recovery_code(
    window,
            rotated.recovery_code,
            old_backups=old_backups if rotated.backups is None else 0)
        if window.vault is rotated.vault:  # the code is written down: no need to show it again
            vaults.code_written_down(rotated.vault)
        if rotated.backups is not None:
            _tell_reencrypted(window, rotated.backups, backup_folder,
                                   rotated.vault.info.key_mode == "passphrase")
        if rotated.kept.failed:  # copies beside the vault: the others now use the new key
            ask.warn(window, tr("Some copies keep the old key"), tr(
                "Copies kept beside your vault that could not be re-encrypted: %n. They "
                "were left as they were and open only with {old}: keep it for them, or "
                "delete them.", "", len(rotated.kept.failed)).format(
                    old=_old_secret(rotated.vault.info.key_mode == "passphrase"))
                + "".join(f"\n• {name}: {say(why)}" for name, why in rotated.kept.failed))

    ops.run(lambda step: work(backup_folder, step), success=done, failure=failed,
            progress=report)


def _tell_reencrypted(window: MainWindow, result, folder: Path, passphrase: bool) -> None:
    """Say what became of each backup: the ones left under the old key by name."""
    old = _old_secret(passphrase)
    opens = (tr("Your new passphrase and new recovery code open them; the old ones "
                     "open none.") if passphrase else
             tr("Your new recovery code opens them; the old one opens none."))
    done = tr("Backups re-encrypted with the new key: %n.", "",
                   len(result.rewritten) + len(result.unchanged))
    if result.complete:
        ask.inform(window, tr("Backups re-encrypted"),
                   f"{done} {opens}\n\n{_sync_caveat()}")  # sentences, each translated
        return
    if result.folder_missing:
        left = tr("Your backup folder {folder} was not there (a drive not "
                       "connected?), so its backups were not re-encrypted: {old} still "
                       "opens them.").format(folder=folder, old=old)
    else:
        left = tr(
            "Backups not re-encrypted: %n. They were left as they were and may still "
            "open with {old}: delete them if it may have been seen, or keep it for them.",
            "", len(result.failed)).format(old=old) + "".join(
                f"\n• {name}: {say(why)}" for name, why in result.failed)
    ask.warn(window, tr("Some backups keep the old key"),
             f"{left}\n\n{done}\n\n{_sync_caveat()}")


def show_new_recovery_code(window: MainWindow, code: str, *, finished_now: bool = False,
                           old_backups: int = 0) -> None:
    what = (tr("Your vault has a new key, and its recovery code has not been confirmed as "
               "written down yet (a change was cut off, or CoachDesk closed while the code "
               "was on screen).") if finished_now else tr("Your vault has a new key."))
    ask.recovery_code(window, tr("Your new recovery code"),
                      what + " " + tr("Write this recovery code down and keep it safe; the "
                                      "old one no longer opens your vault."), code)
    if old_backups and ask.confirm(
            window, tr("Older backups"),
            tr("Your %n older backup(s) still open with your old recovery code, not the new "
               "one. Keep the old code until they have rotated away. Make a backup with the "
               "new key now?", "", old_backups),
            yes=tr("Back up now"), no=tr("Later")):
        back_up(window)

