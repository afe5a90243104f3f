"""A coach types dates: a whole date typed over a selected date field is the date kept
(Plan session, Edit session, the engagement form), in the field's own order with any
separator and one-digit months, days and hours."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from coachdesk import action_items, clients, engagements, sessions
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.session import PlanSessionDialog
from ui.dialogs.session_edit import SessionEditDialog


def discard(dialog) -> None:
    if dialog.isVisible():
        dialog.discard()


def type_over(qtbot, field, typed: str) -> None:
    """As a coach does: click in, select all (Ctrl+A), type, and Tab on."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert field.lineEdit().selectedText() == field.lineEdit().text()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


@pytest.fixture
def engagement(vault):
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    return engagements.add(vault, engagements.EngagementDraft(
        client.id, "2020-01-01", "2099-12-31", fee_cents=9000))


@pytest.mark.parametrize("typed, expected", [
    ("2026-12-14 10:00", QDateTime(QDate(2026, 12, 14), QTime(10, 0))),
    ("2031-01-05 09:30", QDateTime(QDate(2031, 1, 5), QTime(9, 30))),
    ("2030-6-1 14:15", QDateTime(QDate(2030, 6, 1), QTime(14, 15))),
    ("2029/3/4 7.05", QDateTime(QDate(2029, 3, 4), QTime(7, 5))),
])
def test_a_whole_date_typed_over_plan_session_is_the_one_planned(qtbot, vault, engagement,
                                                                   asked, typed, expected):
    plan = PlanSessionDialog(vault, engagement.client_id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    qtbot.waitExposed(plan)
    type_over(qtbot, plan.when, typed)
    assert plan.when.dateTime() == expected
    assert plan.when.text() == expected.toString("yyyy-MM-dd HH:mm")
    asked.set_next_answers(True)  # a date in the past (as years pass) is asked about
    plan.save()
    assert not plan.isVisible()
    (kept,) = sessions.get_many(vault, sessions.ids_for_client(
        vault, engagement.client_id)).values()
    assert kept.starts_at == expected.toString("yyyy-MM-ddTHH:mm")


def test_a_date_typed_over_edit_session_is_kept(qtbot, vault, engagement):
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2099-05-11T14:30", 60))
    dialog = SessionEditDialog(vault, session.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_over(qtbot, dialog.when, "2098-11-02 08:45")
    assert dialog.when.dateTime() == QDateTime(QDate(2098, 11, 2), QTime(8, 45))
    dialog.save()
    assert sessions.get(vault, session.id).starts_at == "2098-11-02T08:45"


def test_the_engagement_forms_days_take_a_typed_date(qtbot, vault, engagement):
    dialog = EngagementDialog(vault, engagement.client_id,
                              engagements.get(vault, engagement.id))
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_over(qtbot, dialog.starts, "2026-9-7")
    type_over(qtbot, dialog.ends, "2027-03-31")
    assert dialog.starts.date() == QDate(2026, 9, 7)
    assert dialog.ends.date() == QDate(2027, 3, 31)


def test_typing_into_one_section_still_edits_that_section(qtbot, vault, engagement):
    """Section by section, as before: the month alone, typed after a click in it."""
    plan = PlanSessionDialog(vault, engagement.client_id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    plan.when.setDateTime(QDateTime(QDate(2040, 2, 7), QTime(10, 0)))
    plan.when.setFocus()
    plan.when.setSelectedSection(plan.when.Section.MonthSection)
    qtbot.keyClicks(plan.when, "11")
    assert plan.when.dateTime() == QDateTime(QDate(2040, 11, 7), QTime(10, 0))


def test_the_field_says_in_which_order_a_date_is_typed(qtbot, vault, engagement):
    plan = PlanSessionDialog(vault, engagement.client_id)
    qtbot.addWidget(plan, before_close_func=discard)
    example = QDate.currentDate().toString("yyyy-MM-dd") + " 10:00"
    assert plan.when.toolTip() == f"Type it as {example}, or pick the day on the calendar."
    assert plan.when.accessibleDescription() == plan.when.toolTip()


def test_an_action_items_due_date_is_typed_over_no_date(qtbot, window):
    """On the session screen: "No date" gives way to the date typed over it."""
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.start_action.trigger()
    editor = page.editors[-1]
    panel = editor.items_panel
    qtbot.keyClicks(panel.new_text, "Ask Sam for feedback after the review")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.rows) == 1)
    row = panel.rows[0]
    assert row.due.date() == row.due.minimumDate()  # shown as "No date"
    row.due.setFocus()  # the words cannot be selected: the coach types over them
    qtbot.keyClicks(row.due, "2027-1-15")
    qtbot.keyClick(row.due, Qt.Key.Key_Tab)
    assert row.due.date() == QDate(2027, 1, 15)
    qtbot.waitUntil(lambda: action_items.get(vault, row.item.id).due_on == "2027-01-15")
    qtbot.mouseClick(editor.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
