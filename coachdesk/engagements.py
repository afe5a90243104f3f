"""Engagements: a period of coaching for one client, perhaps paid by a sponsor.

Every goal is visible to the client. A goal the sponsor wants hidden from the
client is refused: the ICF Code treats an outcome kept from the client as an
ethical conflict, so CoachDesk cannot even store one.

The fee is an explicit choice of what it is for (``fee_basis``): each session, the
whole engagement, or a package (so many sessions for a price, perhaps to be used by a
date, with the agreement's choice of whether a missed session counts as used; its
counting is in ``coachdesk.packages``). Sessions inherit it
(``Engagement.session_fee_cents``), and the agreement's fee clause is written from it
(``fee_terms``), never the other way round.
Amounts stay in minor units (cents) here; the UI formats them for the coach's locale.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from msgspec import Struct
from msgspec.structs import force_setattr, replace

from coachdesk import agreement_words, audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput, NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

GOAL_VISIBILITIES = ("client", "client_and_sponsor")
HIDDEN_FROM_CLIENT = ("sponsor_only", "hidden_from_client", "coach_and_sponsor")
STATUSES = ("planned", "active", "ended")
# What the fee pays for: each session, the whole engagement, or a package (its price for
# ``planned_sessions`` sessions, migration 0013). None on an engagement: "to confirm", a
# fee kept before CoachDesk asked what it was for (migration 0010).
FEE_BASES = ("per_session", "engagement_total", "package")

PACKAGE_SIZE_MISSING = Words("Engagements", QT_TRANSLATE_NOOP(
    "Engagements", "A package holds at least one session: say how many."))
MISSED_CHOICE_MISSING = Words("Engagements", QT_TRANSLATE_NOOP(
    "Engagements", "Say whether a missed session counts as one of the package's sessions: "
    "the agreement will state it."))

FEE_BASIS_TO_CONFIRM = Words("Engagements", QT_TRANSLATE_NOOP(
    "Engagements", "Say what this engagement's fee is for (each session, or the whole "
    "engagement): it was entered before CoachDesk asked. Edit the engagement to choose."))

HIDDEN_GOAL_REFUSAL = Words("Engagements", QT_TRANSLATE_NOOP(
    "Engagements", "Every goal must be visible to the client. A goal the sponsor wants kept "
    "from the client is an ethical conflict under the ICF Code of Ethics: talk it through "
    "with the client and sponsor together, and record it only as a goal the client knows."))


class GoalDraft(Struct, frozen=True):
    text: str
    visibility: str = "client"  # "client", or "client_and_sponsor"


class Goal(Struct, frozen=True):
    id: int
    engagement_id: int
    position: int
    text: str
    visibility: str


class EngagementDraft(Struct, frozen=True):
    client_id: int
    starts_on: str
    ends_on: str | None = None
    sponsor_id: int | None = None
    title: str = ""
    fee_cents: int = 0
    currency: str = "EUR"
    planned_sessions: int | None = None
    goals: tuple[GoalDraft, ...] = ()
    fee_basis: str | None = "per_session"  # FEE_BASES; None only while still to confirm
    # A package's (its number of sessions is ``planned_sessions``); ignored otherwise.
    package_expires_on: str | None = None  # the last day its sessions may be used
    package_missed_counts: bool | None = None  # the agreement's choice; must be made


class _EngagementRow(Struct, frozen=True):
    """An engagement's own row, in its table's order (Engagement adds its goals)."""

    id: int
    client_id: int
    sponsor_id: int | None
    title: str
    starts_on: str
    ends_on: str | None
    fee_cents: int
    currency: str
    planned_sessions: int | None
    status: str
    fee_basis: str | None  # FEE_BASES, or None: to confirm
    package_sessions: int | None = None  # a package's number of sessions; else None
    package_expires_on: str | None = None  # a package's last day of use, if it has one
    package_missed_counts: bool | None = None  # a package's: does a missed session count?


class Engagement(_EngagementRow, frozen=True, kw_only=True):
    goals: tuple[Goal, ...] = ()  # from its own table, so named when made of its row

    def __post_init__(self) -> None:
        if self.package_missed_counts is not None:  # stored as 0/1
            force_setattr(self, "package_missed_counts", bool(self.package_missed_counts))

    @property
    def is_package(self) -> bool:
        return self.fee_basis == "package"

    @property
    def fee_to_confirm(self) -> bool:
        return self.fee_basis is None

    @property
    def session_fee_cents(self) -> int | None:
        """What one session of this engagement costs, which planned and held sessions
        inherit: the fee itself per session; for a total, its share over the planned
        sessions (rounded half to even; 0 when no number of sessions is planned); for a
        package, its price over the package's sessions the same way (each session used
        is one of them). None while the basis is to confirm."""
        return session_fee_cents(self.fee_basis, self.fee_cents, self.planned_sessions)

    @property
    def total_cents(self) -> int | None:
        """What the whole engagement costs, when it can be said (None: per session with
        no planned number, or to confirm)."""
        if self.fee_basis in ("engagement_total", "package"):
            return self.fee_cents
        if self.fee_basis == "per_session" and self.planned_sessions:
            return self.fee_cents * self.planned_sessions
        return None


def session_fee_cents(basis: str | None, fee_cents: int, planned: int | None) -> int | None:
    """One session's fee on ``basis`` (see ``Engagement.session_fee_cents``)."""
    if basis == "per_session":
        return fee_cents
    if basis in ("engagement_total", "package"):
        if not planned:
            return 0
        share, rest = divmod(fee_cents, planned)
        return share + (1 if 2 * rest > planned or (2 * rest == planned and share % 2) else 0)
    return None


