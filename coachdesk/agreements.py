"""Agreements: the written terms between coach, client and (perhaps) sponsor.

An agreement becomes active only when every required clause is present (ICF
standards 18, 19, 25, 26) and every party's signature is recorded. Once any
party has signed, the clauses are frozen: changing the words would change what
was signed.

What a sponsor may receive (ICF 25) is never read out of the clause's words: the
parties choose it as explicit terms (attendance, session dates, hours of coaching,
progress in the client's approved words; nothing by default), the clause's opening
sentence is written from those choices, and reports act on the choices alone.
"""

from __future__ import annotations

import json
import re
import string
from functools import cache
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.structs import replace

from coachdesk import agreement_words, audit, settings, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk import engagements as engagements_module
    from coachdesk.vault import Vault

KINDS = ("coach_client", "three_party")
STATUSES = ("draft", "awaiting_signatures", "active", "ended")
SIGNATURE_METHODS = ("handwritten", "electronic", "email", "in_person")
ROLE_WORDS = {"coach": "Coach", "client": "Client", "sponsor": "Sponsor"}
_NO_SIGNATURE = {  # role -> what activating says is missing ("Agreements" context)
    "coach": QT_TRANSLATE_NOOP("Agreements", "No signature from the coach (%1)"),
    "client": QT_TRANSLATE_NOOP("Agreements", "No signature from the client (%1)"),
    "sponsor": QT_TRANSLATE_NOOP("Agreements", "No signature from the sponsor (%1)"),
}
_NO_PARTY = {  # role -> a signature asked of a party the agreement does not have
    "coach": QT_TRANSLATE_NOOP("Agreements", "This agreement has no coach."),
    "client": QT_TRANSLATE_NOOP("Agreements", "This agreement has no client."),
    "sponsor": QT_TRANSLATE_NOOP("Agreements", "This agreement has no sponsor."),
}

# What a sponsor may receive, as the parties choose it (in this order everywhere).
SHARING_TERMS = ("attendance", "dates", "hours", "progress")
# Marked so a screen can say them in the coach's language ("Agreements" context); the
# clause the parties sign keeps them as written here.
SHARING_TERM_WORDS = {
    "attendance": QT_TRANSLATE_NOOP(
        "Agreements", "attendance (how many sessions were held, cancelled or missed)"),
    "dates": QT_TRANSLATE_NOOP("Agreements", "the dates of the sessions held"),
    "hours": QT_TRANSLATE_NOOP("Agreements", "the hours of coaching held"),
    "progress": QT_TRANSLATE_NOOP(
        "Agreements", "progress on the shared goals, only in words the client has read and "
        "approved"),
}

# kind -> what the checklist calls it
REQUIRED_CLAUSES: dict[str, str] = {
    "confidentiality": QT_TRANSLATE_NOOP("Clauses", "Nature and limits of confidentiality"),
    "confidentiality_limits": QT_TRANSLATE_NOOP(
        "Clauses", "Named limits: illegal activity, court order or subpoena, "
        "risk of danger to self or others"),
    "information_exchange": QT_TRANSLATE_NOOP(
        "Clauses", "How coaching information is exchanged among coach, client and sponsor"),
    "roles": QT_TRANSLATE_NOOP("Clauses", "Roles and responsibilities"),
    "fees": QT_TRANSLATE_NOOP("Clauses", "Fees and payment"),
    "cancellation": QT_TRANSLATE_NOOP("Clauses", "Cancellation"),
    "records": QT_TRANSLATE_NOOP("Clauses", "Record retention period and disposal method"),
    "termination": QT_TRANSLATE_NOOP("Clauses", "How the agreement ends"),
}
LANGUAGES = agreement_words.LANGUAGES  # what an agreement may be written in


class Party(Struct, frozen=True):
    id: int
    role: str  # coach, client, sponsor
    name: str


class Clause(Struct, frozen=True):
    id: int
    position: int
    kind: str
    heading: str
    body: str


class Signature(Struct, frozen=True):
    party_id: int
    signed_name: str
    signed_on: str
    method: str
    recorded_at: str


class ClauseDraft(Struct, frozen=True):
    kind: str
    heading: str
    body: str


