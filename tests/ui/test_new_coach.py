"""A new coach is never stuck: backups from day one, Today on a new vault, empty lists that
say what belongs in them, the shortcuts sheet, the ethics guide, and "Show in folder" /
"Open" after an export is saved."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QWizard

from coachdesk import clients, reports, settings, sponsors
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import backups, recovery
from ui import ops
from ui.help import EthicsGuide, ShortcutsSheet

LEFT = Qt.MouseButton.LeftButton


def steps_shown(page) -> dict[str, bool]:
    """Which checklist steps show a tick, as the coach reads them."""
    return {step: label.text().startswith("✓")
            for step, label in page.getting_started.steps.items()}


# -- Today on a new vault ----------------------------------------------------------------
def test_today_on_a_new_vault_says_nothing_false_and_ticks_the_checklist_from_records(
        qtbot, window):
    from cases import ethics_case

    window.go_to("Today")
    page = window.today_page
    assert page.agreements.empty.text() == "No agreement is waiting for a signature."
    assert "Every agreement is signed" not in page.agreements.empty.text()
    checklist = page.getting_started
    assert checklist.isVisible()
    assert not any(steps_shown(page).values())
    assert "first client" in checklist.next_words.text()
    assert checklist.next_button.text() == "New client…"

    # Records made anywhere tick the steps (change notices, no reload by hand).
    clients.add(window.vault, clients.ClientDraft("Ada Lind"))
    qtbot.waitUntil(lambda: steps_shown(page)["client"])
    assert "sponsor" in checklist.next_words.text()
    case = ethics_case(window.vault)  # a sponsor, an engagement, its agreement, sessions
    qtbot.waitUntil(lambda: steps_shown(page)["session"])
    assert steps_shown(page) == {"client": True, "sponsor": True, "engagement": True,
                                 "agreement": True, "session": True, "report": False}
    assert "report" in checklist.next_words.text() and checklist.isVisible()
    reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    qtbot.waitUntil(lambda: not checklist.isVisible())  # every step done: it steps aside


def test_the_checklist_buttons_take_the_next_step(qtbot, window):
    window.go_to("Today")
    checklist = window.today_page.getting_started
    qtbot.mouseClick(checklist.next_button, LEFT)
    page = window.clients_page
    assert window.current_page_name() == "Clients" and page.dialog is not None
    page.dialog.discard()
    clients.add(window.vault, clients.ClientDraft("Ada Lind"))
    window.go_to("Today")
    qtbot.waitUntil(lambda: checklist.next_button.text() == "New sponsor…")
    qtbot.mouseClick(checklist.next_button, LEFT)
    assert window.current_page_name() == "Sponsors"
    sponsors_page = window.page("Sponsors")
    assert sponsors_page.dialog is not None
    sponsors_page.dialog.discard()


def test_hiding_the_checklist_is_remembered_for_that_vault_only(qtbot, window, tmp_path):
    window.go_to("Today")
    page = window.today_page
    qtbot.mouseClick(page.getting_started.hide_button, LEFT)
    assert not page.getting_started.isVisible()
    vault = window.vault
    page.clear()  # as at lock; then the same vault again
    page.attach(vault)
    page.refresh()
    assert not page.getting_started.isVisible()
    other = vaults.create(VaultLocation(tmp_path / "other"), vaults.plan_keyring_vault())
    try:
        page.attach(other)
        page.refresh()
        assert page.getting_started.isVisible()  # another practice: its own list
    finally:
        page.clear()
        other.close()
        page.attach(vault)


# -- backups from day one -------------------------------------------------------------------
def test_today_asks_for_a_backup_folder_and_one_click_makes_the_first_backup(
        qtbot, window, tmp_path, asked):
    window.go_to("Today")
    warning = window.today_page.backup_warning
    assert warning.isVisible()
    assert "No backups yet" in warning.words.text()
    assert "encrypted" in warning.words.text() and "recovery code" in warning.words.text()
    folder = tmp_path / "usb-drive"
    folder.mkdir(mode=0o700)
    asked.set_next_paths(str(folder))
    qtbot.mouseClick(warning.button, LEFT)
    assert settings.get(window.vault, "backup_folder") == str(folder)
    qtbot.waitUntil(lambda: ops.idle() and not window.backing_up, timeout=30_000)
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5_000)
    assert len(backups.in_folder(folder)) == 1  # made and verified, not just promised


def test_today_warns_when_the_last_backup_is_more_than_a_week_old(qtbot, window, tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    backups.remember_folder(window.vault, str(folder))
    made = backups.make(window.vault, folder)
    window.go_to("Today")
    warning = window.today_page.backup_warning
    warning.show_state(window.vault, made.made_at + timedelta(days=6))
    qtbot.waitUntil(ops.idle)  # the folder is read on the worker
    assert not warning.isVisible()
    warning.show_state(window.vault, made.made_at + timedelta(days=8, hours=1))
    qtbot.waitUntil(warning.isVisible)
    assert "8 days ago" in warning.words.text() and warning.button.text() == "Back up now"


def test_a_backup_under_way_as_today_shows_is_seen_when_it_ends(qtbot, window, tmp_path):
    """The wizard's first backup runs as Today first shows: Today looks again after it."""
    folder = tmp_path / "backups"
    folder.mkdir(mode=0o700)
    backups.remember_folder(window.vault, str(folder))
    window.backing_up = True  # as the window is while its backup runs on the worker
    window.go_to("Today")
    warning = window.today_page.backup_warning
    warning.show_state(window.vault)
    qtbot.waitUntil(lambda: "No backup has been made" in warning.words.text())
    backups.make(window.vault, folder)
    window.backing_up = False
    qtbot.waitUntil(lambda: not warning.isVisible(), timeout=5_000)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_wizard_offers_a_backup_folder_and_refuses_one_others_may_write_to(
        qtbot, location, tmp_path, asked):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.mouseClick(wizard.code.written, LEFT)
    wizard.next()
    code = wizard.plan.recovery_code
    first, second = wizard.confirm.groups
    qtbot.keyClicks(wizard.confirm.first, recovery.group(code, first))
    qtbot.keyClicks(wizard.confirm.second, recovery.group(code, second))
    create = wizard.button(QWizard.WizardButton.CommitButton)
    assert create.text() == "Create my vault"
    qtbot.mouseClick(create, LEFT)
    page = wizard.backup
    assert wizard.currentPage() is page and location.vault_file.exists()
    words = " ".join(label.text() for label in page.findChildren(type(page.where)))
    assert "encrypted" in words and "recovery code" in words

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    asked.set_next_paths(str(shared))
    qtbot.mouseClick(page.choose_button, LEFT)
    assert page.message.isVisible() and "other accounts" in page.message.text()
    assert page.folder == ""
    private = tmp_path / "drive"
    private.mkdir(mode=0o700)
    asked.set_next_paths(str(private))
    qtbot.mouseClick(page.choose_button, LEFT)
    assert not page.message.isVisible() and str(private) in page.where.text()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Start using CoachDesk"
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(finish, LEFT)
    vault = created.args[0]
    try:
        assert settings.get(vault, "backup_folder") == str(private)
        assert vaults.VaultInfo.read(location).backup_folder == str(private)
    finally:
        vault.close()


