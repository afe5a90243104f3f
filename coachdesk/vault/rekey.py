"""Key rotation: a new key for the vault, changed so that no moment leaves the coach locked out.

1. The new key is kept in the keyring under a *pending* entry first.
2. ``PRAGMA rekey`` re-encrypts every page in one transaction (all or nothing).
3. The vault is closed and opened again with the new key: proof.
4. Only then does the keyring's main entry change and the pending one go; the
   new recovery code is shown.

If CoachDesk is killed anywhere in between, unlocking tries the main key and
then the pending one (``unlock_with_keyring`` promotes it), so the vault always
opens with a key the coach has.

The copies kept beside the vault (before a restore, a damaged vault) are always
re-encrypted with the new key (``backups.reencrypt_kept``): the keyring holds only
the new key afterwards. Backups made before keep the old key unless the coach
asks (the default) for the backup folder to be re-encrypted too: given
``backup_folder``, each backup there is rewritten under the new key once the vault
has reopened with it (see ``backups.reencrypt_all``), in the same call, so the old
key never leaves the core. A backup that cannot be rewritten is named in
``Rotated.backups``; the key change stands either way.

A passphrase vault's key is derived from its passphrase (and the file's salt,
which stays), so a new passphrase re-encrypts the vault the same way and brings
a new recovery code. There is no keyring to hold the new key meanwhile, and none
is needed: the coach knows both passphrases, and the change is one transaction.
The info file marks a change (with a keyed fingerprint of the new key) from before
the re-encryption until the coach confirms the new recovery code is written down:
after an interruption the next unlock says which passphrase to try, shows the code
if the new key opened the vault, and drops the mark if the old one did.
"""

from __future__ import annotations

import secrets
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path

from msgspec.structs import replace

from coachdesk import audit
from coachdesk.changes import Change
from coachdesk.errors import CoachDeskError, InvalidInput
from coachdesk.vault import backups, keystore, recovery
from coachdesk.vault.backups import Reencrypted
from coachdesk.vault.cipher import RawKey, file_salt
from coachdesk.vault.vault import (
    DatabaseError,
    Vault,
    check_new_passphrase,
    derive_passphrase_key,
    mark_new_key,
    new_key_fingerprint,
    open_with_key,
)
from coachdesk.words import QT_TRANSLATE_NOOP, Words

PENDING = ".next"


def _w(text: str, *args: str | Words) -> Words:
    """A key change's words for the coach, in the vault's context ("Vault")."""
    return Words("Vault", text, args)


@dataclass(frozen=True, repr=False)
class Rotated:
    vault: Vault  # the vault, open again with its new key
    recovery_code: str  # to write down now: the old code only opens backups not re-encrypted
    backups: backups.Reencrypted | None = None  # None: the backups were not asked for
    kept: Reencrypted = field(default_factory=Reencrypted)  # the copies beside the vault

    def __repr__(self) -> str:
        return "Rotated(<new key hidden>)"


def pending_account(vault_id: str) -> str:
    return vault_id + PENDING


def rotate(vault: Vault, *, new_key: bytes | None = None, backup_folder: Path | None = None,
           progress: backups.Progress | None = None) -> Rotated:
    """Re-encrypt ``vault`` with a new random key; returns it reopened, with the new code.
    With ``backup_folder``, the backups there are re-encrypted with the new key too."""
    if vault.info.key_mode != "keyring":
        raise CoachDeskError(_w(QT_TRANSLATE_NOOP(
            "Vault", "Only a vault whose key is in the keyring can change its key here. A "
            "passphrase vault changes its passphrase instead.")))
    old = _old_key(vault)
    key = new_key or secrets.token_bytes(32)
    vault_id = vault.info.vault_id
    store = vault.info.keyring_backend  # every entry of this vault, in the one that reads it
    try:
        keystore.store_key(pending_account(vault_id), key, store)  # first: never lose it
    except keystore.KeyringUnavailable as exc:
        raise CoachDeskError(_w(QT_TRANSLATE_NOOP("Vault", "%1 The key was not changed."),
                                exc.words)) from None
    reopened = _reencrypt(vault, key)  # proof before anything else changes
    keystore.store_key(vault_id, key, store)
    keystore.forget_key(pending_account(vault_id), store)
    mark_new_key(reopened)  # shown again at each unlock until the coach confirms it
    with reopened.transaction(touches=Change.AUDIT) as conn:
        audit.record(conn, "vault.key_rotated", "vault", None)
    done = _reencrypt_backups(reopened, backup_folder, old, key, progress)
    return Rotated(reopened, recovery.encode(key), done, _reencrypt_kept(reopened, old, key))


def passphrase_matches(vault: Vault, passphrase: str) -> bool:
    """Whether ``passphrase`` is the one that opens this vault now (about 0.15 s)."""
    salt = file_salt(vault.location.vault_file)
    return secrets.compare_digest(derive_passphrase_key(passphrase, salt), vault.open_key.key)


