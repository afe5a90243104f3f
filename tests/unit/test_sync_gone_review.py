"""A computer marked as gone, as the review of today's sync changes found it could slip
through (findings 2 and 3): a computer that gets the mark and the gone computer's later
bundles in one sync (a join) applies them; "Not gone after all" done on a computer that
has not seen the take-back gives two invoices one number."""

from __future__ import annotations

from pathlib import Path

import pytest

from coachdesk import clients, disposal, engagements, invoices
from coachdesk.sync import computers, issuer, practice
from coachdesk.vault import Vault
from tests import billing_setup
from tests.syncing import computer, pair, settle


def _device(vault: Vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.device_id


def _issue(vault: Vault, month: int, on: str) -> invoices.Invoice:
    """An invoice for Lea Winter's session of ``month`` (billing_setup's practice)."""
    engagement = vault.read_one(
        "SELECT e.id FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE c.name = 'Lea Winter'")[0]
    session = vault.read_one("SELECT id FROM sessions WHERE engagement_id = ? AND"
                             " starts_at LIKE ?", (engagement, f"2026-0{month}-10%"))[0]
    return invoices.issue(vault, invoices.InvoiceDraft(engagement, (session,), on))


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
        assert _issue(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b)
        computers.mark_gone(b, _device(a))
        issuer.take_back(b)
        assert _issue(b, 2, "2026-02-27").number == "2026-0002"
        practice.exchange(b)
        assert _issue(a, 2, "2026-02-28").number == "2026-0002"
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
        assert _issue(a, 1, "2026-01-31").number == "2026-0001"
        settle(a, b, c)
        computers.mark_gone(b, _device(a))
        issuer.take_back(b)
        _issue(b, 2, "2026-02-27")
        practice.exchange(b)
        _issue(a, 2, "2026-02-28")
        practice.send(a)
        done = practice.exchange(c)
        assert _invoices(c) == _invoices(b) == [("2026-0001", "2026-01-31"),
                                                ("2026-0002", "2026-02-27")]
        assert computers.GONE in [r.reason for r in done.refused]
    finally:
        for v in (a, b, c):
            v.close()