def amount_words(cents: int, currency: str, language: str = "en") -> str:
    """An amount as an agreement in ``language`` writes it ("EUR 2,800.00",
    "2.800,00 EUR"): that language's way from its sentences file, never the computer's
    locale (the core has no QLocale, and a signed text must read the same everywhere)."""
    money = agreement_words.sentences(language)["money"]
    whole = str(cents // 100)
    if len(whole) >= money["group_from"]:
        whole = f"{cents // 100:,}".replace(",", money["group"])
    amount = f"{whole}{money['decimal']}{cents % 100:02d}"
    text: str = money["pattern"].format(currency=currency, amount=amount)
    return text


def fee_terms(engagement: Engagement, payer: str, language: str = "en",
              money: str | None = None) -> str:
    """The agreement's sentence on the fee, written from the engagement's fee basis in the
    agreement's ``language`` (``agreement_words``): ``payer`` is "client" or "sponsor".
    Amounts are written ``language``'s way, or ``money``'s (agreements written before
    CoachDesk wrote each language's way hold English amounts). Refused while the basis is
    to confirm."""
    def say(key: str, **values: object) -> str:
        return agreement_words.say(language, key, None, **values)

    money = money or language
    amount = amount_words(engagement.fee_cents, engagement.currency, money)
    planned = engagement.planned_sessions or 0
    sessions = agreement_words.say(language, "sessions", planned)
    who = agreement_words.sentences(language)["payer"][payer]
    if engagement.fee_basis == "per_session":
        if planned:
            total = amount_words(engagement.fee_cents * planned, engagement.currency,
                                 money)
            return say("fee_per_session_planned", payer=who, amount=amount,
                       sessions=sessions, total=total)
        return say("fee_per_session", payer=who, amount=amount)
    if engagement.fee_basis == "engagement_total":
        if planned:
            return say("fee_total_planned", payer=who, amount=amount, sessions=sessions)
        return say("fee_total", payer=who, amount=amount)
    if engagement.fee_basis == "package":
        words = (say("fee_package", payer=who, amount=amount, sessions=sessions)
                 if engagement.fee_cents else say("fee_package_free", sessions=sessions))
        if engagement.package_expires_on:
            words = say("fee_package_use_by", fee=words, day=engagement.package_expires_on)
        return words
    raise InvalidInput("fee_basis", FEE_BASIS_TO_CONFIRM)


def missed_terms(engagement: Engagement, language: str = "en") -> str:
    """The cancellation clause's sentence on late cancellations and missed sessions:
    for a package, the agreement's explicit choice (a session the coach records as
    missed counts as used, or does not); otherwise the templates' usual words."""
    if not engagement.is_package:
        return agreement_words.say(language, "missed_usual")
    sessions = agreement_words.say(language, "package_sessions", engagement.package_sessions
                                   or 0)
    if engagement.package_missed_counts:
        return agreement_words.say(language, "missed_counts", sessions=sessions)
    return agreement_words.say(language, "missed_not_counted", sessions=sessions)


def clause_terms(engagement: Engagement, payer: str, language: str = "en",
                 money: str | None = None) -> dict[str, str]:
    """The sentences an agreement's clauses take from the engagement, by clause kind
    (``fees``: ``fee_terms``; ``cancellation``: ``missed_terms``), in ``language``."""
    return {"fees": fee_terms(engagement, payer, language, money),
            "cancellation": missed_terms(engagement, language)}


def check_goal(goal: GoalDraft) -> GoalDraft:
    if goal.visibility in HIDDEN_FROM_CLIENT:
        raise InvalidInput("goals", HIDDEN_GOAL_REFUSAL)
    validation.choice("goals", "A goal's visibility", goal.visibility, GOAL_VISIBILITIES)
    text = validation.long_text("goals", "A goal", goal.text, 8192).strip()
    if not text:
        raise InvalidInput("goals", Words("Engagements", QT_TRANSLATE_NOOP(
                "Engagements", "A goal cannot be empty.")))
    return GoalDraft(text, goal.visibility)


def _checked(d: EngagementDraft) -> EngagementDraft:
    starts = validation.iso_date("starts_on", "The start date", d.starts_on)
    ends = validation.iso_date("ends_on", "The end date", d.ends_on, required=False)
    validation.date_range(starts, ends)
    if d.planned_sessions is not None and d.planned_sessions < 0:
        raise InvalidInput("planned_sessions", Words("Engagements", QT_TRANSLATE_NOOP(
                "Engagements", "Planned sessions cannot be negative.")))
    currency = validation.one_line("currency", "Currency", d.currency, 3).upper()
    if len(currency) != 3 or not currency.isalpha():
        raise InvalidInput("currency", Words("Engagements", QT_TRANSLATE_NOOP(
                "Engagements", "Currency is a three-letter code such as EUR or USD.")))
    if d.fee_basis is None:
        raise InvalidInput("fee_basis", FEE_BASIS_TO_CONFIRM)
    validation.choice("fee_basis", "What the fee is for", d.fee_basis, FEE_BASES)
    expires, missed = None, None
    if d.fee_basis == "package":
        if not d.planned_sessions:
            raise InvalidInput("planned_sessions", PACKAGE_SIZE_MISSING)
        if d.package_missed_counts is None:
            raise InvalidInput("package_missed_counts", MISSED_CHOICE_MISSING)
        missed = bool(d.package_missed_counts)
        expires = validation.iso_date("package_expires_on", "The package's last day",
                                      d.package_expires_on, required=False)
        if expires and expires < starts:
            raise InvalidInput("package_expires_on", Words("Engagements", QT_TRANSLATE_NOOP(
                    "Engagements", "The package's last day comes before the engagement starts: "
                    "choose it again.")))
    return EngagementDraft(
        client_id=d.client_id,
        starts_on=starts,
        ends_on=ends,
        sponsor_id=d.sponsor_id,
        title=validation.one_line("title", "Title", d.title),
        fee_cents=validation.amount_cents("fee_cents", "The fee", d.fee_cents),
        currency=currency,
        planned_sessions=d.planned_sessions,
        goals=tuple(check_goal(g) for g in d.goals),
        fee_basis=d.fee_basis,
        package_expires_on=expires,
        package_missed_counts=missed,
    )


def _package_columns(d: EngagementDraft) -> tuple[int | None, str | None, int | None]:
    """package_sessions, package_expires_on, package_missed_counts as stored (all NULL
    on any basis but a package)."""
    if d.fee_basis != "package":
        return None, None, None
    return d.planned_sessions, d.package_expires_on, int(bool(d.package_missed_counts))


def _write_goals(conn: sqlcipher3.Connection, engagement_id: int,
                 goals: tuple[GoalDraft, ...]) -> None:
    conn.execute("DELETE FROM goals WHERE engagement_id = ?", (engagement_id,))
    conn.executemany(
        "INSERT INTO goals (engagement_id, position, text, visibility) VALUES (?, ?, ?, ?)",
        [(engagement_id, i, g.text, g.visibility) for i, g in enumerate(goals)],
    )


def add(vault: Vault, draft: EngagementDraft) -> Engagement:
    d = _checked(draft)
    now = now_utc()
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
        engagement_id = conn.execute(
            "INSERT INTO engagements (client_id, sponsor_id, title, starts_on, ends_on,"
            " fee_cents, currency, planned_sessions, fee_basis, package_sessions,"
            " package_expires_on, package_missed_counts, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                d.client_id,
                d.sponsor_id,
                d.title,
                d.starts_on,
                d.ends_on,
                d.fee_cents,
                d.currency,
                d.planned_sessions,
                d.fee_basis,
                *_package_columns(d),
                now,
                now,
            ),
        ).lastrowid
        _write_goals(conn, engagement_id, d.goals)
        audit.record(conn, "engagement.added", "engagement", engagement_id)
    return get(vault, engagement_id)


