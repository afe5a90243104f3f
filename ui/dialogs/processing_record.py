"""The record of processing's one question: do the backups leave this computer for a
cloud service? Nothing in the vault can say; the coach answers with a fixed choice (and
names the service), then chooses where to save the PDF. Art. 30 asks for the controller's
name and contact details: when Settings holds neither, the dialog says so and offers the
way there, rather than printing an incomplete record without a word."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.data_protection_words import tr
from ui.dialogs.base import SavingDialog
from ui.widgets import align_to_start, line_edit


class _Words(QLabel):
    """A choice's words, wrapped; a click on them chooses it, as on a radio button's own."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        button = self.buddy()
        if isinstance(button, QRadioButton) and self.rect().contains(event.position().toPoint()):
            button.click()
        super().mouseReleaseEvent(event)


def _choice(text: str) -> tuple[QRadioButton, QHBoxLayout]:
    """A radio button whose long words wrap (Qt's own never do: in a longer language the
    answers pushed the dialog wider than the screen). Its mnemonic stays on the words."""
    button = QRadioButton()
    button.setAccessibleName(text.replace("&", ""))
    words = _Words(text)
    words.setWordWrap(True)
    words.setBuddy(button)
    align_to_start(words)  # beside its button in a right-to-left UI too
    row = QHBoxLayout()
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(words, 1)
    return button, row


class ProcessingRecordDialog(SavingDialog):
    """``make(transfer, transfer_to)`` saves the PDF (it may return OnWorker);
    ``missing`` names the settings Art. 30 needs that are empty ("coach_name",
    "coach_details", in that order), and ``to_settings`` opens Settings where they are typed."""

    def __init__(self, backup_folder: str, make: Callable[[str, str], Any],
                 parent: QWidget | None = None, *, missing: tuple[str, ...] = (),
                 to_settings: Callable[[], None] | None = None) -> None:
        super().__init__(tr("Record of processing"), parent, save_text=tr("Save as PDF…"))
        self._make = make
        self.setMinimumWidth(640)  # wide enough to read; the words wrap, and it grows
        where = (tr("Your backups go to %1.").replace("%1", backup_folder) if backup_folder
                 else tr("No backup folder is chosen yet."))
        self.none, none_row = _choice(tr("&No: the vault and its backups stay on this "
                                         "computer and drives I hold"))
        self.cloud, cloud_row = _choice(tr("&Yes: the backup folder is synced to a cloud "
                                           "service"))
        self.choice = QButtonGroup(self)
        for button in (self.none, self.cloud):
            self.choice.addButton(button)
        self.none.setChecked(True)
        self.transfer_to = line_edit(tr("e.g. Nextcloud at my host, in Germany"))
        self.transfer_to.setAccessibleName(tr("The cloud service"))
        self.transfer_to.setEnabled(False)
        self.cloud.toggled.connect(self.transfer_to.setEnabled)
        self.transfer = self.cloud  # an InvalidInput naming "transfer" focuses the choice
        buttons = QVBoxLayout()
        buttons.addLayout(none_row)
        buttons.addLayout(cloud_row)
        buttons.addWidget(self.transfer_to)
        above = tr("CoachDesk writes the record from your practice: your details from "
                   "Settings, the purposes, the people and data it holds, the sponsors who "
                   "receive reports, the retention your agreements name and the vault's "
                   "security as it runs. One thing it cannot see: %1 Are the backups synced "
                   "to a cloud service (a transfer to a processor, perhaps abroad)?").replace(
            "%1", where)
        layout = self.column([(tr("Backups in a cloud"), buttons)], above=above)
        last = layout.itemAt(layout.count() - 1)
        form = last.layout() if last is not None else None
        if isinstance(form, QFormLayout):  # the choices' long words get the full width
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.incomplete: QLabel | None = None
        if missing:
            lacks = {("coach_name",): tr("Settings has no name for you yet"),
                     ("coach_details",): tr("Settings has no address or contact details for "
                                            "you yet"),
                     ("coach_name", "coach_details"): tr("Settings has neither your name nor "
                                                         "your address and contact details "
                                                         "yet")}[missing]
            self.incomplete = QLabel(tr(
                "The record names you as the controller with your contact details, as the "
                "law asks, but %1: the record would say they are missing. Add them in "
                "Settings: Your name, and Invoices → Your details.").replace("%1", lacks))
            self.incomplete.setWordWrap(True)
            self.incomplete.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByKeyboard
                | Qt.TextInteractionFlag.TextSelectableByMouse)
            self.open_settings = QPushButton(tr("Open &Settings"))
            self.open_settings.setAccessibleDescription(self.incomplete.text())
            if to_settings is not None:
                self.open_settings.clicked.connect(to_settings)
            row = QHBoxLayout()
            row.addWidget(self.incomplete, 1)
            row.addWidget(self.open_settings, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        self.finish(layout, focus=self.none)

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for every wrapped line at the width it opens with: a window's
        minimum size ignores wrapped text, which cut German short mid-sentence."""
        super().showEvent(event)
        self.fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()

    def fit_height(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        layout.invalidate()  # its heights were measured before the style sheet's font
        needed = layout.totalHeightForWidth(self.width())
        # What the rows got, at the height the window has: on a desktop the layout's own
        # sum shared the height out unevenly (a row beside a button took more than its
        # words need) and the explanation above lost its first line in a longer language.
        layout.activate()
        short = sum(max(0, label.heightForWidth(label.width()) - label.height())
                    for label in self.findChildren(QLabel)
                    if label.isVisible() and label.wordWrap())
        needed = max(needed, self.height() + short) if short else needed
        if needed > 0 and self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def snapshot(self) -> tuple[str, str]:
        return ("cloud_backups" if self.cloud.isChecked() else "none", self.transfer_to.text())

    def store(self) -> Any:
        return self._make(*self.snapshot())
