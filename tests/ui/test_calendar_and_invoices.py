"""The calendar file and invoices, driven as a coach would: from the Sessions page, the
client's Invoices tab and Settings; files read back by a real iCalendar parser and by
pdftotext."""

from __future__ import annotations

import icalendar

from ui import ops


def test_the_calendar_file_from_the_sessions_page(qtbot, window, tmp_path):
    from coachdesk import calendar_file, clients, engagements, exports, sessions
    from ui import ask

    vault = window.vault
    anna = clients.add(vault, clients.ClientDraft("Anna Berg"))
    engagement = engagements.add(vault, engagements.EngagementDraft(anna.id, "2026-01-01"))
    from datetime import date, timedelta
    soon = (date.today() + timedelta(days=3)).isoformat()
    sessions.add(vault, sessions.SessionDraft(engagement.id, f"{soon}T09:00", 60,
                                              place="Room 4"))
    window.go_to("Sessions")
    page = window.sessions_page
    page.calendar_button.click()
    dialog = page.dialog
    # Nothing of the client until the coach chooses; the reason is on screen.
    assert dialog.choices.nothing.isChecked() and not dialog.choices.place.isChecked()
    assert "outside your encrypted vault" in dialog.choices.reason.text()
    dialog.choices.initials.setChecked(True)
    target = tmp_path / "sessions.ics"
    ask.set_next_paths(str(target))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(ops.idle)
    parsed = icalendar.Calendar.from_ical(target.read_bytes())
    [event] = parsed.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Coaching session · A. B."
    assert "LOCATION" not in event
    assert event.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == f"{soon} 09:00"
    assert "This export is recorded" in page.message.text()
    assert [e.kind for e in exports.for_record(vault, "practice", 0)] == ["calendar_ics"]
    assert calendar_file.CalendarChoices.of(vault).shows == "initials"  # kept for next time
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def invoiced_practice(vault):
    """Lea Winter pays for herself: three held sessions at EUR 120.00, a planned one, and a
    note and goal (canaries) an invoice must never carry."""
    from coachdesk import clients, engagements, notes, sessions, settings

    settings.put(vault, "coach_name", "Sam Coach")
    settings.put(vault, "coach_details", "Lindenweg 3\n10115 Berlin")
    settings.put(vault, "coach_tax_number", "DE123456789")
    settings.put(vault, "invoice_payment_details", "IBAN DE89 3704 0044 0532 0130 00")
    lea = clients.add(vault, clients.ClientDraft("Lea Winter", email="lea@example.org"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        lea.id, "2026-01-01", title="GOAL-CANARY be promoted", fee_cents=12000,
        goals=(engagements.GoalDraft("GOAL-CANARY lead the team"),)))
    held = [sessions.add(vault, sessions.SessionDraft(
        engagement.id, f"2026-0{m}-10T09:00", 60, place="PLACE-CANARY",
        status="held")).id for m in (1, 2, 3)]
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2099-01-10T09:00", 60))
    for session_id in held:
        notes.add(vault, lea.id, "NOTE-CANARY she spoke of leaving", session_id=session_id)
    return lea, engagement, held


