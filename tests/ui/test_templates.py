"""Note templates and action items as the coach meets them: a session started from a
template, each section kept with its own privacy, a checkbox line becoming an action
item, the next session opening with last time's open items, the client page's list,
and a template edited in Settings."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from coachdesk import action_items, clients, engagements, notes, templates
from ui.models.records import COACH_ONLY, WITH_CLIENT, BadgeRole, IdRole


@pytest.fixture
def on_client(window):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-05"))
    window.clients_page.model.refresh()
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    return window, page, client


def start(page, template_name: str | None = None):
    page.start_action.trigger()
    editor = page.editors[-1]
    if template_name is not None:
        editor.picker.setCurrentIndex(editor.picker.findText(template_name))
    return editor


def box(editor, heading: str):
    return next(b for b in editor.boxes if b.section.heading == heading)


def end(qtbot, page, editor) -> None:
    editor.close()
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)


def test_a_session_from_a_template_keeps_each_section_with_who_may_see_it(qtbot, on_client):
    window, page, _client = on_client
    vault = window.vault
    editor = start(page)
    assert editor.picker.currentText() == "Free page" and not editor.boxes  # as before
    editor.picker.setCurrentIndex(editor.picker.findText("Focus, insights, actions, reflection"))
    assert [b.section.heading for b in editor.boxes] == [
        "Focus", "Insights", "Actions", "Coach's reflection"]
    assert box(editor, "Focus").who.text() == WITH_CLIENT
    assert box(editor, "Coach's reflection").who.text() == COACH_ONLY + ", always"
    assert not editor.privacy.isVisible()  # each section says its own
    qtbot.keyClicks(box(editor, "Focus").edit, "Speaking up in the Monday review.")
    qtbot.keyClicks(box(editor, "Coach's reflection").edit, "I pushed too fast today.")
    assert not editor.picker.isEnabled()  # the first word fixes the page
    assert editor.save_now()
    held = {n.body: n for n in notes.get_many(vault, notes.ids_for_session(
        vault, editor.session_id)).values()}
    assert held["Speaking up in the Monday review."].privacy == notes.WITH_CLIENT
    assert held["I pushed too fast today."].privacy == notes.COACH_ONLY
    assert len(held) == 2  # empty sections make no note
    # On the Notes tab, the reflection's row offers only "Coach only".
    reflection = held["I pushed too fast today."]
    menu = page.note_row_menu(reflection.id)
    offered = {a.text(): a.isEnabled() for a in menu.actions() if a.isCheckable()}
    assert offered == {COACH_ONLY: True, WITH_CLIENT: False,
                       "Sponsor, if client approves": False}
    end(qtbot, page, editor)
    # Opened again from the note list: every section comes back, in order.
    page.open_note(reflection.id)
    again = page.editors[-1]
    assert [b.section.heading for b in again.boxes] == ["Focus", "Coach's reflection"]
    assert box(again, "Focus").edit.toPlainText() == "Speaking up in the Monday review."
    assert again.picker is None
    again.close()


def test_a_checkbox_line_becomes_an_action_item_and_the_next_session_reviews_it(
        qtbot, on_client):
    window, page, _client = on_client
    vault = window.vault
    editor = start(page, "GROW")
    way = box(editor, "Way forward").edit
    qtbot.keyClicks(way, "She chose the first step.")
    qtbot.keyClick(way, Qt.Key.Key_Return)
    qtbot.keyClicks(way, "[ ] Ask Sam for feedback after the review")
    qtbot.keyClick(way, Qt.Key.Key_Return)
    assert way.toPlainText().strip() == "She chose the first step."  # the line moved
    # In the coach's own reflection a checkbox line stays private text.
    mine = box(editor, "Coach's reflection").edit
    qtbot.keyClicks(mine, "[ ] read about feedback fear")
    qtbot.keyClick(mine, Qt.Key.Key_Return)
    assert "[ ] read about feedback fear" in mine.toPlainText()
    # The field adds one too, with its owner.
    panel = editor.items_panel
    panel.new_owner.setCurrentIndex(panel.new_owner.findData(action_items.COACH))
    qtbot.keyClicks(panel.new_text, "Send the article on feedback")
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    assert [r.words.text() for r in panel.rows] == [
        "Ask Sam for feedback after the review", "Send the article on feedback"]
    due = (datetime.now() + timedelta(days=7)).date()
    panel.rows[0].due.setDate(due)
    first_session = editor.session_id
    end(qtbot, page, editor)
    kept = action_items.for_session(vault, first_session)
    assert [(i.text, i.owner, i.due_on) for i in kept] == [
        ("Ask Sam for feedback after the review", "client", due.isoformat()),
        ("Send the article on feedback", "coach", None)]
    # The client page lists what is open, shared with the client.
    page.tabs.setCurrentWidget(page.open_items.view)
    model = page.open_items.model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert model.index(0).data(BadgeRole) == WITH_CLIENT
    assert "Ask Sam" in model.index(0).data(Qt.ItemDataRole.DisplayRole)
    # The next session opens with them to review; ticking one keeps it at once.
    editor = start(page)
    assert editor.session_id != first_session
    assert editor.picker.currentText() == "GROW"  # the page the last session used
    panel = editor.items_panel
    assert panel.review_heading.isVisibleTo(editor)
    assert [r.words.text() for r in panel.rows] == [
        "Ask Sam for feedback after the review", "Send the article on feedback"]
    panel.rows[0].done.setChecked(True)
    assert not action_items.get(vault, kept[0].id).is_open
    qtbot.waitUntil(lambda: model.rowCount() == 1)  # the page read it again
    assert model.index(0).data(IdRole) == kept[1].id
    editor.close()
    qtbot.waitUntil(editor.summary.isVisible)
    editor.summary.reject()


def test_templates_are_edited_and_added_in_settings(qtbot, window):
    window.go_to("Settings")
    page = window.settings_page.templates
    assert page.chooser.count() == 3
    page.new_template()
    qtbot.keyClicks(page.name, "Check-in")
    page.table.item(0, 0).setText("Arriving")
    page.table.item(0, 2).setText("How is the client arriving today?")
    page.add_button.click()
    page.table.item(1, 0).setText("My notes")
    page.table.cellWidget(1, 3).setChecked(True)  # the coach's reflection
    assert not page.table.cellWidget(1, 1).isEnabled()
    page.save_button.click()
    assert page.message.text().startswith("Saved")
    made = next(t for t in templates.all_templates(window.vault) if t.name == "Check-in")
    assert made.sections == (
        templates.Section("Arriving", notes.WITH_CLIENT, "How is the client arriving today?"),
        templates.Section("My notes", notes.COACH_ONLY, "", True))
    # A section without a heading is refused in plain words, and nothing typed is lost.
    page.add_button.click()
    page.save_button.click()
    assert page.message.text() == "Each section needs a heading."
    assert page.name.text() == "Check-in" and page.table.rowCount() == 3


def test_the_legal_record_holds_the_clients_action_items(vault):
    """Action items are part of the client's whole record (court order), read back from
    the PDF."""
    from coachdesk import legal_exports
    from tests.pdftext import pdf_text
    from ui.record_pdf import record_pdf

    client = clients.add(vault, clients.ClientDraft("Ines Duarte"))
    action_items.add(vault, client.id, "Ask Sam for feedback", due_on="2026-12-05")
    done = action_items.add(vault, client.id, "Book the room", owner=action_items.COACH)
    action_items.set_done(vault, done.id, True)
    record = legal_exports.whole_record(vault, client.id, on="2026-12-10")
    text = " ".join(pdf_text(record_pdf(record)).split())
    assert "Ask Sam for feedback (whose: Client; due: 2026-12-05; open)" in text
    assert "Book the room (whose: Coach; due: —; done on" in text
