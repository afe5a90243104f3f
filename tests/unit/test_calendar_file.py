"""The calendar file, read back by a real iCalendar parser as a calendar would read it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from coachdesk import calendar_file, clients, engagements, notes, sessions, settings
from coachdesk.errors import InvalidInput

TODAY = date(2026, 6, 1)


def practice(vault):
    """Anna Maria Berg: a session moved once, one cancelled, one held long ago, one in
    a month; a note and a goal that must never reach a calendar."""
    anna = clients.add(vault, clients.ClientDraft("Anna Maria Berg"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        anna.id, "2026-01-01", title="GOAL-CANARY promotion", fee_cents=15017))
    old = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-03-02T09:00", 60,
                                                    place="Room 4", status="held"))
    moved = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-06-10T09:00", 60,
                                                      place="Café Lindt"))
    sessions.update(vault, moved.id, sessions.SessionDraft(
        engagement.id, "2026-06-11T14:30", 90, place="Café Lindt"))
    called_off = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-06-20T09:00",
                                                           45))
    sessions.update(vault, called_off.id, sessions.SessionDraft(
        engagement.id, "2026-06-20T09:00", 45, status="cancelled"))
    notes.add(vault, anna.id, "NOTE-CANARY she is thinking of leaving", session_id=moved.id)
    return anna, engagement, old, moved, called_off


def events(data: bytes) -> dict[str, icalendar.Event]:
    parsed = icalendar.Calendar.from_ical(data)
    return {str(e["UID"]): e for e in parsed.walk("VEVENT")}


def test_events_say_only_coaching_session_by_default(vault):
    _anna, _e, old, moved, called_off = practice(vault)
    made = calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY)
    text = made.data.decode("utf-8")
    found = events(made.data)
    practice_id = vault.setting("vault_id")
    moved_event = found[calendar_file.uid(practice_id, moved.id)]
    assert str(moved_event["SUMMARY"]) == "Coaching session"
    start = moved_event.decoded("DTSTART")
    assert start == datetime(2026, 6, 11, 14, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    assert moved_event.decoded("DTEND") - start == timedelta(minutes=90)
    assert moved_event["DTSTART"].params["TZID"] == "Europe/Berlin"
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Berlin" in text
    assert moved_event["SEQUENCE"] == 1  # moved once
    assert str(moved_event["STATUS"]) == "CONFIRMED"
    cancelled = found[calendar_file.uid(practice_id, called_off.id)]
    assert str(cancelled["STATUS"]) == "CANCELLED"
    assert cancelled["SEQUENCE"] == 1
    assert calendar_file.uid(practice_id, old.id) not in found  # held before the month back
    assert (made.events, made.cancelled) == (2, 1)
    for never in ("Anna", "Berg", "A. M. B.", "Café", "NOTE-CANARY", "GOAL-CANARY", "150.17",
                  "15017"):
        assert never not in text


def test_uids_stay_and_sequence_rises_with_each_change(vault):
    _anna, engagement, _old, moved, _c = practice(vault)
    first = events(calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY).data)
    sessions.update(vault, moved.id, sessions.SessionDraft(
        engagement.id, "2026-06-11T15:00", 90, place="Café Lindt"))
    again = events(calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY).data)
    assert set(first) == set(again)
    uid = calendar_file.uid(vault.setting("vault_id"), moved.id)
    assert (first[uid]["SEQUENCE"], again[uid]["SEQUENCE"]) == (1, 2)
    assert again[uid].decoded("DTSTART").hour == 15
    # Saving a session unchanged moves nothing a calendar shows: the sequence stays.
    sessions.update(vault, moved.id, sessions.SessionDraft(
        engagement.id, "2026-06-11T15:00", 90, place="Café Lindt"))
    same = events(calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY).data)
    assert same[uid]["SEQUENCE"] == 2


def test_place_initials_and_names_only_when_the_coach_chose(vault):
    _anna, _e, _old, moved, _c = practice(vault)
    uid = calendar_file.uid(vault.setting("vault_id"), moved.id)
    settings.put(vault, "calendar_place", "1")
    settings.put(vault, "calendar_shows", "initials")
    event = events(calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY).data)[uid]
    assert str(event["SUMMARY"]) == "Coaching session · A. M. B."
    assert str(event["LOCATION"]) == "Café Lindt"
    settings.put(vault, "calendar_shows", "names")
    event = events(calendar_file.calendar_file(vault, "Europe/Berlin", today=TODAY).data)[uid]
    assert str(event["SUMMARY"]) == "Coaching session · Anna Maria Berg"
    with pytest.raises(InvalidInput, match="initials or names"):
        settings.put(vault, "calendar_shows", "everything")


def test_an_unknown_zone_falls_back_to_utc(vault):
    _anna, _e, _old, moved, _c = practice(vault)
    uid = calendar_file.uid(vault.setting("vault_id"), moved.id)
    event = events(calendar_file.calendar_file(vault, "Not/AZone", today=TODAY).data)[uid]
    assert event.decoded("DTSTART") == datetime(2026, 6, 11, 14, 30, tzinfo=ZoneInfo("UTC"))
