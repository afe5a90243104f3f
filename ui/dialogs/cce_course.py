"""Add a course to the continuing-education (CCE) log, with its certificate kept in the
vault (read when Save is pressed; the file itself is left where it was)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from coachdesk import cce
from coachdesk.errors import InvalidInput
from ui import ask
from ui.dialogs.base import SavingDialog
from ui.widgets import date_edit, iso, line_edit


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class CourseDialog(SavingDialog):
    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(tr("Add a course"), parent, what=tr("this course"))
        self._vault = vault
        self.setMinimumWidth(460)
        self.certificate_path: str | None = None
        self.course = line_edit(tr("e.g. Coaching ethics in practice"))
        self.provider = line_edit(tr("Who gave it"))
        self.taken_on = date_edit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0.0, 200.0)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(1.0)
        self.hours.setSuffix(tr(" h (CCE units)"))
        self.category = QComboBox()
        self.category.addItem(tr("Core competencies"), "core_competency")
        self.category.addItem(tr("Coaching ethics (counts as core competencies too)"),
                              "coaching_ethics")
        self.category.addItem(tr("Resource development"), "resource_development")
        self.file_label = QLabel(tr("No certificate"))
        self.file_label.setObjectName("muted")
        choose = QPushButton(tr("C&hoose file…"))
        choose.clicked.connect(self.choose_certificate)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(choose)
        self.finish(self.column([
            (tr("&Course"), self.course), (tr("&Provider"), self.provider),
            (tr("&Date"), self.taken_on), (tr("H&ours"), self.hours),
            (tr("&Kind"), self.category), (tr("Certificate"), file_row)]), focus=self.course)

    def choose_certificate(self) -> None:
        path = ask.open_path(self, tr("Choose the certificate"),
                             tr("Certificates (*.pdf *.png *.jpg *.jpeg);;All files (*)"))
        if path:
            self.certificate_path = path
            self.file_label.setText(Path(path).name)

    def draft(self) -> cce.CourseDraft:
        return cce.CourseDraft(self.course.text(), self.provider.text(), iso(self.taken_on),
                               round(self.hours.value() * 60), self.category.currentData())

    def snapshot(self) -> tuple:
        return (self.draft(), self.certificate_path)

    def store(self) -> cce.Course:
        certificate = None
        if self.certificate_path:
            path = Path(self.certificate_path)
            try:
                certificate = (path.name, path.read_bytes())
            except OSError as exc:
                raise InvalidInput("certificate", tr("CoachDesk could not read %1 (%2). "
                                                     "Choose the file again.")
                                   .replace("%1", path.name)
                                   .replace("%2", exc.strerror or str(exc))) from exc
        return cce.add(self._vault, self.draft(), certificate)
