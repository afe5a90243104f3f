"""Where CoachDesk keeps its files.

The data folder is the platform's per-user app-data folder, or the folder named
by ``COACHDESK_HOME`` (tests, portable installs). The demo practice lives in its
own folder inside it so it can never be mistaken for the real vault.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "CoachDesk"
VAULT_FILE = "vault.coachdesk"
INFO_FILE = "vault.json"


def data_home() -> Path:
    """The folder that holds the vault (``COACHDESK_HOME`` wins)."""
    override = os.environ.get("COACHDESK_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


@dataclass(frozen=True)
class VaultLocation:
    """The files of one vault: the encrypted database and its plaintext info file."""

    folder: Path

    @property
    def vault_file(self) -> Path:
        return self.folder / VAULT_FILE

    @property
    def info_file(self) -> Path:
        return self.folder / INFO_FILE

    @property
    def lock_file(self) -> Path:
        return self.folder / "coachdesk.lock"

    def exists(self) -> bool:
        """True when a vault file is here (whether or not its info file is)."""
        return self.vault_file.exists()

    @classmethod
    def default(cls, demo: bool = False) -> VaultLocation:
        home = data_home()
        return cls(home / "demo" if demo else home)
