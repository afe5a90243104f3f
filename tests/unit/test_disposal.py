"""Disposal removes a client's words from the vault and from every backup, completely."""

from __future__ import annotations

import pytest

from coachdesk import (
    audit,
    clients,
    consents,
    disposal,
    engagements,
    evidence,
    notes,
    reports,
    retention,
    search,
    sponsor_requests,
)
from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError
from coachdesk.vault import backups
from tests.cases import ethics_case

CANARIES = ("Maya Okafor", "PRIVATE: worried about her marriage", "weekly review",
            "CANARY-EXCERPT", "CANARY-REQUEST", "CANARY-GOAL", "CANARY-SCAN",
            "CANARY-REVISION", "Leadership coaching")


def plaintext_of(path, key: bytes, tmp_path, name: str) -> bytes:
    """Every byte SQLite holds, decrypted: the honest place to look for left-over words."""
    with open(path, "rb") as f:
        salt = f.read(16)
    conn = vaults.vault._keyed(path, vaults.RawKey(key, salt), "ro")
    plain = tmp_path / f"{name}.plain.sqlite"
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return plain.read_bytes()


def assert_no_canary(data: bytes, where: str) -> None:
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in data, f"{canary!r} ({encoding}) in {where}"


@pytest.fixture
def disposed_world(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    case = ethics_case(vault)
    note = notes.save(vault, case.shared_note.id, case.shared_note.body + " CANARY-REVISION")
    del note
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30", facts=("attendance",)))
    item = reports.write_item(vault, report.id, "CANARY-EXCERPT: she leads the weekly review")
    round_ = reports.approve(vault, report.id, [item.id], method="written",
                             given_by="Maya Okafor", given_on="2026-05-01")
    evidence.add(vault, case.client.id, "scan.pdf", b"%PDF-1.7 CANARY-SCAN", round_id=round_.id)
    reports.export(vault, report.id, on="2026-05-01", render=lambda c: b"%PDF", save=lambda d: None)
    sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "email", "CANARY-REQUEST: tell me everything",
        engagement_id=case.engagement.id))
    engagements.update(vault, case.engagement.id, engagements.EngagementDraft(
        case.client.id, "2026-01-05", "2026-12-20", sponsor_id=case.sponsor.id,
        title="Leadership coaching", goals=(engagements.GoalDraft("CANARY-GOAL"),)))
    folder = tmp_path / "backups"
    from datetime import UTC, datetime
    first = backups.make(vault, folder, now=datetime(2026, 5, 1, 9, tzinfo=UTC))
    second = backups.make(vault, folder, now=datetime(2026, 5, 2, 9, tzinfo=UTC))
    done = disposal.dispose(vault, case.client.id, "Retention ended (7 years)",
                            backup_folder=folder)
    return plan, vault, case, done, [first.path, second.path]


def test_the_vault_and_every_backup_hold_no_trace_of_the_client(disposed_world, tmp_path):
    plan, vault, case, done, backup_paths = disposed_world
    assert done.client_name == "Maya Okafor"
    assert done.counts["notes"] == 2 and done.counts["note revisions"] >= 1
    assert done.counts["excerpts"] == 1 and done.counts["signed forms"] == 1
    assert done.counts["words kept in the disclosure log"] == 1
    assert sorted(done.backups_rewritten) == sorted(p.name for p in backup_paths)
    assert clients.get(vault, case.client.id).name == f"Disposed client {case.client.id}"
    assert notes.ids_for_client(vault, case.client.id) == []
    assert search.everything(vault, "marriage") == [] and search.everything(vault, "Maya") == []
    assert audit.verify_chain(vault).ok
    vault.close()
    assert_no_canary(plaintext_of(vault.location.vault_file, plan.key.key, tmp_path, "vault"),
                     "the vault")
    for path in backup_paths:
        assert_no_canary(plaintext_of(path, plan.key.key, tmp_path, path.name), path.name)
        backups.check(path, vaults.RawKey(plan.key.key))


def test_the_other_client_and_the_tax_facts_are_untouched(disposed_world):
    _plan, vault, case, _done, _paths = disposed_world
    from coachdesk import sessions

    assert [n.body for n in notes.get_many(vault, notes.ids_for_client(
        vault, case.other_client.id)).values()] == ["JONAS-SECRET: plans to resign."]
    held = [s for s in sessions.for_engagement(vault, case.engagement.id) if s.status == "held"]
    assert len(held) == 3 and all(s.duration_minutes == 90 for s in held)
    record = disposal.for_client(vault, case.client.id)
    assert record["basis"] == "Retention ended (7 years)"
    assert record["backups_rewritten"] == 2 and record["counts"]["notes"] == 2
    assert "Maya" not in repr(record)
    assert disposal.is_disposed(vault, case.client.id)
    assert retention.past_retention(vault, "2099-01-01") == []
    with pytest.raises(CoachDeskError, match="already disposed"):
        disposal.dispose(vault, case.client.id, "again")
    assert consents.rounds_for_client(vault, case.client.id) == []
