"""A client's page and the session editor, driven as a coach would during a session."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coachdesk import clients, engagements, notes, sessions
from ui.models.records import COACH_ONLY, MAY_REPORT, WITH_CLIENT, BadgeRole
from ui.session_editor import SAVE_AFTER_PAUSE_MS, WINDOW_TITLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def client_window(window):
    """The window on one client with an engagement, goals and a session held."""
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad", "she/her"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", "2026-12-31", goals=(
            engagements.GoalDraft("Lead the new team with confidence", "client_and_sponsor"),
            engagements.GoalDraft("Decide whether to stay", "client"))))
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-02T09:00", 60,
                                                        "Online", 0, "held"))
    notes.add(vault, client.id, "<b>Not bold</b> talked about the board", session_id=session.id,
              is_private=False)
    notes.add(vault, client.id, "My own reflection", is_private=True)
    page = window.clients_page
    page.model.refresh()
    page.select_client(client.id)
    page.table.setFocus()
    page.open_action.trigger()
    window.client_page.full_screen_editor = False
    return window, client


def rows(model, role=Qt.ItemDataRole.DisplayRole):
    return [model.data(model.index(r, 0), role) for r in range(model.rowCount())]


def test_client_page_says_who_may_see_each_item(client_window):
    window, client = client_window
    page = window.client_page
    assert window.clients_section.currentWidget() is page
    assert page.name.text() == "Noor Haddad" and window.windowTitle() == "CoachDesk"
    assert dict(zip(rows(page.notes_model), rows(page.notes_model, BadgeRole), strict=True)) == {
        "My own reflection": COACH_ONLY,
        "<b>Not bold</b> talked about the board": WITH_CLIENT,  # shown as typed, not rendered
    }
    assert dict(zip(rows(page.goals_model), rows(page.goals_model, BadgeRole), strict=True)) == {
        "Lead the new team with confidence": MAY_REPORT,
        "Decide whether to stay": WITH_CLIENT,
    }
    assert rows(page.sessions_model, BadgeRole) == ["Held"]
    page.back_action.trigger()
    assert window.clients_section.currentWidget() is window.clients_page
    assert window.clients_page.selected_client().id == client.id


def test_a_session_note_saves_itself_after_a_pause(qtbot, client_window):
    window, _client = client_window
    page = window.client_page
    page.start_action.trigger()
    editor = page.editors[-1]
    assert editor.windowTitle() == WINDOW_TITLE  # no client name in any title
    assert editor.client.text() == "Noor Haddad"
    qtbot.keyClicks(editor.editor, "She named the fear. Next: one honest conversation.")
    assert editor.note is None  # nothing stored while the coach is still typing
    qtbot.waitUntil(lambda: editor.note is not None, timeout=SAVE_AFTER_PAUSE_MS * 4)
    stored = notes.get(window.vault, editor.note.id)
    assert stored.body == "She named the fear. Next: one honest conversation."
    assert stored.session_id is not None  # a session was recorded for today
    assert "Saved" in editor.status.text()


def test_undo_redo_and_revisions(qtbot, client_window):
    window, _client = client_window
    page = window.client_page
    page.note_action.trigger()
    editor = page.editors[-1]
    qtbot.keyClicks(editor.editor, "first words")
    assert editor.save_now()
    editor.editor.selectAll()
    qtbot.keyClicks(editor.editor, "a better sentence")
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.editor.toPlainText() == "first words"
    qtbot.keyClick(editor.editor, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.editor.toPlainText() == "a better sentence"
    assert editor.save_now()
    history = [r.body for r in notes.revisions(window.vault, editor.note.id)]
    assert history == ["first words", "a better sentence"]


def test_leaving_the_editor_saves_at_once(qtbot, client_window):
    window, _client = client_window
    page = window.client_page
    page.note_action.trigger()
    editor = page.editors[-1]
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, "typed just before looking away")
    editor.privacy.setFocus()  # focus leaves the text: saved now, not in 700 ms
    assert editor.note is not None
    stored = notes.get(window.vault, editor.note.id)
    assert stored.body == "typed just before looking away"
    assert stored.is_private  # a new note is the coach's own until shared
    editor.privacy.setCurrentIndex(editor.privacy.findText("Shared with client"))
    assert notes.get(window.vault, editor.note.id).privacy == notes.WITH_CLIENT


def test_a_paste_past_the_limit_is_refused_and_kept_on_screen(qtbot, client_window):
    window, _client = client_window
    page = window.client_page
    page.note_action.trigger()
    editor = page.editors[-1]
    huge = ("a long pasted transcript line " * 3 + "\n") * 190_000  # about 17 MB
    editor.editor.setPlainText(huge)
    assert not editor.save_now()
    assert "the most CoachDesk keeps in one is 16 MB" in editor.refusal.text()
    assert len(editor.editor.toPlainText()) == len(huge)
    editor.close()
    assert editor.isVisible()  # closing would lose it: the editor stays open
    editor.editor.setPlainText("short again")
    editor.close()
    assert not page.editors


def test_lock_saves_the_open_note_and_clears_it(qtbot, client_window):
    window, client = client_window
    page = window.client_page
    page.start_action.trigger()
    editor = page.editors[-1]
    editor.editor.insertPlainText("Saved by the lock 🔒 שלום")
    window.lock()
    assert window.vault is None and page.editors == [] and page.client is None
    assert page.notes_model.rowCount() == 0
    assert window.clients_section.currentWidget() is window.clients_page
    from ui import ask

    ask.set_next_answers(False)  # the session it cut short: "Keep it as it is"
    qtbot.mouseClick(window.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None)
    qtbot.waitUntil(lambda: bool(ask.shown) and ask.shown[-1][0] == "A session was cut short")
    bodies = [n.body for n in notes.get_many(
        window.vault, notes.ids_for_client(window.vault, client.id)).values()]
    assert "Saved by the lock 🔒 שלום" in bodies


DRIVER = r'''
import os, signal, sys, time
sys.path.insert(0, sys.argv[1])
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
from PySide6.QtTest import QTest
from coachdesk import vault as vaults, clients
from coachdesk.paths import VaultLocation
from ui.main_window import MainWindow
app = QApplication([])
location = VaultLocation.default()
vault = vaults.unlock_with_passphrase(location, "kill test passphrase")
window = MainWindow(location); window.show(); window.open_vault(vault)
window.open_client(clients.list_ids(vault)[0])
window.client_page.full_screen_editor = False
window.client_page.start_action.trigger()
editor = window.client_page.editors[-1]
QTest.keyClicks(editor.editor, "Written just before the laptop died")
QTest.qWait(1500)  # a pause: the autosave has run
print("typed", flush=True)
os.kill(os.getpid(), signal.SIGKILL)
'''


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_the_note_survives_an_abrupt_end(tmp_path, location):
    from coachdesk import vault as vaults

    plan = vaults.plan_passphrase_vault("kill test passphrase")
    v = vaults.create(location, plan)
    clients.add(v, clients.ClientDraft("Ada Lovelace"))
    v.close()
    env = dict(os.environ, COACHDESK_HOME=str(location.folder))
    done = subprocess.run([sys.executable, "-c", DRIVER, str(ROOT)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert "typed" in done.stdout
    again = vaults.unlock_with_passphrase(location, "kill test passphrase")
    client_id = clients.list_ids(again)[0]
    bodies = [n.body for n in notes.get_many(again, notes.ids_for_client(again, client_id))
              .values()]
    again.close()
    assert bodies == ["Written just before the laptop died"]


def test_search_everything_opens_what_it_finds(qtbot, client_window):
    window, _client = client_window
    window.client_page.back_action.trigger()
    window.search_action.trigger()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "board")
    qtbot.waitUntil(lambda: len(dialog.hits) == 1)
    hit = dialog.hits[0]
    assert hit.kind == "note" and "board" not in hit.title  # listed by client and date
    assert hit.title.startswith("Note for Noor Haddad")
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert window.clients_section.currentWidget() is window.client_page
    editor = window.client_page.editors[-1]
    assert editor.editor.toPlainText() == "<b>Not bold</b> talked about the board"
    editor.close()

    window.search_action.trigger()
    dialog = window.search_dialog
    qtbot.keyClicks(dialog.field, "zzzz")
    qtbot.waitUntil(lambda: dialog.empty.text() == "Nothing matches.")
    window.lock()
    assert dialog.field.text() == "" and dialog.hits == []


def test_an_engagement_with_goals_and_the_refusal_of_a_hidden_goal(qtbot, client_window, asked):
    from coachdesk import sponsors

    window, client = client_window
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Acme Robotics"))
    page = window.client_page
    page.engagement_button.click()
    dialog = page.dialog
    assert dialog.windowTitle() == "New engagement"
    qtbot.keyClicks(dialog.title, "Leadership coaching")
    dialog.sponsor.setCurrentIndex(dialog.sponsor.findData(sponsor.id))
    dialog.fee.setValue(3600)
    dialog.add_goal("Speak up earlier in meetings", "client_and_sponsor")
    dialog.add_goal("Find out whether she plans to leave", "client")
    # The sponsor-only choice is shown, disabled, with the reason (ICF) as its tooltip.
    choice = dialog.goals.cellWidget(1, 1)
    hidden = choice.model().item(choice.findData("sponsor_only"))
    assert not hidden.isEnabled()
    assert "Every goal must be visible to the client" in hidden.toolTip()
    assert "ICF" in hidden.toolTip()
    dialog.ends.setDate(dialog.starts.date().addDays(-1))
    dialog.save()
    assert "end date is before the start date" in dialog.message.text()
    dialog.ends.setDate(dialog.starts.date().addMonths(6))
    dialog.save()
    assert not dialog.isVisible()
    goals = dict(zip(rows(page.goals_model), rows(page.goals_model, BadgeRole), strict=True))
    assert goals["Speak up earlier in meetings"] == MAY_REPORT
    assert goals["Find out whether she plans to leave"] == WITH_CLIENT
    saved = engagements.for_client(window.vault, client.id)[0]
    assert (saved.sponsor_id, saved.fee_cents, saved.title) == (sponsor.id, 360000,
                                                                "Leadership coaching")
