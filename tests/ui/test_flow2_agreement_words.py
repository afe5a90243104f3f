"""The agreement screen says who signed for the sponsor (the PDF did; the screen showed
only the company), and Print for signing suggests a file name with the agreement's
reference and the date, never a client's name (issue 14, second trial)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel

from coachdesk import agreements, clients, engagements, sponsors
from ui import ask, ops


def test_the_sponsors_signature_says_who_signed_and_the_file_name_is_neutral(
        qtbot, window, tmp_path):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Brightwater Logistics Ltd"))
    client = clients.add(vault, clients.ClientDraft("Jordan Okafor"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-02-01", "2026-08-01", sponsor.id, title="Leadership coaching",
        fee_cents=35000, planned_sessions=8, fee_basis="per_session"))
    made = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id,
                                                                 "Maya Lindqvist"))
    agreements.record_signature(vault, made.id, "sponsor", "Priya Shah", "2026-02-03",
                                "handwritten")
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(made.id)
    qtbot.waitUntil(lambda: page.agreement is not None)
    shown = [label.text() for label in page.signatures.findChildren(QLabel)]
    sponsor_row = next(t for t in shown if t.startswith("Sponsor:"))
    assert "Priya Shah" in sponsor_row and "2026-02-03" in sponsor_row
    ask.set_next_paths(str(tmp_path / "kept.pdf"))
    page.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    _title, suggested = ask.shown[-1]
    assert suggested.endswith(f"-{date.today().isoformat()}.pdf"), suggested
    assert "Okafor" not in suggested and "Jordan" not in suggested
    assert suggested != "coaching-agreement.pdf"
