"""The merge rules between two (or three) computers sharing one sync folder: edits on both
sides converge, a note edited on both keeps both texts, approvals and revocations add up,
the consent gate on either computer asks the merged state, and a disposal reaches
everything."""

from __future__ import annotations

import pytest
from syncing import computer, pair, settle, text_everywhere, two_computers

from coachdesk import approvals, clients, consent, disposal, excerpts, notes, sponsors
from coachdesk.approvals import Recipient
from coachdesk.sync import bundles, practice


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


def _client(vault, name):
    found = clients.get_many(vault, clients.list_ids(vault, text=name, include_archived=True))
    (client,) = [c for c in found.values() if c.name == name]
    return client


def _note(vault, client_id):
    (note_id,) = notes.ids_for_client(vault, client_id)
    return notes.get(vault, note_id)


def _state(vault):
    """What a coach would compare between the two computers."""
    people = sorted((c.name, c.email, c.status) for c in clients.get_many(
        vault, clients.list_ids(vault, include_archived=True)).values())
    bodies = sorted(b for (b,) in vault.read("SELECT body FROM notes"))
    kept = sorted(b for (b,) in vault.read("SELECT body FROM note_revisions"))
    approved = sorted(vault.read("SELECT text_sha256, revoked_at IS NOT NULL FROM consents"))
    return people, bodies, kept, approved


