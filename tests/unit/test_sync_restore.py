"""A backup restored on a computer that syncs never hands one client's words to another
(issue 17, docs/sync.md *Restoring a backup*). The reviewer's scenario, by each path the
screens take: Settings → Restore, the unlock screen's newest backup, the first-run
wizard's restore on a new computer. Real vault files, real backups, one sync folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncing import pair, settle

from coachdesk import audit, clients, disclosures, excerpts, invoices, legal_exports, upkeep
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import issuer, practice
from coachdesk.sync import numbers as readable
from coachdesk.vault import backups, restoring
from tests import billing_setup

CANARY = "ANA-CANARY: Ana is thinking of leaving her job."


def _client_id(vault, name):
    (found,) = [c.id for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values() if c.name == name]
    return found


def _excerpts_of(vault, name):
    found = excerpts.get_many(vault, excerpts.ids_for_client(vault, _client_id(vault, name)))
    return [e.text for e in found.values()]


def _invoice(vault):
    """A held session billed on this computer's copy of the practice."""
    own, _paid_by, held, *_ = billing_setup.practice(vault)
    return invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-01-31"))


def _disclosure(vault, client_id):
    """A legal export as the core makes it; returns the number its footer prints."""
    printed: list[str] = []
    legal_exports.export(vault, client_id, requester="A lawyer", legal_basis="Court order",
                         on="2026-05-01",
                         render=lambda record: record.disclosure_number.encode(),
                         save=lambda data: printed.append(data.decode()))
    return printed[-1]


def _every_number(vault):
    """Each disclosure and invoice number this computer holds (the same list on both)."""
    found = [readable.disclosure_number(vault, d) for (d,) in
             vault.read("SELECT id FROM disclosures")]
    return sorted(found + [n for (n,) in vault.read("SELECT number FROM invoices")])


class Week:
    """Monday: a backup on the laptop. Tuesday: Ana added there (a disclosure, an invoice)
    and synced; the desktop adds an excerpt of hers. The laptop's vault is then closed
    for the restore."""

    def __init__(self, root: Path):
        plan = vaults.plan_keyring_vault()
        self.code = plan.recovery_code
        self.laptop_at = VaultLocation(root / "laptop")
        a = vaults.create(self.laptop_at, plan)
        self.b = vaults.create(VaultLocation(root / "desktop"), vaults.plan_keyring_vault())
        pair(a, [self.b], root / "Sync")
        self.folder = root / "backups"
        backups.remember_folder(a, str(self.folder))
        clients.add(a, clients.ClientDraft("Tom Okafor"))
        settle(a, self.b)
        self.monday = backups.make(a, self.folder)
        ana = clients.add(a, clients.ClientDraft("Ana Tuesday")).id
        self.tuesday = [_disclosure(a, ana), _invoice(a).number]
        settle(a, self.b)
        excerpts.add(self.b, _client_id(self.b, "Ana Tuesday"), CANARY)
        settle(a, self.b)
        self.a = a

    def after_restore(self, a):
        """Wednesday on the restored laptop: Wendy added, a disclosure and an invoice."""
        wendy = clients.add(a, clients.ClientDraft("Wendy Wednesday")).id
        wednesday = [_disclosure(a, wendy), _invoice(a).number]
        settle(a, self.b)
        return wednesday


@pytest.fixture
def week(tmp_path):
    made = Week(tmp_path)
    yield made
    made.b.close()


def _nothing_handed_over(week, a, wednesday):
    for vault in (a, week.b):
        assert _excerpts_of(vault, "Wendy Wednesday") == []
        assert _excerpts_of(vault, "Ana Tuesday") == [CANARY]  # Ana is back, whole
        numbers = _every_number(vault)
        assert len(numbers) == len(set(numbers))  # no number printed twice
        assert set(week.tuesday + wednesday) <= set(numbers)
        assert all(check.ok for check in audit.verify_others(vault).values())
        assert audit.verify_chain(vault).ok
    assert _every_number(a) == _every_number(week.b)
    # The restored laptop syncs as a new computer: the next free letter on its numbers.
    assert practice.settings(a).label == "C"
    assert wednesday[0].startswith("D-C")
    # The invoice it issued after the restore follows the one issued on Tuesday.
    assert week.tuesday[1] == "2026-0001" and wednesday[1] == "2026-0002"


