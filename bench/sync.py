"""One practice on two computers (issue 17, docs/sync.md): what syncing costs.

- 1,000 changes sent by one computer and applied by the other: 1,000 new notes (each a
  row and its columns, about 8,000 field changes) and 1,000 saves of existing notes (the
  body and its kept revision), on a 1,000-note practice; median of three, goal under 1 s
  each way;
- joining from the bundles of the large practice (bench/first_paint.py: 100,000 notes):
  the first computer starting to sync (its first, full bundle), then a new, empty vault
  joining from that bundle; goal under 60 s;
- the bundle folder's size per 1,000 note saves, each save sent and received at once (the
  worst case: one bundle per save), with compaction and without.

Wall-clock seconds and this process's CPU seconds (less swayed by other work on the
machine) are both given.

    python -m bench.sync [--part changes|join|folder] [--notes 100000]
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.first_paint import NOTES, large_practice
from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import compaction, practice

Row = tuple[str, str, str]


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def _vault(folder: Path) -> vaults.Vault:
    plan = vaults.NewVaultPlan("bench-sync", "demo", vaults.RawKey(vaults.DEMO_KEY))
    return vaults.create(VaultLocation(folder), plan)


def _pair(root: Path, notes_each: int = 1_000) -> tuple[vaults.Vault, vaults.Vault, list[int]]:
    """Two computers syncing a practice of 50 clients and ``notes_each`` notes."""
    a, b = _vault(root / "laptop"), _vault(root / "desktop")
    rng = random.Random(17)
    ids = [clients.add(a, clients.ClientDraft(f"Client {n}")).id for n in range(50)]
    made = [notes.add(a, rng.choice(ids), f"note {n}: " + " ".join(
        rng.choices(["goal", "progress", "plan", "feedback", "team"], k=30))).id
        for n in range(notes_each)]
    code = practice.start(a, root / "Syncthing")
    practice.join(b, root / "Syncthing", code)
    return a, b, made


def _folder_size(root: Path) -> int:
    return sum(p.stat().st_size for p in (root / "Syncthing").rglob("*.cdsync"))


def changes() -> list[Row]:
    """1,000 new notes, and 1,000 saves, sent and applied; median of three runs."""
    figures: dict[str, list[tuple[float, float]]] = {}
    for run in range(3):
        with tempfile.TemporaryDirectory() as scratch:
            a, b, made = _pair(Path(scratch))
            try:
                client = clients.add(a, clients.ClientDraft("Bench"))
                for n in range(1_000):
                    notes.add(a, client.id, f"new note {run}-{n}: what we agreed today")
                figures.setdefault("new: send", []).append(timed(lambda a=a: practice.send(a)))
                figures.setdefault("new: apply", []).append(
                    timed(lambda b=b: practice.receive(b)))
                for note_id in made:
                    notes.save(a, note_id, f"saved again in run {run}")
                figures.setdefault("saves: send", []).append(timed(lambda a=a: practice.send(a)))
                figures.setdefault("saves: apply", []).append(
                    timed(lambda b=b: practice.receive(b)))
                assert b.read_one("SELECT count(*) FROM notes")[0] == 2_000
            finally:
                a.close()
                b.close()

    def cell(name: str) -> str:
        wall = statistics.median(w for w, _ in figures[name])
        cpu = statistics.median(c for _, c in figures[name])
        spread = ", ".join(f"{w:.2f}" for w, _ in figures[name])
        return f"{wall:.2f} s (CPU {cpu:.2f} s; runs {spread})"

    return [
        ("sync: 1,000 new notes (about 8,000 field changes) sent", cell("new: send"),
         "under 1 s"),
        ("sync: the same applied on the other computer", cell("new: apply"), "under 1 s"),
        ("sync: 1,000 note saves sent", cell("saves: send"), "under 1 s"),
        ("sync: the same applied on the other computer", cell("saves: apply"), "under 1 s"),
    ]


def join(total_notes: int = NOTES) -> list[Row]:
    """The large practice starts syncing, then an empty vault joins it."""
    source = large_practice(total_notes)
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        first = root / "laptop"
        first.mkdir()
        for part in source.folder.iterdir():
            if part.is_file():
                shutil.copy2(part, first / part.name)
        a = vaults.open_with_key(VaultLocation(first), vaults.RawKey(vaults.DEMO_KEY))
        b = _vault(root / "desktop")
        try:
            code: list[str] = []
            start = timed(lambda: code.append(practice.start(a, root / "Syncthing")))
            size = _folder_size(root) / 1048576
            joined = timed(lambda: practice.join(b, root / "Syncthing", code[0]))
            count = b.read_one("SELECT count(*) FROM notes")[0]
            assert count == a.read_one("SELECT count(*) FROM notes")[0], count
        finally:
            a.close()
            b.close()
    return [
        (f"sync: the {total_notes:,}-note practice starts syncing (its first bundle, "
         f"{size:.0f} MB)", f"{start[0]:.1f} s (CPU {start[1]:.1f} s)", ""),
        (f"sync: an empty vault joins it from that bundle ({count:,} notes)",
         f"{joined[0]:.1f} s (CPU {joined[1]:.1f} s)", "under 60 s"),
    ]


def folder(saves: int = 1_000) -> list[Row]:
    """The bundle folder after ``saves`` note saves: the laptop sends each save at once,
    the desktop exchanges after every ten (as on a timer) and the laptop's timer follows;
    then both exchange a while later (an idle computer says what it applied)."""
    rows: list[Row] = []
    for compacting in (False, True):
        with tempfile.TemporaryDirectory() as scratch:
            root = Path(scratch)
            a, b, made = _pair(root)
            due, interval = compaction.due, compaction.ACK_INTERVAL
            if not compacting:
                compaction.due = lambda *_: False  # type: ignore[assignment]
            try:
                before = _folder_size(root)
                rng = random.Random(5)
                compactions = 0
                for n in range(saves):
                    notes.save(a, rng.choice(made), f"saved again, save {n}: " + " ".join(
                        rng.choices(["goal", "progress", "plan", "feedback"], k=30)))
                    compactions += practice.exchange(a).compacted
                    if n % 10 == 9:
                        practice.exchange(b)
                        compactions += practice.exchange(a).compacted
                compaction.ACK_INTERVAL = 0  # a while later
                for _ in range(2):
                    practice.exchange(b)
                    compactions += practice.exchange(a).compacted
                grown = (_folder_size(root) - before) / 1048576
                files = len(list((root / "Syncthing").rglob("*.cdsync")))
                log = a.read_one("SELECT count(*) FROM sync_changes")[0]
            finally:
                compaction.due, compaction.ACK_INTERVAL = due, interval  # type: ignore[assignment]
                a.close()
                b.close()
        what = f"with compaction ({compactions} compactions)" if compacting else \
            "without compaction"
        rows.append((f"sync: bundle folder growth per {saves:,} note saves, {what}",
                     f"{grown:+.1f} MB, {files} files (from {before / 1048576:.1f} MB); "
                     f"change log {log:,} entries", ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="what syncing costs")
    parser.add_argument("--part", choices=["changes", "join", "folder"], action="append")
    parser.add_argument("--notes", type=int, default=NOTES)
    args = parser.parse_args(argv)
    parts = args.part or ["changes", "join", "folder"]
    rows: list[Row] = []
    if "changes" in parts:
        rows += changes()
    if "join" in parts:
        rows += join(args.notes)
    if "folder" in parts:
        rows += folder()
    width = max(len(r[0]) for r in rows)
    for name, value, goal in rows:
        print(f"{name:{width}}  {value}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
