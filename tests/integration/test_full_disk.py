"""A full disk: the save that does not fit says so plainly, and nothing saved is lost.

The vault lives on a real 2 MB tmpfs, filled up with a scratch file, so SQLite
meets a true ENOSPC (root is needed to mount it; CI runs as root).
"""

from __future__ import annotations

import os
import subprocess
import uuid

import pytest

from coachdesk import clients, notes
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation


@pytest.fixture
def small_disk(tmp_path):
    mount_point = tmp_path / "small-disk"
    mount_point.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m,mode=0700", "tmpfs",
                           str(mount_point)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.fail(f"this test needs root to mount a small tmpfs: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def fill(folder, leave: int = 0) -> None:
    """Write a scratch file until the disk is full (less ``leave`` bytes)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as out:
        try:
            while True:
                out.write(b"\0" * 4096)

                os.fsync(out.fileno())
        except OSError:
            pass
    if leave:
        with open(filler, "r+b") as out:
            out.truncate(max(0, filler.stat().st_size - leave))


def test_a_save_that_does_not_fit_says_so_and_loses_nothing(small_disk):
    location = VaultLocation(small_disk / "CoachDesk")
    plan = vaults.plan_keyring_vault()
    vault = vaults.create(location, plan)
    client = clients.add(vault, clients.ClientDraft("Full Disk"))
    kept = [notes.add(vault, client.id, f"saved before the disk filled {n}").id for n in range(20)]
    fill(small_disk, leave=16 * 1024)
    big = "words that will not fit " * 40_000  # about 1 MB
    with pytest.raises(vaults.DiskFull, match="The disk is full") as refused:
        notes.add(vault, client.id, big)
    assert "Everything saved before is safe" in refused.value.message
    with pytest.raises(vaults.DiskFull):
        notes.save(vault, kept[0], big)
    # Still usable for what fits, and everything saved is there.
    assert notes.get(vault, kept[0]).body == "saved before the disk filled 0"
    assert sorted(notes.ids_for_client(vault, client.id)) == sorted(kept)
    vault.close()
    (small_disk / "filler").unlink()
    again = vaults.open_with_key(location, vaults.RawKey(plan.key.key))
    try:
        assert again.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert [notes.get(again, i).body for i in kept] == [
            f"saved before the disk filled {n}" for n in range(20)]
        notes.add(again, client.id, f"room again {uuid.uuid4()}")  # and it works again
    finally:
        again.close()


def test_the_session_editor_keeps_the_words_on_screen_and_says_why(qtbot, small_disk):
    from ui.session_editor import SessionEditor

    location = VaultLocation(small_disk / "CoachDesk")
    vault = vaults.create(location, vaults.plan_keyring_vault())
    client = clients.add(vault, clients.ClientDraft("Full Disk"))
    editor = SessionEditor(vault, client.id, client.name, in_session=False)
    qtbot.addWidget(editor)
    fill(small_disk, leave=16 * 1024)
    typed = "a long reflection " * 60_000
    editor.editor.setPlainText(typed)
    assert editor.save_now() is False
    assert "The disk is full" in editor.refusal.text()  # above the text, in warm tones
    assert editor.editor.toPlainText() == typed  # nothing typed is lost from the screen
    (small_disk / "filler").unlink()
    assert editor.save_now() is True
    assert editor.refusal.text() == ""
    assert [notes.get(vault, i).body for i in notes.ids_for_client(vault, client.id)] == [typed]
    editor.forget()
    vault.close()


def test_a_report_whose_disclosure_cannot_be_recorded_leaves_no_file(small_disk, tmp_path):
    """The vault's disk is full, the USB stick is not: no file without its disclosure."""
    from coachdesk import disclosures, reports
    from tests.cases import ethics_case
    from ui.exporting import saver

    location = VaultLocation(small_disk / "CoachDesk")
    vault = vaults.create(location, vaults.plan_keyring_vault())
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(case.engagement.id, "Midpoint",
                                                       "2026-01-01", "2026-06-30"))
    item = reports.write_item(vault, report.id, "Approved words.")
    reports.mark_printed(vault, report.id, {item.id: item.text})  # the release form
    reports.approve(vault, report.id, [item.id], method="written", given_by="Maya",
                    given_on="2026-05-01")
    stick = tmp_path / "usb"
    stick.mkdir()
    fill(small_disk)
    with pytest.raises(vaults.DiskFull):
        reports.export(vault, report.id, on="2026-05-02",
                       render=lambda content: b"%PDF approved words " + bytes(300_000),
                       save=saver(stick / "report.pdf"))
    assert list(stick.iterdir()) == []  # neither the file nor a partial one
    (small_disk / "filler").unlink()
    assert disclosures.all_disclosures(vault) == []
    vault.close()
