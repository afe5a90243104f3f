"""Parts of the Reports page kept apart by what they hold: what the report list says of
each report, what would leave (the preview), and the disclosure log's tab (mixed into
``ReportsPage`` as the requests tab is). Empty lists say so through ui.empty_state."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coachdesk import approvals, data_requests, disclosures, reports
from coachdesk.sync.numbers import disclosure_number
from coachdesk.words import plural, put_in
from ui import ask
from ui.bidi import isolated
from ui.empty_state import EmptyState
from ui.models.records import Row, badge_words
from ui.print_language import languages
from ui.widgets import master_detail, record_picker, section_heading
from ui.words import day, moment


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Qt's translation, in the context lupdate gives a module's own ``tr`` calls (none),
    with English plural forms where no translation replaced a count's words."""
    return plural(QCoreApplication.translate("", text, disambiguation or None, n), n)


def _local(stored: str) -> datetime:
    """A stored UTC moment in the coach's own time (for dates and times as the locale
    writes them)."""
    moment = datetime.fromisoformat(stored)
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()


def reason_words(reason: str) -> str:
    """Why something may not leave, in the coach's language where the core marked it
    (a reason naming what changed keeps its English details)."""
    return QCoreApplication.translate("Consent", reason)


def item_state_words(item: reports.Item) -> str:
    """An item's state line as the builder shows it: "Approved 28.11.26, on screen, in
    session", or the pill's word (the core's ``state_words`` is the English of it)."""
    if item.state == reports.APPROVED and item.consent is not None:
        words = put_in(tr("Approved %1, %2"), day(item.consent.given_on),
                       QCoreApplication.translate(
                           "Approvals", approvals.METHOD_WORDS[item.consent.method]))
        if item.consent.expires_on:
            words += put_in(tr(", until %1"), day(item.consent.expires_on))
        return words
    return badge_words(reports.STATE_WORDS[item.state])


def blocking_words(blocking: reports.Blocking) -> str:
    """One reason nothing may leave, as the preview lists it."""
    reason = reason_words(blocking.reason).replace("%1", blocking.detail)
    if not blocking.position:
        return put_in(tr("The report: %1."), reason)
    return put_in(tr("Item %1 “%2”: %3."), str(blocking.position), blocking.preview, reason)


def standing_words(standing: reports.Standing, exported: int | None) -> str:
    """The report's real state in a few words: "Exported D-000004", "Ready to export",
    "2 of 3 approved", "Nothing in it yet"."""
    if exported is not None:
        return put_in(tr("Exported D-%1"), f"{exported:06d}")
    if standing.ready:
        return tr("Ready to export")
    if standing.items:
        return put_in(tr("%1 of %n approved", "", standing.items), str(standing.approved))
    if standing.struck:
        return tr("%n struck, nothing to send", "", standing.struck)
    return tr("Nothing in it yet")


def report_row(name: str, report: reports.Report, standing: reports.Standing,
               exported: int | None) -> Row:
    detail = put_in(tr("%1 to %2"), day(report.period_from), day(report.period_to))
    if exported is not None and not standing.ready:
        detail += " · " + (put_in(tr("%1 of %n approved", "", standing.items),
                                  str(standing.approved)) if standing.items
                           else tr("changed since it was sent"))
    elif standing.struck:
        detail += " · " + tr("%n struck by the client", "", standing.struck)
    return Row(f"{isolated(name)}: {isolated(report.purpose)}", detail,
               standing_words(standing, exported))


def preview_text(assembly: reports.Assembly) -> str:
    """What would leave, as plain text (or each reason nothing may)."""
    if assembly.content is None:
        return tr("Nothing can leave yet:") + "\n\n" + "\n".join(
            f"• {blocking_words(b)}" for b in assembly.blocking)
    c = assembly.content
    lines = [put_in(tr("To: %1"), c.frame.recipient_name),
             put_in(tr("Client: %1"), c.frame.client_name),
             put_in(tr("Period: %1 to %2"), c.frame.period_from, c.frame.period_to),
             put_in(tr("Purpose: %1"), c.frame.purpose), ""]
    lines += [str(f) for f in c.frame.facts]
    for number, words in enumerate(c.words, start=1):
        lines += ["", f"{number}. {words.text}"]
    return "\n".join(lines)


class BuilderColumn(QWidget):
    """The builder's column: as tall as its parts need at the width it has, at least. A
    scroll area asks a column for its height for a width, which Qt's box layout answers
    with the preview's preferred height (none: it takes what is left), and the parts
    were then laid over each other; this answers with every part's least height."""

    def heightForWidth(self, width: int) -> int:
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout else super().heightForWidth(width)


