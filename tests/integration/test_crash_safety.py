"""SIGKILL at random moments while notes are written and while backups are made.

A child process opens the vault and saves notes as fast as it can, printing
each save only after the save call returned. The parent kills it at a random
moment, reopens the vault, and checks that it passes both integrity checks
and holds every note whose save had returned, with at least those words.
The same for a backup killed part-way: the vault opens, no half backup is
taken for a real one, and the next backup succeeds.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.vault import backups

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("COACHDESK_CRASH_KILLS", "25"))

WRITER = r"""
import os, sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from coachdesk import notes, vault as vaults
from coachdesk.paths import VaultLocation
vault = vaults.open_with_key(VaultLocation(Path(sys.argv[2])),
                             vaults.RawKey(bytes.fromhex(sys.argv[3])))
client_id, round_ = int(sys.argv[4]), int(sys.argv[5])
n = 0
note = None
while True:
    n += 1
    text = f"round {round_} save {n} " + "words " * (n % 50)
    if note is None or n % 7 == 0:
        note = notes.add(vault, client_id, text)
    else:
        note = notes.save(vault, note.id, text)
    print(f"{note.id}\t{round_}\t{n}", flush=True)
"""

BACKER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups
vault = vaults.open_with_key(VaultLocation(Path(sys.argv[2])),
                             vaults.RawKey(bytes.fromhex(sys.argv[3])))
print("open", flush=True)
while True:
    made = backups.make(vault, Path(sys.argv[4]))
    print(made.path.name, flush=True)
"""


def kill_after(args: list[str], delay: float) -> list[str]:
    """Run a child, SIGKILL it after ``delay`` seconds of work; return what it printed."""
    child = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, cwd=ROOT)
    first = child.stdout.readline()  # it has opened the vault and done one step
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    rest, err = child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL, err
    return [line for line in (first + rest).splitlines() if line]


def reopen(location, key: bytes):
    vault = vaults.open_with_key(location, vaults.RawKey(key))
    conn = vault.connection
    # cipher_integrity_check reads the file's pages, not the log's: fold the log in first
    # (after a key change the file holds old-key pages until then).
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return vault


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_notes_whose_save_returned_survive_any_kill(location):
    plan = vaults.plan_keyring_vault()
    vault = vaults.create(location, plan)
    client = clients.add(vault, clients.ClientDraft("Crash Test"))
    vault.close()
    rng = random.Random(20261125)
    confirmed: dict[int, tuple[int, int]] = {}  # note id -> (round, save) last confirmed
    checked = 0
    for round_ in range(KILLS):
        printed = kill_after([WRITER, str(ROOT), str(location.folder), plan.key.key.hex(),
                              str(client.id), str(round_)], rng.uniform(0.02, 0.6))
        for line in printed:
            note_id, r, n = (int(x) for x in line.split("\t"))
            confirmed[note_id] = (r, n)
        vault = reopen(location, plan.key.key)
        try:
            found = notes.get_many(vault, list(confirmed))
            for note_id, (r, n) in confirmed.items():
                body = found[note_id].body
                saved_round, saved_n = (int(x) for x in body.split()[1:4:2])
                assert (saved_round, saved_n) >= (r, n), (note_id, body[:40], r, n)
                checked += 1
        finally:
            vault.close()
    print(f"\n{KILLS} kills, {len(confirmed)} notes, {checked} checks, 0 lost")
    assert len(confirmed) > KILLS  # the children really wrote


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_backup_killed_part_way_leaves_the_vault_and_no_false_backup(location, tmp_path):
    plan = vaults.plan_keyring_vault()
    vault = vaults.create(location, plan)
    client = clients.add(vault, clients.ClientDraft("Backed Up"))
    for n in range(300):
        notes.add(vault, client.id, f"note {n} " + "text " * 300)
    vault.close()
    folder = tmp_path / "backups"
    rng = random.Random(7)
    for _ in range(6):
        kill_after([BACKER, str(ROOT), str(location.folder), plan.key.key.hex(), str(folder)],
                   rng.uniform(0.0, 0.4))
        vault = reopen(location, plan.key.key)
        try:
            assert len(notes.ids_for_client(vault, client.id)) == 300
            for kept in backups.in_folder(folder):  # whatever looks like a backup is whole
                backups.check(kept.path, vaults.RawKey(plan.key.key))
            made = backups.make(vault, folder)  # and the next one works, clearing leftovers
            assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
            made.path.unlink()
        finally:
            vault.close()


REKEYER = r"""
import sys
sys.path.insert(0, sys.argv[1])
from pathlib import Path
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
keys = [bytes.fromhex(sys.argv[3]), bytes.fromhex(sys.argv[4])]
location = VaultLocation(Path(sys.argv[2]))
for attempt in keys:
    try:
        vault = vaults.open_with_key(location, vaults.RawKey(attempt))
        break
    except vaults.WrongKey:
        continue
current = keys.index(attempt)
print("open", flush=True)
while True:
    current = 1 - current
    vault.connection.execute(f"PRAGMA rekey = {vaults.RawKey(keys[current]).pragma_value()}")
    print(f"now {current}", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_key_change_killed_part_way_leaves_a_vault_one_of_the_keys_opens(location):
    plan = vaults.plan_keyring_vault()
    vault = vaults.create(location, plan)
    client = clients.add(vault, clients.ClientDraft("Rekeyed"))
    for n in range(200):
        notes.add(vault, client.id, f"note {n} " + "text " * 200)
    vault.close()
    keys = [plan.key.key, bytes(range(32))]
    rng = random.Random(11)
    for _ in range(8):
        kill_after([REKEYER, str(ROOT), str(location.folder), keys[0].hex(), keys[1].hex()],
                   rng.uniform(0.0, 0.5))
        opened = None
        for key in keys:
            try:
                opened = reopen(location, key)  # opens, and passes both integrity checks
            except vaults.WrongKey:
                continue
            break
        assert opened is not None, "neither key opens the vault"
        try:
            assert len(notes.ids_for_client(opened, client.id)) == 200
        finally:
            opened.close()