def test_an_invoice_from_the_client_page_to_paid(qtbot, window, tmp_path):
    from PySide6.QtCore import Qt

    from coachdesk import exports, invoices
    from tests.pdftext import pdf_text, pdf_title
    from ui import ask
    from ui.models.records import BadgeRole, IdRole

    vault = window.vault
    lea, _engagement, held = invoiced_practice(vault)
    window.open_client(lea.id)
    page = window.client_page
    tab = page.invoices
    page.tabs.setCurrentWidget(tab.view)
    assert page.empty[tab.view].isVisibleTo(page)  # "No invoices yet", and the next step
    tab.new_button.click()
    dialog = page.dialog
    # The held sessions, ticked; the planned one is not billable.
    assert dialog.sessions.count() == 3
    assert dialog.session_ids() == tuple(held)
    assert dialog.bill_to.currentText() == "Lea Winter" and not dialog.attention.isEnabled()
    dialog.sessions.item(2).setCheckState(Qt.CheckState.Unchecked)
    dialog.tax_label.setText("VAT")
    dialog.tax_rate.setValue(19)
    sums = dialog.sums.text().replace("\xa0", " ")
    assert "subtotal EUR 240.00" in sums and "VAT 19%: EUR 45.60" in sums
    assert "total EUR 285.60" in sums
    dialog.buttons.accepted.emit()
    [invoice_id] = invoices.ids_for_client(vault, lea.id)
    issued = invoices.get(vault, invoice_id)
    assert issued.number.endswith("-0001") and issued.total_cents == 28560
    assert page.tabs.currentWidget() is tab.view
    assert tab.model.index(0, 0).data(IdRole) == invoice_id
    assert tab.model.index(0, 0).data(BadgeRole) in ("Unpaid", "Overdue")

    tab.view.setCurrentIndex(tab.model.index(0, 0))
    target = tmp_path / "invoice.pdf"
    ask.set_next_paths(str(target))
    tab.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    data = target.read_bytes()
    text = pdf_text(data, layout=True)
    for shown in (f"Invoice {issued.number}", "Sam Coach", "Lindenweg 3", "DE123456789",
                  "Lea Winter", "2026-01-10", "2026-02-10", "60 min", "EUR 240.00",
                  "VAT 19%", "EUR 45.60", "EUR 285.60", "IBAN DE89"):
        assert shown in text
    assert "2026-03-10" not in text  # unticked
    for never in ("NOTE-CANARY", "GOAL-CANARY", "PLACE-CANARY", "leaving"):
        assert never not in text
    assert pdf_title(data) == f"Invoice {issued.number}"  # never the client's name
    assert [e.kind for e in exports.for_record(vault, "invoice", invoice_id)] == [
        "invoice_pdf"]

    # The Sessions page's filter: both billed sessions and the one not billed are unpaid.
    window.go_to("Sessions")
    sessions_page = window.sessions_page
    sessions_page.unpaid.setChecked(True)
    assert sessions_page.model.total() == 3
    window.open_client(lea.id)
    page.tabs.setCurrentWidget(tab.view)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.paid_button.click()
    page.dialog.buttons.accepted.emit()
    assert invoices.get(vault, invoice_id).state == "paid"
    assert tab.model.index(0, 0).data(BadgeRole) == "Paid"
    assert not tab.void_button.isEnabled()  # a paid invoice is not voided
    sessions_page.refresh()
    assert sessions_page.model.total() == 1  # only the session on no invoice


def test_voiding_keeps_the_number_and_the_next_takes_the_next(qtbot, window):
    from coachdesk import invoices
    from ui.models.records import BadgeRole

    vault = window.vault
    lea, engagement, held = invoiced_practice(vault)
    first = invoices.issue(vault, invoices.InvoiceDraft(engagement.id, (held[0],),
                                                        "2026-01-31"))
    window.open_client(lea.id)
    page = window.client_page
    tab = page.invoices
    page.tabs.setCurrentWidget(tab.view)
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    tab.void_button.click()
    dialog = page.dialog
    from PySide6.QtWidgets import QLabel

    assert any("cannot be undone" in label.text() for label in dialog.findChildren(QLabel))
    dialog.buttons.accepted.emit()  # no reason: refused, said under the form
    assert "cannot be empty" in dialog.message.text()
    dialog.void_reason.setText("Wrong date")
    dialog.buttons.accepted.emit()
    assert invoices.get(vault, first.id).state == "voided"
    assert tab.model.index(0, 0).data(BadgeRole) == "Voided"
    tab.new_button.click()
    dialog = page.dialog
    assert dialog.session_ids() == tuple(held)  # the voided invoice's session is free again
    dialog.buttons.accepted.emit()
    numbers = sorted(invoices.get(vault, i).number for i in invoices.ids_for_client(
        vault, lea.id))
    assert [n[-4:] for n in numbers] == ["0001", "0002"]


def test_settings_hold_the_coachs_details_and_the_calendar_choices(qtbot, window):
    from coachdesk import calendar_file, invoices, settings

    vault = window.vault
    window.go_to("Settings")
    page = window.built_page("Settings")
    practice = page.practice
    practice.details.setPlainText("Lindenweg 3\n10115 Berlin")
    practice.details.setFocus()
    practice.tax_number.setFocus()  # leaving the field saves it
    qtbot.waitUntil(lambda: settings.get(vault, "coach_details") == "Lindenweg 3\n10115 Berlin")
    practice.tax_number.setText("DE123456789")
    practice.tax_number.editingFinished.emit()
    practice.tax_label.setText("VAT")
    practice.tax_label.editingFinished.emit()
    practice.tax_rate.setValue(19)
    practice.days.setValue(21)
    practice.calendar.names.setChecked(True)
    practice.calendar.place.setChecked(True)
    assert settings.get(vault, "coach_tax_number") == "DE123456789"
    assert (settings.get(vault, "invoice_tax_label"),
            settings.get(vault, "invoice_tax_rate_bp")) == ("VAT", "1900")
    assert settings.get(vault, "invoice_days_to_pay") == "21"
    assert calendar_file.CalendarChoices.of(vault) == calendar_file.CalendarChoices(
        "names", True)
    lea, engagement, held = invoiced_practice(vault)
    issued = invoices.issue(vault, invoices.InvoiceDraft(engagement.id, (held[0],),
                                                         "2026-02-01"))
    assert issued.due_on == "2026-02-22"
    del lea
