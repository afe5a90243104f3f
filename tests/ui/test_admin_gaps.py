"""The practice's admin, gaps closed as a coach meets them: paid or pro bono per session
and per engagement on screen, action items from checkbox lines at a session's end, a
client's postal address on her invoice, and a templated session's headings on the
client's Notes tab."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt

from coachdesk import clients, credentials
from tests import billing_setup
from ui import ask, ops


@pytest.fixture
def practice(window):
    """A client with a paid engagement (EUR 120 a session) and two held sessions."""
    return (window, *billing_setup.ines(window.vault))


def _log_csv(qtbot, page, path) -> list[list[str]]:
    ask.set_next_paths(str(path))
    page.csv_button.click()
    qtbot.waitUntil(ops.idle)
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


# -- 1. paid or pro bono, per session and per engagement ---------------------------------
def test_a_session_made_pro_bono_on_screen_moves_its_hours_in_the_log_and_back(
        qtbot, practice, tmp_path):
    window, client, _engagement, _first, second = practice
    window.go_to("Credentials")
    log = window.page("Credentials")
    assert log.meters["paid"].figure.text().startswith("2.50 of")
    assert "Pro bono: 0.00 hours" in log.pro_bono.text()

    window.open_client(client.id)
    page = window.client_page
    page.edit_session(second.id)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    box = dialog.paid.box
    # The derived value is the first choice, with where it comes from.
    assert box.currentText() == "Paid — from the session's fee"
    assert "Not chosen" in dialog.paid.note.text()
    box.setCurrentIndex(box.findData("pro_bono"))
    assert dialog.has_changes()
    assert dialog.paid.note.text() == ("Your choice for this session. Without it (the first "
                                       "line): Paid — from the session's fee.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert credentials.session_paid(window.vault, second.id).said == "pro_bono"

    # The Credentials page follows at once (a change notice), and its CSV agrees.
    window.go_to("Credentials")
    qtbot.waitUntil(lambda: "Pro bono: 1.50 hours" in log.pro_bono.text())
    assert log.meters["paid"].figure.text().startswith("1.00 of")
    table = _log_csv(qtbot, log, tmp_path / "log.csv")
    assert table[1][6:8] == ["1.00", "1.50"]

    # Opened again, the override shows as the coach's; the first line goes back to derived.
    window.open_client(client.id)
    page.edit_session(second.id)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.paid.choice() == "pro_bono"
    dialog.paid.box.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert credentials.session_paid(window.vault, second.id).said is None
    window.go_to("Credentials")
    qtbot.waitUntil(lambda: "Pro bono: 0.00 hours" in log.pro_bono.text())
    assert _log_csv(qtbot, log, tmp_path / "again.csv")[1][6:8] == ["2.50", "0.00"]


def test_the_engagement_form_makes_a_paid_engagement_pro_bono_and_a_session_says_so(
        qtbot, practice, tmp_path):
    window, client, engagement, first, _second = practice
    window.open_client(client.id)
    page = window.client_page
    page.edit_engagement(engagement.id)
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.paid.box.currentText() == "Paid — from the engagement's fee"
    dialog.fee.setValue(0)  # the derived value follows the fee as it is typed
    assert dialog.paid.box.currentText() == "Pro bono — the engagement has no fee"
    dialog.fee.setValue(120)
    dialog.paid.box.setCurrentIndex(dialog.paid.box.findData("pro_bono"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert credentials.engagement_log(window.vault, engagement.id).paid == "pro_bono"

    # A session of it now derives pro bono from the engagement's entry.
    page.edit_session(first.id)
    edit = page.dialog
    qtbot.waitUntil(edit.isVisible)
    assert edit.paid.box.currentText() == "Pro bono — as the engagement's log entry says"
    edit.reject()
    window.go_to("Credentials")
    log = window.page("Credentials")
    qtbot.waitUntil(lambda: "Pro bono: 2.50 hours" in log.pro_bono.text())
    assert _log_csv(qtbot, log, tmp_path / "log.csv")[1][6:8] == ["0.00", "2.50"]


# -- 2. checkbox lines become action items at the session's end too ------------------------
def test_a_checkbox_line_left_without_return_becomes_an_item_when_the_session_ends(
        qtbot, practice):
    from coachdesk import action_items, notes, templates

    window, client, _engagement, _first, _second = practice
    vault = window.vault
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.start_action.trigger()
    editor = page.editors[-1]
    editor.picker.setCurrentIndex(editor.picker.findText("GROW"))
    way = next(b for b in editor.boxes if b.section.heading == "Way forward").edit
    qtbot.keyClicks(way, "She chose the first step.")
    qtbot.keyClick(way, Qt.Key.Key_Return)
    qtbot.keyClicks(way, "[ ] send the article")  # no Return: the session just ends
    mine = next(b for b in editor.boxes if b.section.is_reflection).edit
    qtbot.keyClicks(mine, "[ ] read about feedback fear")
    session_id = editor.session_id
    editor.close()
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    assert [(i.text, i.owner) for i in action_items.for_session(vault, session_id)] == [
        ("send the article", "client")]
    bodies = {templates.section_of(vault, n).heading: notes.get(vault, n).body
              for n in notes.ids_for_session(vault, session_id)}
    assert bodies == {"Way forward": "She chose the first step.",  # the line moved
                      "Coach's reflection": "[ ] read about feedback fear"}  # stays private

    # Opened again later: a new checkbox line becomes an item as the window closes; the
    # same words typed again make no second item (and leave the note all the same).
    page.open_note(notes.ids_for_session(vault, session_id)[0])
    again = page.editors[-1]
    way = next(b for b in again.boxes if b.section.heading == "Way forward").edit
    way.moveCursor(way.textCursor().MoveOperation.End)
    qtbot.keyClick(way, Qt.Key.Key_Return)
    qtbot.keyClicks(way, "- [ ] Send the  article")
    qtbot.keyClick(way, Qt.Key.Key_Return)  # lifted here, as before, but already an item
    qtbot.keyClicks(way, "[ ] call the sponsor's HR contact")
    again.close()
    qtbot.waitUntil(lambda: not page.editors)
    assert [i.text for i in action_items.for_session(vault, session_id)] == [
        "send the article", "call the sponsor's HR contact"]
    way_note = next(n for n in notes.ids_for_session(vault, session_id)
                    if templates.section_of(vault, n).heading == "Way forward")
    assert notes.get(vault, way_note).body.strip() == "She chose the first step."
    page.tabs.setCurrentWidget(page.open_items.view)
    qtbot.waitUntil(lambda: page.open_items.model.rowCount() == 2)


# -- 3. a client's postal address, on her page and her invoice -----------------------------
ADDRESS = "12 Rua Augusta\n1100-048 Lisboa\nPortugal"


def test_the_clients_address_is_typed_in_her_form_shown_on_her_page_and_printed_on_her_invoice(
        qtbot, practice, tmp_path):
    from coachdesk import invoices
    from tests.pdftext import pdf_text

    window, client, _engagement, _first, _second = practice
    vault = window.vault
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.no_address.isVisible()  # a quiet word: the invoice would go without one
    assert "No postal address for this client" in dialog.no_address.text()
    dialog.reject()

    window.go_to("Clients")
    window.clients_page.edit_client(client.id)
    form = window.clients_page.dialog
    qtbot.waitUntil(form.isVisible)
    assert form.address.toPlainText() == ""
    form.address.setPlainText(ADDRESS + "\n")
    assert form.has_changes()
    form.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.clients_page.dialog is None)
    assert clients.get(vault, client.id).address == ADDRESS  # the trailing break trimmed

    window.open_client(client.id)
    assert "12 Rua Augusta, 1100-048 Lisboa, Portugal" in page.contact.text()
    assert "ines@example.org" in page.contact.text()

    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.no_address.isVisible()
    dialog.buttons.accepted.emit()
    [invoice_id] = invoices.ids_for_client(vault, client.id)
    assert invoices.get(vault, invoice_id).bill_to_address == ADDRESS

    tab = page.invoices
    tab.view.setCurrentIndex(tab.model.index(0, 0))
    target = tmp_path / "invoice.pdf"
    ask.set_next_paths(str(target))
    tab.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    lines = [line.strip() for line in pdf_text(target.read_bytes()).splitlines()
             if line.strip()]
    start = lines.index("Ines Duarte")
    assert lines[start:start + 5] == ["Ines Duarte", "12 Rua Augusta", "1100-048 Lisboa",
                                      "Portugal", "ines@example.org"]

    # She moves: her details change, the invoice already issued keeps what it was issued with.
    clients.update(vault, client.id, clients.ClientDraft(
        "Ines Duarte", email="ines@example.org", address="Rua Nova 5\n4000 Porto"))
    assert invoices.get(vault, invoice_id).bill_to_address == ADDRESS


# -- 4. the Notes tab reads a templated session as its template does -----------------------
def test_the_notes_tab_shows_each_sections_heading_in_the_templates_order(qtbot, practice):
    from ui.models.records import BadgeRole, DetailRole

    window, client, _engagement, _first, _second = practice
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.start_action.trigger()
    editor = page.editors[-1]
    editor.picker.setCurrentIndex(editor.picker.findText("GROW"))
    boxes = {b.section.heading: b.edit for b in editor.boxes}
    # Written out of order: the reflection first, the goal last.
    for heading, words in (("Coach's reflection", "I rushed the options."),
                           ("Options", "Ask for a mentor; take the course."),
                           ("Goal", "Lead the Monday review by June.")):
        qtbot.keyClicks(boxes[heading], words)
        assert editor.save_now()
    editor.close()
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    # A free page written afterwards lists first, as the newest note.
    from coachdesk import notes

    notes.add(window.vault, client.id, "A thought between sessions.")

    page.tabs.setCurrentWidget(page.notes_view)
    model = page.notes_model
    qtbot.waitUntil(lambda: model.rowCount() == 4)
    shown = [model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(4)]
    assert shown == ["A thought between sessions.",
                     "Goal: Lead the Monday review by June.",
                     "Options: Ask for a mentor; take the course.",
                     "Coach's reflection: I rushed the options."]
    assert model.index(3).data(BadgeRole) == "Coach only"
    assert "private reflection" in model.index(0).data(DetailRole)  # a page: as before


# -- 5. a package billed whole, up front --------------------------------------------------
def test_a_package_is_billed_whole_from_the_new_invoice_form(qtbot, window, tmp_path):
    from coachdesk import invoices
    from tests.pdftext import pdf_text

    vault = window.vault
    client, package, _held = billing_setup.package(  # nothing held: sold up front
        vault, address=ADDRESS, expires=None, held_months=())
    window.open_client(client.id)
    page = window.client_page
    tab = page.invoices
    page.tabs.setCurrentWidget(tab.view)
    tab.new_button.click()
    dialog = page.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.whole_package.isVisible() and dialog.whole_package.isChecked()
    assert dialog.whole_package.text().replace("\xa0", " ") == \
        "Bill the whole package now: 6 sessions for EUR 900.00"
    assert not dialog.sessions.isEnabled()
    assert "The whole package · subtotal EUR 900.00" in dialog.sums.text().replace("\xa0", " ")
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    [invoice_id] = invoices.ids_for_client(vault, client.id)

    tab.view.setCurrentIndex(tab.model.index(0, 0))
    target = tmp_path / "package.pdf"
    ask.set_next_paths(str(target))
    tab.pdf_button.click()
    qtbot.waitUntil(ops.idle)
    text = pdf_text(target.read_bytes())
    assert "Package of 6 coaching sessions" in text and "12 Rua Augusta" in text
    assert "Total time" not in text  # sessions still to come: no time billed
    assert "EUR 900.00" in text.replace("\xa0", " ")
    assert not invoices.package_billable(vault, package.id)
    assert invoices.get(vault, invoice_id).lines[0].record_kind == "package"


def test_a_checkbox_line_too_long_for_an_item_stays_in_the_note_with_the_reason(
        qtbot, practice):
    from coachdesk import action_items

    window, client, _engagement, _first, _second = practice
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.start_action.trigger()
    editor = page.editors[-1]
    editor.picker.setCurrentIndex(editor.picker.findText("GROW"))
    way = next(b for b in editor.boxes if b.section.heading == "Way forward").edit
    long_line = "[ ] " + "read the whole report on feedback cultures " * 6
    qtbot.keyClicks(way, long_line)
    qtbot.keyClick(way, Qt.Key.Key_Return)  # refused as an item: the words stay as typed
    assert long_line in way.toPlainText()
    assert "200" in editor.items_panel.message.text()
    editor.close()  # at the end too: refused again, kept in the note, nothing lost
    qtbot.waitUntil(editor.summary.isVisible)
    qtbot.mouseClick(editor.summary.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.editors)
    assert action_items.for_session(window.vault, editor.session_id) == []
    from coachdesk import notes

    assert any(long_line.strip() in notes.get(window.vault, n).body
               for n in notes.ids_for_session(window.vault, editor.session_id))