class ColumnScroll(QScrollArea):
    """A pane that scrolls up and down only, so it is never narrower than its column
    needs (a pane narrower than that would cut the column's right edge). The column's
    least width is its buttons' and labels' (fixed once the language is), so it is read
    whenever the page is laid out; no event filter (a Python one runs while Qt destroys
    the pane)."""

    def minimumSizeHint(self) -> QSize:
        hint, column = super().minimumSizeHint(), self.widget()
        if column is None:
            return hint
        width = (column.minimumSizeHint().width() + 2 * self.frameWidth()
                 + self.verticalScrollBar().sizeHint().width())
        return QSize(max(hint.width(), width), hint.height())


def builder_scroll(column: QWidget, items: QAbstractItemView, rows: int = 3) -> QScrollArea:
    """The builder's column in a pane that scrolls up and down (never sideways), with the
    items list kept ``rows`` whole items tall. In German at 1280x760 the item buttons wrap
    onto two lines and the report's frame onto three: squeezed to fit, the list showed one
    item and a half, and in a longer language the controls lay over each other."""
    items.ensurePolished()  # the style sheet's font, which the rows are drawn in
    one_row = QFontMetrics(items.font()).height() * 2 + 20  # as BadgeDelegate draws a row
    items.setMinimumHeight(one_row * rows + 2 * items.frameWidth())
    area = ColumnScroll()
    area.setAccessibleName(tr("Report"))
    area.setWidget(column)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    layout = column.layout()
    if layout is not None:
        layout.setContentsMargins(0, 0, 6, 0)  # the scroll bar, when shown, beside it
        layout.setSpacing(4)  # a little closer: in English all of it fits at 760
    return area


class ReportHead(QWidget):
    """The line about the report, and Print in and Details at its end: on one row while
    the line fits beside them in three lines, else the line across the column's whole
    width (wrapping onto every line it needs) with the picker and Details under it.
    Placed again as the width or the words change, so a short line costs no row of the
    items' height."""

    def __init__(self, about: QLabel, picker: QWidget, details: QWidget) -> None:
        super().__init__()
        self._about, self._picker, self._details = about, picker, details
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 1)
        self._beside: bool | None = None
        self._place(True)

    def _place(self, beside: bool) -> None:
        if beside == self._beside:
            return
        self._beside = beside
        for widget in (self._about, self._picker, self._details):
            self._grid.removeWidget(widget)
        top = Qt.AlignmentFlag.AlignTop
        if beside:
            self._grid.addWidget(self._about, 0, 0)
        else:
            self._grid.addWidget(self._about, 0, 0, 1, 3)
        self._grid.addWidget(self._picker, 0 if beside else 1, 1, top)
        self._grid.addWidget(self._details, 0 if beside else 1, 2, top)

    def _fits_beside(self) -> bool:
        # Beside them the line may wrap onto three lines: still shorter than the line
        # above a row of its own, so the items keep their height (three whole items at
        # 1280x760); a longer line goes across the column.
        spacing = max(0, self._grid.horizontalSpacing()) * 2
        line = self._about.fontMetrics().horizontalAdvance(self._about.text())
        room = (self.width() - spacing - self._picker.sizeHint().width()
                - self._details.sizeHint().width())
        return line <= 3 * room * 0.9  # a tenth left for where the words break

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place(self._fits_beside())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:  # the line's words changed
            self._place(self._fits_beside())
        return super().event(event)


class PrintLanguagePicker(QWidget):
    """"Print in: Deutsch" for the open report: the language of CoachDesk's words around
    the client's (headings, labels, session facts, the release form's sentences, dates).
    The client's words print as they were approved, never translated. The language is
    part of what the client approves: after a change, they approve the report again."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault: Any = None
        self._report: reports.Report | None = None
        self._approved = False
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        label = QLabel(tr("Print &in:"))
        self.choice = QComboBox()
        for code, name in languages().items():  # each in its own words, as Settings shows
            self.choice.addItem(name, code)
        label.setBuddy(self.choice)
        self.choice.setAccessibleName(tr("Print in"))
        self.choice.setToolTip(tr(
            "The language of CoachDesk's words in the report and its release form: headings, "
            "labels, session facts and dates. The client's words print as they were approved."))
        self.choice.activated.connect(self._chosen)
        row.addWidget(label)
        row.addWidget(self.choice)

    def head(self, about: QLabel, details: QWidget) -> QWidget:
        """The line about the report (client, purpose, period) with this picker and the
        ``details`` button (see :class:`ReportHead`)."""
        return ReportHead(about, self, details)

    def show_report(self, vault: Any, report: reports.Report, approved: bool) -> None:
        """Show ``report``'s language (``approved``: the client approved its frame)."""
        self._vault, self._report, self._approved = vault, report, approved
        # The languages offered, and the report's own even when this CoachDesk cannot
        # print in it (the export then says so): never another language in its place.
        offered = languages()
        for index in reversed(range(self.choice.count())):
            if self.choice.itemData(index) not in offered:
                self.choice.removeItem(index)
        if self.choice.findData(report.print_language) < 0:
            self.choice.addItem(reports.LANGUAGES.get(report.print_language,
                                                      report.print_language),
                                report.print_language)
        self.choice.setCurrentIndex(self.choice.findData(report.print_language))

    def _chosen(self, index: int) -> None:
        report, code = self._report, self.choice.itemData(index)
        if report is None or code == report.print_language:
            return
        names = reports.LANGUAGES
        if self._approved and not ask.confirm(
                self, tr("Print in another language"),
                put_in(tr("The client approved this report printed in %1. Printed in %2, it "
                          "needs their approval again before it can be sent."),
                       names.get(report.print_language, report.print_language), names[code]),
                yes=tr("Print in %1").replace("%1", names[code]), no=tr("Cancel")):
            self.choice.setCurrentIndex(max(0, self.choice.findData(report.print_language)))
            return
        # The page refreshes from the change notice (touches=REPORTS).
        self._report = reports.set_print_language(self._vault, report.id, code)


