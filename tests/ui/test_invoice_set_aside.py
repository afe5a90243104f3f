"""The client's Invoices tab says, in plain words, that a payment was set aside: the
invoice was marked paid on one computer while this one voided it (voided wins; docs/sync.md,
*Mended after review*). Read as the coach reads the row, in English and in German."""

from __future__ import annotations

import pytest

from tests import billing_setup
from tests.syncing import computer, pair, settle


@pytest.fixture
def desktop(tmp_path):
    other = computer(tmp_path, "desktop")
    yield other
    other.close()


def _paid_there_voided_here(qtbot, window, desktop, tmp_path):
    """Tom's invoice, issued here and voided here, marked paid on the desktop at the same
    time; the Invoices tab open on it while the two computers exchange."""
    from coachdesk import invoices
    from coachdesk.sync import practice
    from ui.models.records import BadgeRole, DetailRole

    here = window.vault
    pair(here, [desktop], tmp_path / "Sync")
    bw = billing_setup.brightwater(here)
    issued = invoices.issue(here, invoices.InvoiceDraft(bw.engagement.id, (bw.held[0],),
                                                        "2026-10-05"))
    settle(here, desktop)
    there = desktop.read_one("SELECT id FROM invoices")[0]
    invoices.void(here, issued.id, "Billed twice", "2026-10-07")
    invoices.mark_paid(desktop, there, "2026-10-06")
    window.open_client(bw.tom.id)
    page = window.client_page
    tab = page.invoices
    page.tabs.setCurrentWidget(tab.view)
    row = tab.model.index(0, 0)
    assert row.data(BadgeRole) == "Voided"
    before = row.data(DetailRole)
    assert "set aside" not in before  # nothing came in yet
    practice.exchange(desktop)
    practice.exchange(here)  # the payment arrives on the voided invoice: the tab reads it again
    qtbot.waitUntil(lambda: tab.model.index(0, 0).data(DetailRole) != before, timeout=3000)
    assert invoices.get(here, issued.id).payment_set_aside is not None
    return tab


def test_the_invoices_tab_says_a_payment_was_set_aside(qtbot, window, desktop, tmp_path):
    from ui.models.records import BadgeRole, DetailRole
    from ui.words import day

    tab = _paid_there_voided_here(qtbot, window, desktop, tmp_path)
    row = tab.model.index(0, 0)
    assert row.data(BadgeRole) == "Voided"  # voided wins; calm words, no dialog
    detail = row.data(DetailRole)
    assert detail == (f"Issued {day('2026-10-05')} · voided {day('2026-10-07')} · a payment "
                      f"recorded {day('2026-10-06')} on computer B was set aside: refund it "
                      "or put it on a new invoice")
    # The whole sentence is on screen: the row wraps it instead of cutting it short.
    assert " ".join(_drawn(tab, row)) == detail
    assert not tab.paid_button.isEnabled() and not tab.void_button.isEnabled()


def _drawn(tab, row) -> list[str]:
    """The detail's lines as the row draws them at the list's width now."""
    from ui.models.records import DetailRole, wrapped

    delegate = tab.view.itemDelegate()
    return wrapped(row.data(DetailRole), tab.view.font(), tab.view.viewport().width() - 24,
                   delegate.detail_lines)


def test_the_same_words_in_german(qtbot, german, window, desktop, tmp_path):
    from ui.models.records import DetailRole
    from ui.words import day

    tab = _paid_there_voided_here(qtbot, window, desktop, tmp_path)
    detail = tab.model.index(0, 0).data(DetailRole)
    assert day("2026-10-06").startswith("06.10.")  # the German date, not the ISO one
    assert (f"Zahlung vom {day('2026-10-06')}, erfasst auf Computer B, wurde zurückgestellt"
            in detail)
    assert "set aside" not in detail and "refund" not in detail
    assert " ".join(_drawn(tab, tab.model.index(0, 0))) == detail  # longer, still whole
