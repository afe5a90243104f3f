"""The vault: creation, opening by keyring, recovery code and passphrase, and
every way a start can go wrong, each ending in a plain message and an untouched file."""

from __future__ import annotations

import hashlib
import os

import keyring
import pytest
import sqlcipher3
from msgspec.structs import replace

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import (
    KeyNeeded,
    NotAVault,
    VaultExists,
    VaultTooNew,
    WrongKey,
    keystore,
    recovery,
)
from keyrings import BrokenKeyring, MemoryKeyring, OtherMemoryKeyring


def fingerprint(location: VaultLocation) -> tuple:
    """What a coach would call 'untouched': same files, same bytes, same times."""
    files = sorted(p.name for p in location.folder.iterdir())
    data = location.vault_file.read_bytes()
    stat = location.vault_file.stat()
    return files, hashlib.sha256(data).hexdigest(), stat.st_mtime_ns, stat.st_size


def test_keyring_vault_reopens_without_asking(location, memory_keyring):
    plan = vaults.plan_keyring_vault()
    v = vaults.create(location, plan)
    clients.add(v, clients.ClientDraft("Amaka Obi"))
    v.close()
    stored = memory_keyring.get_password("CoachDesk", plan.vault_id)
    assert stored == plan.key.key.hex() and len(stored) == 64
    again = vaults.unlock_with_keyring(location)
    assert [c.name for c in clients.get_many(again, clients.list_ids(again)).values()] == [
        "Amaka Obi"]
    again.close()


def test_info_file_holds_only_id_mode_and_format(plan_and_vault, location):
    plan, v = plan_and_vault
    clients.add(v, clients.ClientDraft("Canary Client Name"))
    text = location.info_file.read_text()
    assert plan.vault_id in text and '"key_mode": "keyring"' in text and '"format": 1' in text
    assert "Canary" not in text and plan.key.key.hex() not in text


def test_vault_file_is_ciphertext(location):
    v = vaults.create(location, vaults.plan_keyring_vault())
    canary = "Unmistakable-Canary-Surname-7f3a"
    client = clients.add(v, clients.ClientDraft(canary, email="canary7f3a@example.org"))
    from coachdesk import notes

    notes.add(v, client.id, "canary note text 9b1e about a promotion")
    v.close()
    data = b"".join(p.read_bytes() for p in location.folder.iterdir() if p.is_file())
    assert not data.startswith(b"SQLite format 3")
    for needle in (canary, "canary7f3a", "canary note text 9b1e"):
        assert needle.encode("utf-8") not in data
        assert needle.encode("utf-16-le") not in data


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_vault_files_are_readable_by_the_owner_only(vault, location):
    from coachdesk import notes

    notes.add(vault, clients.add(vault, clients.ClientDraft("Ann")).id, "x")
    for path in location.folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, f"{path.name} is readable by others"


