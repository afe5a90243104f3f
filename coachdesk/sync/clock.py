"""The hybrid logical clock (docs/sync.md, *The clock*).

One 64-bit integer per vault: the wall clock in milliseconds shifted left by 16 bits,
plus a counter in the low bits. A local change takes ``max(last + 1, now << 16)``
(done by the capture triggers, in SQL, in the write's own transaction); a bundle that
arrives moves the clock past its newest change, so whatever this computer does next is
ordered after everything it has seen, even when its wall clock runs behind. Two
changes are ordered by (hlc, device id): a total order every computer agrees on.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

SHIFT = 16
# The SQL the capture triggers run before logging a change (not while applying a bundle:
# then the log takes the remote change's own clock).
TICK_SQL = ("UPDATE sync_clock SET hlc = max(hlc + 1,"
            f" CAST(unixepoch('subsec') * 1000 AS INTEGER) << {SHIFT})"
            " WHERE applying_hlc IS NULL;")


def wall_ms(hlc: int) -> int:
    """The wall-clock milliseconds an HLC value carries (for showing "sent at")."""
    return hlc >> SHIFT


def now(conn: sqlcipher3.Connection) -> int:
    """Tick the clock for a local event outside the triggers; returns the new value."""
    floor = int(time.time() * 1000) << SHIFT
    conn.execute("UPDATE sync_clock SET hlc = max(hlc + 1, ?)", (floor,))
    value: int = conn.execute("SELECT hlc FROM sync_clock").fetchone()[0]
    return value


def receive(conn: sqlcipher3.Connection, newest: int) -> None:
    """A bundle whose newest change is ``newest`` arrived: the clock moves past it."""
    conn.execute("UPDATE sync_clock SET hlc = max(hlc, ?) + 1", (newest,))


def later(a: tuple[int, str], b: tuple[int, str]) -> bool:
    """Whether version ``a`` (hlc, device) is later than ``b``: the last-writer-wins order."""
    return a > b
