"""A damaged vault on screen: named, never overwritten, the newest backup one step away.

Damage is put where the first screens read (the first page, the schema, the vault's own
facts, an index and tables the Today page reads, a table read only as its list is drawn,
the record of recent changes): each time the coach sees the damaged-vault screen, never
the generic crash message, and one click restores the newest backup that checks out.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt

from coachdesk import clients, notes
from tests.damage import (
    SECOND_WAL_FRAME,
    crashed_copy,
    flip,
    named,
    page_offset,
    practice_with_backup,
    roots,
    schema_page,
    with_backup,
)
from ui import app, ask
from ui.app import start
from ui.main_window import MainWindow
from ui.pages.unlock import PROBLEM, RECOVERY

DAMAGED = "Your vault is damaged"
GENERIC = "Something went wrong"


@pytest.fixture
def damaged_setup(plan_and_vault, tmp_path):
    plan, vault = plan_and_vault
    with_backup(vault, tmp_path / "backups", notes_count=200)
    location = vault.location
    vault.close()
    return plan, location


def test_a_damaged_first_page_offers_the_newest_backup(qtbot, damaged_setup, asked):
    _plan, location = damaged_setup
    damaged = flip(location.vault_file, 2000)
    win = MainWindow(location)
    qtbot.addWidget(win)
    win.show()
    win.start()
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    assert page.title.text() == DAMAGED
    assert "its first page" in page.reason.text() and "has not changed it" in page.reason.text()
    assert page.restore_button.isVisible()
    asked.set_next_answers(True)  # "Restored"
    page.restore_button.click()  # the keyring holds the key: no code to type
    qtbot.waitUntil(lambda: win.vault is not None, timeout=20_000)
    assert len(notes.ids_for_client(win.vault, clients.list_ids(win.vault)[0])) == 200
    kept = [p for p in location.folder.iterdir() if ".damaged-" in p.name]
    assert [p.read_bytes() for p in kept] == [damaged]
    assert asked.shown[-1][0] == "Restored" and kept[0].name in asked.shown[-1][1]
    win.lock(ask_first=False)


def test_without_the_key_in_the_keyring_the_recovery_code_restores(qtbot, damaged_setup,
                                                                    asked, memory_keyring):
    plan, location = damaged_setup
    damaged = flip(location.vault_file, 2000)
    memory_keyring.store.clear()  # a new laptop: only the recovery code opens the vault
    win = MainWindow(location)
    qtbot.addWidget(win)
    win.show()
    page = win.unlock_page
    page.ask_for(RECOVERY, "")
    page.field.setText(plan.recovery_code)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.mode == PROBLEM, timeout=10_000)
    assert "its first page" in page.reason.text()
    page.restore_button.click()
    qtbot.waitUntil(lambda: page.mode == RECOVERY and page.restoring, timeout=10_000)
    assert "keyring does not hold" in page.reason.text()
    page.field.setText(plan.recovery_code)
    asked.set_next_answers(True)  # "Restored"
    page.unlock_button.click()
    qtbot.waitUntil(lambda: win.vault is not None, timeout=20_000)
    assert len(notes.ids_for_client(win.vault, clients.list_ids(win.vault)[0])) == 200
    assert [p.read_bytes() for p in location.folder.iterdir() if ".damaged-" in p.name] == [
        damaged]
    win.lock(ask_first=False)


# Where the damage is, and how the screen names it. Pages are found in the vault itself.
FIRST_SCREEN_DAMAGE = {
    "first page": lambda names, schema: 1,
    "schema": lambda names, schema: schema,
    "vault facts": lambda names, schema: names["vault_info"],
    "index Today reads": lambda names, schema: names["sessions_by_time"],
    "table Today reads": lambda names, schema: names["clients"],  # its retention list
    "table read as a list is drawn": lambda names, schema: names["agreement_parties"],
    "log header": lambda names, schema: 3,  # a byte of the -wal file
    "log frame": lambda names, schema: SECOND_WAL_FRAME,
}


def vault_menus_enabled(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()
            if a.menu() is not None and a.isEnabled() and a.text() not in ("&File", "&Help")]


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize("kind", list(FIRST_SCREEN_DAMAGE))
def test_damage_the_first_screens_read_shows_the_damaged_vault_screen(
        qtbot, qapp, plan_and_vault, tmp_path, asked, monkeypatch, kind):
    monkeypatch.setattr(sys, "excepthook", app._report_crash)  # as ui.app.run installs it
    _plan, vault = plan_and_vault
    case = practice_with_backup(vault, tmp_path / "backups")
    names = roots(vault)
    where = FIRST_SCREEN_DAMAGE[kind]
    if kind.startswith("log"):
        location, damaged_file, _client = crashed_copy(vault, tmp_path / "crashed", changes=10)
        words = "The record of your most recent changes"
    else:
        location, damaged_file = vault.location, vault.location.vault_file
        vault.close()
        page_number = where(names, schema_page(damaged_file, vault_key(vault), names)
                            if kind == "schema" else 0)
        words = named(page_number)
    damaged = flip(damaged_file, where(names, 0) if kind.startswith("log")
                   else page_offset(page_number))

    win, _wizard = start(qapp, location)  # the first window, as CoachDesk starts
    qtbot.addWidget(win)
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.title.text() == DAMAGED, timeout=20_000)
    assert words in page.reason.text() and "not changed" in page.reason.text()
    assert win.vault is None and win.screens.currentWidget() is page
    assert vault_menus_enabled(win) == []  # nothing on the menus pretends to work
    assert page.restore_button.isVisible() and page.restore_button.isEnabled()
    # The way out that loses least leads (Enter); a damaged log leaves the choice open.
    assert page.restore_button.isDefault() == (not kind.startswith("log"))
    assert damaged_file.read_bytes() == damaged

    asked.set_next_answers(True)  # "Restored"
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked.shown) and asked.shown[-1][0] == "Restored",
                    timeout=20_000)
    assert win.screens.currentWidget() is win.workspace and win.current_page_name() == "Today"
    assert clients.get(win.vault, case.client.id).name == "Maya Okafor"
    kept = [p.read_bytes() for p in location.folder.iterdir() if ".damaged-" in p.name]
    assert damaged in kept  # the damaged file is kept as it was
    assert GENERIC not in [title for title, _ in asked.shown]
    win.lock(ask_first=False)


def vault_key(vault):
    """The raw key of a closed fixture vault, as its plan made it (from the keyring)."""
    from coachdesk import vault as vaults
    from coachdesk.vault import keystore

    return vaults.RawKey(keystore.load_key(vault.info.vault_id, vault.info.keyring_backend))


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
    assert any(t == "Your vault is damaged" and "fails its check" in m for t, m in ask.shown)
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


@pytest.mark.qt_no_exception_capture
def test_a_damaged_page_read_later_locks_and_shows_the_damaged_vault_screen(
        qtbot, qapp, plan_and_vault, tmp_path, asked, monkeypatch):
    """Today opens fine; the Sponsors page reads the damaged page: the vault locks (no view
    keeps reading it) and the same screen names the damage, never the generic message."""
    monkeypatch.setattr(sys, "excepthook", app._report_crash)
    _plan, vault = plan_and_vault
    practice_with_backup(vault, tmp_path / "backups")
    page_number = roots(vault)["sponsors"]
    location = vault.location
    vault.close()
    flip(location.vault_file, page_offset(page_number))
    win, _wizard = start(qapp, location)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.screens.currentWidget() is win.workspace, timeout=10_000)
    win.go_to("Sponsors")
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.title.text() == DAMAGED, timeout=20_000)
    assert named(page_number) in page.reason.text()
    assert win.vault is None and vault_menus_enabled(win) == []
    assert page.restore_button.isVisible()
    assert GENERIC not in [title for title, _ in asked.shown]


def test_every_restart_shows_the_damaged_vault_screen_again(qtbot, qapp, plan_and_vault,
                                                            tmp_path, asked):
    """The case found: the Today page's first read failed, and every restart did the same."""
    _plan, vault = plan_and_vault
    practice_with_backup(vault, tmp_path / "backups")
    page_number = roots(vault)["clients"]
    location = vault.location
    vault.close()
    damaged = flip(location.vault_file, page_offset(page_number))
    for _restart in range(3):
        win, _wizard = start(qapp, location)
        qtbot.addWidget(win)
        page = win.unlock_page
        qtbot.waitUntil(lambda p=page: p.title.text() == DAMAGED and not p._busy,
                        timeout=20_000)
        assert named(page_number) in page.reason.text()
        with qtbot.waitSignal(win.locked, timeout=20_000):  # opened, read, locked again
            qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)  # "Try again"
        qtbot.waitUntil(lambda p=page: p.title.text() == DAMAGED and not p._busy,
                        timeout=20_000)
        assert win.vault is None
        win.close()
    assert location.vault_file.read_bytes() == damaged
    assert asked.shown == []


def test_every_way_out_of_a_damaged_change_log_is_readable_in_full(qtbot, plan_and_vault,
                                                                   tmp_path, asked):
    """The screen with the most ways out: each button shows its whole label."""
    from PySide6.QtWidgets import QPushButton

    _plan, vault = plan_and_vault
    with_backup(vault, tmp_path / "backups", notes_count=3)
    crashed, wal, _client_id = crashed_copy(vault, tmp_path / "crashed", changes=5)
    flip(wal, SECOND_WAL_FRAME)
    win = MainWindow(crashed)
    qtbot.addWidget(win)
    win.resize(1180, 760)
    win.show()
    win.start()
    page = win.unlock_page
    qtbot.waitUntil(lambda: page.title.text() == DAMAGED, timeout=10_000)
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert {b.text() for b in shown} == {"Restore the newest &backup", "Use my &recovery code",
                                         "Show the vault's &folder", "Try &again",
                                         "Open &without the damaged changes"}
    def cut() -> list[str]:
        return [b.text() for b in shown if b.width() < b.sizeHint().width()]

    # Laid out on the next turns of the event loop: every label whole once it settles.
    qtbot.waitUntil(lambda: cut() == [], timeout=3_000)
