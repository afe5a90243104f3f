"""Issue 16: the agreement templates in each language. Every language's template has the
English one's structure (the same clauses, in order, with the same blanks) and its own
sentences for every term; the same terms mean the same in every language (the software
acts on the terms, never on words); an agreement keeps the language it was made in."""

from __future__ import annotations

import os
import re
import string
from pathlib import Path

import pytest
import sqlcipher3
from msgspec.structs import replace

from coachdesk import agreement_words, agreements, engagements, migrations
from coachdesk import vault as vaults
from coachdesk.errors import InvalidInput
from tests.cases import nordwind_engagement

OTHERS = [lang for lang in agreement_words.LANGUAGES if lang != "en"]
TERM_SETS = [tuple(t for i, t in enumerate(agreements.SHARING_TERMS) if mask >> i & 1)
             for mask in range(1 << len(agreements.SHARING_TERMS))]


def blanks(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def shape(value: object) -> object:
    """A sentence file's structure: its keys, and each sentence's blanks."""
    if isinstance(value, dict):
        return {k: shape(v) for k, v in value.items() if not k.startswith("_")
                and k not in ("language", "plural_one")}
    return blanks(value) if isinstance(value, str) else None


@pytest.mark.parametrize("language", OTHERS)
@pytest.mark.parametrize("kind", agreements.KINDS)
def test_each_language_has_the_english_template_s_clauses_and_blanks(kind, language):
    english = agreement_words.template(kind, "en")
    other = agreement_words.template(kind, language)
    assert other["kind"] == kind and other["title"] and other["title"] != english["title"]
    assert [c["kind"] for c in other["clauses"]] == [c["kind"] for c in english["clauses"]]
    for mine, theirs in zip(english["clauses"], other["clauses"], strict=True):
        assert blanks(theirs["body"]) == blanks(mine["body"]), (language, mine["kind"])
        assert not blanks(theirs["heading"]) and theirs["heading"] != mine["heading"]
        assert theirs["body"] != mine["body"]


@pytest.mark.parametrize("language", OTHERS)
def test_each_language_writes_every_sentence_with_the_same_blanks(language):
    english = agreement_words.sentences("en")
    other = agreement_words.sentences(language)
    assert other["language"] == language
    assert shape(other) == shape(english)
    assert all(isinstance(n, int) for n in other["plural_one"])
    for term in agreements.SHARING_TERMS:
        assert agreement_words.term_words(language, term) != \
            agreement_words.term_words("en", term)


@pytest.mark.parametrize("language", agreement_words.LANGUAGES)
def test_different_terms_are_never_the_same_words(language):
    """Each choice of terms has its own sentence in each language: the words lose
    nothing of what was chosen."""
    said = {agreements.sharing_sentence(terms, language) for terms in TERM_SETS}
    assert len(said) == len(TERM_SETS)
    if language != "en":
        assert not said & {agreements.sharing_sentence(t, "en") for t in TERM_SETS}


@pytest.fixture
def three_party(vault):
    return nordwind_engagement(vault)


def test_a_german_agreement_has_german_clauses_and_german_sentences(vault, three_party):
    draft = agreements.draft_for_engagement(vault, three_party.id, "Kim Weber", "de")
    made = agreements.add(vault, replace(
        draft, sponsor_may_receive=("attendance", "hours")))
    assert made.language == "de" and made.title == "Dreiecksvereinbarung für das Coaching"
    words = {c.kind: c.body for c in made.clauses}
    assert words["fees"].startswith(
        "Der Sponsor zahlt 3.600,00\u00a0EUR für den gesamten Auftrag mit 10 Sitzungen.")
    assert "Eine später abgesagte oder versäumte Sitzung gilt als stattgefunden" in \
        words["cancellation"]
    assert "spätestens am 2026-08-31." in words["termination"]
    assert words["information_exchange"].startswith(
        "Der Sponsor darf nur Folgendes erhalten: die Anwesenheit (wie viele Sitzungen "
        "stattfanden, abgesagt oder versäumt wurden); die geleisteten Coaching-Stunden. ")
    every = " ".join(c.heading + " " + c.body for c in made.clauses)
    for english in ("The sponsor", "session", "the end of the engagement", "{"):
        assert english not in every


def test_the_same_terms_mean_the_same_in_every_language(vault, three_party):
    """What a report may take from an agreement follows its terms alone: the same in
    each language, and each agreement's clause says them in its own words."""
    for terms in (("dates",), ("attendance", "progress"), ()):
        meaning = set()
        for language in agreement_words.LANGUAGES:
            draft = agreements.draft_for_engagement(vault, three_party.id, "Kim", language)
            made = agreements.add(vault, replace(draft, sponsor_may_receive=terms))
            stored = agreements.get(vault, made.id)
            meaning.add((stored.sponsor_may_receive,
                         tuple(stored.may_receive(t) for t in agreements.SHARING_TERMS)))
            assert agreements.sharing_sentence(terms, language) in \
                agreements.information_exchange(stored)
        assert len(meaning) == 1


def test_new_terms_rewrite_the_sentence_in_the_agreement_s_language(vault, three_party):
    draft = agreements.draft_for_engagement(vault, three_party.id, "Kim", "fr")
    made = agreements.add(vault, draft)
    assert agreements.sharing_sentence((), "fr") in agreements.information_exchange(made)
    changed = agreements.set_terms(vault, made.id, ("dates",))
    said = agreements.information_exchange(changed)
    assert said.startswith(agreements.sharing_sentence(("dates",), "fr") + " Le sponsor ne")
    assert agreements.sharing_sentence((), "fr") not in said
    assert "The sponsor" not in said
    # The coach's own words may go around the sentence, but the sentence stays.
    kept = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body.replace(
        agreements.sharing_sentence(("dates",), "fr"), "Le sponsor reçoit tout."))
        for c in changed.clauses)
    with pytest.raises(InvalidInput):
        agreements.set_clauses(vault, made.id, kept)


