"""A realistic, entirely invented coaching practice: for trying CoachDesk and for the bench.

``build(vault, DEMO)`` makes about 40 clients, 8 sponsors with their people,
engagements with goals, agreements in every state, a year of sessions and
notes in several languages (right-to-left scripts and emoji included).
``build(vault, LARGE)`` makes the synthetic practice the bench measures:
2,000 clients, 20,000 sessions, 100,000 notes. The same seed gives the same
practice. Everything goes through the ordinary record modules, so the demo
obeys every rule the coach's own records do.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from coachdesk import (
    agreement_words,
    agreements,
    clients,
    engagements,
    invoices,
    notes,
    sessions,
    settings,
    sponsors,
)
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation

if TYPE_CHECKING:
    from coachdesk.vault import Vault

FIRST = ["Amara", "Yusuf", "Zoë", "Priya", "Jean-Luc", "Chen", "Mateo", "Ingrid", "Kwame",
         "Sofia", "Hiroshi", "Leila", "Tomás", "Ana", "Oluwaseun", "Freya", "Ravi", "Marta",
         "Dmitri", "Aisling", "Kenji", "Noor", "Lucas", "Ewa", "Sipho", "Camille", "Arjun",
         "Hana", "Diego", "Astrid", "Emeka", "Valentina", "Lars", "Mei", "Omar", "Beatriz"]
LAST = ["Okafor", "Demir", "Lindqvist", "Raman", "Moreau", "Wei", "Fernández", "Solberg",
        "Mensah", "Rossi", "Tanaka", "Haddad", "Silva", "Kowalska", "Adeyemi", "Nielsen",
        "Iyer", "García", "Volkov", "Byrne", "Sato", "Rahman", "Dubois", "Nowak", "Dlamini",
        "Laurent", "Mehta", "Kim", "Álvarez", "Berg", "Eze", "Romano", "Holm", "Lin"]
RTL_NAMES = ["ليلى حداد", "עמית לוי", "يوسف الأمين", "נועה כהן"]
ORGS = ["Nordlicht Versicherung AG", "Kestrel Health Trust", "Banco Solaris", "Acme Robotics",
        "Hanami Foods 株式会社", "Cedar & Pine Architects", "Orbital Logistics",
        "Mosaic Public Schools", "Blue Harbour Energy", "Atelier Lumen"]
ROLES = ["HR business partner", "Head of People", "Line manager", "L&D lead", "COO"]
PLACES = ["Online", "Online", "Client's office", "Café Lumen", "Coach's studio", "Walk in the park"]
GOALS = [
    ("Lead the new team with confidence", "client_and_sponsor"),
    ("Delegate more and stop working late", "client_and_sponsor"),
    ("Prepare for the board presentation in spring", "client_and_sponsor"),
    ("Give clear, kind feedback", "client_and_sponsor"),
    ("Decide whether to stay in this role", "client"),
    ("Find a sustainable rhythm between work and family", "client"),
    ("Rebuild trust with a peer after the reorganisation", "client"),
    ("Speak up earlier in meetings", "client_and_sponsor"),
]
# Each client's notes are in one language, the one the coaching is held in, and speak of
# the client as their pronouns say. Names in FIRST (and the right-to-left ones) read as
# a woman's, a man's, or either; a few clients left their pronouns unsaid.
SHE = {"Amara", "Zoë", "Priya", "Ingrid", "Sofia", "Leila", "Ana", "Freya", "Marta",
       "Aisling", "Ewa", "Camille", "Hana", "Astrid", "Valentina", "Mei", "Beatriz", "Noor",
       "ليلى", "נועה"}
HE = {"Yusuf", "Jean-Luc", "Mateo", "Kwame", "Hiroshi", "Tomás", "Ravi", "Dmitri", "Kenji",
      "Lucas", "Sipho", "Arjun", "Diego", "Emeka", "Lars", "Omar", "يوسف", "עמית"}
SHE_THEY = {"Zoë", "Aisling"}
# Coaching held in another language than English (by first name); Arabic and Hebrew
# names are coached in their own script's language.
LANGUAGE = {"Ingrid": "de", "Astrid": "de", "Jean-Luc": "fr", "Camille": "fr",
            "Mateo": "es", "Diego": "es", "Tomás": "es", "Hiroshi": "ja", "Kenji": "ja"}
# How the notes speak of the client: subject, object, possessive (English), and the
# words gendered languages need. "they" where pronouns are they/them or unsaid.
WORDS = {
    "she": {"sub": "she", "obj": "her", "pos": "her", "er": "Sie", "elle": "elle",
            "le": "la", "lo": "la"},
    "he": {"sub": "he", "obj": "him", "pos": "his", "er": "Er", "elle": "lui",
           "le": "le", "lo": "lo"},
    "they": {"sub": "they", "obj": "them", "pos": "their", "er": "", "elle": "", "le": "",
             "lo": ""},
}
TOPICS = {
    "en": ["board presentation", "new team", "career change", "conflict with a peer",
           "return from parental leave", "promotion process", "workload",
           "strategy offsite"],
    "de": ["Vorstandspräsentation", "neues Team", "beruflicher Wechsel",
           "Konflikt im Kollegium", "Rückkehr aus der Elternzeit", "Beförderung",
           "Erschöpfung", "Strategieklausur"],
    "fr": ["présentation au conseil", "nouvelle équipe", "reconversion",
           "conflit avec un collègue", "retour de congé parental", "promotion",
           "épuisement", "séminaire stratégique"],
    "es": ["la presentación ante el consejo", "el nuevo equipo", "el cambio de carrera",
           "el conflicto con un compañero", "la vuelta de la baja parental", "el ascenso",
           "el agotamiento", "el retiro de estrategia"],
    "ar": ["العرض أمام مجلس الإدارة", "الفريق الجديد", "تغيير المسار المهني",
           "الخلاف مع زميل", "الترقية", "الإرهاق"],
    "he": ["המצגת להנהלה", "הצוות החדש", "שינוי קריירה", "קונפליקט עם עמית", "קידום",
           "שחיקה"],
    "ja": ["取締役会でのプレゼン", "新しいチーム", "キャリアチェンジ", "同僚との対立", "昇進",
           "燃え尽き"],
}
NOTES = {
    "en": [
        "Arrived tired after a long week. Talked about the {topic}; noticed how often {sub} "
        "said 'I should'. Agreed experiment: one conversation this week without preparing a "
        "script.",
        "Big shift today 🎉: {first} named the fear underneath the {topic}. Curious what "
        "changes by next session.",
        "Short session, {first} joined from the car. Mostly about the {topic}; {sub} chose one "
        "small step: ask {pos} manager for thirty minutes next week.",
        "Went back over the last month: the {topic} feels lighter, sleep better. We named "
        "what {sub} wants to keep doing, and what to stop.",
        "Revisited the goal about the {topic}. Progress on delegation (two tasks handed "
        "over), setback with {pos} manager. Energy higher than last time.",
        "Agenda pasted from {pos} email: <b>priorities</b>, <script>alert('x')</script> & "
        "*next steps* — we started from the {topic}.",
    ],
    "de": [
        "Sitzung mit {first}. Thema: {topic}. {er} möchte klarer Grenzen setzen; nächste "
        "Woche ein Gespräch mit dem Team.",
        "Sitzung online. Thema: {topic}. Zwei Aufgaben delegiert, die dritte noch nicht. "
        "Experiment: einen Tag warten, bevor neue Aufgaben zugesagt werden.",
    ],
    "fr": [
        "Séance avec {first}. Nous avons exploré le thème « {topic} » et ce que « réussir » "
        "veut dire pour {elle}. Prochaine étape : demander du feedback à deux collègues.",
        "Séance en visio. Thème : {topic}. Plus d'énergie que la dernière fois 🎉 ; une "
        "conversation difficile est prévue la semaine prochaine.",
    ],
    "es": [
        "Sesión con {first} sobre {topic}. Se dio cuenta de un patrón: dice que sí antes de "
        "pensar. Experimento: esperar un día antes de aceptar nuevas tareas.",
        "Sesión en línea sobre {topic}. Dos tareas delegadas esta semana; la tercera todavía "
        "no. Próximo paso: pedir feedback a su responsable.",
    ],
    "ar": [
        "الجلسة باللغة العربية: تحدثنا عن {topic} وعن الثقة بالنفس. الخطوة التالية: محادثة "
        "صريحة مع المدير 🌱",
        "الجلسة عبر الإنترنت: راجعنا الهدف حول {topic}. تم تفويض مهمتين هذا الأسبوع.",
    ],
    "he": [
        "פגישה בעברית: דיברנו על {topic} ועל הצורך לבקש עזרה. משימה: לבקש משוב מעמית אחד.",
        "פגישה בזום: חזרנו למטרה בנושא {topic}. שתי משימות הואצלו השבוע 🌱",
    ],
    "ja": [
        "日本語のセッション。{topic}について話した。次回までに一つ小さな実験をする。",
        "オンラインのセッション。{topic}について、先週より前向き。二つの仕事を任せた。",
    ],
}
PRIVATE = {
    "en": ["My own reflection: I noticed I wanted to rescue {obj} when we talked about the "
           "{topic}. Take to supervision.",
           "Reminder to self: stay curious, less advice. Energy dipped when we touched the "
           "{topic}."],
    "de": ["Eigene Reflexion: Ich wollte {first} beim Thema {topic} retten. In die "
           "Supervision mitnehmen."],
    "fr": ["Réflexion personnelle : j'ai eu envie de {le} sauver sur le thème « {topic} ». "
           "À apporter en supervision."],
    "es": ["Reflexión propia: otra vez quise rescatar{lo}. Tema: {topic}. Llevarlo a "
           "supervisión."],
    "ar": ["ملاحظة لنفسي: مزيد من الأسئلة، نصائح أقل. موضوع {topic} للإشراف."],
    "he": ["הערה לעצמי: יותר שאלות, פחות עצות. להביא להדרכה: {topic}."],
    "ja": ["自分へのメモ：助言を減らし、質問を増やす。{topic}はスーパービジョンで話す。"],
}


def _pronouns(first: str, index: int) -> str:
    """The pronouns a client gave (a few gave none)."""
    if first in SHE_THEY:
        return "she/they"
    if first in SHE:
        return "she/her"
    if first in HE:
        return "he/him"
    return "they/them" if index % 2 else ""


def _language(name: str) -> str:
    if any("\u0600" <= ch <= "\u06ff" for ch in name):
        return "ar"
    if any("\u0590" <= ch <= "\u05ff" for ch in name):
        return "he"
    return LANGUAGE.get(name.split()[0], "en")


def _note(rng: random.Random, name: str, pronouns: str, private: bool) -> str:
    """A note in the client's language that speaks of them as their pronouns say."""
    language = _language(name)
    words = WORDS[pronouns.split("/")[0] if pronouns.split("/")[0] in WORDS else "they"]
    text = rng.choice((PRIVATE if private else NOTES)[language])
    return text.format(topic=rng.choice(TOPICS[language]), first=name.split()[0], **words)


