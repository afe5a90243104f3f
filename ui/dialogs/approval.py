"""The client's approval given off screen (a signed release form, an email, or words
said), recorded for the exact words shown, with the signed form attached."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk import approvals, evidence, excerpts, reports
from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP
from ui import ask
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, line_edit, section_heading
from ui.words import put_in, tr


class ApprovalDialog(SavingDialog):
    """An approval given off screen: signed form, email, or (flagged) verbal."""

    METHODS = (("written", QT_TRANSLATE_NOOP("ApprovalDialog",
                                              "Written and signed (release form)")),
               ("email", QT_TRANSLATE_NOOP("ApprovalDialog", "By email")),
               ("verbal", QT_TRANSLATE_NOOP("ApprovalDialog",
                                            "Verbally: weaker, with no written record")))

    def __init__(self, vault, report: reports.Report, items: list[reports.Item],
                 client_name: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record the client's approval"), parent)
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
        layout.addWidget(section_heading(self.tr("Items the client approved, word for word")))
        note = QLabel(self.tr("Compare each passage with the signed form: its words code is "
                      "printed beside it on the form. The approval is recorded for the words shown "
                      "here."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        passages = QWidget()
        column = QVBoxLayout(passages)
        column.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setMaximumHeight(360)
        scroll.setAccessibleName(self.tr("Passages to approve"))
        scroll.setWidget(passages)
        layout.addWidget(scroll)
        for item in items:
            if item.state in (reports.APPROVED, reports.STRUCK):
                continue
            box = QCheckBox(self.tr("Passage %1  ·  words code %2").replace(
                "%1", str(item.position)).replace(
                "%2", excerpts.words_code(item.excerpt.text_sha256)))
            box.setChecked(True)
            words = QLabel(item.excerpt.text)  # whole, exactly as it stands now
            words.setTextFormat(Qt.TextFormat.PlainText)
            words.setWordWrap(True)
            words.setObjectName("allowsText")
            self.checks.append((box, item.excerpt.id))
            column.addWidget(box)
            column.addWidget(words)
            if not item.on_printed_form:
                why = QLabel(self.tr("Changed after the release form was printed: a signed form "
                             "holds other words. Print a new form for these words.")
                             if item.changed_since_printed else
                             self.tr("Not on a printed release form yet: print one for these words "
                             "to have them signed."))
                why.setObjectName("inlineMessage")
                why.setWordWrap(True)
                self._unsigned[item.excerpt.id] = why
                column.addWidget(why)
        self.method = QComboBox()
        for key, said in self.METHODS:
            self.method.addItem(self.tr(said), key)
        self.given_by = line_edit(self.tr("The client's name, as they gave it"))
        self.given_by.setText(client_name)
        self.given_on = date_edit()
        self.expires = QCheckBox(self.tr("Approval ends on"))
        self.expires_on = date_edit(QDate.currentDate().addMonths(6).toString(
            Qt.DateFormat.ISODate))
        self.expires_on.setEnabled(False)
        self.expires.toggled.connect(self.expires_on.setEnabled)
        self.evidence_path = ""
        self.evidence_label = QLabel(self.tr("No signed form attached"))
        self.evidence_label.setObjectName("muted")
        self.evidence_button = QPushButton(self.tr("Attach the signed &form…"))
        self.evidence_button.clicked.connect(self.choose_evidence)
        form = QFormLayout()
        form.addRow(self.tr("&How"), self.method)
        form.addRow(self.tr("&Given by"), self.given_by)
        form.addRow(self.tr("&On"), self.given_on)
        ends = QHBoxLayout()
        ends.addWidget(self.expires)
        ends.addWidget(self.expires_on)
        ends.addStretch(1)
        form.addRow("", ends)
        proof = QHBoxLayout()
        proof.addWidget(self.evidence_label, 1)
        proof.addWidget(self.evidence_button)
        form.addRow(self.tr("Evidence"), proof)
        layout.addLayout(form)
        self.verbal_note = QLabel(self.tr("A verbal approval is allowed but weaker: the ICF "
                                          "suggests written permission. It is flagged in the "
                                          "report's log."))
        self.verbal_note.setObjectName("muted")
        self.verbal_note.setWordWrap(True)
        self.method.currentIndexChanged.connect(
            lambda: self.verbal_note.setVisible(self.method.currentData() == "verbal"))
        self.method.currentIndexChanged.connect(self._guard_unsigned)
        self.verbal_note.hide()
        layout.addWidget(self.verbal_note)
        if not self.checks and self.frame.approved:
            self.message.show_message(self.tr("Every item is already approved or struck."))
        self._guard_unsigned()
        self.finish(layout)

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
        path = ask.open_path(self, self.tr("Attach the signed form"),
                             self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;"
                                     "All files (*)"))
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
            raise InvalidInput("excerpts", self.tr("Tick the items the client approved."))
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
        raise InvalidInput("evidence", put_in(tr("CoachDesk could not read “%1” (%2)."), name,
                                              exc.strerror or "")) from exc
    evidence.check(name, data)
    return data
