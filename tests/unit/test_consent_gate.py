"""The consent gate: only words the client approved, for this recipient, now, pass."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachdesk import approvals, clients, consent, excerpts, notes, sponsors
from coachdesk.approvals import Recipient
from coachdesk.errors import InvalidInput


@pytest.fixture
def setting(vault):
    client = clients.add(vault, clients.ClientDraft("Ines Duarte"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme"))
    other = sponsors.add(vault, sponsors.SponsorDraft("Other Org"))
    return vault, client, Recipient("sponsor", sponsor.id), Recipient("sponsor", other.id)


def approve(vault, excerpt_id, recipient, **kw):
    values = {"method": "on_screen", "given_by": "Ines Duarte", "given_on": "2026-03-01"}
    values.update(kw)
    return approvals.record(vault, excerpt_id, recipient, **values)


def test_each_reason_an_excerpt_is_held_back(setting):
    vault, client, acme, other = setting
    never = excerpts.add(vault, client.id, "Ines now leads the weekly review.")
    changed = excerpts.add(vault, client.id, "Ines gives feedback earlier.")
    revoked = excerpts.add(vault, client.id, "Ines asked for a mentor.")
    expired = excerpts.add(vault, client.id, "Ines presented to the board.")
    good = excerpts.add(vault, client.id, "Ines delegates two tasks a week. <b>yes</b>")
    approve(vault, changed.id, acme)
    excerpts.edit(vault, changed.id, "Ines gives feedback earlier, and kindly.")
    approvals.revoke(vault, approve(vault, revoked.id, acme).id, "changed her mind")
    approve(vault, expired.id, acme, expires_on="2026-03-31")
    approve(vault, good.id, acme, method="written")
    approve(vault, never.id, other)  # approved, but for somebody else

    decision = consent.decide(vault, acme, [never.id, changed.id, revoked.id, expired.id,
                                            good.id], on="2026-04-15")
    assert [p.excerpt.text for p in decision.passed] == [good.text]
    assert [(b.excerpt.id, b.reason) for b in decision.blocked] == [
        (never.id, consent.NEVER), (changed.id, consent.CHANGED),
        (revoked.id, consent.REVOKED), (expired.id, consent.EXPIRED)]
    assert not decision.all_pass
    before_expiry = consent.decide(vault, acme, [expired.id], on="2026-03-31")
    assert before_expiry.all_pass


def test_approving_the_edited_words_again_lets_them_through(setting):
    vault, client, acme, _other = setting
    excerpt = excerpts.add(vault, client.id, "First words.")
    approve(vault, excerpt.id, acme)
    excerpt = excerpts.edit(vault, excerpt.id, "Better words.")
    assert consent.decide(vault, acme, [excerpt.id], on="2026-03-02").blocked
    approve(vault, excerpt.id, acme, given_on="2026-03-02")
    assert consent.decide(vault, acme, [excerpt.id], on="2026-03-02").all_pass


def test_nothing_is_lifted_from_a_private_note_or_another_clients_note(setting):
    vault, client, _acme, _other = setting
    private = notes.add(vault, client.id, "My own reflection")
    with pytest.raises(InvalidInput, match="private note is the coach's own"):
        excerpts.add(vault, client.id, "My own reflection", source_note_id=private.id)
    someone = clients.add(vault, clients.ClientDraft("Someone Else"))
    theirs = notes.add(vault, someone.id, "theirs", is_private=False)
    with pytest.raises(InvalidInput, match="not this client's"):
        excerpts.add(vault, client.id, "theirs", source_note_id=theirs.id)
    only_client = notes.add(vault, client.id, "the client's copy", is_private=False)
    with pytest.raises(InvalidInput, match="shared with the client only"):
        excerpts.add(vault, client.id, "the client's copy", source_note_id=only_client.id)
    shared = notes.add(vault, client.id, "long note ... the part to share ...",
                       privacy=notes.MAY_REPORT)
    lifted = excerpts.add(vault, client.id, "the part to share", source_note_id=shared.id)
    assert lifted.text == "the part to share" and lifted.source_note_id == shared.id


def test_bad_consent_input_is_refused(setting):
    vault, client, acme, _other = setting
    excerpt = excerpts.add(vault, client.id, "Words.")
    with pytest.raises(InvalidInput, match="cannot expire before"):
        approve(vault, excerpt.id, acme, expires_on="2026-02-01")
    with pytest.raises(InvalidInput, match="How the client approved"):
        approve(vault, excerpt.id, acme, method="telepathy")
    assert approve(vault, excerpt.id, acme, method="verbal").weaker
    from coachdesk.errors import NotFound

    with pytest.raises(NotFound, match="sponsor is no longer in the vault"):
        approve(vault, excerpt.id, Recipient("sponsor", 9999))


# -- the property: for any history, the gate passes exactly what the client approved ----

TEXTS = st.sampled_from(["Leads the review.", "Gives feedback.", "<script>x</script>",
                         "עמית leads 🙂", "**not markdown**", "Delegates more."])
DAYS = st.sampled_from(["2026-03-01", "2026-03-15", "2026-04-01", "2026-05-01"])
OPS = st.lists(st.one_of(
    st.tuples(st.just("add"), TEXTS),
    st.tuples(st.just("edit"), st.integers(0, 5), TEXTS),
    st.tuples(st.just("approve"), st.integers(0, 5), st.integers(0, 1), DAYS,
              st.one_of(st.none(), DAYS)),
    st.tuples(st.just("revoke"), st.integers(0, 9)),
), max_size=25)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS, on=DAYS)
def test_the_gate_passes_exactly_the_approved_words(vault, ops, on):
    client = clients.add(vault, clients.ClientDraft("Property Client"))
    recipients = [Recipient("sponsor", sponsors.add(vault, sponsors.SponsorDraft(n)).id)
                  for n in ("A", "B")]
    texts: list[str] = []  # the oracle: current words per excerpt
    ids: list[int] = []
    granted: list[dict] = []  # what the client approved, when, for whom
    for op in ops:
        if op[0] == "add":
            ids.append(excerpts.add(vault, client.id, op[1]).id)
            texts.append(op[1])
        elif op[0] == "edit" and ids:
            i = op[1] % len(ids)  # every operation lands on something that exists
            excerpts.edit(vault, ids[i], op[2])
            texts[i] = op[2]
        elif op[0] == "approve" and ids:
            _, i, r, given_on, expires = op
            i %= len(ids)
            if expires is not None and expires < given_on:
                continue
            c = approve(vault, ids[i], recipients[r], given_on=given_on, expires_on=expires)
            granted.append({"id": c.id, "i": i, "r": r, "text": texts[i], "until": expires,
                            "given": given_on, "revoked": False})
        elif op[0] == "revoke" and granted:
            g = granted[op[1] % len(granted)]
            if not g["revoked"]:
                approvals.revoke(vault, g["id"])
                g["revoked"] = True
    for r, recipient in enumerate(recipients):
        decision = consent.decide(vault, recipient, ids, on=on)
        expected = {ids[g["i"]] for g in granted
                    if g["r"] == r and g["text"] == texts[g["i"]] and not g["revoked"]
                    and g["given"] <= on and (g["until"] is None or g["until"] >= on)}
        assert {p.excerpt.id for p in decision.passed} == expected
        assert all(p.excerpt.text == texts[ids.index(p.excerpt.id)] for p in decision.passed)
        assert len(decision.passed) + len(decision.blocked) == len(ids)


def test_an_approval_dated_after_the_export_does_not_count_yet(setting):
    vault, client, acme, _other = setting
    excerpt = excerpts.add(vault, client.id, "Words.")
    approve(vault, excerpt.id, acme, given_on="2026-03-10")
    assert consent.decide(vault, acme, [excerpt.id], on="2026-03-09").blocked[0].reason == (
        consent.NOT_YET)
    assert consent.decide(vault, acme, [excerpt.id], on="2026-03-10").all_pass
