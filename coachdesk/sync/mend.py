"""A computer stuck on a damaged bundle of another, and how the writer learns of it
(docs/sync.md, *Mended after review*).

A bundle damaged on its way (a bad sector of a USB stick, a sync tool's bad copy) is
refused, and every later bundle of its computer waits behind it: nothing would ever
rewrite it. The headers already say what each computer has applied (``sync_seen``), so:

- the reader, stuck for ``STUCK_AFTER`` on a damaged bundle, writes an empty bundle (its
  header says how far it got), once;
- the writer, seeing a computer whose newest bundle is empty, written ``STUCK_AFTER``
  after the writer's bundle it still has not applied, rewrites its own bundles as one
  covering from 1, which the reader applies whole.

Times are the files' own (sync services keep a file's modification time), so neither
computer asks the other anything; a computer that is only away (its newest bundle older)
is never taken for stuck.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk.sync import bundles

if TYPE_CHECKING:
    from coachdesk.vault import Vault

# Long enough for a sync service to deliver a file whole: a file still arriving is not
# taken for damaged.
STUCK_AFTER = 600
# Refusals a rewrite of the file can mend (not a newer CoachDesk, not a moved file).
MENDABLE = frozenset({bundles.INCOMPLETE, bundles.DAMAGED, bundles.UNREADABLE,
                      bundles.WRONG_KEY})


def _mtime(path: Path) -> float | None:
    with contextlib.suppress(OSError):
        return path.stat().st_mtime
    return None


def should_say_stuck(vault: Vault, own: list[Path], refused: list[bundles.Refused]) -> bool:
    """Whether this computer, held back by another's damaged bundle for ``STUCK_AFTER``,
    should write an empty bundle saying how far it got: not when its newest bundle (in
    ``own``) is an empty one written that long after the damaged file already."""
    damaged = [t for t in (_mtime(r.path) for r in refused if r.reason in MENDABLE)
               if t is not None]
    due = [t for t in damaged if time.time() - t >= STUCK_AFTER]
    if not due:
        return False
    newest = own[-1] if own else None
    row = vault.read_one("SELECT last_with_changes FROM sync_practice")
    told_at = _mtime(newest) if newest is not None else None
    empty = newest is not None and row is not None and \
        bundles.sequence_of(newest) > int(row[0])
    return not (empty and told_at is not None and told_at >= max(due) + STUCK_AFTER)


def others_stuck(vault: Vault, folder: Path, practice_id: str, me: str) -> bool:
    """Whether another computer is stuck on one of this computer's bundles: its newest
    bundle applied here is empty (``should_say_stuck``), written ``STUCK_AFTER`` after
    this computer's first bundle it has not applied, and that bundle is still here."""
    own = bundles.own(folder, practice_id, me)
    if not own:
        return False
    top = bundles.practice_folder(folder, practice_id)
    for device, sequence, with_changes, seen in vault.read(
            "SELECT a.device, a.sequence, a.with_changes, coalesce(s.sequence, 0)"
            " FROM sync_applied a LEFT JOIN sync_seen s ON s.device = a.device"
            " AND s.of_device = ? WHERE a.device NOT IN (SELECT device FROM gone_computers)",
            (me,)):
        if sequence <= with_changes or sequence == 1:
            continue  # changes, or the empty bundle of a computer joining: not stuck
        behind = [p for p in own if bundles.sequence_of(p) > int(seen)]
        said = _mtime(top / str(device) / bundles.bundle_name(int(sequence)))
        first = _mtime(behind[0]) if behind else None
        if said is not None and first is not None and said >= first + STUCK_AFTER:
            return True
    return False