def proves_the_key(vault: Vault, typed: str) -> bool:
    """The current passphrase, or the recovery code: either shows the coach holds the
    key (a coach who forgot the passphrase opened the vault with the code)."""
    if passphrase_matches(vault, typed):
        return True
    try:
        return secrets.compare_digest(recovery.decode(typed), vault.open_key.key)
    except recovery.RecoveryCodeError:
        return False


def check_passphrase_change(vault: Vault, current: str, new: str) -> None:
    """Refuse a change that cannot be made, naming the field ("current" or "new")."""
    if vault.info.key_mode != "passphrase":
        raise CoachDeskError(_w(QT_TRANSLATE_NOOP(
            "Vault", "Only a passphrase vault has a passphrase to change.")))
    if not proves_the_key(vault, current):
        raise InvalidInput("current", _w(QT_TRANSLATE_NOOP(
            "Vault", "That is neither your current passphrase nor your recovery code.")))
    check_new_passphrase(new, "new")
    if new == current:
        raise InvalidInput("new", _w(QT_TRANSLATE_NOOP(
            "Vault", "The new passphrase is the one you have now.")))


def change_passphrase(vault: Vault, current: str, new: str, *,
                      backup_folder: Path | None = None,
                      progress: backups.Progress | None = None) -> Rotated:
    """A passphrase vault's new passphrase; returns the vault reopened, with the new code.
    With ``backup_folder``, the backups there are re-encrypted so the new passphrase (and
    the new code) opens them, and the old ones do not.

    The info file marks the change before the re-encryption and keeps the mark until
    the coach confirms the new code is written down: if CoachDesk is stopped in
    between, the next unlock says which passphrase to try and shows the code again
    (see ``unlock_with_passphrase``).
    """
    check_passphrase_change(vault, current, new)
    key = derive_passphrase_key(new, file_salt(vault.location.vault_file))
    location = vault.location
    try:
        replace(vault.info, new_key_unconfirmed=new_key_fingerprint(key)).write(location)
    except OSError as exc:
        raise CoachDeskError(_w(QT_TRANSLATE_NOOP(
            "Vault", "CoachDesk could not write beside the vault (%1); the passphrase was not "
            "changed."), exc.strerror or "")) from None
    old = _old_key(vault)
    reopened = _reencrypt(vault, key)
    mark_new_key(reopened)  # as after a rotation: until the coach confirms the new code
    # The change stands even if its audit entry cannot be written (a full disk).
    with suppress(CoachDeskError, DatabaseError), \
            reopened.transaction(touches=Change.AUDIT) as conn:
        audit.record(conn, "vault.passphrase_changed", "vault", None)
    done = _reencrypt_backups(reopened, backup_folder, old, key, progress)
    return Rotated(reopened, recovery.encode(key), done, _reencrypt_kept(reopened, old, key))


def _old_key(vault: Vault) -> RawKey:
    """The key the vault opens with before the change (the backups' key until then)."""
    if vault._key is None:
        raise CoachDeskError(_w(QT_TRANSLATE_NOOP(
            "Vault", "The vault is locked; the key was not changed.")))
    return RawKey(vault._key.key)


def _reencrypt_backups(vault: Vault, folder: Path | None, old: RawKey, new: bytes,
                       progress: backups.Progress | None) -> backups.Reencrypted | None:
    """The backup folder under the new key, with the vault's salt: the salt a passphrase
    is derived with, so the new passphrase opens the copies as it opens the vault."""
    if folder is None:
        return None
    salt = file_salt(vault.location.vault_file)
    done = backups.reencrypt_all(Path(folder), old, RawKey(new, salt), progress)
    if done.rewritten:
        with suppress(CoachDeskError, DatabaseError), \
                vault.transaction(touches=Change.AUDIT) as conn:
            audit.record(conn, "vault.backups_reencrypted", "vault", None)
    return done


def _reencrypt_kept(vault: Vault, old: RawKey, new: bytes) -> backups.Reencrypted:
    """The copies kept beside the vault under the new key too, always (unlike the backup
    folder, they are the vault's own and never offline): the keyring no longer holds the
    old key, so a copy left under it would be one the coach could not open to undo a
    restore. With the vault's salt, as the backups get."""
    salt = file_salt(vault.location.vault_file)
    done = backups.reencrypt_kept(vault.location, old, RawKey(new, salt))
    if done.rewritten:
        with suppress(CoachDeskError, DatabaseError), \
                vault.transaction(touches=Change.AUDIT) as conn:
            audit.record(conn, "vault.kept_copies_reencrypted", "vault", None)
    return done


def _reencrypt(vault: Vault, key: bytes) -> Vault:
    """Every page under ``key`` in one transaction; the vault is closed and returned
    opened again with the new key, which proves it."""
    try:
        with vault.transaction(touches=Change.AUDIT) as conn:
            audit.record(conn, "vault.key_rotation_started", "vault", None)
        with vault.exclusive():
            conn = vault.connection
            conn.execute(f"PRAGMA rekey = {RawKey(key).pragma_value()}")
            # Fold the re-encrypted pages from the log into the file at once: until then
            # the file itself still holds pages under the old key.
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        vault.close()  # held by no one now: the vault is reopened below, or by the coach
    return open_with_key(vault.location, RawKey(key))