def update(vault: Vault, engagement_id: int, draft: EngagementDraft) -> Engagement:
    """Change an engagement; its fee carries through to what depends on it.

    Planned sessions that cost what the old fee made them cost follow the new fee (held
    ones keep theirs: they happened at that price). An agreement nobody has signed gets
    its fee sentence (and a package's sentence on missed sessions) rewritten; one that
    anyone has signed keeps its words, so a change of the fee's amount, currency or basis,
    or of a package's terms (its number of sessions, last day, missed sessions), is
    refused while it is in force (a new number of planned sessions on the other bases is
    the coach's plan, and is kept; the signed words stay as they were).
    """
    d = _checked(draft)
    with vault.transaction(
            touches=Change.ENGAGEMENTS | Change.SESSIONS | Change.AGREEMENTS) as conn:
        before = get(vault, engagement_id)
        package = _package_columns(d)
        after = replace(before, fee_cents=d.fee_cents, currency=d.currency,
                        planned_sessions=d.planned_sessions, fee_basis=d.fee_basis,
                        package_sessions=package[0], package_expires_on=package[1],
                        package_missed_counts=None if package[2] is None else bool(package[2]))
        _carry_fee(conn, before, after)
        if before.currency != after.currency:
            _refuse_unbilled_currency(conn, before)
        cur = conn.execute(
            "UPDATE engagements SET sponsor_id = ?, title = ?, starts_on = ?, ends_on = ?,"
            " fee_cents = ?, currency = ?, planned_sessions = ?, fee_basis = ?,"
            " package_sessions = ?, package_expires_on = ?, package_missed_counts = ?,"
            " updated_at = ? WHERE id = ?",
            (
                d.sponsor_id,
                d.title,
                d.starts_on,
                d.ends_on,
                d.fee_cents,
                d.currency,
                d.planned_sessions,
                d.fee_basis,
                *package,
                now_utc(),
                engagement_id,
            ),
        )
        if cur.rowcount != 1:
            raise NotFound(Words("Engagements", QT_TRANSLATE_NOOP(
                    "Engagements", "This engagement is no longer in the vault.")))
        _write_goals(conn, engagement_id, d.goals)
        audit.record(conn, "engagement.edited", "engagement", engagement_id)
    return get(vault, engagement_id)


