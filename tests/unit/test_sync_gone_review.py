"""A computer marked as gone, as the review of today's sync changes found it could slip
through (findings 2 and 3): a computer that gets the mark and the gone computer's later
bundles in one sync (a join) applies them; "Not gone after all" done on a computer that
has not seen the take-back gives two invoices one number."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk import clients, disposal, engagements
from coachdesk.sync import computers, issuer, practice
from coachdesk.vault import Vault
from tests import billing_setup
from tests.syncing import bill_lea, computer, pair, settle


def _device(vault: Vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.device_id



def _invoices(vault: Vault) -> list[tuple[str, str]]:
    return [(str(n), str(d)) for n, d in vault.read(
        "SELECT number, issued_on FROM invoices ORDER BY number, issued_on")]


def test_a_joining_computer_refuses_the_gone_laptops_later_invoice(tmp_path: Path) -> None:
    """The desktop marks the lost laptop as gone, takes invoicing back and issues
    2026-0002; the laptop, still running, issues its own 2026-0002. A computer joining
    afterwards gets the mark and the laptop's later bundle in one sync: it ends with the
    desktop's invoices, and says the laptop's file is refused."""
    a, b, d = (computer(tmp_path, n) for n in ("laptop", "desktop", "joins later"))
    code = pair(a, [b], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b)
        computers.mark_gone(b, _device(a))
        issuer.take_back(b)
        assert bill_lea(b, 2, "2026-02-27").number == "2026-0002"
        practice.exchange(b)
        assert bill_lea(a, 2, "2026-02-28").number == "2026-0002"
        practice.send(a)
        assert computers.GONE in [r.reason for r in practice.exchange(b).refused]
        practice.join(d, tmp_path / "Syncthing", code)
        settle(b, d)
        done = practice.exchange(d)
        assert _invoices(d) == _invoices(b) == [("2026-0001", "2026-01-31"),
                                                ("2026-0002", "2026-02-27")]
        assert computers.GONE in [r.reason for r in done.refused]
        assert done.waiting == []
        assert [c.gone for c in computers.listing(d) if c.device == _device(a)] == [True]
    finally:
        for v in (a, b, d):
            v.close()


def test_a_computer_back_from_a_trip_refuses_what_the_gone_laptop_sent_since(
        tmp_path: Path) -> None:
    """Not only a join: the office, off while the desktop marked the laptop as gone and
    the laptop went on, gets both in one sync and ends like the desktop."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        computers.mark_gone(b, _device(a))
        issuer.take_back(b)
        bill_lea(b, 2, "2026-02-27")
        practice.exchange(b)
        bill_lea(a, 2, "2026-02-28")
        practice.send(a)
        done = practice.exchange(c)
        assert _invoices(c) == _invoices(b) == [("2026-0001", "2026-01-31"),
                                                ("2026-0002", "2026-02-27")]
        assert computers.GONE in [r.reason for r in done.refused]
    finally:
        for v in (a, b, c):
            v.close()


def test_not_gone_after_all_waits_for_the_computer_that_marked_the_issuer(
        tmp_path: Path) -> None:
    """The desktop marks the lost laptop (which issues invoices) as gone, takes invoicing
    back and issues 2026-0002; the laptop issues its own 2026-0002. The office, which has
    the mark but not the take-back yet, is refused bringing the laptop back, in words
    naming the desktop; nothing changes, and after a full exchange all three agree."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        computers.mark_gone(b, _device(a))
        practice.exchange(b)
        practice.exchange(c)  # the office has the mark ...
        issuer.take_back(b)   # ... not the take-back
        assert bill_lea(b, 2, "2026-02-27").number == "2026-0002"
        practice.exchange(b)
        assert bill_lea(a, 2, "2026-02-28").number == "2026-0002"
        practice.send(a)
        letter = [x.label or "A" for x in computers.listing(c) if x.device == _device(b)]
        with pytest.raises(computers.NotBroughtBack, match=f"computer {letter[0]}, where"):
            computers.bring_back(c, _device(a))
        settle(a, b, c, rounds=4)
        for vault in (b, c):
            done = practice.exchange(vault)
            assert [r.reason for r in done.refused] == [computers.GONE]
            assert done.waiting == []
            assert _invoices(vault) == [("2026-0001", "2026-01-31"),
                                        ("2026-0002", "2026-02-27")]
        for vault in (a, b, c):
            with vault.snapshot() as conn:
                assert set(computers.gone(conn)) == {_device(a)}
    finally:
        for v in (a, b, c):
            v.close()


def test_a_removal_that_arrives_where_invoicing_was_taken_back_is_undone(
        tmp_path: Path) -> None:
    """The race the refusal above cannot see: the office takes invoicing back while the
    desktop, which marked the laptop, brings it back. Where the removal arrives after the
    take-back the mark is kept and goes out again: every computer ends with the mark, and
    what the laptop issues next is refused everywhere."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Syncthing")
    try:
        billing_setup.practice(a)
        assert bill_lea(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        computers.mark_gone(b, _device(a))
        practice.exchange(b)
        practice.exchange(c)
        issuer.take_back(c)                  # on the office ...
        computers.bring_back(b, _device(a))  # ... while the desktop brings it back
        practice.exchange(b)
        practice.exchange(c)                 # the removal arrives after the take-back
        settle(b, c, a, rounds=4)
        for vault in (a, b, c):
            with vault.snapshot() as conn:
                assert set(computers.gone(conn)) == {_device(a)}
        assert computers.gone_here(a)
        assert issuer.may_issue(c) and not issuer.may_issue(a)
        assert bill_lea(c, 2, "2026-02-27").number == "2026-0002"
        settle(c, b)
        for vault in (b, c):
            assert _invoices(vault) == [("2026-0001", "2026-01-31"),
                                        ("2026-0002", "2026-02-27")]
    finally:
        for v in (a, b, c):
            v.close()


def test_a_computer_joining_after_the_gone_laptop_rewrote_its_bundles_ends_like_the_desktop(
        tmp_path: Path) -> None:
    """The lost laptop disposed of a client it made (its bundles rewritten as one, the
    earlier client in it too) before the mark reached it; the desktop refuses that file.
    A computer joining afterwards must not need it: it ends with the desktop's clients."""
    a, b, d = (computer(tmp_path, n) for n in ("desktop", "laptop", "new"))
    pair(a, [b], tmp_path / "Sync")
    try:
        clients.add(b, clients.ClientDraft("Made on the laptop"))
        settle(a, b)
        (made,) = [i for (i,) in a.read("SELECT id FROM clients")]
        engagements.add(a, engagements.EngagementDraft(made, "2026-01-05", "2026-12-20"))
        practice.exchange(a)
        later = clients.add(b, clients.ClientDraft("Later on the laptop"))
        disposal.dispose(b, later.id, "client_request")
        practice.send(b)  # its bundles rewritten as one, before the mark reached it
        computers.mark_gone(a, _device(b))
        practice.exchange(a)
        practice.join(d, tmp_path / "Sync", practice.pairing_code(a))
        settle(a, d)
        done = practice.exchange(d)
        assert d.read("SELECT name FROM clients") == a.read("SELECT name FROM clients") == [
            ("Made on the laptop",)]
        assert d.read("SELECT count(*) FROM engagements") == [(1,)]
        assert d.read("SELECT count(*) FROM disposals") == [(0,)]
        assert done.waiting == []
        assert computers.GONE in [r.reason for r in done.refused]
    finally:
        for v in (a, b, d):
            v.close()
