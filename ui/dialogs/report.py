"""Dialogs of the report builder: a report's details, an excerpt's words, an approval
given outside the screen, a sponsor's request, and a legal export.

Each saves through one core function; a refusal is shown in the dialog, which
stays open with everything typed. Titles never carry a client's name.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coachdesk import (
    agreements,
    approvals,
    clients,
    engagements,
    evidence,
    excerpts,
    notes,
    reports,
    sponsor_requests,
    sponsors,
)
from coachdesk.approvals import Recipient
from coachdesk.errors import CoachDeskError, InvalidInput
from ui import ask
from ui.widgets import AsksBeforeDiscarding, InlineMessage, line_edit, section_heading


def date_edit(iso: str | None = None) -> QDateEdit:
    edit = QDateEdit(QDate.fromString(iso, Qt.DateFormat.ISODate) if iso
                     else QDate.currentDate())
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def iso(edit: QDateEdit) -> str:
    return edit.date().toString(Qt.DateFormat.ISODate)


def plain_editor(text: str = "", placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlainText(text)
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return edit


class SavingDialog(AsksBeforeDiscarding, QDialog):
    """Save/Cancel, an inline message, and a store function that may refuse."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.saved: Any = None
        self.message = InlineMessage()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._initial: Any = None

    def snapshot(self) -> Any:
        raise NotImplementedError

    def store(self) -> Any:
        raise NotImplementedError

    def has_changes(self) -> bool:
        return self.snapshot() != self._initial

    def ready(self) -> None:
        """Call at the end of __init__: what is on screen now counts as unchanged."""
        self._initial = self.snapshot()

    def save(self) -> None:
        try:
            self.saved = self.store()
        except CoachDeskError as exc:
            self.message.show_message(exc.message)
            return
        self.accept()


