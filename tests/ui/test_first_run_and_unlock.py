"""Steps 1-3 of the foundation: the first-run wizard, opening by itself, the
recovery code when the keyring lost the key, and passphrase mode."""

from __future__ import annotations

import os
import stat

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWizard

from coachdesk import clients
from coachdesk import vault as vaults
from coachdesk.vault import recovery
from ui import ask
from ui.app import start
from ui.main_window import MainWindow


def finish_wizard(qtbot, wizard):
    """Do what a coach does on the last pages: tick, type two groups back, create the vault,
    then finish without choosing a backup folder yet."""
    code = wizard.plan.recovery_code
    shown = [label.text() for label in wizard.code.findChildren(QLabel, "codeGroup")]
    assert "-".join(shown) == code  # the code on screen is the code that opens the vault
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.code.written, Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    first, second = wizard.confirm.groups
    finish = wizard.button(QWizard.WizardButton.CommitButton)  # "Create my vault"
    # Handwriting: O for 0, l for 1, lower case: all read as the code does.
    typed = recovery.group(code, first).lower().replace("0", "o").replace("1", "l")
    qtbot.keyClicks(wizard.confirm.first, typed)
    qtbot.keyClicks(wizard.confirm.second, "ZZZZZ")
    assert not finish.isEnabled()
    assert f"Group {second} is not what the code says" in wizard.confirm.message.text()
    wizard.confirm.second.clear()
    qtbot.keyClicks(wizard.confirm.second, recovery.group(code, second))
    assert finish.isEnabled()
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.backup
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    return code, created.args[0]


def test_first_start_creates_the_vault_and_opens_the_window(qtbot, qapp, location,
                                                             memory_keyring):
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and not window.isVisible()
    assert str(location.vault_file) in " ".join(
        label.text() for label in wizard.welcome.findChildren(QLabel))
    assert wizard.welcome.use_keyring.isChecked()
    qtbot.keyClicks(wizard.welcome.coach_name, "Sam Rivera")  # printed on every form
    wizard.next()
    assert not location.vault_file.exists()  # nothing written before the code is confirmed
    code, _vault = finish_wizard(qtbot, wizard)
    from coachdesk import settings

    assert settings.get(window.vault, "coach_name") == "Sam Rivera"
    assert window.isVisible() and window.screens.currentWidget() is window.workspace
    assert window.current_page_name() == "Today"
    info = vaults.VaultInfo.read(location)
    assert info.key_mode == "keyring"
    assert memory_keyring.get_password("CoachDesk", info.vault_id) == \
        recovery.decode(code).hex()
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


def test_next_start_opens_without_asking(qtbot, qapp, plan_and_vault, location):
    _plan, v = plan_and_vault
    clients.add(v, clients.ClientDraft("Sam Rivera"))
    v.close()
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    assert wizard is None
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    assert window.clients_page.model.total() == 1
    window.close()


def test_lost_keyring_entry_asks_for_the_code_and_stores_the_key_again(
        qtbot, qapp, plan_and_vault, location, memory_keyring):
    plan, v = plan_and_vault
    v.close()
    memory_keyring.store.clear()
    window, _ = start(qapp, location)
    qtbot.addWidget(window)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == "recovery")
    assert "does not hold the key" in page.reason.text()
    assert page.field.isVisible()

    qtbot.keyClicks(page.field, recovery.encode(os.urandom(32)))
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "does not open this vault" in page.message.text())
    assert page.message.text() == "This code does not open this vault."
    assert window.screens.currentWidget() is page

    page.field.clear()
    typo = plan.recovery_code[:-1] + ("0" if plan.recovery_code[-1] != "0" else "1")
    qtbot.keyClicks(page.field, typo)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Group 13" in page.message.text())

    page.field.clear()
    qtbot.keyClicks(page.field, plan.recovery_code)
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    assert memory_keyring.get_password("CoachDesk", plan.vault_id) == plan.key.key.hex()
    window.close()


def test_no_keyring_offers_passphrase_mode_and_asks_at_every_start(qtbot, qapp, location):
    keyring.set_keyring(keyring.backends.fail.Keyring())
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    qtbot.addWidget(wizard)
    welcome = wizard.welcome
    assert not welcome.use_keyring.isEnabled() and welcome.use_passphrase.isChecked()
    assert "no system keyring" in welcome.keyring_note.text()
    assert "passphrase" in welcome.keyring_note.text()
    wizard.next()
    assert wizard.currentPage() is wizard.passphrase
    qtbot.keyClicks(wizard.passphrase.first, "short")
    wizard.next()
    assert "at least 10 characters" in wizard.passphrase.message.text()
    wizard.passphrase.first.clear()
    qtbot.keyClicks(wizard.passphrase.first, "river stone 'quiet' lamp")
    qtbot.keyClicks(wizard.passphrase.second, "river stone 'quiet' lamb")
    wizard.next()
    assert "not the same" in wizard.passphrase.message.text()
    for edit in (wizard.passphrase.first, wizard.passphrase.second):
        edit.setText("x'00112233445566778899'")
    wizard.next()
    assert "cannot be written as x'" in wizard.passphrase.message.text()
    for edit in (wizard.passphrase.first, wizard.passphrase.second):
        edit.setText("")
        qtbot.keyClicks(edit, "river stone 'quiet' lamp")
    wizard.next()
    assert wizard.currentPage() is wizard.code
    _code, _vault = finish_wizard(qtbot, wizard)
    assert vaults.VaultInfo.read(location).key_mode == "passphrase"
    window.lock()

    page = window.unlock_page
    assert page.mode == "passphrase" and page.field.isVisible()
    qtbot.keyClicks(page.field, "river stone 'quiet' lam")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.message.text() == "This passphrase does not open this vault.")
    page.field.clear()
    qtbot.keyClicks(page.field, "river stone 'quiet' lamp")
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


