"""Files and folders other accounts can touch, as the coach meets them on screen: a vault
folder others may write to is named with what to do, calmly; an export never goes
through a planted link or over another account's file; the demo banner follows the key."""

from __future__ import annotations

import os
import sys
import uuid

import pytest
from PySide6.QtCore import Qt, QTimer

from coachdesk import disclosures, reports
from coachdesk import vault as vaults
from tests.cases import ethics_case
from tests.planted import foreign_file, link, shared_folder, untouched
from ui import ask, ops
from ui.app import start
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")


def test_a_start_in_a_folder_others_can_write_to_says_why_and_what_to_do(qapp, tmp_path,
                                                                        monkeypatch):
    import main

    folder = tmp_path / "on the shared drive"
    folder.mkdir()
    folder.chmod(0o777)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    monkeypatch.setenv("COACHDESK_HOME", str(tmp_path / "unused"))  # --home sets it
    ask.set_next_answers(True)  # the coach reads the message and presses OK
    stop = QTimer()  # had it started anyway, its window would close again
    stop.setSingleShot(True)
    stop.timeout.connect(qapp.quit)
    stop.start(5000)
    try:
        code = main.main(["--home", str(folder)])
    finally:
        stop.stop()
    assert code == 2
    title, text = ask.shown[-1]
    assert title == "CoachDesk cannot start"
    assert f"CoachDesk will not keep your vault in {folder}" in text
    assert f"chmod 700 '{folder}'" in text and "choose another folder" in text
    assert "Traceback" not in text
    assert list(folder.iterdir()) == []  # no vault, no lock file, nothing
    assert folder.stat().st_mode & 0o777 == 0o777  # left as the coach set it


def test_the_unlock_screen_names_a_vault_folder_others_can_now_write_to(qtbot, location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    location.folder.chmod(0o775)
    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    window.start()
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == "problem")
    assert page.title.text() == "CoachDesk cannot open your vault"
    assert str(location.folder) in page.reason.text()
    assert f"chmod 700 {location.folder}" in page.reason.text()
    assert page.folder_button.isVisible() and page.unlock_button.text() == "Try &again"
    location.folder.chmod(0o700)  # the coach does what it says
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    window.close()


def test_the_wizard_says_so_before_a_recovery_code_is_written_down(qtbot, qapp, location):
    location.folder.mkdir()
    location.folder.chmod(0o770)
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.welcome  # no code shown for a vault never made
    assert wizard.welcome.message.isVisible()
    assert f"chmod 700 {location.folder}" in wizard.welcome.message.text()
    location.folder.chmod(0o700)
    wizard.next()
    assert wizard.currentPage() is wizard.code
    wizard.reject()
    qapp.setQuitOnLastWindowClosed(True)
    assert list(location.folder.iterdir()) == []


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
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
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
    qtbot.waitUntil(ops.idle, timeout=20_000)  # written on the worker
    assert (mine / "report.pdf").read_bytes().startswith(b"%PDF")
    assert len(disclosures.for_client(window.vault, approved_report.client.id)) == 1


def test_the_demo_banner_follows_the_key_that_opened_the_vault(qtbot, location, tmp_path):
    from coachdesk.paths import VaultLocation

    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    public = vaults.create(location, vaults.NewVaultPlan(
        str(uuid.uuid4()), "keyring", vaults.RawKey(vaults.DEMO_KEY)))
    window.open_vault(public)  # its files say keyring; its key is the demo's, readable
    assert window.demo_banner.isVisible()
    window.lock(ask_first=False)
    secret = vaults.create(VaultLocation(tmp_path / "own"), vaults.NewVaultPlan(
        str(uuid.uuid4()), "demo", vaults.RawKey(os.urandom(32))))
    window.open_vault(secret)  # says demo, but its key is a secret one
    assert not window.demo_banner.isVisible()
    window.lock(ask_first=False)
    window.close()


def test_a_backup_folder_others_can_write_to_is_refused_in_settings_and_at_backup(
        qtbot, window, tmp_path):
    """Other accounts could delete the backups there, or plant files where CoachDesk
    writes them: the folder is refused when chosen (in words that say what to do) and a
    backup is never written into it, even if a folder chosen earlier became so."""
    from coachdesk import settings
    from coachdesk.files import UnsafeFolder
    from coachdesk.vault import backups

    shared = shared_folder(tmp_path)
    window.go_to("Settings")
    page = window.settings_page
    ask.set_next_paths(str(shared))
    page.folder_button.click()
    said = page.message.text()
    assert "will not keep your backups in" in said and "chmod 700" in said
    assert settings.get(window.vault, "backup_folder") == ""
    with pytest.raises(UnsafeFolder):
        backups.make(window.vault, shared)
    assert list(shared.iterdir()) == []