# -- empty lists --------------------------------------------------------------------------
@pytest.mark.parametrize(("name", "says", "button"), [
    ("Clients", "A client is the person you coach", "Add your first client (Ctrl+N)"),
    ("Sponsors", "A sponsor is the organisation that pays", "Add a sponsor"),
    ("Agreements", "An agreement sets out confidentiality", "Make an agreement"),
    ("Sessions", "Sessions are planned and held from a client's page", "Go to clients"),
])
def test_every_empty_list_says_what_belongs_there_and_offers_the_next_step(
        qtbot, window, name, says, button):
    window.go_to(name)
    page = window.clients_page if name == "Clients" else window.page(name)
    stack = page.list_stack
    assert stack.currentWidget() is stack.empty and stack.empty.isVisible()
    assert says in stack.empty.text()
    assert stack.empty.button.isVisible() and stack.empty.button.text() == button
    qtbot.mouseClick(stack.empty.button, LEFT)
    if name == "Sessions":
        assert window.current_page_name() == "Clients"
    else:
        assert page.dialog is not None
        page.dialog.discard()


def test_an_empty_list_gives_way_to_its_records_as_they_arrive(qtbot, window):
    window.go_to("Sponsors")
    page = window.page("Sponsors")
    assert page.list_stack.currentWidget() is page.list_stack.empty
    assert page.new_button.isVisible()  # New stays where it is on every page, empty or not
    sponsors.add(window.vault, sponsors.SponsorDraft("Northwind Ltd"))
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.list_view)
    assert page.new_button.isVisible()


def test_a_search_that_matches_nothing_says_so_without_the_first_client_button(
        qtbot, window):
    clients.add(window.vault, clients.ClientDraft("Ada Lind"))
    window.go_to("Clients")
    page = window.clients_page
    qtbot.keyClicks(page.search, "zzz")
    qtbot.waitUntil(lambda: page.list_stack.currentWidget() is page.empty)
    assert page.empty.text() == "No client matches this search."
    assert not page.empty.button.isVisible()


