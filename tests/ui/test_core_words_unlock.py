"""A German coach meets the core's own words in German: the unlock screen when her keyring
is locked, a recovery code typed wrong, the first-run wizard's keyring note when there is
no keyring, and a client's email address refused in the client dialog."""

from __future__ import annotations

import keyring
import keyring.backends.fail
from PySide6.QtCore import Qt

from coachdesk import vault as vaults
from ui.app import start


def test_a_locked_keyring_is_said_in_german_on_the_unlock_screen(
        german, qtbot, qapp, location, memory_keyring):
    v = vaults.create(location, vaults.plan_keyring_vault())
    v.close()
    type(memory_keyring).lock()  # as a locked Secret Service collection answers
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    assert wizard is None
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.mode == "recovery")
    assert page.reason.text() == ("Der System-Schlüsselbund ist gesperrt. Geben Sie Ihren "
                                  "Wiederherstellungscode ein, um Ihren Tresor zu öffnen.")

    qtbot.keyClicks(page.field, "ABCDE-FGHJK")  # two groups of thirteen
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "13" in page.message.text())  # after "Ihr Tresor wird geöffnet…"
    assert page.message.text() == ("Ein Wiederherstellungscode hat 13 Gruppen zu je 5 Zeichen "
                                   "(insgesamt 65); dieser hat 10.")
    assert window.screens.currentWidget() is page
    window.close()


def test_no_keyring_is_said_in_german_in_the_first_run_wizard(german, qtbot, qapp, location):
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        window, wizard = start(qapp, location)
        qtbot.addWidget(window)
        qtbot.addWidget(wizard)
        note = wizard.welcome.keyring_note.text()
    finally:
        keyring.set_keyring(previous)
    assert note.startswith("Dieser Computer hat keinen System-Schlüsselbund, in dem CoachDesk "
                           "den Schlüssel des Tresors sicher aufbewahren kann. ")
    assert "keyring" not in note


def test_a_refused_email_address_is_said_in_german(german, qtbot, vault):
    from ui.dialogs.client import ClientDialog

    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Maya Okafor")
    dialog.email.setText("keine adresse")
    dialog.save_button.click()
    assert ("Das sieht nicht wie eine E-Mail-Adresse aus (name@example.org)."
            in dialog.message.text())
    dialog.discard()
