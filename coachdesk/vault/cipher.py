"""The SQLCipher file under a key: the raw key, the file's salt and page size, the pages'
format, and a connection whose key is proven by a read.

Two page formats, both SQLCipher 4 (AES-256-CBC, a random IV and an HMAC on every
page, the raw 256-bit key): vaults and backups made by earlier versions authenticate
each page with HMAC-SHA512 (SQLCipher 4's default); new ones with HMAC-SHA256, which
CPUs with SHA extensions compute in hardware: a written page costs about a fifth less
(a note's save writes about fourteen). The page key derivation (PBKDF2-HMAC-SHA512 over
the raw key, as SQLCipher 4 does) is the same in both. Both open: a file's format is found by
the read that proves the key (page 1's HMAC checks out under exactly one of them), so
a wrong key still fails under both and is still told as a wrong key.

The lowest layer of ``coachdesk.vault``: it imports nothing of the vault's own but its
errors, so the modules above it (``health``, ``backups``, ``vault``, ``restoring``) can
all use it without importing each other in a circle.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3
from msgspec import Struct

from coachdesk.vault.errors import NotAVault, WrongKey
from coachdesk.words import QT_TRANSLATE_NOOP, Words

SALT_BYTES = 16
PAGE_SIZE = 4096
SQLITE_HEADER = b"SQLite format 3\x00"

DatabaseError = sqlcipher3.dbapi2.DatabaseError

# Page HMACs, newest first: new files get the first; every one here keeps opening.
HMAC_SHA256, HMAC_SHA512 = "HMAC_SHA256", "HMAC_SHA512"
FORMATS = (HMAC_SHA256, HMAC_SHA512)
NEW_FORMAT = FORMATS[0]
# The format each file last opened in (by path), tried first next time: an older
# vault then pays no failed attempt on every connection. Only ever a hint.
_seen: dict[str, str] = {}


class RawKey(Struct, frozen=True):
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


def set_format(conn: sqlcipher3.Connection, key: RawKey, page_hmac: str) -> None:
    """Key ``conn`` for pages in ``page_hmac``'s format (before anything is read)."""
    if page_hmac not in FORMATS:
        raise ValueError(page_hmac)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    conn.execute("PRAGMA cipher_compatibility = 4")
    conn.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
    conn.execute("PRAGMA cipher_log_level = NONE")


def set_attached_format(conn: sqlcipher3.Connection, schema: str, page_hmac: str) -> None:
    """The same for a file just attached with ``KEY`` (it starts with SQLCipher 4's
    defaults: HMAC-SHA512), before anything is read from or written to it."""
    if page_hmac not in FORMATS or not schema.isidentifier():
        raise ValueError(page_hmac)
    conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {page_hmac}")


def _order(path: Path) -> list[str]:
    hint = _seen.get(str(path))
    return [hint, *(f for f in FORMATS if f != hint)] if hint in FORMATS else list(FORMATS)


def _is_empty(path: Path) -> bool:
    try:
        return path.stat().st_size == 0
    except FileNotFoundError:
        return True


def _attempt(path: Path, key: RawKey, mode: str, page_hmac: str) -> sqlcipher3.Connection:
    """One connection in one format, its key proven by a read; WrongKey when it fails."""
    uri = path.as_uri() + f"?mode={mode}"
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.OperationalError as exc:
        raise NotAVault(path, Words("Vault", QT_TRANSLATE_NOOP("Vault", "cannot be opened"))) \
            from exc
    try:
        set_format(conn, key, page_hmac)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError:
        conn.close()
        raise WrongKey() from None
    except BaseException:
        conn.close()
        raise
    return conn


def keyed(path: Path, key: RawKey, mode: str) -> sqlcipher3.Connection:
    """A connection in ``mode`` (ro, rw, rwc) whose key is proven by a read, in the file's
    own page format (a new, empty file gets ``NEW_FORMAT``).

    WrongKey when the key opens it in no format. A writing mode is opened only in the
    format a read-only connection just found: a failed attempt never closes a
    read-write connection (which could fold a log into the file)."""
    path = path.resolve()
    if mode == "rwc" and _is_empty(path):
        return _attempt(path, key, mode, NEW_FORMAT)
    for page_hmac in _order(path):
        try:
            conn = _attempt(path, key, "ro", page_hmac)
        except WrongKey:
            continue
        _seen[str(path)] = page_hmac
        if mode == "ro":
            return conn
        conn.close()
        return _attempt(path, key, mode, page_hmac)
    raise WrongKey()
