"""The whole sponsor-facing file is approved: the frame around the words, the terms
the agreement's parties chose, and the names as the client saw them.

Each test changes something *after* the client approved, the way the outside
review found the doors open, and checks what a coach (or a sponsor) would see.
"""

from __future__ import annotations

import json

import pytest
from msgspec.structs import replace

from coachdesk import agreements, approvals, disclosures, reports, sessions, settings, sponsors
from coachdesk.approvals import Recipient
from coachdesk.errors import InvalidInput
from tests.cases import ethics_case


def plain_render(content: reports.ReportContent) -> bytes:
    """Everything the file prints, as JSON (PDFs are read back in tests/property and ui)."""
    frame = content.frame
    return json.dumps({"purpose": frame.purpose, "recipient": frame.recipient_name,
                       "period": [frame.period_from, frame.period_to],
                       "facts": [str(f) for f in frame.facts],
                       "words": [w.text for w in content.words]}).encode()


@pytest.fixture
def case(vault):
    return ethics_case(vault)


def approved_report(vault, case, *, facts=("attendance",), recipient=None):
    """A report whose one passage and frame the client approved on screen on 2026-05-01."""
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Mid-point progress report", "2026-01-01", "2026-04-30",
        recipient=recipient, facts=facts))
    item = reports.write_item(vault, report.id, "Maya now leads the weekly review.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    return report


def export(vault, report_id):
    saved: list[bytes] = []
    disclosure = reports.export(vault, report_id, on="2026-05-02", render=plain_render,
                                save=saved.append)
    return disclosure, json.loads(saved[0])


def refused(vault, report_id) -> str:
    saved: list[bytes] = []
    with pytest.raises(reports.ReportBlocked) as blocked:
        reports.export(vault, report_id, on="2026-05-02", render=plain_render,
                       save=saved.append)
    assert saved == []
    return str(blocked.value)


def change(vault, report, **kw):
    values = dict(engagement_id=report.engagement_id, purpose=report.purpose,
                  period_from=report.period_from, period_to=report.period_to,
                  recipient=report.recipient, facts=report.facts)
    values.update(kw)
    return reports.update(vault, report.id, reports.ReportDraft(**values))


# -- 1. the frame is part of what the client approves ---------------------------------------

def test_a_purpose_changed_after_approval_never_reaches_the_sponsor(vault, case):
    report = approved_report(vault, case)
    secret = "PRIVATE: worried about her marriage."
    change(vault, report, purpose=secret)
    why = refused(vault, report.id)
    assert "the purpose (approved as “Mid-point progress report”" in why
    assert "approve the report again" in why
    assert disclosures.for_client(vault, case.client.id) == []
    # Put back as approved, the report goes, with the approved purpose only.
    change(vault, report, purpose="Mid-point progress report")
    disclosure, sent = export(vault, report.id)
    assert sent["purpose"] == disclosure.purpose == "Mid-point progress report"


def test_a_widened_period_or_added_facts_void_an_approval_without_facts(vault, case):
    report = approved_report(vault, case, facts=())
    change(vault, report, period_to="2026-12-31", facts=("attendance", "dates", "hours"))
    why = refused(vault, report.id)
    assert "the period (approved 2026-01-01 to 2026-04-30, now 2026-01-01 to 2026-12-31)" in why
    assert "Attendance is now sent" in why and "Hours of coaching is now sent" in why
    items = reports.items(vault, report.id, "2026-05-02")
    assert items[0].state == reports.REFRAMED


def test_a_fact_whose_value_changed_voids_the_approval(vault, case):
    report = approved_report(vault, case)
    export(vault, report.id)
    sessions.add(vault, sessions.SessionDraft(case.engagement.id, "2026-04-20T10:00", 60,
                                              status="held"))
    why = refused(vault, report.id)
    assert ("Attendance (approved “3 sessions held, 1 cancelled, 1 missed”, now “4 sessions "
            "held, 1 cancelled, 1 missed”)") in why


def test_a_facts_only_report_is_approved_as_a_frame(vault, case):
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Attendance so far", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    assert "has not approved the report as it will be printed" in refused(vault, report.id)
    round_ = reports.approve(vault, report.id, [], method="on_screen", given_by="Maya Okafor",
                             given_on="2026-05-01")
    assert approvals.in_round(vault, round_.id) == []
    disclosure, sent = export(vault, report.id)
    assert sent["facts"] == ["Attendance: 3 sessions held, 1 cancelled, 1 missed"]
    assert sent["words"] == [] and disclosure.facts == sent["facts"][0]


def test_a_written_approval_needs_the_frame_as_printed(vault, case):
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Mid-point", "2026-01-01", "2026-04-30", facts=("hours",)))
    item = reports.write_item(vault, report.id, "Words on the form.")
    reports.mark_printed(vault, report.id, {item.id: item.text})
    change(vault, reports.get(vault, report.id), purpose="Mid-point, and her plans")
    with pytest.raises(InvalidInput, match="changed after the release form was printed"):
        reports.approve(vault, report.id, [item.id], method="written", given_by="Maya",
                        given_on="2026-05-01")
    reports.mark_printed(vault, report.id, {item.id: item.text})
    reports.approve(vault, report.id, [item.id], method="written", given_by="Maya",
                    given_on="2026-05-01")
    assert export(vault, report.id)[1]["purpose"] == "Mid-point, and her plans"


def test_the_frame_code_changes_with_any_part_of_the_frame(vault, case):
    report = approved_report(vault, case)
    first = reports.frame(vault, report)
    assert first.code == reports.frame(vault, report).code  # the same frame, the same code
    settings.put(vault, "coach_name", "Sam Coach PCC")
    assert reports.frame(vault, report).code != first.code
    assert "your name as printed" in refused(vault, report.id)


# -- 2. information-exchange terms are explicit choices ---------------------------------------

NEGATIVE_CLAUSES = (
    "The sponsor will not receive attendance, session dates or hours of coaching.",
    "The sponsor receives only progress updates the client approved.",
    "The sponsor may know the sessions took place, but not the hours of coaching.",
)


@pytest.mark.parametrize("clause", NEGATIVE_CLAUSES)
def test_no_fact_is_ever_guessed_from_the_clause_words(vault, clause):
    case = ethics_case(vault, sharing=("progress",))
    body = f"{agreements.sharing_sentence(('progress',))} {clause} Attendance, dates, hours."
    assert agreements.information_exchange(case.agreement)  # the clause is there
    draft = agreements.draft_for_engagement(vault, case.engagement.id, "Sam Coach")
    draft = replace(draft, sponsor_may_receive=("progress",), clauses=tuple(
        replace(c, body=body) if c.kind == "information_exchange" else c
        for c in draft.clauses))
    agreement = agreements.add(vault, draft)
    assert clause in agreements.information_exchange(agreement)
    assert reports.allowed_facts(agreement) == ()
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30",
        facts=("attendance", "dates", "hours")))
    assert reports.facts_to_send(vault, report.id) == ()
    item = reports.write_item(vault, report.id, "Maya leads the review.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    assert export(vault, report.id)[1]["facts"] == []


def test_unconfirmed_terms_send_nothing_until_the_parties_sign_again(vault, case):
    # An agreement from before terms existed: the migration leaves them unconfirmed.
    with vault.transaction() as conn:
        conn.execute("UPDATE agreements SET sponsor_may_receive = NULL WHERE id = ?",
                     (case.agreement.id,))
    agreement = agreements.get(vault, case.agreement.id)
    assert not agreement.terms_confirmed and reports.allowed_facts(agreement) == ()
    report = approved_report(vault, case, facts=("attendance", "hours"))
    assert "nobody has confirmed what the agreement lets the sponsor receive" in refused(
        vault, report.id)
    confirmed = agreements.set_terms(vault, agreement.id, ("attendance",))
    assert confirmed.status == "awaiting_signatures" and confirmed.signatures == ()
    assert agreements.sharing_sentence(("attendance",)) in agreements.information_exchange(
        confirmed)
    for role, name in (("coach", "Sam Coach"), ("client", "Maya Okafor"),
                       ("sponsor", "Dan Reyes")):
        agreements.record_signature(vault, agreement.id, role, name, "2026-05-01",
                                    "handwritten")
    agreements.activate(vault, agreement.id)
    # The frame now holds attendance only, and the agreement does not allow words.
    why = refused(vault, report.id)
    assert "does not let the sponsor receive the client's words" in why
    assert "Attendance is now sent" in why  # approved while the terms allowed no facts


def test_terms_write_the_sentence_and_freeze_once_signed(vault):
    case = ethics_case(vault, activate=False, sharing=())
    agreement = case.agreement
    assert agreement.sponsor_may_receive == ()
    assert agreements.sharing_sentence(()) in agreements.information_exchange(agreement)
    chosen = agreements.set_terms(vault, agreement.id, ("hours", "attendance"))
    assert chosen.sponsor_may_receive == ("attendance", "hours")
    words = agreements.information_exchange(chosen)
    assert words.startswith("The sponsor may receive only: attendance (how many sessions "
                            "were held, cancelled or missed); the hours of coaching held.")
    assert agreements.sharing_sentence(()) not in words
    # The coach words what is around the sentence, never the sentence itself.
    clauses = tuple(agreements.ClauseDraft(c.kind, c.heading, c.body) for c in chosen.clauses)
    tampered = tuple(replace(c, body=c.body.replace("only: attendance", "also: notes and"))
                     if c.kind == "information_exchange" else c for c in clauses)
    with pytest.raises(InvalidInput, match="must keep its first sentence"):
        agreements.set_clauses(vault, agreement.id, tampered)
    around = tuple(replace(c, body=c.body + " Reports are co-created in session.")
                   if c.kind == "information_exchange" else c for c in clauses)
    agreements.set_clauses(vault, agreement.id, around)
    agreements.record_signature(vault, agreement.id, "coach", "Sam Coach", "2026-05-01",
                                "handwritten")
    with pytest.raises(InvalidInput, match="cannot change"):
        agreements.set_terms(vault, agreement.id, ("attendance", "dates", "hours"))
    with pytest.raises(InvalidInput):
        agreements.set_terms(vault, agreement.id, ("session notes",))


# -- 3. an approval names its recipient as the client saw it ---------------------------------

def test_a_renamed_sponsor_voids_the_approval_and_receipts_keep_the_approved_name(vault, case):
    report = approved_report(vault, case, recipient=Recipient("contact", case.manager.id))
    [round_] = approvals.rounds_for_report(vault, report.id)
    disclosure, sent = export(vault, report.id)
    assert sent["recipient"] == "Dan Reyes, Northwind Ltd"
    sponsors.update(vault, case.sponsor.id, sponsors.SponsorDraft("Globex Corp"))
    why = refused(vault, report.id)
    assert ("the recipient's name (approved as “Dan Reyes, Northwind Ltd”, now “Dan Reyes, "
            "Globex Corp”)") in why
    # What was approved and what left keep the names as they stood.
    assert approvals.receipt(vault, round_.id, "2026-06-01").recipient_name == (
        "Dan Reyes, Northwind Ltd")
    assert disclosures.get(vault, disclosure.id).recipient_name == "Dan Reyes, Northwind Ltd"
    assert approvals.get_round(vault, round_.id).recipient_name == "Dan Reyes, Northwind Ltd"


def test_an_edited_passage_keeps_the_words_the_client_approved(vault, case):
    report = approved_report(vault, case)
    [item] = reports.items(vault, report.id, "2026-05-01")
    reports.edit_item(vault, report.id, item.excerpt.id, "Maya leads the review, and more.")
    [consent] = approvals.for_excerpts(vault, [item.excerpt.id])
    assert consent.text == "Maya now leads the weekly review."


# -- withdrawal and binding: what an adversarial review of the first version found --------

def test_withdrawing_every_passage_withdraws_the_report_around_them(vault, case):
    report = approved_report(vault, case)
    [round_] = approvals.rounds_for_report(vault, report.id)
    [given] = approvals.in_round(vault, round_.id)
    approvals.revoke(vault, given.id, "changed her mind")
    assert approvals.get_round(vault, round_.id).revoked_at is not None
    reports.remove_item(vault, report.id, given.excerpt_id)  # only the facts would be left
    assert "withdrew the approval of the report" in refused(vault, report.id)


def test_a_report_of_facts_alone_can_be_withdrawn(vault, case):
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Attendance so far", "2026-01-01", "2026-04-30",
        facts=("attendance",)))
    round_ = reports.approve(vault, report.id, [], method="on_screen", given_by="Maya",
                             given_on="2026-05-01")
    export(vault, report.id)
    approvals.revoke_round(vault, round_.id, "withdrawn by the client")
    assert "withdrew the approval of the report" in refused(vault, report.id)
    assert not reports.frame_status(vault, report.id, "2026-05-02").approved