def test_connection_pragmas_are_the_safe_ones(vault):
    conn = vault.connection
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_keyring_entry_gone_asks_for_code_then_stores_key_again(location, memory_keyring):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    memory_keyring.store.clear()  # a new laptop, or a wiped keychain
    with pytest.raises(KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "recovery"
    assert "recovery code" in asked.value.message
    v = vaults.unlock_with_recovery_code(location, plan.recovery_code)
    v.close()
    assert memory_keyring.get_password("CoachDesk", plan.vault_id) == plan.key.key.hex()
    vaults.unlock_with_keyring(location).close()


def test_wrong_recovery_code_writes_nothing(location, memory_keyring):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    memory_keyring.store.clear()
    before = fingerprint(location)
    other = recovery.encode(os.urandom(32))
    with pytest.raises(WrongKey, match="This code does not open this vault"):
        vaults.unlock_with_recovery_code(location, other)
    assert fingerprint(location) == before
    assert memory_keyring.store == {}


def test_wrong_key_needs_every_byte_right(location):
    """After KeePassXC's TestKeys: a key one bit off must fail like any other."""
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    for position in (0, 15, 31):
        bent = bytearray(plan.key.key)
        bent[position] ^= 0x01
        with pytest.raises(WrongKey):
            vaults.open_with_key(location, vaults.RawKey(bytes(bent)))
    vaults.open_with_key(location, plan.key).close()


@pytest.mark.parametrize("passphrase", [
    "correct horse battery", "it's \"quoted\"; DROP TABLE x; --", "pâss phrâse ✓ 🙂 كلمة"])
def test_passphrase_mode(location, passphrase):
    plan = vaults.plan_passphrase_vault(passphrase)
    v = vaults.create(location, plan)
    clients.add(v, clients.ClientDraft("Passphrase Person"))
    v.close()
    with pytest.raises(KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "passphrase"
    before = fingerprint(location)
    with pytest.raises(WrongKey, match="This passphrase does not open this vault"):
        vaults.unlock_with_passphrase(location, passphrase + "x")
    assert fingerprint(location) == before
    v = vaults.unlock_with_passphrase(location, passphrase)
    assert clients.count(v) == 1
    v.close()
    # The recovery code opens a passphrase vault too.
    v = vaults.unlock_with_recovery_code(location, plan.recovery_code)
    assert clients.count(v) == 1
    v.close()


def test_never_creates_over_an_existing_vault(location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    before = fingerprint(location)
    with pytest.raises(VaultExists):
        vaults.create(location, vaults.plan_keyring_vault())
    assert fingerprint(location) == before


@pytest.mark.parametrize("content, words", [
    (b"", "empty"),
    (b"SQLite format 3\x00" + bytes(4080), "unencrypted SQLite"),
    (b"Dear diary, this is a text file.\n" * 10, "truncated or is not a CoachDesk vault"),
])
def test_foreign_empty_or_plain_files_are_named_and_left_alone(location, content, words):
    location.folder.mkdir(parents=True)
    location.vault_file.write_bytes(content)
    before = fingerprint(location)
    for attempt in (lambda: vaults.unlock_with_keyring(location),
                    lambda: vaults.unlock_with_recovery_code(location,
                                                             recovery.encode(os.urandom(32)))):
        with pytest.raises(NotAVault) as refused:
            attempt()
        assert str(location.vault_file) in refused.value.message
        assert words in refused.value.message
        assert "left it untouched" in refused.value.message
    assert fingerprint(location) == before


def test_truncated_vault_is_named_and_left_alone(location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    data = location.vault_file.read_bytes()
    location.vault_file.write_bytes(data[: len(data) - 1000])
    before = fingerprint(location)
    with pytest.raises(NotAVault, match="truncated"):
        vaults.unlock_with_keyring(location)
    assert fingerprint(location) == before


def test_random_bytes_of_vault_size_offer_the_recovery_code(location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    size = location.vault_file.stat().st_size
    location.vault_file.write_bytes(os.urandom(size))
    before = fingerprint(location)
    with pytest.raises(KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "recovery"
    assert str(location.vault_file) in asked.value.message
    assert "untouched" in asked.value.message
    assert fingerprint(location) == before


def test_vault_from_a_newer_coachdesk_is_refused_unchanged(location):
    plan = vaults.plan_keyring_vault()
    v = vaults.create(location, plan)
    v.connection.execute("PRAGMA user_version = 999")
    v.close()
    before = fingerprint(location)
    with pytest.raises(VaultTooNew, match="newer version of CoachDesk.*not been changed"):
        vaults.unlock_with_keyring(location)
    assert fingerprint(location) == before


@pytest.mark.parametrize("trouble", ["locked", "broken", "vanished"])
def test_locked_or_failing_keyring_asks_for_the_code(location, memory_keyring, trouble):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    if trouble == "locked":
        MemoryKeyring.lock()
    elif trouble == "broken":
        MemoryKeyring.break_down()
    else:  # the keyring that kept the key is not on this desktop any more
        info = vaults.VaultInfo.read(location)
        replace(info, keyring_backend="keyrings.VanishedKeyring").write(location)
    with pytest.raises(KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "recovery"
    assert "keyring" in asked.value.message
    # The code still opens it; the keyring just does not get the key back.
    vaults.unlock_with_recovery_code(location, plan.recovery_code).close()


def test_only_the_keyring_that_kept_the_key_is_asked_for_it(location):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()

    class Impostor(OtherMemoryKeyring):
        def get_password(self, service, username):
            raise AssertionError("a keyring that did not keep the key was asked for it")

    impostor = Impostor()
    impostor.store[("CoachDesk", plan.vault_id)] = os.urandom(32).hex()
    keyring.set_keyring(impostor)  # the desktop's keyring changed since the vault was made
    vaults.unlock_with_keyring(location).close()  # opened with the kept key, and only it


@pytest.mark.parametrize("module", ["keyring.backends.fail", "keyring.backends.null"])
def test_insecure_or_missing_backends_are_refused(location, module):
    import importlib

    backend = importlib.import_module(module).Keyring()
    keyring.set_keyring(backend)
    state = keystore.status()
    assert not state.usable
    assert "no system keyring" in state.description.english()
    with pytest.raises(KeyNeeded) as asked:
        vaults.create(location, vaults.plan_keyring_vault())
    assert asked.value.mode == "passphrase"
    assert not location.vault_file.exists()


def test_plaintext_keyring_is_refused():
    class PlaintextKeyring(BrokenKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextKeyring())
    state = keystore.status()
    assert not state.usable and "plain" in state.description.english()


def test_missing_info_file_asks_for_code_and_rewrites_it(location, memory_keyring):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    location.info_file.unlink()
    with pytest.raises(KeyNeeded, match="info file"):
        vaults.unlock_with_keyring(location)
    vaults.unlock_with_recovery_code(location, plan.recovery_code).close()
    assert plan.vault_id in location.info_file.read_text()
    vaults.unlock_with_keyring(location).close()


def test_keys_stay_out_of_reprs(location):
    plan = vaults.plan_passphrase_vault("a secret passphrase")
    text = repr(plan) + repr(plan.key) + repr(vaults.Passphrase("a secret passphrase"))
    assert plan.key.key.hex() not in text and "a secret passphrase" not in text
    v = vaults.create(location, plan)
    assert plan.key.key.hex() not in repr(v)
    v.close()


def test_locked_vault_refuses_use(vault):
    vault.close()
    with pytest.raises(vaults.VaultLocked):
        clients.list_ids(vault)


def test_plain_sqlite_cannot_read_the_vault(location):
    import sqlite3

    vaults.create(location, vaults.plan_keyring_vault()).close()
    conn = sqlite3.connect(location.vault_file)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_sqlcipher_is_really_there():
    assert vaults.sqlcipher_version().startswith("4.")
    conn = sqlcipher3.connect(":memory:")
    assert conn.execute("PRAGMA cipher_version").fetchone()[0]


def test_wrong_key_writes_nothing_even_with_a_leftover_wal(location, tmp_path):
    """A folder copied while CoachDesk had it open (or left by a crash) has a hot WAL."""
    import shutil

    plan = vaults.plan_keyring_vault()
    v = vaults.create(location, plan)
    client = clients.add(v, clients.ClientDraft("Ann"))
    from coachdesk import notes

    notes.add(v, client.id, "in the WAL only")
    copy = VaultLocation(tmp_path / "copy")
    shutil.copytree(location.folder, copy.folder)  # while the vault is open
    v.close()
    assert (copy.folder / "vault.coachdesk-wal").stat().st_size > 0

    def everything_but_shm():
        return {p.name: p.read_bytes() for p in copy.folder.iterdir()
                if not p.name.endswith("-shm")}

    before = everything_but_shm()
    with pytest.raises(WrongKey):
        vaults.open_with_key(copy, vaults.RawKey(os.urandom(32)))
    with pytest.raises(WrongKey):
        vaults.unlock_with_passphrase(copy, "not the passphrase")
    assert everything_but_shm() == before
    # ...and the right key still finds the note that only the WAL held.
    again = vaults.open_with_key(copy, plan.key)
    found = notes.get_many(again, notes.ids_for_client(again, client.id))
    assert [n.body for n in found.values()] == ["in the WAL only"]
    again.close()


def test_sqlcipher_itself_opens_a_passphrase_vault_with_the_passphrase(location):
    plan = vaults.plan_passphrase_vault("a long 'quoted' passphrase")
    vaults.create(location, plan).close()
    conn = sqlcipher3.connect(str(location.vault_file))
    conn.execute("PRAGMA key = 'a long ''quoted'' passphrase'")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # CoachDesk's pages
    assert conn.execute("SELECT value FROM vault_info WHERE key = 'key_mode'").fetchone() == (
        "passphrase",)
    conn.close()


def test_a_passphrase_shaped_like_a_raw_key_is_refused():
    from coachdesk.errors import InvalidInput

    with pytest.raises(InvalidInput, match="cannot be written as x'…'"):
        vaults.plan_passphrase_vault("x'" + "ab" * 32 + "'")
    with pytest.raises(InvalidInput, match="control characters"):
        vaults.plan_passphrase_vault("nul\x00inside the passphrase")


def test_passphrase_vault_without_its_info_file_stays_a_passphrase_vault(location,
                                                                        memory_keyring):
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vaults.create(location, plan).close()
    location.info_file.unlink()
    vaults.unlock_with_recovery_code(location, plan.recovery_code).close()
    assert memory_keyring.store == {}  # its key was never put in the keyring
    assert vaults.VaultInfo.read(location).key_mode == "passphrase"
    with pytest.raises(KeyNeeded) as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "passphrase"


def test_info_file_without_its_vault_says_the_drive_may_be_away(location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    moved = location.vault_file.with_name("elsewhere")
    location.vault_file.rename(moved)
    assert location.exists()  # the wizard must not offer to start a new vault here
    with pytest.raises(NotAVault, match="is missing. If it lives on a removable"):
        vaults.unlock_with_keyring(location)
    with pytest.raises(VaultExists):
        vaults.create(location, vaults.plan_keyring_vault())


def test_creation_is_all_or_nothing(location):
    location.folder.mkdir(parents=True)
    stale = location.folder / "vault.coachdesk.creating"
    stale.write_bytes(b"half a vault from a creation that was cut short")
    v = vaults.create(location, vaults.plan_keyring_vault())
    v.close()
    assert sorted(p.name for p in location.folder.iterdir()) == ["vault.coachdesk", "vault.json"]


def test_a_failed_commit_leaves_the_vault_usable(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as conn:
        conn.execute("PRAGMA defer_foreign_keys = ON")
        conn.execute("INSERT INTO notes (client_id, body, created_at, updated_at)"
                     " VALUES (999, 'orphan', 'x', 'x')")
    assert not vault.connection.in_transaction
    assert clients.update(vault, client.id, clients.ClientDraft("Ann Lee")).name == "Ann Lee"
    assert vault.read_one("SELECT count(*) FROM notes") == (0,)


def test_the_vault_cannot_close_in_the_middle_of_a_write(vault):
    with pytest.raises(RuntimeError, match="middle of a write"), vault.transaction():
        vault.close()
    assert vault.is_open


def test_a_wrong_key_prints_nothing_in_a_fresh_process(location):
    import subprocess
    import sys
    from pathlib import Path

    vaults.create(location, vaults.plan_keyring_vault()).close()
    script = (
        "import os, sys; sys.path.insert(0, sys.argv[2])\n"
        "from coachdesk import vault as v\nfrom coachdesk.paths import VaultLocation\n"
        "from pathlib import Path\n"
        "try:\n    v.open_with_key(VaultLocation(Path(sys.argv[1])), v.RawKey(os.urandom(32)))\n"
        "except v.WrongKey as e:\n    print('refused:', e)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", script, str(location.folder), str(root)],
                          capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "refused: This code does not open this vault."
    assert done.stderr == ""


def test_the_highest_priority_real_backend_is_chosen_from_a_chain():
    from keyrings import MemoryKeyring

    class Plaintext(MemoryKeyring):
        priority = 0.5

    Plaintext.__module__ = "keyrings.alt.file"

    class Chain(MemoryKeyring):
        def __init__(self, *backends):
            super().__init__()
            self.backends = list(backends)

    real = MemoryKeyring()
    keyring.set_keyring(Chain(Plaintext(), real))
    assert keystore.status().usable
    keystore.store_key("vault-1", b"k" * 32)
    assert real.get_password("CoachDesk", "vault-1") == (b"k" * 32).hex()

    Plaintext.priority = 5
    keyring.set_keyring(Chain(Plaintext(), MemoryKeyring()))
    assert not keystore.status().usable


def test_a_rotation_keeps_the_key_in_the_vaults_own_keyring(location):
    """The desktop's keyring changed since the vault was made: the new key still goes
    where the vault's info file says its key is kept, which is where unlock reads."""
    from coachdesk.vault import rekey

    vault = vaults.create(location, vaults.plan_keyring_vault())
    other = OtherMemoryKeyring()
    keyring.set_keyring(other)
    rotated = rekey.rotate(vault)
    rotated.vault.close()
    assert other.store == {}  # nothing went to the other keyring
    vaults.unlock_with_keyring(location).close()
    vaults.unlock_with_recovery_code(location, rotated.recovery_code).close()


@pytest.mark.parametrize("named", ["keyring.backends.chainer.ChainerBackend",
                                   "keyring.backends.null.Keyring"])
def test_a_keyring_that_reads_through_weaker_stores_is_never_named(location, named):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    replace(vaults.VaultInfo.read(location), keyring_backend=named).write(location)
    with pytest.raises(KeyNeeded, match="not a safe one") as asked:
        vaults.unlock_with_keyring(location)
    assert asked.value.mode == "recovery"


def test_a_name_in_the_info_file_never_imports_a_module_keyring_does_not_know(
        location, tmp_path, monkeypatch):
    """The info file is plain text: a name in it is loaded only if it is one of keyring's
    own backends or one keyring's search finds installed."""
    import sys

    marker = tmp_path / "imported"
    (tmp_path / "planted_backend.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\nclass Keyring: pass\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    vaults.create(location, vaults.plan_keyring_vault()).close()
    info = vaults.VaultInfo.read(location)
    replace(info, keyring_backend="planted_backend.Keyring").write(location)
    with pytest.raises(KeyNeeded, match="does not answer now"):
        vaults.unlock_with_keyring(location)
    assert not marker.exists() and "planted_backend" not in sys.modules


def test_a_passphrase_unlock_writes_a_missing_info_file_again(location):
    vaults.create(location, vaults.plan_passphrase_vault("river stone quiet lamp")).close()
    location.info_file.unlink()
    vaults.unlock_with_passphrase(location, "river stone quiet lamp").close()
    assert vaults.VaultInfo.read(location).key_mode == "passphrase"
