"""The main window: a sidebar of pages over the open vault, and the unlock screen.

Locking closes the vault, clears every page that holds client data and shows
the unlock screen in the same window. The title is always just "CoachDesk".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import settings
from coachdesk.paths import VaultLocation
from coachdesk.vault.vault import DatabaseError
from ui import ask, ops
from ui.clipboard import forget_clipboard
from ui.idle import IdleWatcher
from ui.pages.today import TodayPage
from ui.pages.unlock import KEYRING, UnlockPage

PAGES = ("Today", "Clients", "Sponsors", "Agreements", "Sessions", "Reports", "Settings")
WINDOW_TITLE = "CoachDesk"


class MainWindow(QMainWindow):
    locked = Signal()

    def __init__(self, location: VaultLocation, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self.vault = None
        self.search_dialog = None  # the search dialog while it is open
        self.in_review = False
        self.lost_notes = 0  # notes an (idle) lock could not save, told after unlocking
        self.setWindowTitle(WINDOW_TITLE)
        self.resize(1180, 760)
        self.setMinimumSize(820, 560)

        # Built from the window down: with a style sheet, every widget moved into a new
        # parent is restyled with everything inside it, so a page put into containers
        # that are themselves moved later would be restyled once per level.
        self.screens = QStackedWidget()
        self.setCentralWidget(self.screens)
        self.unlock_page = UnlockPage(location)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.screens.addWidget(self.unlock_page)
        self.workspace = QWidget()
        self.screens.addWidget(self.workspace)
        self.demo_banner = QLabel("Demo practice: every client here is invented. Your own "
                                  "vault is separate and untouched.")
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.hide()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setAccessibleName("Sections")
        self.pages = QStackedWidget()
        column = QVBoxLayout(self.workspace)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.demo_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        column.addLayout(row, 1)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)

        self.today_page = TodayPage()
        self.idle = IdleWatcher(QApplication.instance(), self)
        self.idle.idle.connect(self.lock_when_idle)
        self.system_lock = None  # listens from the first unlock on (see watch_the_system)
        self.clipboard_guard = None  # likewise
        self.backing_up = False
        self.restoring = False  # a backup is being checked or restored (ui.restoring)
        self.key_change_progress: QProgressDialog | None = None  # while backups re-encrypt
        self.damage_found: str | None = None
        self._unreadable = False  # a failed read is being handed to the unlock screen
        self._review_screen = None  # built when a report is first shown to a client
        self.today_page.open_client.connect(self.show_client)
        # Today is built now; every other page when first shown or used, so the first
        # window appears sooner (each page costs tens of milliseconds).
        self._page_widgets: dict[str, QWidget] = {"Today": self.today_page}
        for name in PAGES:
            self.pages.addWidget(self._page_widgets.get(name) or QWidget())
            QListWidgetItem(name, self.sidebar)
        self.sidebar.currentRowChanged.connect(self._page_chosen)

        self._build_menus()
        self._restore_geometry()
        self.show_unlock()

    # -- menus and shortcuts ----------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.lock_action = QAction("&Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.addAction(self.lock_action)  # live even when the menu bar is hidden or native
        self.new_action = QAction("&New…", self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_item)
        self.addAction(self.new_action)
        file_menu.insertAction(self.lock_action, self.new_action)
        # One Ctrl+E: the sponsor on the Sponsors page, the client on screen or chosen.
        self.edit_action = QAction("&Edit…", self)
        self.edit_action.setShortcut(QKeySequence("Ctrl+E"))
        self.edit_action.triggered.connect(self.edit_current_client)
        self.addAction(self.edit_action)
        file_menu.insertAction(self.lock_action, self.edit_action)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        # The Clients menu is the window's, so it works before the Clients page is built;
        # the pages take these actions when they are (see _build_clients).
        clients_menu = bar.addMenu("&Clients")
        self.new_client_action = QAction("&New client…", self)
        self.new_client_action.triggered.connect(self.new_client)
        self.edit_client_action = QAction("&Edit client…", self)  # Ctrl+E is the window's
        self.archive_action = QAction("Arc&hive client", self)
        self.archive_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.find_client_action = QAction("&Find client", self)
        self.find_client_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_client_action.triggered.connect(self.find_client)
        self.start_action = QAction("&Start session", self)
        self.start_action.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.note_action = QAction("New &note", self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.plan_action = QAction("&Plan a session…", self)
        self.plan_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.back_action = QAction("Back to all clients", self)
        self.back_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        for action in (self.new_client_action, self.edit_client_action, self.archive_action,
                       self.find_client_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            clients_menu.addAction(action)
        clients_menu.addSeparator()
        for action in (self.start_action, self.note_action, self.plan_action, self.back_action):
            clients_menu.addAction(action)
        self.shared_action = QAction("&Disclosures and requests", self)
        self.shared_action.triggered.connect(self.show_client_disclosures)
        self.legal_action = QAction("&Legal export of the whole record…", self)
        self.legal_action.triggered.connect(self.legal_export)
        self.packet_action = QAction("&Packet for the client…", self)
        self.packet_action.triggered.connect(self.client_packet)
        self.dispose_action = QAction("Dispose of &records…", self)
        self.dispose_action.triggered.connect(self.dispose_of_client)
        clients_menu.addSeparator()
        for action in (self.shared_action, self.legal_action, self.packet_action):
            clients_menu.addAction(action)
        clients_menu.addSeparator()
        clients_menu.addAction(self.dispose_action)
        self.client_actions = (self.new_client_action, self.edit_client_action,
                               self.archive_action, self.find_client_action)
        self.one_client_actions = (self.start_action, self.note_action, self.plan_action,
                                   self.back_action, self.shared_action, self.legal_action,
                                   self.packet_action, self.dispose_action)


        # Page menus: every button on those pages has a menu entry and a shortcut.
        self.sponsor_menu = bar.addMenu("&Sponsors")
        self.agreement_menu = bar.addMenu("&Agreements")
        self.report_menu = bar.addMenu("&Reports")
        def sp(method: str):
            return lambda: getattr(self.sponsors_page, method)()

        def ag(method: str):
            return lambda: getattr(self.agreements_page, method)()

        def rp(method: str, *args, **kwargs):
            return lambda: getattr(self.reports_page, method)(*args, **kwargs)

        sponsor, agreement, report = self.sponsor_menu, self.agreement_menu, self.report_menu
        self.page_actions = {
            "Sponsors": [
                self._action(sponsor, "&New sponsor…", None, sp("add_sponsor")),
                self._action(sponsor, "&Edit sponsor…", None, sp("edit_sponsor")),
                self._action(sponsor, "Add &contact…", "Ctrl+Shift+C", sp("add_contact"))],
            "Agreements": [
                self._action(agreement, "&New agreement…", None, ag("new_agreement")),
                self._action(agreement, "Edit &words…", "Ctrl+Shift+W", ag("edit_words")),
                self._action(agreement, "Record &signature…", "Ctrl+Shift+G",
                             ag("record_signature")),
                self._action(agreement, "Make &active", "Ctrl+Shift+Y", ag("activate")),
                self._action(agreement, "&Print to PDF for signing…", "Ctrl+P",
                             ag("export_pdf"))],
            "Reports": [
                self._action(report, "&New report…", None, rp("new_report")),
                self._action(report, "&Write an item…", "Ctrl+Shift+I",
                             rp("add_item", lift=False)),
                self._action(report, "&Lift words from a note…", "Ctrl+Shift+L",
                             rp("add_item", lift=True)),
                self._action(report, "Client &review", "Ctrl+Shift+R", rp("start_review")),
                self._action(report, "Release &form…", None, rp("print_release_form")),
                self._action(report, "Record &approval…", None, rp("record_approval")),
                self._action(report, "&Export PDF…", "Ctrl+Shift+X", rp("export")),
                self._action(report, "Log a sponsor's re&quest…", None, rp("log_request"))],
        }

        go_menu = bar.addMenu("&Go")
        self.search_action = QAction("&Search everything…", self)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(self.search_everything)
        self.addAction(self.search_action)
        go_menu.addAction(self.search_action)
        go_menu.addSeparator()
        self.go_actions: list[QAction] = [self.search_action]
        for number, name in enumerate(PAGES, start=1):
            action = QAction(name, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, n=name: self.go_to(n))
            go_menu.addAction(action)
            self.go_actions.append(action)

        help_menu = bar.addMenu("&Help")
        about = QAction("&About CoachDesk", self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # -- health and backups ----------------------------------------------------------------
    def check_health(self) -> None:
        """After unlocking, every page is checked off the GUI thread; damage is said plainly
        and the newest backup offered (the damaged file is kept, never overwritten)."""
        from coachdesk.vault import health

        vault = self.vault
        if vault is None:
            return

        def found(damage) -> None:
            if damage is None or self.vault is not vault:
                return
            self.damage_found = damage
            folder = settings.get(vault, "backup_folder")
            if folder and ask.confirm(
                    self, "Your vault is damaged",
                    f"A check found that your vault is damaged: {damage}. Some records may "
                    "not open. Restore the newest backup that checks out? The damaged vault "
                    "is kept beside it.", yes="Restore the newest backup", no="Not now"):
                self.restore_newest_backup()
            elif not folder:
                ask.warn(self, "Your vault is damaged",
                         f"A check found that your vault is damaged: {damage}. Make a copy "
                         "of the vault's folder now, and choose a backup folder in Settings.")

        ops.run(lambda: health.check_open(vault), success=found, failure=lambda exc: None)

    def restore_newest_backup(self) -> None:
        from pathlib import Path

        from coachdesk import vault as vaults
        from coachdesk.errors import CoachDeskError
        from coachdesk.vault import backups

        vault = self.vault
        if vault is None:
            return
        key, location = vault._key, vault.location
        folder = Path(settings.get(vault, "backup_folder"))
        self.lock(ask_first=False)
        try:
            restored, newest = backups.restore_newest(location, folder, key)
        except CoachDeskError as exc:
            # Nothing was replaced: carry on in the vault as it was.
            ask.warn(self, "Not restored", exc.message)
            self.open_vault(vaults.open_with_key(location, key))
            return
        self.open_vault(restored)
        ask.inform(self, "Restored", f"Your vault now holds the backup of "
                   f"{newest.made_at.astimezone():%Y-%m-%d %H:%M}. The damaged vault is kept "
                   "in the vault's folder.")

    # -- backups ------------------------------------------------------------------------
    def back_up_if_due(self) -> None:
        """At the first unlock of the day, when a folder is chosen and daily backups are on."""
        from pathlib import Path

        from coachdesk.vault import backups

        if self.vault is None or settings.get(self.vault, "backup_daily") != "1":
            return
        folder = settings.get(self.vault, "backup_folder")
        if folder and Path(folder).is_dir() and backups.due(Path(folder)):
            self.back_up()

    def back_up(self) -> None:
        """Make, verify and rotate a backup off the GUI thread, with progress shown."""
        from pathlib import Path

        from coachdesk.vault import backups

        if self.vault is None or self.backing_up or self.restoring:
            return
        folder = settings.get(self.vault, "backup_folder")
        if not folder:
            return
        vault, target = self.vault, Path(folder)

        def work():
            made = backups.make(vault, target)
            backups.rotate(vault, target)
            return made

        def done(made) -> None:
            self.backing_up = False
            if "Settings" in self._page_widgets:
                self.settings_page.backup_finished("")
            self.statusBar().showMessage(
                f"Backup made and checked: {made.path.name} ({made.size / 1048576:.1f} MB)",
                10_000)

        def failed(exc: Exception) -> None:
            self.backing_up = False
            text = getattr(exc, "message", None) or type(exc).__name__
            if "Settings" in self._page_widgets:
                self.settings_page.backup_finished(text)
            self.statusBar().showMessage(text, 15_000)

        self.backing_up = True
        if "Settings" in self._page_widgets:
            self.settings_page.backup_started()
        self.statusBar().showMessage("Backing up…")
        ops.run(work, success=done, failure=failed)

    def change_key(self) -> None:
        """Re-encrypt the vault with a new key, off the GUI thread, then show the new code.
        A passphrase vault changes its passphrase instead (its key is derived from it)."""
        from coachdesk import vault as vaults
        from coachdesk.vault import rekey

        vault = self.vault
        if vault is None or self.backing_up:
            return
        if vault.info.key_mode == "passphrase":
            self.change_passphrase()
            return
        folder, count, about = self._backups_at_key_change(vault)
        question = "\n\n".join(part for part in (
            self.tr("CoachDesk will re-encrypt your vault with a new key and give you a new "
                    "recovery code to write down. Your old code will no longer open the "
                    "vault."), about, self.tr("Carry on?")) if part)
        if count:
            carry_on, with_backups = ask.confirm_with_option(
                self, "Change the vault's key", question, self._backups_option(count),
                yes=self.tr("Change the key"), no=self.tr("Cancel"))
        else:
            carry_on, with_backups = ask.confirm(self, "Change the vault's key", question,
                                                 yes="Change the key"), False
        if not carry_on or not self._may_drop_unsaved_work("Change the key"):
            return
        location, key = vault.location, vault._key
        self._reencrypt("Changing your vault's key…", "The key was not changed.",
                        lambda into, report: rekey.rotate(vaults.open_with_key(location, key),
                                                          backup_folder=into, progress=report),
                        folder if with_backups else None)

    def change_passphrase(self, current: str | None = None) -> None:
        """Settings → Change the passphrase: the current one, the new one twice. After an
        unlock with the recovery code, ``current`` is that code and is not asked again."""
        from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit

        from coachdesk import vault as vaults
        from coachdesk.errors import InvalidInput
        from coachdesk.vault import rekey
        from ui.dialogs.form import FormDialog

        vault = self.vault
        if vault is None or self.backing_up or not self._may_drop_unsaved_work(
                "Change the passphrase"):
            return
        folder, count, about = self._backups_at_key_change(vault)
        backups_box = QCheckBox(self._backups_option(count)) if count else None

        def check(typed: dict[str, str]) -> tuple[str, str, bool]:
            old = typed["current"] if current is None else current
            rekey.check_passphrase_change(vault, old, typed["new"])
            if typed["again"] != typed["new"]:
                raise InvalidInput("again", "The two new passphrases are not the same.")
            return (old, typed["new"], backups_box is not None and backups_box.isChecked())

        fields = [("new", "&New passphrase", f"At least {vaults.MIN_PASSPHRASE} characters"),
                  ("again", "New passphrase &again", "")]
        if current is None:
            fields.insert(0, ("current", "&Current passphrase",
                              "Forgotten it? Your recovery code works too"))
        dialog = FormDialog("Change the passphrase", fields, {}, check, "the passphrase",
                            self)
        # Said before, not after: the code on paper stops working once this is done.
        new_code = QLabel(self.tr(
            "CoachDesk then shows a new recovery code to write down, and the one you have "
            "stops working: your passphrase makes the vault's key, so a new passphrase is a "
            "new key."))
        new_code.setObjectName("muted")
        new_code.setWordWrap(True)
        dialog.layout().insertWidget(1, new_code)
        for edit in dialog.edits.values():
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            "Change &passphrase")
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
        location, key = vault.location, vault._key

        def change(typed: tuple[str, str, bool]) -> None:
            current, new, reencrypt_backups = typed
            if self.backing_up or self.vault is not vault:
                ask.inform(self, "Not changed yet", "A backup is being made: change the "
                           "passphrase once it has finished.")
                return
            self._reencrypt("Changing your passphrase…",
                            "The change may not have finished: if your old passphrase does "
                            "not open the vault, your new one will.",
                            lambda into, report: rekey.change_passphrase(
                                vaults.open_with_key(location, key), current, new,
                                backup_folder=into, progress=report),
                            folder if reencrypt_backups else None)

        self.settings_page.show_dialog(dialog, change)

    def _backups_at_key_change(self, vault) -> tuple[Path | None, int, str]:
        """The backup folder, how many CoachDesk backups it holds, and a paragraph on what
        a key change does to them (empty when there is nothing to say)."""
        from coachdesk.vault import backups

        chosen = settings.get(vault, "backup_folder")
        if not chosen:
            return None, 0, ""
        folder = Path(chosen)
        old = self._old_secret(vault.info.key_mode == "passphrase")
        if not folder.is_dir():
            return folder, 0, self.tr(
                "Your backup folder is not there now (a drive not connected?): the backups "
                "in it keep the old key, and {old} still opens them.").format(old=old)
        count = len(backups.in_folder(folder))
        if not count:
            return folder, 0, ""
        return folder, count, self.tr(
            "Re-encrypted with the new key too, your backups no longer open with {old}."
        ).format(old=old) + " " + self._sync_caveat()

    def _old_secret(self, passphrase: bool) -> str:
        return (self.tr("your old passphrase or recovery code") if passphrase
                else self.tr("your old recovery code"))

    def _backups_option(self, count: int) -> str:
        return self.tr("Re-encrypt the backups too (%n in the backup folder)", "", count)

    def _sync_caveat(self) -> str:
        return self.tr("Copies that a sync service (Dropbox, OneDrive, iCloud Drive, Google "
                       "Drive…) keeps in its own version history, and copies made elsewhere, "
                       "are beyond CoachDesk's reach: delete them there if your old code may "
                       "have been seen.")

    def _reencrypt(self, doing: str, unchanged: str, work,
                   backup_folder: Path | None = None) -> None:
        """Lock (no view may touch the vault while it is re-encrypted), run ``work`` off
        the GUI thread, then reopen and show the new recovery code. With ``backup_folder``,
        the backups there are re-encrypted too, in the same work (the old key never
        leaves the core), with their progress shown."""
        from coachdesk.vault import backups

        folder = settings.get(self.vault, "backup_folder")
        old_backups = len(backups.in_folder(Path(folder))) if folder else 0
        self.lock(ask_first=False)
        self.unlock_page.ask_for(KEYRING, doing)
        self.unlock_page.unlock_button.setEnabled(False)
        progress = None
        if backup_folder is not None:
            progress = QProgressDialog(doing, "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setAutoClose(False)
            progress.setAutoReset(False)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
        self.key_change_progress = progress  # shown until the work is done (tests look)

        def report(done: int, total: int) -> None:
            if progress is not None:
                progress.setRange(0, total)
                progress.setValue(done)
                progress.setLabelText(self.tr(
                    "Your vault has its new key. Re-encrypting the backups with it: "
                    "{done} of %n done…", "", total).format(done=done))

        def finished() -> None:
            self.key_change_progress = None
            if progress is not None:
                progress.close()
                progress.deleteLater()

        def failed(exc: Exception) -> None:
            finished()
            self.unlock_page.unlock_button.setEnabled(True)
            self.unlock_page.ask_for(self.unlock_page.usual_mode(),
                                     (getattr(exc, "message", None) or unchanged)
                                     + " Unlock to carry on.")

        def done(rotated) -> None:
            from coachdesk import vault as vaults

            finished()
            self.unlock_page.unlock_button.setEnabled(True)
            self.open_vault(rotated.vault)
            self.show_new_recovery_code(
                rotated.recovery_code,
                old_backups=old_backups if rotated.backups is None else 0)
            if self.vault is rotated.vault:  # the code is written down: no need to show it again
                vaults.code_written_down(rotated.vault)
            if rotated.backups is not None:
                self._tell_reencrypted(rotated.backups, backup_folder,
                                       rotated.vault.info.key_mode == "passphrase")

        ops.run(lambda step: work(backup_folder, step), success=done, failure=failed,
                progress=report)

    def _tell_reencrypted(self, result, folder: Path, passphrase: bool) -> None:
        """Say what became of each backup: the ones left under the old key by name."""
        old = self._old_secret(passphrase)
        opens = (self.tr("Your new passphrase and new recovery code open them; the old ones "
                         "open none.") if passphrase else
                 self.tr("Your new recovery code opens them; the old one opens none."))
        done = self.tr("Backups re-encrypted with the new key: %n.", "",
                       len(result.rewritten) + len(result.unchanged))
        if result.complete:
            ask.inform(self, self.tr("Backups re-encrypted"),
                       f"{done} {opens}\n\n{self._sync_caveat()}")
            return
        if result.folder_missing:
            left = self.tr("Your backup folder {folder} was not there (a drive not "
                           "connected?), so its backups were not re-encrypted: {old} still "
                           "opens them.").format(folder=folder, old=old)
        else:
            left = self.tr(
                "Backups not re-encrypted: %n. They were left as they were and may still "
                "open with {old}: delete them if it may have been seen, or keep it for them.",
                "", len(result.failed)).format(old=old) + "".join(
                    f"\n• {name}: {why}" for name, why in result.failed)
        ask.warn(self, self.tr("Some backups keep the old key"),
                 f"{left}\n\n{done}\n\n{self._sync_caveat()}")

    def show_new_recovery_code(self, code: str, *, finished_now: bool = False,
                               old_backups: int = 0) -> None:
        what = ("Your vault has a new key, and its recovery code has not been confirmed as "
                "written down yet (a change was cut off, or CoachDesk closed while the code "
                "was on screen). " if finished_now else "Your vault has a new key. ")
        ask.recovery_code(self, "Your new recovery code",
                          f"{what}Write this recovery code down and keep it safe; the old "
                          "one no longer opens your vault.", code)
        if old_backups and ask.confirm(
                self, "Older backups",
                f"Your {old_backups} older backup{'s' if old_backups != 1 else ''} still open "
                "with your old recovery code, not the new one. Keep the old code until they "
                "have rotated away. Make a backup with the new key now?",
                yes="Back up now", no="Later"):
            self.back_up()

    def restore(self, path: str) -> None:
        """Settings → Restore from a backup: checked first (the recovery code asked for when
        the vault's key does not open it), then the vault replaced and reopened; never
        leaving the coach without a vault (see ui.restoring)."""
        from ui.restoring import restore_from_settings

        restore_from_settings(self, path)

    # -- reports, review mode, disclosures -------------------------------------------
    def enter_review(self, report_id: int) -> None:
        """Turn the whole window over to one report, for the client to read and approve."""
        if self.vault is None:
            return
        from coachdesk import clients, reports

        if self._open_editors():  # separate windows: they would stay on screen
            ask.inform(self, "Close the notes first",
                       "Close the open notes before showing the report to the client: "
                       "they are separate windows and would stay on screen.")
            return
        report = reports.get(self.vault, report_id)
        self.review_screen.present(self.vault, report_id,
                                   clients.get(self.vault, report.client_id).name)
        self.in_review = True
        self._set_vault_actions(False)
        self.lock_action.setEnabled(True)  # the coach can always lock
        self.menuBar().hide()
        self.screens.setCurrentWidget(self.review_screen)

    def leave_review(self) -> None:
        report = self.review_screen.report
        if self._review_screen is not None:
            self._review_screen.clear()
        self.in_review = False
        self.menuBar().show()
        if self.vault is None:
            return
        self._set_vault_actions(True)
        self.screens.setCurrentWidget(self.workspace)
        self.go_to("Reports")
        if report is not None:
            self.reports_page.select(report.id)

    def show_client_disclosures(self) -> None:
        client = self.client_page.client
        if self.vault is not None and client is not None:
            self.go_to("Reports")
            self.reports_page.show_only(client_id=client.id, tab="Disclosures")

    def show_sponsor_disclosures(self) -> None:
        sponsor = self.sponsors_page.sponsor
        if self.vault is not None and sponsor is not None:
            self.go_to("Reports")
            self.reports_page.show_only(sponsor_id=sponsor.id, tab="Sponsor requests")

    def legal_export(self) -> None:
        """The client's whole record for a court, a subpoena or the client: logged."""
        client, vault = self.client_page.client, self.vault
        if vault is None or client is None:
            return
        from ui.dialogs.report import LegalExportDialog

        def export(requester: str, basis: str, for_client: bool):
            path = ask.save_path(self, "Save the whole record", "client-record.pdf",
                                 "PDF documents (*.pdf)")
            if not path:
                from coachdesk.errors import CoachDeskError
                raise CoachDeskError("Nothing was exported: no file was chosen.")
            from ui.pages.reports import legal_export

            try:
                return legal_export(vault, client.id, path, requester, basis, for_client)
            except OSError as exc:
                from coachdesk.errors import CoachDeskError
                from ui.exporting import failure_words
                raise CoachDeskError(failure_words(exc, path)) from exc

        dialog = LegalExportDialog(client.name, export, self)
        self.client_page.show_dialog(dialog, lambda d: ask.inform(
            self, "Record exported", f"The whole record was saved and logged as disclosure "
            f"D-{d.id:06d}."))

    def client_packet(self) -> None:
        """Everything ever disclosed about the client, with the receipts, for the client."""
        client, vault = self.client_page.client, self.vault
        if vault is None or client is None:
            return
        from datetime import date

        from coachdesk import legal_exports
        from coachdesk.errors import CoachDeskError
        from ui.exporting import failure_words, saver
        from ui.pdf import packet_pdf

        path = ask.save_path(self, "Save the packet for the client", "what-was-shared.pdf",
                             "PDF documents (*.pdf)")
        if not path or self.vault is not vault:
            return
        try:
            d = legal_exports.export_packet(vault, client.id, on=date.today().isoformat(),
                                            render=packet_pdf, save=saver(path))
        except (OSError, CoachDeskError) as exc:
            ask.warn(self, "Not exported", failure_words(exc, path))
            return
        ask.inform(self, "Packet saved", f"Saved to {path}, and logged as disclosure "
                   f"D-{d.id:06d}.")

    def dispose_of_client(self) -> None:
        """End a client's records (vault and backups) and hand over a receipt."""
        client, vault = self.client_page.client, self.vault
        if vault is None or client is None:
            return
        from datetime import date
        from pathlib import Path

        from coachdesk import disposal, retention
        from ui.dialogs.disposal import DisposalDialog

        if self.client_page.editors:
            ask.inform(self, "Close the notes first", "Close this client's open notes "
                       "before disposing of the records.")
            return
        due = next((d for d in retention.past_retention(vault, date.today().isoformat())
                    if d.client_id == client.id), None)
        basis = "retention_ended" if due else "client_request"
        note = (f"Kept {due.retention_years} years after {due.ended_on}" if due else "")
        folder = settings.get(vault, "backup_folder")

        def start(basis: str, note: str = ""):
            progress = QProgressDialog("Disposing of the records…", "", 0, 0, self)
            progress.setCancelButton(None)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.setMinimumDuration(0)
            progress.show()
            ops.run(lambda: disposal.dispose(vault, client.id, basis, note=note,
                                             backup_folder=Path(folder) if folder else None),
                    success=lambda done: (progress.close(), self._disposed(done)),
                    failure=lambda exc: (progress.close(), ask.warn(
                        self, "Not disposed", getattr(exc, "message", None)
                        or f"Disposal failed ({type(exc).__name__})")))
            return True

        if disposal.is_disposed(vault, client.id):
            # Stopped part-way before (a drive unplugged, a full disk): finish it.
            if ask.confirm(self, "Finish the disposal",
                           "This client's records were removed from the vault. Go over the "
                           "backups and kept copies again, so none of them holds anything "
                           "of this client?", yes="Finish the disposal"):
                start(disposal.for_client(vault, client.id)["basis"])
            return
        self.client_page.show_dialog(DisposalDialog(client.name, basis, start, self, note))

    def _disposed(self, done) -> None:
        from datetime import date

        from coachdesk.errors import CoachDeskError
        from ui.exporting import export_recorded, failure_words
        from ui.pdf import disposal_receipt_pdf

        vault = self.vault
        if vault is None:
            return
        self.show_client_list()
        self.client_page.clear()  # nothing of the disposed client stays in a view
        path = ask.save_path(self, "Save the disposal receipt", "disposal-receipt.pdf",
                             "PDF documents (*.pdf)")
        if path:
            data = disposal_receipt_pdf(done, settings.get(vault, "coach_name"),
                                        date.today().isoformat())
            try:
                export_recorded(vault, path, data, "disposal_receipt", "client",
                                done.client_id)
            except (OSError, CoachDeskError) as exc:
                ask.warn(self, "Receipt not saved", failure_words(exc, path))
                return
        ask.inform(self, "Records disposed of",
                   f"{sum(done.counts.values())} items were removed from the vault"
                   f" and {len(done.backups_rewritten)} backups were rewritten without them"
                   + (f"; {len(done.backups_removed)} that could not be were deleted."
                      if done.backups_removed else "."))

    # -- pages built when first needed -----------------------------------------------
    @property
    def review_screen(self):
        """Client review mode's screen, built the first time a client is shown a report."""
        if self._review_screen is None:
            from ui.review import ReviewScreen

            self._review_screen = ReviewScreen()
            self._review_screen.leave.connect(self.leave_review)
            self.screens.addWidget(self._review_screen)
        return self._review_screen

    @property
    def clients_section(self) -> QStackedWidget:
        """The Clients page: the list of clients, or one client."""
        return self._page("Clients")

    @property
    def clients_page(self):
        self._page("Clients")
        return self._clients_page

    @property
    def client_page(self):
        self._page("Clients")
        return self._client_page

    def _shown_client(self):
        """The client whose page is open, without building the Clients page for it."""
        return self._client_page.client if "Clients" in self._page_widgets else None

    def _open_editors(self) -> list:
        return self._client_page.editors if "Clients" in self._page_widgets else []

    def _build_clients(self) -> QStackedWidget:
        from ui.pages.client import ClientPage
        from ui.pages.clients import ClientsPage
        from ui.pages.clients_section import ClientsSection

        self._clients_page = ClientsPage(self.new_client_action, self.edit_client_action,
                                         self.archive_action, self.find_client_action)
        self._client_page = ClientPage(self.start_action, self.note_action, self.plan_action,
                                       self.back_action)
        section = ClientsSection(self._clients_page, self._client_page)
        self._clients_page.open_requested.connect(self.open_client)
        self._clients_page.changed.connect(self._client_changed)
        self._client_page.back.connect(self.show_client_list)
        self._client_page.edit_requested.connect(self._clients_page.edit_client)
        self._client_page.shared_button.clicked.connect(self.show_client_disclosures)
        self._clients_page.window_actions = [self.lock_action]
        self._client_page.window_actions = [self.lock_action]
        return section

    @property
    def sponsors_page(self):
        return self._page("Sponsors")

    @property
    def agreements_page(self):
        return self._page("Agreements")

    @property
    def sessions_page(self):
        return self._page("Sessions")

    @property
    def reports_page(self):
        return self._page("Reports")

    @property
    def settings_page(self):
        return self._page("Settings")

    def _built_pages(self) -> list[QWidget]:
        """The lazily built pages that exist so far."""
        return [w for name, w in self._page_widgets.items() if name != "Today"]

    def _page(self, name: str):
        page = self._page_widgets.get(name)
        if page is not None:
            return page
        # Each page's module is imported here, on first use: the first window waits for none.
        if name == "Clients":
            page = self._build_clients()
        elif name == "Sponsors":
            from ui.pages.sponsors import SponsorsPage

            page = SponsorsPage()
            page.shared_button.clicked.connect(self.show_sponsor_disclosures)
        elif name == "Agreements":
            from ui.pages.agreements import AgreementsPage

            page = AgreementsPage()
        elif name == "Sessions":
            from ui.pages.sessions import SessionsPage

            page = SessionsPage()
            page.open_client.connect(self.show_client)
        elif name == "Reports":
            from ui.pages.reports import ReportsPage

            page = ReportsPage()
            page.review_requested.connect(self.enter_review)
        else:
            from ui.pages.settings import SettingsPage

            page = SettingsPage()
            page.idle_minutes_changed.connect(self.idle.set_minutes)
            page.clipboard_seconds_changed.connect(
                lambda seconds: self.clipboard_guard and self.clipboard_guard.set_seconds(
                    seconds))
            page.backup_requested.connect(self.back_up)
            page.restore_requested.connect(self.restore)
            page.rekey_requested.connect(self.change_key)
        if name != "Clients":
            page.window_actions = [self.lock_action]
        self._page_widgets[name] = page
        index = PAGES.index(name)
        current = self.pages.currentIndex()
        placeholder = self.pages.widget(index)
        with QSignalBlocker(self.pages):
            self.pages.insertWidget(index, page)
            self.pages.removeWidget(placeholder)
            self.pages.setCurrentIndex(current)
        placeholder.deleteLater()
        if self.vault is not None:
            page.attach(self.vault)
        return page

    def show_about(self) -> None:
        from coachdesk import __version__
        from coachdesk.vault import sqlcipher_version

        ask.inform(self, "About CoachDesk",
                   f"CoachDesk {__version__}\n\nA private, offline desk for coaches. Your "
                   f"records are kept in one encrypted file:\n{self.location.vault_file}\n\n"
                   f"SQLCipher {sqlcipher_version()}")

    # -- pages ------------------------------------------------------------------
    def go_to(self, name: str) -> None:
        if self.in_review:  # the client is looking: nothing else may show
            return
        if self.vault is None:
            return
        row = PAGES.index(name)
        if self.sidebar.currentRow() == row:
            self._page_chosen(row)  # already there: look again (Today, Sessions refresh)
        else:
            self.sidebar.setCurrentRow(row)

    def _action(self, menu, text: str, keys: str | None, slot) -> QAction:
        action = QAction(text, self)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        self.addAction(action)
        return action

    def _enable_page_actions(self) -> None:
        """A page's menu works while its page is on screen (and the vault is open)."""
        for name, actions in self.page_actions.items():
            on = (self.vault is not None and not self.in_review
                  and self.current_page_name() == name)
            for action in actions:
                action.setEnabled(on)

    def _page_chosen(self, row: int) -> None:
        page = self._page(PAGES[row])  # built on first visit
        self.pages.setCurrentIndex(row)
        self._enable_page_actions()
        if self.vault is not None and PAGES[row] in ("Today", "Sessions", "Agreements",
                                                     "Reports"):
            page.refresh()  # always current when looked at

    def current_page_name(self) -> str:
        return PAGES[self.pages.currentIndex()]

    def page(self, name: str) -> QWidget:
        return self._page(name)

    # -- vault life -----------------------------------------------------------------
    def start(self) -> None:
        """At launch: open by itself when the keyring allows, else ask."""
        self.show_unlock()
        self.unlock_page.try_keyring()

    def open_demo(self) -> None:
        """The demo practice: made and filled on first use, off the GUI thread."""
        self.unlock_page.ask_for(KEYRING, "Opening the demo practice…")
        location = self.location  # the job holds the location, never the window

        def open_or_create():
            from coachdesk import vault as vaults

            if location.exists():  # the usual case: no need to load the demo's stories
                return vaults.unlock_with_keyring(location)
            from coachdesk import demo

            return demo.open_or_create(location)

        ops.run(open_or_create, success=self.open_vault,
                failure=lambda exc: self.unlock_page.ask_for(
                    "problem", getattr(exc, "message", type(exc).__name__)))

    def show_client(self, client_id: int) -> None:
        """From any page: go to Clients and open this client."""
        if self.in_review:  # the client is looking: nothing else may show
            return
        self.go_to("Clients")
        self.open_client(client_id)

    def open_client(self, client_id: int) -> None:
        if self.in_review:  # the client is looking: nothing else may show
            return
        if self.vault is None:
            return
        self.client_page.show_client(self.vault, client_id)
        self.clients_section.setCurrentWidget(self.client_page)
        self._set_one_client_actions(True)

    def new_item(self) -> None:
        """Ctrl+N: a new sponsor on the Sponsors page, a new client everywhere else."""
        if self.in_review:  # the client is looking: nothing else may show
            return
        if self.vault is None:
            return
        if self.current_page_name() == "Sponsors":
            self.sponsors_page.add_sponsor()
        elif self.current_page_name() == "Agreements":
            self.agreements_page.new_agreement()
        elif self.current_page_name() == "Reports":
            self.reports_page.new_report()
        else:
            self.new_client()

    def new_client(self) -> None:
        """Clients → New client (and Ctrl+N outside the other pages): on the client list."""
        if self._to_client_list():
            self.clients_page.add_client()

    def find_client(self) -> None:
        """Ctrl+F: the client list's search field, from wherever the coach is."""
        if self._to_client_list():
            self.clients_page.focus_search()

    def _to_client_list(self) -> bool:
        """For a Clients menu entry used from any page; False while locked or in review."""
        if self.in_review or self.vault is None:
            return False
        self.go_to("Clients")
        self.show_client_list()
        return True

    def search_everything(self) -> None:
        if self.in_review:  # the client is looking: nothing else may show
            return
        if self.vault is None:
            return
        from ui.dialogs.search import SearchDialog

        self.search_dialog = SearchDialog(self.vault, self)
        self.search_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.search_dialog.chosen.connect(self.open_hit)
        self.search_dialog.finished.connect(self._search_closed)
        self.search_dialog.open()

    def _search_closed(self) -> None:
        self.search_dialog = None

    def open_hit(self, hit) -> None:
        """Open what a search found: the client, the client's note, or the sponsor."""
        if self.vault is None:
            return
        if hit.kind == "sponsor":
            self.go_to("Sponsors")
            self.sponsors_page.select(hit.record_id)
            return
        self.go_to("Clients")
        self.open_client(hit.client_id)
        if hit.kind == "note":
            self.client_page.tabs.setCurrentWidget(self.client_page.notes_view)
            self.client_page.open_note(hit.record_id)

    def edit_current_client(self) -> None:
        """Ctrl+E: the sponsor on the Sponsors page, else the client on screen or chosen."""
        if self.in_review:  # the client is looking: nothing else may show
            return
        if self.current_page_name() == "Sponsors":
            self.sponsors_page.edit_sponsor()
            return
        one = self.client_page.client
        if self.clients_section.currentWidget() is self.client_page and one is not None:
            self.clients_page.edit_client(one.id)
        else:
            self.clients_page.edit_selected()

    def show_client_list(self) -> None:
        shown = self.client_page.client
        self.clients_section.setCurrentWidget(self.clients_page)
        self._set_one_client_actions(False)
        if shown is not None and self.vault is not None:
            self.clients_page.model.refresh()
            self.clients_page.select_client(shown.id)
        self.clients_page.table.setFocus()

    def _client_changed(self) -> None:
        client = self.client_page.client
        if client is not None and self.vault is not None:
            self.client_page.show_client(self.vault, client.id)

    def _set_one_client_actions(self, enabled: bool) -> None:
        for action in self.one_client_actions:
            action.setEnabled(enabled)

    def _unlocked(self, vault) -> None:
        """The unlock screen opened the vault. Opened with the recovery code in passphrase
        mode, the passphrase may be forgotten: offer to choose a new one."""
        code = self.unlock_page.take_code()
        by_code = code is not None and vault.info.key_mode == "passphrase"
        self.open_vault(vault)
        if vault.key_stored_again:
            self.statusBar().showMessage(self.tr(
                "Your key is in this computer's keyring again: CoachDesk opens without the "
                "recovery code next time."), 15_000)
        if by_code and ask.confirm(
                self, self.tr("Choose a new passphrase?"),
                self.tr("You opened your vault with your recovery code. If you have "
                        "forgotten your passphrase, choose a new one now; the code you just "
                        "typed stands in for the current one."),
                yes=self.tr("Choose a new passphrase"), no=self.tr("Not now")):
            self.go_to("Settings")
            self.change_passphrase(current=code)

    def open_vault(self, vault) -> None:
        self.vault = vault
        if self.lost_notes:
            lost, self.lost_notes = self.lost_notes, 0
            ask.warn(self, "A note was not saved",
                     f"{lost} open note{' was' if lost == 1 else 's were'} refused by the vault "
                     "(too large, or the disk was full) when CoachDesk locked, and "
                     f"{'its' if lost == 1 else 'their'} unsaved text was cleared from the "
                     "screen with everything else. What was saved before is safe.")
        self.demo_banner.setVisible(vault.opened_with_demo_key)  # the key, not a file
        self.today_page.attach(vault)
        try:
            for page in self._built_pages():
                page.attach(vault)
            self.idle.set_minutes(int(settings.get(vault, "idle_lock_minutes") or 0))
            self._set_vault_actions(True)
            if not self.sidebar.selectedItems():  # first open: Today, visibly chosen
                with QSignalBlocker(self.sidebar):
                    self.sidebar.setCurrentRow(PAGES.index("Today"))
            self._page_chosen(self.sidebar.currentRow())  # fills the page on screen, once
        except DatabaseError as exc:  # the first read found damage the opening could not
            self.vault_unreadable(exc, now=True)
            return
        self.screens.setCurrentWidget(self.workspace)
        QTimer.singleShot(0, self, self.watch_the_system)
        if vault.new_recovery_code:  # a key change was finished at this unlock
            self.show_new_recovery_code(vault.new_recovery_code, finished_now=True)
            vault.new_recovery_code = None
            if self.vault is vault:
                from coachdesk import vault as vaults

                vaults.code_written_down(vault)
        # The page check and the daily backup start once the first screen is drawn.
        QTimer.singleShot(1500, self, self.check_health)
        QTimer.singleShot(2000, self, self.back_up_if_due)
        if self.current_page_name() == "Clients":
            self.clients_page.search.setFocus()
        else:
            self.sidebar.setFocus()

    def vault_unreadable(self, exc: Exception, *, now: bool = False) -> bool:
        """A read of the open vault failed (a damaged page, most likely): lock, so that no
        view reads it again, and let the unlock screen check every page off the GUI thread
        and show what is damaged, with the newest backup that checks out. Called from the
        first read of an opening (``now``) and, for a later read, from the crash report,
        when control is back in the event loop (never inside a view's painting). False
        when no vault is open."""
        if self.vault is None:
            return False
        if now:
            self._lock_unreadable(exc)
        elif not self._unreadable:
            self._unreadable = True
            QTimer.singleShot(0, self, lambda: self._lock_unreadable(exc))
        return True

    def _lock_unreadable(self, exc: Exception) -> None:
        self._unreadable = False
        vault = self.vault
        if vault is None:
            return
        key = vault._key  # the check reads the file with it; never shown, never kept
        self.lock(ask_first=False)
        self.unlock_page.examine(key, exc)

    def lock(self, *, ask_first: bool = True) -> None:
        """Close the vault and clear every view; the unlock screen takes over."""
        if self.vault is None:
            return
        if ask_first and not self._may_drop_unsaved_work("Lock"):
            return
        if self.vault is None:  # an idle lock happened while the question was open
            return
        vault, self.vault = self.vault, None
        forget_clipboard()
        if self.search_dialog is not None:
            self.search_dialog.forget()
            self.search_dialog.reject()
        self.today_page.clear()
        # The Clients page saves and closes open notes first, and says how many it could not.
        self.lost_notes = sum(page.clear() or 0 for page in self._built_pages())
        if self._review_screen is not None:
            self._review_screen.clear()
        self.in_review = False
        self.menuBar().show()
        self.idle.stop()
        if self.clipboard_guard is not None:
            self.clipboard_guard.stop()
        vault.close()
        self.show_unlock()
        self.locked.emit()

    def watch_the_system(self) -> None:
        """Lock when the screen locks or the computer sleeps, and clear CoachDesk's copies
        from the clipboard in time: from the first unlock on (neither is needed to draw
        the window)."""
        if self.system_lock is None:
            from ui.clipboard import ClipboardGuard
            from ui.system_lock import SystemLockWatcher

            self.system_lock = SystemLockWatcher(QApplication.instance(), self)
            self.system_lock.lock_now.connect(lambda _why: self.lock_when_idle())
            self.clipboard_guard = ClipboardGuard(self)
        if self.vault is not None:
            self.clipboard_guard.set_seconds(
                int(settings.get(self.vault, "clipboard_clear_seconds") or 0))

    def lock_when_idle(self) -> None:
        """Nobody has touched CoachDesk for the set minutes: lock without asking."""
        self.lock(ask_first=False)

    def show_unlock(self) -> None:
        self._set_vault_actions(False)
        self.unlock_page.ask_for(self.unlock_page.usual_mode(), "")
        self.screens.setCurrentWidget(self.unlock_page)

    def _set_vault_actions(self, enabled: bool) -> None:
        # While locked the menus themselves are greyed: nothing in them can work.
        for menu_action in self.menuBar().actions():
            if menu_action.menu() is not None and menu_action.text() not in ("&File", "&Help"):
                menu_action.setEnabled(enabled)
        self.lock_action.setEnabled(enabled)
        self._enable_page_actions()
        self._set_one_client_actions(enabled and self._shown_client() is not None)
        for action in (*self.go_actions, *self.client_actions, self.new_action,
                       self.edit_action):
            action.setEnabled(enabled)
        if "Clients" in self._page_widgets:
            self._clients_page.update_actions()
        else:  # nothing chosen yet to edit or archive
            self.edit_client_action.setEnabled(False)
            self.archive_action.setEnabled(False)

    # -- window ---------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def _may_drop_unsaved_work(self, doing: str) -> bool:
        if not any(getattr(p, "unsaved_work", lambda: False)() for p in self._built_pages()):
            return True
        return ask.confirm(self, f"{doing} CoachDesk",
                           "A form has changes that are not saved. "
                           f"{doing} anyway and discard them?",
                           yes=f"{doing} and discard", no="Keep editing")

    def closeEvent(self, event) -> None:
        if not self._may_drop_unsaved_work("Quit"):
            event.ignore()
            return
        QSettings().setValue("window/geometry", self.saveGeometry())
        forget_clipboard()
        if self.vault is not None:
            vault, self.vault = self.vault, None
            self.today_page.clear()
            for page in self._built_pages():
                page.clear()
            vault.close()
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Called when a second CoachDesk start asks this one to show itself."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()
