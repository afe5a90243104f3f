"""Vault upkeep, without Qt: backups due, backing up and pruning, the page check after
unlocking, restoring the newest backup that checks out (and falling back to the vault as
it was when none does), and changing the key or the passphrase.

Everything here takes a ``Vault`` (or a ``VaultLocation``), never a key: the screens ask,
show progress and report, and no key material ever reaches them. Work that needs the
vault closed (a key change, a restore over a damaged vault, the check of every page after
a failed read) starts from ``hold(vault)``: taken just before the window locks, a
``Held`` keeps where the vault is and the key it was open with (hidden from ``repr``,
never handed out), so the work can reopen the vault on the worker thread afterwards.

Every function here may be slow (whole-vault work): the UI runs them through its serial
worker (``ui.ops``), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk import settings
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, health, keystore
from coachdesk.vault.cipher import RawKey
from coachdesk.vault.errors import KeyNeeded, VaultLocked
from coachdesk.vault.vault import DEMO_KEY, Vault, VaultInfo, open_with_key
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import rekey

# ``rekey`` and ``restoring`` are imported where they are used: the unlock screen imports
# this module at start, and neither is needed to draw the first window.

Progress = Callable[[int, int], None]  # (steps done, steps in all)


# -- backups -----------------------------------------------------------------------------
def backup_folder(vault: Vault) -> Path | None:
    """The backup folder the coach chose in Settings, or None."""
    chosen = settings.get(vault, "backup_folder")
    return Path(chosen) if chosen else None


def backups_due(vault: Vault, now: datetime | None = None) -> Path | None:
    """The folder to back up into now, at the first unlock of the day: daily backups on,
    a folder chosen and connected, and no backup in it made today. None otherwise."""
    if settings.get(vault, "backup_daily") != "1":
        return None
    folder = backup_folder(vault)
    if folder is None or not folder.is_dir() or not backups.due(folder, now):
        return None
    return folder


def back_up(vault: Vault, folder: Path | None = None,
            progress: Progress | None = None) -> backups.Backup:
    """Make a backup, verify it, then prune the folder as rotation says. ``progress`` hears
    (pages copied, pages in all) while the copy is made, then the checks."""
    folder = folder if folder is not None else backup_folder(vault)
    if folder is None:
        raise backups.BackupFailed(Words("Backups", QT_TRANSLATE_NOOP(
            "Backups", "no backup folder is chosen (Settings → Backups)")))
    made = backups.make(vault, folder, progress=progress)
    backups.rotate(vault, folder)
    return made


@dataclass(frozen=True)
class BackupsAtKeyChange:
    """What a key change would mean for the backup folder, for the question asked first."""

    folder: Path | None  # the backup folder, if one is chosen
    count: int  # CoachDesk's backups in it now
    folder_missing: bool  # chosen, but not there now (a drive not connected)


def backups_at_key_change(vault: Vault) -> BackupsAtKeyChange:
    folder = backup_folder(vault)
    if folder is None:
        return BackupsAtKeyChange(None, 0, False)
    if not folder.is_dir():
        return BackupsAtKeyChange(folder, 0, True)
    return BackupsAtKeyChange(folder, len(backups.in_folder(folder)), False)


def backups_in(vault: Vault) -> int:
    """How many of CoachDesk's backups the chosen folder holds (0 without one)."""
    folder = backup_folder(vault)
    return len(backups.in_folder(folder)) if folder is not None else 0


# -- the check after unlocking -----------------------------------------------------------
def check_health(vault: Vault) -> Words | None:
    """Every page of the open vault checked through a connection of its own (the coach
    works on meanwhile); what is damaged, in words, or None."""
    return health.check_open(vault)


# -- work with the vault closed ----------------------------------------------------------
@dataclass(frozen=True)
class RestoredNewest:
    """What restoring the newest good backup over the vault did. When no backup checked
    out, ``backup`` is None, ``refusal`` says why, and ``vault`` is the vault as it was,
    opened again (a restore never leaves the coach with nothing)."""

    vault: Vault
    backup: backups.Backup | None
    kept: str  # the damaged vault's name beside the restored one ("" when none)
    refusal: Words | None = None

    @property
    def restored(self) -> bool:
        return self.backup is not None


