"""Issue 15's adversarial review, put right: what an issued invoice states stays true
(sessions, tax export, payer, dates), packages' missed sessions, currencies, the
credential log's numbering, training start, paid or pro bono, CCE minimums, disposal,
the CSV's phone numbers and the calendar file's changed titles."""

from __future__ import annotations

import csv
import io
import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
import sqlcipher3
from msgspec.structs import replace

from coachdesk import (
    agreements,
    calendar_file,
    cce,
    clients,
    credentials,
    disposal,
    engagements,
    invoices,
    migrations,
    sessions,
    settings,
    tax_export,
)
from coachdesk import vault as vaults
from coachdesk.errors import CoachDeskError, InvalidInput
from tests.billing_setup import practice

TODAY = date(2026, 11, 30)


def _issue(vault, engagement_id, ids, day, **kw):
    return invoices.issue(vault, invoices.InvoiceDraft(engagement_id, tuple(ids), day, **kw),
                          today=TODAY)


def _tax(vault):
    return tax_export.rows(vault, "2026-01-01", "2026-12-31")


# -- 1. a session on a live invoice keeps what the invoice says ---------------------------
def test_an_invoiced_session_keeps_its_day_minutes_fee_and_status_until_voided(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    invoice = _issue(vault, own.id, (held[0],), "2026-01-31")
    s = sessions.get(vault, held[0])
    for change in (dict(duration_minutes=90), dict(fee_cents=50000),
                   dict(status="cancelled"), dict(starts_at="2026-01-11T09:00")):
        draft = replace(sessions.SessionDraft(own.id, s.starts_at, 60, s.place, s.fee_cents,
                                              "held"), **change)
        with pytest.raises(CoachDeskError, match="on invoice 2026-0001: void the invoice"):
            sessions.update(vault, s.id, draft)
    # The vault refuses it too, whatever writes it.
    with pytest.raises(sqlcipher3.IntegrityError, match="void the invoice first"), \
            vault.transaction() as conn:
        conn.execute("UPDATE sessions SET status = 'cancelled' WHERE id = ?", (s.id,))
    # Its time of day and its place are not on the invoice: they may change.
    moved = sessions.update(vault, s.id, sessions.SessionDraft(
        own.id, "2026-01-10T15:30", 60, "Online", s.fee_cents, "held"))
    assert (moved.starts_at, moved.place) == ("2026-01-10T15:30", "Online")
    assert sessions.on_invoice(vault, s.id) == "2026-0001"
    [row] = [r for r in _tax(vault) if r[7]]
    assert row == ("2026-01-10", 60, "120.00", "EUR", "Lea Winter", "held", "per_session",
                   "2026-0001")
    # Voided, the session is free to change (and to be billed again).
    invoices.void(vault, invoice.id, "Wrong length", "2026-02-01")
    assert sessions.on_invoice(vault, s.id) is None
    changed = sessions.update(vault, s.id, sessions.SessionDraft(
        own.id, s.starts_at, 90, "", s.fee_cents, "held"))
    assert changed.duration_minutes == 90


def test_a_lock_cutting_an_invoiced_session_short_leaves_what_was_billed(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    _issue(vault, own.id, (held[0],), "2026-01-31")
    kept = sessions.cut_short(vault, held[0], minutes=5)  # no error at a lock
    assert (kept.duration_minutes, kept.status) == (60, "held")


def test_the_tax_export_states_an_invoiced_session_as_its_invoice_billed_it(vault):
    """A vault edited before the guard existed (a raw write with the trigger set aside)
    still exports what the invoice billed, and a billed session stays in it."""
    own, _p, held, _m, _r, _c = practice(vault)
    _issue(vault, own.id, (held[0],), "2026-01-31")
    with vault.transaction() as conn:
        conn.execute("DROP TRIGGER sessions_keep_invoiced")
        conn.execute("UPDATE sessions SET duration_minutes = 90, fee_cents = 50000,"
                     " status = 'cancelled' WHERE id = ?", (held[0],))
    [row] = [r for r in _tax(vault) if r[7]]
    assert row[:3] == ("2026-01-10", 60, "120.00") and row[7] == "2026-0001"


# -- 2. a missed session the package does not charge ------------------------------------
def test_a_missed_session_a_package_does_not_count_is_never_billed_or_unpaid(vault):
    pia = clients.add(vault, clients.ClientDraft("Pia Paket"))
    e = engagements.add(vault, engagements.EngagementDraft(
        pia.id, "2026-01-01", fee_cents=60000, fee_basis="package", planned_sessions=6,
        package_missed_counts=False))
    held = sessions.add(vault, sessions.SessionDraft(e.id, "2026-01-10T09:00", 60,
                                                     status="held"))
    missed = sessions.add(vault, sessions.SessionDraft(e.id, "2026-01-17T09:00", 60,
                                                       status="no_show"))
    assert [b.id for b in invoices.billable(vault, e.id)] == [held.id]
    assert missed.id not in invoices.unpaid_session_ids(vault)
    with pytest.raises(CoachDeskError, match="a missed session the agreement does not"):
        _issue(vault, e.id, (held.id, missed.id), "2026-01-31")
    invoice = _issue(vault, e.id, (held.id,), "2026-01-31")
    assert [line.description for line in invoice.lines] == ["Coaching session"]
    # Where missed sessions count, the missed one is billed as agreed.
    counts = engagements.add(vault, engagements.EngagementDraft(
        pia.id, "2026-02-01", fee_cents=60000, fee_basis="package", planned_sessions=6,
        package_missed_counts=True))
    charged = sessions.add(vault, sessions.SessionDraft(counts.id, "2026-02-10T09:00", 60,
                                                        status="no_show"))
    assert [b.id for b in invoices.billable(vault, counts.id)] == [charged.id]
    assert charged.id in invoices.unpaid_session_ids(vault)


# -- 4. a mistyped date --------------------------------------------------------------------
def test_an_invoice_is_not_dated_after_today_and_a_voided_slip_holds_nothing_back(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    with pytest.raises(InvalidInput, match="later than today"):
        invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-12-03"),
                       today=date(2026, 3, 12))
    # Issued on a day that had come, a slip of the month is voided and issued again.
    slip = _issue(vault, own.id, (held[0],), "2026-11-03")
    invoices.void(vault, slip.id, "Meant 3 March", "2026-11-03")
    again = _issue(vault, own.id, (held[0],), "2026-03-11")
    assert (again.number, again.issued_on) == ("2026-0002", "2026-03-11")
    # A live invoice still holds the order: nothing is dated before it.
    with pytest.raises(InvalidInput, match="last invoice of 2026 is dated 2026-03-11"):
        _issue(vault, own.id, (held[1],), "2026-03-01")


# -- 5. whom the tax export names --------------------------------------------------------
def test_the_tax_export_names_whom_the_invoice_went_to(vault):
    _own, paid_by, _h, _m, ravi_held, _c = practice(vault)
    _issue(vault, paid_by.id, (ravi_held[0],), "2026-02-01", bill_to="client")
    rows = {r[0]: r for r in _tax(vault) if r[0].startswith("2026-0")}
    assert rows["2026-01-12"][4] == "Ravi Shah"  # billed to him, not his sponsor
    assert rows["2026-02-12"][4] == "Northwind Finance BV"  # not invoiced: who pays


# -- 7. a currency change ----------------------------------------------------------------
def test_a_new_currency_waits_until_past_sessions_are_invoiced(vault):
    c = clients.add(vault, clients.ClientDraft("Cur Rency"))
    d = engagements.EngagementDraft(c.id, "2026-01-01", fee_cents=12000, currency="EUR")
    e = engagements.add(vault, d)
    s = sessions.add(vault, sessions.SessionDraft(e.id, "2026-01-10T09:00", 60,
                                                  status="held"))
    with pytest.raises(InvalidInput, match="held at fees in EUR and are not invoiced yet"):
        engagements.update(vault, e.id, replace(d, currency="JPY"))
    assert engagements.get(vault, e.id).currency == "EUR"
    invoice = _issue(vault, e.id, (s.id,), "2026-02-01")
    assert (invoice.currency, invoice.total_cents) == ("EUR", 12000)
    assert engagements.update(vault, e.id, replace(d, currency="CHF")).currency == "CHF"


# -- 14. package terms over signed words ---------------------------------------------------
def test_package_terms_are_refused_over_a_signed_agreement_whose_basis_was_to_confirm(vault):
    c = clients.add(vault, clients.ClientDraft("Pia"))
    d = engagements.EngagementDraft(c.id, "2026-01-01", fee_cents=60000,
                                    fee_basis="per_session", planned_sessions=6)
    e = engagements.add(vault, d)
    agreement = agreements.add(vault, agreements.draft_for_engagement(vault, e.id, "Sam"))
    for role, name in (("coach", "Sam"), ("client", "Pia")):
        agreements.record_signature(vault, agreement.id, role, name, "2026-01-02",
                                    "handwritten")
    agreements.activate(vault, agreement.id)
    with vault.transaction() as conn:  # an older vault: the basis was never said
        conn.execute("UPDATE engagements SET fee_basis = NULL WHERE id = ?", (e.id,))
    before = [cl.body for cl in agreements.get(vault, agreement.id).clauses]
    with pytest.raises(InvalidInput, match="signed agreement for this engagement states"):
        engagements.update(vault, e.id, replace(d, fee_basis="package",
                                                package_missed_counts=True))
    assert engagements.get(vault, e.id).fee_basis is None
    assert [cl.body for cl in agreements.get(vault, agreement.id).clauses] == before
    # Saying what the signed fee was for is still what the coach is asked.
    assert engagements.update(vault, e.id, d).fee_basis == "per_session"


# -- 12/13. the invoice's own columns ------------------------------------------------------
@pytest.mark.parametrize("sql", [
    "UPDATE invoices SET total_cents = 1 WHERE id = ?",
    "UPDATE invoices SET number = '2026-0099' WHERE id = ?",
    "UPDATE invoices SET engagement_id = NULL WHERE id = ?",
    "UPDATE invoices SET created_at = '2020-01-01' WHERE id = ?",
    "UPDATE invoices SET bill_to_email = 'else@example.org' WHERE id = ?",
    "UPDATE invoices SET void_reason = 'quietly' WHERE id = ?",
    "UPDATE invoice_lines SET amount_cents = 1 WHERE invoice_id = ?",
])
def test_no_column_of_an_issued_invoice_changes(vault, sql):
    own, _p, held, _m, _r, _c = practice(vault)
    issued = _issue(vault, own.id, (held[0],), "2026-01-31")
    with pytest.raises(sqlcipher3.IntegrityError,
                       match="an issued invoice is not changed|stays voided"), \
            vault.transaction() as conn:
        conn.execute(sql, (issued.id,))
    assert invoices.get(vault, issued.id) == issued


def test_a_voided_invoice_keeps_its_reason_and_engagement(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    issued = _issue(vault, own.id, (held[0],), "2026-01-31")
    voided = invoices.void(vault, issued.id, "Wrong address", "2026-02-01")
    for sql in ("UPDATE invoices SET void_reason = 'changed later' WHERE id = ?",
                "UPDATE invoices SET engagement_id = NULL WHERE id = ?"):
        with pytest.raises(sqlcipher3.IntegrityError), vault.transaction() as conn:
            conn.execute(sql, (issued.id,))
    assert invoices.get(vault, issued.id) == voided


# -- 15. disposal -------------------------------------------------------------------------
def test_disposal_keeps_an_invoice_s_name_but_not_its_email_and_unnames_the_client(vault):
    own, _p, held, _m, _r, _c = practice(vault)
    credentials.set_naming(vault, own.client_id, "2026-01-01")
    issued = _issue(vault, own.id, (held[0],), "2026-01-31")
    settings.put(vault, "calendar_shows", "names")
    calendar_file.calendar_file(vault, "Europe/Berlin", today=date(2026, 1, 1))
    assert vault.read_one("SELECT count(*) FROM calendar_sent")[0] > 0
    done = disposal.dispose(vault, own.client_id, "client_request")
    # Not even a digest of an event's title with her name is kept.
    assert vault.read_one("SELECT count(*) FROM calendar_sent cs JOIN sessions s ON"
                          " s.id = cs.session_id JOIN engagements e ON e.id ="
                          " s.engagement_id WHERE e.client_id = ?", (own.client_id,))[0] == 0
    assert vault.read_one("SELECT count(*) FROM calendar_sent")[0] > 0  # Ravi's stay
    assert done.still_named == {
        "invoices (their name and address stay: tax law keeps them)": 1}
    kept = invoices.get(vault, issued.id)
    assert (kept.bill_to_name, kept.bill_to_email) == ("Lea Winter", "")
    [entry] = [e for e in credentials.entries(vault) if e.client_id == own.client_id]
    assert not entry.named and entry.name.startswith("Confidential Client ")
    assert "Disposed" not in entry.name and entry.contact == ""


# -- 3. paid or pro bono from the session's own fee ---------------------------------------
def test_hours_stay_pro_bono_when_the_engagement_s_fee_changes_later(vault):
    c = clients.add(vault, clients.ClientDraft("Bo Free", email="bo@example.org"))
    d = engagements.EngagementDraft(c.id, "2025-01-01", fee_cents=0, fee_basis="per_session")
    e = engagements.add(vault, d)
    for m in (1, 2, 3):
        sessions.add(vault, sessions.SessionDraft(e.id, f"2025-0{m}-10T09:00", 60,
                                                  status="held"))
    engagements.update(vault, e.id, replace(d, fee_cents=15000))
    paid = sessions.add(vault, sessions.SessionDraft(e.id, "2025-04-10T09:00", 60,
                                                     status="held"))
    free = sessions.add(vault, sessions.SessionDraft(e.id, "2025-05-10T09:00", 60,
                                                     fee_cents=0, status="held"))
    [entry] = credentials.entries(vault)
    assert (entry.paid_minutes, entry.pro_bono_minutes) == (60, 240)
    assert credentials.session_paid(vault, paid.id).derived == "paid"
    assert credentials.session_paid(vault, free.id) == credentials.SessionPaid(
        None, "pro_bono", "session")
    # A total spread over no planned count is still paid (a share of 0 says nothing).
    total = engagements.add(vault, engagements.EngagementDraft(
        c.id, "2025-06-01", fee_cents=300000, fee_basis="engagement_total"))
    s = sessions.add(vault, sessions.SessionDraft(total.id, "2025-06-10T09:00", 60,
                                                  status="held"))
    assert s.fee_cents == 0 and credentials.session_paid(vault, s.id).derived == "paid"


# -- 9. Confidential Client numbers are kept ---------------------------------------------
def test_confidential_numbers_stay_when_a_client_is_named_or_a_session_backdated(vault):
    ann = clients.add(vault, clients.ClientDraft("Ann A"))
    ben = clients.add(vault, clients.ClientDraft("Ben B"))
    cai = clients.add(vault, clients.ClientDraft("Cai C"))
    ids = {}
    for client, day in ((ann, "2025-01-10"), (ben, "2025-02-10"), (cai, "2025-03-10")):
        e = engagements.add(vault, engagements.EngagementDraft(client.id, "2025-01-01",
                                                               fee_cents=100))
        ids[client.id] = e.id
        sessions.add(vault, sessions.SessionDraft(e.id, day + "T09:00", 60, status="held"))

    def names():
        return {e.client_id: e.name for e in credentials.entries(vault)}

    assert names() == {ann.id: "Confidential Client 1", ben.id: "Confidential Client 2",
                       cai.id: "Confidential Client 3"}
    credentials.set_naming(vault, ann.id, "2025-03-01")
    sessions.add(vault, sessions.SessionDraft(ids[cai.id], "2024-12-01T09:00", 60,
                                              status="held"))  # backdated
    assert names() == {ann.id: "Ann A", ben.id: "Confidential Client 2",
                       cai.id: "Confidential Client 3"}
    # A new unnamed client takes the next number; Ann, unnamed again, keeps hers.
    dee = clients.add(vault, clients.ClientDraft("Dee D"))
    e = engagements.add(vault, engagements.EngagementDraft(dee.id, "2025-01-01"))
    sessions.add(vault, sessions.SessionDraft(e.id, "2025-04-10T09:00", 60, status="held"))
    credentials.set_naming(vault, ann.id, None)
    assert names()[dee.id] == "Confidential Client 4"
    assert names()[ann.id] == "Confidential Client 1"


def test_an_older_vault_numbers_its_unnamed_clients_as_its_log_did(location):
    """Migration 0018 on a vault of before: numbers in the order the log gave them."""
    key = vaults.RawKey(os.urandom(32))
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    migrations.apply(conn, up_to=17)
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older'), ('key_mode',
                                                    'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at) VALUES
            (1, 'Late Larry', 'l', '{now}', '{now}'), (2, 'Early Erin', 'e', '{now}',
            '{now}'), (3, 'Named Nia', 'n', '{now}', '{now}');
        INSERT INTO credential_naming (client_id, agreed_on) VALUES (3, '2025-01-01');
        INSERT INTO engagements (id, client_id, starts_on, fee_cents, currency, fee_basis,
                                 created_at, updated_at) VALUES
            (1, 1, '2025-01-01', 100, 'EUR', 'per_session', '{now}', '{now}'),
            (2, 2, '2025-01-01', 100, 'EUR', 'per_session', '{now}', '{now}'),
            (3, 3, '2025-01-01', 100, 'EUR', 'per_session', '{now}', '{now}');
        INSERT INTO sessions (engagement_id, starts_at, duration_minutes, fee_cents, status,
                              created_at, updated_at) VALUES
            (1, '2025-05-01T09:00', 60, 100, 'held', '{now}', '{now}'),
            (3, '2025-01-01T09:00', 60, 100, 'held', '{now}', '{now}'),
            (2, '2025-02-01T09:00', 60, 100, 'held', '{now}', '{now}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    try:
        assert vault.read_one("PRAGMA user_version")[0] == migrations.latest()
        assert [e.name for e in credentials.entries(vault)] == [
            "Named Nia", "Confidential Client 1", "Confidential Client 2"]
    finally:
        vault.close()


# -- 8. hours from the start of coach training -----------------------------------------
def test_only_hours_from_the_start_of_coach_training_count(vault):
    c = clients.add(vault, clients.ClientDraft("Tia", email="tia@example.org"))
    credentials.set_naming(vault, c.id, "2025-01-01")
    e = engagements.add(vault, engagements.EngagementDraft(c.id, "2024-01-01",
                                                           fee_cents=100))
    for day in ("2024-03-01", "2024-09-01", "2025-02-01"):
        sessions.add(vault, sessions.SessionDraft(e.id, day + "T09:00", 60, status="held"))
    assert credentials.progress(vault, "ACC", TODAY).total_minutes == 180
    credentials.set_profile(vault, "PCC", None)
    assert credentials.set_training_start(vault, "2024-09-01").training_started_on == \
        "2024-09-01"
    assert credentials.profile(vault).level == "PCC"  # the level stays as it was
    assert credentials.progress(vault, "ACC", TODAY).total_minutes == 120
    [entry] = credentials.entries(vault)
    assert (entry.start, entry.end, entry.paid_minutes) == ("2024-09-01", "2025-02-01", 120)
    credentials.set_training_start(vault, None)
    assert credentials.progress(vault, "ACC", TODAY).total_minutes == 180


# -- 10. CCE minimums ---------------------------------------------------------------------
def test_the_renewal_window_counts_core_and_ethics_against_icf_s_minimums(vault):
    def course(name, hours, category):
        cce.add(vault, cce.CourseDraft(name, "School", "2026-02-01", hours * 60, category))

    course("Competencies", 21, "core_competency")
    course("Business", 16, "resource_development")
    course("Ethics I", 2, "coaching_ethics")
    window = cce.renewal_window(vault, "2026-01-01", TODAY)
    assert window is not None
    assert (window.core_minutes, window.ethics_minutes, window.resource_minutes) == (
        23 * 60, 2 * 60, 16 * 60)
    assert window.units == 39 and not window.met
    course("Ethics II", 1, "coaching_ethics")
    window = cce.renewal_window(vault, "2026-01-01", TODAY)
    assert window is not None and window.met
    assert [c.category for c in cce.courses(vault)].count("coaching_ethics") == 2


# -- 16. phone numbers in the log's CSV ----------------------------------------------------
def test_a_phone_number_reaches_the_csv_without_an_apostrophe_and_is_no_formula(vault):
    for name, phone in (("Pho Ne", "+44 20 7946 0008"), ("Us Er", "+1 (555) 010-1234"),
                        ("Run Me", "+1-555-0101")):
        c = clients.add(vault, clients.ClientDraft(name, phone=phone))
        credentials.set_naming(vault, c.id, "2025-01-01")
        e = engagements.add(vault, engagements.EngagementDraft(c.id, "2025-01-01",
                                                               fee_cents=100))
        sessions.add(vault, sessions.SessionDraft(e.id, "2025-01-10T09:00", 60,
                                                  status="held"))
    text = credentials.csv_of(credentials.entries(vault)).decode("utf-8-sig")
    contacts = {row[0]: row[3] for row in csv.reader(io.StringIO(text))}
    assert contacts["Pho Ne"] == "(+44) 20 7946 0008"
    assert contacts["Us Er"] == "(+1) (555) 010-1234"
    assert contacts["Run Me"] == "'+1-555-0101"  # would compute: guarded as before


# -- 17. the calendar file says when a title changed ---------------------------------------
def test_an_event_whose_title_changes_gets_a_new_sequence_and_last_modified(vault):
    anna = clients.add(vault, clients.ClientDraft("Anna Berg"))
    e = engagements.add(vault, engagements.EngagementDraft(anna.id, "2026-01-01"))
    s = sessions.add(vault, sessions.SessionDraft(e.id, "2026-06-10T09:00", 60,
                                                  place="Her office"))
    with vault.transaction() as conn:  # last changed in May
        conn.execute("UPDATE sessions SET updated_at = '2026-05-01T08:00:00+00:00'")
    uid = calendar_file.uid(vault.setting("vault_id"), s.id)

    def event():
        data = calendar_file.calendar_file(vault, "Europe/Berlin",
                                           today=date(2026, 6, 1)).data
        return {str(v["UID"]): v for v in icalendar.Calendar.from_ical(data).walk("VEVENT")
                }[uid]

    settings.put(vault, "calendar_shows", "names")
    first = event()
    assert str(first["SUMMARY"]) == "Coaching session · Anna Berg"
    assert first.decoded("LAST-MODIFIED") == datetime(2026, 5, 1, 8, tzinfo=ZoneInfo("UTC"))
    assert event()["SEQUENCE"] == first["SEQUENCE"]  # nothing changed: nothing moves
    settings.put(vault, "calendar_shows", "nothing")
    second = event()
    assert str(second["SUMMARY"]) == "Coaching session"
    assert second["SEQUENCE"] == first["SEQUENCE"] + 1
    assert second.decoded("LAST-MODIFIED") > first.decoded("LAST-MODIFIED")
    assert second.decoded("LAST-MODIFIED") <= datetime.now(ZoneInfo("UTC"))
    settings.put(vault, "calendar_place", "1")  # a place appears: a change too
    third = event()
    assert str(third["LOCATION"]) == "Her office"
    assert third["SEQUENCE"] == first["SEQUENCE"] + 2
    clients.update(vault, anna.id, clients.ClientDraft("Anna Lind"))
    assert event()["SEQUENCE"] == third["SEQUENCE"]  # no name shown: the title is the same
