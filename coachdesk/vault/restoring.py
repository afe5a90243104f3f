"""Restoring a practice from its backups: on a new computer, or over the vault in use.

A laptop died. On the new computer the vault's folder is empty; the coach has the
backup folder (an external drive, a synced folder) and the recovery code on paper:

1. ``find`` lists what the chosen folder or file offers, from names alone (no key yet);
2. ``prepare_new_home`` checks the backups with the code, newest first, and picks the
   newest one that opens and checks out through, naming each one passed over and why;
3. ``carry_out`` copies it into the empty folder, checks the copy's pages, opens it
   (a backup made by an older CoachDesk is brought up to this version's layout), keeps
   the key in this computer's keyring (a keyring vault) and writes a fresh
   ``vault.json``: the vault's id, its key mode, the keyring that holds the key, and
   the backup folder, which the vault's own settings then name too.

Settings → Restore: ``prepare_over`` checks the chosen backup with the open vault's
key. A backup made before a key change, or by another computer's vault, does not open
with it: ``CodeNeeded`` says so, and the same call with the recovery code that was in
use when it was made goes on. ``carry_out`` then replaces the vault with it, keeping
the vault as it was beside it (``restore``), and keeps the key in the keyring
when the code brought it.

On every path a vault that syncs comes back as a new computer of its practice
(``coachdesk.sync.restored``), so nothing made after the backup is named twice.

Every refusal is a ``RestoreFailed`` that speaks of restoring and says that nothing
was changed; its words are marked for translation (``coachdesk.words``). A backup is
examined read-only: nothing is ever written into the backup folder. The key stays in
the plan (hidden from ``repr``): the UI holds a plan, never a key.
"""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3
from msgspec.structs import replace

from coachdesk import files, migrations, settings
from coachdesk.errors import InvalidInput
from coachdesk.paths import VAULT_FILE, VaultLocation
from coachdesk.vault import health, keystore, recovery
from coachdesk.vault.backups import (
    Backup,
    BackupFailed,
    in_folder,
    kept_copies,
    made_at,
    remember_folder,
)
from coachdesk.vault.cipher import PAGE_SIZE, SQLITE_HEADER, RawKey
from coachdesk.vault.cipher import keyed as _keyed
from coachdesk.vault.errors import DiskFull, VaultError, WrongKey
from coachdesk.vault.vault import INFO_FORMAT, Vault, VaultInfo, open_with_key
from coachdesk.words import QT_TRANSLATE_NOOP, Words

CONTEXT = "Restore"

# What examining one backup with a key found (anything but OPENS passes it over).
OPENS = "opens"
WRONG_KEY = "wrong key"
DAMAGED = "damaged"
TOO_NEW = "too new"
NOT_COACHDESK = "not coachdesk"
NOT_A_BACKUP = "not a backup"
UNREADABLE = "unreadable"

_WHY = {  # a backup passed over, in a list of them
    WRONG_KEY: QT_TRANSLATE_NOOP("Restore", "does not open with this recovery code"),
    DAMAGED: QT_TRANSLATE_NOOP("Restore", "damaged: it fails its check"),
    TOO_NEW: QT_TRANSLATE_NOOP("Restore", "made by a newer version of CoachDesk"),
    NOT_COACHDESK: QT_TRANSLATE_NOOP("Restore", "holds no CoachDesk records"),
    NOT_A_BACKUP: QT_TRANSLATE_NOOP("Restore", "not a whole backup (still syncing?)"),
    UNREADABLE: QT_TRANSLATE_NOOP("Restore", "cannot be read"),
}

Progress = Callable[[str, int, int, "Backup | None"], None]  # (stage, done, total, backup)
CHECKING, COPYING = "checking", "copying"


def _w(text: str, *args: str | Words) -> Words:
    return Words(CONTEXT, text, tuple(args))


def when(backup: Backup) -> str:
    """When a backup was made, in local time, as the rest of CoachDesk writes it."""
    return f"{backup.made_at.astimezone():%Y-%m-%d %H:%M}"


