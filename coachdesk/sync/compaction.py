"""Compacting a computer's own bundles and its change log (docs/sync.md, *Compaction*).

Each bundle's header says what its computer has applied of every other computer's
bundles; each computer remembers it (``sync_seen``). Once every computer it knows has
applied all of its own bundles, a computer rewrites them as one bundle covering from 1
(the disposal's rewrite), marked as a compaction up to its newest sequence so that a
computer which applied that far only notes it and reads nothing again; a computer that
joins later applies it whole. The old files go only after the new one is complete, and a
computer touches only its own folder (the one-writer rule).

When: after an exchange, when the bundles after the oldest weigh as much as the oldest
(a compaction then at least halves the folder, and rewriting the whole practice happens
only as often as the folder doubles, not after every save), or when there are more than
``MAX_BUNDLES`` files (sync services slow down on many small files).

A computer marked as gone (coachdesk.sync.computers) is not waited for: it will never say
what it applied, and its later bundles are refused anyway.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from coachdesk.changes import Change as Touched
from coachdesk.sync import bundles

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.sync.bundles import Bundle
    from coachdesk.vault import Vault

# More files than this of one computer are compacted whatever their size.
MAX_BUNDLES = 64
# An idle computer writes an empty bundle saying what it applied after this many bundles
# with changes of others, or once its newest bundle is this many seconds old, so their
# compaction can go ahead (it would otherwise wait for its next edit).
ACK_AFTER = 8
ACK_INTERVAL = 300


def remember(conn: sqlcipher3.Connection, bundle: Bundle) -> None:
    """Note what ``bundle``'s computer says it has applied (never moving backwards)."""
    conn.executemany(
        "INSERT INTO sync_seen (device, of_device, sequence) VALUES (?, ?, ?)"
        " ON CONFLICT (device, of_device) DO UPDATE SET sequence = excluded.sequence"
        " WHERE excluded.sequence > sequence",
        [(bundle.device_id, device, sequence) for device, sequence in bundle.applied])


def applied(conn: sqlcipher3.Connection) -> tuple[tuple[str, int], ...]:
    """What this computer has applied of every other one, for its next bundle's header."""
    return tuple((str(d), int(n)) for d, n in conn.execute(
        "SELECT device, sequence FROM sync_applied ORDER BY device"))


def announced(conn: sqlcipher3.Connection, me: str,
              told: tuple[tuple[str, int], ...]) -> None:
    """Remember what this computer's newest bundle said it had applied."""
    remember(conn, bundles.Bundle("", me, 0, 0, 0, (), applied=told))


def should_acknowledge(vault: Vault, me: str, newest_own: float | None) -> bool:
    """True when this computer applied bundles with changes its bundles have not told of
    yet: ``ACK_AFTER`` of them, or any once its newest bundle (``newest_own``: when it was
    written, None without one) is ``ACK_INTERVAL`` seconds old (an idle computer's way to
    let the others compact; it would otherwise wait for its next edit)."""
    row = vault.read_one(
        "SELECT coalesce(sum(max(a.with_changes - coalesce(s.sequence, 0), 0)), 0)"
        " FROM sync_applied a LEFT JOIN sync_seen s ON s.device = ? AND s.of_device = a.device"
        " WHERE a.with_changes > coalesce(s.sequence, 0)", (me,))
    behind = int(row[0]) if row else 0
    if not behind:
        return False
    return behind >= ACK_AFTER or newest_own is None or \
        time.time() - newest_own >= ACK_INTERVAL


def due(vault: Vault, folder: list[tuple[int, int]], me: str) -> bool:
    """Whether this computer's own bundles (``folder``: sequence and size, oldest first)
    are to be compacted now: every computer it knows has applied all of them, nothing of
    its own is unsent, and they are many or weigh twice what one would."""
    if len(folder) < 2:
        return False
    # Empty bundles after it only said what this computer applied: the compaction says it.
    newest = vault.read_one("SELECT last_with_changes FROM sync_practice")
    if newest is None:
        return False
    unsent = vault.read_one("SELECT 1 FROM sync_changes WHERE device IS NULL AND seq >"
                            " (SELECT sent_up_to FROM sync_practice) LIMIT 1")
    if unsent is not None:
        return False
    behind = vault.read_one(
        "SELECT count(*) FROM sync_devices d LEFT JOIN sync_seen s ON s.device = d.device"
        " AND s.of_device = ? WHERE d.device != ? AND coalesce(s.sequence, 0) < ?"
        " AND d.device NOT IN (SELECT device FROM gone_computers)",  # it never will
        (me, me, newest[0]))
    if behind is None or behind[0]:
        return False
    sizes = [size for _, size in folder]
    return len(folder) > MAX_BUNDLES or sum(sizes[1:]) >= sizes[0]


def trim(vault: Vault) -> int:
    """Drop from the change log what a full rewrite no longer needs: of what was sent, only
    the newest entry per record, column and computer stays (the clocks the merge and the
    next rewrite compare); a record ever deleted keeps all its entries (what its deleter
    knew is read from them). Returns how many went.

    Tombstones and aliases stay: a bundle still to come from a computer that has not heard
    of the deletion or of the fold may name the record by that id at any time."""
    with vault.transaction(touches=Touched.NONE) as conn:
        return int(conn.execute(
            "DELETE FROM sync_changes AS c WHERE seq <= (SELECT sent_up_to FROM"
            " sync_practice) AND NOT EXISTS (SELECT 1 FROM sync_changes AS d WHERE"
            " d.tbl = c.tbl AND d.pk = c.pk AND d.op = 'delete') AND seq NOT IN ("
            "  SELECT seq FROM (SELECT seq, row_number() OVER (PARTITION BY tbl, pk, col,"
            "   device ORDER BY hlc DESC, seq DESC) AS n FROM sync_changes"
            "   WHERE op != 'delete') WHERE n = 1)").rowcount)
