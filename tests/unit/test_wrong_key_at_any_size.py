"""A wrong key is told at once at any size: the vault reads a sample of its pages to tell
another key from damage, never every page (that stays with the health check). Real
SQLCipher files in both page formats; what is read is counted by the kernel
(/proc/self/io), not by CoachDesk."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest
import sqlcipher3

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.vault import backups, cipher, health, recovery, restoring
from coachdesk.vault.errors import VaultDamaged, WrongKey
from coachdesk.vault.restoring import RestoreFailed
from coachdesk.vault.vault import file_salt
from tests.damage import flip

IO = Path("/proc/self/io")
pytestmark = pytest.mark.skipif(not IO.exists(), reason="counts reads through /proc/self/io")
# What a refusal may read of the vault: its first page (the read that proves a key, once
# per format), the sample, and the same again with a backup's salt; everything else it
# reads (the info file, the code's own modules) is far smaller than one scan of the file.
BOUND = 4 * health.SAMPLE_PAGES * cipher.PAGE_SIZE


def bytes_read() -> int:
    return int(next(line.split()[1] for line in IO.read_text().splitlines()
                    if line.startswith("rchar:")))


def fill(vault, count: int = 1200) -> None:
    """Enough notes for a file of more than a thousand pages."""
    client = clients.add(vault, clients.ClientDraft("Large"))
    for n in range(count):
        notes.add(vault, client.id, f"note {n} " + secrets.token_hex(1200))


@pytest.fixture(params=[cipher.HMAC_SHA256, cipher.HMAC_SHA512])
def large(request, location, tmp_path, monkeypatch):
    """A closed keyring vault of more than a thousand pages, in each page format (the
    older one as vaults made before it were written), with a verified backup; (plan,
    backup folder, page format)."""
    monkeypatch.setattr(cipher, "_seen", {})
    with monkeypatch.context() as written:
        written.setattr(cipher, "NEW_FORMAT", request.param)
        written.setattr(backups, "NEW_FORMAT", request.param)
        plan = vaults.plan_keyring_vault()
        vault = vaults.create(location, plan)
        fill(vault)
        folder = tmp_path / "backups"
        backups.remember_folder(vault, str(folder))
        backups.make(vault, folder)
        vault.close()
    cipher._seen.clear()
    assert location.vault_file.stat().st_size > 1000 * cipher.PAGE_SIZE
    return plan, folder, request.param


def refused_reading(location, key: bytes, what: str = "code") -> tuple[str, int]:
    """The words a wrong key is refused with, and the bytes read meanwhile."""
    before = bytes_read()
    with pytest.raises(WrongKey) as refused:
        vaults.open_with_key(location, vaults.RawKey(key), what)
    return str(refused.value), bytes_read() - before


def test_a_wrong_code_is_refused_in_the_same_words_reading_a_few_pages(large, location):
    plan, _folder, _format = large
    pristine = location.vault_file.read_bytes()
    size = len(pristine)
    vaults.open_with_key(location, plan.key).close()
    refused_reading(location, secrets.token_bytes(32))  # the code a refusal runs, loaded
    for _ in range(3):
        words, read = refused_reading(location, secrets.token_bytes(32))
        assert words == "This code does not open this vault."
        assert read < BOUND < size  # before: every page, once per format (and per salt)
    # one byte off is as wrong as any other key, and still told from a few pages
    near = bytearray(plan.key.key)
    near[-1] ^= 1
    words, read = refused_reading(location, bytes(near))
    assert words == "This code does not open this vault." and read < BOUND
    assert location.vault_file.read_bytes() == pristine  # nothing written
    vaults.open_with_key(location, plan.key).close()


def test_a_wrong_recovery_code_says_so_reading_a_few_pages(large, location):
    vaults.open_with_key(location, large[0].key).close()
    refused_reading(location, secrets.token_bytes(32))  # the code a refusal runs, loaded
    typed = recovery.encode(secrets.token_bytes(32))
    before = bytes_read()
    with pytest.raises(WrongKey, match=r"^This code does not open this vault\.$"):
        vaults.unlock_with_recovery_code(location, typed)
    assert bytes_read() - before < BOUND


def test_damage_is_still_named_not_taken_for_a_wrong_key(large, location):
    """The sample tells damage from another key; the pages are then checked through, in
    the file's one format, to name what is hurt."""
    plan, _folder, _format = large
    flip(location.vault_file, 100)  # inside the first page's ciphertext
    with pytest.raises(VaultDamaged, match="its first page"):
        vaults.open_with_key(location, plan.key)
    with pytest.raises(WrongKey):  # another key on the same damaged file
        vaults.open_with_key(location, vaults.RawKey(secrets.token_bytes(32)))


def test_a_damaged_salt_is_told_by_the_backup_and_a_wrong_key_still_is_not(large, location):
    plan, _folder, _format = large
    flip(location.vault_file, 3)  # the salt: every page fails with the file's own
    with pytest.raises(VaultDamaged, match="first 16 bytes"):
        vaults.open_with_key(location, plan.key)
    words, read = refused_reading(location, secrets.token_bytes(32))
    assert words == "This code does not open this vault." and read < BOUND


def test_the_sample_checks_pages_as_sqlcipher_does(large, location):
    """Each sampled page passes exactly when SQLCipher's own check passes it, in the
    file's own format only: a damaged sampled page fails in both."""
    plan, _folder, page_hmac = large
    path = location.vault_file
    total = path.stat().st_size // cipher.PAGE_SIZE
    pages = health.sample(total)
    assert pages[0] == 1 and pages[-1] == total and len(pages) == health.SAMPLE_PAGES
    hurt = pages[len(pages) // 2]
    flip(path, (hurt - 1) * cipher.PAGE_SIZE + 500)
    conn = sqlcipher3.connect(str(path))
    try:
        conn.execute(f"PRAGMA key = {vaults.RawKey(plan.key.key, file_salt(path)).pragma_value()}")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {page_hmac}")
        failing = {int(r[0].rsplit(" ", 1)[-1]) for r in
                   conn.execute("PRAGMA cipher_integrity_check").fetchall()}
    finally:
        conn.close()
    assert failing == {hurt}
    passing = health.sampled_formats(path, plan.key)
    assert passing[page_hmac] == [p for p in pages if p != hurt]
    other = next(f for f in cipher.FORMATS if f != page_hmac)
    assert passing[other] == []
    assert health.sampled_formats(path, vaults.RawKey(secrets.token_bytes(32))) == {
        f: [] for f in cipher.FORMATS}


def test_a_backup_refuses_a_wrong_code_reading_a_few_pages(large, location):
    plan, folder, _format = large
    [backup] = backups.in_folder(folder)
    restoring.examine(backup.path, plan.key)  # the right code: checked through
    before = bytes_read()
    with pytest.raises(RestoreFailed) as refused:
        restoring.examine(backup.path, vaults.RawKey(secrets.token_bytes(32)))
    assert bytes_read() - before < BOUND
    assert "does not open with your vault's key" in str(refused.value)
    assert os.path.getsize(backup.path) > BOUND