def _payer(kind: str) -> str:
    return "sponsor" if kind == "three_party" else "client"


def _agreed(e: Engagement) -> tuple[object, ...]:
    """What an agreement's words state of the fee: a signed one holds these fixed."""
    return (e.fee_cents, e.currency, e.fee_basis, e.package_sessions, e.package_expires_on,
            e.package_missed_counts)


def _carry_fee(conn: sqlcipher3.Connection, before: Engagement, after: Engagement) -> None:
    """The fee's change, carried to planned sessions and unsigned agreements (see update)."""
    if (_agreed(before), before.planned_sessions) == (_agreed(after), after.planned_sessions):
        return
    for agreement_id, kind, signed, language in conn.execute(
            "SELECT a.id, a.kind, EXISTS (SELECT 1 FROM signatures s JOIN agreement_parties p"
            " ON p.id = s.party_id WHERE p.agreement_id = a.id), a.language FROM agreements a"
            " WHERE a.engagement_id = ? AND a.status != 'ended'", (before.id,)).fetchall():
        if before.fee_to_confirm:
            # Its words were written before the basis was known: the coach's own, left as
            # they are. Choosing the basis is what the coach is asked; a signed amount or
            # currency still holds.
            if signed and (before.fee_cents, before.currency) != (after.fee_cents,
                                                                  after.currency):
                _refuse_signed(conn, agreement_id)
            if signed and after.is_package:
                # A package's terms (its sessions, last day, missed sessions) are not in
                # the words signed: they would bind the client to what was never agreed.
                _refuse_signed(conn, agreement_id)
            continue
        old_terms = clause_terms(before, _payer(kind), language)
        # Its fee as an agreement written before amounts were each language's own says it.
        as_before = clause_terms(before, _payer(kind), language, agreement_words.ENGLISH)
        new_terms = clause_terms(after, _payer(kind), language)
        if old_terms == new_terms:
            continue
        if signed and _agreed(before) == _agreed(after):
            continue  # only the planned count moved: the signed words keep what was agreed
        if signed:
            _refuse_signed(conn, agreement_id)
        rewritten = False
        for clause_kind, old in old_terms.items():
            new = new_terms[clause_kind]
            if old == new:
                continue
            for clause_id, body in conn.execute(
                    "SELECT id, body FROM agreement_clauses WHERE agreement_id = ?"
                    " AND kind = ?", (agreement_id, clause_kind)).fetchall():
                # (a sentence the coach rewrote is the coach's: kept)
                was = next((w for w in (old, as_before[clause_kind]) if w in body), None)
                if was is not None:
                    conn.execute("UPDATE agreement_clauses SET body = ? WHERE id = ?",
                                 (body.replace(was, new, 1), clause_id))
                    rewritten = True
        if rewritten:
            audit.record(conn, "agreement.clauses_changed", "agreement", agreement_id)
    old_fee = before.session_fee_cents
    new_fee = after.session_fee_cents
    if new_fee is not None and old_fee != new_fee:
        conn.execute("UPDATE sessions SET fee_cents = ?, updated_at = ? WHERE engagement_id = ?"
                     " AND status = 'planned' AND fee_cents = ?",
                     (new_fee, now_utc(), before.id, 0 if old_fee is None else old_fee))


