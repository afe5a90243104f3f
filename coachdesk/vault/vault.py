"""Creating, opening and locking the encrypted vault.

The vault is one SQLCipher 4 file. Its key is 32 random bytes used as a raw key
(``PRAGMA key = "x'...'"``, no KDF on open), kept in the OS keyring; the
recovery code is the same key written for people. In passphrase mode (no usable
keyring) SQLCipher's own KDF turns the passphrase into the key, and the recovery
code is that derived key, so it opens the vault too.

Fail closed: ``PRAGMA key`` is the first statement on every connection and a
read of ``sqlite_master`` proves it before anything is written. A vault made by
a newer CoachDesk is refused before a single pragma could change its header.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import json
import re
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import sqlcipher3
from msgspec import Struct
from msgspec.structs import replace

from coachdesk import files, migrations, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput
from coachdesk.paths import VaultLocation
from coachdesk.timeutil import now_utc
from coachdesk.vault import keystore, recovery
from coachdesk.vault.checkpoints import Checkpointer
from coachdesk.vault.cipher import PAGE_SIZE, SALT_BYTES, SQLITE_HEADER, RawKey, file_salt
from coachdesk.vault.cipher import keyed as _keyed
from coachdesk.vault.errors import (
    DiskFull,
    KeyNeeded,
    MigrationFailed,
    NoSqlCipher,
    NotAVault,
    VaultDamaged,
    VaultExists,
    VaultLocked,
    VaultTooNew,
    WrongKey,
)
from coachdesk.words import QT_TRANSLATE_NOOP, Words

INFO_FORMAT = 1
KEY_BYTES = 32
MIN_PASSPHRASE = 10
KDF_ITERATIONS = 256_000  # SQLCipher 4 defaults, pinned by cipher_compatibility = 4
# The demo practice holds only invented people, so its key is no secret: it opens
# anywhere without a keyring, and it is never the key of a coach's own vault.
DEMO_KEY = hashlib.sha256(b"CoachDesk demo practice: invented data only").digest()

DatabaseError = sqlcipher3.dbapi2.DatabaseError
# A row as SQLite gives it, and a query's parameters (by position or by name).
Row = tuple[Any, ...]
Params = tuple[Any, ...] | dict[str, Any]


def _w(text: str, *args: str | Words) -> Words:
    """The vault's words for the coach, in the "Vault" context (as coachdesk.vault.errors)."""
    return Words("Vault", text, args)


class Passphrase(Struct, frozen=True):
    """A passphrase; turned into the raw key with SQLCipher 4's own KDF and the file's salt.

    Deriving it here (instead of ``PRAGMA key = 'passphrase'``) means no typed
    text is ever parsed by SQLCipher, and the KDF runs once per unlock.
    """

    text: str

    def raw_key(self, path: Path) -> RawKey:
        return RawKey(derive_passphrase_key(self.text, file_salt(path)))

    def __repr__(self) -> str:
        return "Passphrase(<hidden>)"


VaultKey = RawKey | Passphrase


