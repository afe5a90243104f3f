"""The calm warning shown while the vault itself lives in a folder a sync service keeps
in step (issue 17): the service copies the live vault file while CoachDesk writes it, and
damages it or splits it into conflicted copies. Today shows it above its lists, like the
backup warning, with how to move the vault and the way to Settings (scrolled to its sync
section), where the safe way is offered ("Use this practice on another computer"); the
first-run wizard says it beside the folder a new vault goes to. A module of its own:
Today's first paint imports nothing more.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk.sync import folders
from ui.empty_state import go_to


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def vault_warning(vault: Any, *, in_settings: bool = False) -> str:
    """Why the vault's own folder must not be synced, when a sync service keeps it in
    step, and how to move it (README, "Where the vault lives": the folder moved, and
    CoachDesk started with ``--home`` and its new place); empty when it is an ordinary
    folder. Settings' words point below, not to Settings the coach is already in."""
    service = folders.sync_service_of(vault.location.folder)
    if service is None:
        return ""
    if in_settings:
        words = tr("Your vault's folder %1 is kept in step by %2. A sync service copying "
                   "the live vault file damages it or splits it into conflicted copies. To "
                   "move the vault: quit CoachDesk, move this folder to one no service "
                   "syncs, and start CoachDesk with --home and the folder's new place. For "
                   "a second computer, the sync folder below is the safe way.")
    else:
        words = tr("Your vault's folder %1 is kept in step by %2. A sync service copying "
                   "the live vault file damages it or splits it into conflicted copies. To "
                   "move the vault: quit CoachDesk, move this folder to one no service "
                   "syncs, and start CoachDesk with --home and the folder's new place. For "
                   "a second computer, use Settings → Use this practice on another "
                   "computer instead.")
    return words.replace("%1", str(vault.location.folder)).replace("%2", service)


def new_vault_warning(folder: Path) -> str:
    """The first-run wizard's calm word when the new vault's folder is synced (a warning,
    not a refusal: the coach may know better, and may still move it later)."""
    service = folders.sync_service_of(folder)
    if service is None:
        return ""
    return tr("%1 keeps this folder in step, and a sync service copying the live vault "
              "file damages it. Better: cancel, and start CoachDesk with --home and a "
              "folder no service syncs.").replace("%1", service)


class VaultInSyncFolder(QFrame):
    """Today's warning (see the module). Looked for once per opened vault (a few folders
    looked at, no file read but a sync service's own small settings): Today refreshes
    every minute, and the vault's folder does not move while it is open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupWarning")  # the same calm tone as the backup warning
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.words = QLabel()
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.words.setWordWrap(True)
        self.button = QPushButton(tr("Open Settings"))
        self.button.clicked.connect(self.open_settings)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._looked_for: Any = None  # the vault the words are for
        self.hide()

    def open_settings(self) -> None:
        """Settings, scrolled to the section that says it again and offers the safe way
        (the tryout landed at the top of a long page, the warning out of sight)."""
        go_to(self, "Settings")
        sync = getattr(getattr(self.window(), "settings_page", None), "sync", None)
        if sync is not None:
            sync.bring_into_view()

    def show_state(self, vault: Any) -> None:
        if vault is not self._looked_for:
            self._looked_for = vault
            self.words.setText(vault_warning(vault))
        self.setVisible(bool(self.words.text()))

    def clear(self) -> None:
        self._looked_for = None
        self.words.setText("")
        self.hide()