def _refuse_unbilled_currency(conn: sqlcipher3.Connection, before: Engagement) -> None:
    """Refuse a new currency while sessions held (or charged missed) in the old one are
    not on a live invoice: a session keeps no currency of its own, so they would be
    billed in the new one at the old amounts."""
    row = conn.execute(
        "SELECT count(*) FROM sessions s JOIN engagements e ON e.id = s.engagement_id"
        " WHERE s.engagement_id = ? AND s.status IN ('held', 'no_show') AND s.fee_cents > 0"
        " AND NOT (s.status = 'no_show' AND e.package_missed_counts IS 0)"
        " AND NOT EXISTS (SELECT 1 FROM invoice_lines l JOIN invoices i"
        "  ON i.id = l.invoice_id WHERE i.voided_on IS NULL AND ((l.record_kind = 'session'"
        "  AND l.record_id = s.id) OR (l.record_kind = 'package' AND l.record_id = e.id)))",
        (before.id,)).fetchone()
    if row[0]:
        raise InvalidInput(
            "currency", Words("Engagements", QT_TRANSLATE_NOOP(
                "Engagements", "Sessions of this engagement were held at fees in %1 and are not"
                " invoiced yet: invoice them in %1 first, then change the currency (or start a "
                "new engagement in the new currency)."), (str(before.currency),)))


