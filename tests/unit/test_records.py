"""The coach's records: what is stored comes back exactly; what cannot be right
is refused with a message that names the field."""

from __future__ import annotations

import pytest

from coachdesk import agreements, clients, engagements, notes, sessions, sponsors
from coachdesk.errors import InvalidInput
from coachdesk.vault import open_with_key

TRICKY = [
    "Zoë Ångström",
    "עמית לוי",  # Hebrew, right to left
    "عائشة محمد",  # Arabic, right to left
    "Kwame 🌍 Mensah 👩🏾‍💼",
    "<script>alert('x')</script> & <b>bold</b>",
    "Robert'); DROP TABLE clients;--",
    "株式会社 山田",
]


@pytest.mark.parametrize("name", TRICKY)
def test_names_are_stored_and_read_back_exactly(plan_and_vault, location, name):
    plan, v = plan_and_vault
    client = clients.add(v, clients.ClientDraft(name, "they/them"))
    v.close()
    again = open_with_key(location, plan.key)
    assert clients.get(again, client.id).name == name
    again.close()


def test_empty_and_blank_names_are_refused(vault):
    for blank in ("", "   ", "\t"):
        with pytest.raises(InvalidInput, match="cannot be empty") as refused:
            clients.add(vault, clients.ClientDraft(blank))
        assert refused.value.field == "name"
    assert clients.count(vault) == 0


def test_ten_megabyte_name_is_refused_with_its_size(vault):
    with pytest.raises(InvalidInput, match=r"at most 200 characters; this is 10,485,760"):
        clients.add(vault, clients.ClientDraft("x" * 10 * 1024 * 1024))


@pytest.mark.parametrize("bad", ["Ann\nLee", "Ann\x00Lee", "Ann\x07Lee", "Ann\u2028Lee"])
def test_control_characters_in_a_name_are_refused(vault, bad):
    with pytest.raises(InvalidInput, match="single line"):
        clients.add(vault, clients.ClientDraft(bad))


def test_bad_email_is_refused_and_good_one_kept(vault):
    for bad in ("not an email", "sam.rivera@example", "a@b@c.org", "ann@.org"):
        with pytest.raises(InvalidInput, match="email address") as refused:
            clients.add(vault, clients.ClientDraft("Ann", email=bad))
        assert refused.value.field == "email"
    assert clients.add(vault, clients.ClientDraft("Ann", email="ann@example.org")).email == \
        "ann@example.org"


def test_edit_archive_and_restore_a_client(vault):
    client = clients.add(vault, clients.ClientDraft("Ann Lee"))
    edited = clients.update(vault, client.id, clients.ClientDraft("Ann Lee-Smith", "she/her"))
    assert (edited.name, edited.pronouns) == ("Ann Lee-Smith", "she/her")
    clients.archive(vault, client.id)
    assert clients.list_ids(vault) == []
    assert clients.list_ids(vault, include_archived=True) == [client.id]
    assert clients.restore(vault, client.id).status == "active"
    assert clients.list_ids(vault) == [client.id]


def test_clients_list_in_name_order_and_search_by_prefix(vault):
    for name in ("zara Ndlovu", "Ángel Ruiz", "Bea Cho", "عائشة محمد"):
        clients.add(vault, clients.ClientDraft(name))
    names = [clients.get(vault, i).name for i in clients.list_ids(vault)]
    # Case and accents do not decide the order: Ángel files under A.
    assert names == ["Ángel Ruiz", "Bea Cho", "zara Ndlovu", "عائشة محمد"]
    found = [clients.get(vault, i).name for i in clients.list_ids(vault, text="ang")]
    assert found == ["Ángel Ruiz"]  # accents do not matter when searching
    assert [clients.get(vault, i).name for i in clients.list_ids(vault, text="عائ")] == [
        "عائشة محمد"]
    assert clients.list_ids(vault, text='"AND OR NEAR(*') == []