class AgreementDraft(Struct, frozen=True):
    client_id: int
    kind: str
    title: str
    parties: dict[str, str]  # role -> name
    clauses: tuple[ClauseDraft, ...] = ()
    engagement_id: int | None = None
    sponsor_id: int | None = None
    retention_years: int | None = None
    disposal_method: str = ""
    sponsor_may_receive: tuple[str, ...] = ()  # SHARING_TERMS chosen; nothing by default
    language: str = "en"  # what its words are written in (LANGUAGES); fixed once made


class _AgreementRow(Struct, frozen=True):
    """An agreement's own row, in its table's order (Agreement adds what other tables hold)."""

    id: int
    client_id: int
    engagement_id: int | None
    sponsor_id: int | None
    kind: str
    title: str
    status: str
    retention_years: int | None
    disposal_method: str


class Agreement(_AgreementRow, frozen=True, kw_only=True):
    # From their own tables, so named when an agreement is made of its row.
    parties: tuple[Party, ...]
    clauses: tuple[Clause, ...]
    signatures: tuple[Signature, ...]
    # The terms chosen; None when nobody has confirmed them (made before terms existed).
    sponsor_may_receive: tuple[str, ...] | None = ()
    # The language its words are written in, chosen when it was made and never changed.
    language: str = "en"

    @property
    def terms_confirmed(self) -> bool:
        return self.sponsor_may_receive is not None

    def may_receive(self, term: str) -> bool:
        """Whether the sponsor may receive ``term``: only when the parties chose it."""
        return term in (self.sponsor_may_receive or ())

    def missing_clauses(self) -> list[str]:
        """Required clause kinds not yet present with some text."""
        present = {c.kind for c in self.clauses if c.body.strip()}
        return [k for k in REQUIRED_CLAUSES if k not in present]

    def unsigned_parties(self) -> list[Party]:
        signed = {s.party_id for s in self.signatures}
        return [p for p in self.parties if p.id not in signed]


def sharing_sentence(terms: tuple[str, ...], language: str = "en") -> str:
    """The information-exchange clause's opening sentence, written from the chosen terms
    in the agreement's ``language`` (``agreement_words``).

    It is the only place the terms become words; nothing ever reads them back.
    """
    chosen = [agreement_words.term_words(language, t) for t in SHARING_TERMS if t in terms]
    if not chosen:
        return agreement_words.say(language, "sharing_none")
    join: str = agreement_words.sentences(language)["sharing_join"]
    return agreement_words.say(language, "sharing_some", terms=join.join(chosen))


def _every_sentence(language: str) -> list[str]:
    """Each sentence any choice of terms writes, longest first (to find one in a body)."""
    found = {sharing_sentence(tuple(t for i, t in enumerate(SHARING_TERMS) if mask >> i & 1),
                              language)
             for mask in range(1 << len(SHARING_TERMS))}
    return sorted(found, key=len, reverse=True)


def with_sharing_sentence(body: str, terms: tuple[str, ...], language: str = "en") -> str:
    """``body`` with its generated sentence set to the one for ``terms``: in place where
    the clause has one, otherwise first; the coach's wording around it is kept."""
    sentence = sharing_sentence(terms, language)
    for old in _every_sentence(language):
        if old in body:
            return body.replace(old, sentence, 1)
    return f"{sentence}\n{body}" if body.strip() else sentence


def _terms(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    return tuple(t for t in SHARING_TERMS if t in value.split(","))


def _checked_terms(terms: tuple[str, ...] | None) -> tuple[str, ...]:
    for term in terms or ():
        validation.choice("sponsor_may_receive", "What the sponsor may receive", term,
                          SHARING_TERMS)
    return tuple(t for t in SHARING_TERMS if t in (terms or ()))


def _clauses_keep_sentence(kind: str, clauses: tuple[ClauseDraft, ...],
                           terms: tuple[str, ...], language: str) -> None:
    """A three-party agreement's information-exchange clause holds the sentence written
    from its terms, word for word: the coach words what is around it, never the terms."""
    if kind != "three_party":
        return
    sentence = sharing_sentence(terms, language)
    for clause in clauses:
        if clause.kind == "information_exchange" and sentence not in clause.body:
            raise InvalidInput(
                "clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "The clause on what the sponsor may receive must keep its "
                    "first sentence as written from the choices: “%1” Change the choices to "
                    "change it; your own words may go around it."), (str(sentence),)))


