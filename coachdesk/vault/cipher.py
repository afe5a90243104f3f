"""The SQLCipher file under a key: the raw key, the file's salt and page size, and a
connection whose key is proven by a read.

The lowest layer of ``coachdesk.vault``: it imports nothing of the vault's own but its
errors, so the modules above it (``health``, ``backups``, ``vault``, ``restoring``) can
all use it without importing each other in a circle.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from coachdesk.vault.errors import NotAVault, WrongKey

SALT_BYTES = 16
PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.dbapi2.DatabaseError


@dataclass(frozen=True, repr=False)
class RawKey:
    """32 key bytes, optionally with the file's salt (only needed to create)."""

    key: bytes
    salt: bytes | None = None

    def pragma_value(self) -> str:
        material = self.key + (self.salt or b"")
        return f"\"x'{material.hex()}'\""

    def __repr__(self) -> str:
        return "RawKey(<hidden>)"


def file_salt(path: Path) -> bytes:
    """The salt SQLCipher keeps in the first 16 bytes of a vault (or backup) file."""
    with Path(path).open("rb") as f:
        return f.read(SALT_BYTES)


def keyed(path: Path, key: RawKey, mode: str) -> sqlcipher3.Connection:
    """A connection in ``mode`` (ro, rw, rwc) whose key is proven by a read."""
    uri = path.resolve().as_uri() + f"?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise NotAVault(path, "cannot be opened") from exc
    try:
        conn.execute(f"PRAGMA key = {key.pragma_value()}")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        conn.close()
        raise WrongKey() from None
    except BaseException:
        conn.close()
        raise
    return conn
