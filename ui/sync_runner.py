"""When sync runs (docs/sync.md, *When sync runs*): the main window owns one ``SyncRunner``.

An exchange (coachdesk.sync.status.run_round) runs on the serial worker (ui.ops, with the
window: the results of an exchange over a vault locked meanwhile are dropped):

- at unlock, once the first screen is drawn;
- a few seconds after the last change notice (ui.changes): the coach's edits go out in
  one bundle, not one per keystroke;
- every minute, and soon after new files appear in the practice's folder (a
  QFileSystemWatcher on the practice's folder and the other computers' folders, read
  again after each exchange as computers' folders appear);
- on demand: File → Sync now, and the status line's button.

One exchange at a time; asked while one runs, exactly one more follows. The exchange's
own writes (bundles applied) arrive as change notices while it runs: they start no
other exchange (only changes still unsent when it ends do), so sync never loops. A vault
that does not sync costs one read at unlock (no timer, no watcher); one that starts
syncing later (Settings, the wizard) is noticed by its settings' change notice. Locking
stops everything. A failure never opens a dialog (it would come back every minute): the
status line (ui.sync_status) says it.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from coachdesk.changes import Change
from ui import ops
from ui.sync_status import SyncStatus

if TYPE_CHECKING:
    from coachdesk.vault import Vault
    from ui.main_window import MainWindow

AFTER_CHANGE_MS = 4_000  # quiet time after the last change before it is sent
EVERY_MS = 60_000  # an exchange each minute (the other computer's changes come in)
FOLDER_SETTLED_MS = 2_000  # new files in the folder: wait for the sync tool to finish


class SyncRunner(QObject):
    """Runs the practice's exchanges for the window's open vault (see the module)."""

    exchanged = Signal(object)  # a coachdesk.sync.status.Round, after each exchange

    def __init__(self, window: MainWindow, *, after_change_ms: int = AFTER_CHANGE_MS,
                 every_ms: int = EVERY_MS, folder_settled_ms: int = FOLDER_SETTLED_MS) -> None:
        super().__init__(window)
        self.window = window
        self.status = SyncStatus()
        self.status.hide()
        self.status.sync_now.connect(self.sync_now)
        self.status.resolve_requested.connect(self._resolve)
        window.statusBar().addPermanentWidget(self.status)
        self.vault: Any = None  # the vault it syncs (None: stopped)
        self._checked: Any = None  # the vault last asked whether it syncs
        self.running = False
        self._again = False
        self._heard = False  # a change notice came while an exchange ran
        self.after_change = self._single_shot(after_change_ms)
        self.folder_settled = self._single_shot(folder_settled_ms)
        self.every = QTimer(self)
        self.every.setInterval(every_ms)
        self.every.timeout.connect(self.sync_now)
        self.watcher: QFileSystemWatcher | None = None
        window.changes.changed.connect(self._records_changed)
        window.locked.connect(self.stop)

    def _single_shot(self, ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(ms)
        timer.timeout.connect(self.sync_now)
        return timer

    def set_timing(self, *, after_change_ms: int | None = None, every_ms: int | None = None,
                   folder_settled_ms: int | None = None) -> None:
        """Shorter waits (a test runs two computers in seconds)."""
        for timer, ms in ((self.after_change, after_change_ms), (self.every, every_ms),
                          (self.folder_settled, folder_settled_ms)):
            if ms is not None:
                timer.setInterval(ms)

    # -- starting and stopping -------------------------------------------------------
    def opened(self, vault: Vault) -> None:
        """The window opened ``vault`` and drew its first screen: sync if it syncs."""
        if not self._open(vault) or self.vault is vault:
            return
        from coachdesk.sync import status

        self._checked = vault
        if not status.syncs(vault):
            return
        self.vault = vault
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(lambda _path: self.folder_settled.start())
        self.every.start()
        self.status.show()
        self.window.menu_actions.sync_now.setVisible(True)
        self.sync_now()

    def _open(self, vault: Vault) -> bool:
        """Whether ``vault`` is still the window's open vault."""
        return self.window.vault is vault

    def stop(self) -> None:
        """At lock (and when the window's vault is gone): no timer, no watcher, nothing of
        the practice on screen."""
        self.vault = self._checked = None
        self.running = self._again = self._heard = False
        for timer in (self.after_change, self.folder_settled, self.every):
            timer.stop()
        if self.watcher is not None:
            self.watcher.deleteLater()
            self.watcher = None
        self.status.clear()
        self.status.hide()
        self.window.menu_actions.sync_now.setVisible(False)

    # -- what starts an exchange -----------------------------------------------------
    def _records_changed(self, kinds: Change) -> None:
        if self.vault is None:
            # Settings or the wizard may have started syncing the open vault.
            # Once the code that wrote is done (practice.start still writes its first
            # bundle after the commit this notice tells of).
            checked: Vault | None = self._checked
            if Change.SETTINGS in kinds and checked is not None and self._open(checked):
                self._checked = None
                QTimer.singleShot(0, self, partial(self.opened, checked))
            return
        if not kinds & Change.records():
            return  # the clock moving on
        if kinds & Change.NOTES and not self.status.resolve.isHidden():
            self._count_to_resolve()  # a note resolved: the link says so at once
        if self.running:
            self._heard = True  # the exchange's own writes, most likely: see _done
            return
        self.after_change.start()  # (again): a few seconds after the last change

    def _count_to_resolve(self) -> None:
        from coachdesk.sync import conflicts

        vault = self.vault
        if vault is not None:
            ops.run(lambda: conflicts.count(vault), success=self.status.show_to_resolve)

    def sync_now(self) -> None:
        """An exchange now, or exactly one more after the one running."""
        vault = self.vault
        if vault is None:
            return
        if not self._open(vault):
            self.stop()
            return
        if self.running:
            self._again = True
            return
        self.after_change.stop()
        self.folder_settled.stop()
        self.running, self._heard = True, False
        self.status.started()
        from coachdesk.sync import status

        ops.run(lambda: status.run_round(vault), success=self._done, failure=self._failed,
                window=self.window, always=self._finished)

    def _finished(self) -> None:
        self.running = False
        self.status.finished()
        if self._again:
            self._again = False
            QTimer.singleShot(0, self, self.sync_now)  # after this round's result is shown

    def _done(self, done: Any) -> None:
        self._watch(done.folders)
        self.status.show_round(done)
        applied = bool(done.exchange and done.exchange.applied)
        # Changes made while it ran still wait: send them soon. Notices heard while it ran
        # came from its own bundles when it applied some (and then nothing is unsent).
        if done.unsent or (self._heard and not applied):
            self.after_change.start()
        self._heard = False
        self.exchanged.emit(done)

    def _resolve(self) -> None:
        """The line's "notes to resolve": the list of notes edited on two computers."""
        from ui.dialogs.sync_conflicts import open_conflicts

        open_conflicts(self.window)

    def _failed(self, exc: Exception) -> None:
        self.status.show_failure(ops.error_text(exc))

    def _watch(self, folders: tuple) -> None:
        """Watch the practice's folder and each other computer's, as they are now."""
        if self.watcher is None:
            return
        wanted = {str(path) for path in folders}
        held = set(self.watcher.directories())
        if held - wanted:
            self.watcher.removePaths(sorted(held - wanted))
        if wanted - held:
            self.watcher.addPaths(sorted(wanted - held))