def _clauses_filled_in(clauses: tuple[ClauseDraft, ...]) -> None:
    """No clause goes on with a template's blank ({fee_terms}, say) in place of its words."""
    for clause in clauses:
        for blank in BLANKS:
            if "{" + blank + "}" in clause.body or "{" + blank + "}" in clause.heading:
                raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "The clause “%1” still holds the blank %2: write in its "
                    "place the words it stands for."), (clause.heading, "{" + blank + "}")))


@cache
def _pattern(template_text: str) -> re.Pattern[str] | None:
    """Any sentence made from ``template_text`` (an agreement_words sentence), whatever
    fills its blanks within a line; None if it has no words of its own to find. Blanks at
    either end are left out and the others bounded, so a long clause is searched in
    linear time (``.+?`` at the start tried every place against every other)."""
    parts = list(string.Formatter().parse(template_text))
    pieces = [re.escape(literal) for literal, _name, _spec, _conversion in parts]
    found = "".join(piece + ("[^\n]{1,400}?" if name is not None and n < len(parts) - 1
                             else "")
                    for n, (piece, (_literal, name, _spec, _conversion))
                    in enumerate(zip(pieces, parts, strict=True)))
    found = found.removeprefix("[^\n]{1,400}?")
    return re.compile(found) if found.strip() else None


# The sentences written from an engagement's terms, by what they state (agreement_words).
_FEE_SENTENCES = ("fee_per_session_planned", "fee_per_session", "fee_total_planned",
                  "fee_total", "fee_package", "fee_package_free", "fee_package_use_by")
_MISSED_SENTENCES = ("missed_usual", "missed_counts", "missed_not_counted")


def _clauses_say_the_terms(vault: Vault, agreement: Agreement,
                           clauses: tuple[ClauseDraft, ...]) -> None:
    """Where a clause holds a sentence CoachDesk writes from the engagement's terms (the
    fee, missed sessions), it is the one those terms write: a cancellation clause put back
    with the usual words for a package where a missed session does not count is refused.
    Words the coach wrote otherwise are the coach's own and left alone."""
    from coachdesk import engagements

    if agreement.engagement_id is None:
        return
    try:
        engagement = engagements.get(vault, agreement.engagement_id)
    except NotFound:
        return
    language = agreement.language
    stated: list[tuple[str, tuple[str, ...]]] = [
        (engagements.missed_terms(engagement, language), _MISSED_SENTENCES)]
    if not engagement.fee_to_confirm:
        stated.append((engagements.fee_terms(engagement, _payer(agreement.kind), language),
                       _FEE_SENTENCES))
    # Written before CoachDesk wrote amounts each language's way: as agreed, in English's.
    said_before = engagements.fee_terms(engagement, _payer(agreement.kind), language,
                                        agreement_words.ENGLISH) \
        if not engagement.fee_to_confirm else ""
    words = agreement_words.sentences(language)
    for clause in clauses:
        for sentence, keys in stated:
            rest = clause.body.replace(sentence, "")
            if said_before:
                rest = rest.replace(said_before, "")
            if any((found := _pattern(words[key])) is not None and found.search(rest)
                   for key in keys):
                raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "The clause “%1” must state this engagement's terms as "
                    "CoachDesk writes them: “%2” Change the engagement to change them; "
                    "your own words may go around it."), (clause.heading, sentence)))


def _payer(kind: str) -> str:
    """Who pays, as the fee's sentence says it: the sponsor of a three-party agreement."""
    return "sponsor" if kind == "three_party" else "client"


def _required_roles(kind: str) -> tuple[str, ...]:
    return ("coach", "client", "sponsor") if kind == "three_party" else ("coach", "client")


