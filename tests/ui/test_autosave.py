"""Autosave in the session editor: every save on the GUI thread, no checkpoint there.

The note editor saves on the GUI thread (so a save at focus-out, lock or close is done
before whatever follows); the vault's log is folded into its file by the vault's own
checkpoint thread. A coach typing through a long session never waits for a checkpoint,
and locking still leaves one whole file that opens with every word.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt

from coachdesk import clients, notes

SAVES = 1_500


def test_autosaves_leave_checkpoints_to_their_thread_and_lock_folds_the_log_in(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Long Session"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.note_action.trigger()
    editor = page.editors[-1]
    for n in range(SAVES):
        editor.editor.insertPlainText(f" word{n}")
        assert editor.save_now()
    checkpointer = vault._checkpoints
    assert checkpointer is not None and checkpointer.done > 0
    assert threading.get_ident() not in checkpointer.ran_on  # none on the GUI thread
    written = editor.editor.toPlainText()
    note_id = editor.note.id
    wal = Path(f"{vault.location.vault_file}-wal")
    window.lock()
    assert window.vault is None
    assert not [t for t in threading.enumerate() if t.name == "coachdesk-checkpoints"]
    assert not wal.exists() or wal.stat().st_size == 0  # all of it in the file
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None)
    assert notes.get(window.vault, note_id).body == written
    # Every save was within a minute of the first: its words are kept, then the newest.
    assert [r.body for r in notes.revisions(window.vault, note_id)] == [" word0", written]
