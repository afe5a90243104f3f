"""Key rotation: a new key for the vault, changed so that no moment leaves the coach locked out.

1. The new key is kept in the keyring under a *pending* entry first.
2. ``PRAGMA rekey`` re-encrypts every page in one transaction (all or nothing).
3. The vault is closed and opened again with the new key: proof.
4. Only then does the keyring's main entry change and the pending one go; the
   new recovery code is shown.

If CoachDesk is killed anywhere in between, unlocking tries the main key and
then the pending one (``unlock_with_keyring`` promotes it), so the vault always
opens with a key the coach has. Backups made before keep the old key: the old
recovery code still opens them, and the coach is offered a fresh backup.
Passphrase vaults are rotated by choosing a new passphrase (not offered yet).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from coachdesk import audit
from coachdesk.errors import CoachDeskError
from coachdesk.vault import keystore, recovery
from coachdesk.vault.vault import RawKey, Vault, open_with_key

PENDING = ".next"


@dataclass(frozen=True, repr=False)
class Rotated:
    vault: Vault  # the vault, open again with its new key
    recovery_code: str  # to write down now: the old code only opens old backups

    def __repr__(self) -> str:
        return "Rotated(<new key hidden>)"


def pending_account(vault_id: str) -> str:
    return vault_id + PENDING


def rotate(vault: Vault, *, new_key: bytes | None = None) -> Rotated:
    """Re-encrypt ``vault`` with a new random key; returns it reopened, with the new code."""
    if vault.info.key_mode != "keyring":
        raise CoachDeskError("Only a vault whose key is in the keyring can change its key "
                             "here. A passphrase vault changes its passphrase instead.")
    key = new_key or secrets.token_bytes(32)
    vault_id = vault.info.vault_id
    try:
        keystore.store_key(pending_account(vault_id), key)  # first: never lose the new key
    except keystore.KeyringUnavailable as exc:
        raise CoachDeskError(f"{exc.reason} The key was not changed.") from None
    with vault.transaction() as conn:
        audit.record(conn, "vault.key_rotation_started", "vault", None)
    with vault._guard:
        conn = vault.connection
        conn.execute(f"PRAGMA rekey = {RawKey(key).pragma_value()}")
        # Fold the re-encrypted pages from the log into the file at once: until then
        # the file itself still holds pages under the old key.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    location = vault.location
    vault.close()
    reopened = open_with_key(location, RawKey(key))  # proof before anything else changes
    keystore.store_key(vault_id, key)
    keystore.forget_key(pending_account(vault_id))
    with reopened.transaction() as conn:
        audit.record(conn, "vault.key_rotated", "vault", None)
    return Rotated(reopened, recovery.encode(key))
