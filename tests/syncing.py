"""Several computers on one machine for the sync tests: each its own vault in its own
folder (its own home), all sharing one simulated sync folder."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from coachdesk import invoices
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import practice


def computer(root: Path, name: str) -> vaults.Vault:
    """A new vault of its own under ``root/name`` (its keyring key in the test keyring)."""
    return vaults.create(VaultLocation(root / name), vaults.plan_keyring_vault())


def pair(first: vaults.Vault, others: list[vaults.Vault], folder: Path) -> str:
    """``first`` starts syncing through ``folder``; each of ``others`` joins it."""
    code = practice.start(first, folder)
    for other in others:
        practice.join(other, folder, code)
    return code


@contextmanager
def two_computers(root: Path) -> Iterator[tuple[vaults.Vault, vaults.Vault]]:
    """A laptop and a desktop syncing through ``root/Syncthing``, closed afterwards."""
    a, b = computer(root, "laptop"), computer(root, "desktop")
    pair(a, [b], root / "Syncthing")
    try:
        yield a, b
    finally:
        a.close()
        b.close()


def settle(*computers: vaults.Vault, rounds: int = 3) -> None:
    """Exchange until every computer has seen every other's changes."""
    for _ in range(rounds):
        for each in computers:
            practice.exchange(each)


def text_everywhere(vault: vaults.Vault, needle: str) -> dict[str, int]:
    """Rows holding ``needle`` in any text column of any table of the file (the sync
    tables and the full-text index included), by table; read from the schema itself."""
    found: dict[str, int] = {}
    needle = needle.lower()
    for (table,) in vault.read("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND name NOT LIKE 'sqlite_%'"):
        columns = [c[1] for c in vault.read(f'PRAGMA table_info("{table}")')]
        if not columns:
            continue
        where = " OR ".join(f'instr(lower(CAST("{c}" AS TEXT)), ?) > 0' for c in columns)
        count = vault.read_one(f'SELECT count(*) FROM "{table}" WHERE {where}',
                               (needle,) * len(columns))[0]
        if count:
            found[table] = count
    return found


def bill_lea(vault: vaults.Vault, month: int, on: str) -> invoices.Invoice:
    """Lea Winter's held session of ``month`` billed on this computer (its own ids), in
    the practice ``billing_setup`` makes."""
    engagement = vault.read_one(
        "SELECT e.id FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE c.name = 'Lea Winter'")[0]
    session = vault.read_one("SELECT id FROM sessions WHERE engagement_id = ? AND"
                             " starts_at LIKE ?", (engagement, f"2026-0{month}-10%"))[0]
    return invoices.issue(vault, invoices.InvoiceDraft(engagement, (session,), on))
