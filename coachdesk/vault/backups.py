"""Encrypted backups: a copy of the vault that opens with the same key, verified before it counts.

``sqlcipher_export`` writes every table into a new file attached with the
vault's own key and salt, so the recovery code (and, in passphrase mode, the
passphrase) opens the backup too. The copy is made under a hidden partial
name, opened again and checked (``cipher_integrity_check``, ``integrity_check``,
the schema version, the vault id) and only then renamed into place: a backup
that failed part-way leaves no file that looks like a backup, and the vault
itself is only read.

Backups are kept with rotation: the newest of each of the last 7 days, 4
weeks and 12 months. Only files CoachDesk named are ever considered.

After a key change (or a passphrase change) ``reencrypt_all`` rewrites every
backup in the folder under the new key, so the old recovery code (the reason a
coach changes the key) opens none of them. Each copy is written beside the old
one, verified with the new key, and only then put in its place; a backup that
cannot be re-encrypted stays as it was and is named in the result. Copies a sync
service keeps in its own version history are beyond CoachDesk's reach.
"""

from __future__ import annotations

import errno
import os
import re
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from msgspec import Struct

from coachdesk import files, migrations
from coachdesk.errors import InvalidInput
from coachdesk.vault.cipher import NEW_FORMAT, RawKey, file_salt, set_attached_format
from coachdesk.vault.cipher import keyed as _keyed
from coachdesk.vault.errors import DiskFull, VaultError, WrongKey
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.paths import VaultLocation
    from coachdesk.vault.vault import Vault

SUFFIX = ".coachdesk-backup"
_NAME = re.compile(r"^coachdesk-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
_REKEYING = ".rekeying"  # a backup's copy under a new key, before it replaces the backup


def _b(text: str, *args: str | Words) -> Words:
    """Backups' words for the coach, in the "Backups" context."""
    return Words("Backups", text, args)


class BackupFailed(VaultError):
    """A backup could not be made or did not verify; nothing was kept."""

    def __init__(self, reason: Words) -> None:
        super().__init__(_b(QT_TRANSLATE_NOOP(
            "Backups", "The backup was not made: %1. Your vault is untouched."), reason))
        self.reason = reason.english()  # the fault alone, for a sentence of its own
        self.reason_words = reason


class Backup(Struct, frozen=True):
    path: Path
    made_at: datetime
    size: int


def made_at(path: Path) -> datetime | None:
    """When a CoachDesk backup was made, from its name (None for any other file)."""
    return _made_at(Path(path))


def _made_at(path: Path) -> datetime | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=UTC)


def in_folder(folder: Path) -> list[Backup]:
    """CoachDesk's backups in ``folder``, newest first (other files are never touched)."""
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except OSError:
        return []
    for path in entries:
        made = _made_at(path)
        if made is not None and path.is_file():
            found.append(Backup(path, made, path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def _scratch(partial: Path) -> list[Path]:
    return [partial, Path(f"{partial}-journal"), Path(f"{partial}-wal"), Path(f"{partial}-shm")]


Progress = Callable[[int, int], None]  # (steps done, steps in all)
_COPY_SHARE = 45  # of a backup's 100 steps: the copy; the check of the copy the rest
_CHECK_PER_COPY = 1.3  # the check takes about this many times as long as the copy


def make(vault: Vault, folder: Path, *, now: datetime | None = None,
         progress: Progress | None = None) -> Backup:
    """Write, verify and keep one backup of ``vault`` in ``folder``; ``progress`` hears
    (steps done, 100) as the copy is written and checked.

    Where the time goes (500,000 notes, a 317 MB vault; CPU seconds, bench/backup_large.py):
    ``sqlcipher_export`` rebuilds every table and index in the copy (2.4 s). Before, it
    committed and synced once per table through a rollback journal; now it runs in one
    transaction with no journal and is synced once. SQLite's backup API, copying pages
    instead, is no cheaper (2.1 s) and copies the vault's layout as it is. The check was
    ``cipher_integrity_check`` and ``integrity_check`` with SQLite's default 2 MB cache,
    about 14 s of the old backup's 16 s (4.2 s with a 64 MB cache). Now the copy gets a
    64 MB cache and ``quick_check`` (2.5 s): it reads every b-tree, cell and overflow
    chain and accounts for every page, and a page whose HMAC fails cannot be read, so on
    a copy with no free pages it also does what ``cipher_integrity_check`` does (0.8 s
    more; run when there are free pages). ``integrity_check`` adds only that each index
    agrees with its table, which the export itself just wrote; a restore still runs it on
    the backup it is about to put in place (``restoring.examine``)."""
    if vault._key is None:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "the vault is locked")))
    now = (now or datetime.now(UTC)).astimezone(UTC)
    folder = Path(folder)
    name = f"coachdesk-{now:%Y%m%d-%H%M%S}{SUFFIX}"
    target = folder / name
    partial = folder / f".{name}.partial"
    said = [-1]

    def report(done: int, total: int) -> None:  # each step once: every report crosses threads
        if progress is not None and done != said[0]:
            said[0] = done
            progress(done, total)

    check_backup_folder(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # The same key and salt: the same recovery code (or passphrase) opens the copy.
        key = RawKey(vault._key.key, file_salt(vault.location.vault_file))
        for cut_off in (".partial*", _REKEYING + "*"):  # a backup or re-encryption (a crash)
            for leftover in folder.glob(".coachdesk-*" + SUFFIX + cut_off):
                leftover.unlink(missing_ok=True)
        files.create_private(partial).close()
        report(0, 100)
        started = time.monotonic()
        _export(vault.location.vault_file, partial, key, report)
        _sync(partial)  # on disk before it is checked and named a backup
        verify(partial, key, expect_id=vault.setting("vault_id"), thorough=False,
               progress=lambda share: report(_COPY_SHARE + share * (100 - _COPY_SHARE) // 100,
                                             100),
               expected=(time.monotonic() - started) * _CHECK_PER_COPY)
        files.put_in_place(partial, target)
    except BaseException as exc:
        _clear_scratch(partial)
        if _disk_full(exc):
            raise DiskFull() from None
        if isinstance(exc, OSError):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "%1 could not be written (%2)"),
                                  str(folder), exc.strerror or "")) from None
        if isinstance(exc, sqlcipher3.Error):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                "Backups", "the copy could not be written (%1)"), type(exc).__name__)) from None
        raise
    report(100, 100)
    return Backup(target, now.replace(microsecond=0), target.stat().st_size)


