"""Money means one thing: the engagement says what its fee is for, and the engagement
form, the Plan session dialog, the agreement's words and PDF and the tax export agree."""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest

from coachdesk import agreements, clients, engagements, sessions, sponsors, tax_export
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput
from tests.pdftext import pdf_text
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.session import PlanSessionDialog
from ui.pdf import agreement_pdf


def words(text: str) -> str:
    """Text as read: runs of spaces (and the no-break space QLocale puts) as one."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def discard(dialog) -> None:
    """A dialog a test leaves open goes without asking (what it held is not the point)."""
    if dialog.isVisible():
        dialog.discard()


@pytest.fixture
def people(vault):
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme Robotics"))
    return client, sponsor


def new_engagement(qtbot, vault, client, sponsor, fee: str, basis: str) -> engagements.Engagement:
    """Fill the engagement form as a coach would and save it."""
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Leadership coaching")
    dialog.sponsor.setCurrentIndex(dialog.sponsor.findData(sponsor.id))
    dialog.fee.lineEdit().selectAll()
    qtbot.keyClicks(dialog.fee, fee)
    dialog.currency.clear()
    qtbot.keyClicks(dialog.currency, "GBP")
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData(basis))
    dialog.planned.setValue(8)
    summary = words(dialog.fee_sum.text())
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    saved = engagements.for_client(vault, client.id)[0]
    saved_summary[saved.id] = summary
    return saved


saved_summary: dict[int, str] = {}


def test_a_fee_per_session_reads_the_same_on_every_screen_and_paper(qtbot, vault, people):
    client, sponsor = people
    engagement = new_engagement(qtbot, vault, client, sponsor, "350", "per_session")
    assert (engagement.fee_basis, engagement.fee_cents, engagement.currency) == (
        "per_session", 35000, "GBP")
    assert saved_summary[engagement.id] == "In all: GBP 2,800.00 (planned sessions: 8)"

    # The agreement's words, and its PDF, say what the form said (the trial's bug: "The
    # sponsor pays GBP 350.00 for the engagement of 8 sessions").
    agreement = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                      "Kim"))
    fees = next(c.body for c in agreement.clauses if c.kind == "fees")
    assert fees.startswith("The sponsor pays GBP 350.00 per session, for 8 sessions "
                           "(GBP 2,800.00 in all), invoiced monthly")
    printed = words(pdf_text(agreement_pdf(agreement)))
    assert "The sponsor pays GBP 350.00 per session, for 8 sessions (GBP 2,800.00 in all)" \
        in printed
    assert "for the engagement of" not in printed

    # Plan session: the fee and currency come from the engagement.
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    assert (plan.fee.value(), plan.fee.suffix()) == (350, " GBP")
    assert words(plan.fee_note.text()) == "From the engagement: GBP 350.00 per session"
    plan.save()
    assert not plan.isVisible(), plan.message.text()
    planned = sessions.for_engagement(vault, engagement.id)[0]
    assert (planned.fee_cents, planned.status) == (35000, "planned")

    # A session started now (held) inherits it too, and the tax export says so.
    now = datetime.now()
    held = sessions.start_now(vault, client.id, now=now)
    assert held is not None and held.fee_cents == 35000
    day = now.date().isoformat()
    table = list(csv.reader(io.StringIO(tax_export.csv_bytes(vault, day, day).decode(
        "utf-8-sig"))))
    assert table[1][2:4] + table[1][5:] == ["350.00", "GBP", "held", "per_session", ""]


def test_a_total_for_the_engagement_is_shared_over_its_sessions(qtbot, vault, people):
    client, sponsor = people
    engagement = new_engagement(qtbot, vault, client, sponsor, "2800", "engagement_total")
    assert saved_summary[engagement.id] == "A session's share: GBP 350.00 (planned sessions: 8)"
    agreement = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                      "Kim"))
    fees = next(c.body for c in agreement.clauses if c.kind == "fees")
    assert fees.startswith("The sponsor pays GBP 2,800.00 for the whole engagement of 8 "
                           "sessions, invoiced")
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    assert plan.fee.value() == 350
    assert words(plan.fee_note.text()) == \
        "From the engagement: GBP 2,800.00 for the engagement (planned sessions: 8)"


def test_changing_the_fee_rewrites_an_unsigned_agreement_and_is_refused_once_signed(
        qtbot, vault, people):
    client, sponsor = people
    engagement = new_engagement(qtbot, vault, client, sponsor, "300", "per_session")
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-12-01T10:00"))
    agreement = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                      "Kim"))
    dialog = EngagementDialog(vault, client.id, engagement)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    dialog.fee.setValue(320)
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    fees = next(c.body for c in agreements.get(vault, agreement.id).clauses if c.kind == "fees")
    assert fees.startswith("The sponsor pays GBP 320.00 per session, for 8 sessions")
    assert sessions.for_engagement(vault, engagement.id)[0].fee_cents == 32000  # planned

    for role, name in (("coach", "Kim"), ("client", "Noor Haddad")):
        agreements.record_signature(vault, agreement.id, role, name, "2026-11-01",
                                    "handwritten")
    dialog = EngagementDialog(vault, client.id, engagements.get(vault, engagement.id))
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("engagement_total"))
    dialog.save()
    assert dialog.isVisible()
    assert "signed agreement for this engagement states the fee" in dialog.message.text()
    assert engagements.get(vault, engagement.id).fee_basis == "per_session"
    assert next(c.body for c in agreements.get(vault, agreement.id).clauses
                if c.kind == "fees") == fees


def test_a_fee_kept_before_its_basis_was_asked_is_confirmed_in_the_form(qtbot, vault, people):
    client, sponsor = people
    engagement = new_engagement(qtbot, vault, client, sponsor, "350", "per_session")
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:  # as migration 0010 leaves it
        conn.execute("UPDATE engagements SET fee_basis = NULL WHERE id = ?", (engagement.id,))
    engagement = engagements.get(vault, engagement.id)
    assert engagement.fee_to_confirm

    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    assert not plan.save_button.isEnabled()
    assert "Say first what this engagement's fee is for" in plan.message.text()

    dialog = EngagementDialog(vault, client.id, engagement)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    assert dialog.fee_basis.currentIndex() == -1
    assert dialog.to_confirm.isVisible()
    assert "Say whether GBP 350.00 is per session or for the whole engagement" in words(
        dialog.to_confirm.text())
    dialog.save()
    assert dialog.isVisible()
    assert "Say what this engagement's fee is for" in dialog.message.text()
    assert dialog.fee_basis.hasFocus() or dialog.focusWidget() is dialog.fee_basis
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("engagement_total"))
    assert not dialog.to_confirm.isVisible()
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()
    assert engagements.get(vault, engagement.id).fee_basis == "engagement_total"


def test_plan_session_starts_at_a_working_hour_and_waits_for_an_engagement(qtbot, vault,
                                                                           people):
    client, _ = people
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    assert plan.when.time() == QTime(10, 0)
    assert plan.when.date() == QDate.currentDate().addDays(7)
    assert not plan.save_button.isEnabled()
    assert plan.message.isVisible()
    assert "Add an engagement first" in plan.message.text()


def _planning(qtbot, vault, client, starts: str, ends: str) -> PlanSessionDialog:
    engagements.add(vault, engagements.EngagementDraft(client.id, starts, ends, fee_cents=9000))
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    qtbot.waitExposed(plan)
    return plan


def test_a_day_the_calendar_lacks_is_named_and_asked_about(qtbot, vault, people, asked):
    client, _ = people
    plan = _planning(qtbot, vault, client, "2020-01-01", "2099-12-31")
    plan.when.setDateTime(QDateTime(QDate(2027, 2, 7), QTime(10, 0)))
    plan.when.setFocus()
    plan.when.setCurrentSection(plan.when.Section.DaySection)
    edit = plan.when.lineEdit()
    edit.setCursorPosition(10)  # after the day, as a click there puts it
    QTest.keyClick(plan.when, Qt.Key.Key_Backspace)
    QTest.keyClick(plan.when, Qt.Key.Key_Backspace)
    QTest.keyClicks(plan.when, "29")
    assert plan.when.date() == QDate(2027, 2, 28)  # Qt moved it: the coach must be told
    assert plan.when_note.isVisible()
    assert "2027 has no day 29 in February" in plan.when_note.text()
    asked.set_next_answers(False)
    plan.save()
    assert plan.isVisible() and sessions.count(vault) == 0
    assert "2027 has no day 29 in February" in asked.shown[-1][1]
    plan.when.setDate(QDate(2027, 3, 1))
    assert not plan.when_note.isVisible()
    plan.save()
    assert not plan.isVisible() and sessions.count(vault) == 1


@pytest.mark.parametrize("when, expected", [
    (QDate.currentDate().addYears(-3), "This is in the past (3 years ago)."),
    (QDate.currentDate().addYears(100), "This is more than a year ahead"),
])
def test_a_date_far_off_is_named_and_asked_about(qtbot, vault, people, asked, when, expected):
    client, _ = people
    plan = _planning(qtbot, vault, client, "2000-01-01", None)
    plan.when.setDate(when)
    assert expected in plan.when_note.text()
    asked.set_next_answers(False)
    plan.save()
    assert plan.isVisible() and sessions.count(vault) == 0
    asked.set_next_answers(True)
    plan.save()
    assert not plan.isVisible() and sessions.count(vault) == 1


def test_a_date_outside_the_engagement_is_named_and_asked_about(qtbot, vault, people, asked):
    client, _ = people
    start = QDate.currentDate().addDays(1).toString("yyyy-MM-dd")
    end = QDate.currentDate().addDays(30).toString("yyyy-MM-dd")
    plan = _planning(qtbot, vault, client, start, end)
    plan.when.setDate(QDate.currentDate().addDays(40))
    assert f"The engagement runs from {start} to {end}; this is outside it." in \
        plan.when_note.text()
    plan.when.setDate(QDate.currentDate().addDays(10))
    assert not plan.when_note.isVisible()
    plan.save()  # nothing to ask: no answer was given, and none was needed
    assert not plan.isVisible() and sessions.count(vault) == 1


def test_goals_offer_no_sponsor_only_choice_and_are_never_cut_off(qtbot, vault, people):
    client, _ = people
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.resize(1000, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.add_goal("Speak up earlier in meetings", "client")
    choice = dialog.goals.cellWidget(0, 1)
    item = choice.model().item(choice.findData("sponsor_only"))
    assert not item.isEnabled()
    assert "Every goal must be visible to the client" in item.toolTip()
    # The whole "Who may know" choice is readable in its column.
    widest = max(choice.fontMetrics().horizontalAdvance(choice.itemText(i))
                 for i in range(choice.count()))
    assert dialog.goals.columnWidth(1) >= widest
    # A long goal wraps onto more lines instead of running out of its cell.
    long_goal = ("Lead the new team with confidence, delegating the weekly planning to the "
                 "two senior engineers and keeping Fridays for one-to-one conversations")
    dialog.add_goal(long_goal, "client")
    qtbot.waitUntil(lambda: dialog.goals.rowHeight(1) > dialog.goals.rowHeight(0))
    field = dialog.goals.cellWidget(1, 0)
    assert field.text() == long_goal
    assert field.document().size().height() * field.fontMetrics().lineSpacing() <= \
        field.viewport().height() + 2

    # A refusal about the goals goes once the goals change.
    field.setPlainText("")
    dialog.goals.cellWidget(0, 0).setPlainText(" ")
    dialog.refuse(InvalidInput("goals", "A goal cannot be empty."))
    assert dialog.message.isVisible()
    dialog.goals.setCurrentCell(1, 0)
    dialog.remove_goal()
    assert not dialog.message.isVisible()


def test_a_new_engagement_starts_from_the_default_fee_per_session(qtbot, vault, people):
    from coachdesk import settings

    client, _ = people
    settings.put(vault, "default_fee_cents", "12000")
    settings.put(vault, "currency", "chf")
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    assert (dialog.fee.value(), dialog.currency.text(), dialog.fee_basis.currentData()) == (
        120, "CHF", "per_session")
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("engagement_total"))
    dialog.planned.setValue(0)
    assert "sessions carry no share of the fee" in dialog.fee_sum.text()
    with pytest.raises(InvalidInput, match="three-letter code"):
        settings.put(vault, "currency", "euro")


def test_a_session_planned_with_the_planners_default_shows_on_today(qtbot, window):
    """Plan session suggests 10:00 a week ahead; Today's week runs to the end of that day."""
    from datetime import timedelta

    client = clients.add(window.vault, clients.ClientDraft("Maya Okafor"))
    engagement = engagements.add(window.vault, engagements.EngagementDraft(
        client.id, "2026-01-01", fee_cents=10000, fee_basis="per_session"))
    week_on = (datetime.now() + timedelta(days=7)).date().isoformat()
    planned = sessions.add(window.vault, sessions.SessionDraft(
        engagement.id, f"{week_on}T23:30", 60))
    window.go_to("Today")
    window.today_page.refresh(datetime.now().replace(hour=0, minute=5))
    assert window.today_page.sessions.model.row_of(planned.id) is not None


def test_the_goals_table_shows_its_column_titles_whole_before_any_goal(qtbot, window):
    from ui.dialogs.engagement import EngagementDialog

    client = clients.add(window.vault, clients.ClientDraft("Maya Okafor"))
    dialog = EngagementDialog(window.vault, client.id, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for row in range(dialog.goals.rowCount() - 1, -1, -1):
        dialog.goals.removeRow(row)
    header = dialog.goals.horizontalHeader()
    title = dialog.goals.horizontalHeaderItem(1).text()
    assert header.sectionSize(1) >= header.fontMetrics().horizontalAdvance(title) + 16
