"""A computer killed (SIGKILL) while it applies a bundle or writes one, and a sync folder
whose disk is full: the vault opens whole, nothing is half-applied, no partial bundle is
ever read as complete, and the next exchange sends and applies everything.

The killed computer runs in a subprocess of its own on a real vault file; it says when
the work has started (a line on its output) and the test kills it there.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from syncing import pair, settle

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import bundles, practice

# Opens the vault, arranges to say "started" at the named point and then to go on slowly
# (so the kill lands mid-way), and runs the named work.
CHILD = r"""
import sys, time
from pathlib import Path
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import bundles, merge, practice

folder, point = sys.argv[1], sys.argv[2]
key = vaults.RawKey(bytes.fromhex(sys.stdin.readline().strip()))
vault = vaults.open_with_key(VaultLocation(Path(folder)), key)

def say():
    print("started", flush=True)

if point == "import":
    original = merge._Applier.apply
    seen = [0]
    def slowly(self, *args):
        seen[0] += 1
        if seen[0] == 200:
            say()
        if seen[0] >= 200:
            time.sleep(0.01)
        return original(self, *args)
    merge._Applier.apply = slowly
    practice.receive(vault)
elif point == "write":
    original_digest = bundles.digest
    def stuck(changes):
        say()  # the changes are in the partial file, its header not yet
        time.sleep(60)
        return original_digest(changes)
    bundles.digest = stuck
    practice.send(vault)
elif point == "after-rename":
    original_write = bundles.write
    def then_stuck(*args):
        done = original_write(*args)
        say()  # the bundle is in place, the vault not yet told
        time.sleep(60)
        return done
    bundles.write = then_stuck
    practice.send(vault)
print("finished", flush=True)
"""


def _computer(root: Path, name: str) -> tuple[vaults.Vault, bytes, VaultLocation]:
    """A vault whose raw key the killed subprocess can be handed (on its input)."""
    location = VaultLocation(root / name)
    plan = vaults.plan_keyring_vault()
    return vaults.create(location, plan), plan.key.key, location


def _kill_when_started(location: VaultLocation, key: bytes, point: str) -> None:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(location.folder), point],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdin is not None and child.stdout is not None
        child.stdin.write(key.hex() + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "started"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=60)
    assert child.returncode == -signal.SIGKILL


def _whole(vault: vaults.Vault) -> None:
    assert vault.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert vault.connection.execute("PRAGMA foreign_key_check").fetchall() == []


def _bodies(vault: vaults.Vault) -> list[str]:
    return sorted(b for (b,) in vault.read("SELECT body FROM notes"))


def _many_notes(vault: vaults.Vault, count: int) -> list[str]:
    client = clients.add(vault, clients.ClientDraft("Ada Byrne"))
    bodies = [f"session note {n}: what we agreed" for n in range(count)]
    for body in bodies:
        notes.add(vault, client.id, body)
    return sorted(bodies)


def test_killed_while_applying_a_large_bundle_the_vault_is_whole_and_the_next_exchange_applies_it(
        tmp_path):
    a, _, _ = _computer(tmp_path, "laptop")
    b, key, location = _computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Syncthing")
    bodies = _many_notes(a, 400)
    practice.send(a)  # one bundle of 400 notes and their sections
    b.close()

    _kill_when_started(location, key, "import")

    b = vaults.open_with_key(location, vaults.RawKey(key))
    try:
        _whole(b)
        assert _bodies(b) == []  # nothing half-applied
        assert b.read("SELECT name FROM clients") == []
        done = practice.exchange(b)
        assert done.applied and not done.refused
        assert _bodies(b) == bodies
        settle(a, b)
        assert _bodies(a) == _bodies(b)
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("point", ["write", "after-rename"])
def test_killed_while_writing_a_bundle_no_partial_one_is_read_and_the_next_send_writes_it(
        tmp_path, point):
    a, key, location = _computer(tmp_path, "laptop")
    b, _, _ = _computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    pair(a, [b], folder)
    bodies = _many_notes(a, 30)
    a.close()

    _kill_when_started(location, key, point)

    found = practice.settings(b)
    assert found is not None
    mine = [p for p in (bundles.practice_folder(folder, found.practice_id)).iterdir()
            if p.name != found.device_id]
    (laptop,) = mine
    partial = [p.name for p in laptop.iterdir() if p.name.endswith(".partial")]
    assert bool(partial) == (point == "write")  # left behind by the kill, and ignored
    done = practice.exchange(b)
    assert done.refused == []
    assert _bodies(b) == (bodies if point == "after-rename" else [])

    a = vaults.open_with_key(location, vaults.RawKey(key))
    try:
        _whole(a)
        assert practice.exchange(a).sent > 0  # the changes the kill held back go now
        settle(a, b)
        assert _bodies(b) == bodies == _bodies(a)
        assert not [p for p in laptop.iterdir() if p.name.endswith(".partial")]
    finally:
        a.close()
        b.close()


@pytest.fixture
def small_disk(tmp_path):
    """A real 4 MB tmpfs for the sync folder (root mounts it; CI runs as root), as in
    tests/integration/test_full_disk.py."""
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"this test needs root to mount a small tmpfs: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 65536)
        except OSError:
            pass
    return filler


def test_a_full_sync_folder_says_so_loses_nothing_and_the_next_send_writes_it(
        tmp_path, small_disk):
    a, _, _ = _computer(tmp_path, "laptop")
    b, _, _ = _computer(tmp_path, "desktop")
    folder = small_disk / "Syncthing"
    pair(a, [b], folder)
    bodies = _many_notes(a, 40)
    filler = _fill(small_disk)
    try:
        with pytest.raises(bundles.SyncFolderFull) as refused:
            practice.exchange(a)
        assert refused.value.message.startswith("The disk of the sync folder is full")
        assert "safe in this vault" in refused.value.message
        # Nothing half-written is left, the changes wait in the log, the notes are here.
        assert not list(folder.rglob("*.partial"))
        unsent = a.read_one("SELECT count(*) FROM sync_changes WHERE device IS NULL AND seq >"
                            " (SELECT sent_up_to FROM sync_practice)")[0]
        assert unsent >= 40
        assert _bodies(a) == bodies
        practice.exchange(b)
        assert _bodies(b) == []

        filler.unlink()  # the coach frees some space
        assert practice.exchange(a).sent > 0
        practice.exchange(b)
        assert _bodies(b) == bodies
    finally:
        a.close()
        b.close()