def test_cancelled_wizard_leaves_nothing_behind(qtbot, location, memory_keyring):
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.reject()
    assert not location.vault_file.exists() and not location.info_file.exists()
    assert memory_keyring.store == {}


def test_damaged_vault_file_is_named_and_recovery_offered(qtbot, qapp, location):
    vaults.create(location, vaults.plan_keyring_vault()).close()
    size = location.vault_file.stat().st_size
    location.vault_file.write_bytes(b"\x00" * size)
    before = location.vault_file.read_bytes()
    window, _ = start(qapp, location)
    qtbot.addWidget(window)
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == "recovery")
    assert str(location.vault_file) in page.reason.text()
    assert "untouched" in page.reason.text()
    assert location.vault_file.read_bytes() == before
    window.close()


def started_window(qtbot, location, mode):
    """A window started as at launch, once its unlock screen asks for ``mode``."""
    window = MainWindow(location)
    qtbot.addWidget(window)
    window.show()
    window.start()
    qtbot.waitUntil(lambda: window.unlock_page.mode == mode)
    return window, window.unlock_page


def test_empty_vault_file_says_so_and_offers_what_can_help(qtbot, qapp, location):
    location.folder.mkdir(parents=True)
    location.vault_file.write_bytes(b"")
    location.info_file.write_text('{"vault_id": "x", "key_mode": "keyring", "format": 1}')
    window, page = started_window(qtbot, location, "problem")
    assert page.title.text() == "CoachDesk cannot open your vault"
    assert "is empty" in page.reason.text() and str(location.vault_file) in page.reason.text()
    assert page.unlock_button.text() == "Try &again"
    assert page.folder_button.isVisible() and page.code_button.isVisible()
    assert not page.field.isVisible()
    assert location.vault_file.read_bytes() == b""
    window.close()


def test_missing_vault_file_on_an_absent_drive_can_be_tried_again(qtbot, qapp, plan_and_vault,
                                                                 location):
    _plan, v = plan_and_vault
    clients.add(v, clients.ClientDraft("Back Again"))
    v.close()
    away = location.vault_file.with_name("on-the-usb-stick")
    location.vault_file.rename(away)
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    assert wizard is None  # an info file without its vault never starts a new vault
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == "problem")
    assert "connect it and try again" in page.reason.text()
    away.rename(location.vault_file)  # the coach plugs the drive in
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)
    assert window.clients_page.model.total() == 1
    window.close()


def test_recovery_code_form_has_a_way_back(qtbot, window):
    window.lock()
    page = window.unlock_page
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)
    assert page.mode == "recovery" and page.back_button.isVisible()
    qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
    assert page.mode == "keyring" and not page.field.isVisible()


