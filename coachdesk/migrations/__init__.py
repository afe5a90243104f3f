"""Schema migrations: numbered .sql files applied in order.

``PRAGMA user_version`` records the last one applied. Each file runs in its own
transaction together with the version bump, so a vault is never left half-way.
A vault whose version is newer than the newest file here was made by a newer
CoachDesk; the vault module refuses it before calling :func:`apply`.

Opening a vault that is already current reads no script: :func:`latest` counts the
files by name only, and :func:`apply` returns before the first write lock when the
vault's version has reached it (the usual start).
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")
# Beside this module in a source tree, an installed package and the PyInstaller build
# (pyinstaller.spec puts them there); a plain folder listing costs no importlib.resources.
_FOLDER = Path(__file__).resolve().parent


@cache
def scripts() -> tuple[tuple[int, str], ...]:
    """(version, sql) for every migration shipped, in order."""
    found = []
    for entry in _FOLDER.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.read_text(encoding="utf-8")))
    found.sort()
    versions = [v for v, _ in found]
    if versions != list(range(1, len(versions) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {versions}")
    return tuple(found)


@cache
def latest() -> int:
    """The newest migration's number, from the files' names alone (nothing is read)."""
    return max((int(match.group(1)) for entry in _FOLDER.iterdir()
                if (match := _NAME.match(entry.name))), default=0)


def apply(conn: sqlcipher3.Connection, up_to: int | None = None) -> int:
    """Bring ``conn``'s schema up to date (or to version ``up_to``: tests of a migration
    start from the one before); returns how many migrations ran."""
    target = latest() if up_to is None else min(up_to, latest())
    # A current vault (every start but the first after an update) takes no write lock
    # and reads no script. Read outside the lock, the version can only have grown since.
    if conn.execute("PRAGMA user_version").fetchone()[0] >= target:
        return 0
    ran = 0
    for version, sql in scripts():
        if up_to is not None and version > up_to:
            break
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Read inside the write lock: another connection cannot move it meanwhile.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= version:
                conn.execute("COMMIT")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:  # SQLite may already have rolled back (disk full)
                conn.execute("ROLLBACK")
            raise
        ran += 1
    return ran


def _statements(sql: str) -> list[str]:
    """Split a script into statements (triggers keep their inner semicolons)."""
    import sqlcipher3

    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if not buffer and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise RuntimeError("a migration ends in an incomplete statement")
    return statements
