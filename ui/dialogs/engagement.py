"""Add or edit an engagement: period, sponsor, fee and what it is for, planned
sessions, goals.

The fee is an amount, its currency and its basis, chosen explicitly: per session, for
the whole engagement, or for a package of sessions. A package asks for its number of
sessions (the planned sessions' row, renamed), an optional last day of use, and the
agreement's choice on missed sessions (count as used, or not), left unchosen until the
coach chooses: the agreement will state it. An engagement whose fee was kept before CoachDesk asked
(basis "to confirm") opens with the basis unchosen and a word saying why; Save asks
for it. The line under the fee says what it comes to, in the coach's locale.

Every goal must be visible to the client. The visibility menu shows "Sponsor only
(hidden from the client)" disabled, with the reason as its tooltip (ICF: an outcome a
sponsor hides from the client is an ethical conflict), because a sponsor will ask for
it and the coach should see why it is not there. Goals wrap onto as many lines as
their words need.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QSize, Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from coachdesk import credentials, engagements, settings, sponsors
from coachdesk.engagements import Engagement, EngagementDraft, GoalDraft
from ui import money
from ui.date_fields import DateField
from ui.dialogs.base import SavingDialog
from ui.dialogs.paid_choice import PaidChoice, derived_words
from ui.widgets import InlineMessage, line_edit
from ui.words import say

VISIBILITY_CHOICES = [
    ("client", QT_TRANSLATE_NOOP("EngagementDialog", "Client")),
    ("client_and_sponsor", QT_TRANSLATE_NOOP("EngagementDialog",
                                              "Client + sponsor, if client approves")),
    ("sponsor_only", QT_TRANSLATE_NOOP("EngagementDialog",
                                        "Sponsor only (hidden from the client)")),
]
REFUSED_VISIBILITY = "sponsor_only"  # shown, disabled, with the reason as its tooltip
BASIS_CHOICES = [
    ("per_session", QT_TRANSLATE_NOOP("EngagementDialog", "per session")),
    ("engagement_total", QT_TRANSLATE_NOOP("EngagementDialog", "for the whole engagement")),
    ("package", QT_TRANSLATE_NOOP("EngagementDialog", "for a package of sessions")),
]
MISSED_CHOICES = [
    (True, QT_TRANSLATE_NOOP("EngagementDialog", "count as used")),
    (False, QT_TRANSLATE_NOOP("EngagementDialog", "do not count")),
]


class GoalText(QPlainTextEdit):
    """A goal's words, wrapped on as many lines as they need: a goal is never cut off."""

    def __init__(self, text: str, placeholder: str) -> None:
        super().__init__()
        self.setPlainText(text)
        self.setPlaceholderText(placeholder)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setTabChangesFocus(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def text(self) -> str:
        return self.toPlainText()

    def sizeHint(self) -> QSize:
        lines = max(1, int(self.document().size().height()))
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing()
                  + 2 * self.document().documentMargin() + margins.top() + margins.bottom())
        return QSize(super().sizeHint().width(), int(height) + 2)


