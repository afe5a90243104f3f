"""Issue 16: "Put back missing clauses" words each clause as a new agreement's would be,
from the agreement's engagement and chosen terms, in the agreement's language; saving
refuses a blank left unfilled or a sentence that says other than the terms, in the
coach's words, and the dialog keeps what was typed."""

from __future__ import annotations

import time

import pytest

from coachdesk import agreement_words, agreements, clients, engagements, sponsors
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput

LANGUAGES = agreement_words.LANGUAGES
TERMS = ("attendance", "hours")


def package(vault, name: str = "Jonas Berg", sponsor_id: int | None = None):
    """Six sessions for 2,800, used by the end of June; a missed one is not taken."""
    client = clients.add(vault, clients.ClientDraft(name))
    return engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", "2026-07-31", sponsor_id, fee_cents=280000,
        planned_sessions=6, fee_basis="package", package_expires_on="2026-06-30",
        package_missed_counts=False))


def without(vault, agreement, *kinds: str):
    """The agreement with the clauses of ``kinds`` removed (what the coach did)."""
    kept = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body)
                 for c in agreement.clauses if c.kind not in kinds)
    return agreements.set_clauses(vault, agreement.id, kept)


def put_back_and_save(vault, qtbot, agreement):
    from ui.dialogs.clauses import ClausesDialog

    dialog = ClausesDialog(vault, agreement)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.discard())
    dialog.restore_missing()
    return dialog, dialog.store()


def bodies(agreement) -> dict[str, str]:
    return {c.kind: c.body for c in agreement.clauses}


@pytest.mark.parametrize("language", LANGUAGES)
def test_clauses_put_back_read_as_a_new_agreement_s_in_its_language(vault, qtbot, language):
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    engagement = package(vault, sponsor_id=sponsor.id)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", language))
    agreements.set_terms(vault, made.id, TERMS)
    fresh = bodies(agreements.get(vault, made.id))  # the words a new agreement has
    gone = ("roles", "information_exchange", "fees", "cancellation", "termination")
    _dialog, saved = put_back_and_save(vault, qtbot, without(vault, made, *gone))

    again = bodies(saved)
    assert saved.missing_clauses() == []
    assert list(again) == list(fresh)  # each back where the template has it
    for kind in gone:
        assert again[kind] == fresh[kind], (language, kind)
        assert "{" not in again[kind]
    assert engagements.fee_terms(engagement, "sponsor", language) in again["fees"]
    assert engagements.missed_terms(engagement, language) in again["cancellation"]
    assert agreements.sharing_sentence(TERMS, language) in again["information_exchange"]
    assert "Sam Coach" in again["roles"] and "Brightwater Logistics Ltd" in again["roles"]
    assert agreement_words.say(language, "ends_day", day="2026-07-31") in again["termination"]


def test_a_package_where_a_missed_session_does_not_count_keeps_saying_so(vault, qtbot):
    engagement = package(vault)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "de"))
    _dialog, saved = put_back_and_save(vault, qtbot, without(vault, made, "cancellation"))
    cancellation = bodies(saved)["cancellation"]
    assert agreement_words.say("de", "missed_not_counted", sessions="6 Sitzungen") \
        in cancellation
    assert agreement_words.say("de", "missed_usual") not in cancellation

    # The usual words (a missed session counts as held) are refused, and nothing changes.
    usual = cancellation.replace(engagements.missed_terms(engagement, "de"),
                                 agreement_words.say("de", "missed_usual"))
    wrong = tuple(agreements.ClauseDraft(c.kind, c.heading, usual if c.kind == "cancellation"
                                         else c.body) for c in saved.clauses)
    with pytest.raises(InvalidInput) as refused:
        agreements.set_clauses(vault, made.id, wrong)
    heading = next(c.heading for c in saved.clauses if c.kind == "cancellation")
    assert f"The clause “{heading}” must state this engagement's terms" in str(refused.value)
    assert engagements.missed_terms(engagement, "de") in str(refused.value)
    assert bodies(agreements.get(vault, made.id))["cancellation"] == cancellation