class ReportDialog(SavingDialog):
    """A new report (or its details): engagement, recipient, purpose, period, facts."""

    def __init__(self, vault, report: reports.Report | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Report details" if report else "New report", parent)
        self._vault = vault
        self.report = report
        self.setMinimumWidth(560)
        self.engagement = QComboBox()
        self.engagement.setAccessibleName("Engagement")
        sponsored = [e for e in self._sponsored() if report is None
                     or e[0].id == report.engagement_id]
        for engagement, label in sponsored:
            self.engagement.addItem(label, engagement.id)
        self.recipient = QComboBox()
        self.recipient.setAccessibleName("Recipient")
        self.purpose = line_edit("e.g. Mid-point progress report for the sponsor")
        self.period_from = date_edit(report.period_from if report else
                                     QDate.currentDate().addMonths(-3).toString(
                                         Qt.DateFormat.ISODate))
        self.period_to = date_edit(report.period_to if report else None)
        self.clause = QLabel()
        self.clause.setObjectName("allowsText")
        self.clause.setWordWrap(True)
        self.clause.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = {fact: QCheckBox(words) for fact, words in reports.FACT_WORDS.items()}
        facts_row = QHBoxLayout()
        for box in self.facts.values():
            facts_row.addWidget(box)
        facts_row.addStretch(1)
        form = QFormLayout()
        form.addRow("&Engagement", self.engagement)
        form.addRow("&Send to", self.recipient)
        form.addRow("&Purpose", self.purpose)
        period = QHBoxLayout()
        period.addWidget(self.period_from)
        period.addWidget(QLabel("to"))
        period.addWidget(self.period_to)
        period.addStretch(1)
        form.addRow("Peri&od", period)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(section_heading("What the agreement lets the sponsor receive"))
        layout.addWidget(self.clause)
        layout.addWidget(QLabel("Facts about the sessions to include (never any note's "
                                "words):"))
        layout.addLayout(facts_row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.engagement.currentIndexChanged.connect(self._engagement_chosen)
        if not sponsored:
            self.message.show_message("No engagement has a sponsor yet. A report goes to a "
                                      "sponsor: add the sponsor to the client's engagement "
                                      "first.")
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        self._engagement_chosen()
        if report is not None:
            self.purpose.setText(report.purpose)
            row = self.recipient.findData(f"{report.recipient_kind}:{report.recipient_id}")
            self.recipient.setCurrentIndex(max(row, 0))
            for fact, box in self.facts.items():
                box.setChecked(fact in report.facts and box.isEnabled())
        self.purpose.setFocus()
        self.ready()

    def _sponsored(self) -> list[tuple[engagements.Engagement, str]]:
        out = []
        for sponsor_id in sponsors.list_ids(self._vault):
            sponsor = sponsors.get(self._vault, sponsor_id)
            for engagement in engagements.for_sponsor(self._vault, sponsor_id):
                client = clients.get(self._vault, engagement.client_id)
                title = f" · {engagement.title}" if engagement.title else ""
                out.append((engagement, f"{client.name}{title} · {sponsor.organisation}"))
        return sorted(out, key=lambda pair: pair[1].casefold())

    def _engagement_chosen(self) -> None:
        engagement_id = self.engagement.currentData()
        self.recipient.clear()
        if engagement_id is None:
            return
        engagement = engagements.get(self._vault, engagement_id)
        sponsor = sponsors.get(self._vault, engagement.sponsor_id)
        self.recipient.addItem(f"{sponsor.organisation} (the organisation)",
                               f"sponsor:{sponsor.id}")
        for contact in sponsor.contacts:
            role = f", {contact.role}" if contact.role else ""
            self.recipient.addItem(f"{contact.name}{role}", f"contact:{contact.id}")
        active = [a for a in agreements.for_engagement(self._vault, engagement_id)
                  if a.status == "active" and a.sponsor_id == sponsor.id]
        agreement = active[-1] if active else None
        allowed = reports.allowed_facts(agreement)
        if agreement is None:
            self.clause.setText("There is no active agreement with this sponsor, so nothing "
                                "can be sent yet (ICF Code 25). You can still prepare the "
                                "report with the client.")
        elif not agreement.terms_confirmed:
            self.clause.setText(self.tr(
                "Nobody has confirmed what this agreement lets the sponsor receive, so "
                "nothing can be sent yet. Choose it on the agreement's page (every party "
                "then signs again)."))
        else:
            self.clause.setText(agreements.sharing_sentence(agreement.sponsor_may_receive))
        for fact, box in self.facts.items():
            box.setEnabled(fact in allowed)
            box.setChecked(fact in allowed)
            box.setToolTip("" if fact in allowed else self.tr(
                "The agreement's terms do not let the sponsor receive this."))

    def snapshot(self) -> tuple:
        return (self.engagement.currentData(), self.recipient.currentData(),
                self.purpose.text(), iso(self.period_from), iso(self.period_to),
                tuple(f for f, box in self.facts.items() if box.isChecked()))

    def store(self) -> reports.Report:
        engagement_id, recipient, purpose, start, end, facts = self.snapshot()
        if engagement_id is None:
            raise InvalidInput("engagement", "Choose the engagement this report is about.")
        kind, _colon, number = (recipient or "").partition(":")
        draft = reports.ReportDraft(engagement_id, purpose, start, end,
                                    Recipient(kind, int(number)) if number else None, facts)
        if self.report is None:
            return reports.create(self._vault, draft)
        return reports.update(self._vault, self.report.id, draft)


class ExcerptDialog(SavingDialog):
    """The words of one report item: written fresh, or lifted from a shared note.

    Lifting shows the client's shared notes beside the excerpt; private notes
    are not offered (nothing is lifted from the coach's own notes). Only the
    words the coach selects are copied, never the rest of the note.
    """

    def __init__(self, vault, report: reports.Report, *, lift: bool = False,
                 item: reports.Item | None = None, parent: QWidget | None = None) -> None:
        title = "Edit item" if item else ("Lift words from a note" if lift else "Write an item")
        super().__init__(title, parent)
        self._vault = vault
        self.report = report
        self.item = item
        self.source_note_id: int | None = None
        self.resize(980 if lift else 620, 520)
        self.words = plain_editor(item.excerpt.text if item else "",
                                  "The words the sponsor would read, as the client would "
                                  "approve them.")
        self.words.setAccessibleName("Item words")
        warning = QLabel("Editing words the client already approved means asking again."
                         if item and item.state == reports.APPROVED else
                         "The client will read and approve these exact words.")
        warning.setObjectName("muted")
        warning.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_heading("Words for the sponsor"))
        column.addWidget(self.words, 1)
        column.addWidget(warning)
        layout = QVBoxLayout(self)
        if lift:
            self.notes = QComboBox()
            self.notes.setAccessibleName("Shared note")
            shared = [n for n in notes.get_many(
                vault, notes.ids_for_client(vault, report.client_id)).values()
                if not n.is_private]
            for note in sorted(shared, key=lambda n: n.created_at, reverse=True):
                first = " ".join(note.body.split())[:60]
                self.notes.addItem(f"{note.created_at[:10]}: {first}", note.id)
            self.note = QPlainTextEdit()
            self.note.setReadOnly(True)
            self.note.setAccessibleName("Note")
            self.use_button = QPushButton("Use the &selected words →")
            self.use_button.clicked.connect(self.use_selection)
            left = QWidget()
            column = QVBoxLayout(left)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(section_heading("Shared notes (private notes are not offered)"))
            column.addWidget(self.notes)
            column.addWidget(self.note, 1)
            column.addWidget(self.use_button, 0, Qt.AlignmentFlag.AlignRight)
            split = QSplitter()
            split.addWidget(left)
            split.addWidget(right)
            layout.addWidget(split, 1)
            self.notes.currentIndexChanged.connect(self._note_chosen)
            self._note_chosen()
            if not shared:
                self.message.show_message("This client has no shared notes. Mark a note as "
                                          "not private to lift words from it, or write the "
                                          "item fresh.")
        else:
            layout.addWidget(right, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.words.setFocus()
        self.ready()

    def _note_chosen(self) -> None:
        note_id = self.notes.currentData()
        self.note.setPlainText(notes.get(self._vault, note_id).body if note_id else "")

    def use_selection(self) -> None:
        chosen = self.note.textCursor().selectedText().replace("\u2029", "\n")
        if not chosen.strip():
            self.message.show_message("Select the words in the note first.")
            return
        self.source_note_id = self.notes.currentData()
        self.words.setPlainText(chosen)

    def snapshot(self) -> str:
        return self.words.toPlainText()

    def store(self):
        if self.item is not None:
            return reports.edit_item(self._vault, self.report.id, self.item.excerpt.id,
                                     self.snapshot())
        return reports.write_item(self._vault, self.report.id, self.snapshot(),
                                  source_note_id=self.source_note_id)


class ApprovalDialog(SavingDialog):
    """An approval given off screen: signed form, email, or (flagged) verbal."""

    METHODS = (("written", "Written and signed (release form)"), ("email", "By email"),
               ("verbal", "Verbally: weaker, with no written record"))

    def __init__(self, vault, report: reports.Report, items: list[reports.Item],
                 client_name: str, parent: QWidget | None = None) -> None:
        super().__init__("Record the client's approval", parent)
        self._vault = vault
        self.report = report
        self.setMinimumWidth(560)
        self.checks: list[tuple[QCheckBox, int]] = []
        self._unsigned: dict[int, QLabel] = {}  # words no printed form holds
        layout = QVBoxLayout(self)
        self.frame = reports.frame_status(vault, report.id, date.today().isoformat())
        layout.addWidget(section_heading(self.tr("The report as it will be sent")))
        frame_lines = QLabel("\n".join(map(str, self.frame.frame.lines())))
        frame_lines.setTextFormat(Qt.TextFormat.PlainText)
        frame_lines.setWordWrap(True)
        frame_lines.setObjectName("allowsText")
        frame_code = QLabel(self.tr(
            "Report code %1 (on the release form). The approval covers this too; if the "
            "client approved it before a change, it needs approving again.").replace(
            "%1", self.frame.frame.code) if not self.frame.approved else self.tr(
            "Report code %1: the client has approved it as shown.").replace(
            "%1", self.frame.frame.code))
        frame_code.setObjectName("muted")
        frame_code.setWordWrap(True)
        layout.addWidget(frame_lines)
        layout.addWidget(frame_code)
        layout.addWidget(section_heading("Items the client approved, word for word"))
        note = QLabel("Compare each passage with the signed form: its words code is printed "
                      "beside it on the form. The approval is recorded for the words shown "
                      "here.")
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        passages = QWidget()
        column = QVBoxLayout(passages)
        column.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(360)
        scroll.setWidget(passages)
        layout.addWidget(scroll)
        for item in items:
            if item.state in (reports.APPROVED, reports.STRUCK):
                continue
            box = QCheckBox(f"Passage {item.position}  ·  words code "
                            f"{excerpts.words_code(item.excerpt.text_sha256)}")
            box.setChecked(True)
            words = QLabel(item.excerpt.text)  # whole, exactly as it stands now
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setWordWrap(True)
            words.setObjectName("allowsText")
            self.checks.append((box, item.excerpt.id))
            column.addWidget(box)
            column.addWidget(words)
            if not item.on_printed_form:
                why = QLabel("Changed after the release form was printed: a signed form "
                             "holds other words. Print a new form for these words."
                             if item.changed_since_printed else
                             "Not on a printed release form yet: print one for these words "
                             "to have them signed.")
                why.setObjectName("inlineMessage")
                why.setWordWrap(True)
                self._unsigned[item.excerpt.id] = why
                column.addWidget(why)
        self.method = QComboBox()
        for key, words in self.METHODS:
            self.method.addItem(words, key)
        self.given_by = line_edit("The client's name, as they gave it")
        self.given_by.setText(client_name)
        self.given_on = date_edit()
        self.expires = QCheckBox("Approval ends on")
        self.expires_on = date_edit(QDate.currentDate().addMonths(6).toString(
            Qt.DateFormat.ISODate))
        self.expires_on.setEnabled(False)
        self.expires.toggled.connect(self.expires_on.setEnabled)
        self.evidence_path = ""
        self.evidence_label = QLabel("No signed form attached")
        self.evidence_label.setObjectName("muted")
        self.evidence_button = QPushButton("Attach the signed &form…")
        self.evidence_button.clicked.connect(self.choose_evidence)
        form = QFormLayout()
        form.addRow("&How", self.method)
        form.addRow("&Given by", self.given_by)
        form.addRow("&On", self.given_on)
        ends = QHBoxLayout()
        ends.addWidget(self.expires)
        ends.addWidget(self.expires_on)
        ends.addStretch(1)
        form.addRow("", ends)
        proof = QHBoxLayout()
        proof.addWidget(self.evidence_label, 1)
        proof.addWidget(self.evidence_button)
        form.addRow("Evidence", proof)
        layout.addLayout(form)
        self.verbal_note = QLabel("A verbal approval is allowed but weaker: the ICF suggests "
                                  "written permission. It is flagged in the report's log.")
        self.verbal_note.setObjectName("muted")
        self.verbal_note.setWordWrap(True)
        self.method.currentIndexChanged.connect(
            lambda: self.verbal_note.setVisible(self.method.currentData() == "verbal"))
        self.method.currentIndexChanged.connect(self._guard_unsigned)
        self.verbal_note.hide()
        layout.addWidget(self.verbal_note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        if not self.checks and self.frame.approved:
            self.message.show_message("Every item is already approved or struck.")
        self._guard_unsigned()
        self.ready()

    def _guard_unsigned(self) -> None:
        """A signed form approves only the words printed on it: passages never printed,
        or edited since, are unticked and locked while the method is the signed form."""
        written = self.method.currentData() == "written"
        for box, excerpt_id in self.checks:
            if excerpt_id in self._unsigned:
                box.setEnabled(not written)
                if written:
                    box.setChecked(False)
                self._unsigned[excerpt_id].setVisible(written)

    def choose_evidence(self) -> None:
        path = ask.open_path(self, "Attach the signed form",
                             "Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")
        if path:
            self.evidence_path = path
            self.evidence_label.setText(path.replace("\\", "/").rsplit("/", 1)[-1])

    def snapshot(self) -> tuple:
        return (tuple(e for box, e in self.checks if box.isChecked()),
                self.method.currentData(), self.given_by.text(), iso(self.given_on),
                iso(self.expires_on) if self.expires.isChecked() else None, self.evidence_path)

    def store(self) -> approvals.Round:
        chosen, method, given_by, given_on, expires_on, path = self.snapshot()
        data = b""
        if path:
            data = read_evidence(path)
        if not chosen and self.frame.approved:
            raise InvalidInput("excerpts", "Tick the items the client approved.")
        round_ = reports.approve(self._vault, self.report.id, list(chosen), method=method,
                                 given_by=given_by, given_on=given_on, expires_on=expires_on,
                                 shown_frame=self.frame.frame.sha256)
        if path:
            evidence.add(self._vault, self.report.client_id, path, data, round_id=round_.id)
        return round_


def read_evidence(path: str) -> bytes:
    """The chosen file's bytes, checked (size first, then type) before anything is kept."""
    name = Path(path).name
    try:
        evidence.check_size(name, os.path.getsize(path))
        data = Path(path).read_bytes()
    except OSError as exc:
        raise InvalidInput("evidence", f"CoachDesk could not read “{name}” "
                                       f"({exc.strerror}).") from exc
    evidence.check(name, data)
    return data


class RequestDialog(SavingDialog):
    """Log what a sponsor asked for: when, who, how, and exactly what."""

    def __init__(self, vault, sponsor_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Log a sponsor's request", parent)
        self._vault = vault
        self.setMinimumWidth(560)
        self.sponsor = QComboBox()
        self.sponsor.setAccessibleName("Sponsor")
        for sid in sponsors.list_ids(vault):
            self.sponsor.addItem(sponsors.get(vault, sid).organisation, sid)
        if sponsor_id is not None:
            self.sponsor.setCurrentIndex(max(self.sponsor.findData(sponsor_id), 0))
        self.contact = QComboBox()
        self.engagement = QComboBox()
        self.asked_on = date_edit()
        self.channel = QComboBox()
        for key, words in sponsor_requests.CHANNEL_WORDS.items():
            self.channel.addItem(words, key)
        self.asked_for = plain_editor("", "What they asked for, in their words")
        self.asked_for.setAccessibleName("What was asked")
        self.full_record = QCheckBox("They asked for the full record (notes, or what was said)")
        form = QFormLayout()
        form.addRow("&Sponsor", self.sponsor)
        form.addRow("&Who asked", self.contact)
        form.addRow("&About", self.engagement)
        form.addRow("&When", self.asked_on)
        form.addRow("&How", self.channel)
        form.addRow("&What", self.asked_for)
        form.addRow("", self.full_record)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.sponsor.currentIndexChanged.connect(self._sponsor_chosen)
        self._sponsor_chosen()
        self.asked_for.setFocus()
        self.ready()

    def _sponsor_chosen(self) -> None:
        self.contact.clear()
        self.engagement.clear()
        sponsor_id = self.sponsor.currentData()
        if sponsor_id is None:
            return
        sponsor = sponsors.get(self._vault, sponsor_id)
        self.contact.addItem("Someone not listed", None)
        for contact in sponsor.contacts:
            self.contact.addItem(contact.name, contact.id)
        self.engagement.addItem("No one engagement", None)
        for engagement in engagements.for_sponsor(self._vault, sponsor_id):
            client = clients.get(self._vault, engagement.client_id)
            self.engagement.addItem(f"{client.name} · {engagement.title or 'engagement'}",
                                    engagement.id)
        if self.engagement.count() == 2:
            self.engagement.setCurrentIndex(1)

    def snapshot(self) -> tuple:
        return (self.sponsor.currentData(), self.contact.currentData(),
                self.engagement.currentData(), iso(self.asked_on), self.channel.currentData(),
                self.asked_for.toPlainText(), self.full_record.isChecked())

    def store(self) -> sponsor_requests.SponsorRequest:
        sponsor_id, contact_id, engagement_id, day, channel, what, full = self.snapshot()
        if sponsor_id is None:
            raise InvalidInput("sponsor", "Add the sponsor first.")
        return sponsor_requests.log(self._vault, sponsor_requests.RequestDraft(
            sponsor_id, day, channel, what, contact_id=contact_id, engagement_id=engagement_id,
            full_record=full))
