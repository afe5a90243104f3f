"""CoachDesk's vault against plain SQLite: the same schema, the same core code, one run.

Both databases are driven by the *same* coachdesk functions (clients.add,
notes.add, notes.save, clients.list_ids, search.note_ids, notes.get_many);
the only difference is the connection under the Vault: SQLCipher with a raw
key, or plain SQLite (the same build, unkeyed) with the same pragmas, each folding
its log in on a checkpoint thread of its own as an open vault does. Every operation
is interleaved in small chunks (vault, plain, plain, vault ...: the side going first
takes turns) so machine noise and warm caches hit both sides alike, and the ratio
vault/plain is printed per operation.

    python -m bench.vault_vs_sqlite              # 2,000 clients, 100,000 notes
    python -m bench.vault_vs_sqlite --notes 10000 --clients 200   # a quick look
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

from msgspec.structs import replace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # test keyring

import keyring
import sqlcipher3

from coachdesk import agreements, clients, engagements, migrations, notes, reports, search, sponsors
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault.cipher import NEW_FORMAT
from coachdesk.vault.vault import configure
from keyrings import MemoryKeyring

WORDS = [
    "confidence",
    "delegation",
    "feedback",
    "promotion",
    "boundaries",
    "team",
    "board",
    "strategy",
    "values",
    "listening",
    "energy",
    "burnout",
    "purpose",
    "conflict",
    "trust",
    "growth",
    "habit",
    "focus",
    "calm",
    "clarity",
    "manager",
    "peer",
    "presentation",
    "negotiation",
    "reflection",
    "courage",
    "vision",
    "priority",
    "balance",
    "career",
    "change",
    "ownership",
    "accountability",
    "resilience",
    "curiosity",
    "story",
    "pattern",
    "insight",
    "commitment",
    "experiment",
    "practice",
    "progress",
    "setback",
    "celebrate",
    "learning",
    "decision",
    "risk",
]


def vocabulary(rng: random.Random, size: int = 6_000) -> list[str]:
    """Coaching words first, then made-up words: enough variety for real-looking search."""
    syllables = [
        "ka",
        "lo",
        "mi",
        "ren",
        "sa",
        "tu",
        "vel",
        "dor",
        "an",
        "is",
        "pe",
        "ro",
        "ni",
        "zu",
        "bel",
        "ta",
        "gro",
        "ly",
        "mer",
        "qui",
    ]
    made_up = {
        "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(size)
    }
    return WORDS + sorted(made_up)


def note_text(rng: random.Random, vocab: list[str], weights: list[float]) -> str:
    """30 to 90 words drawn with Zipf-like frequencies, as real prose is."""
    return " ".join(rng.choices(vocab, weights, k=rng.randint(30, 90)))


def open_both(folder: Path) -> tuple[vaults.Vault, vaults.Vault]:
    keyring.set_keyring(MemoryKeyring())  # never the coach's own keyring
    vault = vaults.create(VaultLocation(folder / "vault"), vaults.plan_keyring_vault())
    # The same SQLite build (the one inside sqlcipher3), with no key: plain pages.
    plain_path = folder / "plain.sqlite"
    conn = sqlcipher3.connect(str(plain_path), isolation_level=None, check_same_thread=False)
    configure(conn)  # exactly the pragmas every vault connection gets
    migrations.apply(conn)
    conn.execute("INSERT INTO vault_info (key, value) VALUES ('vault_id', 'plain')")
    # Reopened after the migrations, as the vault is after it is made: the baseline gets
    # the same connection handling (keeping the migration connection made bulk inserts
    # 1.6x slower on the plain side, flattering the vault).
    conn.close()
    def connect() -> sqlcipher3.Connection:
        return sqlcipher3.connect(str(plain_path), isolation_level=None,
                                  check_same_thread=False)

    conn = connect()
    configure(conn)
    # The vault folds its log in on a thread of its own, through a second connection:
    # plain SQLite gets the same (its second connection unkeyed), so neither side's
    # timings hold a checkpoint the other's do not.
    plain = vaults.Vault(
        VaultLocation(folder / "plain"), vaults.VaultInfo("plain", "keyring"), conn,
        _connect_another=connect,
    )
    return vault, plain


def timed(fn) -> tuple[float, float]:
    """Seconds of wall time, and of this thread's CPU time (which other programs on the
    machine do not inflate)."""
    start, cpu = time.perf_counter(), time.thread_time()
    fn()
    return time.perf_counter() - start, time.thread_time() - cpu


def settle(*dbs: vaults.Vault) -> None:
    """Each log folded in and emptied, untimed, before the next operation: no side starts
    it with the previous one's checkpoint still to do."""
    for db in dbs:
        with db.exclusive() as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def run(n_clients: int, n_notes: int, seed: int = 7,
        cpu: dict[str, tuple[float, float]] | None = None) -> dict[str, tuple[float, float]]:
    """Seconds per operation, (vault, plain); ``cpu`` gets the same in CPU time."""
    results: dict[str, list[float]] = {}
    cpu_results: dict[str, list[float]] = {}

    def add(name: str, v: float, p: float, table: dict[str, list[float]] = results) -> None:
        pair = table.setdefault(name, [0.0, 0.0])
        pair[0] += v
        pair[1] += p

    def alternate(name: str, work, chunks: list) -> None:
        """``work(side, db, chunk)`` for each chunk on both sides, the side that goes
        first taking turns: a burst of machine noise, or a cache warmed by the side
        before, falls on both alike (the sum over the chunks is the figure)."""
        settle(*both)
        for k, chunk in enumerate(chunks):
            for side in ((0, 1) if k % 2 == 0 else (1, 0)):
                db = both[side]
                t, c = timed(lambda db=db, side=side, chunk=chunk: work(side, db, chunk))
                add(name, *((t, 0) if side == 0 else (0, t)))
                add(name, *((c, 0) if side == 0 else (0, c)), table=cpu_results)

    def pieces(items: list, size: int) -> list[list]:
        return [items[k:k + size] for k in range(0, len(items), size)]

    with tempfile.TemporaryDirectory(prefix="coachdesk-bench-") as tmp:
        vault, plain = open_both(Path(tmp))
        both = (vault, plain)
        ids: dict[int, list[int]] = {0: [], 1: []}
        for i in range(n_clients):
            for side, db in enumerate(both):
                ids[side].append(clients.add(db, clients.ClientDraft(f"Client {i:05d}")).id)

        # Insert: the notes arrive in batches of 1,000 per transaction (an import, the
        # demo practice), interleaved vault/plain so noise hits both alike.
        rng = random.Random(seed)
        vocab = vocabulary(rng)
        weights = [1 / (rank + 1) for rank in range(len(vocab))]
        texts = [note_text(rng, vocab, weights) for _ in range(n_notes)]
        owners = [rng.randrange(n_clients) for _ in range(n_notes)]
        note_ids: dict[int, list[int]] = {0: [], 1: []}

        def insert(side: int, db, chunk: list[int]) -> None:
            note_ids[side].extend(notes.add_many(db, [
                notes.NewNote(ids[side][owners[k]], texts[k], "2026-01-01T09:00:00")
                for k in chunk]))

        alternate("insert notes (1,000 per transaction)", insert,
                  pieces(list(range(n_notes)), 1_000))

        # A new note typed in session: one transaction each.
        singles = [rng.randrange(n_clients) for _ in range(1_000)]
        alternate("add one note (x1,000)",
                  lambda side, db, chunk: [notes.add(db, ids[side][c], texts[c]) for c in chunk],
                  pieces(singles, 50))

        # Update: autosave of an existing note (new text, revision, FTS, audit).
        picks = [rng.randrange(n_notes) for _ in range(2_000)]
        alternate("save a note (autosave, x2,000)",
                  lambda side, db, chunk: [
                      notes.save(db, note_ids[side][k], texts[k] + " and one more thought")
                      for k in chunk],
                  pieces(picks, 100))

        # Read: every client's notes, as a client page would load them.
        alternate("read every client's notes",
                  lambda side, db, chunk: [notes.get_many(db, notes.ids_for_client(db, cid))
                                           for cid in (ids[side][c] for c in chunk)],
                  pieces(list(range(n_clients)), 100))

        # List: the clients page.
        alternate("list clients (x50)",
                  lambda side, db, chunk: [clients.list_ids(db) for _ in chunk],
                  pieces(list(range(50)), 5))

        # Reports: 50 engagements with a sponsor and an active agreement, 100 approved
        # excerpts each (5,000 in all); assemble each report as its preview and export do.
        report_ids: dict[int, list[int]] = {0: [], 1: []}
        for side, db in enumerate(both):
            sponsor = sponsors.add(db, sponsors.SponsorDraft("Bench Sponsor Ltd"))
            for n in range(50):
                engagement = engagements.add(db, engagements.EngagementDraft(
                    ids[side][n], "2026-01-01", "2026-12-31", sponsor_id=sponsor.id))
                agreement = agreements.add(db, replace(agreements.draft_for_engagement(
                    db, engagement.id, "Bench Coach"), sponsor_may_receive=("attendance",
                                                                            "hours", "progress")))
                for role in ("coach", "client", "sponsor"):
                    agreements.record_signature(db, agreement.id, role, "Signed", "2026-01-01",
                                                "handwritten")
                agreements.activate(db, agreement.id)
                report = reports.create(db, reports.ReportDraft(
                    engagement.id, "Progress", "2026-01-01", "2026-06-30",
                    facts=("attendance", "hours")))
                written = [reports.write_item(db, report.id, texts[(n * 100 + k) % n_notes])
                           for k in range(100)]
                reports.mark_printed(db, report.id, {e.id: e.text for e in written})
                reports.approve(db, report.id, [e.id for e in written], method="written",
                                given_by="Client", given_on="2026-05-01")
                report_ids[side].append(report.id)
        alternate("assemble a 100-excerpt report (x200)",
                  lambda side, db, chunk: [reports.assemble(db, report_ids[side][n], "2026-05-02")
                                           for n in chunk],
                  pieces(list(range(50)) * 4, 10))

        # Search: full-text over the notes.
        # What a coach searches for: one or two words of the practice's own notes, so
        # every query has something to find (counted below, on the vault side).
        queries = []
        for k in rng.sample(range(n_notes), 300):
            words = texts[k].split()
            queries.append(" ".join(rng.sample(words, min(len(words), rng.randint(1, 2)))))
        matched = sum(bool(search.note_ids(vault, q, limit=1)) for q in queries)
        print(f"  search: {matched} of {len(queries)} queries find a note", flush=True)
        alternate("search notes (x300)",
                  lambda side, db, chunk: [search.note_ids(db, q, limit=50) for q in chunk],
                  pieces(queries, 30))

        vault.close()
        plain.close()
    if cpu is not None:
        cpu.update({name: (v, p) for name, (v, p) in cpu_results.items()})
    return {name: (v, p) for name, (v, p) in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=2_000)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args(argv)
    print(
        f"CoachDesk vault (SQLCipher {vaults.sqlcipher_version()}, pages authenticated with "
        f"{NEW_FORMAT}) vs plain SQLite {sqlcipher3.sqlite_version} (same build, no key): "
        f"{args.clients:,} clients, {args.notes:,} notes"
    )
    cpu: dict[str, tuple[float, float]] = {}
    results = run(args.clients, args.notes, cpu=cpu)
    total_v = sum(v for v, _ in results.values())
    total_p = sum(p for _, p in results.values())
    print(f"{'operation':40} {'vault s':>9} {'plain s':>9} {'ratio':>7}  {'CPU ratio':>9}")
    for name, (v, p) in results.items():
        cv, cp = cpu[name]
        print(f"{name:40} {v:9.3f} {p:9.3f} {v / p:7.2f}x  {cv / cp:8.2f}x")
    cpu_v = sum(v for v, _ in cpu.values())
    cpu_p = sum(p for _, p in cpu.values())
    print(
        f"{'all of it':40} {total_v:9.3f} {total_p:9.3f} {total_v / total_p:7.2f}x"
        f"  {cpu_v / cpu_p:8.2f}x   (goal: at most 1.15x; no operation above 1.5x)"
    )
    print("(ratio: wall time, what the coach waits; CPU ratio: the calling thread's CPU time,"
          " which other programs on the machine do not inflate)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
