"""The one way CoachDesk writes a file: owner-only, never through a link, never over
(or as) another account's file, whole or not at all."""

from __future__ import annotations

import os
import stat

import pytest

from coachdesk import files
from coachdesk.files import UnsafeFile, UnsafeFolder
from tests.planted import NOBODY, foreign_file, link, shared_folder, untouched

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


@pytest.fixture
def coachs_file(tmp_path):
    """A file of the coach's elsewhere, which a planted link points at."""
    mine = tmp_path / "elsewhere" / "notes.txt"
    mine.parent.mkdir()
    mine.write_bytes(b"the coach's own words")
    return mine


def test_a_file_is_written_whole_and_readable_by_the_coach_only(tmp_path):
    old = os.umask(0)  # even where new files would be open to everyone
    try:
        files.write_private_atomically(tmp_path / "out.pdf", b"%PDF first")
        files.write_private_atomically(tmp_path / "out.pdf", b"%PDF second")
    finally:
        os.umask(old)
    target = tmp_path / "out.pdf"
    assert target.read_bytes() == b"%PDF second"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]  # no partial file left


@pytest.mark.parametrize("where", ["partial", "target"])
def test_a_planted_link_is_refused_and_never_followed(tmp_path, coachs_file, where):
    folder = shared_folder(tmp_path)
    target = folder / "report.pdf"
    planted = link(files.partial_path(target) if where == "partial" else target, coachs_file)
    before = untouched(planted)
    with pytest.raises(UnsafeFile, match="a link to another place") as refused:
        files.write_private_atomically(target, b"%PDF approved words")
    assert coachs_file.read_bytes() == b"the coach's own words"
    assert untouched(planted) == before  # the link itself is left as it was, too
    assert str(planted) in refused.value.message
    assert "folder that is yours alone" in refused.value.message
    assert [p.name for p in folder.iterdir()] == [planted.name]  # nothing else written


@pytest.mark.parametrize("where", ["partial", "target"])
def test_another_accounts_file_is_refused_and_never_adopted(tmp_path, where):
    folder = shared_folder(tmp_path)
    target = folder / "report.pdf"
    planted = foreign_file(files.partial_path(target) if where == "partial" else target)
    before = untouched(planted)
    with pytest.raises(UnsafeFile, match="belongs to another account"):
        files.write_private_atomically(target, b"%PDF approved words")
    assert untouched(planted) == before
    assert planted.stat().st_uid == NOBODY and b"approved" not in planted.read_bytes()
    assert sorted(p.name for p in folder.iterdir()) == [planted.name]


def test_create_private_refuses_anything_at_the_name_even_the_coachs_own(tmp_path):
    mine = tmp_path / "kept.copy"
    mine.write_bytes(b"kept")
    with pytest.raises(UnsafeFile, match="a file already stands at that name"):
        files.create_private(mine)
    assert mine.read_bytes() == b"kept"


def test_a_partial_file_left_by_an_interrupted_write_does_not_block_the_next(tmp_path):
    target = tmp_path / "report.pdf"
    files.partial_path(target).write_bytes(b"%PDF half a fil")  # a crash, a pulled stick
    files.write_private_atomically(target, b"%PDF whole")
    assert target.read_bytes() == b"%PDF whole"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_partial_file_swapped_before_it_is_put_in_place_is_not_passed_off(tmp_path):
    folder = shared_folder(tmp_path)
    target = folder / "report.pdf"
    staged = files.StagedFile(target, b"%PDF approved words")
    staged.partial.unlink()  # another account replaces it while the record is written
    swapped = foreign_file(staged.partial, b"%PDF words the client never approved")
    with pytest.raises(UnsafeFile, match="replaced by another"):
        staged.finish()
    assert not target.exists()
    assert swapped.read_bytes() == b"%PDF words the client never approved"  # left alone


def test_the_coachs_own_folder_passes(tmp_path):
    folder = tmp_path / "vault"
    folder.mkdir(mode=0o700)
    files.check_private_folder(folder)
    files.check_private_folder(tmp_path / "not yet made")


@pytest.mark.parametrize("mode", [0o770, 0o757, 0o777, 0o1777])
def test_a_folder_others_may_write_to_is_refused_saying_what_to_do(tmp_path, mode):
    folder = tmp_path / "vault folder"
    folder.mkdir()
    folder.chmod(mode)
    with pytest.raises(UnsafeFolder) as refused:
        files.check_private_folder(folder)
    assert str(folder) in refused.value.message
    assert f"chmod 700 '{folder}'" in refused.value.message  # quoted: a space in the name
    assert "choose another folder" in refused.value.message


def test_a_folder_of_another_account_is_refused(tmp_path):
    folder = tmp_path / "theirs"
    folder.mkdir(mode=0o700)
    os.chown(folder, NOBODY, NOBODY)
    with pytest.raises(UnsafeFolder, match="belongs to another account") as refused:
        files.check_private_folder(folder)
    assert str(folder) in refused.value.message and "--home" in refused.value.message
