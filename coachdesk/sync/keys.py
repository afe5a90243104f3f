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
told apart the same way on every computer, so one of them gives way (the markers:
coachdesk.sync.markers).

A marker counts only when it names the computer that wrote it and that computer is not
marked as gone, here: a lost laptop cannot make a new code (refused
on it once the mark has reached it), and one it made anyway, even before the mark reached
it, makes no other computer ask for a code only the laptop shows. Its later bundles are
refused everywhere in any case. A computer that takes a new code writes its own marker for
it, so a code typed on the others stays the practice's code when its maker is marked as
gone afterwards. A marker naming no writer (the release before this one wrote them) counts
while no computer is marked as gone: then any computer's code is the practice's, so it
lets nothing in that a named marker would not (review finding 5); and a computer holding
a key that only such markers name writes its own marker for it, so the code stays believed
once a computer is marked as gone.
"""

from __future__ import annotations

import secrets
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import audit
from coachdesk.changes import Change as Touched
from coachdesk.errors import CoachDeskError
from coachdesk.sync import computers, practice
from coachdesk.sync.markers import Generation, key_id, markers, write
from coachdesk.vault import recovery
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault


# Why a file is not applied once the code was replaced (the status line's tooltip shows it
# after the file's name, translated in the context "sync", as bundles.WRONG_KEY).
OLD_CODE = QT_TRANSLATE_NOOP("sync", "written before its computer had the new pairing code: "
                                     "type the new code in Settings on that computer")
# ... and on a computer that cannot tell yet whether a new code made with an earlier version
# (its marker names no computer) is the practice's (KeyState.unsure).
UNSURE_CODE = QT_TRANSLATE_NOOP(
    "sync", "written after a new pairing code made with an earlier version of CoachDesk: let "
            "the computer that made the code sync once, then this computer asks for it in "
            "Settings (or make a new pairing code on a computer not marked as gone)")


@dataclass(frozen=True)
class KeyState:
    """This computer's key, and a newer one in use elsewhere, if any (then this computer
    needs the new pairing code)."""

    mine: Generation
    newer: Generation | None
    # A newer key whose marker names no writer, not believed because a computer is marked
    # as gone (review finding 5): the status line says what to do rather than "damaged".
    unsure: Generation | None = None


def _mine(vault: Vault) -> tuple[practice.Settings, bytes, int]:
    found = practice.settings(vault)
    row = vault.read_one("SELECT sync_key, key_generation FROM sync_practice")
    if found is None or row is None:
        raise practice.NotSyncing()
    return found, bytes(row[0]), int(row[1])


def _believed(vault: Vault, found: practice.Settings) -> list[Generation]:
    """The markers in the folder that count (see the module's words), oldest first: those
    naming their writer, a computer not marked as gone, and, while no computer of the
    practice is marked as gone, those naming none (written by the release before writers
    were named: a computer that had not typed such a code yet still takes it). A writer
    not heard from yet counts: a computer that just joined may make a code before its
    first changes arrive here."""
    with vault.snapshot() as conn:
        gone = computers.gone(conn)
    return _counting(markers(found.folder, found.practice_id), gone)


def _counting(found: list[Generation], gone: Collection[str]) -> list[Generation]:
    """Those of ``found`` that count, the computers ``gone`` marked as gone."""
    return [g for g in found if (g.by and g.by not in gone) or (not g.by and not gone)]


def state(vault: Vault) -> KeyState:
    """Which key this computer holds, and whether a newer one is in use (a marker in the
    folder, by a computer not marked as gone, names one): Settings then asks for the new
    code. A key this computer holds that only other computers' markers (or markers naming
    no writer) name gets this computer's own marker too, once: the code stays believed
    if a computer is marked as gone later (read after each round and by Settings)."""
    found, key, number = _mine(vault)
    mine_id = key_id(key)
    every = markers(found.folder, found.practice_id)  # the folder listed once
    with vault.snapshot() as conn:
        gone = computers.gone(conn)
    named = [g for g in every if g.key_id == mine_id]
    # A computer that joined with a new code learns its generation from the marker.
    number = max([number, *(g.number for g in named)])
    mine = Generation(number, mine_id)
    if named and not any(g.by == found.device_id for g in named) \
            and found.device_id not in gone:
        write(found.folder, found.practice_id, mine, found.device_id)
    # (Its own marker, just written, names this key: neither newer nor unsure.)
    believed = _counting(every, gone)
    newer = [g for g in believed if g > mine and g.key_id != mine_id]
    unsure = [g for g in every
              if not g.by and g > mine and g.key_id != mine_id and g not in believed]
    return KeyState(mine, newer[-1] if newer else None, unsure[-1] if unsure else None)


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
    other computer of the practice must be given. Refused on a computer marked as gone."""
    found, _key, _number = _mine(vault)
    if computers.gone_here(vault):
        raise _refuse(GONE_HERE)
    now = state(vault)
    key = secrets.token_bytes(32)
    number = max([now.mine.number, *(g.number for g in
                                     markers(found.folder, found.practice_id))]) + 1
    generation = Generation(number, key_id(key))
    # The marker first: a computer that meets a bundle it cannot open knows why.
    write(found.folder, found.practice_id, generation, found.device_id)
    _adopt(vault, key, number)
    practice.send(vault)
    return recovery.encode(key)


def _refuse(text: str) -> CoachDeskError:
    return CoachDeskError(Words("Sync", text))


GONE_HERE = QT_TRANSLATE_NOOP(
    "Sync", "Another computer of the practice marked this one as gone, so it cannot make a "
            "new pairing code. Make it on one of the practice's other computers.")


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
            "Sync", "This computer already uses this pairing code: type the new code "
                    "shown on the computer that made it."))
    known = _believed(vault, found)
    named = [g for g in known if g.key_id == wanted]
    anywhere = [g for g in markers(found.folder, found.practice_id) if g.key_id == wanted]
    if not named and anywhere and not any(g.by for g in anywhere):
        # Its marker names no writer (an earlier release) and a computer is marked as gone
        # since: it cannot be told from a code the lost computer made.
        raise _refuse(QT_TRANSLATE_NOOP(
            "Sync", "This code was made with an earlier version of CoachDesk, which did "
                    "not note which computer made it, and a computer of the practice has "
                    "been marked as gone since. Let the computer that made the code sync "
                    "once, then type the code here again; or make a new pairing code on a "
                    "computer that is not marked as gone."))
    if not named and anywhere:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Sync", "This code was made on a computer marked as gone, so the practice does "
                    "not use it. Make a new pairing code on one of the other computers."))
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
    # This computer vouches for the code too (stays believed if its maker is marked gone).
    write(found.folder, found.practice_id, named[-1], found.device_id)
    return practice.exchange(vault, progress)