def _export(vault_file: Path, partial: Path, key: RawKey, report: Progress) -> None:
    """Every table of the vault into ``partial`` under ``key``, in one transaction.

    A connection of its own: the copy reads a consistent snapshot (WAL) while the coach
    goes on working through the vault's connection. The copy is scratch until verified
    and renamed (a crash leaves a partial file the next backup removes), so it needs no
    journal and no sync per table: it is synced once, after the export."""
    conn = _keyed(vault_file, RawKey(key.key), "rw")
    expected = max(Path(vault_file).stat().st_size, 1)

    def copied() -> int:
        with suppress(OSError):
            done = partial.stat().st_size * _COPY_SHARE // expected
            report(min(done, _COPY_SHARE - 1), 100)
        return 0  # go on

    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_value()}",
                     (str(partial),))
        set_attached_format(conn, "backup", NEW_FORMAT)  # whatever the vault's own
        conn.execute("PRAGMA backup.journal_mode = OFF")
        conn.execute("PRAGMA backup.synchronous = OFF")
        conn.execute("PRAGMA backup.cache_size = -65536")  # 64 MB, as the vault's own
        conn.set_progress_handler(copied, 200_000)
        # Deferred: only the copy is written to; IMMEDIATE would also take the vault's
        # write lock, and the coach's saves would wait for the whole backup.
        conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('backup')")
        version = conn.execute("PRAGMA main.user_version").fetchone()[0]
        conn.execute(f"PRAGMA backup.user_version = {int(version):d}")
        conn.execute("COMMIT")
        conn.set_progress_handler(None, 0)
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()
    report(_COPY_SHARE, 100)


