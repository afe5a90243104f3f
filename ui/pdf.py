"""PDFs built with QTextDocument and QPdfWriter, from plain text only.

Client text is inserted with QTextCursor.insertText, never through an HTML or
Markdown parser, so whatever was typed (tags, scripts, asterisks) is printed
exactly as typed. The PDF is rendered into memory first: the caller records
the SHA-256 of those exact bytes and writes them where the coach chose.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QT_TR_NOOP,
    QBuffer,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from coachdesk import reports
from coachdesk.agreements import ROLE_WORDS, Agreement
from coachdesk.approvals import METHOD_WORDS as CONSENT_METHOD_WORDS
from coachdesk.approvals import RECEIPT_WORDS, Receipt
from coachdesk.disclosures import KIND_WORDS as DISCLOSURE_WORDS
from coachdesk.disposal import Disposal
from coachdesk.excerpts import text_hash, words_code
from coachdesk.legal_exports import Packet
from ui import print_language
from ui.bidi import isolated, shown
from ui.print_language import words_in
from ui.words import put_in, tr

_CONTEXT = ""  # where lupdate files this module's words (tr() and QT_TR_NOOP outside a class)
Tr = Callable[..., str]  # (text, disambiguation=None, n=-1) -> text, as ui.words.tr
# A role or label and its value, "Coach: Kim": a language punctuates it its own way
# (French "Coach : Kim", with a non-breaking space before the colon).
_LABELLED = QT_TR_NOOP("%1: %2")


def _printed_in(language: str) -> tuple[Tr, Callable[[str], str]]:
    """The module's own words (lupdate files them under the empty context) and dates, in a
    document's print language rather than the screen's (ui.print_language)."""
    words = words_in(language)

    def translated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return words.translated("", text, disambiguation or "", n)

    return translated, words.day

METHOD_WORDS = {"handwritten": QT_TR_NOOP("handwritten signature"),
                "electronic": QT_TR_NOOP("electronic signature"),
                "email": QT_TR_NOOP("by email"), "in_person": QT_TR_NOOP("in person")}


class _Writer:
    """Appends styled plain-text blocks to a document."""

    def __init__(self, words: Tr = tr) -> None:
        self.words = words  # CoachDesk's words on every page (the footer's page numbers)
        self.document = QTextDocument()
        self.document.setDefaultFont(QFont("DejaVu Sans", 10))
        self.document.setDocumentMargin(0)
        self.cursor = QTextCursor(self.document)
        self._first = True

    def block(self, text: str, *, size: float = 10, bold: bool = False, space_before: float = 0,
              space_after: float = 4, grey: bool = False) -> None:
        block = QTextBlockFormat()
        block.setTopMargin(space_before)
        block.setBottomMargin(space_after)
        char = QTextCharFormat()
        font = QFont("DejaVu Sans", size)
        font.setBold(bold)
        # No "fi"/"fl" ligatures: copied or searched text must read as it was typed.
        font.setFeature(QFont.Tag("liga"), 0)
        char.setFont(font)
        if grey:
            char.setForeground(QColor("#55605D"))
        if self._first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(char)
            self._first = False
        else:
            self.cursor.insertBlock(block, char)
        self.cursor.insertText(text, char)  # plain text: nothing in it is interpreted

    def pdf_bytes(self, title: str, footer: str = "") -> bytes:
        """The document as PDF bytes; every page ends with ``footer`` and its number.

        ``title`` is the file's metadata, which PDF viewers show in their window title
        and task bar: it never names the client."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("CoachDesk")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(22, 20, 22, 14), QPageLayout.Unit.Millimeter))
        # Lay the text out for the printer's resolution, not the screen's, or a
        # 10 pt font comes out a third of its size on the page.
        self.document.documentLayout().setPaintDevice(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        footer_height = writer.resolution() * 0.3  # about 7.6 mm kept for the footer
        body = QSizeF(rect.width(), rect.height() - footer_height)
        self.document.setPageSize(body)
        pages = self.document.pageCount()
        painter = QPainter(writer)
        tr = self.words
        footer_font = QFont("DejaVu Sans", 7.5)
        footer_font.setFeature(QFont.Tag("liga"), 0)
        for page in range(pages):
            if page:
                writer.newPage()
            self._draw_page(painter, page * body.height(), body)
            painter.setFont(footer_font)
            painter.setPen(QColor("#55605D"))
            line = QRectF(0, rect.height() - footer_height * 0.7, rect.width(),
                          footer_height * 0.7)
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                             footer)
            painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             put_in(tr("Page %1 of %2"), str(page + 1), str(pages)))
        painter.end()
        del writer  # finishes the file
        buffer.close()
        return bytes(buffer.data())

    def _draw_page(self, painter: QPainter, top: float, body: QSizeF) -> None:
        """Draw the lines laid out on the page starting at ``top``, and no others.

        QTextDocument.print_ and drawContents also draw the last line of the page
        before, hidden by the clip but still in the PDF's text: copied or
        searched text then repeats a line at every page break. Drawing only the
        lines that start on this page avoids that (the layout never lets a line
        cross a page break).
        """
        painter.save()
        painter.translate(0, -top)
        painter.setPen(QColor("black"))
        layout = self.document.documentLayout()
        block = self.document.begin()
        while block.isValid():
            bounds = layout.blockBoundingRect(block)
            if bounds.bottom() >= top and bounds.top() < top + body.height():
                text_layout = block.layout()
                origin = text_layout.position()
                for number in range(text_layout.lineCount()):
                    line = text_layout.lineAt(number)
                    if top <= origin.y() + line.y() < top + body.height():
                        line.draw(painter, origin)
            block = block.next()
        painter.restore()

    def facts(self, rows: list[tuple[str, str]], joined: str = "") -> None:
        """Label-value lines, each a plain block (labels bold). Each value is isolated
        (ui.bidi): a name in Arabic or Hebrew keeps its direction without moving the words
        and numbers after it."""
        for label, value in rows:
            self.block(put_in(joined or self.words(_LABELLED), label, isolated(value)),
                       space_after=2)

    def frame_lines(self, lines: list[reports.Fact]) -> None:
        """An approved frame's lines, each joined exactly as the client saw it approved
        (reports.Fact): punctuated per language, they would differ from the release form
        and review screen by a space, and a later translation could move them."""
        self.facts([(f.label, f.value) for f in lines], joined="%1: %2")

    def signature_line(self, who: str) -> None:
        tr = self.words
        self.block(who, bold=True, space_before=16)
        self.block(tr("Signature: ______________________________     Date: ________________"),
                   space_before=14)


