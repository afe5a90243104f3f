"""Ways to hurt a vault on purpose, shared by the corruption tests (core and screens)."""

from __future__ import annotations

import shutil
from pathlib import Path

from coachdesk import clients, notes
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups

# A byte inside the second frame of a -wal file (32-byte header, 24-byte frame headers).
SECOND_WAL_FRAME = 32 + 24 + 4096 + 24 + 100


def flip(path: Path, offset: int) -> bytes:
    """Invert one byte of ``path``; returns the damaged contents."""
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    return bytes(data)


def with_backup(vault, folder: Path, notes_count: int = 300) -> None:
    """Fill ``vault`` with one client's notes and keep a remembered, verified backup."""
    client = clients.add(vault, clients.ClientDraft("Damaged"))
    for n in range(notes_count):
        notes.add(vault, client.id, f"note {n} " + "text " * 150)
    backups.remember_folder(vault, str(folder))
    backups.make(vault, folder)


def crashed_copy(vault, folder: Path, changes: int) -> tuple[VaultLocation, Path, int]:
    """A copy of ``vault`` as a crash would leave it: recent changes only in the -wal.

    Returns the copy's location, its -wal file and the client id; ``vault`` is closed.
    """
    client = clients.add(vault, clients.ClientDraft("Journal"))
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(changes):
        notes.add(vault, client.id, f"recent change {n}")
    crashed = VaultLocation(folder)
    shutil.copytree(vault.location.folder, crashed.folder,
                    ignore=shutil.ignore_patterns("*.lock", "*-shm"))
    vault.close()
    return crashed, crashed.folder / (crashed.vault_file.name + "-wal"), client.id
