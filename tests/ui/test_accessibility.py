"""A coach who uses a screen reader or only the keyboard: every page of the demo practice,
every dialog its menus and buttons open, and client review mode name each control they
can reach with Tab, in reading order, with no field that keeps Tab for itself.

The dialogs are found the way a coach finds them (every menu entry, every button on
every page and tab, with a record chosen); any dialog class in ui/ that this walk did not
open fails the test, so that a new dialog is walked too (open it here, in UNREACHED).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from datetime import date

import pytest
from a11y_walk import focusable, out_of_reading_order, tab_order, traps, unnamed
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QPushButton,
    QTabWidget,
    QWidget,
    QWizard,
)

import ui
from coachdesk import demo
from ui import ops
from ui.main_window import PAGES

# What a click must not do in a walk: end the session or the window.
NEVER_CLICKED = {"&Lock", "&Quit", "Lock"}


def settle() -> None:
    for _ in range(3):
        ops.wait_for_all()
        QApplication.processEvents()


def choose_first_rows(root: QWidget) -> None:
    """Choose the first record in each list that has none chosen: the record beside it
    shows, with its own controls."""
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if (view.isVisible() and model is not None and model.rowCount() > 0
                and view.selectionModel() is not None and not view.currentIndex().isValid()):
            view.selectionModel().setCurrentIndex(
                model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
    settle()


def every_state(root: QWidget):
    """Each tab of each tab widget under ``root`` in turn, with records chosen."""
    choose_first_rows(root)
    yield ""
    for tabs in root.findChildren(QTabWidget):
        if not tabs.isVisible():
            continue
        for index in range(tabs.count()):
            if not tabs.isTabEnabled(index) or not tabs.isTabVisible(index):
                continue
            tabs.setCurrentIndex(index)
            settle()
            choose_first_rows(root)
            yield f" / {tabs.tabText(index).replace('&', '')}"


def check(root: QWidget, where: str, problems: list[str]) -> None:
    problems += unnamed(root, where)
    problems += out_of_reading_order(root, where)
    problems += traps(root, where)


@pytest.fixture
def demo_window(qtbot, window):
    demo.build(window.vault, demo.DEMO, today=date.today())
    window.resize(1280, 760)
    window.go_to("Today")
    settle()
    return window


def test_every_page_names_each_control_and_tabs_in_reading_order(demo_window):
    window = demo_window
    problems: list[str] = []
    walked = 0
    for name in PAGES:
        window.go_to(name)
        settle()
        page = window.pages.currentWidget()
        for state in every_state(page):
            check(window.workspace, f"{name}{state}", problems)
            walked += len(focusable(window.workspace))
    window.open_client(1)
    settle()
    for state in every_state(window.client_page):
        check(window.workspace, f"Client page{state}", problems)
        walked += len(focusable(window.workspace))
    assert walked > 100  # the walk saw the pages' controls, not an empty window
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("mode", ["keyring", "recovery", "passphrase", "problem"])
def test_the_lock_screen_names_each_control_in_each_of_its_forms(qtbot, location, mode):
    from ui.pages.unlock import UnlockPage

    page = UnlockPage(location)
    qtbot.addWidget(page)
    page.resize(1180, 720)
    page.show()
    page.ask_for(mode, "The vault's key is not in the keyring.")
    settle()
    problems: list[str] = []
    check(page, f"Lock screen ({mode})", problems)
    assert focusable(page), "the lock screen offers something to do"
    assert not problems, "\n".join(problems)


# -- dialogs ------------------------------------------------------------------------------

def dialog_classes() -> set[type]:
    """Every dialog and wizard class written in ui/ (a new one joins the walk by itself)."""
    found: set[type] = set()
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        loaded = importlib.import_module(module.name)
        for _name, cls in inspect.getmembers(loaded, inspect.isclass):
            if cls.__module__ == module.name and issubclass(cls, (QDialog, QWizard)):
                found.add(cls)
    return found


def answer_nothing(asked) -> None:
    """Whatever a click asks is declined, and no file or folder is chosen: the walk
    looks, it does not change the practice behind a question."""
    asked.reset()
    asked.set_next_answers(*[False] * 20)
    asked.set_next_paths(*[None] * 20)


def opened_windows(window) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.isVisible() and w is not window and not w.inherits("QMenu")]


def close(shown: QWidget) -> None:
    if isinstance(shown, QWizard | QDialog):
        getattr(shown, "discard", shown.reject)()
    shown.close()
    settle()


def check_windows(window, where: str, problems: list[str], seen: set[type]) -> None:
    """Check whatever the last click opened (dialogs, note windows, client review)."""
    for shown in opened_windows(window):
        seen.add(type(shown))
        check(shown, f"{where} → {type(shown).__name__} {shown.windowTitle()!r}", problems)
        close(shown)
    if window.in_review:
        seen.add(type(window.review_screen))
        check(window.review_screen, f"{where} → client review", problems)
        window.leave_review()
        settle()


def click_everything(window, where: str, root: QWidget, come_back, asked, problems,
                     seen) -> None:
    """Click each button on ``root`` as it stands, coming back after any that left it."""
    buttons = [b for b in root.findChildren(QPushButton)
               if b.isVisible() and b.isEnabled() and b.text() not in NEVER_CLICKED]
    tabs = [(t, t.currentIndex()) for t in root.findChildren(QTabWidget)]
    for button in buttons:
        if not root.isVisible():
            come_back()
            for tab_widget, index in tabs:  # the tab the walk was on
                tab_widget.setCurrentIndex(index)
            settle()
            choose_first_rows(root)
        if not button.isVisible() or not button.isEnabled():
            continue  # an earlier click changed what the page offers
        answer_nothing(asked)
        button.click()
        settle()
        check_windows(window, f"{where}, {button.text().replace('&', '')!r}", problems, seen)


def menu_entries(window) -> list:
    """Every entry of every menu in the window's menu bar, Help's included."""
    return [entry for menu in window.menuBar().actions() if menu.menu() is not None
            for entry in menu.menu().actions() if not entry.isSeparator()]


def trigger_menus(window, where: str, come_back, asked, problems, seen) -> None:
    for action in menu_entries(window):
        if not action.isEnabled() or action.text() in NEVER_CLICKED:
            continue
        answer_nothing(asked)
        action.trigger()
        settle()
        check_windows(window, f"{where}, menu {action.text().replace('&', '')!r}", problems,
                      seen)
        come_back()
        settle()


def the_first_session(window) -> int:
    from coachdesk import sessions

    return sessions.ids_for_client(window.vault, 1)[0]


def session_end(window) -> QDialog:
    from ui.dialogs.session_end import SessionEndDialog

    return SessionEndDialog(window.vault, the_first_session(window), 3000, window)


def recovery_code(window) -> QDialog:
    from ui.dialogs.recovery import RecoveryCodeDialog

    return RecoveryCodeDialog("Your new recovery code", "Write it down.",
                              "ABCDE-FGHJK-LMNPQ-RSTUV", window)


def restore_code(window) -> QDialog:
    from ui.dialogs.recovery import RestoreCodeDialog

    return RestoreCodeDialog("This backup needs its recovery code.", window)


def first_run(window) -> QWizard:
    from ui.wizard import FirstRunWizard

    return FirstRunWizard(window.location)


def a_request(window):
    """The demo logs no data-protection request: one logged makes its dialogs reachable."""
    from coachdesk import data_requests

    return data_requests.log(window.vault, 1, "access", received_on=date.today().isoformat(),
                             identity_checked="not_yet", identity_note="")


def identity(window) -> QDialog:
    from ui.dialogs.data_request import IdentityDialog

    return IdentityDialog(window.vault, a_request(window), window)


def extend(window) -> QDialog:
    from ui.dialogs.data_request import ExtendDialog

    return ExtendDialog(window.vault, a_request(window), window)


def outcome(window) -> QDialog:
    from ui.dialogs.data_request import OutcomeDialog

    return OutcomeDialog(window.vault, a_request(window), window)


def access_review(window) -> QDialog:
    from coachdesk import access_request
    from ui.dialogs.access_review import AccessReviewDialog

    return AccessReviewDialog("Client", access_request.items(window.vault, 1),
                              lambda withheld: None, window)


def sync_conflicts(window) -> QDialog:
    from ui.dialogs.sync_conflicts import SyncConflictsDialog

    return SyncConflictsDialog(window.vault, window)


def choose_client(window) -> QDialog:
    from ui.dialogs.requests_log import ChooseClientDialog

    return ChooseClientDialog(window.vault, window)


# Dialogs no click on the demo practice opens (a session's end follows its editor's End;
# a recovery code shows after a key change; the wizard before any vault; a data-protection
# request's steps once one is logged, the access review once its identity is checked,
# the requests log's client chooser from inside the log; the notes edited on two
# computers, from the status line of a practice that syncs): opened here.
UNREACHED = {"SessionEndDialog": session_end, "RecoveryCodeDialog": recovery_code,
             "RestoreCodeDialog": restore_code, "FirstRunWizard": first_run,
             "IdentityDialog": identity, "ExtendDialog": extend, "OutcomeDialog": outcome,
             "AccessReviewDialog": access_review, "ChooseClientDialog": choose_client,
             "SyncConflictsDialog": sync_conflicts}
NEVER_SHOWN_ALONE = {"SavingDialog"}  # the base of every form dialog


def issue_an_invoice(window) -> None:
    """The demo has no invoice: one issued makes Mark paid and Void reachable."""
    from coachdesk import engagements, invoices

    for engagement in engagements.for_client(window.vault, 1):
        billable = invoices.billable(window.vault, engagement.id)
        if billable:
            invoices.issue(window.vault, invoices.InvoiceDraft(
                engagement.id, (billable[0].id,), date.today().isoformat()))
            return
    raise AssertionError("the demo's first client has no session to invoice")


def test_every_dialog_names_each_control_and_tabs_in_reading_order(demo_window, asked):
    window = demo_window
    issue_an_invoice(window)
    problems: list[str] = []
    seen: set[type] = set()
    for name in PAGES:
        window.go_to(name)
        settle()
        page = window.pages.currentWidget()
        for state in every_state(page):
            click_everything(window, f"{name}{state}", page, lambda n=name: window.go_to(n),
                             asked, problems, seen)
        trigger_menus(window, name, lambda n=name: window.go_to(n), asked, problems, seen)
    window.open_client(1)
    settle()

    def to_the_client() -> None:
        window.open_client(1)

    for state in every_state(window.client_page):
        click_everything(window, f"Client page{state}", window.client_page, to_the_client,
                         asked, problems, seen)
    trigger_menus(window, "Client page", to_the_client, asked, problems, seen)
    for name, make in UNREACHED.items():
        shown = make(window)
        shown.show()
        settle()
        seen.add(type(shown))
        check(shown, f"{name} {shown.windowTitle()!r}", problems)
        close(shown)
        shown.deleteLater()
    asked.reset()
    missing = sorted(cls.__qualname__ for cls in dialog_classes() - seen
                     if cls.__qualname__ not in NEVER_SHOWN_ALONE)
    assert not missing, f"dialogs the walk never opened (open them in UNREACHED): {missing}"
    assert not problems, "\n".join(dict.fromkeys(p.split(" → ", 1)[-1] for p in problems))


# -- what a screen reader says -------------------------------------------------------------

def said_for_rows(view: QAbstractItemView) -> list[str]:
    """Each row of a list as the accessibility layer names it (its cells' Name)."""
    from PySide6.QtGui import QAccessible

    iface = QAccessible.queryAccessibleInterface(view)
    said = []
    for n in range(iface.childCount()):
        child = iface.child(n)
        if child is not None and child.role() in (QAccessible.Role.ListItem,
                                                   QAccessible.Role.Cell):
            said.append(child.text(QAccessible.Text.Name))
    return said


def test_a_badge_is_said_in_words_with_its_row(demo_window):
    """A note's pill (who may see it) is drawn in colour beside the row: a screen reader
    says its words with the row's."""
    window = demo_window
    window.open_client(1)
    page = window.client_page
    page.tabs.setCurrentWidget(page.notes_view)
    settle()
    said = said_for_rows(page.notes_view)
    assert said, "the demo's first client has notes"
    badges = {"Coach only", "Shared with client", "Sponsor, if client approves"}
    assert all(any(f", {badge}" in line for badge in badges) for line in said), said
    model = page.notes_view.model()
    shown = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert all(line.startswith(text) for line, text in zip(said, shown, strict=False)), said


def test_review_mode_reads_each_passage_in_order_with_where_it_stands(demo_window, asked):
    from PySide6.QtGui import QAccessible

    from coachdesk import reports

    window = demo_window
    today = date.today().isoformat()
    report = next(r for r in reports.all_reports(window.vault)
                  if len(reports.items(window.vault, r.id, today)) >= 2)
    first = reports.items(window.vault, report.id, today)[0]
    reports.strike_item(window.vault, report.id, first.excerpt.id, True)
    window.enter_review(report.id)
    settle()
    screen = window.review_screen
    items = reports.items(window.vault, report.id, today)
    # The cards as the accessibility layer lists them, top to bottom.
    listed = [QAccessible.queryAccessibleInterface(card) for card in screen.cards]
    names = [iface.text(QAccessible.Text.Name) for iface in listed]
    assert [name.split(":")[0] for name in names] == [f"Passage {i.position}" for i in items]
    assert "Struck out" in names[0]
    for name, item, card in zip(names, items, screen.cards, strict=True):
        assert card.state.text() in name  # where it stands, in the words on screen
        assert listed[items.index(item)].text(QAccessible.Text.Description) == item.excerpt.text
        assert card.strike_button.accessibleDescription() == name  # which passage it acts on
    tabbed = [w for w in tab_order(screen) if w.isVisible()]
    firsts = [next(w for w in tabbed if card.isAncestorOf(w)) for card in screen.cards]
    assert [tabbed.index(w) for w in firsts] == sorted(tabbed.index(w) for w in firsts)
    assert tabbed.index(firsts[-1]) < tabbed.index(screen.given_by)
    asked.set_next_answers(True)
    screen.ask_to_leave()
