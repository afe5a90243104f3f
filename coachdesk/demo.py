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

from coachdesk import agreements, clients, engagements, notes, sessions, sponsors
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
PRONOUNS = ["she/her", "he/him", "they/them", "she/they", ""]
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
NOTES = [
    "Arrived tired after a long week. Talked about the {topic}; noticed how often they said "
    "'I should'. Agreed experiment: one conversation this week without preparing a script.",
    "Big shift today 🎉: named the fear behind avoiding the {topic}. Curious what changes by "
    "next session.",
    "Revisited the goal about the {topic}. Progress on delegation (two tasks handed over), "
    "setback with the manager. Energy higher than last time.",
    "Sitzung auf Deutsch. Thema: {topic}. Die Klientin möchte klarer Grenzen setzen; "
    "nächste Woche ein Gespräch mit dem Team.",
    "Séance en français. Nous avons exploré le {topic} et ce que « réussir » veut dire pour "
    "elle. Prochaine étape : demander du feedback à deux collègues.",
    "Sesión en español sobre el {topic}. Se dio cuenta de un patrón: dice que sí antes de "
    "pensar. Experimento: esperar un día antes de aceptar nuevas tareas.",
    "الجلسة باللغة العربية: تحدثنا عن {topic} وعن الثقة بالنفس. الخطوة التالية: محادثة "
    "صريحة مع المدير 🌱",
    "פגישה בעברית: דיברנו על {topic} ועל הצורך לבקש עזרה. משימה: לבקש משוב מעמית אחד.",
    "日本語のセッション。{topic}について話した。次回までに一つ小さな実験をする。",
    "Pasted from my handwritten notes: <b>not bold</b>, <script>alert('x')</script> & "
    "*not markdown* — the {topic} again.",
]
TOPICS = ["board presentation", "new team", "career change", "conflict with a peer",
          "return from parental leave", "promotion", "burnout", "strategy offsite"]
PRIVATE = [
    "My own reflection: I noticed I wanted to rescue them from the {topic}. Take to "
    "supervision.",
    "Reminder to self: stay curious, less advice. Energy dipped when we touched the {topic}.",
]


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
          today: date | None = None) -> Summary:
    """Fill an empty vault with an invented practice of ``size``."""
    rng = random.Random(seed)
    today = today or date.today()
    coach = "Alex Morgan"

    sponsor_ids = []
    for i in range(size.sponsors):
        org = ORGS[i % len(ORGS)] + ("" if i < len(ORGS) else f" ({i // len(ORGS) + 1})")
        sponsor = sponsors.add(vault, sponsors.SponsorDraft(org, billing_name=f"{org} Finance"))
        for c in range(1 + i % 3):
            sponsors.add_contact(vault, sponsor.id, sponsors.ContactDraft(
                f"{rng.choice(FIRST)} {rng.choice(LAST)}", ROLES[(i + c) % len(ROLES)],
                f"contact{i}.{c}@example.org"))
        sponsor_ids.append(sponsor.id)

    states = {"draft": 0, "awaiting_signatures": 0, "active": 0, "ended": 0}
    held_sessions: list[tuple[int, int, datetime]] = []
    session_total = note_total = engagement_total = 0
    for index in range(size.clients):
        name = _name(rng, index)
        client = clients.add(vault, clients.ClientDraft(
            name, PRONOUNS[index % len(PRONOUNS)],
            f"client{index}@example.org" if index % 4 else "", f"+44 20 7946 {index:04d}"))
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
            kind, coach=coach, client=name, sponsor=parties.get("sponsor", ""),
            fee_terms=engagements.fee_terms(engagement, "sponsor" if sponsor_id else "client"),
            retention_years=7, ends_on=ends.isoformat())
        # Most sponsors here may have attendance, hours and approved progress; some less.
        terms = (("attendance", "hours", "progress"), ("attendance", "dates", "hours",
                                                        "progress"), ())[index % 3]
        agreement = agreements.add(vault, agreements.AgreementDraft(
            client.id, kind, title, parties, clauses, engagement_id=engagement.id,
            sponsor_id=sponsor_id, retention_years=7, disposal_method="Encrypted erasure",
            sponsor_may_receive=terms if sponsor_id else ()))
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
            for k in range(size.notes_per_held_session):
                topic = rng.choice(TOPICS)
                private = rng.random() < 0.3
                text = rng.choice(PRIVATE if private else NOTES).format(topic=topic)
                new_notes.append(notes.NewNote(
                    client.id, text, (moment + timedelta(minutes=5 * k)).isoformat(),
                    session_id=session_id, is_private=private))  # shared: a recap
        note_total += len(notes.add_many(vault, new_notes))

    if size.total_notes and note_total < size.total_notes and held_sessions:
        # Top up: more notes on randomly chosen held sessions, in bulk.
        extra = []
        for k in range(size.total_notes - note_total):
            client_id, session_id, moment = held_sessions[rng.randrange(len(held_sessions))]
            extra.append(notes.NewNote(client_id, rng.choice(NOTES).format(
                topic=rng.choice(TOPICS)), (moment + timedelta(minutes=40 + k % 15)).isoformat(),
                session_id=session_id, is_private=False))
        for start in range(0, len(extra), 5_000):
            note_total += len(notes.add_many(vault, extra[start:start + 5_000]))
    if size is DEMO:
        _sponsor_asks(vault, today)
        _credential_log(vault, today)
    return Summary(size.clients, size.sponsors, engagement_total, states, session_total,
                   note_total)


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
            (380, "Coaching ethics in practice", "ICF Academy", 180, "core_competency", True),
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


def open_or_create(location: VaultLocation) -> vaults.Vault:
    """The demo practice in its own folder: opened, or made and filled on first use."""
    if location.exists():
        return vaults.unlock_with_keyring(location)  # demo mode opens without asking
    plan = vaults.NewVaultPlan(str(uuid.uuid4()), "demo", vaults.RawKey(vaults.DEMO_KEY))
    vault = vaults.create(location, plan)
    build(vault, DEMO)
    return vault
