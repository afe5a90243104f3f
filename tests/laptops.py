"""A laptop that died: its practice survives only in a backup folder and a recovery code.

``old_laptop`` builds a practice in a folder of its own (a keyring or a passphrase vault),
keeps a backup a day in a backup folder (as on a synced drive), then takes the laptop
away: its vault folder is deleted and the keyring forgets its key, so what is left is
what a coach carries to a new computer.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from coachdesk import clients, settings
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups
from keyrings import MemoryKeyring

START = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)
PASSPHRASE = "river stone quiet lamp"


@dataclass(frozen=True)
class OldLaptop:
    folder: Path  # the backup folder, newest backup made on the last day
    code: str  # the recovery code on paper
    vault_id: str
    names: tuple[str, ...]  # every client in the newest backup
    made: tuple[backups.Backup, ...]  # oldest first


def old_laptop(tmp_path: Path, *, passphrase: str | None = None, days: int = 3,
               coach: str = "Sam Rivera") -> OldLaptop:
    """A practice with one more client each day and a backup each day, then lost."""
    plan = (vaults.plan_passphrase_vault(passphrase) if passphrase
            else vaults.plan_keyring_vault())
    home = VaultLocation(tmp_path / "old-laptop")
    vault = vaults.create(home, plan)
    folder = tmp_path / "Dropbox" / "CoachDesk backups"
    settings.put(vault, "coach_name", coach)
    backups.remember_folder(vault, str(folder))
    names, made = [], []
    for day in range(days):
        name = f"Client of day {day + 1}"
        clients.add(vault, clients.ClientDraft(name))
        names.append(name)
        made.append(backups.make(vault, folder, now=START + timedelta(days=day)))
    vault.close()
    shutil.rmtree(home.folder)  # the laptop died
    MemoryKeyring.forget_everything()  # the new computer's keyring knows nothing
    return OldLaptop(folder, plan.recovery_code, plan.vault_id, tuple(names), tuple(made))


def client_names(vault) -> list[str]:
    ids = clients.list_ids(vault, include_archived=True)
    return sorted(c.name for c in clients.get_many(vault, ids).values())
