"""The sync core's remaining gaps (issue 17, docs/sync.md), each driven through a shared
folder: disposal receipts carry the computer's letter; every computer's audit entries
reach the others, kept per computer with their own verifiable chain; the practice's
settings travel (this computer's own stay); a report disclosure's language is on its
row and travels with it."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import sqlcipher3
from syncing import computer, pair, settle, text_everywhere

from coachdesk import (
    agreements,
    audit,
    clients,
    disposal,
    migrations,
    notes,
    reports,
    settings,
)
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.sync import numbers
from tests.cases import ethics_case
from tests.pdftext import pdf_text


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Syncthing")
    yield a, b
    a.close()
    b.close()


def a_moment_later():
    """Two writes within one millisecond have no "later" one (ties go by device id)."""
    time.sleep(0.005)


def _client_id(vault, name):
    (found,) = [c.id for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values() if c.name == name]
    return found


def _version_named(name: str) -> int:
    """A migration's number found by its name (the lead renumbers on merge)."""
    (found,) = [int(p.name[:4]) for p in Path(migrations.__file__).parent.glob(f"*_{name}.sql")]
    return found


# Disposal receipt numbers ------------------------------------------------------------

def test_a_disposal_receipt_printed_on_the_second_computer_reads_dr_b(two, qapp):
    from ui.pdf import disposal_receipt_pdf

    a, b = two
    first = clients.add(a, clients.ClientDraft("Ann Lee"))
    second = clients.add(b, clients.ClientDraft("Bo Sand"))
    settle(a, b)
    on_a = disposal.dispose(a, first.id, "client_request")
    on_b = disposal.dispose(b, second.id, "client_request")
    assert on_a.receipt_number == f"DR-{on_a.id:06d}"  # the first computer's, as before
    assert on_b.receipt_number == f"DR-B{on_b.id:06d}"
    text = pdf_text(disposal_receipt_pdf(on_b, "Sam Coach", "2026-05-01"))
    assert f"DR-B{on_b.id:06d}" in text and "DR-0" not in text
    settle(a, b)
    # Each computer names both receipts the same way, whatever id they have there.
    for vault in (a, b):
        assert sorted(numbers.disposal_receipt_number(vault, d) for (d,) in vault.read(
            "SELECT id FROM disposals")) == sorted([on_a.receipt_number, on_b.receipt_number])


def test_a_practice_on_one_computer_keeps_its_receipt_numbers(tmp_path):
    alone = computer(tmp_path, "laptop")
    try:
        client = clients.add(alone, clients.ClientDraft("Ann Lee"))
        done = disposal.dispose(alone, client.id, "retention_ended")
        assert done.receipt_number == f"DR-{done.id:06d}"
    finally:
        alone.close()


# Other computers' audit entries ------------------------------------------------------

def test_the_merged_log_shows_which_computer_did_what(two):
    a, b = two
    ann = clients.add(a, clients.ClientDraft("Ann Lee"))
    a_moment_later()
    settle(a, b)
    notes.add(b, _client_id(b, "Ann Lee"), "Said on the desktop: canary-9021.")
    a_moment_later()
    clients.archive(a, ann.id)
    settle(a, b)
    on_b = audit.merged(b)
    assert ("client.added", "A") in {(e.action, e.computer) for e in on_b}
    assert ("note.added", "") in {(e.action, e.computer) for e in on_b}
    on_a = audit.merged(a)
    assert ("note.added", "B") in {(e.action, e.computer) for e in on_a}
    assert ("client.added", "") in {(e.action, e.computer) for e in on_a}
    # Merged by time: newest first, both computers' entries interleaved.
    assert [e.at for e in on_a] == sorted((e.at for e in on_a), reverse=True)
    order = [(e.action, e.computer) for e in on_a]
    # The desktop's note came between the laptop's new client and its archiving.
    assert order.index(("client.archived", "")) < order.index(("note.added", "B")) \
        < order.index(("client.added", ""))
    # Each computer's chain verifies where it is kept, and every entry came.
    for here, there in ((a, b), (b, a)):
        (check,) = audit.verify_others(here).values()
        assert check.ok
        own = audit.verify_chain(there)
        assert check.entries >= own.entries - 2  # its latest "applied" entries go next time
    # Ids and actions only: no client's words travel in the audit entries.
    for vault in (a, b):
        assert "sync_audit" not in text_everywhere(vault, "canary-9021")
        assert "sync_audit" not in text_everywhere(vault, "Ann Lee")