def test_undo_cannot_bring_a_recovery_code_back_after_lock(qtbot, plan_and_vault, location):
    from keyrings import MemoryKeyring

    plan, v = plan_and_vault
    v.close()
    MemoryKeyring.break_down()  # every unlock needs the code
    window, page = started_window(qtbot, location, "recovery")
    qtbot.keyClicks(page.field, plan.recovery_code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None)
    window.lock()
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)  # keyring fails: code form
    qtbot.waitUntil(lambda: page.mode == "recovery")
    assert not page.field.isUndoAvailable()
    page.field.setFocus()
    qtbot.keyClick(page.field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    for _ in range(5):  # however often someone at the desk tries
        page.field.undo()
        assert page.field.text() == ""
    window.close()


def test_keyring_refusing_the_key_at_the_end_creates_nothing_and_says_why(qtbot, location):
    from keyrings import LockedKeyring
    from ui.wizard import FirstRunWizard

    wizard = FirstRunWizard(location)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.mouseClick(wizard.code.written, Qt.MouseButton.LeftButton)
    wizard.next()
    code = wizard.plan.recovery_code
    first, second = wizard.confirm.groups
    qtbot.keyClicks(wizard.confirm.first, recovery.group(code, first))
    qtbot.keyClicks(wizard.confirm.second, recovery.group(code, second))
    keyring.set_keyring(LockedKeyring())  # the keyring locks while the coach is typing
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.currentPage() is wizard.confirm
    assert "keyring is locked" in wizard.confirm.message.text()
    assert "choose a passphrase instead" in wizard.confirm.message.text()
    assert not location.vault_file.exists()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_data_folder_is_private_from_the_first_start(qtbot, qapp, location):
    from ui.single_instance import SingleInstance

    guard = SingleInstance(location)  # the first thing a start does
    assert guard.acquire()
    try:
        assert stat.S_IMODE(location.folder.stat().st_mode) == 0o700
    finally:
        guard.release()


def test_demo_start_opens_the_demo_practice_beside_the_real_vault(qtbot, qapp, tmp_path,
                                                                 monkeypatch):
    from coachdesk.paths import VaultLocation

    monkeypatch.setenv("COACHDESK_HOME", str(tmp_path / "CoachDesk"))
    demo_location = VaultLocation.default(demo=True)
    assert demo_location.folder == tmp_path / "CoachDesk" / "demo"
    window, wizard = start(qapp, demo_location, demo=True)
    qtbot.addWidget(window)
    assert wizard is None  # no wizard, no keyring, no recovery code for invented people
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace, timeout=15000)
    assert window.demo_banner.isVisible()
    assert window.current_page_name() == "Today"
    assert [i.text() for i in window.sidebar.selectedItems()] == ["Today"]
    assert "invented" in window.demo_banner.text()
    assert window.clients_page.model.total() > 30
    assert not VaultLocation.default().vault_file.exists()  # the coach's own vault: untouched
    window.lock()
    reason = window.unlock_page.reason.text()
    assert "opens without a key" in reason and "keyring" not in reason  # there is none
    window.close()


def test_a_forgotten_passphrase_is_replaced_after_opening_with_the_code(qtbot, location):
    """The journey of a forgotten passphrase: the code typed once (a mistyped group is
    selected alone), the new code announced before the change, the old backups kept."""
    plan = vaults.plan_passphrase_vault("river stone quiet lamp")
    vaults.create(location, plan).close()
    window, page = started_window(qtbot, location, "passphrase")
    qtbot.waitUntil(lambda: "Enter your passphrase" in page.reason.text())  # asked, not busy
    qtbot.waitUntil(lambda: page.field.hasFocus())  # ready to type into at once
    qtbot.mouseClick(page.code_button, Qt.MouseButton.LeftButton)  # "Forgot it?"
    assert page.mode == "recovery"
    groups = plan.recovery_code.split("-")
    wrong = "ZZZZZ" if groups[4] != "ZZZZZ" else "YYYYY"
    typed = "-".join([*groups[:4], wrong, *groups[5:]])
    qtbot.keyClicks(page.field, typed)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Group 5" in page.message.text())
    assert page.field.selectedText() == wrong  # just that group, ready to be retyped
    qtbot.keyClicks(page.field, groups[4])
    assert page.field.text() == plan.recovery_code
    ask.set_next_answers(True)  # yes, choose a new passphrase now
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None)
    assert ("Choose a new passphrase?" in [t for t, _ in ask.shown]
            and window.current_page_name() == "Settings")
    dialog = window.settings_page.dialog
    assert "current" not in dialog.edits  # the code typed at unlock stands in for it
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "shows a new recovery code to write down" in said  # before, not after
    for key, text in (("new", "amber field slow tide"), ("again", "amber field slow tide")):
        dialog.edits[key].setText(text)
    ask.set_next_answers(True)  # the new recovery code, written down
    dialog.save()
    qtbot.waitUntil(lambda: "Your new recovery code" in [t for t, _ in ask.shown],
                    timeout=30_000)
    assert page.take_code() is None  # the code is not kept once used
    window.lock(ask_first=False)
    vaults.unlock_with_passphrase(location, "amber field slow tide").close()
    window.close()


def test_the_keyring_holding_the_key_again_is_said(qtbot, location, memory_keyring):
    plan = vaults.plan_keyring_vault()
    vaults.create(location, plan).close()
    info = vaults.VaultInfo.read(location)
    keyring.delete_password("CoachDesk", info.vault_id)  # a new keyring lost the key
    window, page = started_window(qtbot, location, "recovery")
    qtbot.waitUntil(lambda: page.mode == "recovery" and not page._busy)
    qtbot.keyClicks(page.field, plan.recovery_code)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.vault is not None)
    assert "keyring again" in window.statusBar().currentMessage()
    assert keyring.get_password("CoachDesk", info.vault_id)
    window.close()


def test_a_new_recovery_code_stays_until_the_coach_has_written_it_down(qtbot):
    from ui.dialogs.recovery import RecoveryCodeDialog

    code = vaults.plan_keyring_vault().recovery_code
    dialog = RecoveryCodeDialog("Your new recovery code", "Write it down.", code)
    qtbot.addWidget(dialog)
    dialog.show()
    groups = [w.text() for w in dialog.findChildren(QLabel) if w.objectName() == "codeGroup"]
    assert "-".join(groups) == code or "".join(groups) == code.replace("-", "")
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # a stray Esc does not lose the code
    dialog.written.setChecked(True)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
