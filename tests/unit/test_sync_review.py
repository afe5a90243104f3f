"""What an adversarial review of sync proved, each mended: a forged change of an approved
excerpt's words, a file planted in a computer's own folder, a clock at the end of time, a
pipe named like a bundle, a sync folder others may write in, a computer's folder swapped
for a link."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest
from billing_setup import brightwater
from syncing import computer, pair, settle

from coachdesk import approvals, clients, consent, excerpts, migrations
from coachdesk.approvals import Recipient
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, practice
from coachdesk.sync.bundles import Bundle, Change
from coachdesk.vault import recovery


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    code = pair(a, [b], tmp_path / "Dropbox")
    yield a, b, code
    a.close()
    b.close()


def _forge(vault, code: str, *changes: Change) -> None:
    """A bundle written with the practice's code into ``vault``'s own folder, as anyone
    holding the code and the folder could."""
    found = practice.settings(vault)
    mine = bundles.own(found.folder, found.practice_id, found.device_id)
    sequence = max(bundles.sequence_of(p) for p in mine) + 1
    bundles.write(found.folder, recovery.decode(code), Bundle(
        found.practice_id, found.device_id, sequence, sequence, migrations.latest(),
        changes, found.label))


def _a_minute_from_now() -> int:
    return (int(time.time() * 1000) + 60_000) << 16  # the hybrid clock's form


def _gid(vault, record_id: int) -> str:
    return json.dumps([[practice.settings(vault).device_id, record_id]])


def test_words_changed_in_a_forged_bundle_do_not_pass_the_approval_of_other_words(two):
    a, b, code = two
    case = brightwater(a)
    excerpt = excerpts.add(a, case.tom.id, "Tom set three goals for the quarter.")
    sponsor = Recipient("sponsor", case.company.id)
    approvals.record(a, excerpt.id, sponsor, method="written", given_by="Tom Okafor",
                     given_on="2026-10-01")
    settle(a, b)
    assert consent.decide(a, sponsor, [excerpt.id], "2026-10-10").all_pass
    forged = "Tom said he is looking for a job elsewhere."
    _forge(b, code, Change("excerpts", _gid(a, excerpt.id), "upsert", "text", forged,
                           _a_minute_from_now(), practice.settings(b).device_id))
    practice.exchange(a)
    assert excerpts.get(a, excerpt.id).text == forged  # the text arrived, its hash did not
    decision = consent.decide(a, sponsor, [excerpt.id], "2026-10-10")
    assert not decision.passed and [x.reason for x in decision.blocked] == [consent.CHANGED]


def test_a_file_planted_in_a_computers_own_folder_does_not_stop_its_sending(two):
    a, b, _code = two
    found = practice.settings(a)
    mine = bundles.practice_folder(found.folder, found.practice_id) / found.device_id
    (mine / "99999999.cdsync").write_bytes(b"")
    clients.add(a, clients.ClientDraft("After the planted file"))
    settle(a, b)
    assert b.read("SELECT name FROM clients") == [("After the planted file",)]


def test_a_change_from_the_end_of_time_is_refused_and_the_clock_keeps_moving(two):
    a, b, code = two
    tom = clients.add(a, clients.ClientDraft("Tom"))
    settle(a, b)
    _forge(b, code, Change("clients", _gid(a, tom.id), "upsert", "phone", "0",
                           (1 << 63) - 1, practice.settings(b).device_id))
    result = practice.exchange(a)
    assert [r.reason for r in result.refused] == [bundles.CLOCK_AHEAD]
    assert clients.get(a, tom.id).phone != "0"
    clients.add(a, clients.ClientDraft("Saved afterwards"))
    settle(a, b)
    assert ("Saved afterwards",) in b.read("SELECT name FROM clients")


def test_a_pipe_named_like_a_first_bundle_does_not_hang_a_join(tmp_path):
    folder = tmp_path / "Sync"
    device = folder / "CoachDesk" / ("a" * 32) / ("b" * 32)
    device.mkdir(parents=True)
    os.mkfifo(device / "00000001.cdsync")
    code = recovery.encode(os.urandom(32))
    outcome: list[object] = []

    def find() -> None:
        try:
            practice.find(folder, code)
        except CoachDeskError as exc:
            outcome.append(exc)

    worker = threading.Thread(target=find, daemon=True)
    worker.start()
    worker.join(20)
    assert not worker.is_alive(), "the join still waits on the pipe"
    assert outcome and "No practice" in str(outcome[0])


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
def test_a_sync_folder_others_may_write_in_is_refused_at_start_and_at_join(two, tmp_path):
    from coachdesk.sync.folders import UnsuitableFolder, check_sync_folder

    _a, _b, code = two
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)  # like /tmp
    with pytest.raises(UnsuitableFolder, match="Other accounts on this computer"):
        check_sync_folder(shared, vault_folder=tmp_path / "laptop")
    with pytest.raises(UnsuitableFolder, match="Other accounts on this computer"):
        practice.find(shared, code)
    assert list(shared.iterdir()) == []  # nothing written


def test_this_computers_folder_swapped_for_a_link_is_refused_and_nothing_there_removed(
        two, tmp_path):
    a, _b, _code = two
    found = practice.settings(a)
    mine = bundles.practice_folder(found.folder, found.practice_id) / found.device_id
    assert oct(mine.stat().st_mode & 0o777) == "0o700"
    elsewhere = tmp_path / "coach's own files"
    elsewhere.mkdir()
    (elsewhere / "00000042.cdsync").write_bytes(b"the coach's own file")
    for each in mine.iterdir():
        each.unlink()
    mine.rmdir()
    mine.symlink_to(elsewhere, target_is_directory=True)
    clients.add(a, clients.ClientDraft("Written after the swap"))
    with pytest.raises(CoachDeskError, match="is a link"):
        practice.send(a)
    assert [p.name for p in elsewhere.iterdir()] == ["00000042.cdsync"]
    assert (elsewhere / "00000042.cdsync").read_bytes() == b"the coach's own file"
