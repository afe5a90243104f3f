"""Key rotation: the vault re-encrypted, the keyring and code changed only after proof."""

from __future__ import annotations

import pytest

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError
from coachdesk.vault import backups, keystore, rekey


def test_rotation_changes_the_key_the_keyring_and_the_code(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Rotated"))
    old_backup = backups.make(vault, tmp_path / "b")
    rotated = rekey.rotate(vault)
    new = rotated.vault
    try:
        assert clients.list_ids(new)
        assert rotated.recovery_code != plan.recovery_code
        assert "hidden" in repr(rotated)
    finally:
        new.close()
    location = new.location
    again = vaults.unlock_with_keyring(location)  # the keyring holds the new key
    again.close()
    assert keystore.load_key(new.info.vault_id + rekey.PENDING) is None
    with pytest.raises(vaults.WrongKey):
        vaults.unlock_with_recovery_code(location, plan.recovery_code)
    vaults.unlock_with_recovery_code(location, rotated.recovery_code).close()
    # Backups made before keep the old key: the old code opens them.
    backups.check(old_backup.path, vaults.RawKey(plan.key.key))


def test_a_rotation_cut_off_after_the_re_encryption_still_opens(plan_and_vault):
    """Killed after PRAGMA rekey but before the keyring's main entry changed."""
    _plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("Interrupted"))
    new_key = bytes(range(32))
    keystore.store_key(vault.info.vault_id + rekey.PENDING, new_key)
    vault.connection.execute(f"PRAGMA rekey = {vaults.RawKey(new_key).pragma_value()}")
    location = vault.location
    vault.close()
    opened = vaults.unlock_with_keyring(location)
    try:
        assert clients.list_ids(opened)
        assert opened.new_recovery_code is not None  # the coach is shown the code now
    finally:
        opened.close()
    assert keystore.load_key(opened.info.vault_id) == new_key
    vaults.unlock_with_keyring(location).close()


def test_a_passphrase_vault_is_not_rotated_here(location):
    vault = vaults.create(location, vaults.plan_passphrase_vault("a long passphrase"))
    try:
        with pytest.raises(CoachDeskError, match="passphrase"):
            rekey.rotate(vault)
    finally:
        vault.close()


def test_a_rotation_cut_off_during_its_checkpoint_opens_with_the_pending_key(plan_and_vault):
    """Killed half-way through folding the re-encrypted log into the file: the file is
    half new key, half old, and the log holds every page under the new key."""
    from pathlib import Path

    from coachdesk import notes
    from coachdesk.vault.vault import PAGE_SIZE

    _plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Mid-checkpoint"))
    for n in range(300):
        notes.add(vault, client.id, f"note {n} " + "x" * 500)
    conn = vault.connection
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = vault.location.vault_file
    old_file = path.read_bytes()
    new_key = bytes(range(32))
    keystore.store_key(vault.info.vault_id + rekey.PENDING, new_key)
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(f"PRAGMA rekey = {vaults.RawKey(new_key).pragma_value()}")
    wal, shm = Path(f"{path}-wal").read_bytes(), Path(f"{path}-shm").read_bytes()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    new_file = path.read_bytes()
    location = vault.location
    vault.close()
    half = len(new_file) // PAGE_SIZE // 2 * PAGE_SIZE
    path.write_bytes(new_file[:half] + old_file[half:])
    Path(f"{path}-wal").write_bytes(wal)
    Path(f"{path}-shm").write_bytes(shm)
    opened = vaults.unlock_with_keyring(location)
    try:
        assert len(notes.ids_for_client(opened, client.id)) == 300
        assert opened.new_recovery_code is not None
    finally:
        opened.close()


def test_a_new_passphrase_opens_the_vault_and_the_old_one_no_longer_does(location, tmp_path):
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vault = vaults.create(location, plan)
    kept = clients.add(vault, clients.ClientDraft("Passphrase Person"))
    old_backup = backups.make(vault, tmp_path / "b")
    salt = location.vault_file.read_bytes()[:16]  # SQLCipher's salt
    assert rekey.passphrase_matches(vault, "river stone quiet lamp")
    assert not rekey.passphrase_matches(vault, "river stone quiet lamb")
    changed = rekey.change_passphrase(vault, "river stone quiet lamp", "amber field slow tide")
    try:
        assert clients.list_ids(changed.vault) == [kept.id]
        assert changed.recovery_code != plan.recovery_code  # the key is derived: a new code
        vaults.code_written_down(changed.vault)  # as the screen does once it is confirmed
    finally:
        changed.vault.close()
    assert location.vault_file.read_bytes()[:16] == salt  # the salt stays
    vaults.unlock_with_passphrase(location, "amber field slow tide").close()
    with pytest.raises(vaults.WrongKey):
        vaults.unlock_with_passphrase(location, "river stone quiet lamp")
    with pytest.raises(vaults.WrongKey):
        vaults.unlock_with_recovery_code(location, plan.recovery_code)
    vaults.unlock_with_recovery_code(location, changed.recovery_code).close()
    # A backup made before keeps the old passphrase.
    backups.check(old_backup.path, plan.key)