class VaultInfo(Struct, frozen=True):
    """The plaintext info file beside the vault: no client content, ever."""

    vault_id: str
    key_mode: str  # "keyring" or "passphrase"
    format: int = INFO_FORMAT
    keyring_backend: str | None = None
    backup_folder: str | None = None  # where backups are: needed when the vault will not open
    # A new key whose recovery code the coach has not yet confirmed as written down (and,
    # for a passphrase change, a change that may be under way): a fingerprint of the new
    # key (see new_key_fingerprint). Every unlock with that key shows the code again.
    new_key_unconfirmed: str | None = None

    @staticmethod
    def read(location: VaultLocation) -> VaultInfo | None:
        try:
            data = json.loads(location.info_file.read_text(encoding="utf-8"))
            return VaultInfo(
                vault_id=str(data["vault_id"]),
                key_mode=str(data["key_mode"]),
                format=int(data.get("format", INFO_FORMAT)),
                keyring_backend=data.get("keyring_backend"),
                backup_folder=data.get("backup_folder"),
                new_key_unconfirmed=_text_or_none(data.get("new_key_unconfirmed")),
            )
        except FileNotFoundError:
            return None
        except (ValueError, KeyError, TypeError):
            return None

    def write(self, location: VaultLocation) -> None:
        """Atomically replace the info file (it holds only ids and modes), synced before
        whatever it announces (a re-encryption), never through a planted link."""
        data = {
            "vault_id": self.vault_id,
            "key_mode": self.key_mode,
            "format": self.format,
            "keyring_backend": self.keyring_backend,
            "backup_folder": self.backup_folder,
        }
        if self.new_key_unconfirmed:
            data["new_key_unconfirmed"] = self.new_key_unconfirmed
        files.write_private_atomically(location.info_file,
                                       (json.dumps(data, indent=2) + "\n").encode("utf-8"))


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def new_key_fingerprint(key: bytes) -> str:
    """Tells whether a vault opened with a new key (of a passphrase change or a key
    rotation); kept in the plain info file, so a keyed hash revealing nothing of it."""
    return hmac.new(key, b"CoachDesk: a new key, code not yet confirmed",
                    "sha256").hexdigest()[:32]


def mark_new_key(vault: Vault) -> None:
    """The vault has a new key whose recovery code the coach must still write down: until
    ``code_written_down``, every unlock with it shows the code again."""
    vault.info = replace(vault.info, new_key_unconfirmed=new_key_fingerprint(vault.open_key.key))
    with suppress(OSError):
        vault.info.write(vault.location)


def _code_to_show(vault: Vault, mark: str | None) -> Vault:
    """An unlock with a new key's mark: its code is shown again if this is that key;
    opened with another (the old passphrase: the change never happened) the mark goes."""
    if mark:
        if hmac.compare_digest(new_key_fingerprint(vault.open_key.key), mark):
            vault.new_recovery_code = recovery.encode(vault.open_key.key)
        else:
            code_written_down(vault)
    return vault


def code_written_down(vault: Vault) -> None:
    """The coach confirmed the new recovery code is written down: the mark goes (until
    then every unlock with the new key shows the code again)."""
    if vault.info.new_key_unconfirmed:
        vault.info = replace(vault.info, new_key_unconfirmed=None)
        with suppress(OSError):
            vault.info.write(vault.location)


@cache
def sqlcipher_version() -> str:
    """SQLCipher's version; refuses to run on a plain SQLite build."""
    conn = sqlcipher3.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    if not row or not row[0]:
        raise NoSqlCipher()
    return str(row[0])


def derive_passphrase_key(passphrase: str, salt: bytes) -> bytes:
    """The raw key SQLCipher 4 derives from a passphrase (PBKDF2-HMAC-SHA512); a
    passphrase without a UTF-8 form (a damaged paste) is refused as typed input."""
    secret = validation.storable("passphrase", "The passphrase", passphrase)
    return hashlib.pbkdf2_hmac("sha512", secret, salt, KDF_ITERATIONS, dklen=KEY_BYTES)


class NewVaultPlan(Struct, frozen=True):
    """Everything a new vault needs, made before any file is written.

    The wizard shows the recovery code and has it typed back before
    :func:`create` writes anything, so a cancelled wizard leaves nothing behind.
    """

    vault_id: str
    key_mode: str
    key: RawKey

    @property
    def recovery_code(self) -> str:
        return recovery.encode(self.key.key)

    def __repr__(self) -> str:
        return f"NewVaultPlan({self.vault_id}, {self.key_mode})"


def plan_keyring_vault() -> NewVaultPlan:
    import uuid  # only when a vault is made: uuid loads slowly

    return NewVaultPlan(str(uuid.uuid4()), "keyring", RawKey(secrets.token_bytes(KEY_BYTES)))