def test_settings_restore_on_a_computer_that_syncs(week):
    a = week.a
    plan = restoring.prepare_over(a, week.monday.path)
    a.close()
    done = restoring.carry_out(plan)
    a = done.vault
    try:
        assert done.sync_letter == "C"
        assert _client_id(a, "Ana Tuesday")  # Tuesday came back from the old bundles
        _nothing_handed_over(week, a, week.after_restore(a))
    finally:
        a.close()


def test_the_unlock_screens_restore_of_the_newest_backup(week):
    week.a.close()
    a = upkeep.restore_newest_at(week.laptop_at).vault
    try:
        _nothing_handed_over(week, a, week.after_restore(a))
    finally:
        a.close()


def test_a_restore_on_a_new_computer_from_the_wizard(week, tmp_path):
    week.a.close()  # the laptop died; its bundles stay in the folder
    plan = restoring.prepare_new_home(VaultLocation(tmp_path / "new laptop"), week.folder,
                                      week.code)
    a = restoring.carry_out(plan).vault
    try:
        _nothing_handed_over(week, a, week.after_restore(a))
    finally:
        a.close()


def test_invoicing_waits_for_the_old_bundles(week, tmp_path):
    """Restored while the old bundles are out of reach (the sync folder not there yet):
    the restored computer issues nothing it may have issued before; once the folder is
    back and its old bundles applied, it takes the role back and numbering goes on after
    Tuesday's invoice."""
    a = week.a
    sync_folder = practice.settings(a).folder
    plan = restoring.prepare_over(a, week.monday.path)
    a.close()
    away = tmp_path / "unplugged"
    sync_folder.rename(away)
    a = restoring.carry_out(plan).vault
    try:
        with pytest.raises(issuer.NotTheIssuer):
            _invoice(a)
        away.rename(sync_folder)
        settle(a, week.b)  # its old bundles applied: invoicing is taken back by itself
        assert issuer.may_issue(a)
        assert _invoice(a).number == "2026-0002"
        assert _excerpts_of(a, "Ana Tuesday") == [CANARY]
    finally:
        a.close()


def test_a_practice_that_does_not_sync_is_restored_as_before(tmp_path):
    vault = vaults.create(VaultLocation(tmp_path / "laptop"), vaults.plan_keyring_vault())
    clients.add(vault, clients.ClientDraft("Tom Okafor"))
    made = backups.make(vault, tmp_path / "backups")
    plan = restoring.prepare_over(vault, made.path)
    vault.close()
    done = restoring.carry_out(plan)
    try:
        assert done.sync_letter == ""
        assert practice.settings(done.vault) is None
        assert disclosures.for_client(done.vault, _client_id(done.vault, "Tom Okafor")) == []
    finally:
        done.vault.close()


def test_a_backup_made_after_a_restore_and_restored_in_turn(week, tmp_path):
    """Both earlier identities are settled once the folder is back: each is marked as gone
    (no compaction waits for either), and the letters never repeat."""
    a = week.a
    sync_folder = practice.settings(a).folder
    plan = restoring.prepare_over(a, week.monday.path)
    a.close()
    away = tmp_path / "unplugged"
    sync_folder.rename(away)
    a = restoring.carry_out(plan).vault  # computer C, the folder out of reach
    wednesday = backups.make(a, week.folder)
    plan = restoring.prepare_over(a, wednesday.path)
    a.close()
    a = restoring.carry_out(plan).vault  # computer D
    try:
        away.rename(sync_folder)
        settle(a, week.b)
        for vault in (a, week.b):
            assert sorted(label for (label,) in vault.read(
                "SELECT label FROM gone_computers")) == ["", "C"]
        assert practice.settings(a).label == "D"
        assert _invoice(a).number == "2026-0002"
        assert _excerpts_of(a, "Ana Tuesday") == [CANARY]
    finally:
        a.close()
