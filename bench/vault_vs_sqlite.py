"""CoachDesk's vault against plain SQLite: the same schema, the same core code, one run.

Both databases are driven by the *same* coachdesk functions (clients.add,
notes.add, notes.save, clients.list_ids, search.note_ids, notes.get_many);
the only difference is the connection under the Vault: SQLCipher with a raw
key, or Python's plain sqlite3 with the same pragmas. Operations are
interleaved (vault, plain, vault, plain ...) in batches so machine noise
hits both sides alike, and the ratio vault/plain is printed per operation.

    python -m bench.vault_vs_sqlite              # 2,000 clients, 100,000 notes
    python -m bench.vault_vs_sqlite --notes 10000 --clients 200   # a quick look
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # test keyring

import keyring
import sqlcipher3

from coachdesk import agreements, clients, engagements, migrations, notes, reports, search, sponsors
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
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


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def run(n_clients: int, n_notes: int, seed: int = 7) -> dict[str, tuple[float, float]]:
    results: dict[str, list[float]] = {}

    def add(name: str, v: float, p: float) -> None:
        pair = results.setdefault(name, [0.0, 0.0])
        pair[0] += v
        pair[1] += p

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
        batch = 1_000
        note_ids: dict[int, list[int]] = {0: [], 1: []}
        for start in range(0, n_notes, batch):
            chunk = range(start, min(start + batch, n_notes))
            for side, db in enumerate(both):
                new = [
                    notes.NewNote(ids[side][owners[k]], texts[k], "2026-01-01T09:00:00")
                    for k in chunk
                ]
                t = timed(
                    lambda db=db, side=side, new=new: note_ids[side].extend(notes.add_many(db, new))
                )
                add("insert notes (1,000 per transaction)", *((t, 0) if side == 0 else (0, t)))

        # A new note typed in session: one transaction each.
        singles = [rng.randrange(n_clients) for _ in range(1_000)]
        for side, db in enumerate(both):
            t = timed(
                lambda db=db, side=side: [notes.add(db, ids[side][c], texts[c]) for c in singles]
            )
            add("add one note (x1,000)", *((t, 0) if side == 0 else (0, t)))

        # Update: autosave of an existing note (new text, revision, FTS, audit).
        picks = [rng.randrange(n_notes) for _ in range(2_000)]
        for side, db in enumerate(both):
            t = timed(
                lambda db=db, side=side: [
                    notes.save(db, note_ids[side][k], texts[k] + " and one more thought")
                    for k in picks
                ]
            )
            add("save a note (autosave, x2,000)", *((t, 0) if side == 0 else (0, t)))

        # Read: every client's notes, as a client page would load them.
        for side, db in enumerate(both):

            def read(db=db, side=side) -> None:
                for cid in ids[side]:
                    notes.get_many(db, notes.ids_for_client(db, cid))

            t = timed(read)
            add("read every client's notes", *((t, 0) if side == 0 else (0, t)))

        # List: the clients page.
        for side, db in enumerate(both):
            t = timed(lambda db=db: [clients.list_ids(db) for _ in range(50)])
            add("list clients (x50)", *((t, 0) if side == 0 else (0, t)))

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
        for side, db in enumerate(both):
            t = timed(lambda db=db, side=side: [
                reports.assemble(db, r, "2026-05-02") for _ in range(4)
                for r in report_ids[side]])
            add("assemble a 100-excerpt report (x200)", *((t, 0) if side == 0 else (0, t)))

        # Search: full-text over the notes.
        # What a coach searches for: one or two words of the practice's own notes, so
        # every query has something to find (counted below, on the vault side).
        queries = []
        for k in rng.sample(range(n_notes), 300):
            words = texts[k].split()
            queries.append(" ".join(rng.sample(words, min(len(words), rng.randint(1, 2)))))
        matched = sum(bool(search.note_ids(vault, q, limit=1)) for q in queries)
        print(f"  search: {matched} of {len(queries)} queries find a note", flush=True)
        for side, db in enumerate(both):
            t = timed(lambda db=db: [search.note_ids(db, q, limit=50) for q in queries])
            add("search notes (x300)", *((t, 0) if side == 0 else (0, t)))

        vault.close()
        plain.close()
    return {name: (v, p) for name, (v, p) in results.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=2_000)
    parser.add_argument("--notes", type=int, default=100_000)
    args = parser.parse_args(argv)
    print(
        f"CoachDesk vault (SQLCipher {vaults.sqlcipher_version()}) vs plain SQLite "
        f"{sqlcipher3.sqlite_version} (same build, no key): {args.clients:,} clients, "
        f"{args.notes:,} notes"
    )
    results = run(args.clients, args.notes)
    total_v = sum(v for v, _ in results.values())
    total_p = sum(p for _, p in results.values())
    print(f"{'operation':40} {'vault s':>9} {'plain s':>9} {'ratio':>7}")
    for name, (v, p) in results.items():
        print(f"{name:40} {v:9.3f} {p:9.3f} {v / p:7.2f}x")
    print(
        f"{'all of it':40} {total_v:9.3f} {total_p:9.3f} {total_v / total_p:7.2f}x"
        "   (goal: at most 1.15x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