class DisclosuresTab:
    """The disclosure log: what left, to whom, when and why (see ``ui.pages.reports``)."""

    _vault: Any
    _disclosures: dict[int, disclosures.Disclosure]
    _access_bundles: set[int]  # the disclosures that answered a client's access request

    def _name(self, client_id: int) -> str:
        raise NotImplementedError

    def _build_disclosures(self) -> QWidget:
        tab = QWidget()
        self.disclosures_model, self.disclosures_view, self.disclosures_count = record_picker(
            tab, lambda ids: {i: self._disclosures[i] for i in ids},
            self._describe_disclosure, tr("Disclosures"), self.show_disclosure)
        self.disclosure_text = QPlainTextEdit()
        self.disclosure_text.setReadOnly(True)
        self.disclosure_text.setAccessibleName(tr("Disclosure"))
        self.disclosures_empty = EmptyState(tr(
            "Nothing has left the vault yet. Each report you export, and each legal export, "
            "is logged here: to whom, when, why, and the exact words.")).lay_over(
                self.disclosures_view)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.addWidget(section_heading(tr("What left, to whom, and why")))
        column.addWidget(self.disclosure_text, 1)
        master_detail(tab, "", self.disclosures_count, self.disclosures_view, None, detail,
                      380)
        return tab

    def _answered_access(self) -> set[int]:
        """The disclosures that answered a client's access request: the request log's tie
        (a structured fact), never read from a disclosure's words."""
        return {found.request.disclosure_id for found in data_requests.all_requests(self._vault)
                if found.request.kind == "access" and found.request.disclosure_id is not None}

    def _kind_words(self, d: disclosures.Disclosure) -> str:
        """What the disclosure is: an access request's bundle (a structured tie, from the
        request log, never the purpose's words) is a disclosure to the client under
        data-protection law, not a legal export; else the kind's own words."""
        if d.id in self._access_bundles:
            return tr("Access request bundle")
        return QCoreApplication.translate("Disclosures", disclosures.KIND_WORDS[d.kind])

    def _describe_disclosure(self, d: disclosures.Disclosure) -> Row:
        return Row(f"{day(_local(d.disclosed_at).date())} · {isolated(d.recipient_name)}",
                   f"{isolated(d.purpose)} · {disclosure_number(self._vault, d.id)}",
                   self._kind_words(d))

    def show_disclosure(self, disclosure_id: int | None) -> None:
        d = self._disclosures.get(disclosure_id) if disclosure_id is not None else None
        if d is None:
            return
        lines = [f"{self._kind_words(d)} · {disclosure_number(self._vault, d.id)}",
                 put_in(tr("To: %1"), d.recipient_name),
                 put_in(tr("When: %1"), moment(_local(d.disclosed_at))),
                 put_in(tr("About: %1"), self._name(d.client_id)),
                 put_in(tr("Purpose: %1"), d.purpose)]
        if d.legal_basis:
            lines.append(put_in(tr("Legal basis: %1"), d.legal_basis))
        lines.append(put_in(tr("File SHA-256: %1"), d.file_sha256))
        language = reports.disclosed_language(self._vault, d.id)
        if language is not None:
            lines.append(put_in(tr("Printed in: %1"), reports.LANGUAGES.get(language, language)))
        if d.facts:  # as sent: the words the client approved, never worded again here
            lines += ["", tr("Session facts sent (as the agreement allows):")]
            lines += d.facts.splitlines()
        words = disclosures.words(self._vault, d.id)
        if words:
            lines += ["", tr("The exact words sent (%n passage(s)):", "", len(words))]
            lines += [f"{w.position}. {w.text}" for w in words]
        self.disclosure_text.setPlainText("\n".join(lines))