@dataclass(frozen=True)
class PracticeSize:
    clients: int
    sponsors: int
    sessions_per_engagement: int  # about; past and upcoming
    notes_per_held_session: int
    all_past: bool = False  # every engagement over: exactly sessions_per_engagement each
    total_notes: int | None = None  # topped up to this many notes, if set


DEMO = PracticeSize(clients=40, sponsors=8, sessions_per_engagement=14,
                    notes_per_held_session=1)
# The bench's practice: 2,000 clients, 20,000 sessions, 100,000 notes.
LARGE = PracticeSize(clients=2_000, sponsors=40, sessions_per_engagement=10,
                     notes_per_held_session=5, all_past=True, total_notes=100_000)


@dataclass(frozen=True)
class Summary:
    clients: int
    sponsors: int
    engagements: int
    agreements: dict[str, int]
    sessions: int
    notes: int


def _name(rng: random.Random, index: int) -> str:
    if index % 11 == 5:
        return RTL_NAMES[(index // 11) % len(RTL_NAMES)]
    name = f"{FIRST[index % len(FIRST)]} {LAST[(index * 7 + index // len(FIRST)) % len(LAST)]}"
    if index >= len(FIRST) * len(LAST) // 2:
        name += f" {index}"
    return name + (" 🌱" if index % 17 == 3 else "")


def build(vault: Vault, size: PracticeSize, *, seed: int = 2026,
          today: date | None = None, language: str = "en") -> Summary:
    """Fill an empty vault with an invented practice of ``size``.

    Its agreements are written in ``language`` (one of ``agreements.LANGUAGES``), the
    language the app speaks as the demo is made, as a coach's own would be; the rest of
    the practice is what the coach and clients typed, and keeps its languages."""
    rng = random.Random(seed)
    today = today or date.today()
    coach = "Alex Morgan"

    sponsor_ids = []
    for i in range(size.sponsors):
        org = ORGS[i % len(ORGS)] + ("" if i < len(ORGS) else f" ({i // len(ORGS) + 1})")
        sponsor = sponsors.add(vault, sponsors.SponsorDraft(
            org, billing_name=f"{org} Finance",
            address=f"{i + 1} Finsbury Square\nLondon EC2A 1AE\nUnited Kingdom"))
        for c in range(1 + i % 3):
            sponsors.add_contact(vault, sponsor.id, sponsors.ContactDraft(
                f"{rng.choice(FIRST)} {rng.choice(LAST)}", ROLES[(i + c) % len(ROLES)],
                f"contact{i}.{c}@example.org"))
        sponsor_ids.append(sponsor.id)

    states = {"draft": 0, "awaiting_signatures": 0, "active": 0, "ended": 0}
    held_sessions: list[tuple[int, int, datetime]] = []
    said: dict[int, tuple[str, str]] = {}  # each client's name and pronouns, for notes
    session_total = note_total = engagement_total = 0
    for index in range(size.clients):
        name = _name(rng, index)
        pronouns = _pronouns(name.split()[0], index)
        client = clients.add(vault, clients.ClientDraft(
            name, pronouns,
            f"client{index}@example.org" if index % 4 else "", f"+44 20 7946 {index:04d}",
            # Clients who pay themselves have an address for their invoices.
            f"{index + 3} Canonbury Place\nLondon N1 2NQ\nUnited Kingdom"
            if index % 10 >= 7 else ""))
        sponsor_id = sponsor_ids[index % len(sponsor_ids)] if index % 10 < 7 else None
        weeks = size.sessions_per_engagement * 2 + rng.randint(-2, 2)
        starts = today - timedelta(days=rng.randint(weeks * 7 + 10, 400) if size.all_past
                                   else rng.randint(30, 330))
        ends = starts + timedelta(weeks=weeks)
        goals = tuple(engagements.GoalDraft(*GOALS[(index + g) % len(GOALS)])
                      for g in range(2 + index % 2))
        # Sponsors agree a price for the whole engagement; clients paying themselves, a
        # fee per session (both bases show in the demo).
        basis = "engagement_total" if sponsor_id else "per_session"
        fee = (rng.choice([1800, 2400, 3600, 4800]) if sponsor_id
               else rng.choice([120, 150, 180])) * 100
        engagement = engagements.add(vault, engagements.EngagementDraft(
            client.id, starts.isoformat(), ends.isoformat(), sponsor_id,
            title="Leadership coaching" if sponsor_id else "Personal coaching",
            fee_cents=fee, planned_sessions=size.sessions_per_engagement, goals=goals,
            fee_basis=basis))
        engagement_total += 1
        if ends < today:
            engagements.end(vault, engagement.id)
        if index % 9 == 4:
            clients.archive(vault, client.id)

        # The agreement, in a state that depends on where the engagement is.
        kind = "three_party" if sponsor_id else "coach_client"
        parties = {"coach": coach, "client": name}
        if sponsor_id:
            parties["sponsor"] = sponsors.get(vault, sponsor_id).organisation
        title, clauses = agreements.from_template(
            kind, language, coach=coach, client=name, sponsor=parties.get("sponsor", ""),
            fee_terms=engagements.fee_terms(engagement, "sponsor" if sponsor_id else "client",
                                            language),
            retention_years=7,
            ends_on=agreement_words.say(language, "ends_day", day=ends.isoformat()))
        # Most sponsors here may have attendance, hours and approved progress; some less.
        terms = (("attendance", "hours", "progress"), ("attendance", "dates", "hours",
                                                        "progress"), ())[index % 3]
        agreement = agreements.add(vault, agreements.AgreementDraft(
            client.id, kind, title, parties, clauses, engagement_id=engagement.id,
            sponsor_id=sponsor_id, retention_years=7, disposal_method="Encrypted erasure",
            sponsor_may_receive=terms if sponsor_id else (), language=language))
        state = ("draft" if index % 13 == 0 else "awaiting_signatures" if index % 7 == 0
                 else "ended" if ends < today else "active")
        if state != "draft":
            signers = list(parties) if state != "awaiting_signatures" else ["coach"]
            for role in signers:
                agreements.record_signature(vault, agreement.id, role, parties[role],
                                            starts.isoformat(), "handwritten")
            if state in ("active", "ended"):
                agreements.activate(vault, agreement.id)
            if state == "ended":
                agreements.end(vault, agreement.id)
        states[state] += 1

        # Sessions every two weeks, from the start to a month ahead.
        drafts, moments = [], []
        for n in range(size.sessions_per_engagement):
            day = starts + timedelta(weeks=2 * n, days=rng.randint(0, 2))
            if day > min(ends, today + timedelta(days=30)) and not size.all_past:
                break
            held = day < today
            status = ("held" if rng.random() > 0.08 else rng.choice(["cancelled", "no_show"])) \
                if held else "planned"
            moment = datetime.combine(day, time(rng.choice([8, 9, 10, 13, 15, 17]),
                                                rng.choice([0, 30])))
            drafts.append(sessions.SessionDraft(engagement.id, moment.isoformat(),
                                                rng.choice([45, 60, 60, 90]),
                                                rng.choice(PLACES), None, status))
            moments.append(moment)
        session_ids = sessions.add_many(vault, drafts)
        session_total += len(session_ids)

        new_notes = []
        for session_id, draft, moment in zip(session_ids, drafts, moments, strict=True):
            if draft.status != "held":
                continue
            held_sessions.append((client.id, session_id, moment))
            said[client.id] = (name, pronouns)
            for k in range(size.notes_per_held_session):
                private = rng.random() < 0.3
                text = _note(rng, name, pronouns, private)
                new_notes.append(notes.NewNote(
                    client.id, text, (moment + timedelta(minutes=5 * k)).isoformat(),
                    session_id=session_id, is_private=private,  # shared: a recap
                    # a third of the recaps of sponsored coaching may give words to a
                    # report (chosen without the random stream: the rest stays as it was)
                    for_sponsor=bool(sponsor_id) and session_id % 3 == 0))
        note_total += len(notes.add_many(vault, new_notes))

    if size.total_notes and note_total < size.total_notes and held_sessions:
        # Top up: more notes on randomly chosen held sessions, in bulk.
        extra = []
        for k in range(size.total_notes - note_total):
            client_id, session_id, moment = held_sessions[rng.randrange(len(held_sessions))]
            extra.append(notes.NewNote(client_id, _note(rng, *said[client_id], False),
                (moment + timedelta(minutes=40 + k % 15)).isoformat(),
                session_id=session_id, is_private=False))
        for start in range(0, len(extra), 5_000):
            note_total += len(notes.add_many(vault, extra[start:start + 5_000]))
    if size is DEMO:
        _sponsor_asks(vault, today)
        _package_client(vault, today, coach, language)
        _sections_and_actions(vault, held_sessions, today)
        _invoices(vault, today, coach)
        _credential_log(vault, today)
    return Summary(size.clients, size.sponsors, engagement_total, states, session_total,
                   note_total)


def _package_client(vault: Vault, today: date, coach: str, language: str) -> None:
    """A client on a package of six sessions: three held and one missed (the agreement
    counts a missed session as used), so 4 of 6 are used; the last two are booked, and
    the package's last day is three weeks away: both warnings show."""
    client = clients.add(vault, clients.ClientDraft(
        "Nadia Petrova", "she/her", "nadia.petrova@example.org",
        address="Flat 2, 41 Albion Road\nLondon N16 9PR\nUnited Kingdom"))
    starts = today - timedelta(weeks=9)
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, starts.isoformat(), (today + timedelta(weeks=8)).isoformat(),
        title="Career transition package", fee_cents=90000, currency="EUR",
        planned_sessions=6, fee_basis="package",
        package_expires_on=(today + timedelta(days=21)).isoformat(),
        package_missed_counts=True,
        goals=(engagements.GoalDraft("Choose the next role with a clear head"),)))
    title, clauses = agreements.from_template(
        "coach_client", language, coach=coach, client=client.name,
        fee_terms=engagements.fee_terms(engagement, "client", language),
        missed_terms=engagements.missed_terms(engagement, language), retention_years=7,
        ends_on=agreement_words.say(language, "ends_day", day=engagement.ends_on))
    parties = {"coach": coach, "client": client.name}
    agreement = agreements.add(vault, agreements.AgreementDraft(
        client.id, "coach_client", title, parties, clauses, engagement_id=engagement.id,
        retention_years=7, disposal_method="Encrypted erasure", language=language))
    for role, name in parties.items():
        agreements.record_signature(vault, agreement.id, role, name, starts.isoformat(),
                                    "handwritten")
    agreements.activate(vault, agreement.id)
    plan = [(-56, "held"), (-42, "held"), (-28, "no_show"), (-14, "held"), (3, "planned"),
            (12, "planned")]
    sessions.add_many(vault, [sessions.SessionDraft(
        engagement.id, datetime.combine(today + timedelta(days=days), time(11, 0)).isoformat(
            timespec="minutes"), 60, "Online", None, status) for days, status in plan])


