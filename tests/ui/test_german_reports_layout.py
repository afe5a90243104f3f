"""The report builder at 1280x760 in German and in the pseudo-long language (issue 16's
leftovers): the items list shows three whole items, and every control of the builder can
be reached and is seen whole (inside its pane, over nothing else), scrolling the column
when the window is too short for all of it, never sideways."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QWidget,
)

from coachdesk import reports
from tests.cases import ethics_case
from ui import translations

CONTROLS = (QAbstractButton, QComboBox, QAbstractItemView, QPlainTextEdit, QLabel)


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def cut_by(widget: QWidget, top: QWidget) -> list[str]:
    """The panes (up to ``top``) that do not hold the whole of ``widget``: what it shows
    beyond their edges is cut. Inside a scroll area, its viewport is the pane."""
    cuts = []
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea) and not isinstance(widget, QScrollArea):
            area = on_screen(parent.viewport())
        else:
            area = on_screen(parent)
        if not area.contains(on_screen(widget)):
            cuts.append(f"{type(parent).__name__} {area} cuts {on_screen(widget)}")
        parent = parent.parentWidget()
    return cuts


def controls(pane: QWidget) -> list[QWidget]:
    """The pane's shown controls, those inside a list or text view's own viewport left out."""
    found = []
    for widget in pane.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, CONTROLS):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        inside_view = widget.parentWidget()
        while inside_view is not None and inside_view is not pane and not isinstance(
                inside_view, QAbstractItemView | QPlainTextEdit | QComboBox):
            inside_view = inside_view.parentWidget()
        if inside_view is not None and inside_view is not pane:
            continue
        found.append(widget)
    return found


def scroll_to(area: QScrollArea, widget: QWidget) -> None:
    """Scroll ``area`` as little as needed to show the whole of ``widget`` (Qt's
    ensureWidgetVisible shows only a text field's cursor)."""
    top = widget.mapTo(area.widget(), widget.rect().topLeft()).y()
    bar, seen = area.verticalScrollBar(), area.viewport().height()
    if top < bar.value():
        bar.setValue(top)
    elif top + widget.height() > bar.value() + seen:
        bar.setValue(top + widget.height() - seen)


def problems(page_area: QWidget, qtbot) -> list[str]:
    """Every control of ``page_area`` that is cut, lies over another, or cannot be
    scrolled to: each is first brought into view, as a coach would scroll to it."""
    found = []
    shown = controls(page_area)
    for widget in shown:
        holder = widget.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:
            scroll_to(holder, widget)
            qtbot.wait(10)
        found += [f"{widget.objectName() or type(widget).__name__} "
                  f"{getattr(widget, 'text', lambda: '')()!r}: {cut}"
                  for cut in cut_by(widget, page_area.window())]
    for first in shown:
        for second in shown:
            if first is second or first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            same_pane = first.parentWidget() is second.parentWidget()
            if same_pane and first.geometry().intersects(second.geometry()):
                found.append(f"{type(first).__name__} {getattr(first, 'text', str)()!r} "
                             f"lies over {type(second).__name__} "
                             f"{getattr(second, 'text', str)()!r}")
    return found


def open_builder(window, qtbot):
    case = ethics_case(window.vault)
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Zwischenbericht zur Führungsrolle", "2026-07-23", "2026-11-30",
        facts=("attendance",)))
    for words in ("Leitet die wöchentliche Teambesprechung und bittet früher um Rückmeldung.",
                  "Hat zwei Bereiche gewählt, an denen sie weiterarbeitet: Delegieren und "
                  "die Quartalsplanung.", "War bei jeder geplanten Sitzung anwesend.",
                  "Hat den nächsten Schritt selbst gewählt."):
        reports.write_item(window.vault, report.id, words)
    window.showNormal()
    window.resize(1280, 760)
    qtbot.waitExposed(window)
    window.go_to("Reports")
    page = window.reports_page
    page.select(report.id)
    qtbot.waitUntil(page.items_view.isVisible)
    qtbot.wait(200)  # laid out at the width it has beside the list
    return page


def assert_builder_fits(page, qtbot) -> None:
    assert page.window().width() <= 1280 and page.window().height() <= 760
    rows = page.items_model.rowCount()
    assert rows == 4
    # Three whole items at least, seen without scrolling the list itself.
    three = sum(page.items_view.sizeHintForRow(row) for row in range(3))
    assert page.items_view.viewport().height() >= three, (
        page.items_view.viewport().height(), three)
    assert problems(page.detail, qtbot) == []
    # The column scrolls up and down only: nothing wider than its pane.
    for area in page.detail.findChildren(QScrollArea):
        if area.isVisible():
            assert area.widget().width() <= area.viewport().width()
            assert not area.horizontalScrollBar().isVisible()


def test_the_german_report_builder_shows_its_items_and_every_control(german, qtbot, window):
    page = open_builder(window, qtbot)
    assert page.write_button.text() == "&Schreiben…"  # the German translation is loaded
    assert_builder_fits(page, qtbot)


def test_the_builder_in_a_40_percent_longer_language_overlaps_nothing(pseudo_long, qtbot,
                                                                      window):
    page = open_builder(window, qtbot)
    assert page.write_button.text() == translations.pseudo_text("&Write…")
    assert_builder_fits(page, qtbot)
