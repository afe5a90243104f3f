"""A second computer joins the practice from the first window: the Welcome page's third
choice, this computer's own key and recovery code, then the synced folder and the pairing
code; the practice arrives (progress shown) and the window opens on it. Refusals keep
what was typed and write nothing. Driven as a coach drives it: clicks and typing, the
folder chooser answered through the ask seam."""

from __future__ import annotations

import secrets

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard
from syncing import computer

from coachdesk import clients, notes
from coachdesk.sync import practice
from coachdesk.vault import recovery
from ui import ask
from ui.app import start

LEFT = Qt.MouseButton.LeftButton
NAMES = ["Ada Byrne", "Bea Castell", "Cy Dunmore"]


def tick(qtbot, button):
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))


@pytest.fixture
def laptop(tmp_path):
    """The practice's first computer: three clients and a note, syncing through a folder
    (its first full bundle, then one more)."""
    a = computer(tmp_path, "laptop")
    folder = tmp_path / "Syncthing"
    ada = clients.add(a, clients.ClientDraft(NAMES[0]))
    notes.add(a, ada.id, "Ada wants to lead the quarterly review")
    code = practice.start(a, folder)
    for name in NAMES[1:]:
        clients.add(a, clients.ClientDraft(name))
    practice.send(a)
    yield a, folder, code
    a.close()


@pytest.fixture
def first_start(qtbot, qapp, location, asked):
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    yield window, wizard
    if shiboken6.isValid(wizard):  # a finished wizard deletes itself
        wizard.working = False
        wizard.rejected.disconnect()  # the app would quit: not in a test run
        wizard.reject()
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


def to_join_page(qtbot, wizard):
    """Welcome (join chosen: no name asked), the recovery code written down and two groups
    typed back, then the Join page."""
    welcome = wizard.welcome
    tick(qtbot, welcome.join)
    assert welcome.join.isChecked()
    assert not welcome.coach_name.isVisible() and welcome.use_keyring.isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    assert wizard.currentPage() is wizard.code
    code = wizard.plan.recovery_code
    tick(qtbot, wizard.code.written)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    first, second = wizard.confirm.groups
    qtbot.keyClicks(wizard.confirm.first, recovery.group(code, first))
    qtbot.keyClicks(wizard.confirm.second, recovery.group(code, second))
    onward = wizard.button(QWizard.WizardButton.NextButton)  # no vault is made here
    assert onward.isVisible() and onward.isEnabled()
    qtbot.mouseClick(onward, LEFT)
    page = wizard.join_page
    assert wizard.currentPage() is page
    return page, wizard.button(QWizard.WizardButton.CommitButton), code


def join(qtbot, wizard, page, button, folder, code):
    ask.set_next_paths(str(folder))
    qtbot.mouseClick(page.folder_button, LEFT)
    assert page.source.text() == str(folder)
    page.code.clear()
    qtbot.keyClicks(page.code, code)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    qtbot.waitUntil(lambda: wizard.joined is not None or page.message.isVisible(),
                    timeout=30_000)


def test_a_second_computer_joins_the_practice_from_the_first_window(
        qtbot, first_start, laptop, location, memory_keyring):
    a, folder, pairing = laptop
    window, wizard = first_start
    page, join_button, own_code = to_join_page(qtbot, wizard)
    assert join_button.text() == "&Join" and not join_button.isEnabled()
    seen: list[tuple[int, int]] = []
    back = wizard.button(QWizard.WizardButton.BackButton)
    held: list[bool] = []  # while it works: no way back, the folder and the code held
    page.bar.valueChanged.connect(lambda value: (
        seen.append((value, page.bar.maximum())),
        page.working and held.append(not back.isEnabled()
                                     and not page.folder_button.isEnabled()
                                     and not page.code.isEnabled())))

    join(qtbot, wizard, page, join_button, folder, pairing.lower().replace("-", " "))

    assert wizard.joined is not None and not page.message.isVisible()
    # Every change of both of the laptop's bundles, counted as they were applied.
    assert any(value == most > 2 for value, most in seen)
    assert held and all(held)
    assert page.summary.text().startswith("Your practice is on this computer: 3 clients "
                                          "and 0 sessions.")
    assert "letter B (D-B000001)" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert join_button.text() == "&Next >"
    qtbot.mouseClick(join_button, LEFT)
    assert wizard.currentPage() is wizard.backup
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: window.isVisible()
                    and window.screens.currentWidget() is window.workspace)

    # What the coach checks: Today first, every client of the other computer on Clients.
    assert window.current_page_name() == "Today"
    window.go_to("Clients")
    assert window.clients_page.model.total() == 3
    shown = sorted(c.name for c in clients.get_many(
        window.vault, clients.list_ids(window.vault)).values())
    assert shown == NAMES
    joined = practice.settings(window.vault)
    assert joined.label == "B" and joined.practice_id == practice.settings(a).practice_id
    # This computer's own vault: its own key, opened by its own recovery code.
    assert memory_keyring.get_password("CoachDesk", window.vault.info.vault_id) == \
        recovery.decode(own_code).hex()
    assert recovery.decode(own_code) != recovery.decode(pairing)


def test_a_wrong_code_is_refused_keeping_what_was_typed_and_writing_nothing(
        qtbot, first_start, laptop, location):
    _a, folder, pairing = laptop
    _window, wizard = first_start
    page, join_button, _own = to_join_page(qtbot, wizard)
    wrong = recovery.encode(secrets.token_bytes(32))

    join(qtbot, wizard, page, join_button, folder, wrong)

    assert page.message.text() == ("No practice in this folder opens with this code. Check "
                                   "the folder, and the code shown on the other computer.")
    assert wizard.currentPage() is page and wizard.joined is None
    assert page.code.text() == wrong and page.source.text() == str(folder)
    assert not location.vault_file.exists()  # nothing half-made for the next start to open
    assert join_button.isEnabled()  # corrected, it joins
    join(qtbot, wizard, page, join_button, folder, pairing)
    assert wizard.joined is not None


def test_a_folder_without_a_practice_is_named(qtbot, first_start, laptop, location, tmp_path):
    _a, _folder, pairing = laptop
    _window, wizard = first_start
    page, join_button, _own = to_join_page(qtbot, wizard)
    empty = tmp_path / "Dropbox"
    empty.mkdir()

    join(qtbot, wizard, page, join_button, empty, pairing)

    assert page.message.text().startswith(f"The folder {empty} holds no CoachDesk practice.")
    assert page.code.text() == pairing
    assert not location.vault_file.exists()


def test_the_join_page_speaks_german(qtbot, qapp, german, location, asked, laptop, tmp_path):
    """A German coach joins: the page and the core's refusal in German (Sie)."""
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    try:
        page, join_button, _own = to_join_page(qtbot, wizard)
        assert page.title() == "Ihrer Praxis beitreten"
        assert join_button.text() == "&Beitreten"
        empty = tmp_path / "Dropbox"
        empty.mkdir()
        join(qtbot, wizard, page, join_button, empty, laptop[2])
        assert page.message.text().startswith(f"Der Ordner {empty} enthält keine "
                                              "CoachDesk-Praxis. Wählen Sie")
    finally:
        wizard.rejected.disconnect()
        wizard.reject()
        qapp.setQuitOnLastWindowClosed(True)
        window.close()
