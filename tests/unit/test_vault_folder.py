"""The vault's small files are never written through a planted link."""

from __future__ import annotations

import os

import pytest

from coachdesk import files
from coachdesk import vault as vaults
from coachdesk.files import UnsafeFile
from tests.planted import link, untouched

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


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