def agreement_pdf(agreement: Agreement, printed_on: date | None = None) -> bytes:
    """The agreement for signing: parties, every clause, a signature block per party.

    All of it in the agreement's own language, whatever the screen speaks: its words as
    they were written (and signed), and CoachDesk's scaffolding around them (headings,
    "Signed by", the days, the page numbers) through ``print_language``."""
    words = words_in(agreement.language)

    def say(text: object) -> str:  # words marked with QT_TR_NOOP, in this module's context
        return words.tr(_CONTEXT, str(text))

    def role(party_role: str) -> str:
        return say(ROLE_WORDS[party_role])  # "Coach", "Client", "Sponsor": tr() below

    out = _Writer(_printed_in(agreement.language)[0])
    out.block(agreement.title, size=18, bold=True, space_after=6)
    names = [put_in(say(_LABELLED), role(p.role), isolated(p.name)) for p in agreement.parties]
    out.block(say(QT_TR_NOOP("Between  ")) + "   ·   ".join(names), grey=True,
              space_after=14)
    for clause in agreement.clauses:
        out.block(clause.heading, size=11.5, bold=True, space_before=8, space_after=3)
        for paragraph in clause.body.split("\n"):
            out.block(paragraph, space_after=3)
    out.block(say(QT_TR_NOOP("Signatures")), size=13, bold=True, space_before=18,
              space_after=6)
    signed = {s.party_id: s for s in agreement.signatures}
    for party in agreement.parties:
        out.block(put_in(say(_LABELLED), role(party.role), isolated(party.name)), bold=True,
                  space_before=10)
        signature = signed.get(party.id)
        if signature:
            said = (QT_TR_NOOP("Signed for the sponsor by %1 on %2 (%3).")
                    if party.role == "sponsor" else QT_TR_NOOP("Signed by %1 on %2 (%3)."))
            out.block(put_in(say(said), isolated(signature.signed_name),
                             words.day(signature.signed_on),
                             say(METHOD_WORDS.get(signature.method, signature.method))))
            continue
        if party.role == "sponsor":  # an organisation: a person signs for it
            out.block(say(QT_TR_NOOP("Name: ______________________________")),
                      space_before=14)
            out.block(say(QT_TR_NOOP("Title: ______________________________")),
                      space_before=10)
        out.block(say(QT_TR_NOOP("Signature: ______________________________     "
                                 "Date: ________________")), space_before=14)
    printed = QT_TR_NOOP("Printed from CoachDesk on %1 for signing. Each printing is "
                         "recorded in the coach's records.")
    out.block(say(printed).replace("%1", words.day(printed_on or date.today())),
              size=8, grey=True, space_before=22)
    return out.pdf_bytes(say(QT_TR_NOOP("Coaching agreement")), agreement.title)


