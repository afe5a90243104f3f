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
