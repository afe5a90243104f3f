"""A computer of the practice gone for good (docs/sync.md, *A computer gone for good*):
marked on another computer, the mark travels; no compaction waits for it any more; its
later bundles are refused everywhere with a reason; the invoicing role it held is taken
back, numbering on after the highest number seen, and an invoice it issues afterwards
with the same number is refused."""

from __future__ import annotations

import pytest
from syncing import bill_lea, computer, pair, settle, two_computers

from coachdesk import clients, notes
from coachdesk.sync import bundles, compaction, computers, issuer, practice
from tests import billing_setup


def _device(vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.device_id


def _own(vault) -> int:
    found = practice.settings(vault)
    assert found is not None
    return len(bundles.own(found.folder, found.practice_id, found.device_id))


def _busy(vault, times: int = 5) -> None:
    """Several saves, each sent in a bundle of its own (what makes a compaction due)."""
    client = clients.add(vault, clients.ClientDraft("Ada Byrne"))
    note = notes.add(vault, client.id, "first words")
    for n in range(times):
        notes.save(vault, note.id, f"words, version {n}")
        practice.exchange(vault)


def test_two_computers_marking_the_silent_one_gone_lets_compaction_go_ahead(tmp_path):
    with two_computers(tmp_path) as (a, b):
        _busy(a)
        assert practice.exchange(a).compacted is False  # the desktop never said it applied
        assert _own(a) > 1
        computers.mark_gone(a, _device(b))
        # Rewritten as one at once (they carry B's records from now on: review finding 4).
        practice.exchange(a)
        assert _own(a) == 1
        note = notes.add(a, clients.add(a, clients.ClientDraft("Bea")).id, "first")
        compacted = []
        for n in range(5):  # and later ones are compacted without waiting for B
            notes.save(a, note.id, f"again, version {n}")
            compacted.append(practice.exchange(a).compacted)
        assert any(compacted)
        listed = {c.device: c for c in computers.listing(a)}
        assert listed[_device(b)].gone and not listed[_device(a)].gone
        assert listed[_device(a)].this and listed[_device(a)].issues
        with pytest.raises(Exception, match="another computer"):
            computers.mark_gone(a, _device(a))


def test_the_mark_travels_and_the_gone_computers_later_bundle_is_refused_everywhere(
        tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "ACK_AFTER", 1)
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        clients.add(c, clients.ClientDraft("Before the loss"))
        settle(a, b, c)
        computers.mark_gone(a, _device(c))
        settle(a, b)  # the office laptop is lost: only these two sync
        assert computers.gone_here(a) is False
        with b.snapshot() as conn:
            assert set(computers.gone(conn)) == {_device(c)}  # the mark travelled
        # Its earlier work stays on both.
        for vault in (a, b):
            assert vault.read("SELECT name FROM clients") == [("Before the loss",)]
        # B's compaction no longer waits for it.
        _busy(b)
        practice.exchange(a)
        assert practice.exchange(b).compacted is True

        # The laptop is found and used again: what it writes now is not merged back.
        clients.add(c, clients.ClientDraft("After the loss"))
        practice.send(c)
        for vault in (a, b):
            done = practice.exchange(vault)
            assert [r.reason for r in done.refused] == [computers.GONE]
            assert vault.read("SELECT count(*) FROM clients WHERE name = 'After the loss'"
                              ) == [(0,)]
        practice.exchange(c)  # it hears that it is gone
        assert computers.gone_here(c) is True
    finally:
        for vault in (a, b, c):
            vault.close()



def test_the_invoicing_role_is_taken_back_and_a_clashing_number_is_refused(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        # The laptop, which issues invoices, is stolen.
        with pytest.raises(issuer.NotGone):
            issuer.take_back(b)  # only once it is marked as gone
        assert not issuer.role(b).issuer_gone
        computers.mark_gone(b, _device(a))
        role = issuer.role(b)
        assert role.issuer_gone and role.missing == 0 and role.last_number == "2026-0001"
        assert _device(a) not in {o.device for o in role.others}  # never handed to it
        issuer.take_back(b)
        assert issuer.may_issue(b)
        assert bill_lea(b, 2, "2026-02-28").number == "2026-0002"  # on from the last seen
        settle(b, c)
        assert not issuer.may_issue(c)  # one issuer: the desktop

        # The thief's laptop issues its own 2026-0002 and it reaches the folder.
        assert bill_lea(a, 2, "2026-02-27").number == "2026-0002"
        practice.send(a)
        for vault in (b, c):
            done = practice.exchange(vault)
            assert computers.GONE in [r.reason for r in done.refused]
            assert vault.read("SELECT number, issued_on FROM invoices ORDER BY number") == [
                ("2026-0001", "2026-01-31"), ("2026-0002", "2026-02-28")]
        practice.exchange(a)  # once the mark reaches it, it issues no more
        assert not issuer.may_issue(a)
    finally:
        for vault in (a, b, c):
            vault.close()


def test_the_role_waits_while_what_the_lost_computer_sent_has_not_arrived(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        settle(a, b, c)
        clients.add(a, clients.ClientDraft("Sent just before the loss"))
        practice.send(a)
        practice.exchange(b)  # the desktop has it, the office not yet
        computers.mark_gone(b, _device(a))
        practice.send(b)
        # The office hears of the mark before the laptop's last bundle: it waits for it.
        found = practice.settings(a)
        assert found is not None
        own = bundles.own(found.folder, found.practice_id, found.device_id)
        hidden = own[-1].rename(tmp_path / "still copying")
        practice.exchange(c)
        assert issuer.role(c).issuer_gone and issuer.role(c).missing == 1
        with pytest.raises(issuer.NotGone, match="not arrived"):
            issuer.take_back(c)
        hidden.rename(own[-1])
        practice.exchange(c)
        assert c.read("SELECT name FROM clients") == [("Sent just before the loss",)]
        issuer.take_back(c)
        assert issuer.may_issue(c)
    finally:
        for vault in (a, b, c):
            vault.close()