def _disclosure_footer(number: str, produced_on: str, tr: Tr = tr) -> str:
    """``number`` as the core gives it (coachdesk.sync.numbers); '' on a preview."""
    if not number:
        return tr("PREVIEW, not a disclosure · %1").replace("%1", produced_on)
    return put_in(tr("Disclosure %1 · exported from CoachDesk on %2"), number, produced_on)


def report_pdf(content: reports.ReportContent) -> bytes:
    """A report for a sponsor: who, for what, the period, the facts, then the approved words.

    Every word of the client's comes from ``content.words``, which the report
    module fills from the consent gate's ``passed`` alone. CoachDesk's own words and the
    dates are in the frame's print language; the client's words are never translated.
    """
    frame = content.frame  # exactly as the client approved it
    tr, day = _printed_in(frame.language)
    out = _Writer(tr)
    out.block(tr("Coaching progress report"), size=18, bold=True, space_after=4)
    # "For", the purpose and "Period": the frame's own lines, worded as the client
    # approved them (the release form and review mode list the same lines).
    recipient, purpose, period, *_facts = frame.lines()
    out.block(shown(purpose.value), size=11.5, grey=True, space_after=12)
    out.facts([(tr("Coach"), frame.coach_name or "—"), (tr("Client"), frame.client_name),
               (tr("Sponsor"), frame.sponsor_name)])
    out.frame_lines([recipient, period])
    if frame.facts:
        out.block(tr("Sessions"), size=13, bold=True, space_before=14, space_after=4)
        out.frame_lines(list(frame.facts))
    if content.words:
        out.block(tr("In the client's approved words"), size=13, bold=True, space_before=14,
                  space_after=2)
        out.block(tr("Each passage below was read and approved by the client, word for word, "
                  "for this recipient."), grey=True, size=9, space_after=8)
        for number, words in enumerate(content.words, start=1):
            out.block(f"{number}.", bold=True, space_before=8, space_after=2)
            for paragraph in words.text.split("\n"):
                out.block(paragraph, space_after=2)
            out.block(put_in(tr("Approved %1, %2."), day(words.approved_on),
                             words_in(frame.language).translated(
                                 "Approvals", CONSENT_METHOD_WORDS[words.method])),
                      size=8.5, grey=True, space_after=4)
    out.block(tr("This report holds only passages the client approved word for word for its "
              "recipient, and the session facts the coaching agreement allows. It is "
              "confidential to its recipient; please do not pass it on."),
              size=8, grey=True, space_before=20)
    return out.pdf_bytes(tr("Coaching progress report"),
                         _disclosure_footer(content.disclosure_number, day(content.produced_on),
                                            tr))


