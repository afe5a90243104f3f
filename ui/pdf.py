"""PDFs built with QTextDocument and QPdfWriter, from plain text only.

Client text is inserted with QTextCursor.insertText, never through an HTML or
Markdown parser, so whatever was typed (tags, scripts, asterisks) is printed
exactly as typed. The PDF is rendered into memory first: the caller records
the SHA-256 of those exact bytes and writes them where the coach chose.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QSizeF
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from coachdesk.agreements import Agreement

ROLE_WORDS = {"coach": "Coach", "client": "Client", "sponsor": "Sponsor"}
METHOD_WORDS = {"handwritten": "handwritten signature", "electronic": "electronic signature",
                "email": "by email", "in_person": "in person"}


class _Writer:
    """Appends styled plain-text blocks to a document."""

    def __init__(self) -> None:
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

    def pdf_bytes(self, title: str) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(title)
        writer.setCreator("CoachDesk")
        writer.setResolution(300)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                         QPageLayout.Orientation.Portrait,
                                         QMarginsF(22, 20, 22, 20), QPageLayout.Unit.Millimeter))
        # Lay the text out for the printer's resolution, not the screen's, or a
        # 10 pt font comes out a third of its size on the page.
        self.document.documentLayout().setPaintDevice(writer)
        rect = writer.pageLayout().paintRectPixels(writer.resolution())
        self.document.setPageSize(QSizeF(rect.width(), rect.height()))
        self.document.print_(writer)
        del writer  # finishes the file
        buffer.close()
        return bytes(buffer.data())


def agreement_pdf(agreement: Agreement, printed_on: date | None = None) -> bytes:
    """The agreement for signing: parties, every clause, a signature block per party."""
    out = _Writer()
    out.block(agreement.title, size=18, bold=True, space_after=6)
    names = [f"{ROLE_WORDS[p.role]}: {p.name}" for p in agreement.parties]
    out.block("Between  " + "   ·   ".join(names), grey=True, space_after=14)
    for clause in agreement.clauses:
        out.block(clause.heading, size=11.5, bold=True, space_before=8, space_after=3)
        for paragraph in clause.body.split("\n"):
            out.block(paragraph, space_after=3)
    out.block("Signatures", size=13, bold=True, space_before=18, space_after=6)
    signed = {s.party_id: s for s in agreement.signatures}
    for party in agreement.parties:
        out.block(f"{ROLE_WORDS[party.role]}: {party.name}", bold=True, space_before=10)
        signature = signed.get(party.id)
        if signature:
            out.block(f"Signed by {signature.signed_name} on {signature.signed_on} "
                      f"({METHOD_WORDS.get(signature.method, signature.method)}).")
        else:
            out.block("Signature: ______________________________     "
                      "Date: ________________", space_before=14)
    out.block(f"Printed from CoachDesk on {(printed_on or date.today()).isoformat()} for "
              "signing. Each printing is recorded in the coach's records.",
              size=8, grey=True, space_before=22)
    return out.pdf_bytes(agreement.title)
