"""Issue 17's property test, whole: two computers, then a third joining mid-run, each with
its own view of a simulated sync folder that a simulated sync service fills late, twice
and out of order. Random note edits, excerpt edits, approvals, revocations, report
exports through the consent gate, backups, disposals, conflicts resolved, exchanges (with
compaction when it falls due) in random order. After a full exchange:

- every computer holds the same records;
- no note edit is lost: each text ever saved is the note's text or one of its earlier
  versions on every computer (the coach edits a minute apart here, so every save keeps
  the text it replaces: the once-a-minute rule is not what this test is about);
- nothing passes the gate, and no export carries words, that the client did not approve
  for that computer's state (its approvals, its revocations);
- a disposed client's canaries are found nowhere: no vault, no bundle still present in
  any computer's view of the folder, no backup (each opened with its computer's key
  through the core, every text column of every table scanned).

``COACHDESK_GATE_EXAMPLES`` sets the effort, as for the other property tests.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlcipher3
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from msgspec.structs import replace
from syncing import computer, text_everywhere

from coachdesk import (
    agreements,
    approvals,
    clients,
    consent,
    disposal,
    engagements,
    notes,
    reports,
    sponsors,
)
from coachdesk import vault as vaults
from coachdesk.approvals import Recipient
from coachdesk.sync import bundles, conflicts, practice
from coachdesk.vault import backups, cipher

# Each example builds two or three vaults: modest under CI, many locally.
EXAMPLES = max(8, int(os.environ.get("COACHDESK_GATE_EXAMPLES", "1500")) // 25)
STEPS = int(os.environ.get("COACHDESK_SYNC_STEPS", "40"))
SIDE = st.integers(0, 2)  # taken modulo the computers there are
PICK = st.integers(1, 3)
ON = "2026-04-01"
SHARING = agreements.SHARING_TERMS


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def canary(n: int) -> str:
    return f"canary{n}x"


@dataclass
class Computer:
    """One computer: its vault, its own view of the sync folder, its backup folder."""

    name: str
    vault: vaults.Vault
    view: Path
    backups: Path
    delivered: set[Path] = field(default_factory=set)  # paths relative to the view


class SyncService:
    """A sync service between the computers' views of one folder: each computer writes
    only under its own device folder; a file reaches another computer only when
    ``deliver`` carries it there, in any order, late, or again; a file its writer
    removed is removed from the others' views when that removal is delivered."""

    def __init__(self, computers: list[Computer]) -> None:
        self.computers = computers

    @staticmethod
    def _own(c: Computer) -> dict[Path, Path]:
        s = practice.settings(c.vault)
        if s is None:
            return {}
        return {p.relative_to(c.view): p
                for p in bundles.practice_folder(c.view, s.practice_id).joinpath(
                    s.device_id).glob("*.cdsync")}

    def pending(self, dest: Computer) -> list[tuple[str, Path, Path | None]]:
        """What the service still has to do for ``dest``: (copy, path, source) and
        (remove, path, None), in a stable order."""
        todo: list[tuple[str, Path, Path | None]] = []
        present: set[Path] = set()
        for source in self.computers:
            if source is dest:
                continue
            for rel, path in sorted(self._own(source).items()):
                present.add(rel)
                if rel not in dest.delivered:
                    todo.append(("copy", rel, path))
        todo += [("remove", rel, None) for rel in sorted(dest.delivered - present)]
        return todo

    def deliver(self, dest: Computer, pick: int) -> None:
        todo = self.pending(dest)
        if not todo:
            return
        what, rel, source = todo[pick % len(todo)]
        self._do(dest, what, rel, source)

    def again(self, dest: Computer, pick: int) -> None:
        """A file already delivered arrives once more (the service wrote it again)."""
        for source in self.computers:
            own = self._own(source)
            there = sorted(rel for rel in dest.delivered if rel in own)
            if there and source is not dest:
                self._do(dest, "copy", there[pick % len(there)], own[there[pick % len(there)]])
                return

    def flush(self, dest: Computer) -> None:
        while todo := self.pending(dest):
            self._do(dest, *todo[0])

    @staticmethod
    def _do(dest: Computer, what: str, rel: Path, source: Path | None) -> None:
        target = dest.view / rel
        if what == "remove":
            target.unlink(missing_ok=True)
            dest.delivered.discard(rel)
            return
        assert source is not None
        try:
            data = source.read_bytes()
        except FileNotFoundError:
            return  # removed by its writer meanwhile: the removal comes next
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name("." + target.name + ".tmp")  # a sync tool's temporary
        partial.write_bytes(data)
        partial.replace(target)
        dest.delivered.add(rel)


