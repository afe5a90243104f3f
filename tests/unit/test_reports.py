"""Reports, disclosures and sponsor requests: the ethics case through the core."""

from __future__ import annotations

import hashlib
import json

import pytest

from coachdesk import approvals, disclosures, evidence, exports, reports, sponsor_requests
from coachdesk.approvals import Recipient
from coachdesk.errors import InvalidInput
from tests.cases import ethics_case


def plain_render(content: reports.ReportContent) -> bytes:
    """A stand-in file format for core tests: the content as JSON (PDFs are tested in ui/)."""
    return json.dumps({"id": content.disclosure_id, "facts": [f.value for f in content.frame.facts],
                       "words": [w.text for w in content.words]}).encode()


@pytest.fixture
def case(vault):
    return ethics_case(vault)


def new_report(vault, case, **kw):
    values = dict(purpose="Mid-point progress report", period_from="2026-01-01",
                  period_to="2026-04-30", facts=("attendance", "dates", "hours"))
    values.update(kw)
    return reports.create(vault, reports.ReportDraft(case.engagement.id, **values))


def test_a_report_leaves_only_with_every_item_approved_and_names_what_blocks(vault, case):
    report = new_report(vault, case)
    first = reports.write_item(vault, report.id, "Maya now leads the weekly review.")
    second = reports.write_item(vault, report.id, "She asks for feedback earlier.",
                                source_note_id=case.shared_note.id)
    saved = []
    with pytest.raises(reports.ReportBlocked) as refused:
        reports.export(vault, report.id, on="2026-05-01", render=plain_render, save=saved.append)
    assert [str(b) for b in refused.value.blocking] == [
        "The report: the client has not approved the report as it will be printed "
        "(recipient, purpose, period and session facts).",
        "Item 1 “Maya now leads the weekly review.”: the client has not approved it for this "
        "recipient.",
        "Item 2 “She asks for feedback earlier.”: the client has not approved it for this "
        "recipient."]
    assert saved == [] and disclosures.for_client(vault, case.client.id) == []

    reports.approve(vault, report.id, [first.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    with pytest.raises(reports.ReportBlocked, match="Item 2 “She asks"):
        reports.export(vault, report.id, on="2026-05-01", render=plain_render, save=saved.append)
    reports.mark_printed(vault, report.id, {second.id: second.text})  # the release form
    reports.approve(vault, report.id, [second.id], method="written", given_by="Maya Okafor",
                    given_on="2026-05-01")

    disclosure = reports.export(vault, report.id, on="2026-05-01", render=plain_render,
                                save=saved.append)
    [data] = saved
    body = json.loads(data)
    assert body["words"] == [first.text, second.text]
    assert body["id"] == disclosure.id  # the file carries its disclosure id
    assert body["facts"] == ["3 sessions held, 1 cancelled, 1 missed",
                             "2026-01-12, 2026-02-09, 2026-03-16", "4 hours 30 minutes"]
    assert disclosure.recipient_name == "Northwind Ltd"
    assert disclosure.purpose == "Mid-point progress report"
    # The log holds everything that left: the facts as well as the words.
    assert disclosures.get(vault, disclosure.id).facts.splitlines() == [
        "Attendance: 3 sessions held, 1 cancelled, 1 missed",
        "Session dates: 2026-01-12, 2026-02-09, 2026-03-16",
        "Hours of coaching: 4 hours 30 minutes"]
    assert [w.text for w in disclosures.words(vault, disclosure.id)] == [first.text, second.text]
    assert disclosure.file_sha256 == hashlib.sha256(data).hexdigest()
    assert [e.file_sha256 for e in exports.for_record(vault, "disclosure", disclosure.id)] == [
        disclosure.file_sha256]
    assert disclosures.for_sponsor(vault, case.sponsor.id) == [disclosure]


def test_struck_items_never_leave_and_do_not_block(vault, case):
    report = new_report(vault, case)
    keep = reports.write_item(vault, report.id, "Keep this.")
    struck = reports.write_item(vault, report.id, "STRUCK words.")
    reports.approve(vault, report.id, [keep.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    reports.strike_item(vault, report.id, struck.id)
    states = [(i.excerpt.text, i.state) for i in reports.items(vault, report.id, "2026-05-01")]
    assert states == [("Keep this.", reports.APPROVED), ("STRUCK words.", reports.STRUCK)]
    saved = []
    reports.export(vault, report.id, on="2026-05-01", render=plain_render, save=saved.append)
    assert b"STRUCK" not in saved[0]


def test_item_states_follow_the_client(vault, case):
    report = new_report(vault, case)
    a = reports.write_item(vault, report.id, "a")
    b = reports.write_item(vault, report.id, "b")
    c = reports.write_item(vault, report.id, "c")
    d = reports.write_item(vault, report.id, "d")
    reports.mark_asked(vault, report.id, [b.id])
    reports.approve(vault, report.id, [c.id], method="verbal", given_by="Maya",
                    given_on="2026-05-01", expires_on="2026-06-30")
    round_ = reports.approve(vault, report.id, [d.id], method="email", given_by="Maya",
                             given_on="2026-05-01")
    reports.edit_item(vault, report.id, a.id, "a, rewritten")
    reports.approve(vault, report.id, [a.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    reports.edit_item(vault, report.id, a.id, "a, rewritten again")
    approvals.revoke(vault, approvals.in_round(vault, round_.id)[0].id, "changed her mind")
    seen = {i.excerpt.id: i for i in reports.items(vault, report.id, "2026-07-01")}
    assert {k: v.state for k, v in seen.items()} == {
        a.id: reports.VOIDED, b.id: reports.AWAITING, c.id: reports.EXPIRED,
        d.id: reports.REVOKED}
    on_time = reports.items(vault, report.id, "2026-05-02")[2]
    assert on_time.state_words == ("Approved 2026-05-01, verbally (no written record), "
                                   "until 2026-06-30")


def test_reorder_and_remove(vault, case):
    report = new_report(vault, case)
    ids = [reports.write_item(vault, report.id, t).id for t in ("one", "two", "three")]
    reports.move_item(vault, report.id, ids[2], 0)
    reports.remove_item(vault, report.id, ids[1])
    assert [i.excerpt.text for i in reports.items(vault, report.id, "2026-05-01")] == [
        "three", "one"]


def test_no_active_agreement_means_no_report(vault):
    case = ethics_case(vault, activate=False)
    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Words.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    with pytest.raises(reports.ReportBlocked, match="no active agreement"):
        reports.export(vault, report.id, on="2026-05-01", render=plain_render,
                       save=lambda data: None)


def test_facts_are_only_those_the_agreement_names(vault, case):
    from msgspec.structs import replace

    assert reports.allowed_facts(case.agreement) == ("attendance", "dates", "hours")
    narrow = replace(case.agreement, sponsor_may_receive=("dates",))
    assert reports.allowed_facts(narrow) == ("dates",)
    assert reports.allowed_facts(replace(case.agreement, sponsor_may_receive=None)) == ()
    assert reports.allowed_facts(None) == ()


def test_a_contact_needs_their_own_approval(vault, case):
    manager = Recipient("contact", case.manager.id)
    report = new_report(vault, case, recipient=manager)
    item = reports.write_item(vault, report.id, "Words.")
    approvals.record(vault, item.id, Recipient("sponsor", case.sponsor.id), method="on_screen",
                    given_by="Maya", given_on="2026-05-01")
    assert reports.items(vault, report.id, "2026-05-01")[0].state == reports.DRAFT
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    disclosure = reports.export(vault, report.id, on="2026-05-01", render=plain_render,
                                save=lambda data: None)
    assert disclosure.recipient_name == "Dan Reyes, Northwind Ltd"


def test_a_failed_save_records_no_disclosure(vault, case):
    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Words.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")

    def disk_full(data):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        reports.export(vault, report.id, on="2026-05-01", render=plain_render, save=disk_full)
    assert disclosures.for_client(vault, case.client.id) == []


def test_a_report_needs_a_sponsor_and_a_sane_period(vault, case):
    from coachdesk import engagements

    own = engagements.add(vault, engagements.EngagementDraft(case.client.id, "2026-01-01"))
    with pytest.raises(InvalidInput, match="no sponsor"):
        reports.create(vault, reports.ReportDraft(own.id, "x", "2026-01-01", "2026-02-01"))
    with pytest.raises(InvalidInput, match="cannot end before"):
        new_report(vault, case, period_from="2026-03-01", period_to="2026-02-01")
    with pytest.raises(InvalidInput, match="sponsor or one of its contacts"):
        new_report(vault, case, recipient=Recipient("contact", 999))


def test_disclosures_cannot_be_changed_or_removed(vault, case):
    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Words.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    disclosure = reports.export(vault, report.id, on="2026-05-01", render=plain_render,
                                save=lambda data: None)
    import sqlcipher3

    disposed = f"'Disposed client {case.client.id}'"
    for sql in ("UPDATE disclosures SET purpose = 'x'", "DELETE FROM disclosures",
                "UPDATE disclosures SET facts = ''",
                # Disposal's one exception does not open a door for anything else: not on
                # a sponsor's report, and not with other columns beside the name.
                f"UPDATE disclosures SET recipient_name = {disposed}",
                f"UPDATE disclosures SET recipient_name = {disposed}, sponsor_id = NULL,"
                " report_id = NULL, recipient_kind = 'client'"):
        with pytest.raises(sqlcipher3.IntegrityError, match="never"), \
                vault.transaction() as conn:
            conn.execute(sql)
    assert disclosures.get(vault, disclosure.id) == disclosure


def test_evidence_is_kept_in_the_vault_and_checked(vault, case):
    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Words.")
    reports.mark_printed(vault, report.id, {item.id: item.text})  # the release form
    round_ = reports.approve(vault, report.id, [item.id], method="written", given_by="Maya",
                             given_on="2026-05-01")
    scan = b"%PDF-1.7\n" + b"signed" * 100
    kept = evidence.add(vault, case.client.id, "/home/sam/scans/release.pdf", scan,
                        round_id=round_.id)
    assert kept.file_name == "release.pdf" and kept.media_type == "application/pdf"
    assert evidence.data(vault, kept.id) == scan
    assert approvals.get_round(vault, round_.id).evidence_id == kept.id
    with pytest.raises(InvalidInput, match="is not a PDF or an image"):
        evidence.add(vault, case.client.id, "notes.docx", b"PK\x03\x04 word file")
    with pytest.raises(InvalidInput, match="at most 20 MB"):
        evidence.add(vault, case.client.id, "huge.pdf", b"%PDF-" + bytes(21 * 1024 * 1024))
    with pytest.raises(InvalidInput, match="is empty"):
        evidence.add(vault, case.client.id, "empty.pdf", b"")


def test_sponsor_request_with_the_clause_beside_it_and_a_response(vault, case):
    request = sponsor_requests.log(vault, sponsor_requests.RequestDraft(
        case.sponsor.id, "2026-04-20", "email",
        "Send me a full report of what Maya said, or we stop paying.",
        contact_id=case.manager.id, engagement_id=case.engagement.id, full_record=True))
    assert request.client_id == case.client.id and request.full_record
    assert "never receives session notes" in sponsor_requests.agreement_words(vault, request)
    answered = sponsor_requests.respond(vault, request.id, "co_create", on="2026-04-21",
                                        note="Offered a report co-created with Maya.")
    assert answered.response == "co_create"
    assert sponsor_requests.for_sponsor(vault, case.sponsor.id) == [answered]
    assert sponsor_requests.for_client(vault, case.client.id) == [answered]
    assert "strictest confidence" in sponsor_requests.FULL_RECORD_REFUSAL
    with pytest.raises(InvalidInput):
        sponsor_requests.respond(vault, request.id, "send_everything", on="2026-04-21")
    with pytest.raises(InvalidInput, match="not one of this sponsor's contacts"):
        sponsor_requests.log(vault, sponsor_requests.RequestDraft(
            case.sponsor.id, "2026-04-20", "phone", "x", contact_id=999))


def test_consent_receipt_lists_the_exact_words_and_how_to_withdraw(vault, case):
    report = new_report(vault, case)
    one = reports.write_item(vault, report.id, "Maya leads the weekly review.")
    two = reports.write_item(vault, report.id, "She delegates more.")
    round_ = reports.approve(vault, report.id, [one.id, two.id], method="on_screen",
                             given_by="Maya Okafor", given_on="2026-05-01",
                             expires_on="2026-12-31")
    receipt = approvals.receipt(vault, round_.id, "2026-05-01")
    assert [line.text for line in receipt.lines] == [one.text, two.text]
    assert (receipt.recipient_name, receipt.purpose, receipt.expires_on) == (
        "Northwind Ltd", "Mid-point progress report", "2026-12-31")
    assert receipt.coach_name == "Sam Coach"
    assert "Tell Sam Coach" in receipt.how_to_withdraw.english()
    reports.edit_item(vault, report.id, two.id, "She delegates a lot more.")
    later = approvals.receipt(vault, round_.id, "2026-05-02")
    # The receipt still shows the words approved, and says they no longer count.
    assert later.lines[1].text == "She delegates more." and not later.lines[1].still_counts
    assert later.lines[1].note == approvals.EDITED_SINCE and later.lines[0].note == ""


def test_legal_export_and_client_packet_are_logged_disclosures(vault, case):
    from coachdesk import legal_exports

    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Approved words.")
    reports.approve(vault, report.id, [item.id], method="on_screen", given_by="Maya",
                    given_on="2026-05-01")
    reports.export(vault, report.id, on="2026-05-01", render=plain_render, save=lambda d: None)
    with pytest.raises(InvalidInput, match="on what basis"):
        legal_exports.export(vault, case.client.id, requester="District Court", legal_basis=" ",
                             on="2026-06-01", render=lambda r: b"", save=lambda d: None)
    seen = []
    legal = legal_exports.export(
        vault, case.client.id, requester="District Court", legal_basis="Court order 12/2026",
        on="2026-06-01", render=lambda r: seen.append(r) or b"record", save=lambda d: None)
    [record] = seen
    assert record.disclosure_id == legal.id and record.client.name == "Maya Okafor"
    assert {n.body for n in record.notes} == {case.shared_note.body, case.private_note.body}
    assert "JONAS-SECRET" not in repr(record)
    assert (legal.kind, legal.legal_basis, legal.sponsor_id) == (
        "legal_export", "Court order 12/2026", None)

    packets = []
    legal_exports.export_packet(vault, case.client.id, on="2026-06-02",
                                render=lambda p: packets.append(p) or b"packet",
                                save=lambda d: None)
    [packet] = packets
    kinds = [d.kind for d, _words in packet.disclosed]
    assert sorted(kinds) == ["legal_export", "sponsor_report"]
    sent = dict((d.kind, w) for d, w in packet.disclosed)["sponsor_report"]
    assert [w.text for w in sent] == ["Approved words."]
    assert [line.text for r in packet.receipts for line in r.lines] == ["Approved words."]
    assert len(disclosures.for_client(vault, case.client.id)) == 3


def test_a_signed_form_approves_only_the_words_it_printed(vault, case):
    """The client signs the words on paper: a written approval covers an item only if its
    current words are those last printed for it (another way, or a new form, can)."""
    report = new_report(vault, case)
    kept = reports.write_item(vault, report.id, "Maya leads the weekly review.")
    edited = reports.write_item(vault, report.id, "Maya delegates the budget.")
    reports.mark_printed(vault, report.id, {kept.id: kept.text, edited.id: edited.text})
    added = reports.write_item(vault, report.id, "Maya mentors two new leads.")  # not printed
    reports.edit_item(vault, report.id, edited.id, "Maya delegates the budget and the hiring.")
    [first, second, third] = reports.items(vault, report.id, "2026-05-01")
    assert first.on_printed_form and not first.changed_since_printed
    assert second.changed_since_printed and second.state == reports.AWAITING
    assert not third.on_printed_form and third.state == reports.DRAFT
    for chosen, words in (([kept.id, edited.id], "Item 2: changed after the release form"),
                          ([kept.id, added.id], "Item 3: never printed on a release form")):
        with pytest.raises(InvalidInput, match=words):
            reports.approve(vault, report.id, chosen, method="written", given_by="Maya",
                            given_on="2026-05-01")
    assert approvals.rounds_for_report(vault, report.id) == []  # nothing recorded
    reports.approve(vault, report.id, [kept.id], method="written", given_by="Maya",
                    given_on="2026-05-01")
    reports.approve(vault, report.id, [edited.id, added.id], method="email", given_by="Maya",
                    given_on="2026-05-02")  # she approved the new words by email
    states = [i.state for i in reports.items(vault, report.id, "2026-05-03")]
    assert states == [reports.APPROVED] * 3
    # Printed words are recorded as printed: a stale text gives a stale fingerprint.
    reports.mark_printed(vault, report.id, {edited.id: "Maya delegates the budget."})
    assert reports.items(vault, report.id, "2026-05-03")[1].changed_since_printed
    reports.mark_printed(vault, report.id, {edited.id: "Maya delegates the budget and the "
                                                       "hiring."})
    assert reports.items(vault, report.id, "2026-05-03")[1].on_printed_form


def test_words_codes_tell_exact_words_apart():
    from coachdesk.excerpts import text_hash, words_code

    code = words_code(text_hash("Maya leads the weekly review."))
    assert len(code) == 9 and code[4] == "-" and code == code.upper()
    assert code == words_code(text_hash("Maya leads the weekly review."))
    assert code != words_code(text_hash("Maya leads the weekly review"))


def test_the_builder_asks_the_gate_once_and_says_what_the_three_questions_say(vault, case):
    """``reports.builder`` (the Reports page's one read) equals ``items``,
    ``frame_status`` and ``assemble`` asked apart, at every step of a report's life."""
    report = new_report(vault, case)
    on = "2026-05-01"

    def same() -> None:
        built = reports.builder(vault, report.id, on)
        assert built.items == reports.items(vault, report.id, on)
        assert built.status == reports.frame_status(vault, report.id, on)
        assert built.assembly == reports.assemble(vault, report.id, on)

    same()  # nothing in it
    first = reports.write_item(vault, report.id, "Maya now leads the weekly review.")
    struck = reports.write_item(vault, report.id, "STRUCK words.")
    same()  # blocked: nothing approved
    reports.strike_item(vault, report.id, struck.id)
    same()
    reports.approve(vault, report.id, [first.id], method="on_screen", given_by="Maya Okafor",
                    given_on=on)
    same()  # approved, the struck item left out of what leaves
    assert reports.builder(vault, report.id, on).assembly.content is not None
    reports.update(vault, report.id, reports.ReportDraft(
        case.engagement.id, purpose="Another purpose", period_from="2026-01-01",
        period_to="2026-04-30", facts=("attendance",)))
    same()  # the frame changed after approval


def test_a_file_being_made_holds_no_one_up_and_leaves_only_as_approved_when_done(vault,
                                                                                 case):
    """The PDF is made outside the vault's lock: a save on another thread (the coach's
    autosave, while the report renders on the worker) goes through meanwhile. What is
    recorded is checked again once the file is made: an approval withdrawn during the
    rendering stops the export, and nothing is recorded or left on disk."""
    import threading

    from coachdesk import notes

    report = new_report(vault, case)
    item = reports.write_item(vault, report.id, "Words.")
    round_ = reports.approve(vault, report.id, [item.id], method="on_screen",
                             given_by="Maya", given_on="2026-05-01")
    rendering, go_on = threading.Event(), threading.Event()

    def slow_render(content):
        rendering.set()
        assert go_on.wait(10)
        return plain_render(content)

    saved: list[bytes] = []
    outcome: list[object] = []

    def export() -> None:
        try:
            outcome.append(reports.export(vault, report.id, on="2026-05-01",
                                          render=slow_render, save=saved.append))
        except Exception as exc:  # handed to the test's thread
            outcome.append(exc)

    worker = threading.Thread(target=export)
    worker.start()
    assert rendering.wait(10)
    writer = threading.Thread(target=lambda: notes.add(vault, case.client.id, "Autosaved."))
    writer.start()
    writer.join(5)
    assert not writer.is_alive()  # the save did not wait for the file
    [consent] = approvals.in_round(vault, round_.id)
    approvals.revoke(vault, consent.id, "changed her mind")  # while the file is made
    go_on.set()
    worker.join(10)
    assert isinstance(outcome[0], reports.ReportBlocked)
    assert disclosures.for_client(vault, case.client.id) == []


def test_a_record_changed_while_its_file_was_made_is_made_again(vault, case, tmp_path):
    """The whole record for a court: a note added during the rendering is in the file
    that is recorded (the file is made again from what the vault holds now)."""
    import threading

    from coachdesk import legal_exports, notes

    renders: list[int] = []
    first = threading.Event()

    def render(record) -> bytes:
        renders.append(len(record.notes))
        if len(renders) == 1:
            notes.add(vault, case.client.id, "Written while the file was made.")
            first.set()
        return json.dumps([n.body for n in record.notes]).encode()

    saved: list[bytes] = []
    disclosure = legal_exports.export(vault, case.client.id, requester="District Court",
                                      legal_basis="Order 12", on="2026-05-01",
                                      render=render, save=saved.append)
    assert first.is_set() and renders[1] == renders[0] + 1
    assert "Written while the file was made." in saved[-1].decode()
    assert disclosure.file_sha256 == hashlib.sha256(saved[-1]).hexdigest()