class RestoreFailed(BackupFailed):
    """Nothing was restored and nothing was changed; ``words`` says why (``details``: one
    line per backup that was tried)."""

    words: Words

    def __init__(self, words: Words, details: tuple[Words, ...] = ()) -> None:
        self.words = _w(QT_TRANSLATE_NOOP("Restore", "%1 Nothing was restored, and nothing "
                                                     "was changed."), words)
        self.details = details
        text = self.words.english() + "".join(f"\n• {d.english()}" for d in details)
        VaultError.__init__(self, text)
        self.reason = text


class CodeNeeded(VaultError):
    """The backup does not open with the vault's key (made before a key change, or by
    another computer's vault): ask for the recovery code that was in use then."""

    words: Words

    def __init__(self, backup: Backup) -> None:
        self.backup = backup
        self.words = _w(QT_TRANSLATE_NOOP(
            "Restore", "The backup made %1 does not open with your vault's current key: it "
            "was made before the key was changed, or by another computer's vault. Type the "
            "recovery code that was in use when it was made."), when(backup))
        super().__init__(self.words.english())


@dataclass(frozen=True)
class PassedOver:
    """A backup that was not chosen, and why (one of the verdicts above)."""

    backup: Backup
    why: str

    @property
    def words(self) -> Words:
        return _w(QT_TRANSLATE_NOOP("Restore", "the backup made %1 (%2): %3"), when(self.backup),
                  self.backup.path.name, Words(CONTEXT, _WHY[self.why]))


@dataclass(frozen=True)
class Found:
    """What a chosen folder or file offers, from names alone: no key is used yet."""

    source: Path
    folder: Path  # where the backups are: the folder chosen, or the file's own
    backups: tuple[Backup, ...]  # newest first; a chosen file: itself
    chose_folder: bool

    @property
    def newest(self) -> Backup:
        return self.backups[0]

    @property
    def is_backup_folder(self) -> bool:
        """True for a folder of CoachDesk's backups (chosen, or the folder of a backup
        chosen by its CoachDesk name): the folder new backups should go to."""
        return self.chose_folder or made_at(self.source) is not None


@dataclass(frozen=True, repr=False)
class RestorePlan:
    """A backup checked through with its key, ready to be put in place."""

    location: VaultLocation
    backup: Backup
    key_mode: str  # the backup's own: "keyring" or "passphrase"
    folder: Path | None  # the backup folder to remember after the restore
    passed_over: tuple[PassedOver, ...] = ()  # newer backups that were not chosen
    by_code: bool = False  # the recovery code opened it (not the open vault's key)
    over_vault: bool = False  # replaces the vault in use (Settings), else a new home
    _key: RawKey = field(kw_only=True, repr=False)

    @property
    def newer_under_another_key(self) -> tuple[PassedOver, ...]:
        """Newer backups this code does not open: made after a key change, perhaps; the
        coach should know before an older one is restored."""
        return tuple(p for p in self.passed_over if p.why == WRONG_KEY)

    def __repr__(self) -> str:
        return f"RestorePlan({self.backup.path.name}, <key hidden>)"


@dataclass(frozen=True, repr=False)
class Restored:
    """What a restore did, for the coach to read (never a key)."""

    vault: Vault  # open
    backup: Backup
    passed_over: tuple[PassedOver, ...]
    folder: str | None  # the backup folder now named by vault.json and Settings alike
    key_in_keyring: bool  # a keyring vault whose key this computer's keyring now holds
    keyring_problem: Words | None  # why the keyring could not keep it (keystore's words)
    by_code: bool
    kept_aside: Path | None = None  # Settings: the vault as it was, beside the restored one
    # A practice that syncs: the letter this computer now has (it syncs as a new computer).
    sync_letter: str = ""

    @property
    def key_mode(self) -> str:
        return self.vault.info.key_mode

    def __repr__(self) -> str:
        return f"Restored({self.backup.path.name})"