def release_form_pdf(*, frame: reports.PrintedFrame, passages: list[tuple[int, str]],
                     printed_on: str) -> bytes:
    """Written permission: the report exactly as it will be sent (the frame around the
    words, and the words), with lines to sign.

    ``passages`` are (item number in the report, words): the numbers and words codes are
    the ones the approval screen shows when the signed form comes back; the report code
    covers the frame (recipient, purpose, period, session facts, print language) the same
    way. CoachDesk's sentences and the dates are in the frame's print language.
    """
    tr, day = _printed_in(frame.language)
    printed_on = day(printed_on)
    out = _Writer(tr)
    coach = frame.coach_name or tr("my coach")
    out.block(tr("Permission to share coaching information"), size=18, bold=True, space_after=10)
    if frame.facts and passages:
        permission = tr("I, %1, give %2 permission to send %3 the report set out below, "
                        "exactly as printed here: who receives it, its purpose and period, "
                        "the session facts and the passages, word for word.")
    elif frame.facts:
        permission = tr("I, %1, give %2 permission to send %3 the report set out below, "
                        "exactly as printed here: who receives it, its purpose and period, "
                        "the session facts.")
    elif passages:
        permission = tr("I, %1, give %2 permission to send %3 the report set out below, "
                        "exactly as printed here: who receives it, its purpose and period "
                        "and the passages, word for word.")
    else:
        permission = tr("I, %1, give %2 permission to send %3 the report set out below, "
                        "exactly as printed here: who receives it, its purpose and period.")
    # Each name isolated: a name kept with a direction override cannot turn the sentence.
    out.block(put_in(permission, isolated(frame.client_name), isolated(coach),
                     isolated(frame.recipient_name)), space_after=6)
    out.block(tr("The report as it will be sent  ·  report code %1").replace("%1", frame.code),
              bold=True, space_before=6, space_after=2)
    out.frame_lines(list(frame.lines()))
    out.block(tr("The session facts above come from the session records, as our coaching "
                 "agreement allows (as recorded on %1). Nothing else from my coaching is "
                 "shared.").replace("%1", printed_on) if frame.facts else
              tr("No session facts are sent. Nothing else from my coaching is shared."),
              space_before=6, space_after=6)
    out.block(tr("I may strike out any passage before signing. I may withdraw this permission "
              "at any time by telling my coach; passages not yet sent will then not be sent. "
              "If the purpose, the period, the facts or the recipient change, I will be "
              "asked again."), space_after=10)
    for number, text in passages:
        code = words_code(text_hash(text))  # shown again when the approval is recorded
        out.block(put_in(tr("Passage %1  ·  words code %2"), str(number), code), bold=True,
                  space_before=8, space_after=2)
        for paragraph in text.split("\n"):
            out.block(paragraph, space_after=2)
        out.block(tr("Approved [  ]     Struck out [  ]"), size=9, grey=True, space_before=2)
    out.block(tr("Expires on (optional): ________________"), space_before=16)
    out.signature_line(tr("Client: %1").replace("%1", isolated(frame.client_name)))
    out.signature_line(tr("Coach: %1").replace("%1", isolated(frame.coach_name))
                       if frame.coach_name else tr("Coach"))
    return out.pdf_bytes(tr("Permission to share coaching information"),
                         tr("Release form printed from CoachDesk on %1").replace(
                             "%1", printed_on))


