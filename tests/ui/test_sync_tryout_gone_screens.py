"""Tryout findings 1-6 and 14 on screen: the computer marked as gone says so on its status
line and in Settings, offers no pairing code to make or show, and claims no invoicing;
the others' status lines do not count its refused files; a computer on the old code is
told it needs the new one, in words without file names; the one whose other computers
are all gone does not say "no other computer has synced"."""

from __future__ import annotations

from syncing import computer, settle

from coachdesk import clients
from coachdesk.sync import computers, keys, practice, status
from ui.sync_status import SyncStatus


def _line(qtbot, vault) -> SyncStatus:
    widget = SyncStatus()
    qtbot.addWidget(widget)
    widget.resize(1200, 30)
    widget.show_round(status.run_round(vault))
    return widget


def test_the_gone_computer_says_so_and_offers_no_code(qtbot, window, tmp_path):
    here = window.vault  # the first computer, A: marked as gone on the desktop
    folder = tmp_path / "Syncthing"
    desktop = computer(tmp_path, "desktop")
    try:
        practice.join(desktop, folder, practice.start(here, folder))
        settle(here, desktop)
        computers.mark_gone(desktop, practice.settings(here).device_id)
        settle(desktop, here)
        clients.add(here, clients.ClientDraft("Added on the lost laptop"))

        line = _line(qtbot, here)
        assert "Marked as gone on another computer" in line.line.full_text()
        assert "Synced" not in line.line.full_text()
        assert "Not gone after all" in line.toolTip()

        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        assert not section.new_code.make_button.isEnabled()
        assert section.new_code.gone.isVisible()
        assert "cannot make a new pairing code" in section.new_code.gone.text()
        assert not section.code_button.isVisible()
        assert not section.new_code.needs.isVisible()
        assert section.issuer.text().startswith("Another computer of the practice marked")
        assert not section.hand_button.isVisible()
        box = section.computers
        assert not box.take_button.isVisible()
        assert "lost computer" not in box.note.text()
        first = [box.model.item(0, c).text() for c in range(3)]
        assert first == ["This computer (A) (gone)", "", ""]  # claims no invoicing

        # On the desktop: the lost laptop's refused file is said once, in its row, and
        # never counted on the status line.
        practice.exchange(here)
        other = _line(qtbot, desktop)
        assert "not applied" not in other.line.full_text()
        assert "not applied" not in other.toolTip()
        assert "Synced" in other.line.full_text()
        from ui.pages.settings_computers import ComputersBox

        table = ComputersBox()
        qtbot.addWidget(table)
        table.refresh(desktop)
        assert "Computer A is marked as gone: what it sends is not taken in." in \
            table.note.text()
        assert [table.model.item(0, c).text() for c in range(3)] == [
            "This computer (B)", "", ""]  # the role is with A, gone: nobody issues
    finally:
        desktop.close()


def test_after_a_new_code_the_old_code_computer_is_told_in_words(qtbot, tmp_path, german):
    from syncing import two_computers

    with two_computers(tmp_path) as (laptop, desktop):
        settle(laptop, desktop)
        keys.new_code(laptop)
        clients.add(laptop, clients.ClientDraft("After the new code"))
        practice.exchange(laptop)
        widget = _line(qtbot, desktop)
        assert "braucht den neuen Kopplungscode" in widget.line.full_text()
        tip = widget.toolTip()
        assert "nach einem neuen Kopplungscode geschrieben" in tip
        for jargon in (".cdsync", "beschädigt", "Synchronisierungsschlüssel", "Bundle"):
            assert jargon not in tip
