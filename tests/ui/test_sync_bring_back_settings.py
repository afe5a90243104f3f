"""Settings → the practice's computers: a computer shown as gone offers "Not gone after
all…", asks first saying what it does, and the row reads as before once it is brought
back; a refusal (invoicing taken back meanwhile) is said calmly in the box, nothing
changed."""

from __future__ import annotations

from syncing import computer

from coachdesk.sync import computers, issuer, practice
from tests import billing_setup
from ui import ask


def _names(box) -> list[str]:
    return [box.model.item(r, 0).text() for r in range(box.model.rowCount())]


def test_a_computer_marked_by_mistake_is_brought_back_after_a_question(
        qtbot, window, tmp_path):
    laptop = window.vault
    folder = tmp_path / "Syncthing"
    desktop = computer(tmp_path, "desktop")
    try:
        practice.join(desktop, folder, practice.start(laptop, folder))
        practice.exchange(laptop)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.computers
        box.view.selectRow(1)
        assert box.gone_button.isVisible() and not box.back_button.isVisible()
        ask.set_next_answers(True)
        box.gone_button.click()
        qtbot.waitUntil(lambda: _names(box)[1] == "Computer B (gone)", timeout=10_000)
        box.view.selectRow(1)
        # For a computer shown as gone the button undoes the mark.
        assert box.back_button.isVisible() and box.back_button.isEnabled()
        assert box.back_button.text().replace("&", "") == "Not gone after all…"
        assert not box.gone_button.isVisible()
        box.view.selectRow(0)  # this computer: mark as gone (disabled) again
        assert box.gone_button.isVisible() and not box.back_button.isVisible()
        box.view.selectRow(1)
        ask.set_next_answers(False)
        box.back_button.click()
        asked = ask.shown[-1][1]
        assert "Computer B" in asked and "by mistake" in asked
        assert "while it was marked" in asked
        assert computers.listing(laptop)[1].gone  # said no: nothing written
        ask.set_next_answers(True)
        box.back_button.click()
        qtbot.waitUntil(lambda: _names(box)[1] == "Computer B", timeout=10_000)
        assert not box.message.isVisible()
        assert not computers.listing(laptop)[1].gone
        from ui.dialogs.audit_log import AuditLogDialog

        log = AuditLogDialog(laptop, window)
        qtbot.addWidget(log)
        qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
        said = [log.model.item(r, 2).text() for r in range(log.model.rowCount())]
        assert "A computer marked as gone" in said
        assert "A computer marked as gone brought back" in said
    finally:
        desktop.close()


def test_bringing_back_is_refused_in_words_once_invoicing_was_taken_back(
        qtbot, window, tmp_path):
    here = window.vault
    folder = tmp_path / "Syncthing"
    laptop = computer(tmp_path, "laptop")
    try:
        billing_setup.practice(laptop)
        practice.join(here, folder, practice.start(laptop, folder))
        computers.mark_gone(here, practice.settings(laptop).device_id)
        issuer.take_back(here)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.computers
        assert _names(box)[1] == "Computer A (gone)"
        box.view.selectRow(1)
        ask.set_next_answers(True)
        box.back_button.click()
        qtbot.waitUntil(box.message.isVisible, timeout=10_000)
        said = box.message.text()
        assert "That computer cannot be brought back" in said
        assert "invoicing moved to another computer" in said
        assert "join the practice from it as a new computer" in said
        assert computers.listing(here)[1].gone  # nothing changed
        assert _names(box)[1] == "Computer A (gone)"
    finally:
        laptop.close()