@pytest.mark.parametrize(("current", "new", "field", "words"), [
    ("not the passphrase", "amber field slow tide", "current", "neither your current"),
    ("river stone quiet lamp", "short", "new", "at least 10 characters"),
    ("river stone quiet lamp", "river stone quiet lamp", "new", "the one you have now"),
    ("river stone quiet lamp", "x'" + "ab" * 32 + "'", "new", "x'…'"),
])
def test_a_refused_passphrase_change_changes_nothing(location, current, new, field, words):
    from coachdesk.errors import InvalidInput

    vault = vaults.create(location, vaults.plan_passphrase_vault("river stone quiet lamp"))
    try:
        with pytest.raises(InvalidInput, match=words) as refused:
            rekey.change_passphrase(vault, current, new)
        assert refused.value.field == field
        assert vault.is_open and clients.list_ids(vault) == []
    finally:
        vault.close()
    vaults.unlock_with_passphrase(location, "river stone quiet lamp").close()


def test_only_a_passphrase_vault_changes_a_passphrase(plan_and_vault):
    _plan, vault = plan_and_vault
    with pytest.raises(CoachDeskError, match="Only a passphrase vault"):
        rekey.change_passphrase(vault, "anything at all", "something else entirely")


def test_a_forgotten_passphrase_is_replaced_with_the_recovery_code(location):
    """Opened with the code because the passphrase is gone: the code stands in for it."""
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vaults.create(location, plan).close()
    vault = vaults.unlock_with_recovery_code(location, plan.recovery_code)
    changed = rekey.change_passphrase(vault, plan.recovery_code.lower(), "amber field slow tide")
    changed.vault.close()
    vaults.unlock_with_passphrase(location, "amber field slow tide").close()


def test_a_passphrase_change_cut_off_after_the_re_encryption(location):
    """Killed after PRAGMA rekey, before the proof: the next unlock says to type the new
    passphrase (the old one opens nothing), then shows the code the coach never saw,
    until the coach confirms it is written down."""
    from msgspec.structs import replace

    from coachdesk.vault import recovery

    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vault = vaults.create(location, plan)
    clients.add(vault, clients.ClientDraft("Interrupted"))
    salt = location.vault_file.read_bytes()[:16]
    new_key = vaults.vault.derive_passphrase_key("amber field slow tide", salt)
    mark = vaults.vault.new_key_fingerprint(new_key)
    replace(vault.info, new_key_unconfirmed=mark).write(location)  # as change_passphrase does
    vault.connection.execute(f"PRAGMA rekey = {vaults.RawKey(new_key).pragma_value()}")
    vault.close()
    with pytest.raises(vaults.KeyNeeded, match="Type the new passphrase"):
        vaults.unlock_with_passphrase(location, "river stone quiet lamp")
    for _ in range(2):  # shown at every unlock until confirmed
        opened = vaults.unlock_with_passphrase(location, "amber field slow tide")
        assert clients.list_ids(opened)
        assert opened.new_recovery_code == recovery.encode(new_key)
        opened.close()
    opened = vaults.unlock_with_passphrase(location, "amber field slow tide")
    vaults.code_written_down(opened)
    opened.close()
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None
    again = vaults.unlock_with_passphrase(location, "amber field slow tide")
    assert again.new_recovery_code is None
    again.close()
    with pytest.raises(vaults.WrongKey):  # no change under way: the plain refusal
        vaults.unlock_with_passphrase(location, "river stone quiet lamp")


def test_a_passphrase_change_that_failed_before_the_re_encryption(location):
    """The mark was written, then the change failed (a full disk): the old passphrase
    opens the vault, no code is shown, and the mark goes."""
    from msgspec.structs import replace

    vault = vaults.create(location, vaults.plan_passphrase_vault("river stone quiet lamp"))
    salt = location.vault_file.read_bytes()[:16]
    new_key = vaults.vault.derive_passphrase_key("amber field slow tide", salt)
    replace(vault.info, new_key_unconfirmed=vaults.vault.new_key_fingerprint(new_key)).write(
        location)
    vault.close()
    with pytest.raises(vaults.KeyNeeded, match="Type the new passphrase"):
        vaults.unlock_with_passphrase(location, "amber field slow tide")  # never took
    opened = vaults.unlock_with_passphrase(location, "river stone quiet lamp")
    assert opened.new_recovery_code is None  # nothing changed, nothing to write down
    opened.close()
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None


def test_a_rotated_keys_code_is_shown_again_until_it_is_confirmed(plan_and_vault):
    """CoachDesk closed (or crashed) while the new code was on screen: the next unlock
    shows it again; once the coach confirms it is written down, never again."""
    _plan, vault = plan_and_vault
    rotated = rekey.rotate(vault)
    location = rotated.vault.location
    rotated.vault.close()  # before the coach confirmed the code
    again = vaults.unlock_with_keyring(location)
    assert again.new_recovery_code == rotated.recovery_code
    vaults.code_written_down(again)
    again.close()
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None
    later = vaults.unlock_with_keyring(location)
    assert later.new_recovery_code is None
    later.close()
