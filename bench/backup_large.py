"""Backup, verify and health-check times for the large practice, against a plain file copy.

Uses the large practice of bench/first_paint.py (2,000 clients, 20,000 sessions,
100,000 notes; built on first use). Three runs each, interleaved:

- a CoachDesk backup (sqlcipher_export into a new encrypted file, then opened
  again and checked with cipher_integrity_check and integrity_check);
- a plain copy of the vault file (shutil.copyfile): the floor any backup pays;
- the page check CoachDesk runs after each unlock (cipher_integrity_check).

    python -m bench.backup_large
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.first_paint import large_practice
from coachdesk import vault as vaults
from coachdesk.vault import backups, health


def timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main() -> None:
    location = large_practice()
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    size = location.vault_file.stat().st_size
    made, copied, checked = [], [], []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for run in range(3):
            made.append(timed(lambda r=run: backups.make(vault, folder / f"b{r}")))
            copied.append(timed(lambda r=run: shutil.copyfile(location.vault_file,
                                                              folder / f"copy{r}")))
            checked.append(timed(lambda: health.check_open(vault)))
    vault.close()
    backup, copy, check = (statistics.median(x) for x in (made, copied, checked))
    print(f"vault: {size / 1048576:.0f} MB")
    print(f"backup (export + verify): {backup:.2f} s median of 3  "
          f"(plain file copy {copy:.2f} s; {backup / copy:.1f}x)")
    print(f"page check after unlock: {check:.2f} s median of 3 (off the GUI thread)")


if __name__ == "__main__":
    main()