def check_new_passphrase(passphrase: str, field: str = "passphrase") -> None:
    """A passphrase CoachDesk will derive a vault key from: long enough, and plain text."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput(field, _w(QT_TRANSLATE_NOOP(
            "Vault", "The passphrase needs at least %1 characters."), str(MIN_PASSPHRASE)))
    if "\x00" in passphrase:
        raise InvalidInput(field, _w(QT_TRANSLATE_NOOP(
            "Vault", "A passphrase cannot contain control characters.")))
    if re.fullmatch(r"\s*[xX]'.*'\s*", passphrase):
        raise InvalidInput(field, _w(QT_TRANSLATE_NOOP(
            "Vault", "A passphrase cannot be written as x'…': vault tools would read it as a "
            "key. Choose another.")))


def plan_passphrase_vault(passphrase: str) -> NewVaultPlan:
    """Derive the key now (about 0.15 s) so the recovery code can be shown first."""
    check_new_passphrase(passphrase)
    salt = secrets.token_bytes(SALT_BYTES)
    key = derive_passphrase_key(passphrase, salt)
    import uuid

    return NewVaultPlan(str(uuid.uuid4()), "passphrase", RawKey(key, salt))


def _inspect(path: Path) -> None:
    """Reject files that cannot be a vault before any key touches them."""
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
            "Vault", "is missing. If it lives on a removable or network drive, connect it "
            "and try again"))) from None
    except OSError as exc:
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP("Vault", "cannot be read (%1)"),
                                 exc.strerror or "")) from None
    if size == 0:
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
            "Vault", "is empty (0 bytes), so it is not a CoachDesk vault")))
    if head == SQLITE_HEADER:
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
            "Vault", "is an ordinary unencrypted SQLite database, not a CoachDesk vault")))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
            "Vault", "is truncated or is not a CoachDesk vault (its size, %1 bytes, is not a "
            "whole number of vault pages)"), str(size)))


def _connect(path: Path, key: RawKey, *, create: bool) -> sqlcipher3.Connection:
    """A read-write connection, opened only after a read-only one proved the key.

    A wrong key then writes nothing at all: not even a leftover WAL is folded
    into the vault file, as closing a read-write connection would do.
    """
    sqlcipher_version()
    return _keyed(path, key, "rwc" if create else "rw")  # proven read-only first


def configure(conn: sqlcipher3.Connection) -> None:
    """The pragmas every vault connection gets (the bench gives plain SQLite the same)."""
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA cache_size = -65536")  # 64 MB: decrypted pages stay warm
    # No checkpoint inside a commit: the save that ran one waited tens of milliseconds.
    # An open Vault folds its log in on a thread of its own (vault.checkpoints); a
    # connection without one folds it in when it closes, as the last connection does.
    conn.execute("PRAGMA wal_autocheckpoint = 0")


@dataclass(eq=False)
class Vault:
    """An open vault: one connection, used by one thread at a time."""

    location: VaultLocation
    info: VaultInfo
    _conn: sqlcipher3.Connection | None = field(repr=False)
    _in_transaction: bool = field(default=False, repr=False)
    _guard: threading.RLock = field(default_factory=threading.RLock, repr=False)
    # The raw key, kept while open so a backup can be keyed the same way; dropped
    # with the connection at lock.
    _key: RawKey | None = field(default=None, repr=False)
    # Set when unlocking finished a key rotation that was cut off: the coach has not
    # seen this code yet, and the one written down no longer opens the vault.
    new_recovery_code: str | None = field(default=None, repr=False)
    # Set when the recovery code opened a keyring vault and its key was stored in this
    # computer's keyring again: the coach is told the next start needs no code.
    key_stored_again: bool = False
    # Hears what each committed write changed (coachdesk.changes): the open window's.
    on_change: Callable[[Change], None] | None = field(default=None, repr=False)
    # How the checkpointer opens its own connection to the file; by default keyed with
    # ``_key`` (the bench hands plain SQLite's here, so both sides do the same work).
    _connect_another: Callable[[], sqlcipher3.Connection] | None = field(default=None,
                                                                          repr=False)
    _checkpoints: Checkpointer | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        """The checkpointer that folds the log in off the writing thread (see
        vault.checkpoints); without a way to open a second connection, SQLite's own
        checkpoints inside commits, as before."""
        if self._conn is None:
            return
        connect = self._connect_another
        database = Path(self._conn.execute("PRAGMA database_list").fetchone()[2])
        if connect is None and self._key is not None:
            # Keyed with the key the vault is open with at the time of asking, never one
            # captured at opening: after a key change it must not try the old one (and
            # once locked, ``open_key`` refuses; the checkpointer tries again later).
            connect = lambda: _keyed(database, self.open_key, "rw")  # noqa: E731
        if connect is None:
            self._conn.execute("PRAGMA wal_autocheckpoint = 1000")
            return
        self._checkpoints = Checkpointer(database, connect, self._guard)

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    @property
    def opened_with_demo_key(self) -> bool:
        """True while open with the demo's public key: whoever has CoachDesk can read it,
        whatever its info file says (the demo banner is shown by this, not by that)."""
        return self._key is not None and hmac.compare_digest(self._key.key, DEMO_KEY)

    @property
    def open_key(self) -> RawKey:
        """The raw key it is open with; a locked vault has none."""
        if self._key is None:
            raise VaultLocked()
        return self._key

    @property
    def connection(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise VaultLocked()
        return self._conn

    def read(self, sql: str, params: Params = ()) -> list[Row]:
        """Rows of a query (for the record modules)."""
        with self._guard:
            rows: list[Row] = self.connection.execute(sql, params).fetchall()
            return rows

    def read_ids(self, sql: str, ids: list[int], chunk: int = 500) -> list[Row]:
        """Rows for many ids: ``sql`` has one ``{ids}`` where the IN list goes.

        The ids are sent in chunks, under SQLite's limit on bound parameters.
        """
        rows: list[Row] = []
        for start in range(0, len(ids), chunk):
            part = tuple(ids[start:start + chunk])
            rows += self.read(sql.format(ids=",".join("?" * len(part))), part)
        return rows

    def read_one(self, sql: str, params: Params = ()) -> Row | None:
        with self._guard:
            row: Row | None = self.connection.execute(sql, params).fetchone()
            return row

    @contextmanager
    def transaction(self, touches: Change = Change.NONE) -> Iterator[sqlcipher3.Connection]:
        """One write: all of it (with its audit entry) or none of it. ``touches``: the
        kinds of record it changes, told to ``on_change`` after the commit (on the
        writing thread, outside the lock), so views refresh only what changed."""
        with self._guard:
            if self._in_transaction:
                raise RuntimeError("transactions do not nest")
            conn = self.connection
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlcipher3.OperationalError as exc:
                _raise_disk_full(exc)
                raise
            self._in_transaction = True
            try:
                yield conn
                conn.execute("COMMIT")
                self._written()
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlcipher3.OperationalError):
                    _raise_disk_full(exc)
                raise
            finally:
                self._in_transaction = False
        listener = self.on_change
        if touches and listener is not None:
            listener(touches)

    @contextmanager
    def snapshot(self) -> Iterator[sqlcipher3.Connection]:
        """Several reads that must agree with each other (one read transaction; inside a
        write or another snapshot, that one)."""
        with self._guard:
            conn = self.connection
            if self._in_transaction or conn.in_transaction:
                yield conn
                return
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                if conn.in_transaction:
                    conn.execute("COMMIT")

    def _written(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.written()

    @contextmanager
    def exclusive(self) -> Iterator[sqlcipher3.Connection]:
        """The connection for work that needs the file to itself (a re-key, VACUUM, a
        checkpoint that must truncate the log): no background checkpoint runs meanwhile,
        and nothing else uses the connection."""
        with self._guard:
            if self._checkpoints is None:
                yield self.connection
                return
            with self._checkpoints.paused():
                yield self.connection

    def setting(self, name: str) -> str | None:
        row = self.read_one("SELECT value FROM vault_info WHERE key = ?", (name,))
        return row[0] if row else None

    def close(self) -> None:
        """Lock: close the connection; the key is dropped with it. The checkpointer's
        thread is stopped and joined first, so the last connection, closing, folds the
        whole log into the file."""
        with self._guard:
            if self._in_transaction:
                raise RuntimeError("the vault cannot be closed in the middle of a write")
            if self._checkpoints is not None:
                self._checkpoints.stop()
                self._checkpoints = None
            self._connect_another = None
            self._key = None
            if self._conn is not None:
                with suppress(DatabaseError):
                    self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
                self._conn.close()
                self._conn = None

    def reader(self) -> sqlcipher3.Connection:
        """A read-only connection of its own to this vault, keyed and configured like the
        main one: a search reads through it on its own thread beside the writer (WAL lets
        it) and can be interrupted. The key never leaves the core; the caller closes it
        (a search at lock)."""
        conn = _keyed(self.location.vault_file, self.open_key, "ro")
        try:
            configure(conn)
        except BaseException:
            conn.close()
            raise
        return conn


def _raise_disk_full(exc: Exception) -> None:
    text = str(exc).lower()
    if "full" in text or "no space" in text:
        raise DiskFull() from exc


def _backup_salt(location: VaultLocation) -> bytes | None:
    """The salt of the newest backup (backups share the vault's salt), if one is known."""
    info = VaultInfo.read(location)
    if info is None or not info.backup_folder:
        return None
    from coachdesk.vault import backups

    for backup in backups.in_folder(Path(info.backup_folder)):
        try:
            return file_salt(backup.path)
        except OSError:
            continue
    return None


def _open(location: VaultLocation, key: VaultKey, what: str = "code", *,
          accept_damaged_journal: bool = False
          ) -> tuple[sqlcipher3.Connection, dict[str, str], RawKey]:
    """Open and migrate; returns the connection and the vault's own facts (id, key mode)."""
    path = location.vault_file
    _inspect(path)
    raw = key.raw_key(path) if isinstance(key, Passphrase) else key
    from coachdesk.vault import health

    if accept_damaged_journal:
        health.set_journal_aside(path)
    else:
        health.check_journal(path)
    try:
        conn = _connect(path, raw, create=False)
    except WrongKey:  # another key, told from a few pages; damage, named from them all
        damage = health.why_refused(path, raw, _backup_salt(location))
        if damage is not None:
            raise VaultDamaged(path, damage) from None
        raise WrongKey(what) from None
    try:
        found = conn.execute("PRAGMA user_version").fetchone()[0]
        if found > migrations.latest():
            raise VaultTooNew(path, found, migrations.latest())
        if found == 0:
            raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
                "Vault", "opens with this key, but holds no CoachDesk records")))
        configure(conn)
        try:
            migrations.apply(conn)
            # A practice that syncs captures a column a migration just added, too.
            from coachdesk.sync import capture

            capture.refresh(conn)
        except sqlcipher3.OperationalError as exc:
            _raise_disk_full(exc)
            raise MigrationFailed(path, type(exc).__name__) from None
        facts = dict(conn.execute("SELECT key, value FROM vault_info").fetchall())
        if "vault_id" not in facts:
            raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
                "Vault", "opens, but holds no CoachDesk records")))
        return conn, facts, raw
    except DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlcipher3.OperationalError):
            _raise_disk_full(exc)
        damage = health.examine(path, raw)  # the key opened it: name what is damaged
        if damage is not None:
            raise VaultDamaged(path, damage) from None
        raise NotAVault(path, _w(QT_TRANSLATE_NOOP(
            "Vault", "is damaged and cannot be read"))) from None
    except BaseException:
        conn.close()
        raise


