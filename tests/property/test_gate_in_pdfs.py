"""The consent gate, held with real PDFs read back by pdftotext.

Hypothesis plays any sequence of writing, lifting, editing, approving for
either recipient, revoking, striking and exporting on two reports (one to the
sponsor organisation, one to the manager who asked), mixed with changes to the
frame around the words between approval and export: a new purpose, another
period, other session facts, a session added (so the facts' values change) and
the sponsor renamed (so the recipient's name changes). A small independent model
says what each report may send on each day: the client must have approved the
frame exactly as it stands, and each passage's words for that recipient in that
frame. Every export must either be refused (when the model says something may
not go) or produce a PDF whose text holds exactly the approved words, purpose
and names and none other, with a disclosure recording the same.

Each piece of text carries a unique token, so finding a token in a PDF names
exactly which words, in which version, leaked.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
from datetime import date, timedelta

from hypothesis import HealthCheck, event, given, settings, target
from hypothesis import strategies as st

from coachdesk import approvals, disclosures, reports, sessions, sponsors
from coachdesk import vault as vaults
from coachdesk.approvals import Recipient
from coachdesk.paths import VaultLocation
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf

EXAMPLES = int(os.environ.get("COACHDESK_GATE_EXAMPLES", "1500"))
BASE = date(2026, 5, 1)
TOKEN = re.compile(r"TK\d+X")
PURPOSE = re.compile(r"PK\d+X")
SPONSOR = re.compile(r"SK\d+X")
PERIODS = (("2026-01-01", "2026-04-30"), ("2026-01-01", "2026-06-30"),
           ("2026-02-01", "2026-04-30"))
FACT_SETS = ((), ("attendance",), ("dates", "hours"), ("attendance", "dates", "hours"))

# Approving a whole report is weighted up, so that many examples export real words.
approve_report = st.tuples(st.just("approve_report"), st.integers(0, 1), st.integers(0, 3),
                           st.one_of(st.none(), st.integers(0, 40)), st.integers(0, 3))
export = st.tuples(st.just("export"), st.integers(0, 1), st.integers(0, 25))
# Changes to the frame, together about as likely as one other kind of step.
reframe = st.one_of(
    st.tuples(st.just("purpose"), st.integers(0, 1)),
    st.tuples(st.just("period"), st.integers(0, 1), st.integers(0, len(PERIODS) - 1)),
    st.tuples(st.just("facts"), st.integers(0, 1), st.integers(0, len(FACT_SETS) - 1)),
    st.tuples(st.just("session"),),
    st.tuples(st.just("rename"),))
actions = st.lists(st.one_of(
    st.tuples(st.just("write"), st.integers(0, 1), st.booleans()),
    st.tuples(st.just("edit"), st.integers(0, 20)),
    st.tuples(st.just("approve"), st.integers(0, 20), st.integers(0, 1),
              st.one_of(st.none(), st.integers(0, 20)), st.integers(0, 10)),
    approve_report, approve_report, approve_report,
    st.tuples(st.just("revoke"), st.integers(0, 30)),
    st.tuples(st.just("strike"), st.integers(0, 20)),
    reframe, reframe, export, export, export,
), min_size=1, max_size=18)


def day(offset: int) -> str:
    return (BASE + timedelta(days=offset)).isoformat()


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=actions)
def test_only_what_the_client_approved_ever_reaches_a_pdf(qapp, tmp_path_factory, script):
    folder = tmp_path_factory.mktemp("gate")
    vault = vaults.create(VaultLocation(folder), vaults.plan_keyring_vault())
    try:
        play(vault, script)
    finally:
        vault.close()


def play(vault, script) -> None:
    case = ethics_case(vault)
    recipients = [Recipient("sponsor", case.sponsor.id), Recipient("contact", case.manager.id)]
    tokens = itertools.count()
    sponsor_name = "Northwind SK0X"
    sponsors.update(vault, case.sponsor.id, sponsors.SponsorDraft(sponsor_name))
    # Each report's frame, as the model sees it: purpose, period, facts asked for.
    purposes = [f"Report PK{next(tokens)}X", f"Report PK{next(tokens)}X"]
    periods = [PERIODS[0], PERIODS[0]]
    asked = [("attendance",), ()]  # the sponsor's report starts with attendance
    report_ids = [reports.create(vault, reports.ReportDraft(
        case.engagement.id, purposes[n], *periods[n], recipient=r, facts=asked[n])).id
        for n, r in enumerate(recipients)]
    sessions_added = 0

    def recipient_name(which: int) -> str:
        return sponsor_name if which == 0 else f"Dan Reyes, {sponsor_name}"

    def frame_key(which: int) -> tuple:
        """Everything printed around the passages: changing any of it voids approvals."""
        return (recipient_name(which), sponsor_name, purposes[which], periods[which],
                asked[which], sessions_added if asked[which] else 0)

    def redraft(which: int) -> None:
        reports.update(vault, report_ids[which], reports.ReportDraft(
            case.engagement.id, purposes[which], *periods[which],
            recipient=recipients[which], facts=asked[which]))

    items: list[tuple[int, int]] = []  # (report index, excerpt id)
    current: dict[int, str] = {}  # excerpt id -> token of its current words
    struck: set[int] = set()
    # (excerpt id, recipient index) -> [consent id, token, given, expires, revoked, frame]
    approved: dict[tuple[int, int], list[list]] = {}
    # report -> [frame, given, expires, consent ids of the round, withdrawn]
    frames: dict[int, list[list]] = {0: [], 1: []}
    all_tokens: set[str] = set()
    exports_done = refusals = with_words = reframed = 0

    def words(token: str) -> str:
        return f"Progress {token} <b>as typed</b> & more"

    def approve(which: int, excerpt_ids: list[int], to: int, given: int,
                expires: int | None) -> None:
        """Through the report (its own recipient, with its frame) or, for the other
        recipient, as a bare consent with no frame (which never lets a report out)."""
        until = None if expires is None else day(given + expires)
        if to == which:
            round_ = reports.approve(vault, report_ids[which], excerpt_ids,
                                     method="on_screen", given_by="Maya Okafor",
                                     given_on=day(given), expires_on=until)
            given_ids = [c.id for c in approvals.in_round(vault, round_.id)]
            frames[which].append([frame_key(which), day(given), until, set(given_ids), False])
            framed = frame_key(which)
        else:
            given_ids = [approvals.record(vault, e, recipients[to], method="on_screen",
                                         given_by="Maya Okafor", given_on=day(given),
                                         expires_on=until).id for e in excerpt_ids]
            framed = None
        for consent_id, excerpt_id in zip(given_ids, excerpt_ids, strict=True):
            approved.setdefault((excerpt_id, to), []).append(
                [consent_id, current[excerpt_id], day(given), until, False, framed])

    for action in script:
        kind = action[0]
        if kind == "write":
            _, which, lift = action
            token = f"TK{next(tokens)}X"
            all_tokens.add(token)
            excerpt = reports.write_item(vault, report_ids[which], words(token),
                                         source_note_id=case.shared_note.id if lift else None)
            items.append((which, excerpt.id))
            current[excerpt.id] = token
        elif kind == "edit" and items:
            which, excerpt_id = items[action[1] % len(items)]
            token = f"TK{next(tokens)}X"
            all_tokens.add(token)
            reports.edit_item(vault, report_ids[which], excerpt_id, words(token))
            current[excerpt_id] = token
        elif kind == "approve" and items:
            _, pick, to, expires, given = action
            which, excerpt_id = items[pick % len(items)]
            approve(which, [excerpt_id], to, given, expires)
        elif kind == "approve_report":
            # The client approves every item of one report at once (and its frame),
            # usually for that report's own recipient (to == 0..2), sometimes for the other.
            _, which, to, expires, given = action
            to = which if to < 3 else 1 - which
            mine = [e for owner, e in items if owner == which]
            if mine or to == which:
                approve(which, mine, to, given, expires)
        elif kind == "revoke":
            standing = [a for group in approved.values() for a in group if not a[4]]
            if standing:
                chosen = standing[action[1] % len(standing)]
                approvals.revoke(vault, chosen[0], "changed her mind")
                chosen[4] = True
                # A round with no passage standing any more is withdrawn, frame and all.
                revoked = {a[0] for group in approved.values() for a in group if a[4]}
                for entry in frames[0] + frames[1]:
                    if chosen[0] in entry[3] and entry[3] <= revoked:
                        entry[4] = True
        elif kind == "strike" and items:
            which, excerpt_id = items[action[1] % len(items)]
            reports.strike_item(vault, report_ids[which], excerpt_id)
            struck.add(excerpt_id)
        elif kind == "purpose":
            purposes[action[1]] = f"Report PK{next(tokens)}X, from a private note"
            redraft(action[1])
        elif kind == "period":
            periods[action[1]] = PERIODS[action[2]]
            redraft(action[1])
        elif kind == "facts":
            asked[action[1]] = FACT_SETS[action[2]]
            redraft(action[1])
        elif kind == "session":
            sessions.add(vault, sessions.SessionDraft(case.engagement.id, "2026-02-15T10:00",
                                                      60, status="held"))
            sessions_added += 1
        elif kind == "rename":
            sponsor_name = f"Globex SK{next(tokens)}X"
            sponsors.update(vault, case.sponsor.id, sponsors.SponsorDraft(sponsor_name))
        elif kind == "export":
            _, which, offset = action
            on = day(offset)
            mine = [e for w, e in items if w == which and e not in struck]
            key = frame_key(which)

            def valid(given: str, until: str | None, on: str = on) -> bool:
                return given <= on and (until is None or until >= on)

            def may_go(excerpt_id: int, which: int = which, key: tuple = key) -> bool:
                return any(token == current[excerpt_id] and not revoked and framed == key
                           and valid(given, until)
                           for _cid, token, given, until, revoked, framed
                           in approved.get((excerpt_id, which), []))
            frame_ok = any(framed == key and valid(given, until) and not withdrawn
                           for framed, given, until, _ids, withdrawn in frames[which])
            reframed += bool(frames[which]) and not frame_ok
            allowed = frame_ok and all(may_go(e) for e in mine) and bool(mine or asked[which])
            saved: list[bytes] = []
            before = len(disclosures.for_client(vault, case.client.id))
            try:
                disclosure = reports.export(vault, report_ids[which], on=on,
                                            render=pdf.report_pdf, save=saved.append)
            except reports.ReportBlocked as refused:
                assert not allowed, "a report the model allows was refused"
                assert refused.blocking, "a refusal must name what blocks"
                assert saved == []
                assert len(disclosures.for_client(vault, case.client.id)) == before
                refusals += 1
                continue
            assert allowed, "a report the client did not approve as it stands was exported"
            exports_done += 1
            with_words += bool(mine)
            [data] = saved
            text = pdf_text(data)
            found = set(TOKEN.findall(text))
            assert found == {current[e] for e in mine}, (found, mine)
            assert found <= all_tokens
            # The frame printed is the one approved: this purpose, these names, no other.
            assert set(PURPOSE.findall(text)) == set(PURPOSE.findall(purposes[which]))
            assert set(SPONSOR.findall(text)) == set(SPONSOR.findall(sponsor_name))
            assert recipient_name(which) in " ".join(text.split())
            assert "PRIVATE" not in text and "JONAS" not in text
            assert "We talked about her team" not in text
            assert "<b>as typed</b>" in text or not mine
            assert disclosure.file_sha256 == hashlib.sha256(data).hexdigest()
            assert f"D-{disclosure.id:06d}" in text
            assert disclosure.recipient_kind == recipients[which].kind
            assert (disclosure.purpose, disclosure.recipient_name) == (
                purposes[which], recipient_name(which))
            labels = {"attendance": "Attendance", "dates": "Session dates",
                      "hours": "Hours of coaching"}
            assert [line.split(":")[0] for line in disclosure.facts.splitlines()] == [
                labels[f] for f in asked[which]]
            disclosed = disclosures.words(vault, disclosure.id)
            assert [(w.excerpt_id, TOKEN.findall(w.text)) for w in disclosed] == [
                (e, [current[e]]) for e in mine]
            assert len(disclosures.for_client(vault, case.client.id)) == before + 1
    event(f"PDFs holding approved words: {min(with_words, 2)}{'+' if with_words >= 2 else ''}")
    event(f"refused: {min(refusals, 3)}{'+' if refusals >= 3 else ''}")
    event(f"refused after the frame changed: {min(reframed, 2)}{'+' if reframed >= 2 else ''}")
    event(f"PDFs exported: {min(exports_done, 3)}{'+' if exports_done >= 3 else ''}")
    target(with_words, label="PDFs holding approved words")
