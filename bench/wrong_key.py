"""A wrong key refused, on the large practice: how long, and how much of the file is read.

    python -m bench.wrong_key

Opening with a wrong key (a mistyped recovery code or passphrase) must be told in well
under a second at any size: the vault tells another key from damage by a sample of its
pages (coachdesk.vault.health.why_refused), where it used to check every page once per
page format. The file is in the page cache here, as it is after a first attempt; a
first attempt after a reboot reads the same few pages from disk.
"""

from __future__ import annotations

import secrets
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 5


def _bytes_read() -> int:
    """What this process has read so far, counted by the kernel (Linux)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("rchar:"):
            return int(line.split()[1])
    return 0


def measure(location) -> tuple[float, int]:
    """(median seconds, bytes read by the last) of ``RUNS`` refusals of a random key."""
    from coachdesk import vault as vaults
    from coachdesk.vault.errors import WrongKey

    times, read = [], 0
    for _ in range(RUNS + 1):  # the first loads the code a refusal runs: not counted
        before, started = _bytes_read(), time.perf_counter()
        try:
            vaults.open_with_key(location, vaults.RawKey(secrets.token_bytes(32))).close()
        except WrongKey:
            pass
        else:
            raise AssertionError("a random key opened the large practice")
        times.append(time.perf_counter() - started)
        read = _bytes_read() - before
    return statistics.median(times[1:]), read


def rows(location) -> list[tuple[str, str, str]]:
    took, read = measure(location)
    size = location.vault_file.stat().st_size
    return [(f"a wrong key refused, large vault ({size / 1048576:.0f} MB), median of {RUNS}",
             f"{took * 1000:.1f} ms, {read / 1024:.0f} KB read", "about a second at most")]


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from bench.first_paint import large_practice

    for name, value, goal in rows(large_practice()):
        print(f"{name:58}  {value:>28}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
