"""A disclosure is append-only on every computer (the trigger ``disclosures_never_change``
lets only its disposal's scrubbing change it, and only once the disposal is there).
Found by the property test (tests/unit/test_sync_properties.py, about one example in 300):
a computer that carried out a disposal it received scrubs its own disclosure of that
client under the removal's clock (``merge.REMOVAL``); its next rewritten bundle sends the
row whole, the scrubbed purpose with that later version. A third computer whose folder
had not yet brought the disposal wrote the purpose over its own, the trigger refused it,
and that computer's bundle was never applied, at any exchange."""

from __future__ import annotations

import shutil

from syncing import computer, settle

from coachdesk import clients, disposal, reports
from coachdesk.sync import practice
from tests.cases import ethics_case


def _disclosures(vault) -> list[tuple[str, str, str]]:
    return vault.read("SELECT purpose, legal_basis, recipient_name FROM disclosures"
                      " ORDER BY disclosed_at")


def test_a_scrubbed_disclosure_arriving_before_its_disposal(tmp_path):
    laptop, desktop, office = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    try:
        case = ethics_case(laptop)
        report = reports.create(laptop, reports.ReportDraft(
            case.engagement.id, "Progress report", "2026-01-01", "2026-04-30"))
        item = reports.write_item(laptop, report.id, "She runs the weekly review.")
        reports.approve(laptop, report.id, [item.id], method="on_screen",
                        given_by="Maya Okafor", given_on="2026-03-01")
        reports.export(laptop, report.id, on="2026-04-01", render=lambda c: b"%PDF-1.4",
                       save=lambda data: None)  # the laptop's disclosure
        later = clients.add(laptop, clients.ClientDraft("Ana Lima"))
        folder = tmp_path / "Sync"
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        practice.join(office, folder, code)
        settle(laptop, desktop, office)
        assert len(_disclosures(office)) == 1
        (maya_there,) = [c for (c,) in desktop.read(
            "SELECT id FROM clients WHERE name = 'Maya Okafor'")]
        disposal.dispose(desktop, maya_there, "client_request")  # on the desktop
        practice.exchange(desktop)
        practice.exchange(laptop)  # the laptop carries it out: its disclosure scrubbed
        disposal.dispose(laptop, later.id, "client_request")  # its bundles rewritten as one
        # The office's folder has the laptop's rewritten bundle, not yet the desktop's.
        desktop_id = practice.settings(desktop).device_id
        (desktops,) = [p for p in folder.rglob(desktop_id) if p.is_dir()]
        aside = tmp_path / "not yet here"
        shutil.move(desktops, aside)
        try:
            practice.exchange(office)
            assert practice.receive(office).waiting == []
        finally:
            shutil.move(aside, desktops)
        settle(laptop, desktop, office)
        for vault in (laptop, desktop, office):
            assert practice.receive(vault).waiting == []
            assert vault.read("SELECT count(*) FROM disposals") == [(2,)]
            (scrubbed,) = _disclosures(vault)
            assert scrubbed[:2] == ("Removed at disposal", "")
        assert _disclosures(office) == _disclosures(laptop) == _disclosures(desktop)
    finally:
        laptop.close()
        desktop.close()
        office.close()