def verify(path: Path, key: RawKey, *, expect_id: str | None = None,
           expect_version: int | None = None, thorough: bool = True,
           progress: Callable[[int], None] | None = None,
           expected: float | None = None) -> None:
    """Open the copy with ``key`` and check it through; raise BackupFailed if anything is off.

    The copy must have this version's records layout, or ``expect_version`` when given
    (a re-encrypted old backup keeps the layout it was made with). ``thorough`` runs
    SQLite's ``integrity_check``, else its ``quick_check`` (all but index against table:
    enough for a copy just written by ``sqlcipher_export``; see ``make``). ``progress``
    hears the share of the checks done, out of 100: SQLite's checks count no steps, so
    it is estimated from the time they are ``expected`` to take."""
    try:
        conn = _keyed(Path(path), key, "ro")
    except VaultError:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP(
            "Backups", "the copy does not open with the vault's key"))) from None
    try:
        conn.execute("PRAGMA cache_size = -65536")
        # quick_check reads every page in a b-tree, and a page that fails its HMAC fails
        # the read: with no free pages (a fresh export has none) that is every page.
        if thorough or conn.execute("PRAGMA freelist_count").fetchone()[0]:
            problems = conn.execute("PRAGMA cipher_integrity_check").fetchall()
            if problems:
                raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                    "Backups", "the copy failed its encryption check (damaged pages: %1)"),
                    str(len(problems))))
        if progress is not None:
            progress(10)
        check = "integrity_check" if thorough else "quick_check"
        if progress is not None and expected:
            began = time.monotonic()

            def checking() -> int:
                share = 10 + int(90 * (time.monotonic() - began) / expected)
                progress(min(share, 95))
                return 0  # go on

            conn.set_progress_handler(checking, 200_000)
        if conn.execute(f"PRAGMA {check}").fetchone()[0] != "ok":
            raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups",
                                                    "the copy failed its integrity check")))
        conn.set_progress_handler(None, 0)
        if progress is not None:
            progress(100)
        wanted = migrations.latest() if expect_version is None else expect_version
        if conn.execute("PRAGMA user_version").fetchone()[0] != wanted:
            raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                "Backups", "the copy does not have this version's records layout")))
        found = conn.execute("SELECT value FROM vault_info WHERE key = 'vault_id'").fetchone()
        if expect_id is not None and (found is None or found[0] != expect_id):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "the copy is not of this vault")))
    except sqlcipher3.DatabaseError as exc:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "the copy cannot be read (%1)"),
                              type(exc).__name__)) from None
    finally:
        conn.close()


def due(folder: Path, now: datetime | None = None) -> bool:
    """True when ``folder`` holds no backup made today (local time)."""
    now = now or datetime.now(UTC)
    today = now.astimezone().date()
    return not any(b.made_at.astimezone().date() == today for b in in_folder(folder))


def to_keep(backups: Iterable[Backup], now: datetime) -> set[Path]:
    """The newest backup of each of the last 7 days, 4 ISO weeks and 12 months."""
    keep: set[Path] = set()
    ordered = sorted(backups, key=lambda b: b.made_at, reverse=True)
    for limit, bucket in ((KEEP_DAILY, lambda d: d.date()),
                          (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
                          (KEEP_MONTHLY, lambda d: (d.year, d.month))):
        seen: list[object] = []
        for backup in ordered:
            if backup.made_at > now:
                keep.add(backup.path)  # from the future (a clock change): never removed
                continue
            key = bucket(backup.made_at)
            if key not in seen:
                if len(seen) == limit:
                    break
                seen.append(key)
                keep.add(backup.path)
    return keep


def prune(folder: Path, now: datetime | None = None) -> list[Path]:
    """Remove CoachDesk's backups that rotation no longer keeps; returns what was removed."""
    now = now or datetime.now(UTC)
    found = in_folder(folder)
    keep = to_keep(found, now)
    removed = []
    for backup in found:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                continue
    return removed


def rotate(vault: Vault, folder: Path, now: datetime | None = None) -> list[Path]:
    """Prune as rotation says, except while a new key's recovery code is not yet confirmed
    written down: until then the backups made under the old key are the coach's way back
    (a new backup must not push the day's old-key copy out)."""
    if vault.info.new_key_unconfirmed:
        return []
    return prune(folder, now)


def check(backup_path: Path, key: RawKey) -> None:
    """Verify a backup file with the vault's raw key (its salt is read from the file)."""
    try:
        salt = file_salt(backup_path)
    except OSError as exc:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "%1 cannot be read (%2)"),
                              str(backup_path), exc.strerror or "")) from None
    verify(Path(backup_path), RawKey(key.key, salt))


def check_backup_folder(folder: Path) -> None:
    """Refuse a backup folder another account owns or may write to: it could remove the
    backups, or plant files where CoachDesk writes them (UnsafeFolder, in the coach's words)."""
    files.check_private_folder(folder, kept=_b(QT_TRANSLATE_NOOP("Backups", "your backups")),
                               elsewhere=_b(QT_TRANSLATE_NOOP("Backups",
                                                              "for backups, in Settings")))


def remember_folder(vault: Vault, folder: str) -> None:
    """Keep the backup folder in the vault's settings and in its info file: a vault
    that will not open can still be restored from it."""
    from msgspec.structs import replace

    from coachdesk import settings

    if folder:
        check_backup_folder(Path(folder))
        chosen, own = Path(folder).resolve(), vault.location.folder.resolve()
        if chosen == own or own in chosen.parents:
            raise InvalidInput("backup_folder", _b(QT_TRANSLATE_NOOP(
                "Backups", "That is the vault's own folder: a backup there is lost with the "
                "vault when the disk fails or the laptop is lost. Choose an external drive or "
                "a synced folder.")))
    settings.put(vault, "backup_folder", folder)
    vault.info = replace(vault.info, backup_folder=folder or None)
    with suppress(OSError):
        vault.info.write(vault.location)