def _checked(d: AgreementDraft, kept_names: dict[str, str] | None = None) -> AgreementDraft:
    validation.choice("kind", "Agreement type", d.kind, KINDS)
    parties = {}
    for role in _required_roles(d.kind):
        parties[role] = validation.required_name(
            f"party_{role}", f"The {role}'s name", d.parties.get(role, ""),
            kept=(kept_names or {}).get(role))
    if d.kind == "three_party" and d.sponsor_id is None:
        raise InvalidInput("sponsor_id", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "A three-party agreement needs a sponsor.")))
    if d.retention_years is not None and not 0 <= d.retention_years <= 100:
        raise InvalidInput("retention_years", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "Retention is a number of years from 0 to 100.")))
    clauses = tuple(
        ClauseDraft(
            c.kind,
            validation.required_name("clauses", "A clause heading", c.heading),
            validation.long_text("clauses", "A clause", c.body, 1_000_000),
        )
        for c in d.clauses
    )
    terms = _checked_terms(d.sponsor_may_receive) if d.kind == "three_party" else ()
    return AgreementDraft(
        client_id=d.client_id,
        kind=d.kind,
        title=validation.required_name("title", "The agreement's title", d.title),
        parties=parties,
        clauses=clauses,
        engagement_id=d.engagement_id,
        sponsor_id=d.sponsor_id,
        retention_years=d.retention_years,
        disposal_method=validation.one_line(
            "disposal_method", "Disposal method", d.disposal_method
        ),
        sponsor_may_receive=terms,
        language=validation.choice("language", "The agreement's language", d.language,
                                   LANGUAGES),
    )


def _placed(kind: str, clauses: tuple[ClauseDraft, ...], terms: tuple[str, ...],
            language: str) -> tuple[ClauseDraft, ...]:
    """The clauses with the terms' sentence set in the information-exchange clause."""
    if kind != "three_party":
        return clauses
    return tuple(replace(c, body=with_sharing_sentence(c.body, terms, language))
                 if c.kind == "information_exchange" else c for c in clauses)


def add(vault: Vault, draft: AgreementDraft) -> Agreement:
    """A new agreement; a three-party one's clause gets the sentence its terms write."""
    d = _checked(draft)
    d = replace(d, clauses=_placed(d.kind, d.clauses, d.sponsor_may_receive, d.language))
    now = now_utc()
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement_id = conn.execute(
            "INSERT INTO agreements (client_id, engagement_id, sponsor_id, kind, title,"
            " retention_years, disposal_method, sponsor_may_receive, language, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.client_id,
                d.engagement_id,
                d.sponsor_id,
                d.kind,
                d.title,
                d.retention_years,
                d.disposal_method,
                ",".join(d.sponsor_may_receive),
                d.language,
                now,
                now,
            ),
        ).lastrowid
        conn.executemany(
            "INSERT INTO agreement_parties (agreement_id, role, name) VALUES (?, ?, ?)",
            [(agreement_id, role, name) for role, name in d.parties.items()],
        )
        _write_clauses(conn, agreement_id, d.clauses)
        audit.record(conn, "agreement.added", "agreement", agreement_id)
    return get(vault, agreement_id)


def _write_clauses(conn: sqlcipher3.Connection, agreement_id: int,
                   clauses: tuple[ClauseDraft, ...]) -> None:
    conn.execute("DELETE FROM agreement_clauses WHERE agreement_id = ?", (agreement_id,))
    conn.executemany(
        "INSERT INTO agreement_clauses (agreement_id, position, kind, heading, body)"
        " VALUES (?, ?, ?, ?, ?)",
        [(agreement_id, i, c.kind, c.heading, c.body) for i, c in enumerate(clauses)],
    )


def set_clauses(vault: Vault, agreement_id: int, clauses: tuple[ClauseDraft, ...]) -> Agreement:
    """Replace the clauses of an agreement nobody has signed yet: refused while a blank is
    left unfilled or a sentence CoachDesk writes from the terms says other than them."""
    # The check and the change see the same agreement.
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement = get(vault, agreement_id)
        if agreement.signatures:
            raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "This agreement has been signed; its words cannot change. "
                    "Make a new version instead.")))
        names = {p.role: p.name for p in agreement.parties}
        checked = _checked(AgreementDraft(
            agreement.client_id, agreement.kind, agreement.title, names, clauses,
            sponsor_id=agreement.sponsor_id, language=agreement.language,
        ), kept_names=names).clauses
        terms = agreement.sponsor_may_receive
        if terms is not None:  # agreement.terms_confirmed
            _clauses_keep_sentence(agreement.kind, checked, terms, agreement.language)
        _clauses_filled_in(checked)
        _clauses_say_the_terms(vault, agreement, checked)
        _write_clauses(conn, agreement_id, checked)
        conn.execute("UPDATE agreements SET updated_at = ? WHERE id = ?",
                     (now_utc(), agreement_id))
        audit.record(conn, "agreement.clauses_changed", "agreement", agreement_id)
    return get(vault, agreement_id)


