"""The calm warning shown while the vault itself lives in a folder a sync service keeps
in step (issue 17): the service copies the live vault file while CoachDesk writes it, and
damages it or splits it into conflicted copies. Today shows it above its lists, like the
backup warning, with the way to Settings, where the safe way is offered ("Use this practice
on another computer"). A module of its own: Today's first paint imports nothing more.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from coachdesk.sync import folders
from ui.empty_state import go_to


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def vault_warning(vault: Any) -> str:
    """Why the vault's own folder must not be synced, when a sync service keeps it in
    step; empty when it is an ordinary folder."""
    service = folders.sync_service_of(vault.location.folder)
    if service is None:
        return ""
    return tr("Your vault's folder %1 is kept in step by %2. A sync service copying the "
              "live vault file damages it or splits it into conflicted copies: keep the "
              "vault in a folder no service syncs, and use Settings → Use this practice on "
              "another computer instead.").replace(
        "%1", str(vault.location.folder)).replace("%2", service)


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
        self.button.clicked.connect(lambda: go_to(self, "Settings"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.addWidget(self.words, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._looked_for: Any = None  # the vault the words are for
        self.hide()

    def show_state(self, vault: Any) -> None:
        if vault is not self._looked_for:
            self._looked_for = vault
            self.words.setText(vault_warning(vault))
        self.setVisible(bool(self.words.text()))

    def clear(self) -> None:
        self._looked_for = None
        self.words.setText("")
        self.hide()
