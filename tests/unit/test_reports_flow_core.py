"""The report flow's words and defaults, without a screen: counts in real plural forms,
marked for translation; where a report stands as a whole; and the period a new report
covers unless the coach says otherwise. (The PDFs, and a report approved in the first
wording, are in tests/ui/test_reports_flow.py: PDFs need Qt's fonts.)"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from coachdesk import reports, sessions
from coachdesk.approvals import Recipient
from tests.cases import ethics_case

ROOT = Path(__file__).resolve().parents[2]


def one_session_report(vault, purpose="Progress report"):
    """A report on January alone: one session held, of 90 minutes."""
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, purpose, "2026-01-01", "2026-01-31",
        facts=("attendance", "dates", "hours")))
    return case, report


def test_one_session_and_whole_hours_read_as_a_person_writes_them(vault):
    case, report = one_session_report(vault)
    facts = {f.label: f.value for f in reports.facts_to_send(vault, report.id)}
    assert facts["Attendance"] == "1 session held"
    assert facts["Hours of coaching"] == "1 hour 30 minutes"
    # Two held, one cancelled: plural where it is plural.
    two = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Q1", "2026-01-01", "2026-03-10", facts=("attendance", "hours")))
    facts = {f.label: f.value for f in reports.facts_to_send(vault, two.id)}
    assert facts == {"Attendance": "2 sessions held, 1 cancelled",
                     "Hours of coaching": "3 hours"}
    # A one-hour session on its own, and a short one: never "1 hours", never "0.75 hours".
    for day, minutes in (("2026-06-01", 60), ("2026-07-01", 45)):
        sessions.add(vault, sessions.SessionDraft(case.engagement.id, f"{day}T10:00", minutes,
                                                  status="held"))
    june = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "June", "2026-06-01", "2026-06-30", facts=("hours",)))
    july = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "July", "2026-07-01", "2026-07-31", facts=("hours",)))
    assert [str(f) for f in reports.facts_to_send(vault, june.id)] == [
        "Hours of coaching: 1 hour"]
    assert [str(f) for f in reports.facts_to_send(vault, july.id)] == [
        "Hours of coaching: 45 minutes"]


def test_where_a_report_stands_as_a_whole(vault):
    _case, report = one_session_report(vault)
    on = "2026-05-01"
    assert reports.standing(vault, report.id, on) == reports.Standing(0, 0, 0, False)
    ids = [reports.write_item(vault, report.id, t).id for t in ("One.", "Two.", "Three.")]
    reports.approve(vault, report.id, ids[:2], method="on_screen", given_by="Maya Okafor",
                    given_on=on)
    assert reports.standing(vault, report.id, on) == reports.Standing(3, 2, 0, False)
    reports.strike_item(vault, report.id, ids[2])
    assert reports.standing(vault, report.id, on) == reports.Standing(2, 2, 1, True)


def test_a_new_report_covers_the_engagement_or_the_time_since_the_last_one(vault):
    case = ethics_case(vault)  # the engagement runs 2026-01-05 to 2026-12-20
    engagement, sponsor = case.engagement.id, Recipient("sponsor", case.sponsor.id)
    manager = Recipient("contact", case.manager.id)
    assert reports.default_period(vault, engagement, None, "2026-06-01") == (
        "2026-01-05", "2026-06-01")
    assert reports.default_period(vault, engagement, sponsor, "2027-03-01") == (
        "2026-01-05", "2026-12-20")  # never past the engagement's end
    reports.create(vault, reports.ReportDraft(engagement, "Q1", "2026-01-05", "2026-03-31"))
    assert reports.default_period(vault, engagement, sponsor, "2026-06-01") == (
        "2026-04-01", "2026-06-01")
    # Another recipient has had no report yet: from the start.
    assert reports.default_period(vault, engagement, manager, "2026-06-01") == (
        "2026-01-05", "2026-06-01")


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name(
        "pyside6-lupdate"))
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate (part of PySide6) is missing")
    return found


def test_qt_extracts_the_counts_as_plural_forms(tmp_path):
    ts = tmp_path / "reports.ts"
    files = [ROOT / "coachdesk" / "reports.py", ROOT / "ui" / "pages" / "reports.py",
             ROOT / "ui" / "pages" / "report_parts.py"]
    subprocess.run([_lupdate(), *map(str, files), "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    found = {(c.findtext("name"), m.findtext("source")): m.get("numerus") == "yes"
             for c in ET.parse(ts).getroot().iter("context") for m in c.iter("message")}
    for context, text in [("SessionFacts", "%n session(s) held"),
                          ("SessionFacts", "%n hour(s)"), ("SessionFacts", "%n minute(s)"),
                          ("ReportsPage", "%n report(s)"), ("", "%1 of %n approved")]:
        assert found.get((context, text)) is True, (context, text)