def create(location: VaultLocation, plan: NewVaultPlan) -> Vault:
    """Write a new vault for ``plan``; in keyring mode the key is stored first.

    Refuses where a vault (or its info file) already is: a new key is never
    made over old records. The vault is built under a temporary name and
    renamed into place only when complete, so a crash never leaves a
    half-made vault that would block the wizard; on failure only the files
    this call made are removed.
    """
    if location.exists():
        raise VaultExists(location.vault_file)
    location.ensure_folder()
    backend = None
    if plan.key_mode == "keyring":
        try:
            backend = keystore.store_key(plan.vault_id, plan.key.key)
        except keystore.KeyringUnavailable as exc:
            raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
                "Vault", "%1 CoachDesk could not keep the key there, so nothing was created. "
                "Go back and choose a passphrase instead."), exc.words), "passphrase") from None
    building = location.folder / (location.vault_file.name + ".creating")
    scratch = [building, Path(f"{building}-wal"), Path(f"{building}-shm")]
    for leftover in scratch:  # an earlier, interrupted creation: only ever ours
        leftover.unlink(missing_ok=True)
    info = VaultInfo(plan.vault_id, plan.key_mode, INFO_FORMAT, backend)
    conn = None
    info_written = False
    try:
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        files.create_private(building).close()
        conn = _keyed(building, plan.key, "rwc")
        configure(conn)
        migrations.apply(conn)
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(
            "INSERT INTO vault_info(key, value) VALUES (?, ?)",
            [("vault_id", plan.vault_id), ("created_at", now_utc()), ("key_mode", plan.key_mode)],
        )
        conn.execute("COMMIT")
        conn.close()  # the last connection folds the WAL in and removes it
        conn = None
        info.write(location)
        info_written = True
        files.put_in_place(building, location.vault_file)
    except BaseException as exc:
        if conn is not None:
            conn.close()
        for leftover in scratch:
            leftover.unlink(missing_ok=True)
        if info_written:
            location.info_file.unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        if isinstance(exc, sqlcipher3.OperationalError):
            _raise_disk_full(exc)
        raise
    conn = _connect(location.vault_file, plan.key, create=False)
    configure(conn)
    return Vault(location, info, conn, _key=RawKey(plan.key.key))


