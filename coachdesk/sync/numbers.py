"""Readable numbers of records made on any computer of a practice (docs/sync.md,
*Readable numbers*): ``D-000004`` on the practice's first computer, ``D-B000004`` on the
one that joined second. The number comes from the record's origin computer and its id
there, so it reads the same on every computer and never changes once printed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

# What the screens and PDFs show before a number (explicit, one place).
DISCLOSURE = "D"
CONSENT_RECEIPT = "CR"  # an approval round's receipt
DISPOSAL_RECEIPT = "DR"  # a disposal's (and an erasure's) receipt


def number_in(conn: sqlcipher3.Connection, prefix: str, table: str, local_id: int) -> str:
    """The readable number of record ``local_id`` of ``table``, from inside a transaction."""
    row = conn.execute(
        "SELECT p.label, i.origin, i.origin_id, d.label FROM sync_practice p"
        " LEFT JOIN sync_ids i ON i.tbl = ? AND i.local_id = ?"
        " LEFT JOIN sync_devices d ON d.device = i.origin", (table, local_id)).fetchone()
    if row is None:  # the practice is on this computer only
        return f"{prefix}-{local_id:06d}"
    mine, origin, origin_id, theirs = row
    if origin is None:  # made here
        return f"{prefix}-{mine}{local_id:06d}"
    return f"{prefix}-{theirs or ''}{int(origin_id):06d}"


def number(vault: Vault, prefix: str, table: str, local_id: int) -> str:
    """The readable number of a record, as every computer of the practice prints it."""
    with vault.snapshot() as conn:
        return number_in(conn, prefix, table, local_id)


def disclosure_number(vault: Vault, disclosure_id: int | None) -> str:
    """A disclosure's reference as screens and PDFs show it (``D-000004``, ``D-B000004``;
    '' for a preview, which is no disclosure)."""
    if disclosure_id is None:
        return ""
    return number(vault, DISCLOSURE, "disclosures", disclosure_id)


def disposal_receipt_number(vault: Vault, disposal_id: int) -> str:
    """A disposal receipt's reference (``DR-000003``, ``DR-B000003`` on the second
    computer), the same on every computer the disposal reaches."""
    return number(vault, DISPOSAL_RECEIPT, "disposals", disposal_id)
