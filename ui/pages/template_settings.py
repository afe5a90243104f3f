"""Settings' note templates: the pages a session's notes start from, edited and added.

One template at a time: its name, and its sections in order (heading, who may see what
is written there, the prompt shown in the empty box, and whether it is the coach's
reflection, which is coach only, always: the choice is locked while it is ticked).
Saved with Save template; a refusal is said under it in the core's words and every
field keeps what was typed. Notes written earlier keep the headings they had.

Below them, the agreement templates in each language (``agreement_template_settings``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coachdesk import notes, templates
from coachdesk.errors import CoachDeskError
from ui.dialogs.new_agreement import app_language
from ui.models.records import COACH_ONLY, MAY_REPORT, WITH_CLIENT, badge_words
from ui.pages.agreement_template_settings import AgreementTemplateSettings
from ui.widgets import InlineMessage, line_edit, section_heading
from ui.words import say_error

PRIVACY_WORDS = ((notes.COACH_ONLY, COACH_ONLY), (notes.WITH_CLIENT, WITH_CLIENT),
                 (notes.MAY_REPORT, MAY_REPORT))
HEADING, WHO, PROMPT, REFLECTION = range(4)


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


class TemplateSettings(QWidget):
    """The template chooser, the chosen one's name and sections, and its buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.chooser = QComboBox()
        self.chooser.setAccessibleName(tr("Template"))
        self.chooser.currentIndexChanged.connect(self._show_chosen)
        self.new_button = QPushButton(tr("&New template"))
        self.new_button.clicked.connect(self.new_template)
        self.remove_button = QPushButton(tr("Remove template"))
        self.remove_button.clicked.connect(self.remove_template)
        self.name = line_edit(tr("The template's name"))
        self.name.setAccessibleName(tr("Template name"))
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(tr("The template's sections"))
        self.table.setHorizontalHeaderLabels(
            [tr("Section"), tr("Who may see it"), tr("Prompt"), tr("Reflection")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setMinimumHeight(200)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROMPT, QHeaderView.ResizeMode.Stretch)
        for fitted in (HEADING, WHO, REFLECTION):
            header.setSectionResizeMode(fitted, QHeaderView.ResizeMode.ResizeToContents)
        self.add_button = QPushButton(tr("Add &section"))
        self.add_button.clicked.connect(lambda: self._add_row(templates.Section(
            "", notes.WITH_CLIENT)))
        self.drop_button = QPushButton(tr("Remove section"))
        self.drop_button.clicked.connect(self._drop_row)
        self.save_button = QPushButton(tr("Save &template"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.message = InlineMessage()
        explain = QLabel(tr("A session's notes start from a template. Each section says "
                            "who may see what is written in it, and is kept as a note of "
                            "its own. The coach's reflection is yours alone, always."))
        explain.setObjectName("muted")
        explain.setWordWrap(True)

        choose = QHBoxLayout()
        choose.addWidget(self.chooser, 1)
        choose.addWidget(self.new_button)
        choose.addWidget(self.remove_button)
        rows = QHBoxLayout()
        rows.addWidget(self.add_button)
        rows.addWidget(self.drop_button)
        rows.addStretch(1)
        rows.addWidget(self.save_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section_heading(tr("Note templates")))
        column.addWidget(explain)
        column.addLayout(choose)
        column.addWidget(self.name)
        column.addWidget(self.table)
        column.addLayout(rows)
        column.addWidget(self.message)
        self.agreement_templates = AgreementTemplateSettings()
        column.addWidget(self.agreement_templates)

    # -- the vault ------------------------------------------------------------------------
    def attach(self, vault, chosen: int | None = None) -> None:
        self._vault = vault
        found = templates.all_templates(vault)
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for template in found:
            self.chooser.addItem(QCoreApplication.translate("Templates", template.name),
                                 template.id)
        self.chooser.setCurrentIndex(max(self.chooser.findData(chosen), 0))
        self.chooser.blockSignals(False)
        self.remove_button.setEnabled(len(found) > 1)
        self._show_chosen()
        if self.agreement_templates.vault is not vault:  # a vault opened, not a save
            self.agreement_templates.attach(vault, app_language())

    def clear(self) -> None:
        self._vault = None
        self.agreement_templates.clear()
        self.chooser.clear()
        self.name.clear()
        self.table.setRowCount(0)
        self.message.clear_message()

    def _show_chosen(self) -> None:
        if self._vault is None or self.chooser.currentData() is None:
            return
        template = templates.get(self._vault, self.chooser.currentData())
        # A built-in's words as the coach reads them: saved, they become the coach's own.
        self.name.setText(QCoreApplication.translate("Templates", template.name))
        self.table.setRowCount(0)
        for section in template.sections:
            self._add_row(section)
        self.message.clear_message()

    # -- rows ------------------------------------------------------------------------------
    def _add_row(self, section: templates.Section) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, HEADING, QTableWidgetItem(section.heading))
        self.table.setItem(row, PROMPT, QTableWidgetItem(
            QCoreApplication.translate("Templates", section.prompt)))
        who = QComboBox()
        for stored, words in PRIVACY_WORDS:
            who.addItem(badge_words(words), stored)
        who.setCurrentIndex(who.findData(section.privacy))
        who.setAccessibleName(tr("Who may see it"))
        self.table.setCellWidget(row, WHO, who)
        mine = QCheckBox()
        mine.setAccessibleName(tr("The coach's reflection: coach only, always"))
        mine.setToolTip(tr("The coach's reflection: coach only, always"))
        mine.setStyleSheet("margin-left: 18px;")  # under the column's heading
        mine.setChecked(section.is_reflection)
        self.table.setCellWidget(row, REFLECTION, mine)

        def lock(on: bool) -> None:
            if on:
                who.setCurrentIndex(who.findData(notes.COACH_ONLY))
            who.setEnabled(not on)

        mine.toggled.connect(lock)
        lock(section.is_reflection)
        # Tab reaches a row's choices after the rows above it, inside the table, not
        # after the last control of the page (where Qt puts widgets made later).
        above = self.table.cellWidget(row - 1, REFLECTION) if row else self.table
        QWidget.setTabOrder(above, who)
        QWidget.setTabOrder(who, mine)

    def _drop_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def sections(self) -> list[templates.Section]:
        """The sections as they stand on screen."""
        found = []
        for row in range(self.table.rowCount()):
            heading = self.table.item(row, HEADING)
            prompt = self.table.item(row, PROMPT)
            who = self.table.cellWidget(row, WHO)
            mine = self.table.cellWidget(row, REFLECTION)
            assert isinstance(who, QComboBox) and isinstance(mine, QCheckBox)
            found.append(templates.Section(heading.text() if heading else "", who.currentData(),
                                           prompt.text() if prompt else "", mine.isChecked()))
        return found

    # -- saving ----------------------------------------------------------------------------
    def new_template(self) -> None:
        """A blank template on screen, saved when the coach saves it."""
        self.chooser.blockSignals(True)
        self.chooser.addItem(tr("(new template)"), None)
        self.chooser.setCurrentIndex(self.chooser.count() - 1)
        self.chooser.blockSignals(False)
        self.name.clear()
        self.name.setFocus()
        self.table.setRowCount(0)
        self._add_row(templates.Section("", notes.WITH_CLIENT))
        self.message.clear_message()

    def save(self) -> None:
        if self._vault is None:
            return
        try:
            saved = templates.save(self._vault, self.chooser.currentData(), self.name.text(),
                                   self.sections())
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))  # everything typed stays
            return
        self.attach(self._vault, saved.id)
        self.message.show_message(tr("Saved. New sessions can start from it."), done=True)

    def remove_template(self) -> None:
        if self._vault is None:
            return
        if self.chooser.currentData() is None:  # a new one, never saved
            self.attach(self._vault)
            return
        try:
            templates.remove(self._vault, self.chooser.currentData())
        except CoachDeskError as exc:
            self.message.show_message(say_error(exc))
            return
        self.attach(self._vault)
        self.message.show_message(tr("Removed. Notes written with it keep their sections."),
                                  done=True)