def open_with_key(location: VaultLocation, key: VaultKey, what: str = "code", *,
                  accept_damaged_journal: bool = False) -> Vault:
    location.check_folder()
    info = VaultInfo.read(location)
    conn, facts, raw = _open(location, key, what, accept_damaged_journal=accept_damaged_journal)
    inner_id = facts["vault_id"]
    # The vault's own record of its key mode wins over the plaintext file.
    key_mode = facts.get("key_mode") or (info.key_mode if info else "keyring")
    if info is None or info.vault_id != inner_id or info.key_mode != key_mode:
        same = info if info is not None and info.vault_id == inner_id else None
        info = VaultInfo(inner_id, key_mode, INFO_FORMAT,
                         same.keyring_backend if same is not None else None,
                         same.backup_folder if same is not None else None)
    return Vault(location, info, conn, _key=RawKey(raw.key))


def unlock_with_keyring(location: VaultLocation) -> Vault:
    """Open without asking, with the key from the keyring, or raise KeyNeeded. A key read
    ahead at launch is taken by this first attempt or dropped with it, whatever became of
    it: it never waits in memory for a later one."""
    try:
        return _unlock_with_keyring(location)
    finally:
        keystore.drop_read_ahead()


def _unlock_with_keyring(location: VaultLocation) -> Vault:
    path = location.vault_file
    location.check_folder()  # before its info file is believed
    info = VaultInfo.read(location)
    if info is None:
        _inspect(path)
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
            "Vault", "CoachDesk cannot find this vault's info file, so it does not know where "
            "its key is kept. Enter your recovery code to open it.")), "recovery")
    if info.format > INFO_FORMAT:
        raise VaultTooNew(path, info.format, INFO_FORMAT)
    if info.key_mode == "passphrase":
        _inspect(path)
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP("Vault", "Enter your passphrase to open your "
                                             "vault.")), "passphrase")
    if info.key_mode == "demo":
        if not location.is_demo_folder():
            _inspect(path)
            raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
                "Vault", "The info file in %1 says this is the demo practice, but the demo "
                "practice lives only in its own folder (%2), and its key is no secret. "
                "CoachDesk will not open a vault here with it. If this is your own vault, "
                "enter your recovery code to open it."), str(location.folder),
                str(VaultLocation.default(demo=True).folder)), "recovery")
        return open_with_key(location, RawKey(DEMO_KEY))
    try:
        key = keystore.load_key(info.vault_id, info.keyring_backend)
    except keystore.KeyringUnavailable as exc:
        _inspect(path)
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
            "Vault", "%1 Enter your recovery code to open your vault."), exc.words),
            "recovery") from None
    if key is None:
        _inspect(path)
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
            "Vault", "This computer's keyring does not hold the key to your vault (a new "
            "computer, or a cleared keychain). Enter your recovery code to open it; "
            "CoachDesk will keep the key in the keyring again.")), "recovery")
    try:
        return _code_to_show(open_with_key(location, RawKey(key)), info.new_key_unconfirmed)
    except (WrongKey, VaultDamaged) as refused:
        pending = _pending_key(info)
        if pending is not None:  # a key rotation was cut off after the re-encryption
            with suppress(WrongKey, VaultDamaged):
                vault = open_with_key(location, RawKey(pending))
                keystore.store_key(info.vault_id, pending, info.keyring_backend)
                keystore.forget_key(info.vault_id + ".next", info.keyring_backend)
                mark_new_key(vault)  # the coach must see its code, until confirmed
                vault.new_recovery_code = recovery.encode(pending)
                return vault
        if isinstance(refused, VaultDamaged):
            raise
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
            "Vault", "The key kept in this computer's keyring does not open %1. The file may "
            "be damaged, or the keyring holds a key for another vault. CoachDesk has left the "
            "file untouched. You can try your recovery code."), str(path)), "recovery") from None