# A one-page certificate, as a course provider would send it.
_CERTIFICATE = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages"
                b"/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox"
                b"[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
                b"4 0 obj<</Length 62>>stream\nBT /F1 24 Tf 72 760 Td (Certificate of "
                b"completion) Tj ET\nendstream endobj\n5 0 obj<</Type/Font/Subtype/Type1"
                b"/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _credential_log(vault: Vault, today: date) -> None:
    """The coach works toward PCC: most clients agreed to be named, one engagement is a
    group, one pro bono; a few courses toward the renewal of the ACC held since last year."""
    from coachdesk import cce, credentials

    ids = clients.list_ids(vault)
    for n, client_id in enumerate(ids):
        if n % 3 != 2:  # a third stay confidential
            credentials.set_naming(vault, client_id, (today - timedelta(days=300 - n))
                                   .isoformat())
    own = [e for client_id in ids for e in engagements.for_client(vault, client_id)]
    unsponsored = [e for e in own if e.sponsor_id is None]
    if unsponsored:
        credentials.set_engagement_log(vault, unsponsored[0].id, group_size=6, paid=None)
    if len(unsponsored) > 1:
        credentials.set_engagement_log(vault, unsponsored[1].id, group_size=None,
                                       paid="pro_bono")
    credentials.set_profile(vault, "PCC", (today - timedelta(days=420)).isoformat())
    for days, course, provider, minutes, kind, with_file in (
            (380, "Coaching ethics in practice", "ICF Academy", 180, "coaching_ethics", True),
            (250, "Listening beyond words", "Coach Lab Europe", 420, "core_competency", True),
            (120, "Running a sustainable practice", "Solo Coach Network", 150,
             "resource_development", False),
            (40, "Team coaching foundations", "Kestrel Institute", 720, "core_competency",
             True)):
        cce.add(vault, cce.CourseDraft(course, provider, (today - timedelta(days=days))
                                       .isoformat(), minutes, kind),
                (f"{course.lower().replace(' ', '-')}.pdf", _CERTIFICATE) if with_file
                else None)


