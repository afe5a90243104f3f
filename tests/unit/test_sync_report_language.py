"""A report disclosure made on one computer arrives on the other with the language it was
printed in, and the two computers agree on it whatever the report says afterwards."""

from __future__ import annotations

import pytest
from syncing import settle, two_computers

from coachdesk import reports
from tests.cases import ethics_case


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


def _languages(vault):
    return sorted(reports.disclosed_language(vault, d) for (d,) in vault.read(
        "SELECT id FROM disclosures WHERE report_id IS NOT NULL"))


def test_a_german_disclosure_stays_german_on_the_other_computer(two):
    a, b = two
    case = ethics_case(a)
    report = reports.create(a, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        facts=("attendance",), print_language="de"))
    item = reports.write_item(a, report.id, "She now runs the weekly review herself.")
    reports.approve(a, report.id, [item.id], method="on_screen", given_by="Maya Okafor",
                    given_on="2026-05-01")
    reports.export(a, report.id, on="2026-05-01", render=lambda content: b"%PDF-1.4",
                   save=lambda data: None)
    settle(a, b)
    assert _languages(a) == _languages(b) == ["de"]
    (b_report,) = [r for (r,) in b.read("SELECT id FROM reports")]
    reports.set_print_language(b, b_report, "fr")  # later, on the other computer
    settle(a, b)
    assert _languages(a) == _languages(b) == ["de"]
