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


def practice_with_backup(vault, folder: Path):
    """The ethics case, as the Today page lists it (a session tomorrow, an agreement still
    waiting for signatures), with a remembered, verified backup. Returns the case."""
    from datetime import datetime, timedelta

    from coachdesk import sessions
    from tests.cases import ethics_case

    case = ethics_case(vault, activate=False)
    tomorrow = (datetime.now() + timedelta(days=1)).replace(hour=10, minute=0)
    sessions.add(vault, sessions.SessionDraft(case.engagement.id,
                                              tomorrow.isoformat(timespec="minutes"), 60))
    backups.remember_folder(vault, str(folder))
    backups.make(vault, folder)
    return case


def roots(vault) -> dict[str, int]:
    """The first page of each table and index, by name."""
    return {name: page for name, page in vault.read(
        "SELECT name, rootpage FROM sqlite_master WHERE rootpage > 0")}


def schema_page(path: Path, key, roots: dict[str, int]) -> int:
    """A page of the schema (the list of what the vault holds) other than the first:
    the first page, past the tables' and indexes' own, whose damage stops the schema
    being read (SQLite's count of it reads the schema's pages and no others)."""
    from coachdesk.vault.errors import WrongKey
    from coachdesk.vault.vault import PAGE_SIZE, _keyed

    pristine = path.read_bytes()
    trial = path.with_name("schema-trial")
    try:
        for page in range(2, len(pristine) // PAGE_SIZE + 1):
            if page in roots.values():
                continue
            trial.write_bytes(pristine)
            flip(trial, page_offset(page))
            try:
                _keyed(trial, key, "ro").close()
            except WrongKey:
                return page
    finally:
        trial.unlink(missing_ok=True)
    raise AssertionError("no schema page past the first")


def named(page: int) -> str:
    """How the page check names damage at ``page`` alone."""
    return "its first page" if page == 1 else f"page {page:,} of its"


def page_offset(page: int) -> int:
    """A byte in the middle of vault page ``page`` (counted from 1)."""
    return (page - 1) * 4096 + 2000
