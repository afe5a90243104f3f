"""The vault's folder is the coach's alone; the demo's public key opens only the demo's
folder; the vault's small files are never written through a planted link."""

from __future__ import annotations

import hashlib
import os
import uuid

import pytest

from coachdesk import files
from coachdesk import vault as vaults
from coachdesk.files import UnsafeFile, UnsafeFolder
from coachdesk.paths import VaultLocation
from coachdesk.vault import KeyNeeded
from tests.planted import NOBODY, link, untouched

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def untouched_vault(location: VaultLocation) -> tuple:
    """Same files, same bytes: what a coach would call untouched."""
    return (sorted(p.name for p in location.folder.iterdir()),
            hashlib.sha256(location.vault_file.read_bytes()).hexdigest())


@posix_only
@pytest.mark.parametrize("mode", [0o770, 0o777])
def test_no_vault_is_made_in_a_folder_others_may_write_to(location, mode):
    location.folder.mkdir()
    location.folder.chmod(mode)
    with pytest.raises(UnsafeFolder) as refused:
        vaults.create(location, vaults.plan_keyring_vault())
    assert str(location.folder) in refused.value.message
    assert "chmod 700" in refused.value.message
    assert list(location.folder.iterdir()) == []  # not even the info file
    assert os.stat(location.folder).st_mode & 0o777 == mode  # the coach decides, not us


@posix_only
def test_no_vault_is_made_in_a_folder_of_another_account(location):
    location.folder.mkdir(mode=0o700)
    os.chown(location.folder, NOBODY, NOBODY)
    with pytest.raises(UnsafeFolder, match="belongs to another account"):
        vaults.create(location, vaults.plan_keyring_vault())
    assert list(location.folder.iterdir()) == []


@posix_only
@pytest.mark.parametrize("opening", ["keyring", "recovery code", "passphrase"])
def test_a_vault_whose_folder_others_can_now_write_to_is_not_opened(location, opening):
    plan = (vaults.plan_passphrase_vault("river stone quiet lamp") if opening == "passphrase"
            else vaults.plan_keyring_vault())
    vaults.create(location, plan).close()
    location.folder.chmod(0o775)  # a change of the coach's, or of some installer
    before = untouched_vault(location)
    with pytest.raises(UnsafeFolder) as refused:
        if opening == "keyring":
            vaults.unlock_with_keyring(location)
        elif opening == "recovery code":
            vaults.unlock_with_recovery_code(location, plan.recovery_code)
        else:
            vaults.unlock_with_passphrase(location, "river stone quiet lamp")
    assert f"chmod 700 {location.folder}" in refused.value.message
    assert untouched_vault(location) == before
    location.folder.chmod(0o700)  # what the message says to do
    vaults.unlock_with_recovery_code(location, plan.recovery_code).close()


@posix_only
def test_a_folder_only_readable_by_others_is_closed_to_them(location):
    location.folder.mkdir(mode=0o755)
    location.folder.chmod(0o755)
    vaults.create(location, vaults.plan_keyring_vault()).close()
    assert os.stat(location.folder).st_mode & 0o777 == 0o700


def demo_key_vault(location: VaultLocation, key_mode: str = "demo") -> vaults.Vault:
    plan = vaults.NewVaultPlan(str(uuid.uuid4()), key_mode, vaults.RawKey(vaults.DEMO_KEY))
    return vaults.create(location, plan)


def test_the_demo_key_opens_the_demo_folder(location):
    demo_location = VaultLocation.default(demo=True)
    demo_key_vault(demo_location).close()
    again = vaults.unlock_with_keyring(demo_location)
    assert again.opened_with_demo_key
    again.close()


def test_an_info_file_saying_demo_outside_the_demo_folder_is_refused(location):
    """Someone swaps the coach's vault for one with the demo's public key: CoachDesk does
    not open it without asking, so nothing the coach types goes into a readable vault."""
    demo_key_vault(location).close()
    before = untouched_vault(location)
    with pytest.raises(KeyNeeded) as refused:
        vaults.unlock_with_keyring(location)
    assert refused.value.mode == "recovery"
    message = refused.value.message
    assert "demo practice" in message and str(location.folder) in message
    assert str(VaultLocation.default(demo=True).folder) in message
    assert "recovery code" in message
    assert untouched_vault(location) == before


def test_a_vault_knows_whether_the_demo_key_opened_it(location):
    """Decided by the key, not by any file: a vault with the public key says so even
    when its info file and its own records call it a keyring vault."""
    disguised = demo_key_vault(location, key_mode="keyring")
    assert disguised.info.key_mode == "keyring" and disguised.opened_with_demo_key
    disguised.close()
    reopened = vaults.unlock_with_keyring(location)  # the keyring holds the demo key
    assert reopened.opened_with_demo_key
    reopened.close()
    other = VaultLocation(location.folder.parent / "own")
    plan = vaults.NewVaultPlan(str(uuid.uuid4()), "demo", vaults.RawKey(os.urandom(32)))
    own = vaults.create(other, plan)  # says demo, but its key is a secret one
    assert own.info.key_mode == "demo" and not own.opened_with_demo_key
    own.close()


@posix_only
@pytest.mark.parametrize("where", ["info file", "partial file"])
def test_the_info_file_is_never_written_through_a_planted_link(vault, location, tmp_path,
                                                              where):
    outside = tmp_path / "outside.txt"
    outside.write_text("a file of the coach's outside the vault")
    name = location.info_file if where == "info file" else files.partial_path(
        location.info_file)
    if where == "info file":
        location.info_file.unlink()
    planted = link(name, outside)
    before = untouched(planted)
    with pytest.raises(UnsafeFile, match="a link to another place"):
        vault.info.write(location)
    assert outside.read_text() == "a file of the coach's outside the vault"
    assert untouched(planted) == before


def test_a_new_vault_never_lands_on_a_planted_link(location, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("kept")
    location.folder.mkdir(mode=0o700)
    link(location.vault_file, outside.with_name("gone"))  # dangling: exists() says no
    with pytest.raises(UnsafeFile):
        vaults.create(location, vaults.plan_keyring_vault())
    assert location.vault_file.is_symlink() and outside.read_text() == "kept"
    assert sorted(p.name for p in location.folder.iterdir()) == ["vault.coachdesk"]
