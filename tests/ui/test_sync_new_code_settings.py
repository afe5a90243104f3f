"""Settings → a new pairing code (issue 17): made on one computer after a confirmation
that says what to do on the others, shown with those steps; on the other computer the
section says it needs the new code, refuses a wrong one in words, and syncs again once
the new one is typed."""

from __future__ import annotations

from syncing import computer

from coachdesk import clients
from coachdesk.sync import keys, practice
from coachdesk.vault import recovery
from ui import ask


def _shown_code(section) -> str:
    return "".join(section.code_box.code.text().split())


def test_a_new_code_is_made_here_after_a_clear_question(qtbot, window, tmp_path):
    laptop = window.vault
    folder = tmp_path / "Syncthing"
    desktop = computer(tmp_path, "desktop")
    try:
        old = practice.start(laptop, folder)
        practice.join(desktop, folder, old)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.new_code
        assert box.make_button.isVisible() and not box.needs.isVisible()
        ask.set_next_answers(False)
        box.make_button.click()
        asked = ask.shown[-1][1]
        assert "sold or lost" in asked and "each other computer" in asked
        assert "nothing made on either is lost" in asked
        assert practice.pairing_code(laptop) == old  # said no: nothing changed

        ask.set_next_answers(True)
        box.make_button.click()
        qtbot.waitUntil(lambda: section.code_box.isVisible(), timeout=20_000)
        new = practice.pairing_code(laptop)
        assert new != old
        assert _shown_code(section) == "".join(recovery.split_groups(new))
        assert "each other computer" in section.code_box.steps.text()
        assert keys.state(desktop).newer is not None
        # Hidden and shown again: the code with the joining steps, as before.
        section.toggle_code()
        section.toggle_code()
        assert "Join a practice" in section.code_box.steps.text()
    finally:
        desktop.close()


def test_the_other_computer_asks_for_the_new_code_and_syncs_again(qtbot, window, tmp_path):
    desktop = window.vault
    folder = tmp_path / "Syncthing"
    laptop = computer(tmp_path, "laptop")
    try:
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        new = keys.new_code(laptop)
        clients.add(laptop, clients.ClientDraft("Made after the new code"))
        practice.exchange(laptop)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.new_code
        assert box.needs.isVisible() and box.code.isVisible()
        assert "needs the practice's new pairing code" in box.needs.text()
        assert not box.make_button.isVisible()  # a second new code would only split them
        assert not section.code_button.isVisible()  # the old code lets nobody join now

        box.code.setText(recovery.encode(bytes(32)))  # well formed, but not the new code
        assert box.use_button.isEnabled()
        box.use_button.click()
        qtbot.waitUntil(lambda: "not the practice's new pairing code" in box.message.text(),
                        timeout=20_000)
        assert box.needs.isVisible()

        box.code.setText(new)
        box.use_button.click()
        qtbot.waitUntil(lambda: not box.needs.isVisible(), timeout=20_000)
        assert box.make_button.isVisible() and box.code.text() == ""
        assert section.code_button.isVisible()
        assert practice.pairing_code(desktop) == new
        names = {n for (n,) in desktop.read("SELECT name FROM clients")}
        assert "Made after the new code" in names
    finally:
        laptop.close()


def test_the_status_line_says_a_new_code_is_needed_not_damage(qtbot, tmp_path, asked):
    """The computer that meets the new code's bundles: the line names what to do."""
    from tests.ui.test_sync_runner import first_round, opened, shown

    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    try:
        practice.join(desktop, folder, practice.start(laptop, folder))
        keys.new_code(laptop)
        win = opened(qtbot, desktop)
        done = first_round(qtbot, win)
        assert done.problem == "new_code"
        line = shown(qtbot, win)
        assert "needs the practice's new pairing code (Settings)" in line
        assert "damaged" not in line
        win.lock(ask_first=False)
        win.close()
    finally:
        laptop.close()
        desktop.close()
