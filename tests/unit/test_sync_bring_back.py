"""Undoing "Mark as gone" (docs/sync.md, *A computer gone for good*): a computer marked
by mistake is brought back; the removal of the mark travels; what it wrote while marked
is applied on every computer, its edits are there, it learns it is no longer gone and
issues again if it held the role; refused, changing nothing, once invoicing was taken
back from it while it was marked."""

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


def _actions(vault) -> list[str]:
    return [a for (a,) in vault.read("SELECT action FROM audit_log WHERE action LIKE"
                                     " 'sync.computer_%' ORDER BY id")]


def _names(vault) -> set[str]:
    return {n for (n,) in vault.read("SELECT name FROM clients")}


def test_two_computers_a_mark_made_by_mistake_is_undone(tmp_path):
    with two_computers(tmp_path) as (a, b):
        client = clients.add(b, clients.ClientDraft("Ada Byrne"))
        note = notes.add(b, client.id, "first words")
        settle(a, b)
        computers.mark_gone(a, _device(b))  # the wrong computer
        practice.exchange(a)
        # The desktop goes on working and hears that it is gone.
        notes.save(b, note.id, "written while marked")
        clients.add(b, clients.ClientDraft("Added while marked"))
        practice.exchange(b)
        assert computers.gone_here(b)
        done = practice.exchange(a)
        assert [r.reason for r in done.refused] == [computers.GONE]
        assert "Added while marked" not in _names(a)

        computers.bring_back(a, _device(b))
        assert not {c.device: c for c in computers.listing(a)}[_device(b)].gone
        assert _actions(a) == ["sync.computer_gone", "sync.computer_back"]
        done = practice.exchange(a)
        assert done.refused == []
        assert "Added while marked" in _names(a)
        assert a.read("SELECT body FROM notes") == [("written while marked",)]
        practice.exchange(b)
        assert not computers.gone_here(b)
        # Its changes go on travelling, and compaction waits for it again.
        clients.add(b, clients.ClientDraft("Added after"))
        settle(a, b)
        assert _names(a) == _names(b) == {"Ada Byrne", "Added while marked", "Added after"}
        # Bringing back a computer that is not marked changes nothing.
        computers.bring_back(a, _device(b))
        assert _actions(a) == ["sync.computer_gone", "sync.computer_back"]


def test_three_computers_the_removal_reaches_the_others_and_it_catches_up(
        tmp_path, monkeypatch):
    monkeypatch.setattr(compaction, "ACK_AFTER", 1)
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        clients.add(c, clients.ClientDraft("Before the mark"))
        settle(a, b, c)
        computers.mark_gone(a, _device(c))
        settle(a, b)
        # While it is marked, the desktop compacts without waiting for it.
        client = clients.add(b, clients.ClientDraft("Bea Costa"))
        note = notes.add(b, client.id, "first words")
        for n in range(5):
            notes.save(b, note.id, f"words, version {n}")
            practice.exchange(b)
        practice.exchange(a)
        assert practice.exchange(b).compacted is True
        assert _own(b) == 1  # its bundles rewritten as one covering from 1
        # The office works on, unaware at first, then hears that it is gone.
        clients.add(c, clients.ClientDraft("Written while marked"))
        practice.exchange(c)
        assert computers.gone_here(c)
        for vault in (a, b):
            assert computers.GONE in [r.reason for r in practice.exchange(vault).refused]
        with pytest.raises(computers.NotBroughtBack, match="another computer"):
            computers.bring_back(c, _device(c))  # not on itself

        # The desktop (not the computer that marked it) brings it back.
        computers.bring_back(b, _device(c))
        settle(a, b, c)
        for vault in (a, b, c):
            with vault.snapshot() as conn:
                assert computers.gone(conn) == {}
            assert _names(vault) == {"Before the mark", "Bea Costa", "Written while marked"}
            assert vault.read("SELECT body FROM notes") == [("words, version 4",)]
            assert practice.exchange(vault).refused == []
        assert not computers.gone_here(c)
        assert _actions(a) == ["sync.computer_gone"]
        assert _actions(b) == ["sync.computer_back"]
    finally:
        for vault in (a, b, c):
            vault.close()



def test_refused_once_invoicing_was_taken_back_and_nothing_changes(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    d = computer(tmp_path, "joins later")
    code = pair(a, [b, c], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        computers.mark_gone(b, _device(a))
        issuer.take_back(b)
        settle(b, c)
        # A computer joining afterwards, from the bundles, knows it as well.
        practice.join(d, tmp_path / "Syncthing", code)
        settle(b, c, d)
        # The laptop turns up; meanwhile it issued its own 2026-0002.
        assert bill_lea(a, 2, "2026-02-27").number == "2026-0002"
        practice.send(a)
        for vault in (b, c, d):
            before = vault.read("SELECT action FROM audit_log ORDER BY id")
            with pytest.raises(computers.NotBroughtBack, match="join the practice"):
                computers.bring_back(vault, _device(a))
            with vault.snapshot() as conn:
                assert set(computers.gone(conn)) == {_device(a)}
            assert vault.read("SELECT action FROM audit_log ORDER BY id") == before
            assert computers.GONE in [r.reason for r in practice.exchange(vault).refused]
            assert vault.read("SELECT number, issued_on FROM invoices ORDER BY number"
                              ) == [("2026-0001", "2026-01-31")]
    finally:
        for vault in (a, b, c, d):
            vault.close()


def test_the_issuer_brought_back_issues_again_when_nobody_took_the_role(tmp_path):
    with two_computers(tmp_path) as (a, b):
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b)
        computers.mark_gone(b, _device(a))  # the issuing laptop, marked by mistake
        practice.exchange(b)
        practice.exchange(a)
        assert computers.gone_here(a) and not issuer.may_issue(a)
        assert issuer.role(b).issuer_gone  # offered, not taken

        computers.bring_back(b, _device(a))
        assert not issuer.role(b).issuer_gone
        practice.exchange(b)
        assert not issuer.may_issue(a)  # until the removal reaches it
        practice.exchange(a)
        assert not computers.gone_here(a) and issuer.may_issue(a)
        assert bill_lea(a, 2, "2026-02-28").number == "2026-0002"
        settle(a, b)
        assert b.read("SELECT number FROM invoices ORDER BY number") == [
            ("2026-0001",), ("2026-0002",)]
