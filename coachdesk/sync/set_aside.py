"""Payments set aside: an invoice marked paid on one computer while another voided it
(docs/sync.md, *Mended after review*: voided wins on every computer).

For the coach this is money received against a voided invoice: she refunds it or puts it
on a new invoice. So the payment is not only an audit entry: it is kept in
``payments_set_aside``, a shared, append-only record (migration 0033), with the date she
entered and the payment's version (its clock and the computer that recorded it), the
same on every computer. Each computer that sets the payment aside records it itself
(:func:`record`, called by the merge); a record of the same payment already here (one
that came from another computer) is not made twice, and two made before either arrived
fold into one by the UNIQUE constraint on (invoice, version).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk.timeutil import now_utc

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault


@dataclass(frozen=True)
class SetAside:
    """A payment recorded on a voided invoice, kept apart from it."""

    paid_on: str  # the date the coach entered as the day it was paid (ISO)
    computer: str  # the computer that recorded it (its id)
    label: str  # its letter on readable numbers ('' the practice's first computer: A)
    here: bool  # recorded on this computer
    set_aside_at: str  # when it was set aside (ISO 8601, UTC)


def record(conn: sqlcipher3.Connection, invoice_id: int, paid_on: str, paid_hlc: int,
           paid_device: str) -> None:
    """Keep a payment set aside, once per payment version: inside the merge's transaction,
    written as this computer's own (so it travels)."""
    if conn.execute("SELECT 1 FROM payments_set_aside WHERE invoice_id = ? AND paid_hlc = ?"
                    " AND paid_device = ?", (invoice_id, paid_hlc, paid_device)).fetchone():
        return  # another computer's record of it came first
    conn.execute("INSERT INTO payments_set_aside (invoice_id, paid_on, paid_hlc, paid_device,"
                 " set_aside_at) VALUES (?, ?, ?, ?, ?)",
                 (invoice_id, paid_on, paid_hlc, paid_device, now_utc()))


def for_invoices(vault: Vault, ids: list[int]) -> dict[int, SetAside]:
    """The payment set aside of each voided invoice of ``ids`` that has one (the latest,
    should one invoice ever have had two). A record that arrived before the void itself
    (relayed by a third computer) shows once the invoice is voided here too."""
    if not ids:
        return {}
    found: dict[int, SetAside] = {}
    with vault.snapshot() as conn:
        if conn.execute("SELECT 1 FROM payments_set_aside LIMIT 1").fetchone() is None:
            return {}  # nearly every vault: one quick look
        me_row = conn.execute("SELECT device_id, label FROM sync_practice").fetchone()
        me, my_label = (str(me_row[0]), str(me_row[1])) if me_row else ("", "")
        labels = {str(d): str(x) for d, x in conn.execute(
            "SELECT device, label FROM sync_devices")}
        marks = ", ".join("?" * len(ids))
        for invoice_id, paid_on, device, at in conn.execute(
                "SELECT p.invoice_id, p.paid_on, p.paid_device, p.set_aside_at"
                " FROM payments_set_aside p JOIN invoices i ON i.id = p.invoice_id"
                f" WHERE i.voided_on IS NOT NULL AND p.invoice_id IN ({marks})"
                " ORDER BY p.paid_hlc, p.paid_device", ids):
            here = device == me
            found[int(invoice_id)] = SetAside(
                str(paid_on), str(device), my_label if here else labels.get(str(device), ""),
                here, str(at))
    return found