def kept_copies(location: VaultLocation) -> list[Path]:
    """Whole-vault copies CoachDesk keeps beside the vault (damaged or replaced ones)."""
    name = location.vault_file.name
    return sorted(p for p in location.folder.glob(f"{name}*")
                  if ".damaged-" in p.name or ".before-restore-" in p.name)


Remover = Callable[["sqlcipher3.Connection", int], object]  # (connection, client id)


def rewrite_without(key: RawKey, backup_path: Path, client_id: int, remove: Remover) -> bool:
    """Remove a client's content from one backup with ``remove`` (the disposal's own steps,
    handed in: backups know nothing of what a client's content is), then VACUUM and a
    full check. True when rewritten; False when the backup could not be rewritten and
    was deleted instead (a backup must not outlive a disposal)."""
    backup_path = Path(backup_path)
    try:
        key = RawKey(key.key, file_salt(backup_path))
        conn = _keyed(backup_path, key, "rw")
        try:
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA secure_delete = ON")
            migrations.apply(conn)  # an older backup gets today's disposal rules first
            conn.execute("BEGIN IMMEDIATE")
            remove(conn, client_id)
            conn.execute("COMMIT")
            conn.execute("VACUUM")
        finally:
            conn.close()
        verify(backup_path, key)
        return True
    except (VaultError, sqlcipher3.Error, OSError):
        with suppress(OSError):
            backup_path.unlink()
        return False


class Reencrypted(Struct, frozen=True):
    """What re-encrypting the backup folder did, by file name (never a key)."""

    rewritten: tuple[str, ...] = ()  # now open with the new key, and no longer the old one
    failed: tuple[tuple[str, Words], ...] = ()  # (name, why): left as they were, to be named
    unchanged: tuple[str, ...] = ()  # opened with the new key already: nothing to do
    folder_missing: bool = False  # the folder was not there (a drive not connected)

    @property
    def complete(self) -> bool:
        """True when no backup in the folder still needs the old key."""
        return not self.failed and not self.folder_missing