def test_a_new_fee_rewrites_an_unsigned_agreement_in_its_own_language(vault, three_party):
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, three_party.id, "Kim", "es"))
    engagements.update(vault, three_party.id, engagements.EngagementDraft(
        three_party.client_id, "2026-02-01", "2026-08-31", three_party.sponsor_id,
        title="Führung", fee_cents=400000, planned_sessions=10,
        fee_basis="engagement_total"))
    fees = next(c.body for c in agreements.get(vault, made.id).clauses if c.kind == "fees")
    assert fees.startswith("El patrocinador paga 4000,00\u00a0EUR por todo el proceso de 10 "
                           "sesiones.")


@pytest.mark.parametrize("language", agreement_words.LANGUAGES)
def test_every_fee_basis_has_its_sentence_in_each_language(language, three_party):
    sentences = set()
    for basis, planned, expires, counts in (
            ("per_session", 6, None, None), ("per_session", None, None, None),
            ("engagement_total", 1, None, None), ("engagement_total", None, None, None),
            ("package", 5, "2026-12-31", True), ("package", 1, None, False)):
        e = replace(
            three_party, fee_basis=basis, planned_sessions=planned,
            package_expires_on=expires, package_missed_counts=counts,
            package_sessions=planned if basis == "package" else None)
        said = engagements.fee_terms(e, "client", language)
        missed = engagements.missed_terms(e, language)
        assert engagements.amount_words(360000, "EUR", language) in said
        assert "{" not in said + missed
        if expires:
            assert "2026-12-31" in said
        sentences.add(said + missed)
    assert len(sentences) == 6