def _receipt_said(text: str) -> str:
    """A receipt's field as printed: the core's own words in its stead (an edited passage,
    a round from before its recipient was kept) in the receipt's language; the client's
    and the coach's words exactly as they are."""
    return QCoreApplication.translate("Approvals", text) if text in RECEIPT_WORDS else text


def receipt_pdf(receipt: Receipt) -> bytes:
    """A consent receipt for the client (fields after the Kantara consent receipt), in
    CoachDesk's language, its dates and how the client approved too (as the packet)."""
    day = words_in(print_language.default()).day
    out = _Writer()
    out.block(tr("Consent receipt"), size=18, bold=True, space_after=10)
    out.facts([
        (tr("Receipt"), receipt.receipt_id), (tr("Issued"), day(receipt.issued_on)),
        (tr("Your coach (who keeps your record)"), receipt.coach_name or "—"),
        (tr("You"), receipt.client_name), (tr("Approved by"), receipt.given_by),
        (tr("May be shared with"), _receipt_said(receipt.recipient_name)),
        (tr("Purpose"), _receipt_said(receipt.purpose)),
        (tr("How you approved"), QCoreApplication.translate("Approvals", receipt.method)),
        (tr("Approved on"), day(receipt.given_on)),
        (tr("Approval ends"), day(receipt.expires_on) if receipt.expires_on
         else tr("when you withdraw it")),
        (tr("Signed form kept"), tr("yes, encrypted with your record") if receipt.evidence_kept
         else tr("no"))])
    if receipt.withdrawn_at:
        out.block(tr("You withdrew this approval on %1: nothing in it is sent any more.")
                  .replace("%1", day(receipt.withdrawn_at[:10])), bold=True, space_before=10)
    approved = reports.PrintedFrame.from_text(receipt.frame)
    if approved is not None:
        out.block(tr("The report as you approved it (report code %1)").replace(
            "%1", approved.code), size=13, bold=True, space_before=14, space_after=4)
        out.frame_lines(list(approved.lines()))
    if receipt.lines:
        out.block(tr("The exact words you approved"), size=13, bold=True, space_before=14,
                  space_after=4)
    for number, line in enumerate(receipt.lines, start=1):
        out.block(f"{number}.", bold=True, space_before=6, space_after=2)
        for paragraph in _receipt_said(line.text).split("\n"):
            out.block(paragraph, space_after=2)
        if line.note:
            out.block(_receipt_said(line.note), size=9, grey=True, space_after=2)
    out.block(tr("How to withdraw"), size=13, bold=True, space_before=14, space_after=4)
    out.block(receipt.how_to_withdraw.fill(QCoreApplication.translate))
    out.block(tr("Nothing else from your coaching is shared: not your session notes, and "
              "nothing you have not approved word for word."), space_before=8)
    return out.pdf_bytes(tr("Consent receipt %1").replace("%1", receipt.receipt_id),
                         tr("Consent receipt %1 · CoachDesk").replace("%1", receipt.receipt_id))


