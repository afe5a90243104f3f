"""The sync core's merge gaps closed (issue 17, docs/sync.md): one record made on two
computers at once (equal by a UNIQUE constraint) becomes one record on both; a deletion
that arrives before its record stops the record's insert; a disclosure made on a second
computer carries that computer's letter in its number."""

from __future__ import annotations

import time

import pytest
from syncing import computer, pair, settle

from coachdesk import (
    agreements,
    approvals,
    cce,
    clients,
    credentials,
    disclosures,
    excerpts,
    invoices,
    legal_exports,
    sponsors,
)
from coachdesk.sync import identity, issuer, numbers, practice
from tests import billing_setup


def _folder(tmp_path):
    return tmp_path / "Syncthing"


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], _folder(tmp_path))
    yield a, b
    a.close()
    b.close()


def a_moment_later():
    """Two writes on two computers within one millisecond have no "later" one (the
    clock's tie goes by device id): the tests that say which wins leave a moment between."""
    time.sleep(0.005)


def _client_id(vault, name):
    (found,) = [c.id for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values() if c.name == name]
    return found


def _agreement(vault, client_id):
    clauses = tuple(agreements.ClauseDraft(kind, title, f"Text of {title}.")
                    for kind, title in agreements.REQUIRED_CLAUSES.items())
    return agreements.add(vault, agreements.AgreementDraft(
        client_id, "coach_client", "Coaching agreement",
        {"coach": "Coach Kim", "client": "Ann Lee"}, clauses))


def _signatures(vault):
    """Each agreement party's signature as a coach reads it: who, signed as, on, how."""
    return sorted(vault.read(
        "SELECT p.role, s.signed_name, s.signed_on, s.method FROM signatures s"
        " JOIN agreement_parties p ON p.id = s.party_id"))


def test_unique_constraints_are_read_from_the_schema(two):
    a, _ = two
    with a.snapshot() as conn:
        assert ("agreement_id", "role") in identity.unique_keys(conn, "agreement_parties")
        assert identity.unique_keys(conn, "signatures") == (("party_id",),)
        assert identity.unique_keys(conn, "clients") == ()


def test_one_signature_recorded_on_both_computers_at_once_becomes_one(two):
    a, b = two
    client_id = clients.add(a, clients.ClientDraft("Ann Lee")).id
    agreement = _agreement(a, client_id)
    settle(a, b)
    (on_b,) = agreements.for_client(b, _client_id(b, "Ann Lee"))
    # The client's signature, recorded on each computer before they exchanged; the
    # desktop's is the later write.
    agreements.record_signature(a, agreement.id, "client", "Ann Lee", "2026-03-01",
                                "handwritten")
    a_moment_later()
    agreements.record_signature(b, on_b.id, "client", "Ann M. Lee", "2026-03-02", "email")
    first = practice.exchange(a)
    assert first.waiting == []
    settle(a, b)
    for vault in (a, b):
        assert _signatures(vault) == [("client", "Ann M. Lee", "2026-03-02", "email")]
        assert practice.receive(vault).waiting == []
    # Both computers name it by the same global id: a later edit on either reaches the
    # other (no second row, nothing waiting).
    agreements.record_signature(a, agreement.id, "client", "Ann Lee", "2026-03-03",
                                "in_person")
    settle(a, b)
    for vault in (a, b):
        assert _signatures(vault) == [("client", "Ann Lee", "2026-03-03", "in_person")]


def test_a_fold_reaches_a_third_computer_and_later_edits_name_the_same_record(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "tablet"))
    try:
        pair(a, [b, c], _folder(tmp_path))
        client_id = clients.add(a, clients.ClientDraft("Ann Lee")).id
        agreement = _agreement(a, client_id)
        settle(a, b, c)
        (on_b,) = agreements.for_client(b, _client_id(b, "Ann Lee"))
        agreements.record_signature(b, on_b.id, "coach", "Coach Kim", "2026-03-01",
                                    "handwritten")
        a_moment_later()
        agreements.record_signature(a, agreement.id, "coach", "Kim Coach", "2026-03-02",
                                    "handwritten")
        practice.exchange(b)
        practice.exchange(a)
        practice.exchange(c)  # the tablet hears of both at once
        settle(a, b, c)
        for vault in (a, b, c):
            assert _signatures(vault) == [("coach", "Kim Coach", "2026-03-02", "handwritten")]
        (on_c,) = agreements.for_client(c, _client_id(c, "Ann Lee"))
        agreements.record_signature(c, on_c.id, "coach", "Kim Coach", "2026-03-05", "email")
        settle(a, b, c)
        for vault in (a, b, c):
            assert _signatures(vault) == [("coach", "Kim Coach", "2026-03-05", "email")]
            assert practice.receive(vault).waiting == []
    finally:
        for vault in (a, b, c):
            vault.close()