def test_edits_on_both_computers_converge_field_by_field(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne", email="ada@example.org"))
    settle(a, b)
    on_b = _client(b, "Ada Byrne")
    clients.update(a, client.id, clients.ClientDraft("Ada Byrne", email="ada@new.example"))
    clients.archive(b, on_b.id)  # meanwhile, on the other computer
    clients.add(b, clients.ClientDraft("Bea Cole"))
    settle(a, b)
    assert _state(a) == _state(b)
    ada = _client(a, "Ada Byrne")
    assert (ada.email, ada.status) == ("ada@new.example", "archived")  # both edits kept
    assert {c.name for c in clients.get_many(a, clients.list_ids(a)).values()} == {"Bea Cole"}


def test_a_note_edited_on_both_computers_keeps_both_texts(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    note = notes.add(a, client.id, "Session one.")
    settle(a, b)
    on_b = _note(b, _client(b, "Ada Byrne").id)
    notes.save(a, note.id, "Session one. Written on the laptop in the train.")
    notes.save(b, on_b.id, "Session one. Written at home on the desktop.")
    settle(a, b)
    assert _state(a) == _state(b)
    for vault in (a, b):
        here = _note(vault, _client(vault, "Ada Byrne").id)
        texts = {here.body} | {r.body for r in notes.revisions(vault, here.id)}
        assert {"Session one. Written on the laptop in the train.",
                "Session one. Written at home on the desktop."} <= texts
        assert vault.read("SELECT tbl, local_id FROM sync_conflicts") == [("notes", here.id)]


def test_a_later_edit_is_no_conflict(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    note = notes.add(a, client.id, "Session one.")
    settle(a, b)
    on_b = _note(b, _client(b, "Ada Byrne").id)
    notes.save(b, on_b.id, "Session one, corrected at home.")
    settle(a, b)
    notes.save(a, note.id, "Session one, corrected at home, then on the train.")
    settle(a, b)
    assert _note(b, on_b.id).body == "Session one, corrected at home, then on the train."
    assert not a.read("SELECT 1 FROM sync_conflicts") and not b.read("SELECT 1 FROM sync_conflicts")


def _approve(vault, excerpt_id, recipient):
    return approvals.record(vault, excerpt_id, recipient, method="written",
                            given_by="Ada Byrne", given_on="2026-03-01")


def _excerpt_id(vault, text):
    (row,) = vault.read("SELECT id FROM excerpts WHERE text = ?", (text,))
    return row[0]


def _sponsor(vault):
    (row,) = vault.read("SELECT id FROM sponsors")
    return Recipient("sponsor", row[0])


def test_approvals_on_both_computers_add_up_and_a_revocation_blocks_the_other(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    acme = Recipient("sponsor", sponsors.add(a, sponsors.SponsorDraft("Acme")).id)
    first = excerpts.add(a, client.id, "Ada now leads the weekly review.")
    second = excerpts.add(a, client.id, "Ada delegates two tasks a week.")
    settle(a, b)
    _approve(a, first.id, acme)
    _approve(b, _excerpt_id(b, second.text), _sponsor(b))
    settle(a, b)
    assert _state(a) == _state(b)
    on_b = [_excerpt_id(b, first.text), _excerpt_id(b, second.text)]
    assert consent.decide(b, _sponsor(b), on_b, on="2026-04-01").all_pass
    assert consent.decide(a, acme, [first.id, second.id], on="2026-04-01").all_pass

    (given,) = [c for c in approvals.for_excerpts(a, [first.id]) if c.revoked_at is None]
    approvals.revoke(a, given.id, "changed her mind")
    settle(a, b)
    decision = consent.decide(b, _sponsor(b), on_b, on="2026-04-01")
    assert [x.reason for x in decision.blocked] == [consent.REVOKED]
    assert [p.excerpt.text for p in decision.passed] == [second.text]


def test_words_edited_on_the_other_computer_after_approval_do_not_pass(two):
    a, b = two
    client = clients.add(a, clients.ClientDraft("Ada Byrne"))
    acme = Recipient("sponsor", sponsors.add(a, sponsors.SponsorDraft("Acme")).id)
    excerpt = excerpts.add(a, client.id, "Ada now leads the weekly review.")
    _approve(a, excerpt.id, acme)
    settle(a, b)
    excerpts.edit(b, _excerpt_id(b, excerpt.text), "Ada now leads the review, and more.")
    settle(a, b)
    assert consent.decide(a, acme, [excerpt.id], on="2026-04-01").blocked


def test_a_disposal_on_one_computer_removes_the_client_everywhere_on_the_other(two):
    a, b = two
    canary = "Quillon Vantablack"
    client = clients.add(a, clients.ClientDraft(canary, email="quillon@example.org"))
    notes.add(a, client.id, f"{canary} spoke about canary-4417.")
    keep = clients.add(a, clients.ClientDraft("Bea Cole"))
    notes.add(a, keep.id, "Bea's note stays.")
    settle(a, b)
    # Meanwhile on the desktop, before the disposal reaches it: a new note about her.
    notes.add(b, _client(b, canary).id, "Late words: canary-4417 again.")
    disposal.dispose(a, client.id, "client_request")
    settle(a, b)
    for vault in (a, b):
        assert text_everywhere(vault, "canary-4417") == {}
        assert text_everywhere(vault, "quillon") == {}
        assert vault.read("SELECT body FROM notes") == [("Bea's note stays.",)]
        s = practice.settings(vault)
        for path in bundles.own(s.folder, s.practice_id, s.device_id):
            read = bundles.read(path, practice._key(vault), s.practice_id, 99)
            assert isinstance(read, bundles.Bundle)
            assert not any("canary-4417" in str(c.value) or "Quillon" in str(c.value)
                           for c in read.changes)
    assert _state(a) == _state(b)


def test_three_computers_converge(tmp_path):
    a, b, c = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    try:
        pair(a, [b, c], tmp_path / "Nextcloud")
        clients.add(a, clients.ClientDraft("Ada Byrne"))
        clients.add(b, clients.ClientDraft("Bea Cole"))
        clients.add(c, clients.ClientDraft("Cai Dunn"))
        settle(a, b, c)
        assert _state(a) == _state(b) == _state(c)
        assert [n for n, *_ in _state(c)[0]] == ["Ada Byrne", "Bea Cole", "Cai Dunn"]
    finally:
        for v in (a, b, c):
            v.close()