@dataclass(frozen=True, repr=False)
class Held:
    """An open vault's place and key, taken just before the window locks it for work that
    needs it closed. The key stays inside (never in ``repr``, never handed out)."""

    location: VaultLocation
    key_mode: str
    backup_folder: Path | None
    _key: RawKey = field(repr=False)

    def __repr__(self) -> str:
        return f"Held({self.location.folder.name}, <key hidden>)"

    def reopen(self) -> Vault:
        """The vault, opened again with the key it was open with."""
        return open_with_key(self.location, RawKey(self._key.key))

    def examine(self) -> Words | None:
        """After a read of the vault failed: every page's check, then SQLite's own check
        that the records fit together; what is damaged, or None (read-only)."""
        return health.examine(self.location.vault_file, self._key)

    def restore_newest(self) -> RestoredNewest:
        """The newest backup that checks out replaces the (damaged) vault, which is kept
        beside it; when none does, the vault is opened again as it was."""
        if self.backup_folder is None:
            return RestoredNewest(self.reopen(), None, "", Words("Backups", QT_TRANSLATE_NOOP(
                "Backups", "no backup folder is known for this vault")))
        try:
            return restore_newest_over(self.location, self._key, self.backup_folder)
        except backups.BackupFailed as exc:
            return RestoredNewest(self.reopen(), None, "", exc.words)

    def rotate_key(self, backup_folder: Path | None = None,
                   progress: Progress | None = None) -> rekey.Rotated:
        """A new random key (keyring vaults); with ``backup_folder``, its backups too."""
        from coachdesk.vault import rekey

        return rekey.rotate(self.reopen(), backup_folder=backup_folder, progress=progress)

    def change_passphrase(self, current: str, new: str, backup_folder: Path | None = None,
                          progress: Progress | None = None) -> rekey.Rotated:
        """A new passphrase (passphrase vaults); with ``backup_folder``, its backups too."""
        from coachdesk.vault import rekey

        return rekey.change_passphrase(self.reopen(), current, new,
                                       backup_folder=backup_folder, progress=progress)


def hold(vault: Vault) -> Held:
    """Take what whole-vault work needs before the window locks ``vault``."""
    if not vault.is_open:
        raise VaultLocked()
    return Held(vault.location, vault.info.key_mode, backup_folder(vault), vault.open_key)


# -- the damaged vault, from the unlock screen ------------------------------------------
class KeyNotKept(KeyNeeded):
    """This computer keeps no key for the vault (or its keyring cannot be reached): the
    recovery code is needed. ``reason`` is the keyring's own words, when it said why."""

    def __init__(self, reason: Words | None = None) -> None:
        said = Words("Vault", QT_TRANSLATE_NOOP(
            "Vault", "This computer's keyring does not hold your vault's key: type your "
            "recovery code."))
        super().__init__(Words("Vault", "%1 %2", (reason, said))  # two sentences, in order
                         if reason is not None else said, "recovery")
        self.reason = reason


def _kept_key(location: VaultLocation, info: VaultInfo) -> RawKey:
    """The key this computer keeps for the vault (the demo's is no secret)."""
    if info.key_mode == "demo" and location.is_demo_folder():
        return RawKey(DEMO_KEY)
    try:
        key = keystore.load_key(info.vault_id, info.keyring_backend)
    except keystore.KeyringUnavailable as exc:
        raise KeyNotKept(exc.words) from None
    if key is None:
        raise KeyNotKept()
    return RawKey(key)


def _folder_of(info: VaultInfo | None) -> Path | None:
    return Path(info.backup_folder) if info is not None and info.backup_folder else None


def restore_newest_over(location: VaultLocation, key: RawKey | str,
                        folder: Path) -> RestoredNewest:
    """The newest backup in ``folder`` that verifies with ``key`` (or the recovery code)
    replaces the vault at ``location`` (closed), which is kept beside it as damaged.
    BackupFailed when none checks out; nothing is changed then."""
    from coachdesk.vault import restoring

    vault, backup = restoring.restore_newest(location, folder, key)
    kept = [p.name for p in backups.kept_copies(location)
            if ".damaged-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    return RestoredNewest(vault, backup, max(kept, default=""))  # newest: its name holds the time


def restore_newest_at(location: VaultLocation, code: str | None = None) -> RestoredNewest:
    """A vault that will not open: the newest backup in the folder its info file names,
    with the recovery ``code``, or else the key this computer keeps (``KeyNotKept`` when
    it keeps none). BackupFailed when no backup checks out; nothing is changed then."""
    info = VaultInfo.read(location)
    folder = _folder_of(info)
    if folder is None:
        raise backups.BackupFailed(Words("Backups", QT_TRANSLATE_NOOP(
            "Backups", "no backup folder is known for this vault")))
    if code is not None:
        return restore_newest_over(location, code, folder)
    if info is None:
        raise KeyNotKept()
    return restore_newest_over(location, _kept_key(location, info), folder)


def open_without_damaged_changes(location: VaultLocation) -> Vault:
    """The coach's choice for a damaged log: a copy of it is kept, and the vault opens with
    what checks out, with the key this computer keeps (``KeyNeeded`` when it keeps none)."""
    info = VaultInfo.read(location)
    if info is None:
        raise KeyNotKept()
    try:
        key = _kept_key(location, info)
    except KeyNotKept:
        raise KeyNeeded(Words("Vault", QT_TRANSLATE_NOOP(
            "Vault", "Enter your recovery code to open your vault without the damaged "
            "changes.")), "recovery") from None
    return open_with_key(location, key, accept_damaged_journal=True)