class Practice(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="coachdesk-syncprop-"))
        self.kept_every = notes.REVISION_EVERY_SECONDS
        notes.REVISION_EVERY_SECONDS = 0  # the coach edits a minute apart
        self.computers: list[Computer] = []
        self.service = SyncService(self.computers)
        first = self._new_computer("laptop")
        sponsors.add(first.vault, sponsors.SponsorDraft("Acme"))
        self.code = practice.start(first.vault, first.view)
        second = self._new_computer("desktop")
        self.service.flush(second)
        practice.join(second.vault, second.view, self.code)
        self.made = 0
        self.disposed: set[int] = set()
        self.saved: dict[int, set[str]] = {}  # every note text ever saved, per client
        self.approved: dict[str, str] = {}  # an approval's tag -> the words' hash
        self.revoked: set[str] = set()
        self.exports: dict[int, list[tuple[str, ...]]] = {}  # the words each export sent
        self.tags = 0
        self.clock = datetime(2026, 5, 1, 9, tzinfo=UTC)

    def _new_computer(self, name: str) -> Computer:
        c = Computer(name, computer(self.root, name), self.root / f"view-{name}",
                     self.root / f"backups-{name}")
        c.view.mkdir()
        c.backups.mkdir()
        backups.remember_folder(c.vault, str(c.backups))
        self.computers.append(c)
        return c

    def teardown(self) -> None:
        try:
            if hasattr(self, "computers") and self.computers:
                self._settle_and_check()
        finally:
            notes.REVISION_EVERY_SECONDS = getattr(self, "kept_every",
                                                   notes.REVISION_EVERY_SECONDS)
            for c in getattr(self, "computers", []):
                c.vault.close()
            shutil.rmtree(getattr(self, "root", "/nonexistent"), ignore_errors=True)

    def _at(self, side: int) -> Computer:
        return self.computers[side % len(self.computers)]

    # -- finding the same things on any computer, by their words -------------------------
    @staticmethod
    def _client(v: vaults.Vault, n: int) -> int | None:
        row = v.read_one("SELECT id FROM clients WHERE name = ?", (f"Client {n} {canary(n)}",))
        return row[0] if row else None

    def _report(self, v: vaults.Vault, n: int) -> tuple[int, int] | None:
        """The client's report and its one item (an excerpt), once both arrived."""
        client = self._client(v, n)
        if client is None:
            return None
        report = v.read_one("SELECT id FROM reports WHERE client_id = ?", (client,))
        excerpt = v.read_one("SELECT id FROM excerpts WHERE client_id = ?", (client,))
        return (report[0], excerpt[0]) if report and excerpt else None

    @staticmethod
    def _acme(v: vaults.Vault) -> Recipient:
        (row,) = v.read("SELECT id FROM sponsors WHERE organisation = 'Acme'")
        return Recipient("sponsor", row[0])

    # -- what a coach does ---------------------------------------------------------------
    @rule(side=SIDE)
    def add_client(self, side: int) -> None:
        self.made += 1
        n, v = self.made, self._at(side).vault
        client = clients.add(v, clients.ClientDraft(f"Client {n} {canary(n)}"))
        body = f"note {n} {canary(n)}"
        notes.add(v, client.id, body, privacy=notes.MAY_REPORT)
        self.saved[n] = {body}
        engagement = engagements.add(v, engagements.EngagementDraft(
            client.id, "2026-01-05", "2026-12-20", sponsor_id=self._acme(v).id))
        # The three parties agreed in writing that approved words may go to Acme.
        draft = agreements.draft_for_engagement(v, engagement.id, "Sam Coach")
        agreement = agreements.add(v, replace(draft, sponsor_may_receive=SHARING))
        for role, name in (("coach", "Sam Coach"), ("client", f"Client {n}"),
                           ("sponsor", "Dan Reyes")):
            agreements.record_signature(v, agreement.id, role, name, "2026-01-05",
                                        "handwritten")
        agreements.activate(v, agreement.id)
        report = reports.create(v, reports.ReportDraft(
            engagement.id, "Progress report", "2026-01-01", "2026-04-30"))
        reports.write_item(v, report.id, f"Progress {n} {canary(n)}")

    @rule(side=SIDE)
    def add_another_client(self, side: int) -> None:
        """(Drawn as often again: clients are what every other rule works on.)"""
        self.add_client(side)

    @rule(side=SIDE, pick=PICK, version=st.integers(1, 99))
    def edit_note(self, side: int, pick: int, version: int) -> None:
        v = self._at(side).vault
        client = self._client(v, pick)
        if client is None:
            return
        for note_id in notes.ids_for_client(v, client):
            body = f"note {pick} v{version} {canary(pick)}"
            notes.save(v, note_id, body)
            self.saved[pick].add(body)

    @rule(first=SIDE, pick=PICK, version=st.integers(1, 99))
    def edit_on_two_computers(self, first: int, pick: int, version: int) -> None:
        """The same note edited on two computers before either heard of the other's
        (the two in step first, so that both hold the note)."""
        both = [self._at(first), self._at(first + 1)]
        for _ in range(2):
            for c in both:
                self.service.flush(c)
                practice.exchange(c.vault)
        self.edit_note(first, pick, version)
        self.edit_note(first + 1, pick, version + 100)

    @rule(side=SIDE, pick=PICK, version=st.integers(1, 99))
    def edit_excerpt(self, side: int, pick: int, version: int) -> None:
        v = self._at(side).vault
        found = self._report(v, pick)
        if found is not None:
            reports.edit_item(v, *found, f"Progress {pick}, version {version} {canary(pick)}")

    @rule(side=SIDE, pick=PICK)
    def approve(self, side: int, pick: int) -> None:
        v = self._at(side).vault
        found = self._report(v, pick)
        if found is None:
            return
        self.tags += 1
        tag = f"approval {self.tags}"
        (text,) = v.read_one("SELECT text FROM excerpts WHERE id = ?", (found[1],))
        reports.approve(v, found[0], [found[1]], method="on_screen", given_by=tag,
                        given_on="2026-03-01")
        self.approved[tag] = _sha(text)

    @rule(side=SIDE, pick=PICK)
    def revoke(self, side: int, pick: int) -> None:
        v = self._at(side).vault
        found = self._report(v, pick)
        if found is None:
            return
        for given in approvals.for_excerpts(v, [found[1]]):
            if given.revoked_at is None:
                approvals.revoke(v, given.id, "changed her mind")
                self.revoked.add(given.given_by)

    @rule(side=SIDE, pick=PICK)
    def approve_and_export(self, side: int, pick: int) -> None:
        """The client approves the words on screen and the coach sends the report."""
        self.approve(side, pick)
        self.export(side, pick)

    @rule(side=SIDE, pick=PICK)
    def export(self, side: int, pick: int) -> None:
        """A report sent from this computer: only what its own state lets through."""
        v = self._at(side).vault
        found = self._report(v, pick)
        if found is None:
            return
        sent: list[reports.ReportContent] = []

        def render(content: reports.ReportContent) -> bytes:
            sent.append(content)
            return b"%PDF-1.4"
        try:
            reports.export(v, found[0], on=ON, render=render, save=lambda data: None)
        except reports.ReportBlocked:
            event("an export refused by the gate")
            return
        event("a report exported")
        words = tuple(w.text for w in sent[0].words)
        allowed = self._allowed_here(v, found[1])
        assert all(_sha(w) in allowed for w in words), (words, allowed)
        self.exports.setdefault(pick, []).append(words)

    @rule(side=SIDE)
    def back_up(self, side: int) -> None:
        c = self._at(side)
        self.clock += timedelta(hours=1)
        backups.make(c.vault, c.backups, now=self.clock)

    @rule(side=SIDE, pick=PICK, now=st.integers(0, 3))
    def dispose(self, side: int, pick: int, now: int) -> None:
        if now:  # a disposal is a rarer thing than the rest (drawn a quarter as often)
            return
        c = self._at(side)
        client = self._client(c.vault, pick)
        if client is not None:
            disposal.dispose(c.vault, client, "client_request", backup_folder=c.backups)
            self.disposed.add(pick)

    @rule(side=SIDE, keep=st.sampled_from(sorted(conflicts.KEEP)))
    def resolve(self, side: int, keep: str) -> None:
        v = self._at(side).vault
        listed = conflicts.to_resolve(v)
        if not listed:
            return
        event("a note edited on two computers resolved")
        conflict = listed[0]
        try:
            body = conflicts.resolve(v, conflict, keep)
        except conflicts.Changed:
            return
        for n in self.saved:
            if canary(n) in body:
                self.saved[n].add(body)

    @rule(side=SIDE, again=st.booleans())
    def exchange(self, side: int, again: bool) -> None:
        v = self._at(side).vault
        done = practice.exchange(v)
        if done.compacted:
            event("a compaction")
        if again:  # every bundle in its view read and applied once more
            with v.transaction() as conn:
                conn.execute("UPDATE sync_applied SET sequence = 0")
            practice.receive(v)

    @rule(side=SIDE, pick=st.integers(0, 50))
    def deliver_one(self, side: int, pick: int) -> None:
        """The service carries one file (or one removal) to this computer, in any order."""
        self.service.deliver(self._at(side), pick)

    @rule(side=SIDE, pick=st.integers(0, 50))
    def deliver_again(self, side: int, pick: int) -> None:
        self.service.again(self._at(side), pick)

    @rule(side=SIDE)
    def deliver_all(self, side: int) -> None:
        self.service.flush(self._at(side))

    @rule(rounds=st.integers(2, 9))
    def quiet_days(self, rounds: int) -> None:
        """Every computer syncs a few times with nothing new: the others hear what each
        applied, and compaction falls due (the checks wait for a full exchange)."""
        for _ in range(rounds):
            for c in self.computers:
                self.service.flush(c)
                if practice.exchange(c.vault).compacted:
                    event("a compaction")

    @precondition(lambda self: len(self.computers) < 3)
    @rule()
    def third_joins(self) -> None:
        """A third computer joins mid-run from what its view holds by then."""
        c = self._new_computer("office")
        self.service.flush(c)
        practice.join(c.vault, c.view, self.code)
        event("a third computer joined")

    @rule(now=st.integers(0, 2))
    def settle_and_check(self, now: int) -> None:
        if not now:  # a third as often as the rest: it is slow, and teardown checks too
            self._settle_and_check()

    # -- what must hold -------------------------------------------------------------------
    def _allowed_here(self, v: vaults.Vault, excerpt: int) -> set[str]:
        """The hashes this computer holds an unrevoked approval of, each approval's hash
        the one of the words it was given to (where it was given)."""
        rows = v.read("SELECT text_sha256, given_by FROM consents WHERE excerpt_id = ?"
                      " AND revoked_at IS NULL", (excerpt,))
        for sha, tag in rows:
            assert self.approved.get(tag) == sha, tag  # an approval binds the same words
        return {sha for sha, _tag in rows}

    def _settle_and_check(self) -> None:
        for _ in range(4):
            for c in self.computers:
                self.service.flush(c)
                if practice.exchange(c.vault).compacted:
                    event("a compaction")
        for c in self.computers:
            self.service.flush(c)
        if conflicts.count(self.computers[0].vault):
            event("notes edited on two computers, to resolve")
        states = [self._state(c.vault) for c in self.computers]
        for c, state in zip(self.computers, states, strict=True):
            for part, rows in state.items():
                first = states[0][part]
                assert rows == first, (c.name, part, sorted(set(rows) ^ set(first)))
        for c in self.computers:
            self._check_gate(c.vault)
            self._check_no_edit_lost(c.vault)
            self._check_exports(c.vault)
            self._check_disposed(c)

    def _check_gate(self, v: vaults.Vault) -> None:
        for tag, revoked in v.read("SELECT given_by, revoked_at IS NOT NULL FROM consents"):
            assert bool(revoked) == (tag in self.revoked), tag
        for n in range(1, self.made + 1):
            found = self._report(v, n)
            if found is None:
                continue
            (text,) = v.read_one("SELECT text FROM excerpts WHERE id = ?", (found[1],))
            decision = consent.decide(v, self._acme(v), [found[1]], on=ON)
            if decision.passed:
                assert _sha(text) in self._allowed_here(v, found[1]), n

    def _check_no_edit_lost(self, v: vaults.Vault) -> None:
        for n, texts in self.saved.items():
            if n in self.disposed:
                continue
            client = self._client(v, n)
            assert client is not None, n
            kept = {body for (body,) in v.read(
                "SELECT body FROM notes WHERE client_id = ? UNION SELECT r.body"
                " FROM note_revisions r JOIN notes n ON n.id = r.note_id"
                " WHERE n.client_id = ?", (client, client))}
            assert texts <= kept, (n, texts - kept)

    def _check_exports(self, v: vaults.Vault) -> None:
        """Every export made anywhere is in every computer's disclosure log, with the
        words it sent (a disposed client's words removed with her)."""
        for n, sent in self.exports.items():
            if n in self.disposed:
                continue
            client = self._client(v, n)
            assert client is not None
            logged = sorted(tuple(t for (t,) in v.read(
                "SELECT text FROM disclosure_items WHERE disclosure_id = ? ORDER BY position",
                (d,))) for (d,) in v.read("SELECT id FROM disclosures WHERE client_id = ?",
                                          (client,)))
            assert logged == sorted(sent), n

    def _check_disposed(self, c: Computer) -> None:
        for n in self.disposed:
            needle = canary(n)
            found = text_everywhere(c.vault, needle)
            assert found == {}, (c.name, n, found)
            key = practice._key(c.vault)
            s = practice.settings(c.vault)
            assert s is not None
            for path in sorted(bundles.practice_folder(c.view, s.practice_id).rglob("*.cdsync")):
                read = bundles.read(path, key, s.practice_id, 99)
                assert isinstance(read, bundles.Bundle), path
                assert not any(needle in str(ch.value) for ch in read.changes), (c.name, path)
            for kept in backups.in_folder(c.backups):
                conn = cipher.keyed(kept.path, c.vault.open_key, "ro")
                try:
                    assert _texts_holding(conn, needle) == [], (c.name, kept.path.name)
                finally:
                    conn.close()

    @staticmethod
    def _state(v: vaults.Vault) -> dict[str, list[object]]:
        # "Disposed client N" names each computer's own id for her.
        return {part: sorted(v.read(sql)) for part, sql in (
            ("clients", "SELECT CASE WHEN name LIKE 'Disposed client %'"
                        " THEN 'Disposed client' ELSE name END, status FROM clients"),
            ("notes", "SELECT body FROM notes"),
            ("earlier versions", "SELECT body FROM note_revisions"),
            # The same notes to resolve on every computer, named by the same version.
            ("notes to resolve", "SELECT n.body, r.body, c.other_hlc, c.other_device"
                                 " FROM sync_conflicts c JOIN notes n ON n.id = c.local_id"
                                 " JOIN note_revisions r ON r.id = c.revision_id"
                                 " WHERE c.resolved_at IS NULL"),
            ("excerpts", "SELECT text, text_sha256 FROM excerpts"),
            ("approvals", "SELECT given_by, text_sha256, revoked_at IS NOT NULL FROM consents"),
            ("disclosures", "SELECT kind, purpose FROM disclosures"),
            ("words disclosed", "SELECT text FROM disclosure_items"),
            ("disposals", "SELECT count(*) FROM disposals"))}


def _texts_holding(conn: sqlcipher3.Connection, needle: str) -> list[tuple[str, str]]:
    """(table, column) of every text or blob value holding ``needle`` in every table of
    the file, found from sqlite_master (as the disposal tests scan)."""
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    assert "notes" in tables
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for column, value in zip(names, row, strict=True):
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                if isinstance(value, str) and needle in value:
                    found.append((table, column))
    return found


# Under CI the same examples each run (a red run names a bug, not a draw); locally, new
# ones each time. Known and not fixed yet: a record whose id SQLite gave again after a
# disposal (test_sync_kept_texts.py, the xfail) fails about one example in 300.
Practice.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=STEPS, deadline=None,
    derandomize=os.environ.get("CI") == "true",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_one_practice_on_two_or_three_computers = Practice.TestCase
