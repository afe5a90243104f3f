"""Reports: the builder, the disclosure log, and the log of what sponsors asked for.

The builder keeps one report: its items in order, each with where it stands
with the client (draft, awaiting the client, approved, voided by an edit,
revoked, expired, struck), a preview of exactly what would leave (or why
nothing may), and the export. Everything that may leave comes from the core's
``reports.assemble``, which takes only what the consent gate passed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from coachdesk import approvals, clients, disclosures, reports, sponsor_requests, sponsors
from coachdesk.changes import Change
from coachdesk.sync import numbers
from coachdesk.words import plural
from ui import ask
from ui.bidi import isolated
from ui.dialogs.approval import ApprovalDialog
from ui.dialogs.excerpt import ExcerptDialog
from ui.dialogs.report import ReportDialog
from ui.empty_state import EmptyState
from ui.exporting import export_recorded, save_file, save_recorded, saver
from ui.flow import FlowLayout, WrappingButtons
from ui.models.records import IdRole, RecordListModel, Row
from ui.pages.report_parts import (
    BuilderColumn,
    DisclosuresTab,
    PrintLanguagePicker,
    builder_scroll,
    item_state_words,
    preview_text,
    reason_words,
    report_row,
)
from ui.pages.requests import SponsorRequestsTab
from ui.widgets import (
    DialogHost,
    InlineMessage,
    SteadyTabs,
    heading,
    master_detail,
    primary_button,
    record_list,
    record_picker,
    section_heading,
    select_record,
)
from ui.words import day, put_in


def today() -> str:
    return date.today().isoformat()


class ReportsPage(SponsorRequestsTab, DisclosuresTab, DialogHost, QWidget):
    review_requested = Signal(int)
    # An item's state follows the agreement and the date (approvals expire).
    shows = (Change.REPORTS | Change.DISCLOSURES | Change.REQUESTS | Change.CLIENTS
             | Change.SPONSORS | Change.AGREEMENTS | Change.ENGAGEMENTS | Change.DATE)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self.report: reports.Report | None = None
        self._reports: dict[int, reports.Report] = {}
        self._items: dict[int, reports.Item] = {}
        self._names: dict[int, str] = {}
        self._disclosures: dict[int, disclosures.Disclosure] = {}
        self._access_bundles = set()
        self._requests: dict[int, sponsor_requests.SponsorRequest] = {}
        self.only_client: int | None = None
        self.only_sponsor: int | None = None

        self.filter_label = QLabel()
        self.filter_label.setObjectName("muted")
        self.show_all_button = QPushButton(self.tr("Show all"))
        self.show_all_button.setObjectName("link")
        self.show_all_button.setFlat(True)
        self.show_all_button.clicked.connect(lambda: self.show_only())
        self.tabs = SteadyTabs()
        self.tabs.addTab(self._build_reports(), self.tr("Reports"))
        self.tabs.addTab(self._build_disclosures(), self.tr("Disclosures"))
        self.tabs.addTab(self._build_requests(), self.tr("Sponsor requests"))
        # The page's title first, then its tabs (each tab's list says only its count).
        top = QHBoxLayout()
        top.setContentsMargins(28, 20, 28, 4)
        top.addWidget(heading(self.tr("Reports")))
        top.addSpacing(16)
        top.addWidget(self.filter_label)
        top.addWidget(self.show_all_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._show_filter()

    # -- building ---------------------------------------------------------------------
    def _build_reports(self) -> QWidget:
        tab = QWidget()
        # A report's title (whom for, and its purpose) runs long: it wraps (three lines).
        self.list_model, self.list_view, self.count = record_picker(
            self, self._fetch_reports, self._describe_report, self.tr("Reports"), self.show_report,
            title_lines=3)
        self.new_button = primary_button(self.tr("&New report"), self.new_report)

        self.title = heading("")
        self.title.setWordWrap(True)  # a long recipient wraps instead of squeezing the list
        self.about = QLabel()
        self.about.setObjectName("muted")
        self.about.setTextFormat(Qt.TextFormat.PlainText)
        self.about.setWordWrap(True)
        # Where the report around the words stands with the client (names what changed).
        self.frame_state = QLabel()
        self.frame_state.setObjectName("muted")
        self.frame_state.setTextFormat(Qt.TextFormat.PlainText)
        self.frame_state.setWordWrap(True)
        self.frame_state.setAccessibleName(self.tr("The report as it will be sent"))
        self.details_button = QPushButton(self.tr("&Details…"))
        self.details_button.clicked.connect(self.edit_details)
        self.items_model = RecordListModel(lambda ids: {i: self._items[i] for i in ids},
                                           self._describe_item, self)
        self.items_view = record_list(self.items_model)
        self.items_view.setAccessibleName(self.tr("Items"))
        self.items_view.activated.connect(lambda _index: self.edit_item())
        self.write_button = QPushButton(self.tr("&Write…"))
        self.write_button.clicked.connect(lambda: self.add_item(lift=False))
        self.lift_button = QPushButton(self.tr("&Lift from a note…"))
        self.lift_button.clicked.connect(lambda: self.add_item(lift=True))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_item)
        self.up_button = QPushButton("↑")
        self.up_button.setToolTip(self.tr("Move the item up"))
        self.up_button.setAccessibleName(self.tr("Move up"))
        self.up_button.clicked.connect(lambda: self.move_item(-1))
        self.down_button = QPushButton("↓")
        self.down_button.setToolTip(self.tr("Move the item down"))
        self.down_button.setAccessibleName(self.tr("Move down"))
        self.down_button.clicked.connect(lambda: self.move_item(1))
        self.strike_button = QPushButton(self.tr("S&trike"))
        self.strike_button.clicked.connect(self.strike_item)
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.remove_button.clicked.connect(self.remove_item)
        self.review_button = QPushButton(self.tr("Client &review"))
        self.review_button.setObjectName("primary")
        self.review_button.setToolTip(self.tr("Show only this report, large, for the client to "
                                      "approve on screen"))
        self.review_button.clicked.connect(self.start_review)
        self.form_button = QPushButton(self.tr("Release &form…"))
        self.form_button.setToolTip(
            self.tr("A PDF for the client to sign, listing the exact words"))
        self.form_button.clicked.connect(self.print_release_form)
        self.approval_button = QPushButton(self.tr("Record &approval…"))
        self.approval_button.clicked.connect(self.record_approval)
        self.receipt_button = QPushButton(self.tr("Re&ceipt…"))
        self.receipt_button.setToolTip(self.tr("A consent receipt for the client"))
        self.receipt_button.clicked.connect(self.print_receipt)
        self.revoke_button = QPushButton(self.tr("Withdra&wn…"))
        self.revoke_button.setToolTip(self.tr("The client withdrew approval of the chosen item"))
        self.revoke_button.clicked.connect(self.revoke)
        self.revoke_report_button = QPushButton(self.tr("Whole report withdrawn…"))
        self.revoke_report_button.setToolTip(self.tr(
            "The client withdrew every approval in this report, and of the report itself"))
        self.revoke_report_button.clicked.connect(self.revoke_report)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("What would leave"))
        self.message = InlineMessage()
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)

        self.detail = QWidget()
        column = BuilderColumn()  # scrolls up and down when the window is short
        right = QVBoxLayout(column)
        # The title has the column's width (one line at 1280 pixels, where the items need
        # every line of height); Print in and Details sit at the end of the line about the
        # report, or under it when it is long (report_parts.ReportHead).
        right.addWidget(self.title)
        self.print_in = PrintLanguagePicker()  # a detail of the report the client approves
        right.addWidget(self.print_in.head(self.about, self.details_button))
        # The item buttons sit above the items, under words that stay put while a report
        # is open: no message or approval state above them moves them under the pointer.
        right.addWidget(section_heading(self.tr("Items, in the order the sponsor reads them")))
        buttons = FlowLayout()  # wraps onto a second line in a longer language
        for button in (self.write_button, self.lift_button, self.edit_button, self.up_button,
                       self.down_button, self.strike_button, self.remove_button):
            buttons.addWidget(button)
        right.addLayout(buttons)
        # The items are what the coach works on: most room, and three whole items at least.
        right.addWidget(self.items_view, 3)
        right.addWidget(self.frame_state)
        # The client's approval: on screen (review), or on paper and by email (a menu).
        approval_menu = QMenu(self)
        for button in (self.form_button, self.approval_button, self.receipt_button,
                       self.revoke_button, self.revoke_report_button):
            action = approval_menu.addAction(button.text().replace("&", ""))
            action.setToolTip(button.toolTip())
            action.triggered.connect(button.click)
        self.approval_menu_button = QPushButton(self.tr("Approval on &paper or by email"))
        self.approval_menu_button.setMenu(approval_menu)
        # Each on a line of its own when both do not fit (a longer language).
        right.addWidget(WrappingButtons([self.approval_menu_button], [self.review_button]))
        right.addWidget(section_heading(self.tr("What the sponsor would receive")))
        # What would leave takes what the items leave (at least three lines; it scrolls).
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.preview.setMinimumHeight(self.preview.fontMetrics().lineSpacing() * 3 + 12)
        right.addWidget(self.preview, 1)
        self.builder_scroll = builder_scroll(column, self.items_view)
        right = QVBoxLayout(self.detail)
        right.addWidget(self.builder_scroll, 1)
        # Messages have a place of their own beside Export (always in sight), as tall as
        # three lines whether one shows or not: one appearing squeezes nothing above it.
        slot = QWidget()
        slot.setFixedHeight(self.message.fontMetrics().lineSpacing() * 3 + 12)
        slot_column = QVBoxLayout(slot)
        slot_column.setContentsMargins(0, 0, 0, 0)
        slot_column.addWidget(self.message, 0, Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(slot, 1)
        row.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignVCenter)
        right.addLayout(row)
        self.detail.hide()
        self.empty = EmptyState(  # its words follow the filter
            "", self.tr("Start a report…"), self.new_report).lay_over(self.list_view)
        master_detail(tab, "", self.count, self.list_view, self.new_button, self.detail, 330)
        return tab

    # -- vault life -------------------------------------------------------------------
    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page when what it shows changed."""
        self._vault = vault

    def new_record(self) -> None:
        self.new_report()

    def edit_record(self) -> None:
        self.edit_details()

    def refresh(self) -> None:
        if self._vault is None:
            return
        self._reports = {r.id: r for r in reports.all_reports(self._vault)
                         if self._wanted(r.client_id, r.sponsor_id)}
        self._names = {}
        # The disclosures first: a report's row says which of them sent it.
        self._disclosures = {d.id: d for d in disclosures.all_disclosures(self._vault)
                             if self._wanted(d.client_id, d.sponsor_id)}
        self._access_bundles = self._answered_access()
        self.list_model.update_ids(list(self._reports))
        self.count.setText(plural(self.tr("%n report(s)", "", len(self._reports)),
                                  len(self._reports)))
        self.disclosures_model.update_ids(list(self._disclosures))
        self.disclosures_count.setText(plural(self.tr(
            "%n disclosure(s)", "", len(self._disclosures)), len(self._disclosures)))
        self._requests = {r.id: r for r in sponsor_requests.all_requests(self._vault)
                          if self._wanted(r.client_id, r.sponsor_id)}
        self.requests_model.update_ids(list(self._requests))
        self.requests_count.setText(plural(self.tr(
            "%n request(s)", "", len(self._requests)), len(self._requests)))
        if self.report is not None and self.report.id in self._reports:
            self.show_report(self.report.id)
        elif self.report is not None:
            self.report = None
            self.detail.hide()

    def _wanted(self, client_id: int | None, sponsor_id: int | None) -> bool:
        if self.only_client is not None and client_id != self.only_client:
            return False
        return self.only_sponsor is None or sponsor_id == self.only_sponsor

    def show_only(self, *, client_id: int | None = None, sponsor_id: int | None = None,
                  tab: str = "") -> None:
        """Narrow every list to one client or one sponsor (both None: everything)."""
        self.only_client, self.only_sponsor = client_id, sponsor_id
        self._show_filter()
        if tab:
            self.tabs.setCurrentIndex(["Reports", "Disclosures", "Sponsor requests"].index(tab))
        self.refresh()

    def _show_filter(self) -> None:
        label = ""
        if self._vault is not None and self.only_client is not None:
            label = self.tr("Showing %1 only").replace(
                "%1", isolated(clients.get(self._vault, self.only_client).name))
        elif self._vault is not None and self.only_sponsor is not None:
            label = self.tr("Showing %1 only").replace(
                "%1", isolated(sponsors.get(self._vault, self.only_sponsor).organisation))
        self.filter_label.setText(label)
        self.filter_label.setVisible(bool(label))
        self.show_all_button.setVisible(bool(label))
        self.empty.set_words(self.tr(
            "No reports yet. A report gathers what the client approves, word for word, for "
            "their sponsor, with the session facts the agreement allows.") if not label else
            self.tr("None shown here: there are no reports about this client or sponsor yet. "
                    "“Show all” lists every report."))

    def clear(self) -> None:
        self.drop_dialog()
        self._vault = None
        self.report = None
        self._reports, self._items, self._names = {}, {}, {}
        self._disclosures, self._requests, self._access_bundles = {}, {}, set()
        self.only_client = self.only_sponsor = None
        for model in (self.list_model, self.items_model, self.disclosures_model,
                      self.requests_model):
            model.clear()
        for label in (self.title, self.about, self.frame_state, self.count, self.disclosures_count,
                      self.requests_count, self.request_text, self.clause_text,
                      self.filter_label):
            label.setText("")
        for text in (self.preview, self.disclosure_text, self.response_note):
            text.clear()
        self.message.clear_message()
        self.detail.hide()
        self.request_detail.hide()

    # -- rows ----------------------------------------------------------------------------
    def _fetch_reports(self, ids: list[int]) -> dict[int, reports.Report]:
        return {i: self._reports[i] for i in ids if i in self._reports}

    def _name(self, client_id: int) -> str:
        if client_id not in self._names:
            self._names[client_id] = clients.get(self._vault, client_id).name
        return self._names[client_id]

    def _describe_report(self, r: reports.Report) -> Row:
        """The report's real state, from the gate (asked for the rows on screen only)."""
        sent = [d.id for d in self._disclosures.values()
                if d.report_id == r.id and d.kind == "sponsor_report"]
        return report_row(self._name(r.client_id), r,
                          reports.standing(self._vault, r.id, today()),
                          max(sent) if sent else None)

    @staticmethod
    def _describe_item(item: reports.Item) -> Row:
        return Row(f"{item.position}. {' '.join(item.excerpt.text.split())}",
                   item_state_words(item) + (f" · {reason_words(item.reason)}" if item.reason
                                             and item.state in (reports.DRAFT, reports.AWAITING)
                                             else ""),
                   reports.STATE_WORDS[item.state])

    # -- one report ------------------------------------------------------------------------
    def select(self, report_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        if not select_record(self.list_view, report_id):
            self.show_report(report_id)

    def show_report(self, report_id: int | None) -> None:
        if self._vault is None or report_id is None:
            return
        self.report = reports.get(self._vault, report_id)
        recipient = reports.recipient_name(self._vault, self.report)
        self.title.setText(self.tr("Report for %1").replace("%1", recipient))
        self.about.setText(f"{isolated(self._name(self.report.client_id))} · "
                           f"{isolated(self.report.purpose)} · " + put_in(
                               self.tr("%1 to %2"), day(self.report.period_from),
                               day(self.report.period_to)))
        self._show_items()
        self.detail.show()

    def _show_items(self, keep: int | None = None) -> None:
        self.message.clear_message()  # said of the items as they were: no longer true
        current = keep if keep is not None else self.items_view.currentIndex().data(IdRole)
        built = reports.builder(self._vault, self.report.id, today())  # the gate once
        self._items = {i.excerpt.id: i for i in built.items}
        self.items_model.set_ids(list(self._items))
        # Laid out now, not on the view's next timer: one paint of the new items, not two.
        self.items_view.doItemsLayout()
        if current in self._items:
            select_record(self.items_view, current)
        status = built.status
        self.print_in.show_report(self._vault, self.report, status.approved)
        self.frame_state.setText(
            self.tr("Report code %1: its frame (who receives it, the purpose, the period, "
                    "the facts) is approved by the client as it will be sent; each passage "
                    "below has its own approval.")
            .replace("%1", status.frame.code) if status.approved else
            self.tr("Report code %1: its frame is not approved as it will be sent: %2.")
            .replace("%1", status.frame.code).replace("%2", reason_words(status.reason)))
        self.preview.setPlainText(preview_text(built.assembly))

    def current_item(self) -> reports.Item | None:
        return self._items.get(self.items_view.currentIndex().data(IdRole))

    # -- items --------------------------------------------------------------------------
    def new_report(self) -> None:
        if self._vault is not None:
            self.show_dialog(ReportDialog(self._vault, parent=self.window()), self._report_saved)

    def edit_details(self) -> None:
        if self._vault is not None and self.report is not None:
            self.show_dialog(ReportDialog(self._vault, self.report, self.window()),
                             self._report_saved)

    def _report_saved(self, report: reports.Report) -> None:
        self.select(report.id)  # the list was read again as the report was saved

    def add_item(self, *, lift: bool) -> None:
        if self._vault is not None and self.report is not None:
            self.show_dialog(ExcerptDialog(self._vault, self.report, lift=lift,
                                           parent=self.window()), self._item_saved)

    def edit_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self.show_dialog(ExcerptDialog(self._vault, self.report, item=item,
                                           parent=self.window()), self._item_saved)

    def _item_saved(self, excerpt) -> None:
        select_record(self.items_view, excerpt.id)  # the items were read as it was saved

    def move_item(self, step: int) -> None:
        item = self.current_item()
        if item is not None:
            reports.move_item(self._vault, self.report.id, item.excerpt.id,
                              item.position - 1 + step)
            select_record(self.items_view, item.excerpt.id)

    def strike_item(self) -> None:
        item = self.current_item()
        if item is not None:
            reports.strike_item(self._vault, self.report.id, item.excerpt.id,
                                item.state != reports.STRUCK)
            select_record(self.items_view, item.excerpt.id)

    def remove_item(self) -> None:
        item = self.current_item()
        if item is None or not ask.confirm(
                self, self.tr("Remove item"), self.tr(
                    "Take item %1 out of this report? Its words and any approval stay on "
                    "record.").replace("%1", str(item.position)), yes=self.tr("Remove")):
            return
        reports.remove_item(self._vault, self.report.id, item.excerpt.id)

    # -- the client's approval ----------------------------------------------------------
    def start_review(self) -> None:
        if self._vault is not None and self.report is not None:
            self.review_requested.emit(self.report.id)

    def record_approval(self) -> None:
        if self._vault is None or self.report is None:
            return
        self._show_items()  # the dialog shows the words as the vault holds them now
        dialog = ApprovalDialog(self._vault, self.report, list(self._items.values()),
                                self._name(self.report.client_id), self.window())
        self.show_dialog(dialog)  # what it records is read again as it is saved

    def revoke(self) -> None:
        item = self.current_item()
        if item is None or item.consent is None:
            self.message.show_message(self.tr("Choose an approved item first."))
            return
        if not ask.confirm(self, self.tr("Approval withdrawn"),
                           self.tr("Record that the client withdrew approval of item %1? It "
                                   "will not be sent unless they approve again.").replace(
                               "%1", str(item.position)),
                           yes=self.tr("Record withdrawal")):
            return
        approvals.revoke(self._vault, item.consent.id, self.tr("withdrawn by the client"))
        select_record(self.items_view, item.excerpt.id)

    def revoke_report(self) -> None:
        """The client withdrew the whole report: every round of it, passages and frame
        (the only way to withdraw a report of session facts alone)."""
        if self._vault is None or self.report is None:
            return
        standing = [r for r in approvals.rounds_for_report(self._vault, self.report.id)
                    if r.revoked_at is None]
        if not standing:
            self.message.show_message(self.tr("The client has no approval standing in "
                                              "this report."))
            return
        if not ask.confirm(self, self.tr("Approval withdrawn"), self.tr(
                "Record that the client withdrew every approval in this report? Nothing in "
                "it will be sent unless they approve again."),
                yes=self.tr("Record withdrawal")):
            return
        for round_ in standing:
            approvals.revoke_round(self._vault, round_.id, self.tr("withdrawn by the client"))
        self.message.show_message(self.tr("Recorded: the client withdrew the report."),
                                  done=True)

    def print_release_form(self) -> None:
        if self._vault is None or self.report is None:
            return
        vault, report = self._vault, self.report
        self._show_items()  # the form prints the words as the vault holds them now
        waiting = [i for i in self._items.values()
                   if i.state not in (reports.APPROVED, reports.STRUCK)]
        status = reports.frame_status(vault, report.id, today())
        if not waiting and status.approved:
            self.message.show_message(self.tr("Every item is approved or struck: there is nothing "
                                      "to ask permission for."))
            return
        printed = {i.excerpt.id: i.excerpt.text for i in waiting}
        passages = [(i.position, i.excerpt.text) for i in waiting]
        on = today()

        def write(target: Path) -> reports.Report:
            from ui.pdf import release_form_pdf  # Qt's PDF code is loaded when first used

            data = release_form_pdf(frame=status.frame, passages=passages, printed_on=on)
            export_recorded(vault, target, data, "release_form", "report", report.id)
            reports.mark_printed(vault, report.id, printed, status.frame)
            return reports.get(vault, report.id)

        def saved(printed_report: reports.Report, target: Path) -> None:
            self.report = printed_report
            self._show_items()
            self.message.show_message(self.tr(
                "Saved to %1. When it comes back signed, record the approval and attach the "
                "scan.").replace("%1", str(target)), done=True)

        save_file(self, vault, title=self.tr("Save the release form"),
                  suggested=put_in(self.tr("release-form-%1-%2.pdf"),
                                   f"R{report.id:06d}", today()),
                  write=write, saved=saved, refused=self.message.show_message)

    def print_receipt(self) -> None:
        if self._vault is None or self.report is None:
            return
        vault, report = self._vault, self.report
        rounds = approvals.rounds_for_report(vault, report.id)
        item = self.current_item()
        chosen = None
        if item is not None and item.consent is not None:
            chosen = next((r for r in rounds if r.id == item.consent.round_id), None)
        chosen = chosen or (rounds[-1] if rounds else None)
        if chosen is None:
            self.message.show_message(
                self.tr("The client has approved nothing in this report yet."))
            return
        round_id, on = chosen.id, today()
        receipt = numbers.number(vault, numbers.CONSENT_RECEIPT, "approval_rounds", round_id)

        def render() -> bytes:
            from ui.pdf import receipt_pdf

            return receipt_pdf(approvals.receipt(vault, round_id, on))

        save_recorded(self, vault, title=self.tr("Save the consent receipt"),
                      suggested=put_in(self.tr("consent-receipt-%1-%2.pdf"),
                                       receipt, on),
                      render=render, kind="consent_receipt",
                      record_kind="approval_round", record_id=round_id,
                      refused=self.message.show_message,
                      saved=lambda target: self.message.show_message(
                          put_in(self.tr("Receipt %1 saved to %2."), receipt,
                                 str(target)), done=True))

    # -- export ----------------------------------------------------------------------------
    def export(self) -> None:
        if self._vault is None or self.report is None:
            return
        vault, report = self._vault, self.report
        assembly = reports.assemble(vault, report.id, today())
        if assembly.content is None:
            # What stops it is listed in the preview, word for word: not said twice.
            self._show_items()
            n = len(assembly.blocking)
            self.message.show_message(plural(self.tr(
                "Not exported: %n thing(s) still stop this report, listed under “What the "
                "sponsor would receive”.", "", n), n))
            return
        on = today()

        def write(target: Path) -> disclosures.Disclosure:
            from ui.pdf import report_pdf

            return reports.export(vault, report.id, on=on, render=report_pdf,
                                  save=saver(target))

        def saved(disclosure: disclosures.Disclosure, target: Path) -> None:
            self.message.show_message(put_in(
                self.tr("Saved to %1. Disclosure %2 is recorded."), str(target),
                numbers.disclosure_number(vault, disclosure.id)), done=True)

        save_file(self, vault, title=self.tr("Export the report"),
                  suggested=put_in(self.tr("report-%1-%2.pdf"), f"R{report.id:06d}", today()),
                  write=write, saved=saved, refused=self.message.show_message,
                  busy=self.tr("Exporting the report…"))