def _sponsor_asks(vault: Vault, today: date) -> None:
    """The ethics case in the demo: a manager demands everything; the coach answers with
    a report co-created with the client, part approved, part still with the client."""
    from coachdesk import reports, sponsor_requests
    from coachdesk.approvals import Recipient

    found = None
    for (agreement_id,) in vault.read("SELECT id FROM agreements WHERE status = 'active'"
                                      " AND sponsor_id IS NOT NULL ORDER BY id"):
        agreement = agreements.get(vault, agreement_id)
        if agreement.engagement_id is not None and agreement.may_receive("progress"):
            found = agreement
            break
    if found is None or found.engagement_id is None:
        return
    engagement = engagements.get(vault, found.engagement_id)
    if engagement.sponsor_id is None:  # the agreement's sponsor pays for the engagement
        return
    sponsor = sponsors.get(vault, engagement.sponsor_id)
    client = clients.get(vault, engagement.client_id)
    contact = sponsor.contacts[0] if sponsor.contacts else None
    asked = (today - timedelta(days=9)).isoformat()
    request = sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        sponsor.id, asked, "email",
        f"Please send me a full report of what {client.name.split()[0]} has said in the "
        "sessions so far. We need it before we decide whether to continue paying.",
        contact_id=contact.id if contact else None, engagement_id=engagement.id,
        full_record=True))
    sponsor_requests.respond(vault, request.id, "co_create", on=(today - timedelta(days=8))
                             .isoformat(), note="Explained what the agreement allows and "
                             "offered a progress report written with the client.")
    report = reports.create(vault, reports.ReportDraft(
        engagement.id, "Mid-engagement progress report", engagement.starts_on,
        today.isoformat(), recipient=Recipient("contact", contact.id)
        if contact else None, facts=("attendance", "dates", "hours")))
    approved = reports.write_item(vault, report.id, "Runs the weekly team meeting and asks "
                                  "for feedback earlier in each project.")
    asked_item = reports.write_item(vault, report.id, "Has chosen two areas to keep working "
                                    "on: delegating the quarterly forecast, and saying no to "
                                    "meetings without an agenda.")
    reports.write_item(vault, report.id, "Wants to talk about a move to another team.")
    reports.approve(vault, report.id, [approved.id], method="on_screen", given_by=client.name,
                    given_on=(today - timedelta(days=2)).isoformat())
    reports.mark_asked(vault, report.id, [asked_item.id])