def test_a_changed_or_cut_entry_of_the_other_computer_is_detected(two):
    a, b = two
    clients.add(a, clients.ClientDraft("Ann Lee"))
    clients.add(a, clients.ClientDraft("Bo Sand"))
    settle(a, b)
    (device,) = audit.verify_others(b)
    assert audit.verify_others(b)[device].ok
    with pytest.raises(sqlcipher3.IntegrityError, match="append-only"):
        b.connection.execute("DELETE FROM sync_audit WHERE device = ?", (device,))
    # Someone with the open vault drops the guards and edits one of the laptop's entries.
    b.connection.execute("DROP TRIGGER sync_audit_no_update")
    b.connection.execute("DROP TRIGGER sync_audit_no_delete")
    b.connection.execute("UPDATE sync_audit SET action = 'client.viewed'"
                         " WHERE device = ? AND action = 'client.added'", (device,))
    check = audit.verify_others(b)[device]
    assert not check.ok and check.problem == "this entry was changed"
    assert audit.verify_chain(b).ok  # the desktop's own chain is its own, untouched
    b.connection.execute("UPDATE sync_audit SET action = 'client.added'"
                         " WHERE device = ? AND action = 'client.viewed'", (device,))
    assert audit.verify_others(b)[device].ok
    b.connection.execute("DELETE FROM sync_audit WHERE device = ? AND id = (SELECT max(id)"
                         " FROM sync_audit WHERE device = ?)", (device, device))
    check = audit.verify_others(b)[device]
    assert not check.ok and check.problem == "entries were removed from the end of the log"


def test_a_third_computer_keeps_both_others_chains(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "tablet"))
    try:
        pair(a, [b, c], tmp_path / "Syncthing")
        clients.add(a, clients.ClientDraft("Ann Lee"))
        clients.add(b, clients.ClientDraft("Bo Sand"))
        settle(a, b, c)
        checks = audit.verify_others(c)
        assert len(checks) == 2 and all(check.ok for check in checks.values())
        assert {e.computer for e in audit.merged(c)} >= {"A", "B"}
    finally:
        for vault in (a, b, c):
            vault.close()


# Settings that travel ----------------------------------------------------------------

def test_every_setting_is_the_practices_or_this_computers():
    assert settings.PRACTICE.isdisjoint(settings.THIS_COMPUTER)
    assert set(settings.DEFAULTS) == settings.PRACTICE | settings.THIS_COMPUTER, (
        "a new setting must be listed in settings.PRACTICE or settings.THIS_COMPUTER")
    with pytest.raises(KeyError):
        settings.travels("a_setting_nobody_chose_for")


def test_the_practices_settings_travel_and_this_computers_stay(two):
    a, b = two
    settings.put(a, "coach_name", "Sam Coach")
    settings.put(a, "invoice_days_to_pay", "14")
    settings.put(a, "idle_lock_minutes", "3")
    settings.put(a, "calendar_shows", "names")
    settle(a, b)
    assert settings.get(b, "coach_name") == "Sam Coach"
    assert settings.get(b, "invoice_days_to_pay") == "14"
    assert settings.get(b, "idle_lock_minutes") == settings.DEFAULTS["idle_lock_minutes"]
    assert settings.get(b, "calendar_shows") == "nothing"
    a_moment_later()
    settings.put(b, "coach_name", "Sam R. Coach")  # later, on the desktop
    settle(a, b)
    assert settings.get(a, "coach_name") == settings.get(b, "coach_name") == "Sam R. Coach"
    assert settings.get(a, "idle_lock_minutes") == "3"


def test_a_setting_chosen_on_both_computers_before_they_met_keeps_the_later(two):
    a, b = two
    settings.put(a, "currency", "GBP")
    a_moment_later()
    settings.put(b, "currency", "CHF")
    settle(a, b)
    assert settings.get(a, "currency") == settings.get(b, "currency") == "CHF"
    assert a.read("SELECT count(*) FROM practice_settings WHERE key = 'currency'") == [(1,)]
    assert b.read("SELECT count(*) FROM practice_settings WHERE key = 'currency'") == [(1,)]
    settings.put(a, "currency", "USD")  # and edits after the fold still reach the other
    settle(a, b)
    assert settings.get(b, "currency") == "USD"


def test_the_coachs_own_agreement_template_travels(two):
    a, b = two
    title, clauses, _ = agreements.template(a, "coach_client", "en")
    changed = (agreements.ClauseDraft(clauses[0].kind, clauses[0].heading,
                                      clauses[0].body + " Sessions are held online."),
               *clauses[1:])
    agreements.save_template(a, "coach_client", "en", "My coaching agreement", changed)
    settle(a, b)
    title_b, clauses_b, own = agreements.template(b, "coach_client", "en")
    assert own and title_b == "My coaching agreement"
    assert clauses_b[0].body.endswith("Sessions are held online.")
    agreements.reset_template(b, "coach_client", "en")
    settle(a, b)
    assert agreements.template(a, "coach_client", "en") == (title, clauses, False)