def _refuse_signed(conn: sqlcipher3.Connection, agreement_id: int) -> None:
    """Refuse a change to a fee a signed agreement states, quoting its words as signed."""
    row = conn.execute("SELECT body FROM agreement_clauses WHERE agreement_id = ?"
                       " AND kind = 'fees' ORDER BY position LIMIT 1",
                       (agreement_id,)).fetchone()
    quoted = f" “{row[0]}”" if row else ""
    raise InvalidInput(
        "fee_cents", Words("Engagements", QT_TRANSLATE_NOOP(
            "Engagements", "A signed agreement for this engagement states the fee:%1. Its words"
            " cannot change; end that agreement and make a new one to agree a new fee or "
            "package."), (str(quoted),)))


def get(vault: Vault, engagement_id: int) -> Engagement:
    row = vault.read_one(
        "SELECT id, client_id, sponsor_id, title, starts_on, ends_on, fee_cents, currency,"
        " planned_sessions, status, fee_basis, package_sessions, package_expires_on,"
        " package_missed_counts FROM engagements WHERE id = ?",
        (engagement_id,),
    )
    if row is None:
        raise NotFound(Words("Engagements", QT_TRANSLATE_NOOP(
                "Engagements", "This engagement is no longer in the vault.")))
    goals = tuple(
        Goal(*r)
        for r in vault.read(
            "SELECT id, engagement_id, position, text, visibility FROM goals"
            " WHERE engagement_id = ? ORDER BY position",
            (engagement_id,),
        )
    )
    return Engagement(*row, goals=goals)


def for_client(vault: Vault, client_id: int) -> list[Engagement]:
    ids = [
        r[0]
        for r in vault.read(
            "SELECT id FROM engagements WHERE client_id = ? ORDER BY starts_on DESC", (client_id,)
        )
    ]
    return [get(vault, i) for i in ids]


def for_sponsor(vault: Vault, sponsor_id: int) -> list[Engagement]:
    """The engagements a sponsor pays for, newest first."""
    ids = [r[0] for r in vault.read(
        "SELECT id FROM engagements WHERE sponsor_id = ? ORDER BY starts_on DESC", (sponsor_id,))]
    return [get(vault, i) for i in ids]


def end(vault: Vault, engagement_id: int) -> Engagement:
    """The engagement is over (its records now count toward retention)."""
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:
        cur = conn.execute("UPDATE engagements SET status = 'ended', updated_at = ? WHERE id = ?",
                           (now_utc(), engagement_id))
        if cur.rowcount != 1:
            raise NotFound(Words("Engagements", QT_TRANSLATE_NOOP(
                    "Engagements", "This engagement is no longer in the vault.")))
        audit.record(conn, "engagement.ended", "engagement", engagement_id)
    return get(vault, engagement_id)


class Ending(Struct, frozen=True):
    engagement: Engagement
    client_name: str


def ending_soon(vault: Vault, today: str, days: int = 30) -> list[Ending]:
    """Engagements still running whose end date falls within ``days`` of ``today``."""
    until = (date.fromisoformat(today) + timedelta(days=days)).isoformat()
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.status != 'ended' AND e.ends_on BETWEEN ? AND ? ORDER BY e.ends_on",
        (today, until))
    return [Ending(get(vault, eid), name) for eid, name in rows]


def without_active_agreement(vault: Vault) -> list[Ending]:
    """Running engagements with no active agreement: coaching without agreed terms."""
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.status != 'ended' AND c.status != 'archived' AND NOT EXISTS ("
        "  SELECT 1 FROM agreements a WHERE a.engagement_id = e.id AND a.status = 'active')"
        " ORDER BY e.starts_on")
    return [Ending(get(vault, eid), name) for eid, name in rows]


def fee_to_confirm(vault: Vault) -> list[Ending]:
    """Running engagements whose fee's basis the coach has still to say (kept before
    CoachDesk asked): for a page that reminds the coach, oldest first."""
    rows = vault.read(
        "SELECT e.id, c.name FROM engagements e JOIN clients c ON c.id = e.client_id"
        " WHERE e.fee_basis IS NULL AND e.status != 'ended' AND c.status != 'archived'"
        " ORDER BY e.starts_on")
    return [Ending(get(vault, eid), name) for eid, name in rows]
