"""A laptop that died: from the first window on a new computer to the practice open again,
with only the backup folder another vault made and the recovery code on paper; and
Settings → Restore with a backup from before a key change. Driven as a coach drives them:
clicks, typing, the file choosers answered through the ask seam."""

from __future__ import annotations

import json

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QWizard

from coachdesk import clients, settings
from coachdesk import vault as vaults
from coachdesk.vault import backups, recovery, rekey, restoring
from tests.damage import flip
from tests.laptops import PASSPHRASE, client_names, old_laptop
from ui import ask
from ui.app import start
from ui.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


def tick(qtbot, button):
    """Click a radio button or check box where a coach does: on its mark."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


@pytest.fixture
def first_start(qtbot, qapp, location, asked):
    """The first window on a computer with an empty vault folder: the wizard."""
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    assert wizard is not None and wizard.isVisible() and not window.isVisible()
    yield window, wizard
    if shiboken6.isValid(wizard):  # a finished wizard deletes itself
        wizard.working = False
        wizard.rejected.disconnect()  # the app would quit: not in a test run
        wizard.reject()
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


def to_restore_page(qtbot, wizard):
    welcome = wizard.welcome
    tick(qtbot, welcome.restore)
    assert welcome.restore.isChecked() and not welcome.coach_name.isVisible()
    assert "Your practice will be restored here" in welcome.where.text()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage() is wizard.restore
    return wizard.restore, wizard.button(QWizard.WizardButton.CommitButton)


def restore(qtbot, wizard, page, button, code):
    qtbot.keyClicks(page.code, code)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: wizard.currentPage() is not page or page.message.isVisible(),
                    timeout=30_000)


def restore_from(qtbot, wizard, laptop):
    """From the first page: restore, the laptop's backup folder chosen, its code typed."""
    page, restore_button = to_restore_page(qtbot, wizard)
    ask.set_next_paths(str(laptop.folder))
    qtbot.mouseClick(page.folder_button, LEFT)
    restore(qtbot, wizard, page, restore_button, laptop.code)


def open_practice(qtbot, window, wizard):
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert finish.text() == "&Open my practice" and finish.isVisible()
    qtbot.mouseClick(finish, LEFT)
    qtbot.waitUntil(lambda: window.isVisible()
                    and window.screens.currentWidget() is window.workspace)


def test_a_new_computer_restores_a_keyring_practice_from_the_first_window(
        qtbot, qapp, first_start, location, tmp_path, memory_keyring):
    laptop = old_laptop(tmp_path)
    window, wizard = first_start
    page, restore_button = to_restore_page(qtbot, wizard)
    assert restore_button.text() == "&Restore" and not restore_button.isEnabled()

    ask.set_next_paths(str(laptop.folder))
    qtbot.mouseClick(page.folder_button, LEFT)
    newest = restoring.when(laptop.made[-1])
    assert page.source.text() == str(laptop.folder)
    assert page.source_note.text().startswith(
        f"CoachDesk backups in this folder: 3. The newest was made {newest};")
    # A slip in group 5 is named as it is typed, before anything is tried.
    groups = laptop.code.split("-")
    slip = groups[4][:-1] + ("0" if groups[4][-1] != "0" else "1")
    qtbot.keyClicks(page.code, "-".join([*groups[:4], slip]))
    assert page.message.text() == (f"Group 5 ({slip}) looks mistyped. Check it against your "
                                   "written copy.")
    assert not restore_button.isEnabled()
    page.code.clear()
    # As written on paper: lower case, spaces, O for 0.
    restore(qtbot, wizard, page, restore_button,
            laptop.code.lower().replace("-", " ").replace("0", "o"))

    done = wizard.restored_page
    assert wizard.currentPage() is done
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert done.summary.text().startswith(f"Restored from the backup made {newest}:\n"
                                          f"{laptop.made[-1].path}")
    assert "Its key is now kept in this computer's keyring" in done.summary.text()
    assert f"New backups go to {laptop.folder}, as before." in done.summary.text()
    open_practice(qtbot, window, wizard)

    # What the coach checks: every client is there, the name on the forms, the folder.
    assert window.current_page_name() == "Today"
    window.go_to("Clients")
    assert window.clients_page.model.total() == 3
    assert client_names(window.vault) == sorted(laptop.names)
    window.go_to("Settings")
    assert window.settings_page.coach.text() == "Sam Rivera"
    assert window.settings_page.backup_folder.text() == str(laptop.folder)
    info = json.loads(location.info_file.read_text())
    assert (info["vault_id"], info["key_mode"], info["backup_folder"]) == (
        laptop.vault_id, "keyring", str(laptop.folder))
    assert memory_keyring.get_password("CoachDesk", laptop.vault_id) == \
        recovery.decode(laptop.code).hex()

    # The next start opens by itself from this computer's keyring.
    window.lock()
    again = MainWindow(location)
    qtbot.addWidget(again)
    again.show()
    again.start()
    qtbot.waitUntil(lambda: again.screens.currentWidget() is again.workspace)
    assert client_names(again.vault) == sorted(laptop.names)
    again.close()


