"""The tryout's layout findings in the sync parts (issue 17; tryout findings 8, 9, 10,
11 and 16): Settings' sync section shows every word whole in German as its list of
computers grows, a long notice reads whole, a refused sync folder says so where the
coach looks, the synced-folder warning leads to what fixes it, and the note editor's
Close button stays where it was when "Saved" appears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QScrollArea,
    QWidget,
)
from syncing import computer

from coachdesk import clients
from coachdesk.sync import practice
from ui import notice


def on_screen(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def shown_parts(section) -> list[QWidget]:
    """The sync section's shown words, buttons and lists (its rows' labels included)."""
    form = section._form
    rows = [section.heading, section.warning_row, section.intro, section.choose_row,
            section.folder_row, section.computer_row, section.code_row, section.issuer_row,
            section.computers, section.message]
    found: list[QWidget] = []
    for row in rows:
        if not row.isVisible():
            continue
        label = form.labelForField(row)
        if label is not None and label.isVisible():
            found.append(label)
        for widget in [row, *row.findChildren(QWidget)]:
            if not widget.isVisible() or not isinstance(
                    widget, QLabel | QAbstractButton | QAbstractItemView):
                continue
            if isinstance(widget, QLabel) and not widget.text():
                continue
            if isinstance(widget.parentWidget(), QAbstractItemView) or isinstance(
                    widget.parentWidget().parentWidget(), QAbstractItemView):
                continue  # a list's own header and scroll bars
            found.append(widget)
    return found


def page_parts(page: QWidget) -> list[QWidget]:
    """Every shown label and button of a page (those of its lists left out)."""
    return [w for w in page.findChildren(QWidget) if isinstance(w, QLabel | QAbstractButton)
            and w.isVisible() and w.text()
            and not isinstance(w.parentWidget(), QAbstractItemView)]


def cut_words(parts: list[QWidget]) -> list[str]:
    """The labels and buttons whose words do not fit the space they were given."""
    cut = []
    for widget in parts:
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(f"wrapped words cut: {widget.text()!r}")
        elif isinstance(widget, QLabel | QAbstractButton):
            hint = widget.sizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                cut.append(f"words cut: {widget.text()!r}")
    return cut


def overlaps(parts: list[QWidget]) -> list[str]:
    """Two shown parts drawn one over the other (a part and what holds it left aside)."""
    found = []
    for i, one in enumerate(parts):
        for other in parts[i + 1:]:
            if one.isAncestorOf(other) or other.isAncestorOf(one):
                continue
            if on_screen(one).intersects(on_screen(other)):
                found.append(f"{getattr(one, 'text', lambda: '')()!r} over "
                             f"{getattr(other, 'text', lambda: '')()!r}")
    return found


def test_the_german_sync_section_stays_whole_as_a_third_computer_arrives(
        german, qtbot, window, tmp_path):
    window.resize(1280, 760)
    laptop = window.vault
    folder = tmp_path / "Syncthing"
    desktop, office = computer(tmp_path, "desktop"), computer(tmp_path, "office")
    try:
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        practice.exchange(desktop)
        practice.exchange(laptop)
        window.go_to("Settings")
        section = window.settings_page.sync
        qtbot.waitUntil(lambda: section.computers.isVisible(), timeout=10_000)
        qtbot.wait(50)
        parts = shown_parts(section)
        assert section.issuer in parts and section.computer in parts
        assert cut_words(page_parts(window.settings_page)) == [] and overlaps(parts) == []
        window.go_to("Today")
        practice.join(office, folder, code)  # a third computer
        clients.add(office, clients.ClientDraft("Ann Lee"))
        practice.exchange(office)
        practice.exchange(laptop)  # its notice reaches the section out of sight
        window.go_to("Settings")
        qtbot.wait(50)
        assert section.computers.model.rowCount() == 3
        # The page's column got the height its wrapped words need at its own width (the
        # cause: measured at the scroll area's whole width, German lost lines to others).
        column = window.settings_page.findChild(QScrollArea).widget()
        assert column.height() >= column.heightForWidth(column.width())
        parts = shown_parts(section)
        cut = cut_words(page_parts(window.settings_page))
        assert cut == [], cut
        assert overlaps(parts) == [], overlaps(parts)
    finally:
        desktop.close()
        office.close()


NEW_CODE_SAID = ("The new pairing code is in use. Type it on each other computer of this "
                 "practice, in Settings.")  # (the words of ui.pages.settings_new_code)


@pytest.mark.parametrize("width", [1280, 800])
def test_a_long_notice_reads_whole_beside_the_sync_status(qtbot, window, tmp_path, width):
    window.showNormal()
    window.resize(width, 760)
    practice.start(window.vault, tmp_path / "Syncthing")
    window.go_to("Settings")
    qtbot.wait(50)
    banner = notice.notice_for(window.settings_page)
    notice.saved(window.settings_page, NEW_CODE_SAID)
    qtbot.waitUntil(banner.isVisible)
    assert banner.text() == NEW_CODE_SAID
    inside = banner.contentsRect()
    if banner.wordWrap():
        assert banner.heightForWidth(banner.width()) <= banner.height()
    else:
        assert banner.fontMetrics().horizontalAdvance(NEW_CODE_SAID) <= inside.width()
    assert window.rect().contains(banner.geometry())
    bar = window.statusBar()
    for button in bar.findChildren(QAbstractButton):
        if button.isVisible():
            assert not banner.geometry().intersects(
                QRect(button.mapTo(window, button.rect().topLeft()), button.size()))
    # Its foot is the strip's: it never moves nor pushes the page.
    assert banner.geometry().bottom() == bar.geometry().bottom()
    # Long enough on screen for its words, at a slow reader's pace.
    assert banner._timer.interval() >= len(NEW_CODE_SAID.split()) * 250


def in_view(widget: QWidget, area: QScrollArea) -> bool:
    return on_screen(area.viewport()).contains(on_screen(widget))


@pytest.mark.parametrize("where", ["vault", "around"])
def test_a_refused_sync_folder_is_said_where_the_coach_looks(qtbot, window, where):
    from ui import ask, ops

    window.showNormal()
    window.resize(1280, 760)
    window.go_to("Settings")
    section = window.settings_page.sync
    area = window.settings_page.findChild(QScrollArea)
    qtbot.waitUntil(section.choose_button.isVisible)
    area.verticalScrollBar().setValue(0)  # the page as it opens: the section below the fold
    folder = window.vault.location.folder
    ask.set_next_paths(str(folder if where == "vault" else folder.parent))
    section.choose_button.click()
    qtbot.waitUntil(ops.idle)
    message = section.message
    qtbot.waitUntil(message.isVisible)
    assert "holds your vault" in message.text()
    qtbot.waitUntil(lambda: in_view(message, area), timeout=2_000)
    # Its box is as tall as its words (the form measures the field a little narrower than
    # it lays it out: a line at most), not padded with empty lines above and below.
    line = message.fontMetrics().lineSpacing()
    assert message.height() <= message.heightForWidth(message.width()) + line + 2
    assert message.height() >= message.heightForWidth(message.width())


def test_the_synced_folder_warning_says_how_to_move_and_leads_to_the_section(
        qtbot, window, tmp_path):
    window.showNormal()
    window.resize(1280, 760)
    (tmp_path / ".stfolder").mkdir()  # Syncthing shares the folder above the vault
    today = window.today_page
    today.clear()  # as at lock, then unlock: looked for again
    today.attach(window.vault)
    today.refresh()
    warning = today.vault_synced
    assert warning.isVisible()
    words = warning.words.text()
    # How to move it, the README's way: the folder moved, CoachDesk started with --home.
    assert "quit CoachDesk" in words and "--home" in words
    assert "Settings → Use this practice on another computer" in words
    warning.button.click()
    assert window.current_page_name() == "Settings"
    section = window.settings_page.sync
    area = window.settings_page.findChild(QScrollArea)
    qtbot.waitUntil(lambda: in_view(section.heading, area) and in_view(section.warning, area),
                    timeout=2_000)
    assert area.verticalScrollBar().value() > 0  # it scrolled: the section is far down
    said = section.warning.text()
    assert "--home" in said and "kept in step by Syncthing" in said
    assert "Settings →" not in said  # the coach is in Settings already
    assert "sync folder below" in said


def test_the_first_run_wizard_warns_of_a_synced_folder_calmly(qtbot, tmp_path, monkeypatch):
    from coachdesk.paths import VaultLocation
    from ui.wizard import FirstRunWizard

    (tmp_path / "Sync" / ".stfolder").mkdir(parents=True)
    for where, synced in ((tmp_path / "Plain" / "CoachDesk", False),
                          (tmp_path / "Sync" / "CoachDesk", True)):
        monkeypatch.setenv("COACHDESK_HOME", str(where))
        wizard = FirstRunWizard(VaultLocation(where))
        qtbot.addWidget(wizard)
        wizard.show()
        note = wizard.welcome.synced
        assert note.isVisible() is synced
        if synced:
            assert "Syncthing keeps this folder in step" in note.text()
            assert "--home" in note.text()
            assert wizard.button(wizard.WizardButton.NextButton).isEnabled()  # not a block
        page = wizard.welcome
        qtbot.wait(50)  # the page has the height its words need, none squeezed
        assert page.layout().totalHeightForWidth(page.width()) <= page.height()
        wizard.reject()


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_note_windows_close_button_stays_put_when_saved_appears(
        qtbot, vault, request, language):
    from ui.session_editor import SessionEditor

    if language == "de":
        request.getfixturevalue("german")
    client = clients.add(vault, clients.ClientDraft("Maria Lopez"))
    editor = SessionEditor(vault, client.id, client.name, in_session=False)
    qtbot.addWidget(editor)
    editor.resize(900, 640)  # the tryout's note window
    editor.show()
    qtbot.waitExposed(editor)
    qtbot.wait(50)
    before = on_screen(editor.end_button)
    assert not editor.status.text()
    qtbot.keyClicks(editor.editor, "First session: Maria wants to lead her team.")
    qtbot.waitUntil(lambda: editor.status.text() not in ("",), timeout=2_000)
    qtbot.wait(50)
    assert on_screen(editor.end_button) == before  # "Not saved yet" moved nothing
    assert editor.save_now()
    qtbot.wait(50)
    assert editor.status.text().startswith("Saved" if language == "en" else "Gespeichert")
    assert on_screen(editor.end_button) == before  # nor did "Saved 14:38"
    assert editor.status.width() >= editor.status.sizeHint().width()  # its words whole


def test_a_refused_backup_folder_is_said_in_view_too(qtbot, window):
    from ui import ask

    window.showNormal()
    window.resize(1280, 760)
    window.go_to("Settings")
    page = window.settings_page
    area = page.findChild(QScrollArea)
    qtbot.waitUntil(page.folder_button.isVisible)
    area.verticalScrollBar().setValue(0)
    ask.set_next_paths(str(window.vault.location.folder))  # the vault's own folder
    page.folder_button.click()
    qtbot.waitUntil(page.message.isVisible)
    qtbot.waitUntil(lambda: in_view(page.message, area), timeout=2_000)
