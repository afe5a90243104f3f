"""When sync runs, and what the status line says (issue 17; ui.sync_runner, ui.sync_status):
a practice that does not sync has no timer, no watcher and no status line; locking stops
everything; a missing sync folder is said calmly in the status line (no dialog, no folder
made where the stick was); a refused bundle is named in the tooltip, in German too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from coachdesk import clients, notes
from coachdesk.clients import ClientDraft
from coachdesk.sync import bundles, practice
from tests.syncing import computer
from ui.main_window import MainWindow


def opened(qtbot, vault) -> MainWindow:
    """A window over ``vault``; each round it runs is kept in ``win.rounds``."""
    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    win.rounds = []
    win.sync.exchanged.connect(win.rounds.append)
    win.resize(1280, 760)  # a laptop's window
    win.show()
    win.open_vault(vault)
    return win


def first_round(qtbot, win: MainWindow):
    """The round that runs at unlock, once the first screen is drawn."""
    qtbot.waitUntil(lambda: bool(win.rounds), timeout=15_000)
    return win.rounds[0]


def shown(qtbot, win: MainWindow) -> str:
    """The status line as the coach reads it, once the status bar has laid it out."""
    line = win.sync.status.line
    qtbot.waitUntil(lambda: line.text() == line.full_text(), timeout=5000)
    return line.text()


def test_a_practice_that_does_not_sync_has_no_timer_watcher_or_status_line(qtbot, window,
                                                                          vault):
    qtbot.waitUntil(lambda: window.sync._checked is vault, timeout=5000)
    runner = window.sync
    assert not runner.every.isActive()
    assert runner.watcher is None
    assert not runner.status.isVisible()
    assert not window.menu_actions.sync_now.isVisible()
    clients.add(vault, ClientDraft(name="Maya Okafor"))  # a change: nothing to send it to
    qtbot.wait(50)
    assert not runner.after_change.isActive()
    assert not runner.running


def test_locking_stops_the_timer_and_the_watcher(qtbot, tmp_path, asked):
    vault = computer(tmp_path, "laptop")
    practice.start(vault, tmp_path / "Syncthing")
    win = opened(qtbot, vault)
    done = first_round(qtbot, win)
    assert done.problem == ""
    runner = win.sync
    assert runner.every.isActive()
    assert runner.watcher is not None
    assert runner.status.isVisible() and win.menu_actions.sync_now.isVisible()
    assert "Synced just now" in shown(qtbot, win)
    win.lock(ask_first=False)
    assert not runner.every.isActive() and not runner.after_change.isActive()
    assert runner.watcher is None
    assert not runner.status.isVisible()
    assert runner.status.line.text() == ""
    assert not win.menu_actions.sync_now.isVisible()
    win.close()


def test_a_missing_folder_is_said_in_the_status_line_without_a_dialog(qtbot, tmp_path,
                                                                      asked):
    """The USB stick is unplugged: the line says so; nothing is made where it was; with
    the stick back, "Sync now" sends what waited."""
    stick = tmp_path / "stick"
    vault = computer(tmp_path, "laptop")
    practice.start(vault, stick)
    shutil.move(stick, tmp_path / "drawer")  # unplugged
    clients.add(vault, ClientDraft(name="Maya Okafor"))
    win = opened(qtbot, vault)  # strict ask: any dialog fails this test
    done = first_round(qtbot, win)
    assert done.problem == "folder_missing"
    line = shown(qtbot, win)
    assert "USB stick unplugged or sync folder moved?" in line
    assert not stick.exists()
    assert win.sync.every.isActive()  # it tries again, each minute
    shutil.move(tmp_path / "drawer", stick)  # plugged in again
    with qtbot.waitSignal(win.sync.exchanged, timeout=15_000) as heard:
        win.sync.status.button.click()
    assert heard.args[0].problem == "" and heard.args[0].exchange.sent > 0
    assert "Synced just now" in shown(qtbot, win)
    win.lock(ask_first=False)
    win.close()


@pytest.fixture
def two(tmp_path):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    practice.join(b, folder, practice.start(a, folder))
    yield a, b, folder
    a.close()
    b.close()


def _damaged_bundle(a, folder: Path) -> Path:
    """The laptop's next bundle, damaged on its way (bytes flipped in its middle)."""
    clients.add(a, ClientDraft(name="Jonas Berg"))
    practice.send(a)
    found = practice.settings(a)
    path = bundles.own(folder, found.practice_id, found.device_id)[-1]
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    return path