class EngagementDialog(SavingDialog):
    def __init__(self, vault, client_id: int, engagement: Engagement | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit engagement") if engagement
                         else self.tr("New engagement"), parent,
                         what=self.tr("this engagement"))
        self._vault = vault
        self._client_id = client_id
        self._engagement = engagement
        self._refused_field = ""
        self.setMinimumWidth(760)

        self.title = line_edit(self.tr("e.g. Leadership coaching"))
        self.starts = DateField(QDate.currentDate())  # typed whole, or on the calendar
        self.ends = DateField(QDate.currentDate().addMonths(6))
        self.ends.setAccessibleName(self.tr("Ends on"))
        self.open_ended = QCheckBox(self.tr("No end date yet"))
        self.open_ended.toggled.connect(lambda on: self.ends.setEnabled(not on))
        self.sponsor = QComboBox()
        self.sponsor.addItem(self.tr("No sponsor (the client pays)"), None)
        for sponsor in sponsors.get_many(vault, sponsors.list_ids(vault)).values():
            self.sponsor.addItem(sponsor.organisation, sponsor.id)
        self.fee = QDoubleSpinBox()
        self.fee.setRange(0, 10_000_000)
        self.fee.setDecimals(2)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setValue(int(settings.get(vault, "default_fee_cents") or 0) / 100)
        self.currency = line_edit("EUR")
        self.currency.setText(settings.get(vault, "currency") or "EUR")
        self.currency.setMaximumWidth(80)
        self.currency.setAccessibleName(self.tr("Currency"))
        self.fee_basis = QComboBox()
        for value, label in BASIS_CHOICES:
            self.fee_basis.addItem(self.tr(str(label)), value)
        self.fee_basis.setPlaceholderText(self.tr("choose what the fee is for"))
        self.fee_basis.setAccessibleName(self.tr("What the fee is for"))
        self.fee_sum = QLabel()  # one short line: unwrapped, it keeps its height
        self.fee_sum.setObjectName("muted")  # a quiet line: what the fee comes to
        # Switching what the fee is for converts a typed amount, and says so (issue 15).
        self.basis_note = QLabel()
        self.basis_note.setObjectName("muted")
        self.basis_note.setWordWrap(True)
        self.basis_note.hide()
        self.to_confirm = InlineMessage()
        self.to_confirm.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.planned = QSpinBox()
        self.planned.setRange(0, 500)
        self.planned.setValue(10)
        self.planned_label = self._label(self.tr("&Planned sessions"), self.planned)
        # A package's own terms (shown only while the basis is a package).
        self.use_by = DateField(QDate.currentDate().addMonths(6))
        self.no_use_by = QCheckBox(self.tr("No last day"))
        self.no_use_by.toggled.connect(lambda on: self.use_by.setEnabled(not on))
        self.missed = QComboBox()
        for counts, label in MISSED_CHOICES:
            self.missed.addItem(self.tr(str(label)), counts)
        self.missed.setPlaceholderText(self.tr("choose: does a missed session count?"))
        self.missed.setCurrentIndex(-1)

        self.goals = QTableWidget(0, 2)
        self.goals.setAccessibleName(self.tr("Goals"))
        self.goals.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Who may know")])
        header = self.goals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Wide enough for its own title before the first goal (it read "ho may kno").
        self.goals.setColumnWidth(1, header.fontMetrics().horizontalAdvance(
            self.tr("Who may know")) + 40)
        self.goals.verticalHeader().hide()
        self.goals.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.goals.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add_goal = QPushButton(self.tr("Add &goal"))
        add_goal.clicked.connect(lambda: self.add_goal("", "client"))
        remove_goal = QPushButton(self.tr("&Remove goal"))
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
            self.fee_basis.setCurrentIndex(self.fee_basis.findData(engagement.fee_basis))
            if engagement.fee_to_confirm:
                self.to_confirm.show_message(self.tr(
                    "This fee was kept before CoachDesk asked what it is for. Say whether "
                    "%1 is per session or for the whole engagement. An agreement already "
                    "written keeps its words.").replace(
                        "%1", money.amount(engagement.fee_cents, engagement.currency)))
            self.planned.setValue(engagement.planned_sessions or 0)
            if engagement.is_package:
                if engagement.package_expires_on:
                    self.use_by.setDate(QDate.fromString(engagement.package_expires_on,
                                                         "yyyy-MM-dd"))
                else:
                    self.no_use_by.setChecked(True)
                self.missed.setCurrentIndex(self.missed.findData(
                    engagement.package_missed_counts))
            for goal in engagement.goals:
                self.add_goal(goal.text, goal.visibility)

        form = QFormLayout()
        form.addRow(self.tr("&Title"), self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.starts)
        dates.addWidget(self.ends)
        dates.addWidget(self.open_ended)
        form.addRow(self._label(self.tr("&From, to"), self.starts), dates)
        form.addRow(self.tr("&Sponsor"), self.sponsor)
        fee_row = QHBoxLayout()
        fee_row.addWidget(self.fee, 1)
        fee_row.addWidget(self.currency)
        fee_row.addWidget(self.fee_basis, 1)
        form.addRow(self._label(self.tr("F&ee"), self.fee), fee_row)
        form.addRow("", self.fee_sum)
        form.addRow("", self.basis_note)
        form.addRow(self.planned_label, self.planned)
        use_by_row = QHBoxLayout()
        use_by_row.addWidget(self.use_by)
        use_by_row.addWidget(self.no_use_by)
        use_by_row.addStretch(1)
        self.use_by_label = self._label(self.tr("&Use by"), self.use_by)
        form.addRow(self.use_by_label, use_by_row)
        self.missed_label = self._label(self.tr("&Missed sessions"), self.missed)
        form.addRow(self.missed_label, self.missed)
        # Paid or pro bono in the credential log: as the fee says, or the coach's word.
        self._log = (credentials.engagement_log(vault, engagement.id) if engagement
                     else credentials.EngagementLog(None, None))
        self.paid = PaidChoice("", self._log.paid, scope=self.tr("this engagement"),
                               follows=self.tr("the fee"))
        self.fee.valueChanged.connect(self._show_paid)
        self._show_paid()
        form.addRow(self._label(self.tr("&Credential log"), self.paid.box), self.paid)
        self._form = form
        self._basis = self.fee_basis.currentData()
        self.fee_basis.currentIndexChanged.connect(lambda _i: self._basis_switched())
        self._typed = False  # the coach typed the amount in this form
        self.fee.valueChanged.connect(lambda _v: self._fee_typed())
        for changed in (self.fee.valueChanged, self.planned.valueChanged,
                        self.fee_basis.currentIndexChanged, self.currency.textChanged):
            changed.connect(self._show_fee_sum)
        self._show_fee_sum()
        goal_buttons = QHBoxLayout()
        goal_buttons.addStretch(1)
        goal_buttons.addWidget(remove_goal)
        goal_buttons.addWidget(add_goal)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.to_confirm)  # under the form: a form row squeezes wrapped text
        layout.addWidget(self.goals, 1)
        layout.addLayout(goal_buttons)
        self.finish(layout)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        """A row label whose mnemonic works although the row holds several widgets."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _show_paid(self) -> None:
        self.paid.set_derived(derived_words(
            credentials.paid_kind(None, None, round(self.fee.value() * 100)), "fee"))

    def _fee_typed(self) -> None:
        self._typed = True
        self._say_converted("")

    def _basis_switched(self) -> None:
        """Keep what a fee the coach did not type here means when its basis changes (the
        default fee per session, or the fee as saved): per session to a total (the whole
        engagement or a package) multiplies it by the sessions, a total to per session
        divides it; between two totals it stays. Said under the fee. An amount typed in
        this form is kept: it is typed before its basis is chosen, in reading order, and
        the line under the fee says what it comes to."""
        before, after = self._basis, self.fee_basis.currentData()
        self._basis = after
        cents, count = round(self.fee.value() * 100), self.planned.value()
        whole = ("engagement_total", "package")
        if not cents or self._typed or before is None or after is None or \
                (before in whole) == (after in whole):
            return
        currency = self.currency.text().strip().upper() or "EUR"
        if not count:
            note = self.tr("The fee was %1 %2: check it, now that it is %3.").replace(
                "%1", money.amount(cents, currency)).replace(
                "%2", self._basis_words(before)).replace("%3", self._basis_words(after))
            self._say_converted(note)
            return
        converted = cents * count if after in whole else engagements.session_fee_cents(
            "engagement_total", cents, count) or 0
        self.fee.blockSignals(True)
        self.fee.setValue(converted / 100)
        self.fee.blockSignals(False)
        self._show_paid()
        self._say_converted(self.tr(
            "Converted: %1 %2 for %n sessions comes to %3 %4.", None, count).replace(
            "%1", money.amount(cents, currency)).replace(
            "%2", self._basis_words(before)).replace(
            "%3", money.amount(converted, currency)).replace(
            "%4", self._basis_words(after)))

    def _basis_words(self, basis: str) -> str:
        return self.tr(str(dict(BASIS_CHOICES).get(basis, basis)))

    def _say_converted(self, note: str) -> None:
        """The line under the fee after a switch of basis ('' once the coach types)."""
        self.basis_note.setText(note)
        self.basis_note.setVisible(bool(note))

    def _show_fee_sum(self) -> None:
        basis = self.fee_basis.currentData()
        self.fee_sum.setText(money.basis_sum(
            round(self.fee.value() * 100), self.currency.text().strip().upper() or "EUR",
            basis, self.planned.value()))
        self.fee_sum.setVisible(bool(self.fee_sum.text()))
        if basis is not None:
            self.to_confirm.hide()
        package = basis == "package"
        self.planned_label.setText(self.tr("Sessions in the &package") if package
                                   else self.tr("&Planned sessions"))
        for label in (self.use_by_label, self.missed_label):
            self._form.setRowVisible(label, package)

    def add_goal(self, text: str, visibility: str) -> None:
        """A row with a live text field: what is being typed is always part of the draft."""
        row = self.goals.rowCount()
        self.goals.insertRow(row)
        field = GoalText(text, self.tr("What the client wants to achieve"))
        self.goals.setCellWidget(row, 0, field)
        field.document().documentLayout().documentSizeChanged.connect(
            lambda _size: self.goals.resizeRowsToContents())
        choice = QComboBox()
        choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for value, label in VISIBILITY_CHOICES:
            choice.addItem(self.tr(str(label)), value)
        refused = choice.findData(REFUSED_VISIBILITY)
        model = choice.model()
        assert isinstance(model, QStandardItemModel)
        item = model.item(refused)
        item.setEnabled(False)
        item.setToolTip(say(engagements.HIDDEN_GOAL_REFUSAL))  # the core's words, as at Save
        found = choice.findData(visibility)
        choice.setCurrentIndex(found if found >= 0 and found != refused else 0)
        choice.currentIndexChanged.connect(self._goals_changed)
        field.textChanged.connect(self._goals_changed)
        self.goals.setCellWidget(row, 1, choice)
        field.setAccessibleName(self.tr("Goal"))
        choice.setAccessibleName(self.tr("Who may know this goal"))
        # Tab reaches a new goal after the goals above it, not after Save (made earlier).
        QWidget.setTabOrder(self.goals.cellWidget(row - 1, 1) if row else self.goals, field)
        QWidget.setTabOrder(field, choice)
        # The column fits the widest choice whole (cell widgets are not measured by Qt).
        self.goals.setColumnWidth(1, max(self.goals.columnWidth(1), choice.sizeHint().width() + 12))
        self.goals.setCurrentCell(row, 0)
        self.goals.resizeRowsToContents()
        if not text:
            field.setFocus()

    def _goals_changed(self) -> None:
        """A refusal about the goals goes as soon as the goals change (its cause may be
        gone); any other message stays."""
        if self._refused_field == "goals":
            self.message.clear_message()
            self._refused_field = ""

    def remove_goal(self) -> None:
        row = self.goals.currentRow()
        if row >= 0:
            self.goals.removeRow(row)
            self._goals_changed()

    def refuse(self, error) -> None:
        self._refused_field = getattr(error, "field", "")
        super().refuse(error)

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
            fee_basis=self.fee_basis.currentData(),
            package_expires_on=None if self.no_use_by.isChecked() else self.use_by.date(
                ).toString("yyyy-MM-dd"),
            package_missed_counts=self.missed.currentData(),
        )

    def snapshot(self) -> tuple[EngagementDraft, str | None]:
        return self.draft(), self.paid.choice()

    def store(self) -> Engagement:
        draft = self.draft()
        saved = (engagements.add(self._vault, draft) if self._engagement is None
                 else engagements.update(self._vault, self._engagement.id, draft))
        if self.paid.choice() != self._log.paid:
            credentials.set_engagement_log(self._vault, saved.id,
                                           group_size=self._log.group_size,
                                           paid=self.paid.choice())
        return saved

