"""Random work on two computers sharing a sync folder, exchanged in random order, with
bundles delivered late, twice and out of order: after a full exchange both computers
hold the same records, approvals and revocations agree, nothing the client did not
approve passes the gate on either computer, and a disposed client's words are nowhere
(vaults and bundles)."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule
from syncing import computer, pair, settle, text_everywhere

from coachdesk import approvals, clients, consent, disposal, excerpts, notes, sponsors
from coachdesk.approvals import Recipient
from coachdesk.sync import bundles, practice

# Modest under CI (see tests/property/test_gate_in_pdfs.py): each example builds two vaults.
EXAMPLES = max(4, int(os.environ.get("COACHDESK_GATE_EXAMPLES", "1500")) // 20)
SIDES = st.sampled_from([0, 1])


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TwoComputers(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="coachdesk-sync-"))
        self.vaults = [computer(self.root, "laptop"), computer(self.root, "desktop")]
        sponsors.add(self.vaults[0], sponsors.SponsorDraft("Acme"))
        pair(self.vaults[0], [self.vaults[1]], self.root / "Sync")
        self.made = 0
        self.disposed: set[int] = set()
        self.revoked: set[str] = set()  # approvals (by their tag) revoked somewhere
        self.held: list[tuple[Path, Path]] = []
        self.tags = 0

    def teardown(self) -> None:
        try:
            if hasattr(self, "vaults"):
                self._settle_and_check()
        finally:
            for v in getattr(self, "vaults", []):
                v.close()
            shutil.rmtree(getattr(self, "root", "/nonexistent"), ignore_errors=True)

    # -- finding the same things on either computer, by their words -------------------
    def _client(self, side: int, n: int) -> int | None:
        rows = self.vaults[side].read("SELECT id FROM clients WHERE name = ?",
                                      (f"Client {n} canary{n}x",))
        return rows[0][0] if rows else None

    def _excerpt(self, side: int, n: int) -> int | None:
        client = self._client(side, n)
        if client is None:
            return None
        rows = self.vaults[side].read("SELECT id FROM excerpts WHERE client_id = ?", (client,))
        return rows[0][0] if rows else None

    def _acme(self, side: int) -> Recipient:
        (row,) = self.vaults[side].read("SELECT id FROM sponsors")
        return Recipient("sponsor", row[0])

    # -- what a coach does ---------------------------------------------------------------
    @rule(side=SIDES)
    def add_client(self, side: int) -> None:
        self.made += 1
        n, v = self.made, self.vaults[side]
        client = clients.add(v, clients.ClientDraft(f"Client {n} canary{n}x"))
        notes.add(v, client.id, f"note {n} canary{n}x", privacy=notes.MAY_REPORT)
        excerpts.add(v, client.id, f"Progress {n}")

    @rule(side=SIDES, pick=st.integers(1, 6), version=st.integers(1, 99))
    def edit_note(self, side: int, pick: int, version: int) -> None:
        client = self._client(side, pick)
        if client is None:
            return
        v = self.vaults[side]
        for (note_id,) in v.read("SELECT id FROM notes WHERE client_id = ?", (client,)):
            notes.save(v, note_id, f"note {pick} v{version} canary{pick}x")

    @rule(side=SIDES, pick=st.integers(1, 6), version=st.integers(1, 99))
    def edit_excerpt(self, side: int, pick: int, version: int) -> None:
        excerpt = self._excerpt(side, pick)
        if excerpt is not None:
            excerpts.edit(self.vaults[side], excerpt, f"Progress {pick}, version {version}")

    @rule(side=SIDES, pick=st.integers(1, 6))
    def approve(self, side: int, pick: int) -> None:
        excerpt = self._excerpt(side, pick)
        if excerpt is None:
            return
        self.tags += 1
        approvals.record(self.vaults[side], excerpt, self._acme(side), method="written",
                         given_by=f"approval {self.tags}", given_on="2026-03-01")

    @rule(side=SIDES, pick=st.integers(1, 6))
    def revoke(self, side: int, pick: int) -> None:
        excerpt = self._excerpt(side, pick)
        if excerpt is None:
            return
        v = self.vaults[side]
        for given in approvals.for_excerpts(v, [excerpt]):
            if given.revoked_at is None:
                approvals.revoke(v, given.id, "changed her mind")
                self.revoked.add(given.given_by)

    @rule(side=SIDES, pick=st.integers(1, 6))
    def dispose(self, side: int, pick: int) -> None:
        client = self._client(side, pick)
        if client is not None:
            disposal.dispose(self.vaults[side], client, "client_request")
            self.disposed.add(pick)

    @rule(side=SIDES, twice=st.booleans())
    def exchange(self, side: int, twice: bool) -> None:
        practice.exchange(self.vaults[side])
        if twice:  # the same bundles arrive again
            with self.vaults[side].transaction() as conn:
                conn.execute("DELETE FROM sync_applied")
            practice.receive(self.vaults[side])

    @rule(side=SIDES)
    def hold_back_the_newest_bundle(self, side: int) -> None:
        """The sync service delivers this computer's newest bundle late."""
        s = practice.settings(self.vaults[side])
        own = bundles.own(s.folder, s.practice_id, s.device_id)
        if own:
            held = own[-1].with_name("held-" + own[-1].name)
            own[-1].rename(held)
            self.held.append((held, own[-1]))

    @rule()
    def deliver_late(self) -> None:
        for held, path in self.held:
            if held.exists():
                held.rename(path)
        self.held = []

    @rule()
    def settle_and_check(self) -> None:
        self._settle_and_check()

    # -- what must hold after a full exchange -------------------------------------------
    def _settle_and_check(self) -> None:
        self.deliver_late()
        settle(*self.vaults)
        a, b = (self._state(v) for v in self.vaults)
        assert a == b
        for side, v in enumerate(self.vaults):
            for given_by, revoked in v.read("SELECT given_by, revoked_at IS NOT NULL"
                                            " FROM consents"):
                assert bool(revoked) == (given_by in self.revoked), given_by
            for n in range(1, self.made + 1):
                excerpt = self._excerpt(side, n)
                if excerpt is None:
                    continue
                (text,) = v.read_one("SELECT text FROM excerpts WHERE id = ?", (excerpt,))
                allowed = {t for t, g in v.read("SELECT text_sha256, given_by FROM consents"
                                                " WHERE excerpt_id = ?", (excerpt,))
                           if g not in self.revoked}
                decision = consent.decide(v, self._acme(side), [excerpt], on="2026-04-01")
                if decision.passed:
                    assert _sha(text) in allowed or text in allowed
            for n in self.disposed:
                assert text_everywhere(v, f"canary{n}x") == {}, n
                s = practice.settings(v)
                for path in bundles.own(s.folder, s.practice_id, s.device_id):
                    read = bundles.read(path, practice._key(v), s.practice_id, 99)
                    assert isinstance(read, bundles.Bundle)
                    assert not any(f"canary{n}x" in str(c.value) for c in read.changes)

    @staticmethod
    def _state(v):
        # "Disposed client N" names each computer's own id for her.
        return (sorted(v.read("SELECT CASE WHEN name LIKE 'Disposed client %'"
                              " THEN 'Disposed client' ELSE name END, status FROM clients")),
                sorted(v.read("SELECT body FROM notes")),
                sorted(v.read("SELECT text FROM excerpts")),
                sorted(v.read("SELECT given_by, text_sha256, revoked_at IS NOT NULL"
                              " FROM consents")),
                sorted(v.read("SELECT count(*) FROM disposals")))


TwoComputers.TestCase.settings = settings(
    max_examples=EXAMPLES, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
test_two_computers = TwoComputers.TestCase