def test_a_new_computer_restores_a_passphrase_practice_and_asks_its_passphrase(
        qtbot, qapp, first_start, location, tmp_path, memory_keyring):
    laptop = old_laptop(tmp_path, passphrase=PASSPHRASE)
    window, wizard = first_start
    restore_from(qtbot, wizard, laptop)

    asks = wizard.restore_passphrase
    assert wizard.currentPage() is asks and asks.know.isChecked()
    next_button = wizard.button(QWizard.WizardButton.CommitButton)  # no way back after it
    assert next_button.text() == "&Next >"
    qtbot.keyClicks(asks.passphrase, PASSPHRASE + " typo")
    qtbot.mouseClick(next_button, LEFT)
    qtbot.waitUntil(lambda: asks.message.isVisible(), timeout=10_000)
    assert asks.message.text().startswith("This passphrase does not open your practice.")
    assert wizard.currentPage() is asks
    asks.passphrase.clear()
    qtbot.keyClicks(asks.passphrase, PASSPHRASE)
    qtbot.keyClick(asks.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.restored_page, timeout=10_000)
    assert "It opens with your passphrase, as before." in wizard.restored_page.summary.text()
    open_practice(qtbot, window, wizard)
    assert client_names(window.vault) == sorted(laptop.names)
    assert memory_keyring.store == {}  # a passphrase practice keeps nothing in the keyring
    assert json.loads(location.info_file.read_text())["key_mode"] == "passphrase"

    window.lock()  # the passphrase opens it, as on the old laptop
    unlock = window.unlock_page
    assert unlock.mode == "passphrase"
    qtbot.keyClicks(unlock.field, PASSPHRASE)
    qtbot.keyClick(unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)


def test_a_forgotten_passphrase_is_replaced_with_a_new_one_and_a_new_code(
        qtbot, qapp, first_start, location, tmp_path):
    laptop = old_laptop(tmp_path, passphrase=PASSPHRASE)
    window, wizard = first_start
    restore_from(qtbot, wizard, laptop)

    asks = wizard.restore_passphrase
    tick(qtbot, asks.forgot)
    assert asks.new_first.isVisible() and not asks.passphrase.isVisible()
    assert asks.reencrypt.isChecked() and asks.reencrypt.text() == (
        "Re-encrypt the backups with it too (3 in the backup folder)")
    qtbot.keyClicks(asks.new_first, "a brand new passphrase")
    qtbot.keyClicks(asks.new_second, "a brand new passphrase")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), LEFT)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.new_code_page, timeout=30_000)

    shown = "-".join(label.text() for label in
                     wizard.new_code_page.findChildren(QLabel, "codeGroup"))
    assert len(recovery.split_groups(shown)) == 13 and shown != laptop.code
    assert "Your backups were re-encrypted too" in wizard.new_code_page.about.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # not before the code is written down
    tick(qtbot, wizard.new_code_page.written)
    qtbot.mouseClick(next_button, LEFT)
    assert "It opens with your new passphrase." in wizard.restored_page.summary.text()
    open_practice(qtbot, window, wizard)
    assert client_names(window.vault) == sorted(laptop.names)
    assert vaults.VaultInfo.read(location).new_key_unconfirmed is None  # not shown again
    window.lock()
    new_key = vaults.RawKey(recovery.decode(shown))
    for made in laptop.made:  # the new code opens every backup, the old one none
        restoring.examine(made.path, new_key)
        with pytest.raises(restoring.RestoreFailed):
            restoring.examine(made.path, vaults.RawKey(recovery.decode(laptop.code)))
    unlock = window.unlock_page
    qtbot.keyClicks(unlock.field, "a brand new passphrase")
    qtbot.keyClick(unlock.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.screens.currentWidget() is window.workspace)