def test_settings_of_an_older_vault_move_where_they_belong(tmp_path):
    key = vaults.RawKey(os.urandom(32))
    location = VaultLocation(tmp_path / "older")
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    migrations.apply(conn, up_to=_version_named("practice_settings") - 1)
    conn.executescript("""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older-vault'),
            ('key_mode', 'keyring'), ('setting.coach_name', 'Sam Coach'),
            ('setting.currency', 'GBP'), ('setting.backup_folder', '/media/usb'),
            ('agreement_template.coach_client.en', '{"kind": "coach_client", "title":
              "Mine", "clauses": []}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    try:
        assert settings.get(vault, "coach_name") == "Sam Coach"
        assert settings.get(vault, "currency") == "GBP"
        assert settings.get(vault, "backup_folder") == "/media/usb"
        assert vault.setting("setting.backup_folder") == "/media/usb"  # this computer's
        assert vault.setting("setting.coach_name") is None  # moved, not copied
        assert settings.practice_value(vault, "agreement_template.coach_client.en")
    finally:
        vault.close()


# A disclosure's language on its row --------------------------------------------------

def _report_languages(vault):
    return sorted(reports.disclosed_language(vault, d) for (d,) in vault.read(
        "SELECT id FROM disclosures WHERE report_id IS NOT NULL"))


def test_a_language_changed_on_the_other_computer_at_the_same_moment(two):
    a, b = two
    case = ethics_case(a)
    report = reports.create(a, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance",), print_language="de"))
    item = reports.write_item(a, report.id, "She now runs the weekly review herself.")
    reports.approve(a, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    settle(a, b)
    (on_b,) = [r for (r,) in b.read("SELECT id FROM reports")]
    # The same moment: the laptop sends the German report while the desktop's coach
    # switches the report to French (the desktop's change is the later one).
    reports.export(a, report.id, on="2026-05-01", render=lambda content: b"%PDF-1.4",
                   save=lambda data: None)
    a_moment_later()
    reports.set_print_language(b, on_b, "fr")
    settle(a, b)
    assert reports.get(a, report.id).print_language == "fr"  # the report: last writer
    assert _report_languages(a) == _report_languages(b) == ["de"]  # what was sent: German


def test_past_disclosures_keep_their_language_through_the_migration(tmp_path):
    location = VaultLocation(tmp_path / "newer")
    vault = vaults.create(location, vaults.plan_keyring_vault())
    try:
        case = ethics_case(vault)
        report = reports.create(vault, reports.ReportDraft(
            case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
            facts=("attendance",), print_language="es"))
        item = reports.write_item(vault, report.id, "She now runs the weekly review.")
        reports.approve(vault, report.id, [item.id], method="on_screen",
                        given_by="Maya Okafor", given_on="2026-05-01")
        done = reports.export(vault, report.id, on="2026-05-01",
                              render=lambda content: b"%PDF-1.4", save=lambda data: None)
        assert reports.disclosed_language(vault, done.id) == "es"
    finally:
        vault.close()
    # The same disclosure in a vault from before the migration: its language was kept
    # in disclosure_languages; after it, on the row.
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
    migrations.apply(conn, up_to=_version_named("disclosure_language") - 1)
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Maya Okafor', 'okafor', '{now}', '{now}');
        INSERT INTO sponsors (id, organisation, sort_name, created_at, updated_at)
            VALUES (1, 'Northwind Ltd', 'northwind', '{now}', '{now}');
        INSERT INTO engagements (id, client_id, sponsor_id, starts_on, created_at,
                                 updated_at)
            VALUES (1, 1, 1, '2026-01-05', '{now}', '{now}');
        INSERT INTO reports (id, engagement_id, client_id, sponsor_id, recipient_kind,
                             recipient_id, purpose, period_from, period_to, created_at,
                             updated_at, print_language)
            VALUES (1, 1, 1, 1, 'sponsor', 1, 'Progress', '2026-01-01', '2026-04-30',
                    '{now}', '{now}', 'pt_BR');
        INSERT INTO disclosures (id, kind, client_id, sponsor_id, recipient_kind,
                                 recipient_id, recipient_name, purpose, report_id,
                                 file_sha256, disclosed_at)
            VALUES (1, 'sponsor_report', 1, 1, 'sponsor', 1, 'Northwind Ltd', 'Progress',
                    1, '{"a" * 64}', '{now}'),
                   (2, 'legal_export', 1, NULL, 'other', NULL, 'A court', 'Order', NULL,
                    '{"b" * 64}', '{now}');
        UPDATE reports SET print_language = 'de' WHERE id = 1;
    """)
    migrations.apply(conn)
    assert conn.execute("SELECT id, language FROM disclosures ORDER BY id").fetchall() == [
        (1, "pt_BR"), (2, None)]
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "disclosure_languages" not in tables
    with pytest.raises(sqlcipher3.IntegrityError, match="never changed"):
        conn.execute("UPDATE disclosures SET language = 'de' WHERE id = 1")


def test_no_screen_or_pdf_writes_a_receipt_number_itself():
    """Every DR- (and D-, CR-) number shown or printed comes from coachdesk.sync.numbers:
    no module of ui/ spells the prefix before an id of its own."""
    import re

    ui = Path(__file__).resolve().parents[2] / "ui"
    spelled = re.compile(r"""f["'][^"']*\b(DR|CR|D)-\{""")
    found = [f"{path.name}:{n}" for path in sorted(ui.rglob("*.py"))
             for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if spelled.search(line) or "DR-%1" in line]
    assert found == []
