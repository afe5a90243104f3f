"""Disposal removes a client's words from the vault and from every backup, completely."""

from __future__ import annotations

import pytest
import sqlcipher3
from msgspec.structs import replace

from coachdesk import (
    agreements,
    approvals,
    audit,
    clients,
    disclosures,
    disposal,
    engagements,
    evidence,
    legal_exports,
    notes,
    reports,
    retention,
    search,
    sponsor_requests,
)
from coachdesk import vault as vaults
from coachdesk.vault import backups
from coachdesk.vault.vault import file_salt
from tests.cases import ethics_case

# Everything typed about the client, wherever the coach typed it: her name, her surname
# alone, a purpose, a legal basis, a recipient named after her, a note, a goal.
CANARIES = ("Maya Okafor", "Okafor", "PRIVATE: worried about her marriage", "weekly review",
            "CANARY-EXCERPT", "CANARY-REQUEST", "CANARY-GOAL", "CANARY-SCAN",
            "CANARY-REVISION", "Leadership coaching", "CANARY-PURPOSE", "CANARY-BASIS",
            "CANARY-LAWYER", "CANARY-NOTE", "CANARY-METHOD")


def plaintext_of(path, key: bytes, tmp_path, name: str) -> bytes:
    """Every page of the file decrypted, free pages included: leftovers cannot hide.

    SQLCipher 4 with a raw key: AES-256-CBC with the key itself, each page's IV in
    its last 80 reserved bytes (16 IV + 64 HMAC); page 1 starts after the 16-byte salt.
    """
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    page, reserve = 4096, 80
    data = path.read_bytes()
    out = []
    for number in range(len(data) // page):
        raw = data[number * page:(number + 1) * page]
        iv = raw[page - reserve:page - reserve + 16]
        decrypt = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out.append(decrypt.update(raw[16 if number == 0 else 0:page - reserve])
                   + decrypt.finalize())
    plain = b"".join(out)
    assert b"SQLite format 3" not in data and b"JONAS" not in data  # encrypted on disk
    return plain


def assert_no_canary(data: bytes, where: str) -> None:
    for canary in CANARIES:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert canary.encode(encoding) not in data, f"{canary!r} ({encoding}) in {where}"


@pytest.fixture
def disposed_world(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    case = ethics_case(vault)
    agreements.add(vault, replace(agreements.draft_for_engagement(
        vault, case.engagement.id, "Sam Coach"),
        disposal_method="CANARY-METHOD: shred the Okafor file"))
    note = notes.save(vault, case.shared_note.id, case.shared_note.body + " CANARY-REVISION")
    del note
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "CANARY-PURPOSE: how Okafor is doing", "2026-01-01",
        "2026-04-30", facts=("attendance",)))
    item = reports.write_item(vault, report.id, "CANARY-EXCERPT: she leads the weekly review")
    lifted = reports.write_item(vault, report.id, "CANARY-EXCERPT lifted: weekly review",
                                source_note_id=case.shared_note.id)
    reports.mark_printed(vault, report.id, {item.id: item.text, lifted.id: lifted.text})
    round_ = reports.approve(vault, report.id, [item.id, lifted.id], method="written",
                             given_by="Maya Okafor", given_on="2026-05-01")
    evidence.add(vault, case.client.id, "scan.pdf", b"%PDF-1.7 CANARY-SCAN", round_id=round_.id)
    reports.export(vault, report.id, on="2026-05-01", render=lambda c: b"%PDF", save=lambda d: None)
    legal_exports.export(vault, case.client.id, requester="CANARY-LAWYER: Maya Okafor's lawyer",
                         legal_basis="CANARY-BASIS: court order in Okafor v. Northwind",
                         on="2026-05-01", render=lambda r: b"%PDF", save=lambda d: None)
    legal_exports.export(vault, case.client.id, requester="Maya Okafor",
                         legal_basis="Her own request", for_the_client=True,
                         on="2026-05-01", render=lambda r: b"%PDF", save=lambda d: None)
    legal_exports.export_packet(vault, case.client.id, on="2026-05-01",
                                render=lambda p: b"%PDF", save=lambda d: None)
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
    done = disposal.dispose(vault, case.client.id, "retention_ended",
                            note="CANARY-NOTE: Retention ended for Maya Okafor",
                            backup_folder=folder)
    return plan, vault, case, done, [first.path, second.path]


def test_the_vault_and_every_backup_hold_no_trace_of_the_client(disposed_world, tmp_path):
    plan, vault, case, done, backup_paths = disposed_world
    assert done.client_name == "Maya Okafor"
    assert done.counts["notes"] == 2 and done.counts["note revisions"] >= 1
    assert done.counts["excerpts"] == 2 and done.counts["signed forms"] == 1
    assert done.counts["words kept in the disclosure log"] == 2
    assert sorted(done.backups_rewritten) == sorted(p.name for p in backup_paths)
    assert clients.get(vault, case.client.id).name == f"Disposed client {case.client.id}"
    assert notes.ids_for_client(vault, case.client.id) == []
    assert search.everything(vault, "marriage") == [] and search.everything(vault, "Maya") == []
    assert audit.verify_chain(vault).ok
    vault.close()
    plain = plaintext_of(vault.location.vault_file, plan.key.key, tmp_path, "vault")
    assert b"JONAS-SECRET" in plain  # the decryption works: the other client is there
    assert_no_canary(plain, "the vault")
    for path in backup_paths:
        assert_no_canary(plaintext_of(path, plan.key.key, tmp_path, path.name), path.name)
        backups.check(path, vaults.RawKey(plan.key.key))