def test_the_wizard_names_what_is_wrong_and_writes_nothing(
        qtbot, qapp, first_start, location, tmp_path):
    laptop = old_laptop(tmp_path)
    _window, wizard = first_start
    page, restore_button = to_restore_page(qtbot, wizard)

    documents = tmp_path / "Documents"
    documents.mkdir()
    ask.set_next_paths(str(documents))
    qtbot.mouseClick(page.folder_button, LEFT)
    assert page.message.text().startswith(f"The folder {documents} holds no CoachDesk backups.")
    photo = documents / "holiday.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 5000)
    ask.set_next_paths(str(photo))
    qtbot.mouseClick(page.file_button, LEFT)
    assert page.message.text().startswith(f"{photo} is not a CoachDesk backup")
    qtbot.keyClicks(page.code, laptop.code)
    assert not restore_button.isEnabled()  # nothing to restore from yet

    ask.set_next_paths(str(laptop.folder))
    qtbot.mouseClick(page.folder_button, LEFT)
    assert not page.message.isVisible()
    page.code.clear()
    restore(qtbot, wizard, page, restore_button, vaults.plan_keyring_vault().recovery_code)
    assert wizard.currentPage() is page
    assert page.message.text().startswith(
        f"None of the backups in {laptop.folder} opens with this recovery code.")
    assert not location.vault_file.exists() and not location.info_file.exists()
    assert restore_button.isEnabled()  # fix the code and try again


def test_a_damaged_newest_backup_is_passed_over_and_named(
        qtbot, qapp, first_start, tmp_path):
    laptop = old_laptop(tmp_path)
    newest = laptop.made[-1].path
    flip(newest, newest.stat().st_size - 4096 + 100)
    window, wizard = first_start
    restore_from(qtbot, wizard, laptop)
    summary = wizard.restored_page.summary.text()
    assert summary.startswith(f"Restored from the backup made {restoring.when(laptop.made[-2])}")
    assert (f"Newer backups passed over:\n• the backup made {restoring.when(laptop.made[-1])} "
            f"({newest.name}): damaged: it fails its check") in summary
    open_practice(qtbot, window, wizard)
    assert client_names(window.vault) == sorted(laptop.names[:2])


def test_settings_restore_of_a_backup_from_before_a_key_change_asks_for_its_code(
        qtbot, plan_and_vault, tmp_path, asked, memory_keyring):
    plan, vault = plan_and_vault
    folder = tmp_path / "backups"
    backups.remember_folder(vault, str(folder))
    clients.add(vault, clients.ClientDraft("In the old backup"))
    old = backups.make(vault, folder)
    rotated = rekey.rotate(vault)  # the backups keep the old key
    vaults.code_written_down(rotated.vault)
    clients.add(rotated.vault, clients.ClientDraft("After the key change"))
    window = MainWindow(rotated.vault.location)
    qtbot.addWidget(window)
    window.show()
    window.open_vault(rotated.vault)
    window.go_to("Settings")

    ask.set_next_paths(str(old.path))
    qtbot.mouseClick(window.settings_page.restore_button, LEFT)
    qtbot.waitUntil(lambda: window.settings_page.dialog is not None, timeout=30_000)
    dialog = window.settings_page.dialog
    words = dialog.findChildren(QLabel)[0].text()
    assert words.startswith(f"The backup made {restoring.when(old)} does not open with your "
                            "vault's current key: it was made before the key was changed")
    assert not any("was not made" in text for _title, text in ask.shown)
    qtbot.keyClicks(dialog.code, rotated.recovery_code)  # today's code: not this backup's
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: dialog.message.text().startswith(
        "Your recovery code does not open the backup"), timeout=30_000)
    assert window.vault is rotated.vault  # nothing changed
    dialog.code.clear()
    ask.set_next_answers(True, True)  # "Replace everything?", then "Restored"
    qtbot.keyClicks(dialog.code, plan.recovery_code)
    qtbot.mouseClick(dialog.ok, LEFT)
    qtbot.waitUntil(lambda: any(title == "Restored" for title, _text in ask.shown),
                    timeout=30_000)
    confirm = next(text for title, text in ask.shown if title == "Restore from a backup")
    assert "the recovery code you typed is the one to keep" in confirm
    told = next(text for title, text in ask.shown if title == "Restored")
    assert "Its key is now kept in this computer's keyring." in told
    assert client_names(window.vault) == ["In the old backup"]
    assert window.current_page_name() == "Today"
    assert settings.get(window.vault, "backup_folder") == str(folder)
    assert vaults.VaultInfo.read(window.vault.location).backup_folder == str(folder)
    location = window.vault.location
    window.close()
    reopened = vaults.unlock_with_keyring(location)  # the keyring holds the backup's key
    assert client_names(reopened) == ["In the old backup"]
    reopened.close()