# -- what a folder or a file offers -------------------------------------------------------
def find(source: Path) -> Found:
    """The backups a chosen folder (CoachDesk's, by name, newest first) or file offers;
    RestoreFailed when there is none, or the file cannot be a backup."""
    source = Path(source)
    if not source.exists():
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
            "Restore", "%1 is not there now. If it is on an external or network drive, "
            "connect it and choose it again."), str(source)))
    if source.is_dir():
        try:
            os.listdir(source)
        except OSError as exc:
            raise RestoreFailed(_w(QT_TRANSLATE_NOOP("Restore", "The folder %1 cannot be read "
                                                                "(%2)."),
                                   str(source), exc.strerror or type(exc).__name__)) from None
        found = in_folder(source)
        if not found:
            words = _w(QT_TRANSLATE_NOOP(
                "Restore", "The folder %1 holds no CoachDesk backups. Backups are files named "
                "like coachdesk-20260314-091200.coachdesk-backup: choose the folder that "
                "holds them, or one of them."), str(source))
            if (source / VAULT_FILE).is_file():
                words = _w(QT_TRANSLATE_NOOP(
                    "Restore", "%1 It does hold a vault file (%2): to restore from that copy, "
                    "choose the file itself."), words, VAULT_FILE)
            raise RestoreFailed(words)
        return Found(source, source, tuple(found), chose_folder=True)
    _refuse_foreign(source)
    return Found(source, source.parent, (_as_backup(source),), chose_folder=False)


def _as_backup(path: Path) -> Backup:
    """A chosen file as a backup: dated by its CoachDesk name, else by when it was last
    written (a copy of a vault file, a renamed backup)."""
    st = path.stat()
    made = made_at(path) or datetime.fromtimestamp(int(st.st_mtime), UTC)
    return Backup(path, made, st.st_size)


def _refuse_foreign(path: Path) -> None:
    """Refuse a file that cannot be an encrypted backup, before any key touches it."""
    why = _foreign(path)
    if why is not None:
        raise RestoreFailed(why)


def _foreign(path: Path) -> Words | None:
    try:
        size = path.stat().st_size
        with path.open("rb") as f:
            head = f.read(len(SQLITE_HEADER))
    except OSError as exc:
        return _w(QT_TRANSLATE_NOOP("Restore", "%1 cannot be read (%2)."), str(path),
                  exc.strerror or type(exc).__name__)
    if size == 0:
        return _w(QT_TRANSLATE_NOOP("Restore", "%1 is empty: it holds no backup."), str(path))
    if head == SQLITE_HEADER:
        return _w(QT_TRANSLATE_NOOP("Restore", "%1 is an ordinary, unencrypted database, not "
                                               "a CoachDesk backup."), str(path))
    if size < PAGE_SIZE or size % PAGE_SIZE:
        return _w(QT_TRANSLATE_NOOP(
            "Restore", "%1 is not a CoachDesk backup, or only part of one (its size is not a "
            "whole number of vault pages). If a sync service is still bringing it to this "
            "computer, wait until it has finished and choose it again."), str(path))
    return None


# -- examining one backup -------------------------------------------------------------------
@dataclass(frozen=True)
class _Facts:
    vault_id: str
    key_mode: str
    version: int


class _Unfit(Exception):
    def __init__(self, verdict: str) -> None:
        super().__init__(verdict)
        self.verdict = verdict