def reencrypt_all(folder: Path, old_key: RawKey, new_key: RawKey,
                  progress: Progress | None = None) -> Reencrypted:
    """Re-encrypt every CoachDesk backup in ``folder`` from ``old_key`` to ``new_key``.

    ``new_key.salt``, when given, becomes each copy's salt: the vault's own, so that a
    passphrase vault's new passphrase (derived with that salt) opens the copies as its
    recovery code does. Each backup is copied under the new key beside itself, checked
    through with the new key, and only then put in place of the old file; one that
    cannot be is left exactly as it was and named in ``failed`` with the reason. Never
    raises for one backup: a key change stands whatever happens to its backups.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return Reencrypted(folder_missing=True)
    try:
        os.listdir(folder)
    except OSError as exc:  # in_folder would see no backups: say so instead
        return Reencrypted(failed=((str(folder), _b(QT_TRANSLATE_NOOP(
            "Backups", "the folder cannot be read (%1)"), exc.strerror or "")),))
    for leftover in folder.glob(".coachdesk-*" + SUFFIX + _REKEYING + "*"):
        with suppress(OSError):
            leftover.unlink()  # from a re-encryption that was cut off (a crash)
    return _reencrypt_each([b.path for b in in_folder(folder)], old_key, new_key, progress)


def reencrypt_kept(location: VaultLocation, old_key: RawKey, new_key: RawKey) -> Reencrypted:
    """Re-encrypt the whole-vault copies kept beside the vault (``kept_copies``: the vault
    as it was before a restore, a damaged vault) from ``old_key`` to ``new_key``.

    After a key change the keyring holds only the new key, so a copy left under the old
    one would open only with a recovery code the coach was just told to replace: undoing
    a restore would need a code she no longer keeps. Re-encrypted (copied, checked, put
    in place, as a backup is) rather than deleted, because a copy kept to undo a restore
    or to rescue a damaged vault is kept on purpose. One that cannot be (a damaged copy
    whose pages do not read) is left as it was and named in ``failed``."""
    copies = [p for p in kept_copies(location)
              if not p.name.endswith(("-wal", "-shm", "-journal"))]  # a copy's own sidecars
    return _reencrypt_each(copies, old_key, new_key, None)


def _reencrypt_each(paths: list[Path], old_key: RawKey, new_key: RawKey,
                    progress: Progress | None) -> Reencrypted:
    """Each of ``paths`` under ``new_key``; what became of each, by file name."""
    rewritten: list[str] = []
    failed: list[tuple[str, Words]] = []
    unchanged: list[str] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths))
        name = path.name
        try:
            if _reencrypt_one(path, old_key, new_key):
                rewritten.append(name)
            else:
                unchanged.append(name)
        except BackupFailed as exc:
            failed.append((name, exc.reason_words))
        except Exception as exc:  # named to the coach, never silently left behind
            failed.append((name, _b(QT_TRANSLATE_NOOP(
                "Backups", "it could not be re-encrypted (%1)"), type(exc).__name__)))
    if progress is not None:
        progress(len(paths), len(paths))
    return Reencrypted(tuple(rewritten), tuple(failed), tuple(unchanged))


def _reencrypt_one(path: Path, old_key: RawKey, new_key: RawKey) -> bool:
    """One backup under ``new_key``, verified before it replaces the old file; False when
    it opened with the new key already. Raises BackupFailed, the file untouched."""
    for sidecar in ("-journal", "-wal"):
        if Path(f"{path}{sidecar}").exists():
            # Replacing the file would leave that change to be replayed onto the new one.
            raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                "Backups", "a change to it was cut off (the file beside it ending in %1 holds "
                "it), so it was left as it is"), sidecar))
    try:
        conn = _keyed(path, RawKey(old_key.key), "ro")
    except WrongKey:
        if _opens(path, new_key):
            return False
        raise BackupFailed(_b(QT_TRANSLATE_NOOP(
            "Backups", "it does not open with the vault's previous key: it is damaged, or was "
            "made under an earlier key or for another vault"))) from None
    except VaultError:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "it cannot be opened"))) from None
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        row = conn.execute("SELECT value FROM vault_info WHERE key = 'vault_id'").fetchone()
    except sqlcipher3.DatabaseError:
        raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups",
                                                "it cannot be read: it is damaged"))) from None
    finally:
        conn.close()
    key = RawKey(new_key.key, new_key.salt or file_salt(path))
    partial = path.with_name(f".{path.name}{_REKEYING}")
    try:
        files.create_private(partial).close()
        # The old file is the main database, opened read-only in its own page format
        # (nothing is ever written to it); the new copy is attached under the new key and
        # salt, in the new format (attached with KEY, a file that already holds pages
        # could only be read in SQLCipher's default format).
        conn = _keyed(path, RawKey(old_key.key), "ro")
        try:
            conn.execute(f"ATTACH DATABASE ? AS copy KEY {key.pragma_value()}",
                         (partial.resolve().as_uri() + "?mode=rw",))
            set_attached_format(conn, "copy", NEW_FORMAT)
            # One transaction: left to itself the export commits (and syncs) once per
            # table, about 30 times slower on a demo-sized backup.
            conn.execute("BEGIN")
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute(f"PRAGMA copy.user_version = {version:d}")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE copy")
        finally:
            conn.close()
        verify(partial, key, expect_id=row[0] if row else None, expect_version=version)
        _sync(partial)
        files.put_in_place(partial, path)  # never onto a link planted meanwhile
    except BaseException as exc:
        _clear_scratch(partial)
        if _disk_full(exc):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                "Backups", "the disk is full, so it was left as it is"))) from None
        if isinstance(exc, OSError):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP("Backups", "it could not be rewritten (%1)"),
                                  exc.strerror or "")) from None
        if isinstance(exc, sqlcipher3.Error):
            raise BackupFailed(_b(QT_TRANSLATE_NOOP(
                "Backups", "its records could not be copied: it may be damaged (%1)"),
                type(exc).__name__)) from None
        raise
    return True


def _clear_scratch(partial: Path) -> None:
    """Remove a copy cut off part-way, with any journal SQLite left beside it."""
    for leftover in _scratch(partial):
        with suppress(OSError):
            leftover.unlink(missing_ok=True)


def _disk_full(exc: BaseException) -> bool:
    return (isinstance(exc, OSError) and exc.errno == errno.ENOSPC) or (
        isinstance(exc, sqlcipher3.OperationalError) and "full" in str(exc))


def _opens(path: Path, key: RawKey) -> bool:
    try:
        _keyed(path, RawKey(key.key), "ro").close()
    except VaultError:
        return False
    return True


def _sync(path: Path) -> None:
    """On disk before the rename that relies on it (a file), or the rename itself (a folder)."""
    folder = Path(path).is_dir()
    if folder and os.name != "posix":
        return  # Windows cannot open a folder to sync it
    fd = os.open(path, os.O_RDONLY if folder else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
