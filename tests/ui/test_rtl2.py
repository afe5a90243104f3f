"""The right-to-left work's second landing: a status pill that reads the same in a chosen
row, and a row the vault cannot read that never takes the app down with it."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel

from ui import theme
from ui.models.records import BadgeDelegate, BadgeRole, DetailRole, RecordListModel, Row
from ui.widgets import record_list


def _luminance(colour: QColor) -> float:
    return theme.luminance(colour.name())


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _pill_edge_contrast(view, model, row: int, behind: QColor) -> float:
    """How far the first pill's left edge stands from ``behind`` (the row's band)."""
    shown = view.viewport().grab().toImage()
    rect = view.visualRect(model.index(row, 0))
    metrics = view.fontMetrics()
    pill, _first, _second = BadgeDelegate.layout(
        rect, metrics.horizontalAdvance("Planned") + 20, metrics.height() + 4)
    ratio = shown.width() / view.viewport().width()  # the grab's device pixels
    y = round(pill.center().y() * ratio)
    return max(_contrast(shown.pixelColor(round(x * ratio), y), behind)
               for x in range(pill.left(), pill.left() + 4))


def _two_planned_sessions(qtbot):
    model = QStandardItemModel()
    for name in ("Noor Haddad", "Jordan Okafor"):
        item = QStandardItem(name)
        item.setData("Planned", BadgeRole)  # no colour of its own: the grey pill
        item.setData("Leadership coaching", DetailRole)
        model.appendRow(item)
    view = record_list(model)
    qtbot.addWidget(view)
    view.resize(600, 160)
    view.show()
    qtbot.waitExposed(view)
    assert isinstance(view.itemDelegate(), BadgeDelegate)
    return view, model


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_grey_pill_keeps_its_shape_on_the_row_the_keys_are_on(qtbot, qapp, choice):
    """The list has the keyboard and a row is current but not chosen: the style draws a
    faint teal band there, the grey pill's twin, so its edge must still stand out."""
    theme.apply(qapp, choice)
    try:
        view, model = _two_planned_sessions(qtbot)
        view.activateWindow()
        view.setFocus()
        view.setCurrentIndex(model.index(0, 0))
        view.selectionModel().clearSelection()
        qtbot.waitUntil(view.hasFocus)
        shown = view.viewport().grab().toImage()
        rect = view.visualRect(model.index(0, 0))
        ratio = shown.width() / view.viewport().width()
        band = shown.pixelColor(round((rect.center().x()) * ratio),
                                round((rect.top() + 4) * ratio))  # beside the words
        assert band != view.palette().color(QPalette.ColorRole.Base)  # the band is there
        edge = _pill_edge_contrast(view, model, 0, band)
        assert edge >= 3.0, f"the pill's edge is {edge:.1f}:1 against the band"
    finally:
        theme.apply(qapp)


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_grey_pill_keeps_its_shape_in_a_chosen_row(qtbot, qapp, choice):
    """A status without a colour of its own (Planned, Held, Voided) is a grey pill: on the
    chosen row's teal its edge must still stand out (3:1, WCAG's least for a shape)."""
    theme.apply(qapp, choice)
    try:
        view, model = _two_planned_sessions(qtbot)
        view.selectionModel().select(model.index(0, 0),
                                     QItemSelectionModel.SelectionFlag.ClearAndSelect)
        highlight = view.palette().color(QPalette.ColorRole.Highlight)
        edge = _pill_edge_contrast(view, model, 0, highlight)
        assert edge >= 3.0, f"the pill's edge is {edge:.1f}:1 against the chosen row"
    finally:
        theme.apply(qapp)


def test_a_row_the_vault_cannot_read_is_left_blank_and_reported_later(qtbot, monkeypatch):
    """Qt asks for a row from inside its own calls (sizing a wrapping row as the window
    shows): the error goes to the crash report from the event loop, once, not back
    through Qt (which crashed the app)."""
    reported: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, value, tb: reported.append(value))

    def damaged(ids: list[int]) -> dict[int, str]:
        raise OSError("database disk image is malformed")

    model = RecordListModel(damaged, lambda record: Row(str(record)))
    model.set_ids([1, 2, 3])
    view = record_list(model, detail_lines=2)  # sizes every row: reads them all
    qtbot.addWidget(view)
    view.resize(400, 200)
    view.show()
    qtbot.waitExposed(view)
    assert model.data(model.index(1, 0), Qt.ItemDataRole.DisplayRole) is None
    assert reported == []  # not from inside the call that asked
    qtbot.waitUntil(lambda: len(reported) == 1)
    qtbot.wait(50)
    assert len(reported) == 1 and "malformed" in str(reported[0])  # once, not per row
