"""The credential log against a practice worked by hand: named, unnamed, group, pro bono
and sponsor-paid clients over two years, the totals and the 18-month window."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest

from coachdesk import cce, clients, credentials, engagements, notes, sessions, sponsors
from coachdesk.errors import InvalidInput

TODAY = date(2026, 11, 30)  # the window then starts on 2025-05-30


def _engagement(vault, client, starts, *, fee=0, basis="per_session", planned=None,
                sponsor=None):
    return engagements.add(vault, engagements.EngagementDraft(
        client.id, starts, sponsor_id=sponsor, fee_cents=fee, fee_basis=basis,
        planned_sessions=planned))


def _held(vault, engagement, when, minutes, status="held"):
    return sessions.add(vault, sessions.SessionDraft(engagement.id, f"{when}T10:00", minutes,
                                                     place="Room 4 secret", status=status))


@pytest.fixture
def practice(vault):
    return build_practice(vault)


def build_practice(vault):
    """Five clients over two years (see each comment for the minutes counted)."""
    ana = clients.add(vault, clients.ClientDraft("Ana Sousa", email="ana@example.org"))
    ben = clients.add(vault, clients.ClientDraft("Ben Okafor", email="ben@private.example"))
    chloe = clients.add(vault, clients.ClientDraft("Chloé Martin", email="chloe@example.org"))
    dana = clients.add(vault, clients.ClientDraft("Dana Lee", email="dana@example.org"))
    eve = clients.add(vault, clients.ClientDraft("=Eve Marsh", email="eve@example.org"))
    north = sponsors.add(vault, sponsors.SponsorDraft("Northwind Ltd"))
    sponsors.add_contact(vault, north.id, sponsors.ContactDraft("Sam HR", role="HR"))
    sponsors.add_contact(vault, north.id, sponsors.ContactDraft(
        "Pat People", email="people@northwind.example"))
    for client, day in ((ana, "2025-01-05"), (dana, "2026-01-10"), (eve, "2026-09-20")):
        credentials.set_naming(vault, client.id, day)

    # Ana, named, paid per session: 60 + 60 + 90 held; a no-show and a cancellation don't
    # count. Recent: 90.
    e = _engagement(vault, ana, "2025-01-01", fee=15000)
    _held(vault, e, "2025-01-10", 60)
    first = _held(vault, e, "2025-03-14", 60)
    notes.add(vault, ana.id, "CRED-CANARY what Ana said", session_id=first.id)
    _held(vault, e, "2025-06-20", 90)
    _held(vault, e, "2025-07-01", 60, "no_show")
    _held(vault, e, "2025-07-08", 60, "cancelled")
    # Ben, not named, paid by his employer (a total over 6): 60 + 60 + 45. Recent: 45.
    e = _engagement(vault, ben, "2024-12-01", fee=900000, basis="engagement_total",
                    planned=6, sponsor=north.id)
    for day, minutes in (("2024-12-02", 60), ("2025-02-03", 60), ("2025-11-03", 45)):
        _held(vault, e, day, minutes)
    # Chloé, not named, pro bono (fee 0): 60 + 60 + 30; the window's first day counts,
    # the day before does not. Recent: 30.
    e = _engagement(vault, chloe, "2025-04-01")
    for day, minutes in (("2025-04-01", 60), ("2025-05-29", 60), ("2025-05-30", 30)):
        _held(vault, e, day, minutes)
    # Dana's group of 6, paid: 3 × 120, the last made pro bono by the coach. Recent: 360.
    e = _engagement(vault, dana, "2026-01-15", fee=400000, basis="engagement_total",
                    planned=4)
    credentials.set_engagement_log(vault, e.id, group_size=6, paid=None)
    _held(vault, e, "2026-01-15", 120)
    _held(vault, e, "2026-02-15", 120)
    free = _held(vault, e, "2026-03-15", 120)
    credentials.set_session_paid(vault, free.id, "pro_bono")
    # Eve, named, a paid fee the coach marks pro bono for the log: 60; a planned one to
    # come does not count. Recent: 60.
    e = _engagement(vault, eve, "2026-10-01", fee=10000)
    credentials.set_engagement_log(vault, e.id, group_size=None, paid="pro_bono")
    _held(vault, e, "2026-10-01", 60)
    _held(vault, e, "2026-12-10", 60, "planned")
    return vault


def test_the_totals_and_the_window_are_those_worked_by_hand(practice):
    p = credentials.progress(practice, "ACC", TODAY)
    assert p.recent_from == "2025-05-30"
    assert p.paid_minutes == 210 + 165 + 240  # Ana, Ben, Dana's two paid
    assert p.pro_bono_minutes == 150 + 120 + 60  # Chloé, Dana's last, Eve
    assert p.total_minutes == 945  # 15.75 hours
    assert p.clients == 4 + 6  # four individuals, and each member of the group
    assert p.recent_minutes == 90 + 45 + 30 + 360 + 60
    assert not p.met  # 15.75 of ACC's 100 hours
    assert credentials.progress(practice, "PCC", TODAY).threshold.hours == 500


def test_the_csv_is_icf_s_columns_with_the_unnamed_as_confidential(practice):
    data = credentials.csv_of(credentials.entries(practice))
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ["Client Name", "Individual/Group", "No. of individuals in Group",
                        "Contact Info", "Start Date", "End Date", "Paid Hours",
                        "Pro-bono Hours"]
    assert table[1:] == [
        ["Confidential Client 1", "Individual", "", "people@northwind.example",
         "2024-12-02", "2025-11-03", "2.75", "0.00"],
        ["Ana Sousa", "Individual", "", "ana@example.org", "2025-01-10", "2025-06-20",
         "3.50", "0.00"],
        ["Confidential Client 2", "Individual", "", "", "2025-04-01", "2025-05-30", "0.00",
         "2.50"],
        ["Dana Lee", "Group", "6", "dana@example.org", "2026-01-15", "2026-03-15", "4.00",
         "2.00"],
        ["'=Eve Marsh", "Individual", "", "eve@example.org", "2026-10-01", "2026-10-01",
         "0.00", "1.00"],
    ]
    text = data.decode("utf-8-sig")
    for never in ("Ben", "Okafor", "Chloé", "ben@private", "CRED-CANARY", "Room 4"):
        assert never not in text


def test_withdrawing_the_naming_consent_makes_the_client_confidential_again(practice):
    ana = clients.get(practice, 1)
    assert credentials.naming_agreed_on(practice, ana.id) == "2025-01-05"
    credentials.set_naming(practice, ana.id, None)
    names = [e.name for e in credentials.entries(practice)]
    # Ana takes the next number; Ben and Chloé keep theirs (a log already sent stays true).
    assert names[:3] == ["Confidential Client 1", "Confidential Client 3",
                         "Confidential Client 2"]
    assert "Ana Sousa" not in names


def test_a_group_above_icf_s_fifteen_and_an_unknown_kind_are_refused(practice):
    with pytest.raises(InvalidInput, match="15 or fewer"):
        credentials.set_engagement_log(practice, 1, group_size=16, paid=None)
    with pytest.raises(InvalidInput):
        credentials.set_session_paid(practice, 1, "bartered")


def test_eighteen_months_back_keeps_to_the_month_s_last_day():
    assert credentials.months_before(date(2026, 11, 30), 18) == date(2025, 5, 30)
    assert credentials.months_before(date(2026, 8, 31), 18) == date(2025, 2, 28)
    assert credentials.months_before(date(2026, 1, 15), 18) == date(2024, 7, 15)


def test_cce_courses_keep_their_certificate_and_fill_the_renewal_window(vault):
    certificate = b"%PDF-1.4 certificate bytes"
    kept = cce.add(vault, cce.CourseDraft("Coaching ethics in practice", "ICF Academy",
                                          "2025-03-02", 180, "core_competency"),
                   ("ethics.pdf", certificate))
    cce.add(vault, cce.CourseDraft("Running a practice", "Coach School", "2026-02-01", 90,
                                   "resource_development"))
    cce.add(vault, cce.CourseDraft("Before the award", "Old", "2024-01-01", 600,
                                   "core_competency"))
    assert cce.certificate(vault, kept.id) == ("ethics.pdf", certificate)
    window = cce.renewal_window(vault, "2024-06-15", date(2026, 11, 30))
    assert (window.starts_on, window.ends_on) == ("2024-06-15", "2027-06-15")
    assert (window.core_minutes, window.resource_minutes) == (180, 90)
    assert window.units == 4.5
    # Three years on, the window moves to the next three.
    later = cce.renewal_window(vault, "2024-06-15", date(2027, 6, 15))
    assert later.starts_on == "2027-06-15" and later.units == 0
    assert cce.renewal_window(vault, None, date(2026, 11, 30)) is None
    with pytest.raises(InvalidInput, match="How long"):
        cce.add(vault, cce.CourseDraft("x", "", "2026-01-01", 0, "core_competency"))
    cce.remove(vault, kept.id)
    assert [c.course for c in cce.courses(vault)] == ["Running a practice", "Before the award"]


def test_the_demo_practice_shows_a_credential_log(vault):
    from coachdesk import demo

    demo.build(vault, demo.DEMO, today=TODAY)
    found = credentials.entries(vault)
    assert any(e.group_size == 6 for e in found)
    assert any(e.name.startswith("Confidential Client") for e in found)
    assert any(e.named for e in found)
    p = credentials.progress(vault, credentials.profile(vault).level, TODAY)
    assert p.threshold.level == "PCC" and p.paid_minutes > 0 and p.pro_bono_minutes > 0
    window = cce.renewal_window(vault, credentials.profile(vault).awarded_on, TODAY)
    assert window is not None and window.units == (180 + 420 + 150 + 720) / 60
