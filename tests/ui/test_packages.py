"""Session packages as a coach uses them: made in the engagement form with its terms
chosen, stated in the agreement and its PDF, counted ("4 of 6 used") on the client page,
Today and the session planner, with a warning when the last one is booked or the package's
last day is near."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from coachdesk import agreements, clients, engagements, sessions
from coachdesk.sessions import SessionDraft
from tests.pdftext import pdf_text
from ui import ask
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.session import PlanSessionDialog
from ui.models.records import BadgeRole, DetailRole
from ui.pdf import agreement_pdf


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def discard(dialog) -> None:
    if dialog.isVisible():
        dialog.discard()


def rows(model, role=Qt.ItemDataRole.DisplayRole):
    return [model.data(model.index(r, 0), role) for r in range(model.rowCount())]


def _days(n: int) -> str:
    return (date.today() + timedelta(days=n)).isoformat()


def test_a_package_is_made_in_the_form_and_its_terms_are_in_the_agreement_and_pdf(
        qtbot, vault):
    client = clients.add(vault, clients.ClientDraft("Lena Park"))
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Six-session package")
    assert not dialog.missed.isVisible() and not dialog.use_by.isVisible()
    dialog.fee.lineEdit().selectAll()
    qtbot.keyClicks(dialog.fee, "900")
    dialog.currency.clear()
    qtbot.keyClicks(dialog.currency, "EUR")
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("package"))
    assert dialog.missed.isVisible() and dialog.use_by.isVisible()
    assert dialog.planned_label.text() == "Sessions in the &package"
    dialog.planned.setValue(6)
    assert words(dialog.fee_sum.text()) == \
        "A session's share: EUR 150.00 (sessions in the package: 6)"
    dialog.starts.setDate(QDate(2026, 9, 1))
    dialog.ends.setDate(QDate(2027, 6, 30))
    dialog.use_by.setDate(QDate(2027, 3, 31))

    # Missed sessions are the agreement's explicit choice: Save waits for it.
    assert dialog.missed.currentIndex() == -1
    dialog.save()
    assert dialog.isVisible()
    assert "Say whether a missed session counts" in dialog.message.text()
    dialog.missed.setCurrentIndex(dialog.missed.findData(False))
    dialog.save()
    assert not dialog.isVisible(), dialog.message.text()

    engagement = engagements.for_client(vault, client.id)[0]
    assert (engagement.fee_basis, engagement.fee_cents, engagement.package_sessions,
            engagement.package_expires_on, engagement.package_missed_counts) == (
        "package", 90000, 6, "2027-03-31", False)
    agreement = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                      "Kim Coach"))
    printed = words(pdf_text(agreement_pdf(agreement)))
    assert ("The client pays EUR 900.00 for a package of 6 sessions, to be used by "
            "2027-03-31, invoiced monthly") in printed
    assert ("A session cancelled later, or missed, does not count against the package's 6 "
            "sessions.") in printed
    assert "counts as held" not in printed

    # Reopened, the form shows the package's terms as kept.
    again = EngagementDialog(vault, client.id, engagement)
    qtbot.addWidget(again, before_close_func=discard)
    again.show()
    assert again.fee_basis.currentData() == "package" and again.planned.value() == 6
    assert again.use_by.date() == QDate(2027, 3, 31) and again.missed.currentData() is False

    # Once anyone has signed, the package's terms are the agreement's and stay as they are.
    agreements.record_signature(vault, agreement.id, "client", "Lena Park", "2026-09-01",
                                "handwritten")
    again.missed.setCurrentIndex(again.missed.findData(True))
    again.save()
    assert again.isVisible()
    assert "signed agreement for this engagement states the fee" in again.message.text()
    assert engagements.get(vault, engagement.id).package_missed_counts is False


@pytest.fixture
def on_a_package(vault):
    """Nadia: a package of 6 (EUR 900), a missed session counts; 3 held, 1 missed, 1
    booked in five days; its last day three weeks away."""
    client = clients.add(vault, clients.ClientDraft("Nadia Petrova"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, _days(-70), _days(60), title="Career package", fee_cents=90000,
        planned_sessions=6, fee_basis="package", package_expires_on=_days(21),
        package_missed_counts=True))
    for days, status in ((-56, "held"), (-42, "held"), (-28, "no_show"), (-14, "held"),
                         (5, "planned")):
        sessions.add(vault, SessionDraft(engagement.id, f"{_days(days)}T11:00", 60,
                                         status=status))
    return client, engagement


def test_the_planner_counts_the_package_and_warns_of_its_last_session(qtbot, vault,
                                                                      on_a_package):
    client, engagement = on_a_package
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    plan.when.setDateTime(QDateTime(QDate.fromString(_days(12), "yyyy-MM-dd"), QTime(11, 0)))
    assert words(plan.package_note.text()) == "Package: 4 of 6 used (booked: 1)."
    warning = words(plan.package_warning.text())
    assert "This is the last session of the package." in warning
    assert f"Its last day is {_days(21)} (days left: 21)." in warning
    assert plan.fee.value() == 150  # its share: EUR 900.00 over 6
    plan.save()
    assert not plan.isVisible(), plan.message.text()

    # One more is beyond the package, and after its last day: Save asks first.
    plan = PlanSessionDialog(vault, client.id)
    qtbot.addWidget(plan, before_close_func=discard)
    plan.show()
    plan.when.setDateTime(QDateTime(QDate.fromString(_days(30), "yyyy-MM-dd"), QTime(11, 0)))
    assert "This is the last session" not in plan.package_warning.text()
    assert "this one is beyond it" in plan.when_note.text()
    assert f"after the package's last day, {_days(21)}" in plan.when_note.text()
    ask.set_next_answers(False)
    plan.save()
    assert plan.isVisible()
    assert "beyond it" in ask.shown[-1][1]
    assert len(sessions.for_engagement(vault, engagement.id)) == 6


def test_the_client_page_and_today_show_4_of_6_used_and_the_warning(qtbot, window,
                                                                   on_a_package):
    client, engagement = on_a_package
    sessions.add(window.vault, SessionDraft(engagement.id, f"{_days(12)}T11:00", 60))
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.engagements_view)
    detail = words(rows(page.engagements_model, DetailRole)[0])
    assert "Package: 4 of 6 used" in detail
    assert "The last session is booked." in detail
    assert f"Its last day is {_days(21)} (days left: 21)." in detail
    assert "EUR 900.00 for a package (sessions: 6), to be used by" in detail

    window.go_to("Today")
    today = window.today_page
    today.refresh(datetime.now())
    assert rows(today.ending.model) == ["Nadia Petrova"]
    assert words(rows(today.ending.model, DetailRole)[0]) == \
        f"Package: 4 of 6 used · Last day: {_days(21)} (days left: 21)"
    assert rows(today.ending.model, BadgeRole) == ["Last session booked"]
    booked = [words(d) for d in rows(today.sessions.model, DetailRole)]
    assert any(d.endswith("Package: 4 of 6 used") for d in booked), booked

    # The count follows a session held: the page hears of it through the change notice.
    first = next(s for s in sessions.for_engagement(window.vault, engagement.id)
                 if s.status == "planned")
    sessions.end(window.vault, first.id, minutes=60)
    qtbot.waitUntil(lambda: "Package: 5 of 6 used" in words(
        rows(today.ending.model, DetailRole)[0]))
