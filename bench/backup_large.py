"""Backup of the large practice: where the time goes, and the backup against the way it was
made before issue 13 and against a plain file copy, measured side by side in one run.

Uses the large practice of bench/first_paint.py (2,000 clients, 20,000 sessions,
100,000 notes; ``--notes 500000`` for the larger one, built once beside it, which takes
a few minutes). Three runs of each, interleaved:

- the backup as CoachDesk makes it now (``upkeep.back_up``: ``sqlcipher_export`` in one
  transaction into an unjournalled copy, synced once, then ``quick_check``), with the
  progress it reports;
- the backup as it was made before (the export committing table by table, then
  ``cipher_integrity_check`` and ``integrity_check``): the "before" figure;
- its parts: the export alone, SQLite's backup API (a page copy) alone, each check alone;
- a plain copy of the vault file (shutil.copyfile): the floor any backup pays.

Wall-clock seconds and this process's CPU seconds (less swayed by other work on the
machine) are both given; goal: the backup of the 500,000-note vault under 10 s.

    python -m bench.backup_large [--notes 500000]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3

from bench.first_paint import NOTES, large_practice
from coachdesk import upkeep
from coachdesk import vault as vaults
from coachdesk.vault import health
from coachdesk.vault.cipher import RawKey, file_salt, keyed


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def _export(vault_file: Path, target: Path, key: RawKey, *, one_transaction: bool) -> None:
    conn = keyed(vault_file, RawKey(key.key), "rw")
    try:
        conn.execute(f"ATTACH DATABASE ? AS backup KEY {key.pragma_value()}", (str(target),))
        if one_transaction:
            conn.execute("PRAGMA backup.journal_mode = OFF")
            conn.execute("PRAGMA backup.synchronous = OFF")
            conn.execute("PRAGMA backup.cache_size = -65536")
            conn.execute("BEGIN")
        conn.execute("SELECT sqlcipher_export('backup')")
        if one_transaction:
            conn.execute("COMMIT")
        conn.execute("DETACH DATABASE backup")
    finally:
        conn.close()


def _page_copy(vault_file: Path, target: Path, key: RawKey) -> None:
    source = keyed(vault_file, RawKey(key.key), "ro")
    copy = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    try:
        copy.execute(f"PRAGMA key = {key.pragma_value()}")
        copy.execute("PRAGMA cipher_compatibility = 4")
        copy.execute("PRAGMA journal_mode = OFF")
        copy.execute("PRAGMA synchronous = OFF")
        source.backup(copy, pages=4096)  # in steps, as a backup with progress would
    finally:
        copy.close()
        source.close()


def _check(path: Path, key: RawKey, pragma: str) -> None:
    conn = keyed(path, key, "ro")
    try:
        conn.execute("PRAGMA cache_size = -65536")
        conn.execute(f"PRAGMA {pragma}").fetchall()
    finally:
        conn.close()


def _as_before(vault_file: Path, target: Path, key: RawKey) -> None:
    """The backup as made before issue 13: export committing per table, full checks."""
    _export(vault_file, target, key, one_transaction=False)
    conn = keyed(target, key, "ro")
    try:
        conn.execute("PRAGMA cipher_integrity_check").fetchall()
        conn.execute("PRAGMA integrity_check").fetchone()
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="backup of the large practice")
    parser.add_argument("--notes", type=int, default=NOTES, help="notes in the practice")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    location = large_practice(args.notes)
    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    vault_file = location.vault_file
    key = RawKey(vaults.DEMO_KEY, file_salt(vault_file))
    size = vault_file.stat().st_size
    runs: dict[str, list[tuple[float, float]]] = {}
    reports: list[int] = []

    def add(name: str, work: Callable[[], object]) -> None:
        runs.setdefault(name, []).append(timed(work))

    with tempfile.TemporaryDirectory(dir=location.folder.parent) as scratch:
        folder = Path(scratch)
        for run in range(args.runs):
            reports.clear()
            add("backup now (export + quick_check)", lambda r=run: upkeep.back_up(
                vault, folder / f"now{r}", lambda done, total: reports.append(done)))
            add("backup as before (export + both full checks)",
                lambda r=run: _as_before(vault_file, folder / f"before{r}", key))
            add("  export, one transaction, no journal",
                lambda r=run: _export(vault_file, folder / f"e{r}", key, one_transaction=True))
            add("  export, a commit per table (before)",
                lambda r=run: _export(vault_file, folder / f"p{r}", key,
                                      one_transaction=False))
            add("  backup API page copy", lambda r=run: _page_copy(vault_file,
                                                                   folder / f"a{r}", key))
            copy = folder / f"e{run}"
            add("  cipher_integrity_check of the copy",
                lambda c=copy: _check(c, key, "cipher_integrity_check"))
            add("  quick_check of the copy", lambda c=copy: _check(c, key, "quick_check"))
            add("  integrity_check of the copy (before)",
                lambda c=copy: _check(c, key, "integrity_check"))
            add("plain file copy", lambda r=run: shutil.copyfile(vault_file,
                                                                 folder / f"copy{r}"))
            add("page check after unlock (off the GUI thread)",
                lambda: health.check_open(vault))
            for leftover in folder.iterdir():
                if leftover.is_dir():
                    shutil.rmtree(leftover)
                else:
                    leftover.unlink()
    vault.close()
    medians = {name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
               for name, got in runs.items()}
    print(f"vault: {args.notes:,} notes, {size / 1048576:.0f} MB; median of {args.runs} "
          "interleaved runs (wall s / CPU s)")
    floor = medians["plain file copy"][0]
    for name, (wall, cpu) in medians.items():
        print(f"  {name:<48} {wall:6.2f} s  {cpu:6.2f} s  {wall / floor:5.1f}x copy")
    now, before = medians["backup now (export + quick_check)"][0], \
        medians["backup as before (export + both full checks)"][0]
    print(f"backup now / before: {now / before:.2f}  (goal: under 10 s at 500,000 notes: "
          f"{'met' if now < 10 else 'NOT met'}, {now:.1f} s)")
    print(f"progress reports in the last backup: {len(reports)} "
          f"({', '.join(map(str, reports[:3]))} … {', '.join(map(str, reports[-3:]))})")


if __name__ == "__main__":
    main()
