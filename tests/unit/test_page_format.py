"""The vault's page format: new vaults and backups authenticate each page with
HMAC-SHA256; vaults and backups made before (SQLCipher 4's default, HMAC-SHA512) keep
opening, saving, backing up and being re-keyed; a wrong key is still a wrong key and
damage is still named, in either format. Real SQLCipher files throughout: each file's
format is checked by opening it with plain SQLCipher, as another tool would."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import sqlcipher3

from coachdesk import clients, notes, search
from coachdesk import vault as vaults
from coachdesk.vault import backups, cipher, health, recovery, rekey, restoring
from coachdesk.vault.vault import file_salt
from tests.damage import flip, with_backup


def opens_as(path: Path, key: bytes, page_hmac: str | None) -> bool:
    """Whether plain SQLCipher 4 opens ``path`` with ``key`` and pages authenticated with
    ``page_hmac`` (None: SQLCipher's own defaults, what CoachDesk wrote before)."""
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {vaults.RawKey(key, file_salt(path)).pragma_value()}")
        if page_hmac is not None:
            conn.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


@pytest.fixture
def forget_formats(monkeypatch):
    """No file's format remembered from an earlier open: each is found afresh."""
    monkeypatch.setattr(cipher, "_seen", {})


@pytest.fixture
def made_before(location, tmp_path, monkeypatch, forget_formats):
    """A keyring vault with 300 notes and a backup, both written as CoachDesk wrote them
    before this format (SQLCipher 4's defaults); closed. (plan, location, folder)"""
    with monkeypatch.context() as before:
        before.setattr(cipher, "NEW_FORMAT", cipher.HMAC_SHA512)
        before.setattr(backups, "NEW_FORMAT", cipher.HMAC_SHA512)
        plan = vaults.plan_keyring_vault()
        vault = vaults.create(location, plan)
        folder = tmp_path / "backups"
        with_backup(vault, folder)
        vault.close()
    cipher._seen.clear()
    [backup] = backups.in_folder(folder)
    for path in (location.vault_file, backup.path):
        assert opens_as(path, plan.key.key, None)  # really the old format
        assert not opens_as(path, plan.key.key, cipher.HMAC_SHA256)
    return plan, location, folder


def test_a_new_vault_and_its_backups_use_sha256_pages_and_keep_every_protection(
        plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Amara Okafor"))
    backup = backups.make(vault, tmp_path / "backups")
    conn = vault.connection
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone()[0] == "HMAC_SHA256"
    # What must not weaken: AES-256, an HMAC on every page, memory settings as before.
    assert conn.execute("PRAGMA cipher").fetchone()[0].lower() == "aes-256-cbc"
    assert conn.execute("PRAGMA cipher_use_hmac").fetchone()[0] == "1"
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "0"
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in (vault.location.vault_file, backup.path):
        assert opens_as(path, plan.key.key, cipher.HMAC_SHA256)
        assert not opens_as(path, plan.key.key, None)
        assert not opens_as(path, os.urandom(32), cipher.HMAC_SHA256)


def test_a_vault_made_before_opens_saves_and_searches_in_its_own_format(made_before):
    plan, location, _folder = made_before
    vault = vaults.unlock_with_keyring(location)
    try:
        client = clients.list_ids(vault)[0]
        note = notes.add(vault, client, "courage before the board meeting")
        notes.save(vault, note.id, "courage and calm before the board meeting")
        searcher = search.Searcher(vault)  # a connection of its own, on another thread
        try:
            assert [h.record_id for h in searcher.everything("courage")
                    if h.kind == "note"] == [note.id]
        finally:
            searcher.close()
        assert health.check_open(vault) is None
    finally:
        vault.close()
    assert opens_as(location.vault_file, plan.key.key, None)  # left in its format
    again = vaults.unlock_with_recovery_code(location, plan.recovery_code)
    try:
        assert notes.get(again, note.id).body == "courage and calm before the board meeting"
    finally:
        again.close()


@pytest.mark.parametrize("before", [True, False], ids=["made before", "new"])
def test_a_wrong_key_says_wrong_key_in_either_format(before, location, monkeypatch,
                                                     forget_formats):
    plan = vaults.plan_keyring_vault()
    with monkeypatch.context() as at_the_time:
        if before:
            at_the_time.setattr(cipher, "NEW_FORMAT", cipher.HMAC_SHA512)
        vaults.create(location, plan).close()
    cipher._seen.clear()
    assert opens_as(location.vault_file, plan.key.key,
                    None if before else cipher.HMAC_SHA256)
    pristine = location.vault_file.read_bytes()
    other = recovery.encode(os.urandom(32))
    with pytest.raises(vaults.WrongKey, match="This code does not open this vault"):
        vaults.unlock_with_recovery_code(location, other)
    bent = bytearray(plan.key.key)
    bent[31] ^= 0x01
    with pytest.raises(vaults.WrongKey):
        vaults.open_with_key(location, vaults.RawKey(bytes(bent)))
    assert location.vault_file.read_bytes() == pristine  # nothing written by the attempts
    vaults.open_with_key(location, vaults.RawKey(plan.key.key)).close()


@pytest.mark.parametrize("offset, words", [
    (3, "its first 16 bytes (the salt"),
    (2000, "its first page"),
])
def test_damage_to_a_vault_made_before_is_named(made_before, offset, words):
    plan, location, folder = made_before
    damaged = flip(location.vault_file, offset)
    with pytest.raises(health.VaultDamaged, match=words.replace("(", r"\(")):
        vaults.unlock_with_keyring(location)
    assert location.vault_file.read_bytes() == damaged
    restored, _newest = restoring.restore_newest(location, folder, plan.recovery_code)
    try:
        assert len(notes.ids_for_client(restored, clients.list_ids(restored)[0])) == 300
    finally:
        restored.close()


def test_a_deep_damaged_page_of_a_vault_made_before_is_found(made_before):
    _plan, location, _folder = made_before
    size = location.vault_file.stat().st_size
    flip(location.vault_file, size - 4096 * 3 + 700)
    vault = vaults.unlock_with_keyring(location)
    try:
        found = health.check_open(vault)
    finally:
        vault.close()
    assert found is not None and "fails its check" in found.english()


def test_a_vault_made_before_gets_new_backups_and_restoring_one_brings_the_new_format(
        made_before, tmp_path):
    plan, location, _folder = made_before
    vault = vaults.unlock_with_keyring(location)
    try:
        newer = backups.make(vault, tmp_path / "newer")
    finally:
        vault.close()
    assert opens_as(newer.path, plan.key.key, cipher.HMAC_SHA256)
    restored = restoring.restore(location, newer.path, plan.recovery_code)
    try:
        assert len(notes.ids_for_client(restored, clients.list_ids(restored)[0])) == 300
    finally:
        restored.close()
    assert opens_as(location.vault_file, plan.key.key, cipher.HMAC_SHA256)


def test_a_key_change_re_encrypts_backups_made_before(made_before, tmp_path):
    plan, location, folder = made_before
    vault = vaults.unlock_with_keyring(location)
    rotated = rekey.rotate(vault, backup_folder=folder)
    try:
        [backup] = backups.in_folder(folder)
        assert rotated.backups is not None
        assert rotated.backups.rewritten == (backup.path.name,)
        assert notes.ids_for_client(rotated.vault, clients.list_ids(rotated.vault)[0])
    finally:
        rotated.vault.close()
    new_key = recovery.decode(rotated.recovery_code)
    assert opens_as(backup.path, new_key, cipher.HMAC_SHA256)  # rewritten: the new format
    assert not opens_as(backup.path, plan.key.key, cipher.HMAC_SHA256)
    assert opens_as(location.vault_file, new_key, None)  # the vault keeps its own format
    reopened = vaults.unlock_with_keyring(location)
    reopened.close()