def set_terms(vault: Vault, agreement_id: int, terms: tuple[str, ...]) -> Agreement:
    """Choose what the sponsor may receive, and write the clause's sentence from it.

    Frozen once anyone has signed, like the words. The one exception is an agreement
    whose terms were never confirmed (made before CoachDesk kept them): confirming them
    changes what was signed, so its signatures are cleared and every party signs again.
    """
    chosen = _checked_terms(terms)
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement = get(vault, agreement_id)
        if agreement.kind != "three_party":
            raise InvalidInput("sponsor_may_receive", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "Only a three-party agreement has a sponsor to receive "
                    "anything.")))
        if agreement.signatures and agreement.terms_confirmed:
            raise InvalidInput("sponsor_may_receive",
                               Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "This agreement has been signed; what the sponsor may receive"
                    " cannot change. Make a new version instead.")))
        if agreement.status == "ended":
            raise InvalidInput("sponsor_may_receive", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "This agreement has ended.")))
        clauses = _placed(agreement.kind, tuple(
            ClauseDraft(c.kind, c.heading, c.body) for c in agreement.clauses), chosen,
            agreement.language)
        _write_clauses(conn, agreement_id, clauses)
        action = "agreement.terms_set"
        if agreement.signatures:
            conn.execute("DELETE FROM signatures WHERE party_id IN"
                         " (SELECT id FROM agreement_parties WHERE agreement_id = ?)",
                         (agreement_id,))
            conn.execute("UPDATE agreements SET status = 'awaiting_signatures' WHERE id = ?",
                         (agreement_id,))
            action = "agreement.terms_confirmed_signatures_cleared"
        conn.execute("UPDATE agreements SET sponsor_may_receive = ?, updated_at = ?"
                     " WHERE id = ?", (",".join(chosen), now_utc(), agreement_id))
        audit.record(conn, action, "agreement", agreement_id)
    return get(vault, agreement_id)


def record_signature(vault: Vault, agreement_id: int, role: str, signed_name: str,
                     signed_on: str, method: str) -> Agreement:
    name = validation.required_name("signed_name", "The signer's name", signed_name)
    day = validation.iso_date("signed_on", "The signature date", signed_on)
    validation.choice("method", "Signature method", method, SIGNATURE_METHODS)
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement = get(vault, agreement_id)
        party = next((p for p in agreement.parties if p.role == role), None)
        if party is None:
            raise InvalidInput("role", Words("Agreements", _NO_PARTY.get(
                role, QT_TRANSLATE_NOOP("Agreements", "This agreement has no such party."))))
        if agreement.missing_clauses():
            raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "Add every required clause before anyone signs.")))
        conn.execute(
            "INSERT INTO signatures (party_id, signed_name, signed_on, method, recorded_at)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (party_id) DO UPDATE SET"
            " signed_name = excluded.signed_name, signed_on = excluded.signed_on,"
            " method = excluded.method, recorded_at = excluded.recorded_at",
            (party.id, name, day, method, now_utc()),
        )
        if agreement.status == "draft":
            conn.execute("UPDATE agreements SET status = 'awaiting_signatures' WHERE id = ?",
                         (agreement_id,))
        audit.record(conn, f"agreement.signed_by_{role}", "agreement", agreement_id)
    return get(vault, agreement_id)