# -- help -----------------------------------------------------------------------------------
def test_the_shortcuts_sheet_opens_on_f1_and_ctrl_slash_and_lists_the_menus_keys(
        qtbot, window):
    help_action = window.menu_actions.shortcuts
    keys = [k.toString() for k in help_action.shortcuts()]
    assert "Ctrl+/" in keys and "F1" in keys
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(window.menu_actions.help_windows))
    sheet = window.menu_actions.help_windows[-1]
    assert isinstance(sheet, ShortcutsSheet) and sheet.isVisible()
    rows = dict(sheet.rows())
    native = QKeySequence.SequenceFormat.NativeText
    assert rows["Lock"] == QKeySequence("Ctrl+L").toString(native)
    assert rows["Search everything"] == QKeySequence("Ctrl+K").toString(native)
    assert rows["Keyboard shortcuts"].startswith(QKeySequence("Ctrl+/").toString(native))
    # Every menu entry with a shortcut is on the sheet, and nothing else.
    every = {a.text().replace("&", "").rstrip("…").strip()
             for _title, entries in window.menu_actions._menus for a in entries
             if a is not None and not a.shortcut().isEmpty()}
    assert set(rows) == every
    sheet.close()
    # Generated from the actions: a new entry appears with nothing else changed.
    menus = window.menu_actions._menus
    extra = QAction("&Print the week", window)
    extra.setShortcut(QKeySequence("Ctrl+Shift+Q"))
    menus[0][1].append(extra)
    try:
        assert ("Print the week", QKeySequence("Ctrl+Shift+Q").toString(native)) in \
            ShortcutsSheet(menus, window).rows()
    finally:
        menus[0][1].remove(extra)


def test_the_ethics_guide_says_how_a_sponsor_report_is_made_and_why(qtbot, window):
    window.menu_actions.guide.trigger()
    guide = window.menu_actions.help_windows[-1]
    assert isinstance(guide, EthicsGuide) and guide.isVisible()
    text = guide.text.toPlainText()
    for words in ("agreement", "approves the exact words", "Only approved words",
                  "disclosure", "Why:"):
        assert words in text
    guide.close()


# -- after an export is saved ---------------------------------------------------------------
class OpenedUrls(QObject):
    """Stands in for the desktop's file manager and viewer (Qt's own URL-handler seam)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_a_saved_export_offers_show_in_folder_and_open_until_the_vault_locks(
        qtbot, window, tmp_path, asked):
    from ui.exporting import SavedNotice

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        window.go_to("Sessions")
        page = window.page("Sessions")
        page.tax_button.click()
        page.dialog.start.setDate(QDate(2026, 1, 1))
        page.dialog.end.setDate(QDate(2026, 12, 31))
        target = tmp_path / "out" / "tax.csv"
        target.parent.mkdir(mode=0o700)
        asked.set_next_paths(str(target))
        page.dialog.buttons.accepted.emit()
        qtbot.waitUntil(lambda: bool(window.statusBar().findChildren(SavedNotice)))
        notice = window.statusBar().findChildren(SavedNotice)[0]
        assert notice.isVisible() and notice.words.text() == "Saved tax.csv"
        qtbot.mouseClick(notice.folder_button, LEFT)
        qtbot.mouseClick(notice.open_button, LEFT)
        assert [Path(u.toLocalFile()) for u in opened.urls] == [target.parent, target]
        window.lock(ask_first=False)
        qtbot.waitUntil(lambda: not window.statusBar().findChildren(SavedNotice))
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_with_nothing_to_open_it_the_notice_says_where_the_file_is(qtbot, window, tmp_path):
    """Offscreen, as on a computer with no file manager: Qt opens nothing."""
    from ui.exporting import SavedNotice

    target = tmp_path / "report.pdf"
    target.write_bytes(b"%PDF-1.4")
    notice = SavedNotice.offer(window, target)
    assert notice is not None
    qtbot.mouseClick(notice.open_button, LEFT)
    assert notice.words.text() == f"No app to open it answered. The file is in {tmp_path}"
    qtbot.mouseClick(notice.folder_button, LEFT)
    assert notice.words.text() == f"No file manager answered. The file is in {tmp_path}"


def test_backup_state_reads_the_folder_and_its_newest_backup(window, tmp_path):
    from coachdesk import getting_started

    state = getting_started.backup_state(window.vault)
    assert state.folder is None and state.needs_attention
    folder = tmp_path / "b"
    folder.mkdir(mode=0o700)
    backups.remember_folder(window.vault, str(folder))
    assert getting_started.backup_state(window.vault).stale  # none made yet
    made = backups.make(window.vault, folder)
    now = datetime.now(UTC)
    state = getting_started.backup_state(window.vault, now)
    assert state.last_backup == made.made_at and not state.needs_attention
    folder.rename(tmp_path / "unplugged")
    state = getting_started.backup_state(window.vault)
    assert state.folder_missing and state.needs_attention


def test_the_demo_practice_asks_for_no_backups(qtbot, window, tmp_path, monkeypatch):
    from coachdesk import demo

    monkeypatch.setenv("COACHDESK_HOME", str(tmp_path / "home"))
    location = VaultLocation.default(demo=True)
    practice = demo.open_or_create(location)
    try:
        window.open_vault(practice)
        window.go_to("Today")
        assert not window.today_page.backup_warning.isVisible()
        assert not window.today_page.getting_started.isVisible()  # every step is done there
    finally:
        window.lock(ask_first=False)
        practice.close()
