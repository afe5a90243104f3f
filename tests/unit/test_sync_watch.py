"""Small sync cleanups of issue 17's last round (docs/sync.md, *Disposal is a tombstone
that wins*): what a computer removes again itself after a disposal that reached it is
logged under ``merge.REMOVAL`` and never sent; every computer does it itself."""

from __future__ import annotations

import shutil
from pathlib import Path

from syncing import computer, settle, text_everywhere

from coachdesk import clients, disposal, engagements, notes, reports, sessions
from coachdesk import vault as vaults
from coachdesk.sync import bundles, here, merge, practice
from tests.cases import ethics_case


def _own_bundles(vault: vaults.Vault) -> list[bundles.Bundle]:
    """Every bundle this computer has in its own folder, read with the practice's key."""
    found = practice.settings(vault)
    assert found is not None
    key = here.sync_key(vault)
    read = [bundles.read(p, key, found.practice_id, 99)
            for p in bundles.own(found.folder, found.practice_id, found.device_id)]
    assert all(isinstance(b, bundles.Bundle) for b in read), read
    return [b for b in read if isinstance(b, bundles.Bundle)]


def test_a_removal_carried_out_on_arrival_is_never_sent(tmp_path: Path) -> None:
    """The desktop edited Ana; the laptop disposes of her; the desktop carries the
    disposal out and rewrites its own bundles without her words: none of its changes is
    the removal's (each computer removes her itself), and a computer joining afterwards
    from the folder still ends with her disposed and her words nowhere."""
    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    office = None
    try:
        ana = clients.add(laptop, clients.ClientDraft("Ana Quillfeather",
                                                      email="ana@example.org"))
        folder = tmp_path / "Sync"
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        (there,) = [c for (c,) in desktop.read("SELECT id FROM clients")]
        clients.update(desktop, there, clients.ClientDraft(
            "Ana Quillfeather", email="ana@example.org", phone="+44 20 7946 0001"))
        settle(laptop, desktop)
        disposal.dispose(laptop, ana.id, "client_request")
        practice.exchange(laptop)
        done = practice.exchange(desktop)
        assert done.disposed_clients == [there]
        sent = [c for b in _own_bundles(desktop) for c in b.changes]
        assert any(c.tbl == "clients" for c in sent)  # her row went out, scrubbed
        assert [c for c in sent if c.device == merge.REMOVAL] == []
        assert not any("Quillfeather" in str(c.value) for c in sent)
        office = computer(tmp_path, "office")
        practice.join(office, folder, code)
        settle(laptop, desktop, office)
        for vault in (laptop, desktop, office):
            assert practice.receive(vault).waiting == []
            assert vault.read("SELECT count(*) FROM disposals") == [(1,)]
            assert vault.read("SELECT name LIKE 'Disposed client %', email, phone, status"
                              " FROM clients") == [(1, "", "", "archived")]
            assert text_everywhere(vault, "Quillfeather") == {}
    finally:
        for vault in (laptop, desktop, office):
            if vault is not None:
                vault.close()


def test_a_rewrite_after_a_disposal_reaching_a_computer_before_the_disposal(
        tmp_path: Path) -> None:
    """The IntegrityError the property test showed once (docs/sync.md, *To watch*): the
    laptop wrote Maya's report; the office approved its words; the desktop disposes of
    her. The laptop carries the disposal out and rewrites its bundles; the office's folder
    brings that bundle before the desktop's. It sent the deletion of Maya's excerpt that
    its removal made, and the office, deleting it while its own approval still named it,
    refused the laptop's bundle (FOREIGN KEY constraint failed) until the disposal came.
    A removal is never sent: the office applies the laptop's bundle at once, and removes
    Maya's words itself when the disposal arrives."""
    laptop, desktop, office = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    try:
        case = ethics_case(laptop)
        report = reports.create(laptop, reports.ReportDraft(
            case.engagement.id, "Progress report", "2026-01-01", "2026-04-30"))
        reports.write_item(laptop, report.id, "She runs the weekly review herself.")
        folder = tmp_path / "Sync"
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        practice.join(office, folder, code)
        settle(laptop, desktop, office)
        (report_there,) = [r for (r,) in office.read("SELECT id FROM reports")]
        (excerpt_there,) = [e for (e,) in office.read("SELECT id FROM excerpts")]
        reports.approve(office, report_there, [excerpt_there], method="on_screen",
                        given_by="Maya Okafor", given_on="2026-03-01")  # on the office
        settle(laptop, desktop, office)
        (maya_there,) = [c for (c,) in desktop.read(
            "SELECT id FROM clients WHERE name = 'Maya Okafor'")]
        disposal.dispose(desktop, maya_there, "client_request")  # on the desktop
        practice.exchange(desktop)
        assert practice.exchange(laptop).disposed_clients == [case.client.id]
        # The office's folder has the laptop's rewritten bundle, not yet the desktop's.
        desktop_id = practice.settings(desktop).device_id
        (desktops,) = [p for p in folder.rglob(desktop_id) if p.is_dir()]
        aside = tmp_path / "not yet here"
        shutil.move(desktops, aside)
        try:
            done = practice.exchange(office)
            assert done.refused == [] and done.waiting == []
            assert practice.settings(laptop).device_id in {d for d, _ in done.applied}
        finally:
            shutil.move(aside, desktops)
        settle(laptop, desktop, office)
        for vault in (laptop, desktop, office):
            assert practice.receive(vault).refused == []
            assert vault.read("SELECT count(*) FROM disposals") == [(1,)]
            assert vault.read("SELECT count(*) FROM excerpts") == [(0,)]
            assert vault.read("SELECT count(*) FROM consents") == [(0,)]
            assert text_everywhere(vault, "weekly review") == {}
    finally:
        laptop.close()
        desktop.close()
        office.close()


def test_a_session_discarded_on_one_computer_while_the_other_writes_its_note(
        tmp_path: Path) -> None:
    """Found while hunting the IntegrityError above, by the same rule (a deletion and a row
    of another computer that still names the record): the laptop discards a planned
    session (nothing written for it there) while the desktop writes the session's note.
    The desktop refused every later bundle of the laptop (FOREIGN KEY constraint failed),
    and the laptop dropped the note (its session gone). The note is an edit the deleter
    never saw: it survives, and so does its session, on both computers."""
    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    try:
        ana = clients.add(laptop, clients.ClientDraft("Ana Lima"))
        engagement = engagements.add(laptop, engagements.EngagementDraft(
            ana.id, "2026-01-05", "2026-12-20"))
        session = sessions.add(laptop, sessions.SessionDraft(engagement.id, "2026-02-02T10:00"))
        folder = tmp_path / "Sync"
        practice.join(desktop, folder, practice.start(laptop, folder))
        settle(laptop, desktop)
        (there,) = [s for (s,) in desktop.read("SELECT id FROM sessions")]
        (ana_there,) = [c for (c,) in desktop.read("SELECT id FROM clients")]
        sessions.discard_started(laptop, session.id)
        notes.add(desktop, ana_there, "What we agreed on Monday", session_id=there)
        settle(laptop, desktop)
        for vault in (laptop, desktop):
            assert practice.receive(vault).refused == []
            assert vault.read("SELECT n.body, s.starts_at FROM notes n JOIN sessions s"
                              " ON s.id = n.session_id") == [
                ("What we agreed on Monday", "2026-02-02T10:00")]
    finally:
        laptop.close()
        desktop.close()