def _pending_key(info: VaultInfo) -> bytes | None:
    with suppress(keystore.KeyringUnavailable):
        return keystore.load_key(info.vault_id + ".next", info.keyring_backend)
    return None


def unlock_with_recovery_code(location: VaultLocation, code: str, *,
                              accept_damaged_journal: bool = False) -> Vault:
    """Open with the recovery code and, in keyring mode, keep the key again."""
    key = recovery.decode(code)
    vault = open_with_key(location, RawKey(key), "code",
                          accept_damaged_journal=accept_damaged_journal)
    info = vault.info
    stored = False
    if info.key_mode == "keyring":
        try:
            backend = keystore.store_key(info.vault_id, key)
            info = VaultInfo(info.vault_id, "keyring", INFO_FORMAT, backend, info.backup_folder)
            stored = True
        except keystore.KeyringUnavailable:
            pass  # it opened; next start asks for the code again
    with suppress(OSError):
        info.write(location)
    vault.info = info
    vault.key_stored_again = stored
    return vault


def unlock_with_passphrase(location: VaultLocation, passphrase: str, *,
                           accept_damaged_journal: bool = False) -> Vault:
    """Open with the typed passphrase.

    While the info file marks a passphrase change, the typed passphrase may be the old
    one or the new one: a refusal says to try the other, and an unlock with the new key
    shows its recovery code until the coach confirms it is written down
    (``code_written_down``). An unlock with the old key means the change never
    happened: the mark goes, and nothing is shown.
    """
    location.check_folder()
    info = VaultInfo.read(location)
    mark = info.new_key_unconfirmed if info is not None else None
    try:
        vault = open_with_key(location, Passphrase(passphrase), "passphrase",
                              accept_damaged_journal=accept_damaged_journal)
    except WrongKey:
        if not mark:
            raise
        raise KeyNeeded(_w(QT_TRANSLATE_NOOP(
            "Vault", "A change of your passphrase was under way. Type the new passphrase you "
            "chose; if it does not open the vault, your old one will.")),
            "passphrase") from None
    except VaultDamaged as damaged:
        if not mark:
            raise
        raise VaultDamaged(damaged.path, _w(QT_TRANSLATE_NOOP(
            "Vault", "%1 (a change of your passphrase was under way: try the new passphrase "
            "first)"), damaged.what)) from None
    if info != vault.info:  # missing or out of date: the vault's own record wins
        with suppress(OSError):
            vault.info.write(location)
    return _code_to_show(vault, mark)
