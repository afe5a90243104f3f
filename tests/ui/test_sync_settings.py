"""Settings → "Use this practice on another computer" (issue 17): choosing the sync folder,
starting off the GUI thread with progress, the pairing code shown only when asked for,
the folders refused, and who issues invoices (the hand-over, and Issue refused elsewhere)."""

from __future__ import annotations

from syncing import computer

from coachdesk.sync import issuer, practice
from coachdesk.vault import recovery
from tests import billing_setup
from ui import ask


def _code_on_screen(section) -> list[str]:
    return recovery.split_groups(section.code_box.code.text())


def test_starting_shows_what_the_other_computer_needs(qtbot, window, tmp_path):
    window.go_to("Settings")
    page = window.settings_page
    section = page.sync
    assert section.choose_button.isVisibleTo(page)
    assert "Syncthing" in section.intro.text() and "sends nothing" in section.intro.text()
    assert not section.folder.isVisibleTo(page) and not section.code_row.isVisibleTo(page)
    folder = tmp_path / "Dropbox" / "CoachDesk sync"
    folder.mkdir(parents=True)
    seen: list[tuple[int, int]] = []  # (value, maximum) at each move of the bar
    section.progress.valueChanged.connect(
        lambda value: seen.append((value, section.progress.maximum())))
    ask.set_next_paths(str(folder))
    with qtbot.waitSignal(page.sync_started, timeout=30_000):
        section.choose_button.click()
        assert section.progress.isVisible() and not section.choose_button.isEnabled()
    # The tables counted as they were logged, then busy while the bundle was written.
    assert any(0 < value < high for value, high in seen) and seen[-1] == (0, 0)
    assert not section.progress.isVisible() and section.choose_button.isEnabled()
    code = practice.pairing_code(window.vault)
    assert section.code_box.isVisible() and _code_on_screen(section) == \
        recovery.split_groups(code)
    assert "Join a practice I use on another computer" in section.code_box.steps.text()
    assert section.folder.text() == str(folder) and section.folder.isVisible()
    assert "first computer" in section.computer.text()
    assert section.issuer.text().startswith("This computer issues")
    # Nobody to hand invoicing to yet: the button says why it waits.
    assert not section.hand_button.isEnabled()
    assert "No other computer has synced" in section.hand_button.toolTip()
    assert section.hand_note.isVisible() and section.hand_note.text() == \
        section.hand_button.toolTip()
    assert not section.choose_row.isVisibleTo(page)  # no second start
    assert list((folder / "CoachDesk").rglob("*.cdsync"))  # the first bundle is there


def test_the_vault_folder_and_a_folder_inside_it_are_refused(qtbot, window):
    window.go_to("Settings")
    section = window.settings_page.sync
    own = window.vault.location.folder
    inside = own / "sync"
    inside.mkdir()
    for chosen in (own, inside):
        ask.set_next_paths(str(chosen))
        section.choose_button.click()
        qtbot.waitUntil(lambda: section.choose_button.isEnabled(), timeout=30_000)
        assert "holds your vault" in section.message.text()
        assert str(chosen) in section.message.text()
        assert practice.settings(window.vault) is None  # nothing started, nothing written
        assert not (chosen / "CoachDesk").exists()
    assert section.choose_row.isVisible()


def test_the_pairing_code_shows_on_a_click_and_hides_when_left_or_locked(qtbot, window,
                                                                         tmp_path):
    practice.start(window.vault, tmp_path / "Syncthing")
    window.go_to("Settings")
    page = window.settings_page
    section = page.sync
    section.refresh()
    assert section.code_row.isVisible() and not section.code_box.isVisible()
    assert section.code_box.code.text() == ""
    section.code_button.click()
    assert _code_on_screen(section) == recovery.split_groups(
        practice.pairing_code(window.vault))
    assert section.code_button.text().replace("&", "") == "Hide the pairing code"
    window.go_to("Today")
    assert section.code_box.code.text() == ""  # not kept behind the page either
    window.go_to("Settings")
    assert not section.code_box.isVisible()
    assert section.code_button.text().replace("&", "") == "Show the pairing code"
    section.code_button.click()
    assert section.code_box.isVisible()
    window.lock(ask_first=False)
    assert section.code_box.code.text() == "" and not section.code_box.isVisibleTo(page)


def test_invoicing_is_handed_to_a_computer_whose_changes_arrived(qtbot, window, tmp_path):
    laptop = window.vault
    lea_paid_herself = billing_setup.practice(laptop)[0]  # her engagement
    folder = tmp_path / "Syncthing"
    desktop = computer(tmp_path, "desktop")
    try:
        practice.join(desktop, folder, practice.start(laptop, folder))
        practice.exchange(laptop)  # the desktop's first bundle arrives on the laptop
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        assert section.hand_button.isEnabled()
        ask.set_next_answers(True)  # "Hand invoicing to computer B?"
        section.hand_button.click()
        asked = ask.shown[-1][1]
        assert "Computer B" in asked and "no computer issues invoices" in asked
        assert "D-B" not in asked  # an invoice's question shows no disclosure number
        assert not issuer.may_issue(laptop) and not issuer.may_issue(desktop)  # in transit
        # Not "B issues" before B has it (tryout finding 4): it does once it has synced.
        assert section.issuer.text().startswith("Invoicing was handed to Computer B")
        assert not section.hand_button.isVisible()
        practice.exchange(laptop)  # sent (the sync runner does this after each change)
        practice.exchange(desktop)  # and arrived: the desktop issues from now on
        assert issuer.may_issue(desktop)
        # The laptop's invoice form says why Issue is off, before anything is typed.
        from ui.dialogs.invoice import InvoiceDialog

        dialog = InvoiceDialog(laptop, lea_paid_herself.client_id, window)
        qtbot.addWidget(dialog)
        assert not dialog.save_button.isEnabled()
        assert dialog.not_here.text().startswith("Invoices are issued on one computer")
        assert dialog.save_button.toolTip() == dialog.not_here.text()
        on_desktop = InvoiceDialog(desktop, lea_paid_herself.client_id, window)
        qtbot.addWidget(on_desktop)
        assert on_desktop.save_button.isEnabled() and on_desktop.not_here.isHidden()
    finally:
        desktop.close()


def test_today_and_settings_warn_while_the_vault_lives_in_a_synced_folder(qtbot, window,
                                                                         tmp_path):
    today = window.today_page
    today.refresh()
    assert today.vault_synced.isHidden()  # an ordinary folder: nothing to say
    (tmp_path / ".stfolder").mkdir()  # Syncthing shares the folder above the vault
    today.refresh()
    assert today.vault_synced.isHidden()  # looked for once per opened vault
    vault = window.vault
    today.clear()  # as at lock, then unlock
    today.attach(vault)
    today.refresh()
    assert today.vault_synced.isVisible()
    words = today.vault_synced.words.text()
    assert "kept in step by Syncthing" in words and str(window.vault.location.folder) in words
    assert "conflicted copies" in words
    today.vault_synced.button.click()  # the way to the safe one
    assert window.current_page_name() == "Settings"
    section = window.settings_page.sync
    said = section.warning.text()  # the same warning, in words for where it is shown
    assert "kept in step by Syncthing" in said and section.warning.isVisible()
    assert section.choose_button.isVisible()  # syncing the practice the safe way is offered