def activate(vault: Vault, agreement_id: int) -> Agreement:
    """Make the agreement active, or say exactly what is still missing."""
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement = get(vault, agreement_id)
        problems = [Words("Agreements", QT_TRANSLATE_NOOP("Agreements", "Missing clause: %1"),
                          (Words("Clauses", REQUIRED_CLAUSES[k]),))
                    for k in agreement.missing_clauses()]
        problems += [Words("Agreements", _NO_SIGNATURE[p.role], (p.name,))
                     for p in agreement.unsigned_parties()]
        if problems:
            raise InvalidInput("status", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "This agreement cannot become active yet:")), tuple(problems))
        conn.execute("UPDATE agreements SET status = 'active', updated_at = ? WHERE id = ?",
                     (now_utc(), agreement_id))
        audit.record(conn, "agreement.activated", "agreement", agreement_id)
    return get(vault, agreement_id)


def get(vault: Vault, agreement_id: int) -> Agreement:
    row = vault.read_one(
        "SELECT id, client_id, engagement_id, sponsor_id, kind, title, status,"
        " retention_years, disposal_method, sponsor_may_receive, language FROM agreements"
        " WHERE id = ?",
        (agreement_id,),
    )
    if row is None:
        raise NotFound(Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "This agreement is no longer in the vault.")))
    parties = tuple(
        Party(*r)
        for r in vault.read(
            "SELECT id, role, name FROM agreement_parties WHERE agreement_id = ? ORDER BY id",
            (agreement_id,),
        )
    )
    clauses = tuple(
        Clause(*r)
        for r in vault.read(
            "SELECT id, position, kind, heading, body FROM agreement_clauses"
            " WHERE agreement_id = ? ORDER BY position",
            (agreement_id,),
        )
    )
    signatures = tuple(
        Signature(*r)
        for r in vault.read(
            "SELECT s.party_id, s.signed_name, s.signed_on, s.method, s.recorded_at"
            " FROM signatures s JOIN agreement_parties p ON p.id = s.party_id"
            " WHERE p.agreement_id = ? ORDER BY p.id",
            (agreement_id,),
        )
    )
    return Agreement(*row[:9], parties=parties, clauses=clauses, signatures=signatures,
                     sponsor_may_receive=_terms(row[9]), language=row[10])


def for_client(vault: Vault, client_id: int) -> list[Agreement]:
    return [
        get(vault, r[0])
        for r in vault.read(
            "SELECT id FROM agreements WHERE client_id = ? ORDER BY id", (client_id,)
        )
    ]


def end(vault: Vault, agreement_id: int) -> Agreement:
    """The agreement has run its course; its records now count toward retention."""
    with vault.transaction(touches=Change.AGREEMENTS) as conn:
        agreement = get(vault, agreement_id)
        if agreement.status != "active":
            raise InvalidInput("status", Words("Agreements", QT_TRANSLATE_NOOP(
                    "Agreements", "Only an active agreement can end.")))
        conn.execute("UPDATE agreements SET status = 'ended', updated_at = ? WHERE id = ?",
                     (now_utc(), agreement_id))
        audit.record(conn, "agreement.ended", "agreement", agreement_id)
    return get(vault, agreement_id)


# -- templates (resources/agreements/<kind>[.<language>].json) ------------------------

TEMPLATES = agreement_words.FOLDER


