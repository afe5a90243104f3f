"""Add or edit an engagement: period, sponsor, fee, planned sessions, goals.

Every goal must be visible to the client. The visibility menu still offers
"Sponsor only (hidden from the client)", because a sponsor will ask for it;
choosing it and saving is refused with the reason (ICF: an outcome a sponsor
hides from the client is an ethical conflict), and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import engagements, settings, sponsors
from coachdesk.engagements import Engagement, EngagementDraft, GoalDraft
from ui.dialogs.base import SavingDialog
from ui.widgets import line_edit

VISIBILITY_CHOICES = [
    ("client", "Client"),
    ("client_and_sponsor", "Client + sponsor, if client approves"),
    ("sponsor_only", "Sponsor only (hidden from the client)"),
]


class EngagementDialog(SavingDialog):
    def __init__(self, vault, client_id: int, engagement: Engagement | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Edit engagement" if engagement else "New engagement", parent,
                         what="this engagement")
        self._vault = vault
        self._client_id = client_id
        self._engagement = engagement
        self.setMinimumWidth(720)

        self.title = line_edit("e.g. Leadership coaching")
        self.starts = QDateEdit(QDate.currentDate())
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd")
        self.ends = QDateEdit(QDate.currentDate().addMonths(6))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd")
        self.open_ended = QCheckBox("No end date yet")
        self.open_ended.toggled.connect(lambda on: self.ends.setEnabled(not on))
        self.sponsor = QComboBox()
        self.sponsor.addItem("No sponsor (the client pays)", None)
        for sponsor in sponsors.get_many(vault, sponsors.list_ids(vault)).values():
            self.sponsor.addItem(sponsor.organisation, sponsor.id)
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 10_000_000)
        self.fee.setDecimals(2)
        self.fee.setGroupSeparatorShown(True)
        self.currency = line_edit("EUR")
        self.currency.setText(settings.get(vault, "currency") or "EUR")
        self.currency.setMaximumWidth(80)
        self.planned = QSpinBox()
        self.planned.setRange(0, 500)
        self.planned.setValue(10)

        self.goals = QTableWidget(0, 2)
        self.goals.setHorizontalHeaderLabels(["Goal", "Who may know"])
        self.goals.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.goals.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.goals.verticalHeader().hide()
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_goal = QPushButton("Add &goal")
        add_goal.clicked.connect(lambda: self.add_goal("", "client"))
        remove_goal = QPushButton("&Remove goal")
        remove_goal.clicked.connect(self.remove_goal)

        if engagement:
            self.title.setText(engagement.title)
            self.starts.setDate(QDate.fromString(engagement.starts_on, "yyyy-MM-dd"))
            if engagement.ends_on:
                self.ends.setDate(QDate.fromString(engagement.ends_on, "yyyy-MM-dd"))
            else:
                self.open_ended.setChecked(True)
            self.sponsor.setCurrentIndex(max(self.sponsor.findData(engagement.sponsor_id), 0))
            self.fee.setValue(engagement.fee_cents / 100)
            self.currency.setText(engagement.currency)
            self.planned.setValue(engagement.planned_sessions or 0)
            for goal in engagement.goals:
                self.add_goal(goal.text, goal.visibility)

        form = QFormLayout()
        form.addRow("&Title", self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(self.ends)
        dates.addWidget(self.open_ended)
        form.addRow(self._label("&From, to", self.starts), dates)
        form.addRow("&Sponsor", self.sponsor)
        money = QHBoxLayout()
        money.addWidget(self.fee, 1)
        money.addWidget(self.currency)
        form.addRow(self._label("F&ee", self.fee), money)
        form.addRow("&Planned sessions", self.planned)
        goal_buttons = QHBoxLayout()
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(remove_goal)
        goal_buttons.addWidget(add_goal)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.goals, 1)
        layout.addLayout(goal_buttons)
        self.finish(layout)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic works although the row holds several widgets."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def add_goal(self, text: str, visibility: str) -> None:
        """A row with a live text field: what is being typed is always part of the draft."""
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        field = line_edit("What the client wants to achieve")
        field.setText(text)
        field.setFrame(False)
        self.goals.setCellWidget(row, 0, field)
        choice = QComboBox()
        choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, label in VISIBILITY_CHOICES:
            choice.addItem(label, value)
        choice.setCurrentIndex(max(choice.findData(visibility), 0))
        choice.currentIndexChanged.connect(self.message.clear_message)
        field.textEdited.connect(self.message.clear_message)
        self.goals.setCellWidget(row, 1, choice)
        self.goals.setCurrentCell(row, 0)
        if not text:
            field.setFocus()

    def remove_goal(self) -> None:
        row = self.goals.currentRow()
        if row >= 0:
            self.goals.removeRow(row)

    def goal_drafts(self) -> tuple[GoalDraft, ...]:
        drafts = []
        for row in range(self.goals.rowCount()):
            text = self.goals.cellWidget(row, 0).text()
            visibility = self.goals.cellWidget(row, 1).currentData()
            if text.strip() or visibility != "client":
                drafts.append(GoalDraft(text, visibility))
        return tuple(drafts)

    def draft(self) -> EngagementDraft:
        return EngagementDraft(
            client_id=self._client_id,
            starts_on=self.starts.date().toString("yyyy-MM-dd"),
            ends_on=None if self.open_ended.isChecked() else self.ends.date().toString(
                "yyyy-MM-dd"),
            sponsor_id=self.sponsor.currentData(),
            title=self.title.text(),
            fee_cents=round(self.fee.value() * 100),
            currency=self.currency.text(),
            planned_sessions=self.planned.value(),
            goals=self.goal_drafts(),
        )

    def snapshot(self) -> EngagementDraft:
        return self.draft()

    def store(self) -> Engagement:
        draft = self.draft()
        return (engagements.add(self._vault, draft) if self._engagement is None
                else engagements.update(self._vault, self._engagement.id, draft))