def test_a_refused_bundle_is_named_in_the_tooltip(qtbot, two, asked):
    a, b, folder = two
    path = _damaged_bundle(a, folder)
    win = opened(qtbot, b)
    done = first_round(qtbot, win)
    assert [r.path.name for r in done.exchange.refused] == [path.name]
    assert "1 file not applied" in shown(qtbot, win)
    tip = win.sync.status.toolTip()
    # By computer and reason, in words: no file name (tryout finding 6).
    assert "1 file from computer A not applied: " in tip and path.name not in tip
    assert "was changed or damaged after it was written" in tip \
        or "does not open with this practice's pairing code" in tip
    assert "This computer is computer B." in tip
    win.lock(ask_first=False)
    win.close()


def test_a_refused_bundle_is_named_in_the_tooltip_in_german(qtbot, two, asked, german):
    a, b, folder = two
    path = _damaged_bundle(a, folder)
    win = opened(qtbot, b)
    first_round(qtbot, win)
    line, tip = shown(qtbot, win), win.sync.status.toolTip()
    assert "1 Datei nicht übernommen" in line
    assert "Synchronisiert gerade eben" in line
    assert "1 Datei von Computer A nicht übernommen: " in tip and path.name not in tip
    assert ("wurde nach dem Schreiben verändert oder beschädigt" in tip
            or "lässt sich mit dem Kopplungscode dieser Praxis nicht öffnen" in tip)
    assert "Dieser Computer ist Computer B." in tip
    assert win.sync.status.button.text() == "Jetzt synchronisieren"
    # A narrow window keeps what matters (synced, a file not applied) and drops the times,
    # whole, rather than cutting words.
    win.resize(820, 760)
    qtbot.waitUntil(lambda: win.sync.status.line.text() != line, timeout=5000)
    assert win.sync.status.line.text() == \
        "Synchronisiert gerade eben · 1 Datei nicht übernommen"
    win.lock(ask_first=False)
    win.close()


def test_bundles_applied_start_no_other_exchange_and_requests_queue_one_more(qtbot, two,
                                                                            asked):
    """The exchange's own writes (a bundle applied: every page's records changed) start
    no exchange after it; three requests while one runs make exactly one more."""
    a, b, _folder = two
    win = MainWindow(b.location)
    qtbot.addWidget(win)
    win.sync.set_timing(after_change_ms=100, folder_settled_ms=100, every_ms=600_000)
    win.show()
    with qtbot.waitSignal(win.sync.exchanged, timeout=15_000):
        win.open_vault(b)
    rounds: list = []
    win.sync.exchanged.connect(rounds.append)
    clients.add(a, ClientDraft(name="Jonas Berg"))
    practice.send(a)  # a new file in the folder wakes B
    qtbot.waitUntil(lambda: len(rounds) == 1, timeout=15_000)
    assert rounds[0].exchange.applied  # Jonas came in, as a change notice of every kind
    qtbot.wait(1000)  # ten debounce intervals
    assert len(rounds) == 1 and not win.sync.running
    for _ in range(3):
        win.sync.sync_now()
    qtbot.waitUntil(lambda: len(rounds) == 3, timeout=15_000)
    qtbot.wait(500)
    assert len(rounds) == 3
    win.lock(ask_first=False)
    win.close()


def test_a_practice_that_starts_syncing_while_open_is_synced_from_then_on(qtbot, window,
                                                                          vault, tmp_path):
    """Settings → "Use this practice on another computer" starts syncing the open vault:
    its write (touching the settings) is enough for the runner to begin."""
    qtbot.waitUntil(lambda: window.sync._checked is vault, timeout=5000)
    assert not window.sync.status.isVisible()
    rounds: list = []
    window.sync.exchanged.connect(rounds.append)
    practice.start(vault, tmp_path / "Syncthing")
    qtbot.waitUntil(lambda: bool(rounds), timeout=15_000)
    assert rounds[0].problem == "" and window.sync.every.isActive()
    assert window.sync.status.isVisible() and window.menu_actions.sync_now.isVisible()


def test_notes_edited_on_two_computers_show_a_link_to_resolve_them(qtbot, two, asked):
    a, b, _folder = two
    maya = clients.add(a, ClientDraft(name="Maya Okafor"))
    note_a = notes.add(a, maya.id, "Maya wants to delegate more.").id
    practice.exchange(a)
    practice.exchange(b)
    note_b = notes.all_ids(b)[0]
    notes.save(a, note_a, "Maya wants to delegate more. (laptop)")
    notes.save(b, note_b, "Maya wants to delegate more. (desktop)")
    practice.send(a)
    win = opened(qtbot, b)
    done = first_round(qtbot, win)
    assert done.status.to_resolve == 1
    link = win.sync.status.resolve
    qtbot.waitUntil(link.isVisible, timeout=5000)
    assert "1 note to resolve" in link.text()
    link.linkActivated.emit("resolve")  # what a click on the link does
    from ui.dialogs.sync_conflicts import SyncConflictsDialog

    dialog = win.findChild(SyncConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    win.lock(ask_first=False)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    win.close()