def _examine(path: Path, key: bytes) -> _Facts:
    """Open the backup read-only with ``key`` and check it through: every page's HMAC,
    SQLite's own integrity check, a CoachDesk layout this version can open (an older one
    is brought up to date once restored). Raises _Unfit with the verdict."""
    if _foreign(path) is not None:
        raise _Unfit(NOT_A_BACKUP)
    try:
        conn = _keyed(path, RawKey(key), "ro")
    except WrongKey:
        raise _Unfit(DAMAGED if _partly_opens(path, key) else WRONG_KEY) from None
    except VaultError:
        raise _Unfit(UNREADABLE) from None
    try:
        # integrity_check walks every index against its table: with SQLite's 2 MB cache,
        # 16 s for a 317 MB backup; with 64 MB (as the vault's own connection), 4 s.
        conn.execute("PRAGMA cache_size = -65536")
        if conn.execute("PRAGMA cipher_integrity_check").fetchall():
            raise _Unfit(DAMAGED)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > migrations.latest():
            raise _Unfit(TOO_NEW)
        if version == 0:
            raise _Unfit(NOT_COACHDESK)
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise _Unfit(DAMAGED)
        try:
            facts = dict(conn.execute("SELECT key, value FROM vault_info WHERE key IN "
                                      "('vault_id', 'key_mode')").fetchall())
        except sqlcipher3.OperationalError:  # no such table: another app's database
            raise _Unfit(NOT_COACHDESK) from None
        if "vault_id" not in facts:
            raise _Unfit(NOT_COACHDESK)
        return _Facts(facts["vault_id"], facts.get("key_mode") or "keyring", version)
    except sqlcipher3.DatabaseError:
        raise _Unfit(DAMAGED) from None
    finally:
        conn.close()


def _partly_opens(path: Path, key: bytes) -> bool:
    """Some pages check out with ``key`` (so it is the right key, and the file is damaged),
    as against none (another key, or not a CoachDesk file): told from a sample of pages,
    so a wrong key is refused at once whatever the backup's size."""
    try:
        return any(health.sampled_formats(path, RawKey(key)).values())
    except OSError:
        return False


def examine(path: Path, key: RawKey) -> None:
    """Check one backup with ``key`` before it replaces anything; RestoreFailed says why not
    (``restore`` uses this, so every restore speaks of restoring)."""
    path = Path(path)
    _refuse_foreign(path)
    try:
        _examine(path, key.key)
    except _Unfit as unfit:
        raise RestoreFailed(_one_file_refused(_as_backup(path), unfit.verdict, False)) \
            from None


def _one_file_refused(backup: Backup, verdict: str, by_code: bool) -> Words:
    name, made = str(backup.path), when(backup)
    if verdict == WRONG_KEY and by_code:
        return _w(QT_TRANSLATE_NOOP(
            "Restore", "Your recovery code does not open the backup %1. Check the code "
            "against your written copy: after a key change, the old code opens only the "
            "backups made before the change, and the new one only those made after it."),
            name)
    if verdict == WRONG_KEY:
        return _w(QT_TRANSLATE_NOOP("Restore", "The backup %1 does not open with your vault's "
                                               "key."), name)
    if verdict == DAMAGED:
        return _w(QT_TRANSLATE_NOOP(
            "Restore", "The backup %1 (made %2) is damaged: it fails its check, so it cannot "
            "be restored. Choose the backup folder instead: CoachDesk then restores the "
            "newest backup that checks out."), name, made)
    if verdict == TOO_NEW:
        return _w(QT_TRANSLATE_NOOP(
            "Restore", "The backup %1 was made by a newer version of CoachDesk. Install that "
            "version or a newer one, then restore it."), name)
    if verdict == NOT_COACHDESK:
        return _w(QT_TRANSLATE_NOOP("Restore", "%1 opens with this key, but holds no "
                                               "CoachDesk records."), name)
    if verdict == NOT_A_BACKUP:
        return _foreign(backup.path) or _w(QT_TRANSLATE_NOOP("Restore", "%1 cannot be read."),
                                           name)
    return _w(QT_TRANSLATE_NOOP("Restore", "%1 cannot be read."), name)


def _newest_good(found: Found, key: bytes, by_code: bool, progress: Progress | None
                 ) -> tuple[Backup, _Facts, tuple[PassedOver, ...]]:
    """The newest backup that opens with ``key`` and checks out, and those passed over."""
    passed: list[PassedOver] = []
    total = len(found.backups)
    for done, backup in enumerate(found.backups):
        if progress is not None:
            progress(CHECKING, done, total, backup)
        try:
            facts = _examine(backup.path, key)
        except _Unfit as unfit:
            passed.append(PassedOver(backup, unfit.verdict))
            continue
        return backup, facts, tuple(passed)
    if not found.chose_folder:
        raise RestoreFailed(_one_file_refused(found.newest, passed[0].why, by_code))
    if all(p.why == WRONG_KEY for p in passed):
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
            "Restore", "None of the backups in %1 opens with this recovery code. Check the "
            "code against your written copy: after a key change, the old code opens only the "
            "backups made before the change."), str(found.folder)))
    raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
        "Restore", "No backup in %1 can be restored. Each one was checked:"),
        str(found.folder)), tuple(p.words for p in passed))