SECTIONED = [  # (focus, insights, reflection) of a session written from a template
    ("Preparing the conversation with the manager about the new role.",
     "Noticed the habit of asking for permission before saying what is wanted.",
     "I filled a silence too early; leave room to find the words next time."),
    ("The team's Monday review: speaking first instead of last.",
     "Speaking first felt like showing off; naming it took the sting out.",
     "Energy dropped when we spoke about the reorganisation. Ask about it gently."),
]
ACTIONS = [  # (words, owner, due in days from the session, done)
    ("Write down three things wanted from the new role", "client", 7, True),
    ("Ask Sam for feedback after the Monday review", "client", 10, False),
    ("Send the article on giving feedback", "coach", 3, False),
    ("Try one meeting without preparing a script", "client", 14, False),
]


def _sections_and_actions(vault: Vault, held: list[tuple[int, int, datetime]],
                          today: date) -> None:
    """A few clients' latest sessions written from a template, with action items: some
    done, some still open for the next session to review."""
    from coachdesk import action_items, templates

    chosen = next((t for t in templates.all_templates(vault) if len(t.sections) == 4), None)
    if chosen is None:
        return
    latest: dict[int, tuple[int, datetime]] = {}
    for client_id, session_id, moment in held:
        if client_id not in latest or moment > latest[client_id][1]:
            latest[client_id] = (session_id, moment)
    english = {i for i, c in clients.get_many(vault, list(latest)).items()
               if _language(c.name) == "en"}
    recent = sorted((c for c, (_s, m) in latest.items()
                     if (today - m.date()).days < 30 and c in english),  # written in English
                    key=lambda c: -latest[c][1].timestamp())[:6]
    for k, client_id in enumerate(recent):
        session_id, moment = latest[client_id]
        focus, insight, reflection = SECTIONED[k % len(SECTIONED)]
        for position, (section, words) in enumerate(zip(
                chosen.sections, (focus, insight, None, reflection), strict=True), 1):
            if words:
                templates.add_section_note(
                    vault, client_id, session_id, section, position, words,
                    written_at=(moment + timedelta(minutes=50 + position)).isoformat())
        for words, owner, days, done in ACTIONS[k % 2:k % 2 + 3]:
            item = action_items.add(vault, client_id, words, owner=owner,
                                    due_on=moment.date() + timedelta(days=days),
                                    session_id=session_id)
            if done:
                action_items.set_done(vault, item.id, True, on=min(
                    today, moment.date() + timedelta(days=days - 2)))