def test_a_fee_sentence_other_than_the_engagement_s_is_refused_own_words_are_not(vault):
    engagement = package(vault)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "fr"))
    fee = engagements.fee_terms(engagement, "client", "fr")
    other = fee.replace("2\u00a0800,00", "2\u00a0000,00")
    assert other != fee

    def with_fees(body: str) -> tuple[agreements.ClauseDraft, ...]:
        return tuple(agreements.ClauseDraft(c.kind, c.heading, body if c.kind == "fees"
                                            else c.body) for c in made.clauses)

    with pytest.raises(InvalidInput, match="must state this engagement's terms"):
        agreements.set_clauses(vault, made.id, with_fees(other + ", payable à 30 jours."))
    # The coach's own words around the sentence, or instead of it, are the coach's.
    kept = agreements.set_clauses(vault, made.id, with_fees(
        f"{fee}, réglés par virement en deux fois."))
    assert bodies(kept)["fees"] == f"{fee}, réglés par virement en deux fois."
    own = agreements.set_clauses(vault, made.id, with_fees("Réglé par virement."))
    assert bodies(own)["fees"] == "Réglé par virement."


def test_information_exchange_with_confirmed_terms_put_back_saves_signs_and_activates(
        vault, qtbot):
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    engagement = package(vault, "Ana Souza", sponsor.id)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "pt_BR"))
    agreements.set_terms(vault, made.id, TERMS)
    removed = without(vault, agreements.get(vault, made.id), "information_exchange")
    assert removed.missing_clauses() == ["information_exchange"]

    _dialog, saved = put_back_and_save(vault, qtbot, removed)
    exchange = bodies(saved)["information_exchange"]
    assert agreements.sharing_sentence(TERMS, "pt_BR") in exchange
    assert agreement_words.say("pt_BR", "sharing_none") not in exchange
    for party in saved.parties:
        agreements.record_signature(vault, made.id, party.role, party.name, "2026-01-06",
                                    "in_person")
    active = agreements.activate(vault, made.id)
    assert active.status == "active" and active.may_receive("hours")


def test_a_blank_nothing_can_fill_is_refused_and_the_dialog_keeps_the_words(vault, qtbot):
    """An agreement with no engagement: its fee has nothing to be written from."""
    from ui.dialogs.clauses import ClausesDialog

    client = clients.add(vault, clients.ClientDraft("Lena Vogel"))
    title, clauses = agreements.from_template("coach_client", "es", vault, coach="Sam Coach",
                                              client="Lena Vogel", retention_years=5,
                                              ends_on="2026-12-31")
    made = agreements.add(vault, agreements.AgreementDraft(
        client.id, "coach_client", title, {"coach": "Sam Coach", "client": "Lena Vogel"},
        tuple(c for c in clauses if c.kind != "fees"), retention_years=5, language="es"))
    dialog = ClausesDialog(vault, made)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.discard())
    dialog.show()
    dialog.restore_missing()
    fees = next(d for d in dialog.drafts if d.kind == "fees")
    assert "{fee_terms}" in fees.body  # left for the coach to write, never guessed
    assert "{retention_years}" not in next(d.body for d in dialog.drafts
                                           if d.kind == "records")

    dialog.save()
    assert dialog.isVisible() and dialog.saved is None  # not saved, not closed
    shown = dialog.message.text()
    assert "{fee_terms}" in shown and fees.heading in shown
    assert sorted(d.kind for d in dialog.current_drafts()) == sorted(c.kind for c in clauses)
    assert agreements.get(vault, made.id).missing_clauses() == ["fees"]

    # The coach writes the words in place of the blank: saved.
    row = [d.kind for d in dialog.drafts].index("fees")
    dialog.clauses.setCurrentRow(row)
    dialog.body.setPlainText("La clienta paga 90 EUR por sesión.")
    dialog.save()
    assert not dialog.isVisible() and dialog.saved is not None
    assert bodies(agreements.get(vault, made.id))["fees"] == \
        "La clienta paga 90 EUR por sesión."


def test_put_back_uses_the_coach_s_own_template(vault, qtbot):
    engagement = package(vault)
    _title, clauses, _own = agreements.template(vault, "coach_client", "de")
    mine = tuple(agreements.ClauseDraft(c.kind, c.heading, "Bei uns gilt: " + c.body)
                 if c.kind == "fees" else c for c in clauses)
    agreements.save_template(vault, "coach_client", "de", "Unsere Vereinbarung", mine)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "de"))
    _dialog, saved = put_back_and_save(vault, qtbot, without(vault, made, "fees"))
    assert bodies(saved)["fees"] == bodies(made)["fees"]
    assert bodies(saved)["fees"].startswith(
        "Bei uns gilt: " + engagements.fee_terms(engagement, "client", "de"))


