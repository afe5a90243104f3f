"""Issue 17, done when: two CoachDesk windows on one machine, each with its own home (its
own vault), sharing one sync folder. A client added in A's window appears in B's Clients
list within seconds, and a note edited in B's window reaches A, carried only by the
runner's own triggers (A's send a moment after the change; B wakes when the folder
changes, or at its timer), with their waits shortened for the test, never by calling
the exchange by hand."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from coachdesk import clients, notes
from coachdesk.clients import ClientDraft
from coachdesk.sync import practice
from tests.syncing import computer
from ui.main_window import MainWindow
from ui.models.clients import COL_NAME

SECONDS = 15  # "within seconds of a sync", with room for a loaded machine


def names_shown(win: MainWindow) -> list[str]:
    model = win.clients_page.model
    return [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]


def window_over(qtbot, vault, *, every_ms: int) -> MainWindow:
    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    # Waits shortened for the test: a change goes out 0.3 s after the last one; new files
    # in the folder are read 0.2 s after they appear; the timer is the fallback.
    win.sync.set_timing(after_change_ms=300, folder_settled_ms=200, every_ms=every_ms)
    win.show()
    with qtbot.waitSignal(win.sync.exchanged, timeout=SECONDS * 1000):
        win.open_vault(vault)  # the first exchange runs once the first screen is drawn
    return win


def test_a_change_in_one_window_appears_in_the_other(qtbot, tmp_path, asked):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    maya = clients.add(a, ClientDraft(name="Maya Okafor"))
    notes.add(a, maya.id, "Maya wants to delegate more.")
    practice.join(b, folder, practice.start(a, folder))
    # A sends on its own changes; B is woken by the folder (its timer only a fallback).
    win_a = window_over(qtbot, a, every_ms=60_000)
    win_b = window_over(qtbot, b, every_ms=10_000)
    try:
        win_b.go_to("Clients")
        assert names_shown(win_b) == ["Maya Okafor"]

        # In A's window: Clients → New client…, typed and saved.
        win_a.go_to("Clients")
        win_a.new_client_action.trigger()
        dialog = win_a.clients_page.dialog
        qtbot.keyClicks(dialog.name, "Noor Haddad")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        saved = time.monotonic()
        assert names_shown(win_a) == ["Maya Okafor", "Noor Haddad"]
        qtbot.waitUntil(lambda: "Noor Haddad" in names_shown(win_b), timeout=SECONDS * 1000)
        took = time.monotonic() - saved
        assert took < SECONDS
        print(f"A's new client in B's list after {took:.1f} s")
        qtbot.waitUntil(lambda: "from computer A" in win_b.sync.status.line.text(),
                        timeout=5000)  # as the status bar lays the line out
        assert "received" in win_b.sync.status.line.text()

        # In B's window: Maya's note, edited and saved.
        win_b.open_client(next(i for i in clients.list_ids(b)
                               if clients.get(b, i).name == "Maya Okafor"))
        page = win_b.client_page
        note_b = notes.ids_for_client(b, page.client.id)[0]
        page.open_note(note_b)
        editor = page.editors[-1]
        editor.editor.moveCursor(editor.editor.textCursor().MoveOperation.End)
        editor.editor.insertPlainText(" Agreed: one task a week.")
        assert editor.save_now()
        saved = time.monotonic()
        note_a = notes.ids_for_client(a, maya.id)[0]
        qtbot.waitUntil(lambda: notes.get(a, note_a).body.endswith("one task a week."),
                        timeout=SECONDS * 1000)
        took = time.monotonic() - saved
        print(f"B's note edit on A after {took:.1f} s")
        assert notes.get(a, note_a).body == "Maya wants to delegate more. Agreed: one task a week."
        qtbot.waitUntil(lambda: "from computer B" in win_a.sync.status.line.text(),
                        timeout=SECONDS * 1000)
        editor.close()
    finally:
        for win in (win_a, win_b):
            win.lock(ask_first=False)
            win.close()
        a.close()
        b.close()