# -- the two journeys -----------------------------------------------------------------------
def prepare_new_home(location: VaultLocation, source: Path, code: str,
                     progress: Progress | None = None) -> RestorePlan:
    """A new computer: the newest backup in ``source`` (a folder, or one file) that opens
    with the recovery code and checks out, for a vault folder that holds no vault yet.
    Raises RecoveryCodeError for a code that cannot be right, RestoreFailed otherwise."""
    location.check_folder()
    if location.exists():
        raise RestoreFailed(_already_there(location))
    key = recovery.decode(code)
    found = find(source)
    backup, facts, passed = _newest_good(found, key, True, progress)
    # A single file not named as a backup says nothing of where backups go.
    folder = found.folder if found.is_backup_folder else None
    return RestorePlan(location, backup, facts.key_mode, folder, passed, by_code=True,
                       _key=RawKey(key))


def prepare_over(vault: Vault, path: Path, code: str | None = None,
                 progress: Progress | None = None) -> RestorePlan:
    """Settings → Restore: check ``path`` with the open vault's key, or with ``code``.
    Raises CodeNeeded when the vault's key does not open it, RestoreFailed when it cannot
    be restored, RecoveryCodeError for a code that cannot be right."""
    own = vault._key
    if own is None or not vault.is_open:
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
            "Restore", "Your vault was locked before the backup was checked. Unlock it and "
            "choose the backup again.")))
    path = Path(path)
    if path.resolve() == vault.location.vault_file.resolve():
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP("Restore", "%1 is your vault itself, not a "
                                                            "backup of it."), str(path)))
    key = recovery.decode(code) if code is not None else own.key
    found = find(path)
    if found.chose_folder:
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP("Restore", "%1 is a folder: choose one "
                                                            "backup in it."), str(path)))
    folder = settings.get(vault, "backup_folder") or None  # the folder in use: it stays
    if progress is not None:
        progress(CHECKING, 0, 1, found.newest)
    try:
        facts = _examine(found.newest.path, key)
    except _Unfit as unfit:
        if unfit.verdict == WRONG_KEY and code is None:
            raise CodeNeeded(found.newest) from None
        raise RestoreFailed(_one_file_refused(found.newest, unfit.verdict, code is not None)) \
            from None
    return RestorePlan(vault.location, found.newest, facts.key_mode,
                       Path(folder) if folder else None, by_code=code is not None,
                       over_vault=True, _key=RawKey(key))


def carry_out(plan: RestorePlan, progress: Progress | None = None) -> Restored:
    """Put the checked backup in place and open it; returns what was done. Over a vault in
    use, that vault (closed first by the caller) is kept beside it; on a new computer,
    a failure leaves the folder as empty as it was."""
    if progress is not None:
        progress(COPYING, 0, 1, plan.backup)
    kept_aside = None
    if plan.over_vault:
        before = set(kept_copies(plan.location))
        vault = restore(plan.location, plan.backup.path, plan._key, keep_old=True)
        kept_aside = max(set(kept_copies(plan.location)) - before, default=None)
    else:
        vault = _install(plan)
    in_keyring, problem = _keep_key(vault, plan)
    folder = agree_on_folder(vault, plan.folder)
    if progress is not None:
        progress(COPYING, 1, 1, plan.backup)
    return Restored(vault, plan.backup, plan.passed_over, folder, in_keyring, problem,
                    plan.by_code, kept_aside, _letter(vault))


def _letter(vault: Vault) -> str:
    from coachdesk.sync import practice

    found = practice.settings(vault)
    return found.label if found is not None else ""


