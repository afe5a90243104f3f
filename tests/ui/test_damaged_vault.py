"""A damaged vault on screen: named, never overwritten, the newest backup one step away."""

from __future__ import annotations

import pytest

from coachdesk import clients, notes
from coachdesk.vault import backups
from ui import ask
from ui.main_window import MainWindow
from ui.pages.unlock import PROBLEM, RECOVERY


@pytest.fixture
def damaged_setup(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Ruth Damage"))
    for n in range(200):
        notes.add(vault, client.id, f"note {n} " + "text " * 150)
    folder = tmp_path / "backups"
    backups.remember_folder(vault, str(folder))
    backups.make(vault, folder)
    location = vault.location
    vault.close()
    return plan, location


def flip(path, offset):
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


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
    import shutil

    from coachdesk.paths import VaultLocation

    _plan, vault = plan_and_vault
    client = clients.add(vault, clients.ClientDraft("Journal"))
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(10):
        notes.add(vault, client.id, f"recent change {n}")
    crashed = VaultLocation(tmp_path / "crashed")
    shutil.copytree(vault.location.folder, crashed.folder,
                    ignore=shutil.ignore_patterns("*.lock", "*-shm"))
    vault.close()
    flip(crashed.folder / (crashed.vault_file.name + "-wal"), 32 + 24 + 4096 + 24 + 100)
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
    assert clients.list_ids(win.vault) == [client.id]  # what was saved before the damage
    win.lock(ask_first=False)


def test_a_passphrase_vault_with_a_damaged_change_log_opens_with_the_passphrase(
        qtbot, location, tmp_path, asked):
    import shutil

    from coachdesk import vault as vaults
    from coachdesk.paths import VaultLocation
    from ui.pages.unlock import PASSPHRASE

    vault = vaults.create(location, vaults.plan_passphrase_vault("my long passphrase"))
    client = clients.add(vault, clients.ClientDraft("Journal"))
    vault.connection.execute("PRAGMA wal_autocheckpoint = 0")
    vault.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for n in range(10):
        notes.add(vault, client.id, f"recent change {n}")
    crashed = VaultLocation(tmp_path / "crashed")
    shutil.copytree(location.folder, crashed.folder,
                    ignore=shutil.ignore_patterns("*.lock", "*-shm"))
    vault.close()
    flip(crashed.folder / (crashed.vault_file.name + "-wal"), 32 + 24 + 4096 + 24 + 100)
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
    assert clients.list_ids(win.vault) == [client.id]
    win.lock(ask_first=False)
