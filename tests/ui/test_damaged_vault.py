"""A damaged vault on screen: named, never overwritten, the newest backup one step away."""

from __future__ import annotations

import pytest

from coachdesk import clients, notes
from tests.damage import SECOND_WAL_FRAME, crashed_copy, flip, with_backup
from ui import ask
from ui.main_window import MainWindow
from ui.pages.unlock import PROBLEM, RECOVERY


@pytest.fixture
def damaged_setup(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    with_backup(vault, tmp_path / "backups", notes_count=200)
    location = vault.location
    vault.close()
    return plan, location


def test_a_damaged_first_page_offers_the_newest_backup(qtbot, damaged_setup, asked):
    plan, location = damaged_setup
    flip(location.vault_file, 2000)
    damaged = location.vault_file.read_bytes()
    win = MainWindow(location)
    qtbot.addWidget(win)
    win.show()
    win.start()
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    assert "its first page" in page.reason.text() and "has not changed it" in page.reason.text()
    assert page.restore_button.isVisible()
    page.restore_button.click()
    assert page.mode == RECOVERY and page.restoring
    page.field.setText(plan.recovery_code)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=20_000)
    assert len(notes.ids_for_client(win.vault, clients.list_ids(win.vault)[0])) == 200
    kept = [p for p in location.folder.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged]
    win.lock(ask_first=False)


def test_damage_deep_inside_is_found_after_unlocking(qtbot, damaged_setup, asked):
    _plan, location = damaged_setup
    size = location.vault_file.stat().st_size
    flip(location.vault_file, size - 4096 * 2 + 300)
    win = MainWindow(location)
    qtbot.addWidget(win)
    win.show()
    ask.set_next_answers(True, True)  # "Restore the newest backup?", then "Restored"
    win.start()
    qtbot.waitUntil(lambda: any(t == "Restored" for t, _ in ask.shown), timeout=20_000)
    assert any(t == "Your vault is damaged" and "fail their check" in m for t, m in ask.shown)
    assert win.vault is not None and win.vault.connection.execute(
        "PRAGMA integrity_check").fetchone()[0] == "ok"
    assert [p for p in location.folder.iterdir() if ".damaged-" in p.name]
    win.lock(ask_first=False)


def test_a_damaged_change_log_can_be_opened_without_its_tail(qtbot, plan_and_vault, tmp_path,
                                                              asked):
    _plan, vault = plan_and_vault
    crashed, wal, client_id = crashed_copy(vault, tmp_path / "crashed", changes=10)
    flip(wal, SECOND_WAL_FRAME)
    win = MainWindow(crashed)
    qtbot.addWidget(win)
    win.show()
    win.start()
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    assert "record of your most recent changes" in page.reason.text()
    assert page.journal_button.isVisible()
    page.journal_button.click()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=20_000)
    assert [p for p in crashed.folder.iterdir() if "-wal.damaged-" in p.name]
    assert clients.list_ids(win.vault) == [client_id]  # what was saved before the damage
    win.lock(ask_first=False)


def test_a_passphrase_vault_with_a_damaged_change_log_opens_with_the_passphrase(
        qtbot, location, tmp_path, asked):
    from coachdesk import vault as vaults
    from ui.pages.unlock import PASSPHRASE

    vault = vaults.create(location, vaults.plan_passphrase_vault("my long passphrase"))
    crashed, wal, client_id = crashed_copy(vault, tmp_path / "crashed", changes=10)
    flip(wal, SECOND_WAL_FRAME)
    win = MainWindow(crashed)
    qtbot.addWidget(win)
    win.show()
    page = win.unlock_page
    page.ask_for(PASSPHRASE, "")
    page.field.setText("my long passphrase")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    page.journal_button.click()
    assert page.mode == PASSPHRASE
    page.field.setText("my long passphrase")
    page.unlock_button.click()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=20_000)
    assert clients.list_ids(win.vault) == [client_id]
    win.lock(ask_first=False)