def test_an_agreement_keeps_its_language_and_an_unknown_one_is_refused(vault, three_party):
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, three_party.id, "Kim", "pt_BR"))
    with pytest.raises(sqlcipher3.IntegrityError, match="keeps the language"), \
            vault.transaction() as conn:
        conn.execute("UPDATE agreements SET language = 'en' WHERE id = ?", (made.id,))
    assert agreements.get(vault, made.id).language == "pt_BR"
    with pytest.raises(InvalidInput, match="language"):
        agreements.draft_for_engagement(vault, three_party.id, "Kim", "klingon")


def test_agreements_made_before_languages_are_english(location):
    key = vaults.RawKey(os.urandom(32))
    location.ensure_folder()
    conn = sqlcipher3.connect(str(location.vault_file), isolation_level=None)
    conn.execute(f"PRAGMA key = {key.pragma_value()}")
    folder = Path(migrations.__file__).parent
    languages = next(int(f.name[:4]) for f in folder.glob("*_agreement_language.sql"))
    migrations.apply(conn, up_to=languages - 1)  # the schema just before agreements had a language
    now = "2026-05-01T09:00:00+00:00"
    conn.executescript(f"""
        INSERT INTO vault_info (key, value) VALUES ('vault_id', 'older'), ('key_mode', 'keyring');
        INSERT INTO clients (id, name, sort_name, created_at, updated_at)
            VALUES (1, 'Jonas Berg', 'berg', '{now}', '{now}');
        INSERT INTO agreements (id, client_id, kind, title, status, created_at, updated_at)
            VALUES (1, 1, 'coach_client', 'Coaching agreement', 'draft', '{now}', '{now}');
    """)
    conn.close()
    vault = vaults.open_with_key(location, key)
    try:
        assert agreements.get(vault, 1).language == "en"
    finally:
        vault.close()


def test_the_coach_s_own_german_template_starts_new_german_agreements(vault, three_party):
    title, clauses, own = agreements.template(vault, "three_party", "de")
    assert not own and title == "Dreiecksvereinbarung für das Coaching"
    mine = tuple(agreements.ClauseDraft(c.kind, c.heading, "Bei {coach} gilt: " + c.body)
                 if c.kind == "roles" else c for c in clauses)
    agreements.save_template(vault, "three_party", "de", "Unsere Dreiecksvereinbarung", mine)
    made = agreements.add(vault, agreements.draft_for_engagement(
        vault, three_party.id, "Kim", "de"))
    assert made.title == "Unsere Dreiecksvereinbarung"
    assert made.clauses[0].body.startswith("Bei Kim gilt: Kim (der Coach) begleitet")
    english = agreements.add(vault, agreements.draft_for_engagement(
        vault, three_party.id, "Kim", "en"))
    assert english.title == "Three-party coaching agreement"
    agreements.reset_template(vault, "three_party", "de")
    assert agreements.template(vault, "three_party", "de")[2] is False
    assert agreements.get(vault, made.id).title == "Unsere Dreiecksvereinbarung"  # kept


@pytest.mark.parametrize("change, says", [
    (lambda body: body.replace("{fee_terms}", "EUR 100"), "must keep {fee_terms}"),
    (lambda body: body + " {client", "braces only around a blank"),
    (lambda body: body + " {client.name}", "braces only around a blank"),
    (lambda body: body + " {client!r}", "braces only around a blank"),
    (lambda body: "", "needs its words"),
])
def test_a_template_keeps_what_the_terms_write_and_only_known_blanks(vault, change, says):
    title, clauses, _own = agreements.template(vault, "coach_client", "fr")
    broken = tuple(agreements.ClauseDraft(c.kind, c.heading, change(c.body))
                   if c.kind == "fees" else c for c in clauses)
    with pytest.raises(InvalidInput, match=re.escape(says)):
        agreements.save_template(vault, "coach_client", "fr", title, broken)
    assert agreements.template(vault, "coach_client", "fr")[2] is False
    with pytest.raises(InvalidInput, match="every clause"):
        agreements.save_template(vault, "coach_client", "fr", title, clauses[1:])