def test_an_approval_is_refused_for_a_frame_nobody_was_shown(vault, case):
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Mid-point", "2026-01-01", "2026-04-30", facts=("hours",)))
    item = reports.write_item(vault, report.id, "Words.")
    shown = reports.frame(vault, report).sha256  # what the approval dialog showed
    change(vault, report, purpose="Mid-point, and her sick leave")
    with pytest.raises(InvalidInput, match="changed after it was shown"):
        reports.approve(vault, report.id, [item.id], method="email", given_by="Maya",
                        given_on="2026-05-01", shown_frame=shown)
    assert approvals.rounds_for_report(vault, report.id) == []


def test_a_report_round_covers_its_own_client_and_items_only(vault, case):
    mine = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Mine", "2026-01-01", "2026-04-30", facts=("hours",)))
    other = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Other", "2026-01-01", "2026-04-30"))
    elsewhere = reports.write_item(vault, other.id, "Words of the other report.")
    frame = reports.frame(vault, mine).as_approved()
    sponsor = Recipient("sponsor", case.sponsor.id)
    with pytest.raises(InvalidInput, match="that report's own client and items"):
        approvals.record_round(vault, [], sponsor, method="on_screen", given_by="Jonas",
                              given_on="2026-05-01", report_id=mine.id, frame=frame,
                              client_id=case.other_client.id)
    with pytest.raises(InvalidInput, match="that report's own client and items"):
        approvals.record_round(vault, [elsewhere.id], sponsor, method="on_screen",
                              given_by="Maya", given_on="2026-05-01", report_id=mine.id,
                              frame=frame)
    # A frame's hash is taken from its own text: a stored frame says what was approved.
    harmless = approvals.Frame('{"purpose":"something harmless"}')
    assert harmless.sha256 != frame.sha256


def test_a_withdrawn_passage_says_withdrawn_not_changed(vault, case):
    report = approved_report(vault, case)
    [item] = reports.items(vault, report.id, "2026-05-01")
    # An older approval of the same words outside the report, then the report's own
    # approval withdrawn: the reason is the withdrawal.
    approvals.record(vault, item.excerpt.id, report.recipient, method="on_screen",
                    given_by="Maya", given_on="2026-04-01")
    [in_report] = approvals.in_round(vault, approvals.rounds_for_report(vault, report.id)[0].id)
    approvals.revoke(vault, in_report.id, "changed her mind")
    [now] = reports.items(vault, report.id, "2026-05-02")
    assert now.state == reports.REVOKED


def test_the_log_of_a_client_not_disposed_of_cannot_be_emptied(vault, case):
    import sqlcipher3

    report = approved_report(vault, case)
    disclosure, _sent = export(vault, report.id)
    with pytest.raises(sqlcipher3.DatabaseError, match="never changed"), \
            vault.transaction() as conn:
        conn.execute("UPDATE disclosures SET purpose = 'Removed at disposal',"
                     " legal_basis = '' WHERE id = ?", (disclosure.id,))
    assert disclosures.get(vault, disclosure.id).purpose == "Mid-point progress report"
