"""Report, release form, receipt and legal PDFs read back with pdftotext."""

from __future__ import annotations

import re
import unicodedata

from coachdesk import approvals, legal_exports, reports
from tests.cases import ethics_case
from tests.pdftext import drawn_inside, ink, pdf_text, word_boxes
from ui import pdf, record_pdf

TRICKY = ("<b>bold?</b> <script>alert('x')</script> **not bold** # not a heading\n"
          "[link](http://example.com) &amp; & < >")


def approved_report(vault, texts):
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance", "hours")))
    ids = [reports.write_item(vault, report.id, t).id for t in texts]
    reports.approve(vault, report.id, ids, method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    return case, report


def export(vault, report):
    saved = []
    disclosure = reports.export(vault, report.id, on="2026-05-01", render=pdf.report_pdf,
                                save=saved.append)
    return disclosure, saved[0]


def test_html_script_and_markdown_print_exactly_as_typed(vault):
    _case, report = approved_report(vault, [TRICKY])
    disclosure, data = export(vault, report)
    text = pdf_text(data)
    for line in TRICKY.split("\n"):
        assert line in text
    assert "Maya Okafor" in text and "Northwind Ltd" in text and "Sam Coach" in text
    assert "2026-01-01 to 2026-04-30" in text
    assert "3 sessions held, 1 cancelled, 1 missed" in text and "4 hours 30 minutes" in text
    assert f"Disclosure D-{disclosure.id:06d}" in text
    assert "We talked about her team" not in text  # the note itself never appears
    assert "PRIVATE" not in text and "JONAS" not in text


def test_right_to_left_text_and_emoji_survive(vault):
    words = "מאיה מובילה את הפגישה השבועית 🙂 — ومايا تقود الاجتماع 🎉"
    # U+0378 is no character at all: every font lacks it, so it is drawn as a missing
    # glyph's empty box, the control the emoji are told apart from.
    between = "Before 🙂 middle 🎉 after \u0378 end"
    _case, report = approved_report(vault, [words, between])
    _disclosure, data = export(vault, report)
    # pdftotext gives Arabic as presentation forms and wraps runs in direction
    # marks: NFKC folds the forms back, and the marks are dropped.
    text = unicodedata.normalize("NFKC", pdf_text(data))
    text = re.sub("[\u202a-\u202e\u200e\u200f]", "", text)
    for word in words.split():
        if word not in ("🙂", "🎉"):
            assert word in text, word
    # Qt's PDF text layer leaves out characters beyond the BMP, but the emoji are drawn: as
    # an embedded font's glyphs (Symbola) or as pictures (Noto Color Emoji), whichever the
    # machine has. A reader sees each one between the words around it, with ink inside
    # its outline, where a missing glyph's box is empty.
    boxes = {w: (x0, y0, x1, y1) for w, x0, y0, x1, y1 in word_boxes(data)
             if w in ("Before", "middle", "after", "end")}
    before, middle, after, end = (boxes[w] for w in ("Before", "middle", "after", "end"))
    assert before[1] == middle[1] == after[1] == end[1]  # one line
    top, bottom = before[1], before[3]
    # Each gap between two words, less a point and a half at either side (the spaces), so
    # no edge of a neighbouring letter counts as ink.
    smile, party, missing = ((left[2] + 1.5, top, right[0] - 1.5, bottom) for left, right in
                             ((before, middle), (middle, after), (after, end)))
    assert drawn_inside(data, smile) > 0.05
    assert drawn_inside(data, party) > 0.05
    assert ink(data, missing) > 0.05 and drawn_inside(data, missing) == 0  # the check can fail


def test_ten_thousand_words_span_pages_each_with_the_disclosure_id(vault):
    long = " ".join(f"word{i}" for i in range(10_000))
    _case, report = approved_report(vault, [long, "A short second passage."])
    disclosure, data = export(vault, report)
    text = pdf_text(data)
    pages = [p for p in text.split("\f") if p.strip()]
    assert len(pages) >= 5
    footer = f"Disclosure D-{disclosure.id:06d}"
    assert all(footer in page for page in pages)
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    flat = " ".join(text.split())
    for marker in ("word0 ", "word4999 ", "word9999 "):
        assert marker in flat + " "
    assert "A short second passage." in text
    seen = [int(m) for m in re.findall(r"\bword(\d+)\b", text)]
    assert seen == list(range(10_000))  # every word, once, in order


def frame(**kw) -> reports.PrintedFrame:
    values = dict(coach_name="Sam Coach", client_name="Maya Okafor",
                  sponsor_name="Northwind Ltd", recipient_name="Northwind Ltd",
                  purpose="Progress report", period_from="2026-01-01",
                  period_to="2026-04-30", facts=())
    values.update(kw)
    return reports.PrintedFrame(**values)


def test_release_form_and_receipt(vault):
    _case, report = approved_report(vault, ["Maya leads the weekly review."])
    form = pdf_text(pdf.release_form_pdf(
        frame=frame(), passages=[(1, TRICKY), (3, "Second.")], printed_on="2026-05-01"))
    flat = " ".join(form.split())
    assert "I, Maya Okafor, give Sam Coach permission to send Northwind Ltd" in flat
    assert "<script>alert('x')</script>" in form
    assert "Passage 3" in form and "Passage 2" not in form  # numbered as in the report
    assert "Nothing else from my coaching is shared." in flat
    assert f"report code {frame().code}" in flat
    assert "Purpose: Progress report" in flat and "Period: 2026-01-01 to 2026-04-30" in flat
    assert form.count("Signature: ____") == 2
    [round_] = approvals.rounds_for_report(vault, report.id)
    receipt = pdf_text(pdf.receipt_pdf(approvals.receipt(vault, round_.id, "2026-05-01")))
    for expected in ("Consent receipt", f"CR-{round_.id:06d}", "Northwind Ltd",
                     "Progress report", "on screen, in session", "2026-05-01",
                     "Maya leads the weekly review.", "How to withdraw",
                     "when you withdraw it"):
        assert expected in receipt, expected


def test_legal_record_is_whole_and_clearly_not_a_report(vault):
    case = ethics_case(vault)
    saved = []
    disclosure = legal_exports.export(
        vault, case.client.id, requester="District Court of Utrecht",
        legal_basis="Court order C/16/123 of 2026-06-01", on="2026-06-02",
        render=record_pdf.record_pdf, save=saved.append)
    text = pdf_text(saved[0])
    assert "Complete client record: legal release" in text and "not a sponsor report" in text
    assert "Court order C/16/123" in text and "District Court of Utrecht" in text
    assert "PRIVATE: worried about her marriage." in text  # the whole record, as ordered
    assert "JONAS" not in text
    assert f"D-{disclosure.id:06d}" in text


def test_the_legal_record_holds_every_version_place_approval_and_disclosure(vault):
    """The whole record: earlier versions of notes, where sessions were held, each report
    with its items, each approval with the words approved (even after an edit) and
    their words codes, and what each disclosure sent."""
    from coachdesk import excerpts, notes, sessions

    case, report = approved_report(vault, ["Maya leads the weekly review."])
    notes.save(vault, case.private_note.id, "PRIVATE, rewritten: her marriage is better.")
    sessions.add(vault, sessions.SessionDraft(case.engagement.id, "2026-05-20T10:00", 60,
                                              place="Café Oslo, back room", status="held"))
    [item] = reports.items(vault, report.id, "2026-05-01")
    approved_words = item.excerpt.text
    disclosure, _data = export(vault, report)
    reports.edit_item(vault, report.id, item.excerpt.id, "Maya leads the review, and more.")
    saved = []
    legal_exports.export(vault, case.client.id, requester="District Court of Utrecht",
                         legal_basis="Court order C/16/123", on="2026-06-02",
                         render=record_pdf.record_pdf, save=saved.append)
    text = " ".join(pdf_text(saved[0]).split())
    assert "PRIVATE: worried about her marriage." in text  # the earlier version
    assert "Earlier version, saved" in text
    assert "PRIVATE, rewritten: her marriage is better." in text
    assert "at Café Oslo, back room" in text
    assert "Maya leads the review, and more." in text  # the item as it stands
    code = excerpts.words_code(excerpts.text_hash(approved_words))
    assert f"Words code {code}: {approved_words}" in text  # as approved, before the edit
    frame = reports.PrintedFrame.from_text(approvals.rounds_for_report(vault, report.id)[0].frame)
    assert f"report code {frame.code}" in text and "Purpose: Progress report" in text
    assert f"D-{disclosure.id:06d}" in text and disclosure.file_sha256 in text
    assert "Attendance: 3 sessions held, 1 cancelled, 1 missed" in text
    assert "JONAS" not in text
    # Who signed what, and what the sponsor may receive, as agreed.
    assert "Client: Maya Okafor; signed by Maya Okafor on 2026-01-05" in text
    assert "What the sponsor may receive: attendance (how many sessions" in text


def test_the_legal_record_keeps_withdrawals_and_signed_forms(vault):
    from coachdesk import clients, evidence

    case, report = approved_report(vault, ["Maya leads the weekly review."])
    clients.update(vault, case.client.id, clients.ClientDraft(
        "Maya Okafor", pronouns="she/her", email="maya@example.org", phone="+44 20 1234"))
    [round_] = approvals.rounds_for_report(vault, report.id)
    [given] = approvals.in_round(vault, round_.id)
    kept = evidence.add(vault, case.client.id, "signed-form.pdf", b"%PDF-1.7 signed",
                        round_id=round_.id)
    approvals.revoke(vault, given.id, "she changed her mind")
    saved = []
    legal_exports.export(vault, case.client.id, requester="Maya Okafor",
                         legal_basis="The client's own request", for_the_client=True,
                         on="2026-06-02", render=record_pdf.record_pdf, save=saved.append)
    text = " ".join(pdf_text(saved[0]).split())
    for expected in ("Pronouns: she/her", "Email: maya@example.org", "Phone: +44 20 1234",
                     "(withdrawn 20", ": she changed her mind)", "Withdrawn on 20",
                     f"signed-form.pdf (application/pdf, {kept.size:,} bytes, SHA-256 "
                     f"{kept.sha256})"):
        assert expected in text, expected


def test_no_pdf_names_the_client_in_the_title_a_viewer_shows(vault):
    """A PDF's title is shown in the viewer's window title and task bar, in plain view."""
    from tests.pdftext import pdf_title

    case, report = approved_report(vault, ["Maya leads the weekly review."])
    _disclosure, report_file = export(vault, report)
    saved = []
    legal_exports.export(vault, case.client.id, requester="Maya Okafor",
                         legal_basis="The client's own request", on="2026-06-02",
                         render=record_pdf.record_pdf, save=saved.append)
    legal_exports.export_packet(vault, case.client.id, on="2026-06-02",
                                render=pdf.packet_pdf, save=saved.append)
    titles = [pdf_title(data) for data in (report_file, *saved)]
    assert titles == ["Coaching progress report", "Client record (legal release)",
                      "What was shared about you"]
    assert not any("Maya" in t or "Okafor" in t for t in titles)


def test_the_release_form_shows_the_frame_exactly_as_it_will_be_printed():
    facts = (reports.Fact("Attendance", "3 sessions held"),
             reports.Fact("Hours of coaching", "4.5 hours"))
    printed = frame(recipient_name="Dan Reyes, Northwind Ltd", facts=facts)
    form = " ".join(pdf_text(pdf.release_form_pdf(
        frame=printed, passages=[(1, "Maya leads the weekly review.")],
        printed_on="2026-05-01")).split())
    for line in ("For: Dan Reyes, Northwind Ltd", "Purpose: Progress report",
                 "Period: 2026-01-01 to 2026-04-30", "Attendance: 3 sessions held",
                 "Hours of coaching: 4.5 hours", f"report code {printed.code}"):
        assert line in form, line
    assert "as our coaching agreement allows (as recorded on 2026-05-01)" in form
    # Another purpose is another frame: another code, so paper and record can be compared.
    assert frame(purpose="Progress report and her plans").code != frame().code