def open_or_create(location: VaultLocation, language: str = "en") -> vaults.Vault:
    """The demo practice in its own folder: opened, or made and filled on first use, its
    agreements written in ``language`` (see :func:`build`)."""
    if location.exists():
        return vaults.unlock_with_keyring(location)  # demo mode opens without asking
    plan = vaults.NewVaultPlan(str(uuid.uuid4()), "demo", vaults.RawKey(vaults.DEMO_KEY))
    vault = vaults.create(location, plan)
    build(vault, DEMO, language=language)
    return vault


def _invoices(vault: Vault, today: date, coach: str) -> None:
    """Invoices as a practice has them: clients paying for themselves billed every two
    held sessions, sponsors whose agreement lets them know dates and hours billed for
    theirs; the older ones paid, one voided and issued again, the newest unpaid (one of
    them overdue). Issued in date order, as numbers must be."""

    # The coach's name stays as the demo's reports were approved with it (their frame).
    del coach
    for name, value in (("coach_details",
                        "Alex Morgan Coaching\n12 Rosemary Lane\nLondon N1 7GU"),
                        ("coach_tax_number", "GB 123 4567 89"),
                        ("invoice_tax_label", "VAT"), ("invoice_tax_rate_bp", "2000"),
                        ("invoice_payment_details",
                         "Alex Morgan Coaching · sort code 20-00-00 · account 12345678")):
        if not settings.get(vault, name) or name == "invoice_tax_rate_bp":
            settings.put(vault, name, value)
    planned: list[tuple[str, int, tuple[int, ...], str]] = []
    for engagement_id, sponsor_id in vault.read(
            "SELECT id, sponsor_id FROM engagements ORDER BY id LIMIT 24"):
        held = invoices.billable(vault, engagement_id)
        held = [s for s in held if s.status == "held" and s.fee_cents > 0]
        to = "client"
        if sponsor_id is not None:
            if invoices.why_not_to_sponsor(vault, engagement_id, tuple(s.id for s in held)):
                continue
            to = "sponsor"
        for first in range(0, len(held) - 1, 2):
            pair = held[first:first + 2]
            day = date.fromisoformat(pair[-1].starts_at[:10]) + timedelta(days=1)
            if day <= today:
                planned.append((day.isoformat(), engagement_id,
                                tuple(s.id for s in pair), to))
    # The package client's package, billed whole on its first day (as packages are sold).
    package = vault.read_one("SELECT id, starts_on FROM engagements WHERE fee_basis ="
                             " 'package' ORDER BY id DESC LIMIT 1")
    if package is not None and package[1] <= today.isoformat() and \
            invoices.package_billable(vault, package[0]):
        planned.append((package[1], package[0], (), "client"))
    planned.sort()
    for number, (issued, engagement_id, session_ids, to) in enumerate(planned):
        contact = None
        if to == "sponsor":
            row = vault.read_one("SELECT c.id FROM sponsor_contacts c JOIN engagements e"
                                 " ON e.sponsor_id = c.sponsor_id WHERE e.id = ?"
                                 " ORDER BY c.id LIMIT 1", (engagement_id,))
            contact = row[0] if row else None
        invoice = invoices.issue(vault, invoices.InvoiceDraft(
            engagement_id, session_ids, issued, bill_to=to, attention_contact_id=contact,
            tax_label="VAT", tax_rate_bp=2000, whole_package=not session_ids))
        age = (today - date.fromisoformat(issued)).days
        if number == 3:
            invoices.void(vault, invoice.id, "Sent to the wrong address", issued)
            invoices.issue(vault, invoices.InvoiceDraft(
                engagement_id, session_ids, issued, bill_to=to, attention_contact_id=contact,
                tax_label="VAT", tax_rate_bp=2000, whole_package=not session_ids))
        elif age > 40 or (age > 12 and number % 3):
            paid = date.fromisoformat(issued) + timedelta(days=9 + number % 12)
            invoices.mark_paid(vault, invoice.id, min(paid, today).isoformat())
