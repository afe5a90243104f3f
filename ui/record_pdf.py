"""The legal record: a client's whole record for a regulator or a court (never a sponsor
report), written with the shared PDF writer of ``ui.pdf`` from plain text only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.agreements import SHARING_TERM_WORDS
from coachdesk.approvals import METHOD_WORDS as CONSENT_METHOD_WORDS
from coachdesk.disclosures import KIND_WORDS as DISCLOSURE_WORDS
from coachdesk.legal_exports import ClientRecord
from coachdesk.sponsor_requests import CHANNEL_WORDS, RESPONSE_WORDS
from ui.pdf import METHOD_WORDS, _disclosure_footer, _Writer
from ui.words import put_in, tr


def record_pdf(record: ClientRecord) -> bytes:
    """A client's whole record for a legal request: clearly not a sponsor report. Every line
    is a whole sentence in the coach's language; what was typed or signed is as written."""
    from ui.models.records import STATUS_WORDS
    from ui.pages.report_parts import item_state_words

    def status(code: str) -> str:  # as the pills say it
        return QCoreApplication.translate("Badges", STATUS_WORDS.get(code, code))

    out = _Writer()
    out.block(tr("Complete client record: legal release"), size=18, bold=True, space_after=4)
    out.block(tr("Released under a legal obligation or at the client's own request. This is "
              "not a sponsor report."), grey=True, space_after=10)
    client = record.client
    out.facts([(tr("Client"), client.name), (tr("Pronouns"), client.pronouns or "—"),
               (tr("Email"), client.email or "—"), (tr("Phone"), client.phone or "—"),
               (tr("Address"), ", ".join(line.strip() for line in client.address.splitlines()
                                         if line.strip()) or "—"),
               (tr("Coach"), record.coach_name or "—"),
               (tr("Requested by"), record.requester), (tr("Legal basis"), record.legal_basis),
               (tr("Produced on"), record.produced_on)])
    out.block(tr("Engagements"), size=13, bold=True, space_before=14)
    for e in record.engagements:
        out.block(put_in(tr("%1: %2 to %3 (%4)"), e.title or tr("Engagement"), e.starts_on,
                         e.ends_on or tr("open"), status(e.status)))
        for goal in e.goals:
            out.block(tr("Goal: %1").replace("%1", goal.text), space_after=2)
    out.block(tr("Agreements"), size=13, bold=True, space_before=14)
    roles = {"coach": tr("Coach"), "client": tr("Client"), "sponsor": tr("Sponsor")}
    for a in record.agreements:
        out.block(f"{a.title} ({status(a.status)})", bold=True, space_before=4)
        signed = {s.party_id: s for s in a.signatures}
        for party in a.parties:
            s = signed.get(party.id)
            role = roles.get(party.role, party.role)
            out.block(put_in(tr("%1: %2; signed by %3 on %4 (%5)"), role, party.name,
                             s.signed_name, s.signed_on,
                             tr(str(METHOD_WORDS.get(s.method, s.method)))) if s else
                      put_in(tr("%1: %2; not signed"), role, party.name),
                      size=9, space_after=1)
        if a.kind == "three_party":
            out.block(tr("What the sponsor may receive: ") + (
                "; ".join(QCoreApplication.translate("Agreements", SHARING_TERM_WORDS[t])
                          for t in a.sponsor_may_receive or ()) or tr("nothing")
                if a.terms_confirmed else tr("not confirmed (nothing is sent)")), size=9)
        if a.retention_years is not None:
            out.block(put_in(tr("Records kept %1 years; disposal: %2"), str(a.retention_years),
                             a.disposal_method or "—"), size=9)
        for clause in a.clauses:
            out.block(f"{clause.heading}: {clause.body}", size=9)
    out.block(tr("Sessions"), size=13, bold=True, space_before=14)
    for session in record.sessions:
        held = put_in(tr("%1, %2 min, %3"), session.starts_at.replace("T", " "),
                      str(session.duration_minutes), status(session.status))
        out.block(put_in(tr("%1, at %2"), held, session.place) if session.place else held,
                  space_after=1)
    out.block(tr("Notes"), size=13, bold=True, space_before=14)
    for note in record.notes:
        kind = tr("coach's private note") if note.is_private else tr("note")
        out.block(put_in(tr("%1 (%2), as it stands (saved %3)"), note.created_at[:10], kind,
                         note.updated_at[:16].replace("T", " ")), bold=True, space_before=6,
                  space_after=2)
        for paragraph in note.body.split("\n"):
            out.block(paragraph, space_after=2)
        for earlier in reversed(record.earlier_versions.get(note.id, [])):
            out.block(tr("Earlier version, saved %1").replace(
                          "%1", earlier.saved_at[:16].replace("T", " ")),
                      size=9, bold=True, grey=True, space_before=4, space_after=1)
            for paragraph in earlier.body.split("\n"):
                out.block(paragraph, size=9, grey=True, space_after=1)
    out.block(tr("Action items"), size=13, bold=True, space_before=14)
    for action in record.action_items:
        whose = roles.get(action.owner, action.owner)  # a structured choice: client or coach
        out.block(put_in(tr("%1: %2 (whose: %3; due: %4; done on %5)"), action.created_at[:10],
                         action.text, whose, action.due_on or "—", action.done_on)
                  if action.done_on else
                  put_in(tr("%1: %2 (whose: %3; due: %4; open)"), action.created_at[:10],
                         action.text, whose, action.due_on or "—"), space_after=2)
    out.block(tr("Excerpts written for sponsors"), size=13, bold=True, space_before=14)
    for excerpt in record.excerpts:
        out.block(excerpt.text, space_after=3)
    out.block(tr("Reports to sponsors"), size=13, bold=True, space_before=14)
    for history in record.reports:
        r = history.report
        out.block(put_in(tr("To %1: %2 (%3 to %4)"), history.recipient_name, r.purpose,
                         r.period_from, r.period_to), bold=True, space_before=6, space_after=2)
        for item in history.items:
            out.block(put_in(tr("Item %1 (%2): %3"), str(item.position),
                             item_state_words(item), item.excerpt.text), size=9,
                      space_after=1)
    out.block(tr("Approvals given, with the words approved"), size=13, bold=True,
              space_before=14)
    for approval in record.approvals:
        round_ = approval.round
        out.block(put_in(tr("%1: %2, by %3, for %4; purpose: %5"), round_.given_on,
                         QCoreApplication.translate("Approvals",
                                                    CONSENT_METHOD_WORDS[round_.method]),
                         round_.given_by, round_.recipient_name or tr("the sponsor"),
                         round_.purpose or "—")
                  + (tr("; until %1").replace("%1", round_.expires_on)
                     if round_.expires_on else "")
                  + (tr("; signed form kept") if round_.evidence_id else ""),
                  bold=True, space_before=6, space_after=1)
        if approval.frame is not None:
            out.block(put_in(tr("The report as approved (report code %1): %2"),
                             approval.frame.code, "; ".join(map(str, approval.frame.lines()))),
                      size=9, space_after=1)
        if round_.revoked_at:
            out.block(tr("Withdrawn on %1").replace("%1", round_.revoked_at[:10]), size=9,
                      space_after=1)
        for passage in approval.passages:
            c = passage.consent
            words = (passage.words if passage.words is not None else
                     tr("(approved before CoachDesk kept the approved words)"))
            if not c.revoked_at:
                line = put_in(tr("Words code %1: %2"), passage.words_code, words)
            elif c.revoke_reason:
                line = put_in(tr("Words code %1 (withdrawn %2: %3): %4"),
                              passage.words_code, c.revoked_at[:10], c.revoke_reason, words)
            else:
                line = put_in(tr("Words code %1 (withdrawn %2): %3"), passage.words_code,
                              c.revoked_at[:10], words)
            out.block(line, size=9, space_after=1)
    out.block(tr("Signed forms kept (encrypted in the vault)"), size=13, bold=True,
              space_before=14)
    for kept in record.evidence:
        # %Ln: the size with the locale's grouping ("12.345 Bytes")
        out.block(put_in(tr("%1: %2 (%3, %Ln byte(s), SHA-256 %4)", "", kept.size),
                         kept.added_at[:10], kept.file_name, kept.media_type, kept.sha256),
                  size=9, space_after=1)
    out.block(tr("Disclosures"), size=13, bold=True, space_before=14)
    for d in record.disclosures:
        out.block(put_in(tr("%1: %2 to %3 (D-%4); purpose: %5"), d.disclosed_at[:10],
                         QCoreApplication.translate("Disclosures", DISCLOSURE_WORDS[d.kind]),
                         d.recipient_name, f"{d.id:06d}", d.purpose)
                  + (tr("; legal basis: %1").replace("%1", d.legal_basis)
                     if d.legal_basis else ""),
                  space_before=4, space_after=1)
        out.block(tr("File SHA-256 %1").replace("%1", d.file_sha256), size=8, grey=True,
                  space_after=1)
        for line in d.facts.splitlines():
            out.block(line, size=9, space_after=1)
        for sent in record.disclosed_words.get(d.id, ()):
            out.block(f"{sent.position}. {sent.text}", size=9, space_after=1)
    out.block(tr("Sponsor requests"), size=13, bold=True, space_before=14)
    for asked in record.sponsor_requests:
        out.block(put_in(tr("%1 (%2): %3"), asked.asked_on, QCoreApplication.translate(
            "SponsorRequests", CHANNEL_WORDS[asked.channel]), asked.asked_for), space_after=1)
        answer = (QCoreApplication.translate("SponsorRequests", RESPONSE_WORDS[asked.response])
                  if asked.response in RESPONSE_WORDS else "")
        if not answer:
            out.block(tr("Not answered yet."), size=9, space_after=1)
        elif asked.responded_on:
            out.block(put_in(tr("Answered on %1: %2"), asked.responded_on, answer), size=9,
                      space_after=1)
        else:
            out.block(tr("Answered: %1").replace("%1", answer), size=9, space_after=1)
        if asked.response_note:  # as the coach wrote it
            out.block(asked.response_note, size=9, space_after=2)
    return out.pdf_bytes(tr("Client record (legal release)"),
                         _disclosure_footer(record.disclosure_number, record.produced_on)
                         + tr(" · legal release"))
