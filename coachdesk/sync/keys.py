"""A new pairing code: the practice's sync key replaced (docs/sync.md, *A new pairing
code*).

Whoever once had the pairing code (a laptop sold, a code photographed) can read every
change file in the folder and write valid ones, so the coach can replace it. The computer
where she asks makes a new key and rewrites its own bundles with it; every other computer
must be given the new code by hand (typed in Settings), then rewrites its own bundles in
turn. **The old key is not accepted any more**, not even for a while: cutting off the old
code is the point, and a computer's changes made meanwhile are not lost, they go out
again, with the new key, once the code is typed there.

How a computer tells "another computer changed the pairing code" from damage: the maker
leaves a small *marker* in the practice's folder, one file per key generation, whose name
holds only the generation and a key id (a hash of the key, never the key):
``<practice>/key-<generation>-<key id>.cdkey``. Readers skip files there (they look for
computers' folders only). A marker names a newer key than this computer's when its
(generation, key id) is greater: two codes made at the same moment on two computers are
told apart the same way on every computer, so one of them gives way.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk import audit, files
from coachdesk.changes import Change as Touched
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, practice
from coachdesk.vault import recovery
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

_MARKER = re.compile(r"^key-(\d{4,})-([0-9a-f]{32})\.cdkey$")


@dataclass(frozen=True, order=True)
class Generation:
    """One sync key of the practice as the folder knows it: its number (1 is the key made
    when the practice started syncing) and its id (never the key)."""

    number: int
    key_id: str


@dataclass(frozen=True)
class KeyState:
    """This computer's key, and a newer one in use elsewhere, if any (then this computer
    needs the new pairing code)."""

    mine: Generation
    newer: Generation | None


def key_id(key: bytes) -> str:
    """A name for the key that cannot give it away: 32 hex digits of a SHA-256 over it."""
    return hashlib.sha256(b"CoachDesk sync key id\0" + key).hexdigest()[:32]


def markers(folder: Path, practice_id: str) -> list[Generation]:
    """The key generations the practice's folder names, oldest first."""
    found = []
    try:
        entries = list(bundles.practice_folder(folder, practice_id).iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _MARKER.match(entry.name)
        if match:
            found.append(Generation(int(match.group(1)), match.group(2)))
    return sorted(found)


def _write_marker(folder: Path, practice_id: str, generation: Generation) -> None:
    top = bundles.practice_folder(folder, practice_id)
    name = f"key-{generation.number:04d}-{generation.key_id}.cdkey"
    body = json.dumps({"format": 1, "generation": generation.number,
                       "key_id": generation.key_id}) + "\n"
    files.write_private_atomically(top / name, body.encode("ascii"))


def _mine(vault: Vault) -> tuple[practice.Settings, bytes, int]:
    found = practice.settings(vault)
    row = vault.read_one("SELECT sync_key, key_generation FROM sync_practice")
    if found is None or row is None:
        raise practice.NotSyncing()
    return found, bytes(row[0]), int(row[1])


def state(vault: Vault) -> KeyState:
    """Which key this computer holds, and whether a newer one is in use (a marker in the
    folder names one): Settings then asks for the new code."""
    found, key, number = _mine(vault)
    known = markers(found.folder, found.practice_id)
    mine_id = key_id(key)
    # A computer that joined with a new code learns its generation from the marker.
    number = max([number, *(g.number for g in known if g.key_id == mine_id)])
    mine = Generation(number, mine_id)
    newer = [g for g in known if g > mine and g.key_id != mine_id]
    return KeyState(mine, newer[-1] if newer else None)


def _adopt(vault: Vault, key: bytes, number: int) -> None:
    """Hold ``key`` from now on; every own bundle goes out again with it (the next send
    rewrites them all, however far this one gets)."""
    with vault.transaction(touches=Touched.SETTINGS) as conn:
        conn.execute("UPDATE sync_practice SET sync_key = ?, key_generation = ?,"
                     " rewrite_due = 1", (key, number))
        audit.record(conn, "sync.pairing_code_changed", "computer", None)


def new_code(vault: Vault) -> str:
    """Replace the practice's sync key here: a new key, its marker in the folder, this
    computer's own bundles rewritten with it. Returns the new pairing code, which every
    other computer of the practice must be given."""
    found, _key, _number = _mine(vault)
    now = state(vault)
    key = secrets.token_bytes(32)
    number = max([now.mine.number, *(g.number for g in
                                     markers(found.folder, found.practice_id))]) + 1
    generation = Generation(number, key_id(key))
    # The marker first: a computer that meets a bundle it cannot open knows why.
    _write_marker(found.folder, found.practice_id, generation)
    _adopt(vault, key, number)
    practice.send(vault)
    return recovery.encode(key)


def _refuse(text: str) -> CoachDeskError:
    return CoachDeskError(Words("Sync", text))


def take_code(vault: Vault, code: str,
              progress: practice.Progress | None = None) -> practice.Exchange:
    """The new pairing code typed on this computer: once its marker shows it is the
    practice's newest, this computer holds it, rewrites its own bundles with it and reads
    the others' again. Refuses this computer's own code, an earlier one, and a code the
    folder does not name (mistyped, or its marker not copied here yet)."""
    key = recovery.decode(code)
    found, _key, _number = _mine(vault)
    now = state(vault)
    wanted = key_id(key)
    if wanted == now.mine.key_id:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Sync", "This computer already uses this pairing code."))
    known = markers(found.folder, found.practice_id)
    named = [g for g in known if g.key_id == wanted]
    if not named:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Sync", "This is not the practice's new pairing code. Check it against the "
                    "code shown on the computer where it was made; if it was made only "
                    "now, wait until your sync service has copied the folder here."))
    if named[-1] != known[-1] or named[-1] < now.mine:  # a newer one is in use
        raise _refuse(QT_TRANSLATE_NOOP(
            "Sync", "This is an earlier pairing code, no longer used. Type the newest "
                    "one, shown on the computer where it was made."))
    _adopt(vault, key, named[-1].number)
    return practice.exchange(vault, progress)
