"""New words in a tab repaint those words, not the whole tab (a report opens in one paint),
and the tabs still follow their window's size and their own names."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QListView, QTabWidget, QVBoxLayout, QWidget

from ui.widgets import SteadyTabs


class Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def tabs_with_a_label(qtbot, kind=SteadyTabs):
    tabs = kind()
    qtbot.addWidget(tabs)
    page = QWidget()
    label = QLabel("Report for Kestrel Health Trust")
    label.setWordWrap(True)
    beside = QListView()
    column = QVBoxLayout(page)
    column.addWidget(label)
    column.addWidget(beside, 1)
    tabs.addTab(page, "Reports")
    tabs.addTab(QWidget(), "Disclosures")
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    qtbot.wait(20)
    return tabs, page, label, beside


def repaints_beside_a_new_label(qtbot, kind) -> int:
    _tabs, _page, label, beside = tabs_with_a_label(qtbot, kind)
    paints = Paints(beside.viewport())
    label.setText("Report for Ana Alves, a longer name for the same line")
    qtbot.wait(50)
    assert label.text().startswith("Report for Ana Alves")
    return paints.count


def test_new_words_in_a_tab_do_not_repaint_the_list_beside_them(qtbot):
    assert repaints_beside_a_new_label(qtbot, SteadyTabs) == 0
    # Qt's own tabs repaint all of themselves (what made a report open paint twice).
    assert repaints_beside_a_new_label(qtbot, QTabWidget) >= 1


def test_the_tabs_still_follow_the_window_and_their_names(qtbot):
    tabs, page, label, _beside = tabs_with_a_label(qtbot)
    narrow = page.width()
    tabs.resize(900, 500)
    qtbot.wait(20)
    assert page.width() > narrow + 200  # the page grew with its window
    short = tabs.tabBar().tabRect(1).width()
    tabs.setTabText(1, "Disclosures and everything the sponsors asked for")
    qtbot.wait(20)
    assert tabs.tabBar().tabRect(1).width() > short + 100
    label.setText("Three\nlines\nnow")
    qtbot.wait(20)
    assert label.height() >= 3 * label.fontMetrics().height()  # the page laid out anew
