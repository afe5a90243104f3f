"""What a new practice has done so far, and whether its backups are current (no Qt).

Today shows a short getting-started checklist on a new vault (client → sponsor →
engagement → agreement → session → report) and a warning while backups are not being
made. Both are read from the vault's real records and the backup folder's real files,
never from a flag the coach could forget to set: a step is done when the vault holds
such a record (archived ones count: the coach has done it once).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from msgspec import Struct

from coachdesk import settings
from coachdesk.vault import backups

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# The steps in the order a coach takes them; each is done once its table holds a row.
STEPS = ("client", "sponsor", "engagement", "agreement", "session", "report")
_TABLES = {"client": "clients", "sponsor": "sponsors", "engagement": "engagements",
           "agreement": "agreements", "session": "sessions", "report": "reports"}

# A backup older than this is stale: Today says so until a new one is made.
BACKUP_STALE_AFTER = timedelta(days=7)


class Progress(Struct, frozen=True):
    """Which getting-started steps the vault's records show as done."""

    done: frozenset[str]

    @property
    def complete(self) -> bool:
        return all(step in self.done for step in STEPS)

    @property
    def next_step(self) -> str | None:
        """The first step not yet done, in the order of ``STEPS``."""
        return next((step for step in STEPS if step not in self.done), None)


def progress(vault: Vault) -> Progress:
    """The steps done, read from the records (one indexed probe per table)."""
    done = set()
    for step in STEPS:
        row = vault.read_one(f"SELECT EXISTS (SELECT 1 FROM {_TABLES[step]})")
        if row and row[0]:
            done.add(step)
    return Progress(frozenset(done))


class BackupState(Struct, frozen=True):
    """What Today says about backups. ``needs_attention`` is False when all is well."""

    folder: Path | None  # the chosen folder, or None when none is chosen
    last_backup: datetime | None  # the newest backup in it (each was verified when made)
    folder_missing: bool  # chosen, but not there now (a drive not connected)
    stale: bool  # no backup in it, or the newest is older than BACKUP_STALE_AFTER

    @property
    def needs_attention(self) -> bool:
        return self.folder is None or self.stale


def backup_state(vault: Vault, now: datetime | None = None) -> BackupState:
    """The backup folder and its newest backup (see ``folder_state``)."""
    return folder_state(backup_folder(vault), now)


def backup_folder(vault: Vault) -> Path | None:
    """The folder the coach chose for backups, or None."""
    chosen = settings.get(vault, "backup_folder")
    return Path(chosen) if chosen else None


def folder_state(folder: Path | None, now: datetime | None = None) -> BackupState:
    """What the backup folder holds. It reads only the file system, never the vault, so it
    may run off the GUI thread (a network or cloud folder can take its time to answer). A
    backup is kept only after it verified (``backups.make``), so the newest one in the
    folder is the last good one."""
    now = now or datetime.now(UTC)
    if folder is None:
        return BackupState(None, None, False, True)
    if not folder.is_dir():
        return BackupState(folder, None, True, True)
    kept = backups.in_folder(folder)
    newest = kept[0].made_at if kept else None
    return BackupState(folder, newest, False,
                       newest is None or now - newest > BACKUP_STALE_AFTER)
