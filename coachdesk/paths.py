"""Where CoachDesk keeps its files.

The data folder is the platform's per-user app-data folder, or the folder named
by ``COACHDESK_HOME`` (tests, portable installs). The demo practice lives in its
own folder inside it so it can never be mistaken for the real vault.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from msgspec import Struct

from coachdesk import files

APP_NAME = "CoachDesk"
VAULT_FILE = "vault.coachdesk"
INFO_FILE = "vault.json"


def data_home() -> Path:
    """The folder that holds the vault (``COACHDESK_HOME`` wins)."""
    override = os.environ.get("COACHDESK_HOME")
    if override:
        return Path(override).expanduser()
    # Not roaming: on Windows a roaming profile would copy the vault to servers.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


class VaultLocation(Struct, frozen=True):
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
        """True when a vault lives here: its file, or its info file (its drive may be away)."""
        return self.vault_file.exists() or self.info_file.exists()

    def ensure_folder(self) -> None:
        """Make the folder, readable by the coach's account only; refuse one that is not
        the coach's alone (:class:`~coachdesk.files.UnsafeFolder`).

        A folder of the coach's that others may only read is closed to them; one that
        others may write to is refused, not mended: they may have put files in it
        already, and the coach should know before a vault lives there.
        """
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.check_folder()
        if os.name == "posix" and self.folder.stat().st_mode & 0o077:
            self.folder.chmod(0o700)

    def check_folder(self) -> None:
        """Refuse to open a vault in a folder another account owns or may write to."""
        files.check_private_folder(self.folder)

    def is_demo_folder(self) -> bool:
        """True for the demo practice's own folder: the only one its public key opens."""
        return self.folder.resolve() == VaultLocation.default(demo=True).folder.resolve()

    @classmethod
    def default(cls, demo: bool = False) -> VaultLocation:
        home = data_home()
        return cls(home / "demo" if demo else home)
