"""Files other accounts can touch, as the coach meets them on screen: an export
never goes through a planted link or over another account's file."""

from __future__ import annotations

import os

import pytest

from coachdesk import disclosures, reports
from tests.cases import ethics_case
from tests.planted import foreign_file, link, shared_folder, untouched
from ui import ask

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


@pytest.fixture
def approved_report(window):
    case = ethics_case(window.vault)
    window.open_vault(window.vault)  # pages see the new records
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    item = reports.write_item(window.vault, report.id, "Runs the weekly review herself.")
    reports.approve(window.vault, report.id, [item.id], method="on_screen",
                    given_by="Maya Okafor", given_on="2026-05-01")
    window.go_to("Reports")
    window.reports_page.select(report.id)
    return case


@pytest.mark.parametrize("planted", ["link at the partial name", "link at the name",
                                     "another account's file at the name"])
def test_an_export_never_goes_through_a_link_or_over_another_accounts_file(
        qtbot, window, approved_report, tmp_path, planted):
    folder = shared_folder(tmp_path)
    target = folder / "report.pdf"
    coachs_file = tmp_path / "thesis.odt"
    coachs_file.write_bytes(b"the coach's own thesis")
    if planted == "link at the partial name":
        standing = link(folder / f".{target.name}.coachdesk-partial", coachs_file)
    elif planted == "link at the name":
        standing = link(target, coachs_file)
    else:
        standing = foreign_file(target)
    before = untouched(standing)
    ask.set_next_paths(str(target))
    window.reports_page.export_button.click()
    message = window.reports_page.message.text()
    assert "CoachDesk will not write" in message and "yours alone" in message
    assert untouched(standing) == before
    assert coachs_file.read_bytes() == b"the coach's own thesis"
    assert [p.name for p in folder.iterdir()] == [standing.name]  # nothing of ours left
    assert disclosures.for_client(window.vault, approved_report.client.id) == []
    mine = tmp_path / "mine"
    mine.mkdir(mode=0o700)
    ask.set_next_paths(str(mine / "report.pdf"))  # a folder of the coach's own: saved
    window.reports_page.export_button.click()
    assert (mine / "report.pdf").read_bytes().startswith(b"%PDF")
    assert len(disclosures.for_client(window.vault, approved_report.client.id)) == 1