class _Blanks(dict[str, str]):
    """Fills the placeholders it knows and leaves the others visible as {name}."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# The blanks a template may hold; those the chosen terms fill must stay in their clause.
BLANKS = ("coach", "client", "sponsor", "fee_terms", "missed_terms", "retention_years",
          "ends_on", "sponsor_may_receive")
WRITTEN_FROM_TERMS = ("fee_terms", "missed_terms", "sponsor_may_receive")
_OWN_TEMPLATE = "agreement_template.{kind}.{language}"


def template(vault: Vault | None, kind: str, language: str
             ) -> tuple[str, tuple[ClauseDraft, ...], bool]:
    """The template new agreements of ``kind`` in ``language`` start from, blanks unfilled:
    (title, clauses, whether it is the coach's own wording rather than CoachDesk's)."""
    validation.choice("kind", "Agreement type", kind, KINDS)
    data = agreement_words.template(kind, language)
    own = settings.practice_value(vault, _OWN_TEMPLATE.format(kind=kind, language=language)) \
        if vault else None
    if own is not None:
        data = json.loads(own)
    clauses = tuple(ClauseDraft(c["kind"], c["heading"], c["body"]) for c in data["clauses"])
    return data["title"], clauses, own is not None


def _blanks_in(text: str) -> set[str]:
    """The blank names in ``text``; "" stands for a brace that is not a plain blank."""
    try:
        parts = [(name, spec, conversion) for _l, name, spec, conversion
                 in string.Formatter().parse(text) if name is not None]
    except ValueError:
        return {""}  # a lone { or }
    return {name if not spec and not conversion else "" for name, spec, conversion in parts}


def save_template(vault: Vault, kind: str, language: str, title: str,
                  clauses: tuple[ClauseDraft, ...]) -> None:
    """Keep the coach's own wording of a template (the same clauses as CoachDesk's, in its
    order). Blanks are names in braces; those written from the chosen terms stay where
    they are, so every agreement still says what the parties chose."""
    shipped = agreement_words.template(kind, language)
    if [c.kind for c in clauses] != [c["kind"] for c in shipped["clauses"]]:
        raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "Keep every clause of the template, in its order.")))
    title = validation.required_name("title", "The agreement's title", title)
    kept = []
    for clause, theirs in zip(clauses, shipped["clauses"], strict=True):
        heading = validation.required_name("clauses", "A clause heading", clause.heading)
        body = validation.long_text("clauses", "A clause", clause.body, 100_000).strip()
        found = _blanks_in(body)
        if not body or not found <= set(BLANKS):
            raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "The clause “%1” needs its words, and braces only around a "
                "blank CoachDesk fills in, such as {client}."), (heading,)))
        for blank in set(WRITTEN_FROM_TERMS) & _blanks_in(theirs["body"]) - found:
            raise InvalidInput("clauses", Words("Agreements", QT_TRANSLATE_NOOP(
                "Agreements", "The clause “%1” must keep {%2}: CoachDesk writes it from the "
                "terms chosen for each agreement."), (heading, blank)))
        kept.append({"kind": clause.kind, "heading": heading, "body": body})
    value = json.dumps({"kind": kind, "title": title, "clauses": kept}, ensure_ascii=False)
    with vault.transaction(touches=Change.SETTINGS) as conn:
        settings.keep_for_practice(conn, _OWN_TEMPLATE.format(kind=kind, language=language),
                                   value)
        audit.record(conn, "agreement_template.changed", "setting", None)


def reset_template(vault: Vault, kind: str, language: str) -> None:
    """Back to CoachDesk's wording of the template (agreements made keep their words)."""
    validation.choice("kind", "Agreement type", kind, KINDS)
    agreement_words.template(kind, language)  # checks the language
    with vault.transaction(touches=Change.SETTINGS) as conn:
        settings.keep_for_practice(conn, _OWN_TEMPLATE.format(kind=kind, language=language),
                                   None)
        audit.record(conn, "agreement_template.reset", "setting", None)


def from_template(kind: str, language: str = "en", vault: Vault | None = None,
                  **values: object) -> tuple[str, tuple[ClauseDraft, ...]]:
    """Title and clauses of the template for ``kind`` in ``language`` (the coach's own
    wording when ``vault`` holds one), with the known blanks filled."""
    title, clauses, _own = template(vault, kind, language)
    values.setdefault("sponsor_may_receive", sharing_sentence((), language))  # see add()
    # The sentence on missed sessions: a package's own choice, else the usual words.
    values.setdefault("missed_terms", agreement_words.say(language, "missed_usual"))
    blanks = _Blanks({k: str(v) for k, v in values.items()})
    return title, tuple(replace(c, body=c.body.format_map(blanks)) for c in clauses)


def for_engagement(vault: Vault, engagement_id: int) -> list[Agreement]:
    return [get(vault, r[0]) for r in vault.read(
        "SELECT id FROM agreements WHERE engagement_id = ? ORDER BY id", (engagement_id,))]


def information_exchange(agreement: Agreement) -> str:
    """What this agreement lets the sponsor receive, in its own words ('' if it says nothing)."""
    clause = next((c for c in agreement.clauses if c.kind == "information_exchange"), None)
    return clause.body if clause else ""


def awaiting_signatures(vault: Vault) -> list[tuple[int, str]]:
    """Agreements not yet active (drafts and those awaiting a signature): (id, client name),
    most recently changed first. Ids only: a list loads each agreement as it scrolls."""
    return [(aid, name) for aid, name in vault.read(
        "SELECT a.id, c.name FROM agreements a JOIN clients c ON c.id = a.client_id"
        " WHERE a.status IN ('draft', 'awaiting_signatures') ORDER BY a.updated_at DESC")]


