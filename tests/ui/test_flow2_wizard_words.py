"""Once a backup folder is chosen in the wizard, its last page stops saying "Not now?
Finish anyway" (issue 14, second trial) and says what happens next."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from coachdesk.vault import recovery

LEFT = Qt.MouseButton.LeftButton


def test_the_backup_page_says_what_happens_once_a_folder_is_chosen(
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
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), LEFT)
    page = wizard.backup
    assert "Not now?" in page.later.text()
    drive = tmp_path / "drive"
    drive.mkdir(mode=0o700)
    asked.set_next_paths(str(drive))
    qtbot.mouseClick(page.choose_button, LEFT)
    assert str(drive) in page.where.text()
    assert "Not now?" not in page.later.text() and "first copy" in page.later.text()
    with qtbot.waitSignal(wizard.created) as created:
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    created.args[0].close()