def test_note_text_is_kept_exactly_and_its_first_words_as_a_revision(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    first = "<b>Not bold</b> <script>alert(1)</script>\n\tשלום 🙂 \x0c"
    note = notes.add(vault, client.id, first)
    assert notes.get(vault, note.id).body == first
    notes.save(vault, note.id, first + " more")
    notes.save(vault, note.id, first + " more")  # unchanged: no new revision
    notes.save(vault, note.id, "final")
    # Saved within a minute of the first words: those are kept, then the newest text
    # (one revision a minute of editing: tests/unit/test_note_revisions.py).
    assert [r.body for r in notes.revisions(vault, note.id)] == [first, "final"]


def test_ten_megabyte_note_is_stored_exactly_and_beyond_the_limit_refused(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    big = ("Line of a long pasted transcript — ünïcode 🙂\n" * 300_000)[: 10 * 1024 * 1024]
    note = notes.add(vault, client.id, big)
    assert notes.get(vault, note.id).body == big
    with pytest.raises(InvalidInput, match=r"MB; the most CoachDesk keeps in one is 16 MB"):
        notes.save(vault, note.id, "x" * (17 * 1024 * 1024))
    assert notes.get(vault, note.id).body == big


def test_sponsor_with_contacts(vault):
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme Ltd", billing_name="Acme Finance"))
    sponsors.add_contact(vault, sponsor.id, sponsors.ContactDraft("Pat Boss", "HR lead"))
    again = sponsors.get(vault, sponsor.id)
    assert again.organisation == "Acme Ltd"
    assert [(c.name, c.role) for c in again.contacts] == [("Pat Boss", "HR lead")]
    with pytest.raises(InvalidInput, match="cannot be empty"):
        sponsors.add(vault, sponsors.SponsorDraft("  "))


def test_engagement_goals_are_always_visible_to_the_client(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme"))
    draft = engagements.EngagementDraft(
        client.id, "2026-01-05", "2026-06-30", sponsor.id, fee_cents=300000,
        goals=(engagements.GoalDraft("Lead the team with confidence", "client_and_sponsor"),
               engagements.GoalDraft("Find balance at home", "client")),
    )
    engagement = engagements.add(vault, draft)
    assert [g.visibility for g in engagement.goals] == ["client_and_sponsor", "client"]
    hidden = engagements.GoalDraft("Decide whether to let her go", "sponsor_only")
    with pytest.raises(InvalidInput, match="visible to the client.*ICF"):
        engagements.update(vault, engagement.id,
                           engagements.EngagementDraft(client.id, "2026-01-05", goals=(hidden,)))
    assert len(engagements.get(vault, engagement.id).goals) == 2


@pytest.mark.parametrize("starts, ends, fee, message", [
    ("2026-06-01", "2026-01-01", 0, "end date is before the start"),
    ("2026-02-30", None, 0, "not a date"),
    ("2026-01-01", None, -100, "cannot be negative"),
])
def test_engagement_bad_dates_and_fees(vault, starts, ends, fee, message):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    with pytest.raises(InvalidInput, match=message):
        engagements.add(vault, engagements.EngagementDraft(client.id, starts, ends,
                                                           fee_cents=fee))


def test_sessions_store_date_duration_place_fee(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01"))
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-01-12T09:30", 50,
                                                        "Café Lumen", 15000))
    assert (session.starts_at, session.duration_minutes, session.place, session.fee_cents) == \
        ("2026-01-12T09:30", 50, "Café Lumen", 15000)
    with pytest.raises(InvalidInput, match="between 1 minute and 24 hours"):
        sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-01-12T09:30", 0))
    with pytest.raises(InvalidInput, match="not valid"):
        sessions.add(vault, sessions.SessionDraft(engagement.id, "next tuesday"))


def _three_party(vault):
    client = clients.add(vault, clients.ClientDraft("Ann Lee"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme"))
    clauses = tuple(agreements.ClauseDraft(kind, title, f"Text of {title}.")
                    for kind, title in agreements.REQUIRED_CLAUSES.items())
    return agreements.add(vault, agreements.AgreementDraft(
        client.id, "three_party", "Coaching agreement",
        {"coach": "Coach Kim", "client": "Ann Lee", "sponsor": "Pat Boss for Acme"},
        clauses, sponsor_id=sponsor.id, retention_years=7, disposal_method="secure erase"))


def test_agreement_becomes_active_only_when_complete_and_signed_by_all(vault):
    agreement = _three_party(vault)
    assert agreement.missing_clauses() == []
    with pytest.raises(InvalidInput, match="(?is)no signature from the coach.*client.*sponsor"):
        agreements.activate(vault, agreement.id)
    for role in ("coach", "client"):
        agreement = agreements.record_signature(vault, agreement.id, role, f"{role} name",
                                                "2026-01-05", "handwritten")
    assert agreement.status == "awaiting_signatures"
    with pytest.raises(InvalidInput, match="sponsor"):
        agreements.activate(vault, agreement.id)
    agreements.record_signature(vault, agreement.id, "sponsor", "Pat Boss", "2026-01-06", "email")
    assert agreements.activate(vault, agreement.id).status == "active"
    with pytest.raises(InvalidInput, match="signed; its words cannot change"):
        agreements.set_clauses(vault, agreement.id, ())


def test_agreement_missing_clauses_block_signing_and_activation(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    agreement = agreements.add(vault, agreements.AgreementDraft(
        client.id, "coach_client", "Agreement", {"coach": "Kim", "client": "Ann"},
        (agreements.ClauseDraft("fees", "Fees", "150 per session"),)))
    assert "confidentiality_limits" in agreement.missing_clauses()
    with pytest.raises(InvalidInput, match="every required clause"):
        agreements.record_signature(vault, agreement.id, "client", "Ann", "2026-01-01",
                                    "handwritten")
    with pytest.raises(InvalidInput, match="Named limits"):
        agreements.activate(vault, agreement.id)


def test_three_party_agreement_needs_a_sponsor(vault):
    client = clients.add(vault, clients.ClientDraft("Ann"))
    with pytest.raises(InvalidInput, match="needs a sponsor"):
        agreements.add(vault, agreements.AgreementDraft(
            client.id, "three_party", "A", {"coach": "K", "client": "A", "sponsor": "S"}))


def test_starting_a_session_uses_todays_planned_one_or_makes_one(vault):
    from datetime import datetime

    client = clients.add(vault, clients.ClientDraft("Ann"))
    assert sessions.start_now(vault, client.id) is None  # no engagement: nothing to record
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01"))
    planned = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-03-02T15:00"))
    started = sessions.start_now(vault, client.id, now=datetime(2026, 3, 2, 14, 55))
    assert started.id == planned.id and started.status == "held"
    fresh = sessions.start_now(vault, client.id, now=datetime(2026, 3, 9, 10, 3))
    assert fresh.id != planned.id and fresh.starts_at == "2026-03-09T10:03"
    assert sessions.ids_for_client(vault, client.id) == [fresh.id, planned.id]
    note = notes.add(vault, client.id, "x", session_id=fresh.id)
    assert notes.ids_for_session(vault, fresh.id) == [note.id]
