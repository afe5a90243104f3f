"""Last round's leftovers in the core: after a key change the copies CoachDesk keeps beside
the vault open with the new key (a restore can still be undone); the tax export lists a
package invoiced whole once, as invoiced. Real SQLCipher files throughout."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from coachdesk import clients, invoices, tax_export
from coachdesk.vault import backups, rekey, restoring
from tests.billing_setup import package
from tests.damage import flip
from tests.laptops import client_names


def test_after_a_key_change_the_copy_kept_before_a_restore_still_undoes_it(
        plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    clients.add(vault, clients.ClientDraft("In the backup"))
    backup = backups.make(vault, tmp_path / "backups")
    clients.add(vault, clients.ClientDraft("Added after the backup"))
    ready = restoring.prepare_over(vault, backup.path)
    vault.close()
    restored = restoring.carry_out(ready)  # the vault as it was is kept beside it
    kept = restored.kept_aside
    assert kept is not None
    damaged = kept.with_name(kept.name.replace("before-restore", "damaged"))
    shutil.copyfile(kept, damaged)
    flip(damaged, 4096 + 200)  # a page that no longer reads: it cannot be re-encrypted
    damaged_bytes = damaged.read_bytes()

    rotated = rekey.rotate(restored.vault)
    vault = rotated.vault
    assert rotated.kept.rewritten == (kept.name,)
    assert [name for name, _why in rotated.kept.failed] == [damaged.name]
    assert damaged.read_bytes() == damaged_bytes  # left exactly as it was, and named

    # Undoing the restore: the kept copy opens with the vault's key as it is now, with
    # no code asked for; the old recovery code no longer opens it.
    with pytest.raises(restoring.RestoreFailed):
        restoring.prepare_over(vault, kept, plan.recovery_code)
    undo = restoring.prepare_over(vault, kept)
    vault.close()
    undone = restoring.carry_out(undo)
    try:
        assert client_names(undone.vault) == ["Added after the backup", "In the backup"]
    finally:
        undone.vault.close()


def _package(vault, name: str):
    _client, engagement, held = package(vault, name, expires="2026-12-31",
                                        held_months=(2, 3, 4))
    return engagement, held


def test_a_package_billed_whole_is_exported_once_as_invoiced_one_by_session_per_session(
        vault):
    whole, _held = _package(vault, "Nadia Petrova")
    by_session, held = _package(vault, "Omar Haddad")
    package_invoice = invoices.issue(vault, invoices.InvoiceDraft(
        whole.id, (), "2026-01-05", whole_package=True))
    session_invoice = invoices.issue(vault, invoices.InvoiceDraft(
        by_session.id, tuple(held[:2]), "2026-03-31"))
    text = tax_export.csv_bytes(vault, "2026-01-01", "2026-12-31").decode("utf-8-sig")
    table = [row for row in csv.reader(io.StringIO(text))][1:]
    nadia = [row for row in table if row[4] == "Nadia Petrova"]
    assert nadia == [
        ["2026-01-05", "", "900.00", "EUR", "Nadia Petrova", "invoiced", "package",
         package_invoice.number],
        *[[f"2026-0{m}-10", "60", "", "EUR", "Nadia Petrova", "held", "in_invoiced_package",
           package_invoice.number] for m in (2, 3, 4)]]
    # Billed session by session: each session once, at its share, with its invoice.
    omar = [row for row in table if row[4] == "Omar Haddad"]
    assert omar == [[f"2026-0{m}-10", "60", "150.00", "EUR", "Omar Haddad", "held",
                     "share_of_package", number]
                    for m, number in ((2, session_invoice.number),
                                      (3, session_invoice.number), (4, ""))]
    # What the export says was billed is what the invoices say, once each.
    money = sum(float(row[2]) for row in table if row[7] and row[2])
    assert money == (package_invoice.subtotal_cents + session_invoice.subtotal_cents) / 100
    # Outside the invoice's day, the package's price is not in the period.
    spring = tax_export.rows(vault, "2026-02-01", "2026-04-30")
    assert not [row for row in spring if row[6] == "package"]
    assert tax_export.session_count(tax_export.rows(vault, "2026-01-01", "2026-12-31")) == 6