# -- over the vault in use: a chosen backup, or the newest that checks out ---------------
def restore(location: VaultLocation, backup_path: Path, key: RawKey | str, *,
            keep_old: bool = False, damaged: bool = False) -> Vault:
    """Replace the vault at ``location`` with a verified backup; returns it opened.

    ``key`` is the raw key or the recovery code. The backup is checked first
    (nothing changes if it fails; the refusal, a ``RestoreFailed``, speaks of
    restoring). A backup made by an older CoachDesk is brought up to date as it opens.
    The current vault (which must be closed) is
    moved aside, the copy put in its place and opened; only when it has opened
    is the old file removed; with ``keep_old`` it stays beside the new one, as
    ``….before-restore-<time>`` (or ``….damaged-<time>`` for a ``damaged`` vault).
    If opening fails, the old vault is put back: a restore never leaves the coach
    with nothing.
    """
    backup_path = Path(backup_path)
    raw = RawKey(recovery.decode(key)) if isinstance(key, str) else RawKey(key.key)
    examine(backup_path, raw)
    previous = VaultInfo.read(location)
    vault_file = location.vault_file
    location.ensure_folder()
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    incoming = vault_file.with_name(vault_file.name + ".restoring")
    aside = vault_file.with_name(
        f"{vault_file.name}.{'damaged' if damaged else 'before-restore'}-{stamp}")
    incoming.unlink(missing_ok=True)
    try:
        data = backup_path.read_bytes()
        with files.create_private(incoming) as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise RestoreFailed(not_put_in_place(exc)) from None
    had_vault = vault_file.exists()
    sidecars = [Path(f"{vault_file}-wal"), Path(f"{vault_file}-shm")]
    if had_vault:
        os.replace(vault_file, aside)
        for sidecar in sidecars:  # a closed vault has none; an old crash may have left some
            if sidecar.exists():
                os.replace(sidecar, Path(f"{aside}{sidecar.name[len(vault_file.name):]}"))
    os.replace(incoming, vault_file)
    try:
        vault = open_with_key(location, raw)
    except BaseException:
        vault_file.unlink(missing_ok=True)
        if had_vault:
            os.replace(aside, vault_file)
            for sidecar in sidecars:
                moved = Path(f"{aside}{sidecar.name[len(vault_file.name):]}")
                if moved.exists():
                    os.replace(moved, sidecar)
        raise
    remembered = previous.backup_folder if previous is not None else None
    vault.info = VaultInfo(vault.info.vault_id, vault.info.key_mode, INFO_FORMAT,
                           vault.info.keyring_backend, vault.info.backup_folder or remembered)
    with suppress(OSError):
        vault.info.write(location)
    # The restored vault's settings name the folder of its day: the info file and Settings
    # must name the same one (the one in use before the restore, when there was one).
    agree_on_folder(vault, Path(remembered) if remembered else None)
    _syncs_anew(vault)
    if not keep_old:
        for leftover in [aside, *(Path(f"{aside}-{s}") for s in ("wal", "shm"))]:
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
    return vault


def restore_newest(location: VaultLocation, folder: Path,
                   key: RawKey | str) -> tuple[Vault, Backup]:
    """Restore the newest backup in ``folder`` that verifies with ``key`` (or the recovery
    code), keeping the replaced (damaged) vault beside it. Each candidate is verified
    once, by ``restore`` itself; nothing changes if none checks out."""
    for backup in in_folder(folder):
        try:
            return restore(location, backup.path, key, keep_old=True, damaged=True), backup
        except BackupFailed:
            continue
    raise RestoreFailed(none_checks_out(folder))


def not_put_in_place(exc: OSError) -> Words:
    return _w(QT_TRANSLATE_NOOP("Restore", "The backup could not be put in place (%1)."),
              exc.strerror or type(exc).__name__)


def none_checks_out(folder: Path) -> Words:
    return _w(QT_TRANSLATE_NOOP("Restore", "No backup in the backup folder %1 opens with "
                                           "this key and checks out."), str(folder))


def _already_there(location: VaultLocation) -> Words:
    return _w(QT_TRANSLATE_NOOP(
        "Restore", "A vault is already in %1. To replace it with a backup, open it and use "
        "Settings → Restore from a backup."), str(location.folder))


