"""The markers of a practice's sync keys in its folder (docs/sync.md, *A new pairing
code*): one small unencrypted file per key generation, ``key-<generation>-<key id>.cdkey``
in the practice's folder, whose name holds only the generation and a hash of the key. They
let a computer tell "another computer changed the pairing code" from damage, and a join
refuse a code that was replaced. Apart from coachdesk.sync.keys so that the join
(coachdesk.sync.practice) reads them without importing what replaces the key.

Each marker also names the computer that wrote it (``key-<generation>-<key id>-<device
id>.cdkey``; one writer per file, as the bundles): a marker written by a computer marked as
gone is not believed (coachdesk.sync.keys), so a lost laptop cannot make the others ask
for a code only it knows. A computer that takes a new code writes its own marker for it
too, so the code stays believed if its maker is marked as gone later. A marker without a
writer (as written before) is believed only while no computer is marked as gone.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from coachdesk import files
from coachdesk.sync import bundles

_MARKER = re.compile(r"^key-(\d{4,})-([0-9a-f]{32})(?:-([0-9a-f]{32}))?\.cdkey$")


@dataclass(frozen=True, order=True)
class Generation:
    """One sync key of the practice as the folder knows it: its number (1 is the key made
    when the practice started syncing) and its id (never the key)."""

    number: int
    key_id: str
    # The computer that wrote the marker ('' : not named, a marker written before writers
    # were named; never compared when ordering).
    by: str = field(default="", compare=False)


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
            found.append(Generation(int(match.group(1)), match.group(2),
                                    match.group(3) or ""))
    return sorted(found)


def write(folder: Path, practice_id: str, generation: Generation, by: str) -> None:
    """The marker of ``generation``, written by the computer ``by`` (its own file)."""
    top = bundles.practice_folder(folder, practice_id)
    name = f"key-{generation.number:04d}-{generation.key_id}-{by}.cdkey"
    body = json.dumps({"format": 2, "generation": generation.number,
                       "key_id": generation.key_id, "by": by}) + "\n"
    files.write_private_atomically(top / name, body.encode("ascii"))


def replaced(folder: Path, practice_id: str, key: bytes,
             gone: Collection[str] = ()) -> bool:
    """Whether a newer key than ``key`` is in use in the practice: a marker that names its
    writer, not one of the computers ``gone`` (a joining computer learns them from the
    bundles ``key`` opens: coachdesk.sync.practice.find), names one."""
    known = [g for g in markers(folder, practice_id) if g.by and g.by not in gone]
    return bool(known) and known[-1].key_id != key_id(key)