def test_naming_consent_given_on_both_computers_keeps_the_later(two):
    a, b = two
    client_id = clients.add(a, clients.ClientDraft("Ann Lee")).id
    settle(a, b)
    credentials.set_naming(a, client_id, "2026-02-01")
    a_moment_later()
    credentials.set_naming(b, _client_id(b, "Ann Lee"), "2026-02-03")
    settle(a, b)
    assert credentials.naming_agreed_on(a, client_id) == "2026-02-03"
    assert credentials.naming_agreed_on(b, _client_id(b, "Ann Lee")) == "2026-02-03"


def _courses(vault):
    return sorted((c.course, c.minutes) for c in cce.courses(vault))


def test_a_deletion_that_arrives_before_its_record_stops_the_insert(tmp_path):
    """The laptop adds a course; the tablet hears of it and removes it; the desktop gets
    the tablet's removal before the laptop's bundle: the course never appears there."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "tablet"))
    try:
        pair(a, [b, c], _folder(tmp_path))
        settle(a, b, c)
        sync = practice.settings(a)
        assert sync is not None
        ethics = cce.add(a, cce.CourseDraft("Ethics in practice", "ICF", "2026-02-01", 90,
                                            "coaching_ethics"))
        practice.send(a)
        held = max((sync.folder / "CoachDesk" / sync.practice_id / sync.device_id)
                   .glob("*.cdsync"))
        practice.receive(c)  # the laptop's bundle reaches the tablet, not yet the desktop
        aside = held.with_name("held back")
        held.rename(aside)
        (on_c,) = cce.courses(c)
        cce.remove(c, on_c.id)
        practice.exchange(c)
        practice.exchange(b)  # the removal first: nothing here to remove yet
        aside.rename(held)
        assert practice.exchange(b).waiting == []  # then the laptop's insert
        assert _courses(b) == []
        # The three computers go on agreeing, the removed course nowhere.
        cce.add(a, cce.CourseDraft("Contracting", "EMCC", "2026-02-02", 60,
                                   "core_competency"))
        settle(a, b, c)
        assert _courses(a) == _courses(b) == _courses(c) == [("Contracting", 60)]
        assert ethics.id not in {x.id for x in cce.courses(a)}
    finally:
        for vault in (a, b, c):
            vault.close()


def _export(vault, client_id):
    """A legal export as the core makes it; the 'file' is the number its footer prints."""
    printed: list[str] = []
    disclosure = legal_exports.export(
        vault, client_id, requester="Ann Lee's lawyer", legal_basis="Court order", on="2026-05-01",
        render=lambda record: record.disclosure_number.encode(),
        save=lambda data: printed.append(data.decode()))
    return disclosure, printed[-1]


def test_a_disclosure_made_on_the_second_computer_carries_its_letter(two):
    a, b = two
    assert (practice.settings(a).label, practice.settings(b).label) == ("", "B")
    client_id = clients.add(a, clients.ClientDraft("Ann Lee")).id
    settle(a, b)
    on_a, printed_a = _export(a, client_id)
    on_b, printed_b = _export(b, _client_id(b, "Ann Lee"))
    assert printed_a == f"D-{on_a.id:06d}"  # the first computer's numbers as they were
    assert printed_b == f"D-B{on_b.id:06d}"
    settle(a, b)
    # Each computer names both the same way, whatever id the other's record has here.
    for vault in (a, b):
        assert sorted(numbers.disclosure_number(vault, d.id) for d in
                      disclosures.for_client(vault, _client_id(vault, "Ann Lee"))) == sorted(
            [printed_a, printed_b])
    assert numbers.disclosure_number(a, None) == ""


def test_a_consent_receipt_made_on_the_second_computer_carries_its_letter(two):
    a, b = two
    client_id = clients.add(a, clients.ClientDraft("Ann Lee")).id
    settle(a, b)
    on_b = _client_id(b, "Ann Lee")
    acme = approvals.Recipient("sponsor", sponsors.add(b, sponsors.SponsorDraft("Acme")).id)
    excerpt = excerpts.add(b, on_b, "Ann now leads the weekly review.")
    approvals.record(b, excerpt.id, acme, method="written", given_by="Ann Lee",
                     given_on="2026-03-01")
    (made,) = approvals.rounds_for_client(b, on_b)
    printed = approvals.receipt(b, made.id, "2026-03-02").receipt_id
    assert printed == f"CR-B{made.id:06d}"
    settle(a, b)
    (arrived,) = approvals.rounds_for_client(a, client_id)
    assert approvals.receipt(a, arrived.id, "2026-03-02").receipt_id == printed


def test_a_third_computer_takes_the_next_letter(tmp_path):
    vaults = [computer(tmp_path, n) for n in ("laptop", "desktop", "tablet")]
    try:
        pair(vaults[0], vaults[1:], _folder(tmp_path))
        assert [practice.settings(v).label for v in vaults] == ["", "B", "C"]
    finally:
        for vault in vaults:
            vault.close()


def test_a_record_relayed_by_another_computer_keeps_its_origin_letter(tmp_path):
    """The tablet joins while the desktop's bundles are out of reach: a client the desktop
    added reaches it through the laptop's edit, numbered with the desktop's letter."""
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "tablet"))
    try:
        pair(a, [b], _folder(tmp_path))
        made = clients.add(b, clients.ClientDraft("Ann Lee"))
        settle(a, b)
        clients.update(a, _client_id(a, "Ann Lee"),
                       clients.ClientDraft("Ann Lee", email="ann@example.org"))
        practice.send(a)
        sync = practice.settings(b)
        assert sync is not None
        desktop = sync.folder / "CoachDesk" / sync.practice_id / sync.device_id
        desktop.rename(tmp_path / "out of reach")
        practice.join(c, _folder(tmp_path), practice.pairing_code(a))
        relayed = numbers.number(c, "X", "clients", _client_id(c, "Ann Lee"))
        assert relayed == f"X-B{made.id:06d}" == numbers.number(b, "X", "clients", made.id)
    finally:
        for vault in (a, b, c):
            vault.close()


def test_a_practice_on_one_computer_numbers_as_before(tmp_path):
    vault = computer(tmp_path, "laptop")
    try:
        client_id = clients.add(vault, clients.ClientDraft("Ann Lee")).id
        disclosure, printed = _export(vault, client_id)
        assert printed == numbers.disclosure_number(vault, disclosure.id) == \
            f"D-{disclosure.id:06d}"
    finally:
        vault.close()


def _first_invoice(vault):
    """Lea's first held session billed, on this computer's own copy of the practice."""
    own, _paid_by, held, *_ = billing_setup.practice(vault)
    return invoices.issue(vault, invoices.InvoiceDraft(own.id, (held[0],), "2026-01-31"))


def test_one_computer_issues_invoices_and_the_role_moves_as_a_change(two):
    a, b = two
    with pytest.raises(issuer.NotTheIssuer, match="not this one"):
        _first_invoice(b)
    assert b.read("SELECT count(*) FROM invoices") == [(0,)]  # nothing kept of the try
    assert _first_invoice(a).number == "2026-0001"
    settle(a, b)
    with pytest.raises(issuer.NotTheIssuer):
        issuer.hand_over(b, practice.settings(b).device_id)  # only the issuer gives it
    issuer.hand_over(a, practice.settings(b).device_id)
    with pytest.raises(issuer.NotTheIssuer):
        _first_invoice(a)  # at once: never two issuers
    with pytest.raises(issuer.NotTheIssuer):
        _first_invoice(b)  # not before the hand-over reached it
    settle(a, b)
    assert _first_invoice(b).number == "2026-0002"  # the numbers run on without a gap
    settle(a, b)
    assert sorted(n for (n,) in a.read("SELECT number FROM invoices")) == [
        "2026-0001", "2026-0002"]
