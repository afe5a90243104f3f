"""The markers of a practice's sync keys in its folder (docs/sync.md, *A new pairing
code*): one small unencrypted file per key generation, ``key-<generation>-<key id>.cdkey``
in the practice's folder, whose name holds only the generation and a hash of the key. They
let a computer tell "another computer changed the pairing code" from damage, and a join
refuse a code that was replaced. Apart from coachdesk.sync.keys so that the join
(coachdesk.sync.practice) reads them without importing what replaces the key.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from coachdesk import files
from coachdesk.sync import bundles

_MARKER = re.compile(r"^key-(\d{4,})-([0-9a-f]{32})\.cdkey$")


@dataclass(frozen=True, order=True)
class Generation:
    """One sync key of the practice as the folder knows it: its number (1 is the key made
    when the practice started syncing) and its id (never the key)."""

    number: int
    key_id: str


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


def write(folder: Path, practice_id: str, generation: Generation) -> None:
    top = bundles.practice_folder(folder, practice_id)
    name = f"key-{generation.number:04d}-{generation.key_id}.cdkey"
    body = json.dumps({"format": 1, "generation": generation.number,
                       "key_id": generation.key_id}) + "\n"
    files.write_private_atomically(top / name, body.encode("ascii"))


def replaced(folder: Path, practice_id: str, key: bytes) -> bool:
    """Whether a newer key than ``key`` is in use in the practice (a marker names one)."""
    known = markers(folder, practice_id)
    return bool(known) and known[-1].key_id != key_id(key)