def _install(plan: RestorePlan) -> Vault:
    """Copy the backup into the empty vault folder under a partial name, check the copy's
    pages, rename it into place and open it. Nothing is left behind if any step fails."""
    location = plan.location
    if location.exists():
        raise RestoreFailed(_already_there(location))
    location.ensure_folder()
    vault_file = location.vault_file
    incoming = vault_file.with_name(vault_file.name + ".restoring")
    files.discard_leftover(incoming)  # an interrupted restore of ours (a crash)
    try:
        with plan.backup.path.open("rb") as source, files.create_private(incoming) as out:
            shutil.copyfileobj(source, out, 1 << 20)
            out.flush()
            os.fsync(out.fileno())
        _pages_check_out(incoming, plan)
        files.put_in_place(incoming, vault_file)
    except OSError as exc:
        incoming.unlink(missing_ok=True)
        if exc.errno == errno.ENOSPC:
            raise DiskFull() from None
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
            "Restore", "The backup could not be copied into %1 (%2)."), str(location.folder),
            exc.strerror or type(exc).__name__)) from None
    except BaseException:
        incoming.unlink(missing_ok=True)
        raise
    try:
        vault = open_with_key(location, plan._key)
    except BaseException:
        for leftover in (vault_file, Path(f"{vault_file}-wal"), Path(f"{vault_file}-shm"),
                         location.info_file):
            with suppress(OSError):
                leftover.unlink(missing_ok=True)
        raise
    vault.info = VaultInfo(vault.info.vault_id, vault.info.key_mode, INFO_FORMAT)
    with suppress(OSError):
        vault.info.write(location)
    _syncs_anew(vault)
    return vault


def _syncs_anew(vault: Vault) -> None:
    """A restored vault that syncs takes a new identity before anything is written in it
    (coachdesk/sync/restored.py): the next record made here must not take the global id
    of one this computer made after the backup."""
    from coachdesk.sync import restored

    restored.rejoin(vault)


def _pages_check_out(copy: Path, plan: RestorePlan) -> None:
    """The copy about to become the vault, page by page (the backup was checked; this
    proves the bytes that arrived are those bytes)."""
    try:
        bad, _total = health.bad_pages(copy, plan._key)
    except sqlcipher3.Error:
        bad = [0]
    if bad:
        raise RestoreFailed(_w(QT_TRANSLATE_NOOP(
            "Restore", "The copy of the backup made %1 was damaged on its way to this "
            "computer's disk. Check the disk, then try again."), when(plan.backup)))


def _keep_key(vault: Vault, plan: RestorePlan) -> tuple[bool, Words | None]:
    """A keyring vault's key, in this computer's keyring when the code brought it (over a
    vault opened with its own key the keyring holds it already)."""
    info = vault.info
    if info.key_mode != "keyring":
        return False, None
    if not plan.by_code:
        return True, None
    try:
        backend = keystore.store_key(info.vault_id, plan._key.key)
    except keystore.KeyringUnavailable as exc:
        vault.info = replace(info, keyring_backend=None)
        with suppress(OSError):
            vault.info.write(vault.location)
        return False, exc.words
    vault.info = replace(info, keyring_backend=backend)
    with suppress(OSError):
        vault.info.write(vault.location)
    return True, None


def agree_on_folder(vault: Vault, preferred: Path | None) -> str | None:
    """The backup folder, named alike by vault.json and the vault's settings (Settings shows
    the latter; the former is read when the vault will not open): the folder the coach
    uses (``preferred``), else the one the restored vault names itself."""
    own = settings.get(vault, "backup_folder")
    for folder in (str(preferred) if preferred else "", own):
        if not folder:
            continue
        try:
            if folder != own or vault.info.backup_folder != folder:
                remember_folder(vault, folder)
            return folder
        except InvalidInput:  # the vault's own folder: no place for backups
            continue
    if own or vault.info.backup_folder:
        with suppress(InvalidInput):
            remember_folder(vault, "")
    return None
