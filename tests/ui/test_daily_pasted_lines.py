"""Lines pasted into a one-line field (a name from an email signature) are joined as they
arrive, with a calm note that says so; the same in every name and title field, and never
in a hidden one (a passphrase keeps exactly what was pasted)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from coachdesk import clients, engagements
from ui import notice
from ui.dialogs.client import ClientDialog
from ui.dialogs.engagement import EngagementDialog
from ui.widgets import line_edit


def discard(dialog) -> None:
    if dialog.isVisible():
        dialog.discard()


def paste(qtbot, field, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    field.setFocus()
    qtbot.keySequence(field, QKeySequence.StandardKey.Paste)


def note_in(window) -> str:
    """The calm note a form shows under its fields (or the window's brief notice)."""
    QApplication.processEvents()
    message = getattr(window, "message", None)
    if message is not None and message.isVisible():
        return message.text()
    found = window.findChild(notice.SaveNotice)
    return found.text() if found is not None and found.isVisible() else ""


@pytest.fixture(autouse=True)
def clipboard_emptied():
    yield
    QGuiApplication.clipboard().clear()


def test_a_name_pasted_on_two_lines_is_one_name_and_the_coach_is_told(qtbot, vault):
    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    paste(qtbot, dialog.name, "Ana\nSilva\n")
    assert dialog.name.text() == "Ana Silva"
    assert dialog.name.cursorPosition() == len("Ana Silva")  # typing goes on after it
    assert note_in(dialog) == ("The 2 pasted lines were joined into one: this field holds "
                               "a single line.")
    assert dialog.message.property("tone") == "done"  # calm: nothing is wrong
    qtbot.keyClicks(dialog.name, " Costa")
    dialog.save_button.click()
    assert dialog.saved.name == "Ana Silva Costa"


def test_lines_pasted_in_the_middle_of_a_title_join_around_the_cursor(qtbot, vault):
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Leadership  2027")
    dialog.title.setCursorPosition(len("Leadership "))
    paste(qtbot, dialog.title, "  coaching\r\n\r\nfor\n")
    assert dialog.title.text() == "Leadership coaching for 2027"
    assert dialog.title.cursorPosition() == len("Leadership coaching for ")
    assert "3 pasted lines" in note_in(dialog)


def test_one_line_pasted_loses_its_break_and_says_nothing(qtbot, vault):
    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    paste(qtbot, dialog.name, "Ana Silva\n")  # a copied line often ends with its break
    assert dialog.name.text() == "Ana Silva" and note_in(dialog) == ""


def test_a_hidden_field_keeps_what_was_pasted(qtbot):
    field = line_edit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    qtbot.addWidget(field)
    field.show()
    paste(qtbot, field, "two\nlines")
    assert field.text() == "two\nlines"


def test_every_one_line_field_of_the_engagement_form_joins_pasted_lines(qtbot, vault):
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    for field in dialog.findChildren(QLineEdit):
        if field.isVisible() and field.isEnabled() and not field.isReadOnly() \
                and field.parent() is not None and type(field.parent()).__name__ not in (
                    "QAbstractSpinBox", "QDoubleSpinBox", "QSpinBox", "DateField",
                    "QComboBox"):
            field.clear()
            paste(qtbot, field, "A\nB")
            assert "\n" not in field.text(), field.placeholderText()


def test_on_a_page_the_windows_brief_notice_says_it(qtbot, window):
    search = window.clients_page.search
    paste(qtbot, search, "Ana\nSilva")
    assert search.text() == "Ana Silva"
    assert "2 pasted lines were joined" in note_in(window)


def test_words_that_appear_in_plan_session_never_squeeze_its_fields(qtbot, vault):
    """A date outside the engagement, then two lines pasted into Place: the dialog grows
    to show both words, and every field keeps its height."""
    from PySide6.QtCore import QDate

    from ui.dialogs.session import PlanSessionDialog

    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    start = QDate.currentDate().addDays(1)
    engagements.add(vault, engagements.EngagementDraft(
        client.id, start.toString("yyyy-MM-dd"), start.addDays(30).toString("yyyy-MM-dd"),
        fee_cents=9000))
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    qtbot.waitExposed(plan)
    plan.when.setDate(start.addDays(60))
    paste(qtbot, plan.place, "Ana\nSilva's office")
    assert plan.place.text() == "Ana Silva's office"
    assert plan.when_note.isVisible() and "2 pasted lines" in note_in(plan)
    for field in (plan.engagement, plan.when, plan.minutes, plan.place, plan.fee):
        assert field.height() >= field.sizeHint().height(), field
