"""The one seam through which CoachDesk asks or tells the coach something.

Tests pre-answer it with :func:`set_next_answers` (as KeePassXC's
``MessageBox::setNextAnswer`` does) instead of patching Qt; every message shown
is also kept in :data:`shown` so a test can assert on what the coach read.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QWidget

_next_answers: deque[bool] = deque()
_next_options: deque[bool] = deque()
_next_paths: deque[str | None] = deque()
_next_choices: deque[int | None] = deque()
shown: list[tuple[str, str]] = []  # (title, text) of every message, newest last
_strict = False  # tests: a question nobody pre-answered is an error, not a hang


def set_next_answers(*answers: bool) -> None:
    """Answer the next questions without showing them (for tests)."""
    _next_answers.extend(answers)


def reset() -> None:
    _next_answers.clear()
    _next_options.clear()
    _next_paths.clear()
    _next_choices.clear()
    shown.clear()


def set_next_options(*ticked: bool) -> None:
    """Tick (True) or clear the box of the next pre-answered questions that have one;
    without this the box keeps its default, as when the coach leaves it alone."""
    _next_options.extend(ticked)


def set_next_paths(*paths: str | None) -> None:
    """Answer the next file choosers (None: the coach cancelled)."""
    _next_paths.extend(paths)


def set_strict(strict: bool) -> None:
    """In tests: raise on any message that was not pre-answered instead of showing it."""
    global _strict
    _strict = strict


def _pending() -> bool | None:
    if _next_answers:
        return _next_answers.popleft()
    if _strict:
        raise AssertionError(f"CoachDesk asked something no test answered: {shown[-1]}")
    return None


def confirm(parent: QWidget | None, title: str, text: str, yes: str | None = None,
            no: str | None = None) -> bool:
    shown.append((title, text))
    answer = _pending()
    if answer is not None:
        return answer
    from PySide6.QtWidgets import QMessageBox  # made when first needed, not for the first screen

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes_button, _no = _answers(box, yes, no)
    box.setDefaultButton(yes_button)
    box.exec()
    # A lock while the question was open may have deleted the box with its parent.
    return shiboken6.isValid(box) and box.clickedButton() is yes_button


def _answers(box, yes: str | None, no: str | None):
    """The yes and no buttons: the words given, or Qt's own OK and Cancel (translated by
    Qt's own catalogue in every language CoachDesk speaks)."""
    from PySide6.QtWidgets import QMessageBox

    yes_button = (box.addButton(QMessageBox.StandardButton.Ok) if yes is None
                  else box.addButton(yes, QMessageBox.ButtonRole.AcceptRole))
    no_button = (box.addButton(QMessageBox.StandardButton.Cancel) if no is None
                 else box.addButton(no, QMessageBox.ButtonRole.RejectRole))
    return yes_button, no_button


def set_next_choices(*chosen: int | None) -> None:
    """Answer the next :func:`choose` questions (an index; None: the coach cancelled)."""
    _next_choices.extend(chosen)


def choose(parent: QWidget | None, title: str, text: str, choices: list[str]) -> int | None:
    """One of several ways on, each a button (the first is the default), or Cancel: the
    index chosen, or None."""
    shown.append((title, text))
    if _next_choices:
        return _next_choices.popleft()
    if _strict:
        raise AssertionError(f"CoachDesk asked something no test answered: {shown[-1]}")
    from PySide6.QtWidgets import QMessageBox  # made when first needed, not for the first screen

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    buttons = [box.addButton(words, QMessageBox.ButtonRole.AcceptRole) for words in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.exec()
    if not shiboken6.isValid(box):  # a lock while it was open deleted it with its parent
        return None
    clicked = box.clickedButton()
    return next((n for n, button in enumerate(buttons) if button is clicked), None)


def confirm_with_option(parent: QWidget | None, title: str, text: str, option: str, *,
                        ticked: bool = True, yes: str | None = None,
                        no: str | None = None) -> tuple[bool, bool]:
    """A question with one box to tick (ticked by default unless told otherwise); returns
    the answer and whether the box was ticked when it was given."""
    shown.append((title, f"{text}\n\n[{'x' if ticked else ' '}] {option}"))
    answer = _pending()
    if answer is not None:
        return answer, _next_options.popleft() if _next_options else ticked
    from PySide6.QtWidgets import QCheckBox, QMessageBox  # made when first asked

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    check = QCheckBox(option)
    check.setChecked(ticked)
    box.setCheckBox(check)
    yes_button, _no = _answers(box, yes, no)
    box.setDefaultButton(yes_button)
    box.exec()
    if not shiboken6.isValid(box):  # a lock while it was open deleted it with its parent
        return False, False
    return box.clickedButton() is yes_button, check.isChecked()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    shown.append((title, text))
    if _pending() is not None:
        return
    from PySide6.QtWidgets import QMessageBox  # made when first needed

    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    shown.append((title, text))
    if _pending() is not None:
        return
    from PySide6.QtWidgets import QMessageBox  # made when first needed

    QMessageBox.warning(parent, title, text)


def recovery_code(parent: QWidget | None, title: str, intro: str, code: str) -> None:
    """Show a new recovery code until the coach confirms it is written down."""
    shown.append((title, f"{intro}\n\n{code}"))
    if _pending() is not None:
        return
    from ui.dialogs.recovery import RecoveryCodeDialog

    RecoveryCodeDialog(title, intro, code, parent).exec()


def _forget_folders_visited() -> None:
    """Qt's own file dialog keeps the folders it visited in QtProject.conf; a folder can
    carry a client's name, so CoachDesk removes that history as each dialog closes."""
    from PySide6.QtCore import QSettings

    QSettings(QSettings.Scope.UserScope, "QtProject").remove("FileDialog")


def save_path(parent: QWidget | None, title: str, suggested: str, kinds: str) -> str | None:
    """Where to write an export; None when the coach cancels."""
    shown.append((title, suggested))
    if _next_paths:
        return _next_paths.popleft()
    if _strict:
        raise AssertionError(f"CoachDesk asked for a file no test chose: {title}")
    from PySide6.QtWidgets import QFileDialog

    # In the coach's home folder, not wherever CoachDesk was started from.
    path, _kind = QFileDialog.getSaveFileName(parent, title, str(Path.home() / suggested),
                                              kinds)
    _forget_folders_visited()
    return path or None


def open_path(parent: QWidget | None, title: str, kinds: str, start: str = "") -> str | None:
    """A file the coach chooses to bring in (a signed form, a backup); None when they
    cancel. The dialog opens in ``start``, else the coach's home folder."""
    shown.append((title, ""))
    if _next_paths:
        return _next_paths.popleft()
    if _strict:
        raise AssertionError(f"CoachDesk asked for a file no test chose: {title}")
    from PySide6.QtWidgets import QFileDialog
    path, _kind = QFileDialog.getOpenFileName(parent, title, start or str(Path.home()), kinds)
    _forget_folders_visited()
    return path or None


def choose_folder(parent: QWidget | None, title: str, start: str = "") -> str | None:
    """A folder the coach picks (where backups go); None when they cancel."""
    shown.append((title, start))
    if _next_paths:
        return _next_paths.popleft()
    if _strict:
        raise AssertionError(f"CoachDesk asked for a folder no test chose: {title}")
    from PySide6.QtWidgets import QFileDialog
    folder = QFileDialog.getExistingDirectory(parent, title, start or str(Path.home()))
    _forget_folders_visited()
    return folder or None