def every_text(conn) -> list[tuple[str, str, str]]:
    """(table, column, value) for every text or blob value in every table of the file,
    found from sqlite_master, never from a list of columns known to hold content."""
    found = []
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    assert {"disclosures", "disposals", "approval_rounds", "notes"} <= set(tables)
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        for row in cursor:
            for column, value in zip(names, row, strict=True):
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                if isinstance(value, str):
                    found.append((table, column, value))
    return found


def assert_no_canary_in_any_column(conn, where: str) -> None:
    values = every_text(conn)
    assert any(v == "Disposed client 1" for _t, _c, v in values)  # the scan reads the file
    for table, column, value in values:
        for canary in CANARIES:
            assert canary not in value, f"{canary!r} in {where}: {table}.{column}"


def test_every_text_column_of_every_table_is_free_of_the_client(disposed_world):
    plan, vault, case, done, backup_paths = disposed_world
    assert done.note.startswith("CANARY-NOTE")  # the receipt has it; the vault must not
    assert {d.recipient_name for d in disclosures.for_client(vault, case.client.id)} == {
        "Northwind Ltd", "Removed at disposal", f"Disposed client {case.client.id}"}
    location = vault.location
    vault.close()
    reopened = vaults.open_with_key(location, vaults.RawKey(plan.key.key))
    try:
        assert_no_canary_in_any_column(reopened.connection, "the reopened vault")
    finally:
        reopened.close()
    for path in backup_paths:
        conn = sqlcipher3.connect(str(path))
        try:
            key = vaults.RawKey(plan.key.key, file_salt(path))
            conn.execute(f"PRAGMA key = {key.pragma_value()}")
            conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")  # CoachDesk's pages
            assert_no_canary_in_any_column(conn, path.name)
        finally:
            conn.close()


def test_disposal_changes_nothing_else_in_the_log(disposed_world):
    _plan, vault, case, _done, _paths = disposed_world
    [sponsor_report] = [d for d in disclosures.for_client(vault, case.client.id)
                        if d.kind == "sponsor_report"]
    assert (sponsor_report.purpose, sponsor_report.legal_basis) == ("Removed at disposal", "")
    assert sponsor_report.facts.startswith("Attendance: ")
    with pytest.raises(sqlcipher3.DatabaseError, match="never changed"), \
            vault.transaction() as conn:
        conn.execute("UPDATE disclosures SET purpose = 'Removed at disposal',"
                     " file_sha256 = ? WHERE id = ?", ("0" * 64, sponsor_report.id))
    with pytest.raises(sqlcipher3.DatabaseError, match="never changed"), \
            vault.transaction() as conn:
        conn.execute("UPDATE disclosures SET recipient_name = 'Someone else' WHERE id = ?",
                     (sponsor_report.id,))


def test_the_other_client_and_the_tax_facts_are_untouched(disposed_world):
    _plan, vault, case, done, _paths = disposed_world
    from coachdesk import sessions

    assert [n.body for n in notes.get_many(vault, notes.ids_for_client(
        vault, case.other_client.id)).values()] == ["JONAS-SECRET: plans to resign."]
    held = [s for s in sessions.for_engagement(vault, case.engagement.id) if s.status == "held"]
    assert len(held) == 3 and all(s.duration_minutes == 90 for s in held)
    record = disposal.for_client(vault, case.client.id)
    assert record["basis"] == "retention_ended"
    assert record["backups_rewritten"] == 2 and record["counts"]["notes"] == 2
    assert "Maya" not in repr(record)
    assert disposal.is_disposed(vault, case.client.id)
    assert retention.past_retention(vault, "2099-01-01") == []
    again = disposal.dispose(vault, case.client.id, "other")  # finishing is allowed
    assert again.id == done.id and again.basis == "retention_ended"
    assert approvals.rounds_for_client(vault, case.client.id) == []


def test_a_disposal_cut_short_is_finished_by_running_it_again(plan_and_vault, tmp_path):
    """The backup drive was unplugged: the vault's part is done, the backups are not yet."""
    plan, vault = plan_and_vault
    case = ethics_case(vault)
    folder = tmp_path / "usb"
    backup = backups.make(vault, folder)
    first = disposal.dispose(vault, case.client.id, "retention_ended", backup_folder=None)
    assert first.backups_rewritten == []
    assert b"Maya Okafor" in plaintext_of(backup.path, plan.key.key, tmp_path, "before")
    finished = disposal.dispose(vault, case.client.id, "other", backup_folder=folder)
    assert finished.id == first.id and finished.basis == "retention_ended"
    assert finished.backups_rewritten == [backup.path.name]
    assert_no_canary(plaintext_of(backup.path, plan.key.key, tmp_path, "after"), "the backup")
    assert disposal.for_client(vault, case.client.id)["backups_rewritten"] == 1


def test_nothing_of_hers_still_names_her_after_the_disposal(disposed_world):
    _plan, _vault, _case, done, _paths = disposed_world
    assert done.still_named == {}


def test_records_that_are_not_hers_but_name_her_are_pointed_out_and_left_alone(vault):
    """A sponsor's request logged without its engagement, another client's note: the
    disposal cannot know they are about her, so it removes nothing of them, and tells
    the coach where her name still is, by kind of record."""
    case = ethics_case(vault)
    untied = sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "phone", "How is Maya Okafor getting on?"))
    mention = notes.add(vault, case.other_client.id, "Jonas mentioned maya okafor's new role.")
    done = disposal.dispose(vault, case.client.id, "client_request")
    assert done.still_named == {"sponsor requests": 1, "notes": 1}
    assert sponsor_requests.get(vault, untied.id).asked_for == "How is Maya Okafor getting on?"
    assert notes.get(vault, mention.id).body == "Jonas mentioned maya okafor's new role."
    assert disposal.where_named(vault, "Jonas Berg") == {"client details": 1}
