"""What a careful review found, each now driven the way it went wrong."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from coachdesk import agreements, clients, engagements, exports, notes, sponsors
from ui import ask


def test_tooltips_show_client_text_as_typed_never_as_html(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Ana <i>Italic</i>"))
    hidden = "Session: <b>secret</b> <font color=white>hidden</font> <img src='file:///x'>"
    notes.add(vault, client.id, hidden)
    window.clients_page.model.refresh()
    table = window.clients_page.model
    tips = [table.data(table.index(0, 0), Qt.ItemDataRole.ToolTipRole)]
    window.open_client(client.id)
    model = window.client_page.notes_model
    tips.append(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))
    shown = []
    for tip in tips:
        document = QTextDocument()
        document.setHtml(tip)  # what Qt does with a tooltip that looks like HTML
        shown.append(document.toPlainText())
    assert shown[0] == "Ana <i>Italic</i>"
    assert shown[1].splitlines()[0] == f"Coach only: {hidden}"  # then the note's date


CLIPBOARD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ui.clipboard import forget_clipboard
board = app.clipboard()
board.setText("confidential words copied from a note")
app.processEvents()
print("owned", board.ownsClipboard())
forget_clipboard()
app.processEvents()
print("after", repr(board.text()))
"""


def test_lock_clears_what_coachdesk_put_on_the_clipboard():
    """On a real X server (the offscreen platform has no clipboard owner to ask)."""
    import os
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    import pytest

    if shutil.which("xvfb-run") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must have xvfb-run for the clipboard test")
        pytest.skip("xvfb-run is not installed")
    root = str(Path(__file__).resolve().parents[2])
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    done = subprocess.run(["xvfb-run", "-a", sys.executable, "-c", CLIPBOARD, root], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.split("\n")[:2] == ["owned True", "after ''"], done.stderr


def test_one_editor_per_note(qtbot, window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Ana"))
    note = notes.add(vault, client.id, "start")
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.open_note(note.id)
    page.open_note(note.id)  # from search, then from the list
    assert len(page.editors) == 1
    page.editors[0].close()


def test_an_idle_lock_that_cannot_save_a_note_says_so_after_unlocking(qtbot, window, asked):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Ana"))
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.note_action.trigger()
    editor = page.editors[-1]
    editor.editor.setPlainText(("far too long a paste " * 4 + "\n") * 210_000)
    assert not editor.save_now()
    asked.set_next_answers(False)
    window.lock()  # a manual lock asks first: this note cannot be saved
    assert window.vault is vault and asked.shown[-1][0] == "Lock CoachDesk"
    window.lock_when_idle()  # idle lock does not ask; the text goes with the screen
    assert window.vault is None and page.editors == []
    asked.set_next_answers(True)
    window.unlock_page.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None)
    assert asked.shown[-1][0] == "A note was not saved"


def test_an_idle_lock_during_the_lock_question_leaves_one_clean_lock(qtbot, window, asked,
                                                                     monkeypatch):
    page = window.clients_page
    page.new_action.trigger()
    qtbot.keyClicks(page.dialog.name, "typed")

    def idle_fires_while_asking(*_args, **_kwargs):
        window.lock_when_idle()
        return True

    monkeypatch.setattr(ask, "confirm", idle_fires_while_asking)
    window.lock()
    assert window.vault is None and window.screens.currentWidget() is window.unlock_page


def test_no_pdf_is_written_if_coachdesk_locked_while_choosing_where(qtbot, window, tmp_path,
                                                                    monkeypatch):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme"))
    client = clients.add(vault, clients.ClientDraft("Ines"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-01", sponsor_id=sponsor.id))
    created = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, "K"))
    window.go_to("Agreements")
    page = window.agreements_page
    page.select(created.id)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "agreement.pdf"

    def lock_while_choosing(*_args):
        window.lock_when_idle()
        return str(target)

    monkeypatch.setattr(ask, "save_path", lock_while_choosing)
    page.export_pdf()
    assert list(folder.iterdir()) == []  # nothing written, not even a partial file
    window.unlock_page.try_keyring()
    qtbot.waitUntil(lambda: window.vault is not None)
    assert exports.for_record(window.vault, "agreement", created.id) == []


def test_a_goal_still_being_typed_is_part_of_the_engagement(qtbot, window, asked):
    client = clients.add(window.vault, clients.ClientDraft("Ana"))
    window.open_client(client.id)
    page = window.client_page
    page.engagement_button.click()
    dialog = page.dialog
    dialog.add_goal("", "client")
    field = dialog.goals.cellWidget(0, 0)
    qtbot.keyClicks(field, "Speak up earlier")  # no Enter, no focus change
    assert dialog.has_changes() and page.unsaved_work()
    dialog.save()
    saved = engagements.for_client(window.vault, client.id)[0]
    assert [g.text for g in saved.goals] == ["Speak up earlier"]


def test_lock_forgets_sponsor_details_held_off_screen(qtbot, window):
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Acme"))
    sponsors.add_contact(window.vault, sponsor.id, sponsors.ContactDraft("Pat", "HR"))
    window.sponsors_page.refresh()
    window.go_to("Sponsors")
    window.sponsors_page.select(sponsor.id)
    window.lock()
    page = window.sponsors_page
    assert page._contacts == {} and page._engagements == {}
    assert page.contacts_model.rowCount() == 0 and page.allows.text() == ""



def test_qts_file_dialog_keeps_no_history_of_the_folders_visited(qtbot, tmp_path):
    """Qt's own dialog writes the folders it visited to QtProject.conf; a folder can be
    named after a client."""
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog

    from ui import ask

    folder = tmp_path / "Clients" / "Maya Okafor"
    folder.mkdir(parents=True)
    ask.set_strict(False)  # a real dialog this time

    def close_it():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, close_it)
            return
        dialog.reject()

    QTimer.singleShot(50, close_it)
    assert ask.choose_folder(None, "Where should backups go?", str(folder)) is None
    qt_settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt_settings.sync()
    remembered = [str(qt_settings.value(k)) for k in qt_settings.allKeys()]
    assert not any("Okafor" in value for value in remembered), remembered  # nor as a URL
