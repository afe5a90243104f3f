"""The consent gate, held with real PDFs read back by pdftotext.

Hypothesis plays any sequence of writing, lifting, editing, approving for
either recipient, revoking, striking and exporting on two reports (one to the
sponsor organisation, one to the manager who asked). A small independent model
says which words each recipient may receive on each day. Every export must
either be refused (when the model says some item may not go) or produce a PDF
whose text holds exactly the approved words and none other, with a disclosure
recording the file's SHA-256.

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

from coachdesk import consents, disclosures, reports
from coachdesk import vault as vaults
from coachdesk.consents import Recipient
from coachdesk.paths import VaultLocation
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from ui import pdf

EXAMPLES = int(os.environ.get("COACHDESK_GATE_EXAMPLES", "500"))
BASE = date(2026, 5, 1)
TOKEN = re.compile(r"TK\d+X")

# Approving a whole report is weighted up, so that many examples export real words.
approve_report = st.tuples(st.just("approve_report"), st.integers(0, 1), st.integers(0, 3),
                           st.one_of(st.none(), st.integers(0, 40)), st.integers(0, 3))
actions = st.lists(st.one_of(
    st.tuples(st.just("write"), st.integers(0, 1), st.booleans()),
    st.tuples(st.just("edit"), st.integers(0, 20)),
    st.tuples(st.just("approve"), st.integers(0, 20), st.integers(0, 1),
              st.one_of(st.none(), st.integers(0, 20)), st.integers(0, 10)),
    approve_report, approve_report, approve_report,
    st.tuples(st.just("revoke"), st.integers(0, 30)),
    st.tuples(st.just("strike"), st.integers(0, 20)),
    st.tuples(st.just("export"), st.integers(0, 1), st.integers(0, 25)),
    st.tuples(st.just("export"), st.integers(0, 1), st.integers(0, 25)),
), min_size=1, max_size=16)


def day(offset: int) -> str:
    return (BASE + timedelta(days=offset)).isoformat()


@settings(max_examples=EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(script=actions)
def test_only_words_approved_for_that_recipient_ever_reach_a_pdf(qapp, tmp_path_factory,
                                                                 script):
    folder = tmp_path_factory.mktemp("gate")
    vault = vaults.create(VaultLocation(folder), vaults.plan_keyring_vault())
    try:
        play(vault, script)
    finally:
        vault.close()


def play(vault, script) -> None:
    case = ethics_case(vault)
    recipients = [Recipient("sponsor", case.sponsor.id), Recipient("contact", case.manager.id)]
    # The sponsor's report also carries attendance; the manager's has only words.
    report_ids = [reports.create(vault, reports.ReportDraft(
        case.engagement.id, f"Report {n}", "2026-01-01", "2026-04-30", recipient=r,
        facts=("attendance",) if n == 0 else ())).id for n, r in enumerate(recipients)]
    tokens = itertools.count()
    items: list[tuple[int, int]] = []  # (report index, excerpt id)
    current: dict[int, str] = {}  # excerpt id -> token of its current words
    struck: set[int] = set()
    # The model: (excerpt id, recipient index) -> [consent id, token, given, expires, revoked]
    approvals: dict[tuple[int, int], list[list]] = {}
    all_tokens: set[str] = set()
    exports_done = refusals = with_words = 0

    def words(token: str) -> str:
        return f"Progress {token} <b>as typed</b> & more"

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
            _which, excerpt_id = items[pick % len(items)]
            until = None if expires is None else day(given + expires)
            consent = consents.record(vault, excerpt_id, recipients[to], method="on_screen",
                                      given_by="Maya Okafor", given_on=day(given),
                                      expires_on=until)
            approvals.setdefault((excerpt_id, to), []).append(
                [consent.id, current[excerpt_id], day(given), until, False])
        elif kind == "approve_report":
            # The client approves every item of one report at once, usually for that
            # report's own recipient (to == 0..2), sometimes for the other one (3).
            _, which, to, expires, given = action
            to = which if to < 3 else 1 - which
            until = None if expires is None else day(given + expires)
            for owner, excerpt_id in items:
                if owner != which:
                    continue
                consent = consents.record(vault, excerpt_id, recipients[to],
                                          method="written", given_by="Maya Okafor",
                                          given_on=day(given), expires_on=until)
                approvals.setdefault((excerpt_id, to), []).append(
                    [consent.id, current[excerpt_id], day(given), until, False])
        elif kind == "revoke":
            standing = [a for group in approvals.values() for a in group if not a[4]]
            if standing:
                chosen = standing[action[1] % len(standing)]
                consents.revoke(vault, chosen[0], "changed her mind")
                chosen[4] = True
        elif kind == "strike" and items:
            which, excerpt_id = items[action[1] % len(items)]
            reports.strike_item(vault, report_ids[which], excerpt_id)
            struck.add(excerpt_id)
        elif kind == "export":
            _, which, offset = action
            on = day(offset)
            mine = [e for w, e in items if w == which and e not in struck]

            def may_go(excerpt_id: int, which: int = which, on: str = on) -> bool:
                return any(token == current[excerpt_id] and not revoked and given <= on
                           and (until is None or until >= on)
                           for _cid, token, given, until, revoked
                           in approvals.get((excerpt_id, which), []))
            allowed = all(may_go(e) for e in mine) and bool(mine or which == 0)
            saved: list[bytes] = []
            before = len(disclosures.for_client(vault, case.client.id))
            try:
                disclosure = reports.export(vault, report_ids[which], on=on,
                                            render=pdf.report_pdf, save=saved.append)
            except reports.ReportBlocked as refused:
                assert not allowed, "a report the model allows was refused"
                blocked_positions = {b.position for b in refused.blocking}
                assert blocked_positions, "a refusal must name what blocks"
                assert saved == []
                assert len(disclosures.for_client(vault, case.client.id)) == before
                refusals += 1
                continue
            assert allowed, "a report with an item the client did not approve was exported"
            exports_done += 1
            with_words += bool(mine)
            [data] = saved
            text = pdf_text(data)
            found = set(TOKEN.findall(text))
            assert found == {current[e] for e in mine}, (found, mine)
            assert found <= all_tokens
            assert "PRIVATE" not in text and "JONAS" not in text
            assert "We talked about her team" not in text
            assert "<b>as typed</b>" in text or not mine
            assert disclosure.file_sha256 == hashlib.sha256(data).hexdigest()
            assert f"D-{disclosure.id:06d}" in text
            assert disclosure.recipient_kind == recipients[which].kind
            disclosed = disclosures.words(vault, disclosure.id)
            assert [(w.excerpt_id, TOKEN.findall(w.text)) for w in disclosed] == [
                (e, [current[e]]) for e in mine]
            assert len(disclosures.for_client(vault, case.client.id)) == before + 1
    event(f"PDFs holding approved words: {min(with_words, 2)}{'+' if with_words >= 2 else ''}")
    event(f"refused: {min(refusals, 3)}{'+' if refusals >= 3 else ''}")
    event(f"PDFs exported: {min(exports_done, 3)}{'+' if exports_done >= 3 else ''}")
    target(with_words, label="PDFs holding approved words")
