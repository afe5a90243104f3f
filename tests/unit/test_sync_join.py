"""Joining a practice from its synced folder, as the wizard does it: the practice found
(and every refusal said) before anything is written, then built with its progress told
bundle by bundle."""

from __future__ import annotations

import pytest
from syncing import computer

from coachdesk import clients, notes
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, practice


@pytest.fixture
def laptop(tmp_path):
    """The practice's first computer, syncing through ``Dropbox`` with four bundles: the
    first full one and three more, a client each."""
    a = computer(tmp_path, "laptop")
    folder = tmp_path / "Dropbox"
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    notes.add(a, client.id, "first session: Ada wants to lead the review")
    code = practice.start(a, folder)
    for name in ("Bea Castell", "Cy Dunmore", "Di Evans"):
        clients.add(a, clients.ClientDraft(name))
        practice.send(a)
    yield a, folder, code
    a.close()


def _names(vault):
    return sorted(c.name for c in clients.get_many(vault, clients.list_ids(vault)).values())


def _own(vault):
    found = practice.settings(vault)
    return bundles.own(found.folder, found.practice_id, found.device_id)


def test_join_reports_each_bundle_applied_of_those_found(tmp_path, laptop):
    a, folder, code = laptop
    b = computer(tmp_path, "desktop")
    heard: list[tuple[int, int]] = []
    try:
        practice.join(b, folder, code, lambda done, total: heard.append((done, total)))
        found = len(_own(a))
        assert found == 4
        assert heard[0] == (0, found) and heard[-1] == (found, found)
        assert [done for done, _ in heard] == sorted(done for done, _ in heard)
        assert {total for _, total in heard} == {found}
        assert _names(b) == _names(a)
        assert practice.settings(b).label == "B"  # the practice's second computer
    finally:
        b.close()


def test_a_missing_bundle_stops_the_count_short_and_the_rest_follows(tmp_path, laptop):
    a, folder, code = laptop
    second = _own(a)[1]
    held = second.with_name("on its way")
    second.rename(held)  # the sync service has not delivered it yet
    b = computer(tmp_path, "desktop")
    heard: list[tuple[int, int]] = []
    try:
        result = practice.join(b, folder, code, lambda done, total: heard.append((done, total)))
        assert heard[-1] == (1, 3)  # the first bundle arrived; two wait for the missing one
        assert result.waiting
        assert _names(b) == ["Ada Byrne"]
        held.rename(second)
        practice.exchange(b)
        assert _names(b) == _names(a)
    finally:
        b.close()


def test_the_folder_is_found_from_the_coachdesk_folder_or_the_practice_folder(laptop):
    a, folder, code = laptop
    practice_id = practice.settings(a).practice_id
    for chosen in (folder, folder / "CoachDesk", folder / "CoachDesk" / practice_id):
        root, found, labels = practice.find(chosen, code)
        assert (root, found, labels) == (folder, practice_id, {""})


def test_what_cannot_be_joined_is_said_in_the_coachs_words(tmp_path, laptop):
    import secrets

    from coachdesk.vault import recovery

    _a, folder, code = laptop
    empty = tmp_path / "Nextcloud"
    empty.mkdir()
    with pytest.raises(CoachDeskError, match="holds no CoachDesk practice"):
        practice.find(empty, code)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(CoachDeskError, match="cannot be read"):
        practice.find(not_a_folder, code)
    with pytest.raises(CoachDeskError) as wrong:
        practice.find(folder, recovery.encode(secrets.token_bytes(32)))
    assert wrong.value.words is not None and wrong.value.words.context == "Sync"
    assert str(wrong.value).startswith("No practice in this folder opens with this code.")
