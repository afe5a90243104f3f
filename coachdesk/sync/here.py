"""This computer's part in a practice that syncs: its settings and the practice's sync
key, read from the vault, and the letter a computer takes. A module of its own so that
what builds on the exchange (``practice``), what it calls after each one (``former``) and
a restored computer's new identity (``restored``) read them without importing each
other."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.errors import CoachDeskError
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault


class NotSyncing(CoachDeskError):
    def __init__(self) -> None:
        super().__init__(Words("Sync", QT_TRANSLATE_NOOP(
            "Sync", "This practice is not used on another computer.")))


@dataclass(frozen=True)
class Settings:
    practice_id: str
    device_id: str
    folder: Path
    # This computer's letter on its readable numbers ('' on the practice's first one).
    label: str = ""


def settings(vault: Vault) -> Settings | None:
    row = vault.read_one("SELECT practice_id, device_id, folder, label FROM sync_practice")
    return Settings(row[0], row[1], Path(row[2]), row[3]) if row else None


def sync_key(vault: Vault) -> bytes:
    row = vault.read_one("SELECT sync_key FROM sync_practice")
    if row is None:
        raise NotSyncing()
    return bytes(row[0])


# The letters other computers take at joining, in order (the first computer has none).
LABELS = "BCDEFGHJKLMNPQRSTUVWXYZ"  # not I and O, read as one and zero


def next_label(used: set[str]) -> str:
    """The first letter (then pair of letters) no computer of the practice has: for a
    computer joining, one restored from a backup, or one that took another's letter."""
    candidates: list[str] = [*LABELS, *(a + b for a in LABELS for b in LABELS)]
    for label in candidates:
        if label not in used:
            return label
    raise CoachDeskError(Words("Sync", QT_TRANSLATE_NOOP(
        "Sync", "This practice is used on too many computers.")))