def packet_pdf(packet: Packet) -> bytes:
    """For the client: everything ever disclosed about them, and their receipts. Its words
    are in CoachDesk's language, and so are its dates ("30. November 2026"; ISO in English,
    as every document prints them: ui.print_language)."""
    day = words_in(print_language.default()).day
    out = _Writer()
    out.block(tr("What was shared about you"), size=18, bold=True, space_after=4)
    out.block(put_in(tr("Prepared for %1 by %2 on %3."), packet.client_name,
                     packet.coach_name or tr("your coach"), day(packet.produced_on)),
              grey=True, space_after=12)
    if not packet.disclosed:
        out.block(tr("Nothing from your coaching has been shared with anyone."))
    for disclosure, words in packet.disclosed:
        out.block(put_in(tr("%1: %2 to %3"), day(disclosure.disclosed_at[:10]),
                         QCoreApplication.translate("Disclosures",
                                                    DISCLOSURE_WORDS[disclosure.kind]),
                         disclosure.recipient_name),
                  size=12, bold=True, space_before=12)
        out.block(put_in(tr("Purpose: %1 · Legal basis: %2"), disclosure.purpose,
                         disclosure.legal_basis) if disclosure.legal_basis else
                  tr("Purpose: %1").replace("%1", disclosure.purpose), grey=True,
                  space_after=4)
        if disclosure.facts:
            out.block(tr("Facts from your session records, as your agreement allows: ")
                      + "; ".join(disclosure.facts.splitlines()) + ".", space_after=4)
        for w in words:
            for paragraph in w.text.split("\n"):
                out.block(paragraph, space_after=2)
            out.block("", space_after=2)
    if packet.receipts:
        out.block(tr("Your consent receipts"), size=13, bold=True, space_before=16)
    for receipt in packet.receipts:
        out.block(put_in(tr("%1: approved %2 (%3) for %4"), receipt.receipt_id,
                         day(receipt.given_on), QCoreApplication.translate("Approvals",
                                                                      receipt.method),
                         _receipt_said(receipt.recipient_name)), bold=True,
                  space_before=8, space_after=2)
        for line in receipt.lines:
            out.block(_receipt_said(line.text), space_after=2)
    return out.pdf_bytes(tr("What was shared about you"),
                         _disclosure_footer(packet.disclosure_number, day(packet.produced_on)))


def removed_and_backups(out: _Writer, done: Disposal) -> None:
    """The "Removed from the vault" and "Backups" sections, in the same words on the disposal
    receipt and the erasure receipt: an erasure is a disposal, with the same compaction."""
    out.block(tr("Removed from the vault"), size=13, bold=True, space_before=14, space_after=4)
    for kind, count in done.counts.items():
        said = QCoreApplication.translate("Disposal", kind)  # marked in coachdesk.disposal
        out.block(put_in(out.words(_LABELLED), said[:1].upper() + said[1:], str(count)),
                  space_after=1)
    out.block(tr("The search index was rebuilt and the vault file compacted with secure "
              "deletion, so the removed words are not left in free space."), space_before=6)
    out.block(tr("Backups"), size=13, bold=True, space_before=14, space_after=4)
    if not done.backups_rewritten and not done.backups_removed:
        out.block(tr("No CoachDesk backups were found in the backup folder."))
    for name in done.backups_rewritten:
        out.block(tr("Rewritten without this client and checked: %1").replace("%1", name),
                  space_after=1)
    for name in done.backups_removed:
        out.block(tr("Deleted (it could not be rewritten): %1").replace("%1", name),
                  space_after=1)


def disposal_receipt_pdf(done: Disposal, coach_name: str, printed_on: str) -> bytes:
    """What was disposed of, for the coach's file (and the client, if they ask)."""
    out = _Writer()
    out.block(tr("Disposal receipt"), size=18, bold=True, space_after=10)
    out.facts([(tr("Records of"), done.client_name), (tr("Client number"), str(done.client_id)),
               (tr("Disposed on"), done.disposed_at[:10]),
               (tr("Basis"), done.basis_words + (f": {done.note}" if done.note else "")),
               (tr("By"), coach_name or tr("the coach")), (tr("Receipt"), done.receipt_number)])
    removed_and_backups(out, done)
    out.block(tr("Kept, without content"), size=13, bold=True, space_before=14, space_after=4)
    out.block(tr("Session dates, lengths and fees (tax records); the log of disclosures (who "
              "received a file, when, and its fingerprint, but not its words); this "
              "disposal's record (client number, kinds, counts, date, basis). Copies outside "
              "CoachDesk's vault and backup folder (files you exported, other backups) are "
              "not reached: dispose of those yourself."), space_after=4)
    return out.pdf_bytes(tr("Disposal receipt"), put_in(
        tr("Disposal receipt %1 · printed %2"), done.receipt_number, printed_on))