def test_put_back_while_the_fee_is_to_confirm_says_so_and_adds_nothing(vault, qtbot):
    from ui.dialogs.clauses import ClausesDialog

    client = clients.add(vault, clients.ClientDraft("Jonas Berg"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", fee_cents=15000, fee_basis="per_session"))
    made = without(vault, agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach")), "fees")
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:  # as migration 0010 left it
        conn.execute("UPDATE engagements SET fee_basis = NULL WHERE id = ?", (engagement.id,))
    dialog = ClausesDialog(vault, made)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.discard())
    dialog.show()
    before = dialog.current_drafts()
    dialog.restore_missing()
    assert dialog.current_drafts() == before
    assert "Say what this engagement's fee is for" in dialog.message.text()


@pytest.mark.parametrize("language, amount", [
    ("en", "EUR 2,800.00"), ("de", "2.800,00\u00a0EUR"), ("fr", "2\u00a0800,00\u00a0EUR"),
    ("es", "2800,00\u00a0EUR"), ("pt_BR", "EUR\u00a02.800,00")])
def test_an_agreement_writes_money_its_language_s_way(vault, language, amount):
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, package(vault).id, "Sam Coach", language))
    assert amount in bodies(made)["fees"]
    others = {"EUR 2,800.00", "2.800,00\u00a0EUR", "EUR\u00a02.800,00"} - {amount}
    assert not any(other in bodies(made)["fees"] for other in others)


def test_an_unsigned_agreement_with_amounts_written_the_old_way_still_saves(vault):
    """Made before amounts were each language's own: its words are kept as written, a
    change of fee still reaches them, and nobody is stopped from editing it."""
    engagement = package(vault)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "de"))
    old_way = engagements.fee_terms(engagement, "client", "de", "en")
    assert "EUR 2,800.00" in old_way
    fees = bodies(made)["fees"].replace(engagements.fee_terms(engagement, "client", "de"),
                                        old_way)
    with vault.transaction(touches=Change.AGREEMENTS) as conn:  # as an older version wrote it
        conn.execute("UPDATE agreement_clauses SET body = ? WHERE agreement_id = ? AND"
                     " kind = 'fees'", (fees, made.id))
    edited = tuple(agreements.ClauseDraft(
        c.kind, c.heading, c.body + " Ende." if c.kind == "roles" else c.body)
        for c in agreements.get(vault, made.id).clauses)
    assert bodies(agreements.set_clauses(vault, made.id, edited))["fees"] == fees

    changed = engagements.update(vault, engagement.id, engagements.EngagementDraft(
        engagement.client_id, "2026-01-05", "2026-07-31", fee_cents=300000,
        planned_sessions=6, fee_basis="package", package_expires_on="2026-06-30",
        package_missed_counts=False))
    now = bodies(agreements.get(vault, made.id))["fees"]
    assert engagements.fee_terms(changed, "client", "de") in now and "3.000,00" in now
    assert "2,800.00" not in now


def test_words_looked_at_in_the_editor_keep_their_no_break_spaces(vault, qtbot):
    """French puts a no-break space before ":" and between thousands; a clause the coach
    only looked at, or added words to, still holds the sentences the terms write."""
    from ui.dialogs.clauses import ClausesDialog

    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    engagement = package(vault, sponsor_id=sponsor.id)
    made = agreements.set_terms(vault, agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach", "fr")).id, TERMS)
    dialog = ClausesDialog(vault, made)
    qtbot.addWidget(dialog, before_close_func=lambda shown: shown.discard())
    for row in range(len(dialog.drafts)):
        dialog.clauses.setCurrentRow(row)
    dialog.body.appendPlainText("Réglé par virement.")
    saved = bodies(dialog.store())
    assert "\u00a0" in engagements.fee_terms(engagement, "sponsor", "fr")
    assert engagements.fee_terms(engagement, "sponsor", "fr") in saved["fees"]
    assert agreements.sharing_sentence(TERMS, "fr") in saved["information_exchange"]


def test_a_long_clause_is_checked_in_moments(vault):
    """The check looks for the terms' sentences in whatever the coach wrote: a clause of
    the longest length allowed, full of near-misses, is saved in moments, not minutes."""
    engagement = package(vault)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, engagement.id, "Sam Coach"))
    long_words = ("The client pays attention to each word said, and a session cancelled "
                  "later, or missed, counts as one of many. ") * 900
    assert 90_000 < len(long_words) < 100_000
    clauses = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body + " " + long_words
                                           if c.kind == "roles" else c.body)
                    for c in made.clauses)
    started = time.perf_counter()
    saved = agreements.set_clauses(vault, made.id, clauses)
    assert time.perf_counter() - started < 5
    assert long_words.strip() in bodies(saved)["roles"]
