"""A payment recorded on one computer while another voided the invoice: voided wins, and
every computer keeps the same record of the payment set aside (its date, the computer that
recorded it), so the invoice screen can say so (docs/sync.md, *Mended after review*)."""

from __future__ import annotations

import pytest
from syncing import computer, pair, settle

from coachdesk import invoices
from coachdesk.sync import practice
from tests import billing_setup


@pytest.fixture
def three(tmp_path):
    a, b, c = (computer(tmp_path, name) for name in ("laptop", "desktop", "office"))
    pair(a, [b, c], tmp_path / "Sync")
    yield a, b, c
    for each in (a, b, c):
        each.close()


def _invoice_everywhere(first, *others) -> list[int]:
    """One invoice issued on ``first`` and arrived everywhere: its id on each computer."""
    bw = billing_setup.brightwater(first)
    issued = invoices.issue(first, invoices.InvoiceDraft(bw.engagement.id, (bw.held[0],),
                                                         "2026-10-05"))
    settle(first, *others)
    return [issued.id] + [other.read_one("SELECT id FROM invoices")[0] for other in others]


def _seen(vault, invoice_id):
    """What a coach reads of the invoice: its state and the payment set aside."""
    invoice = invoices.get(vault, invoice_id)
    aside = invoice.payment_set_aside
    listed = invoices.get_many(vault, [invoice_id])[invoice_id].payment_set_aside
    assert listed == aside  # the list reads what the invoice reads
    return invoice.state, aside


def _letter(vault) -> str:
    return practice.settings(vault).label or "A"


@pytest.mark.parametrize("payer_index", [0, 1], ids=["paid-on-first", "paid-on-second"])
def test_a_payment_set_aside_is_one_record_the_same_on_every_computer(three, payer_index):
    """The payer's computer gets the void on a paid invoice; the voider's gets the payment
    on a voided one; both record it before either record arrives: one record each after
    the exchange, with the payer's date and letter, on the third computer too."""
    a, b, c = three
    ids = _invoice_everywhere(a, b, c)
    payer, voider = ((a, b), (b, a))[payer_index]
    on_payer, on_voider = ((ids[0], ids[1]), (ids[1], ids[0]))[payer_index]
    invoices.void(voider, on_voider, "Billed twice", "2026-10-07")
    practice.exchange(voider)  # the void is in the folder; the payment is not yet
    invoices.mark_paid(payer, on_payer, "2026-10-06")
    practice.exchange(payer)  # the void arrives on a paid invoice
    assert _seen(payer, on_payer)[0] == "voided"
    practice.exchange(voider)  # the payment arrives on a voided invoice
    assert _seen(voider, on_voider)[1] is not None
    settle(a, b, c)

    seen = [_seen(v, i) for v, i in zip((a, b, c), ids, strict=True)]
    for vault, (state, aside) in zip((a, b, c), seen, strict=True):
        assert state == "voided"
        assert aside is not None
        assert aside.paid_on == "2026-10-06"
        assert (aside.label or "A") == _letter(payer)
        assert aside.here == (vault is payer)
        assert vault.read("SELECT count(*) FROM payments_set_aside") == [(1,)]
    assert len({(s.paid_on, s.computer, s.set_aside_at) for _, s in seen}) == 1


def test_a_computer_joining_later_shows_the_same_payment_set_aside(three, tmp_path):
    """Built from the bundles (the first one of them through the bulk path)."""
    a, b, c = three
    ids = _invoice_everywhere(a, b, c)
    invoices.void(a, ids[0], "Billed twice", "2026-10-07")
    invoices.mark_paid(c, ids[2], "2026-10-06")
    settle(a, b, c)
    late = computer(tmp_path, "spare")
    try:
        practice.join(late, tmp_path / "Sync", practice.pairing_code(a))
        settle(late, a, b, c)
        own = late.read_one("SELECT id FROM invoices")[0]
        state, aside = _seen(late, own)
        expected = _seen(a, ids[0])[1]
        assert state == "voided" and aside is not None and expected is not None
        assert (aside.paid_on, aside.computer, aside.set_aside_at) == (
            expected.paid_on, expected.computer, expected.set_aside_at)
        assert (aside.label or "A") == _letter(c)
        assert late.read("SELECT count(*) FROM payments_set_aside") == [(1,)]
    finally:
        late.close()


def test_an_invoice_only_voided_has_no_payment_set_aside(three):
    a, b, c = three
    ids = _invoice_everywhere(a, b, c)
    invoices.void(b, ids[1], "Billed twice", "2026-10-07")
    settle(a, b, c)
    for vault, own in zip((a, b, c), ids, strict=True):
        assert _seen(vault, own) == ("voided", None)
        assert vault.read("SELECT count(*) FROM payments_set_aside") == [(0,)]


def test_a_payment_marked_after_the_void_arrived_is_refused_not_set_aside(three):
    """Only a payment the two computers made at once is set aside: once the void is here,
    marking it paid is refused in the coach's words, and nothing is recorded."""
    a, b, c = three
    ids = _invoice_everywhere(a, b, c)
    invoices.void(a, ids[0], "Billed twice", "2026-10-07")
    settle(a, b, c)
    with pytest.raises(Exception, match="voided"):
        invoices.mark_paid(b, ids[1], "2026-10-06")
    settle(a, b, c)
    assert all(_seen(v, i)[1] is None for v, i in zip((a, b, c), ids, strict=True))