def all_ids(vault: Vault) -> list[int]:
    """Every agreement, the most recently changed first."""
    return [r[0] for r in vault.read("SELECT id FROM agreements ORDER BY updated_at DESC, id DESC")]


def _filled(vault: Vault, kind: str, language: str, parties: dict[str, str],
            engagement: engagements_module.Engagement | None, retention_years: int | None,
            terms: tuple[str, ...]) -> tuple[str, tuple[ClauseDraft, ...]]:
    """The template for ``kind`` in ``language`` (the coach's own wording where kept), its
    blanks filled from the parties, the engagement and the chosen terms: how every
    agreement's words are made, a new one's and a clause put back alike. A blank with
    nothing to fill it (no engagement, say) stays for the coach to write."""
    from coachdesk import engagements

    values: dict[str, object] = {
        "coach": parties.get("coach", ""), "client": parties.get("client", ""),
        "sponsor": parties.get("sponsor", ""),
        "sponsor_may_receive": sharing_sentence(terms, language),
        "ends_on": agreement_words.say(language, "ends_open")}
    if retention_years is not None:
        values["retention_years"] = retention_years
    if engagement is not None:
        if not engagement.fee_to_confirm:
            values["fee_terms"] = engagements.fee_terms(engagement, _payer(kind), language)
        values["missed_terms"] = engagements.missed_terms(engagement, language)
        if engagement.ends_on:
            values["ends_on"] = agreement_words.say(language, "ends_day",
                                                    day=engagement.ends_on)
    return from_template(kind, language, vault, **values)


def clauses_to_put_back(vault: Vault, agreement_id: int,
                        present: set[str]) -> tuple[ClauseDraft, ...]:
    """The required clauses whose kind is not in ``present``, in the template's order,
    worded as a new agreement's would be today: the agreement's language, parties,
    engagement and chosen terms. Refused while the fee they would state is to confirm."""
    from coachdesk import engagements

    agreement = get(vault, agreement_id)
    missing = {k for k in REQUIRED_CLAUSES if k not in present}
    engagement = None
    if agreement.engagement_id is not None:
        engagement = engagements.get(vault, agreement.engagement_id)
        if "fees" in missing and engagement.fee_to_confirm:
            raise InvalidInput("fee_basis", engagements.FEE_BASIS_TO_CONFIRM)
    _title, clauses = _filled(vault, agreement.kind, agreement.language,
                              {p.role: p.name for p in agreement.parties}, engagement,
                              agreement.retention_years, agreement.sponsor_may_receive or ())
    return tuple(c for c in clauses if c.kind in missing)


def draft_for_engagement(vault: Vault, engagement_id: int, coach_name: str,
                         language: str = "en") -> AgreementDraft:
    """A new agreement for an engagement, from the right template in ``language``, blanks
    filled in.

    Three-party when the engagement has a sponsor, coach-client otherwise; the fee's
    sentence is written from the engagement's fee basis (refused while that is to
    confirm), a package's choice on missed sessions ends the cancellation clause, the
    end date comes from the engagement. Once written, the words are the
    agreement's own: printing reads them, never the engagement.
    """
    from coachdesk import clients, engagements, sponsors

    engagement = engagements.get(vault, engagement_id)
    client = clients.get(vault, engagement.client_id)
    kind = "three_party" if engagement.sponsor_id else "coach_client"
    parties = {"coach": coach_name, "client": client.name}
    if engagement.sponsor_id:
        parties["sponsor"] = sponsors.get(vault, engagement.sponsor_id).organisation
    if engagement.fee_to_confirm:
        raise InvalidInput("fee_basis", engagements.FEE_BASIS_TO_CONFIRM)
    title, clauses = _filled(vault, kind, language, parties, engagement, 7, ())
    return AgreementDraft(client.id, kind, title, parties, clauses,
                          engagement_id=engagement.id, sponsor_id=engagement.sponsor_id,
                          retention_years=7, disposal_method="Encrypted erasure",
                          language=language)
