"""Issue 15's review on screen: an invoiced session says why its day, minutes and status
stay; an invoice cannot be dated after today; the Credentials page counts hours from
the start of coach training and shows the CCE minimums with coaching ethics; the
calendar warning names places."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from coachdesk import cce, clients, credentials, engagements, invoices, sessions
from tests.billing_setup import an_hour_ago, ines


def _billed(window):
    vault = window.vault
    client, engagement, held, _later = ines(vault)
    invoice = invoices.issue(vault, invoices.InvoiceDraft(
        engagement.id, (held.id,), date.today().isoformat()))
    return client, engagement, held, invoice


def test_an_invoiced_session_says_so_and_keeps_what_the_invoice_states(qtbot, window):
    client, _engagement, held, invoice = _billed(window)
    window.open_client(client.id)
    page = window.client_page
    page.edit_session(held.id)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.fee))
                     if label.isVisible())
    assert (f"This session is on invoice {invoice.number}: void the invoice first to change "
            "its date, minutes or status.") in words
    assert not dialog.minutes.isEnabled() and not dialog.status.isEnabled()
    assert dialog.when.minimumDate() == dialog.when.maximumDate()  # its day stays
    dialog.place.setText("Online")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = sessions.get(window.vault, held.id)
    assert (kept.place, kept.duration_minutes, kept.status) == ("Online", 60, "held")


def test_a_new_invoice_cannot_be_dated_after_today(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Lea Winter"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", fee_cents=12000))
    sessions.add(vault, sessions.SessionDraft(engagement.id, an_hour_ago(days=2), 60, "",
                                              None, "held"))
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    dialog = page.dialog
    assert dialog.issued_on.maximumDate() == QDate.currentDate()
    dialog.issued_on.setDate(QDate.currentDate().addDays(30))
    assert dialog.issued_on.date() == QDate.currentDate()
    # Tall enough for its wrapped notes (no postal address yet): nothing overlaps.
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.no_address.isVisible()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width())
    assert dialog.sessions.geometry().bottom() < dialog.issued_on.geometry().top()
    dialog.reject()


def test_the_log_counts_from_the_start_of_coach_training_on_screen(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Tia", email="tia@example.org"))
    engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2024-01-01",
                                                                    fee_cents=100))
    for day in ("2024-03-01", "2025-02-01"):
        sessions.add(vault, sessions.SessionDraft(engagement.id, day + "T09:00", 60,
                                                  status="held"))
    window.go_to("Credentials")
    page = window.page("Credentials")
    assert page.meters["total"].figure.text() == "2.00 of 100 hours"
    assert not page.training_on.isEnabled()
    page.training_on.setDate(QDate(2024, 9, 1))
    page.trained.setChecked(True)
    qtbot.waitUntil(lambda: page.meters["total"].figure.text() == "1.00 of 100 hours")
    assert credentials.profile(vault).training_started_on == "2024-09-01"
    assert page.log_model.index(0, 4).data() == "2025-02-01 – 2025-02-01"
    page.trained.setChecked(False)
    qtbot.waitUntil(lambda: page.meters["total"].figure.text() == "2.00 of 100 hours")


def test_a_coaching_ethics_course_counts_toward_both_minimums(qtbot, window):
    window.go_to("Credentials")
    page = window.page("Credentials")
    page.holds.setChecked(True)
    page.awarded_on.setDate(date.today().replace(day=1))
    page.awarded_on.editingFinished.emit()
    qtbot.waitUntil(lambda: "Renewal window" in page.window_words.text())
    page.add_button.click()
    dialog = page.dialog
    dialog.course.setText("Ethics in practice")
    dialog.hours.setValue(3)
    dialog.category.setCurrentIndex(dialog.category.findData("coaching_ethics"))
    assert dialog.category.currentText() == ("Coaching ethics (counts as core competencies "
                                             "too)")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.cce_model.rowCount() == 1)
    assert page.cce_model.index(0, 4).data() == "Coaching ethics"
    words = page.window_words.text()
    assert "3.00 of at least 24 in core competencies" in words
    assert "3.00 of at least 3 of them in coaching ethics" in words
    assert [c.category for c in cce.courses(window.vault)] == ["coaching_ethics"]


def test_the_calendar_warning_names_places(qtbot, window):
    window.go_to("Sessions")
    page = window.sessions_page
    page.calendar_button.click()
    dialog = page.dialog
    assert "a place (a client's office or home)" in dialog.choices.reason.text()
    dialog.reject()
