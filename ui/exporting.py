"""Saving a file where the coach chose: one way, for every PDF and CSV that leaves the vault.

:func:`save_file` is the whole ritual. It asks where (the coach's home folder first),
gives up quietly when the vault locked or another was opened while the file chooser
was open, then renders and writes on the serial worker (``ui.ops.run``, with the
locked-meanwhile guard), so a long record never freezes the window; a busy dialog
shows when the work takes long. The bytes go to a hidden partial file beside the
target, synced, and are renamed into place only once the export is recorded: a full
disk or a pulled USB stick leaves no half file under the name the coach will send, and
a file that exists was recorded. How the file is made (owner-only, never through a
link or over another account's file) is the core's one way of writing files:
:class:`coachdesk.files.StagedFile`. A failure is said in the coach's words. Once saved,
the window's status bar offers "Show in folder" and "Open" (:class:`SavedNotice`, through
``QDesktopServices``) until the coach dismisses it, a minute passes, or the vault locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from coachdesk.errors import CoachDeskError
from coachdesk.files import StagedFile, UnsafeFile
from ui.words import say_error

T = TypeVar("T")
BUSY_AFTER_MS = 400  # quicker saves never flash a dialog
OFFER_OPEN_MS = 60_000  # how long "Show in folder" / "Open" stay offered after a save


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def pdf_files() -> str:
    return tr("PDF documents (*.pdf)")


class NotSaved(CoachDeskError):
    """Writing the file failed; the message says which file, why, and that nothing left."""


def saver(path: str | Path) -> Callable[[bytes], StagedFile]:
    """``save`` for the core's disclosures: stages the file at ``path``; the core puts it
    in place once the disclosure is recorded (or removes it if recording fails)."""
    return lambda data: StagedFile(path, data)


def export_recorded(vault, path: str | Path, data: bytes, kind: str, record_kind: str,
                    record_id: int) -> None:
    """Write ``data`` to ``path`` and record the export; a file that exists was recorded."""
    from coachdesk import exports

    staged = StagedFile(path, data)
    try:
        exports.record(vault, kind, record_kind, record_id, data)
        staged.finish()
    except BaseException:
        staged.abort()
        raise


def failure_words(exc: BaseException, target: str | Path) -> str:
    """Why an export failed, in the coach's words."""
    if isinstance(exc, UnsafeFile):  # it names the file, and what to do, already
        return say_error(exc)
    reason = (say_error(exc) if isinstance(exc, Exception) and getattr(exc, "words", None) else
              getattr(exc, "message", None) or getattr(exc, "strerror", None) or str(exc))
    return tr("CoachDesk could not write %1 (%2). Nothing was exported.").replace(
        "%1", str(target)).replace("%2", str(reason))


def main_window(widget: QWidget | None) -> Any:
    """The main window over ``widget`` (it holds the open vault), or None."""
    top = widget.window() if widget is not None else None
    return top if top is not None and hasattr(top, "vault") else None


def still_open(widget: QWidget | None, vault) -> bool:
    """``vault`` is still open, and still the window's: not locked, nor another opened."""
    window = main_window(widget)
    return bool(vault is not None and vault.is_open
                and (window is None or window.vault is vault))


def choose_target(parent: QWidget, vault, title: str, suggested: str,
                  kinds: str | None = None) -> Path | None:
    """Where to save; None when the coach cancels, or the vault locked (or another was
    opened) while the file chooser was open: then nothing is written."""
    from ui import ask

    path = ask.save_path(parent, title, suggested, kinds or pdf_files())
    if not path or not still_open(parent, vault):
        return None
    return Path(path)


def writing(write: Callable[[Path], T], target: Path) -> Callable[[], T]:
    """``write(target)`` for the worker, with a file that could not be written said in the
    coach's words (the core's own refusals keep theirs)."""

    def work() -> T:
        try:
            return write(target)
        except (OSError, UnsafeFile) as exc:
            raise NotSaved(failure_words(exc, target)) from exc

    return work


def save_file(parent: QWidget, vault, *, title: str, suggested: str,
              write: Callable[[Path], T], saved: Callable[[T, Path], None],
              refused: Callable[[str], None] | None = None, kinds: str | None = None,
              busy: str = "") -> bool:
    """Ask where, then run ``write(target)`` (render, write, record) on the worker; on the
    GUI thread, ``saved(result, target)`` or ``refused(words)`` (a warning by default).
    ``write`` never touches widgets. False when nothing was started."""
    target = choose_target(parent, vault, title, suggested, kinds)
    if target is None:
        return False
    def done(result: T) -> None:
        saved(result, target)
        SavedNotice.offer(parent, target)

    run_writing(parent, writing(write, target), done, refused, busy)
    return True


def save_recorded(parent: QWidget, vault, *, title: str, suggested: str,
                  render: Callable[[], bytes], kind: str, record_kind: str, record_id: int,
                  saved: Callable[[Path], None], refused: Callable[[str], None] | None = None,
                  kinds: str | None = None) -> bool:
    """:func:`save_file` for a document the vault logs as printed (``exports.record``):
    ``render`` makes its bytes on the worker."""
    return save_file(parent, vault, title=title, suggested=suggested, kinds=kinds,
                     write=lambda target: export_recorded(vault, target, render(), kind,
                                                          record_kind, record_id),
                     saved=lambda _none, target: saved(target), refused=refused)


def run_writing(parent: QWidget, work: Callable[[], T], success: Callable[[T], None],
                refused: Callable[[str], None] | None = None, busy: str = "") -> None:
    """``work`` on the serial worker with the window's locked-meanwhile guard and a busy
    dialog once it has taken a moment; a failure goes to ``refused`` in the coach's words."""
    from ui import ask, ops

    def failed(exc: Exception) -> None:
        words = ops.error_text(exc)
        if refused is not None:
            refused(words)
        else:
            ask.warn(parent, tr("Not saved"), words)

    shown = BusyDialog(parent, busy or tr("Saving…"))
    ops.run(work, success=success, failure=failed, window=main_window(parent),
            always=shown.close)


class BusyDialog:
    """A busy dialog over ``parent``'s window, shown only if the work is still running
    after ``BUSY_AFTER_MS`` (it cannot be cancelled: a half-written export is worse)."""

    def __init__(self, parent: QWidget, text: str) -> None:
        self._parent = parent.window()
        self._text = text
        self._dialog: QProgressDialog | None = None
        self._timer = QTimer(self._parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._show)
        self._timer.start(BUSY_AFTER_MS)

    def _show(self) -> None:
        dialog = QProgressDialog(self._text, "", 0, 0, self._parent)
        dialog.setCancelButton(None)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        self._dialog = dialog

    def close(self) -> None:
        self._timer.stop()
        self._timer.deleteLater()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


class SavedNotice(QFrame):
    """"Saved name.pdf · Show in folder · Open · ×" in the window's status bar, after an
    export is saved (one at a time: a new save replaces it)."""

    def __init__(self, target: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("savedNotice")
        self.target = target
        self.words = QLabel(tr("Saved %1").replace("%1", target.name))
        self.words.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_button = QPushButton(tr("Show in &folder"))
        self.folder_button.setToolTip(str(target.parent))
        self.folder_button.clicked.connect(self.show_in_folder)
        self.open_button = QPushButton(tr("&Open"))
        self.open_button.clicked.connect(self.open_file)
        self.close_button = QPushButton("×")
        self.close_button.setFlat(True)
        self.close_button.setToolTip(tr("Dismiss"))
        self.close_button.setAccessibleName(tr("Dismiss"))
        self.close_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        row.addWidget(self.folder_button)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        QTimer.singleShot(OFFER_OPEN_MS, self, self.dismiss)

    @classmethod
    def offer(cls, parent: QWidget, target: Path) -> SavedNotice | None:
        """Offer ``target`` in the status bar of ``parent``'s main window (none: nothing)."""
        window = parent.window()
        if not isinstance(window, QMainWindow) or not target.exists():
            return None
        bar = window.statusBar()
        for old in bar.findChildren(SavedNotice):
            old.dismiss()
        notice = cls(target, bar)
        bar.addPermanentWidget(notice)
        locked = getattr(window, "locked", None)
        if locked is not None:  # the file's name may name a client: gone with the records
            locked.connect(notice.dismiss)
        return notice

    def show_in_folder(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target.parent))):
            self._say_where(tr("No file manager answered. The file is in %1"))

    def open_file(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.target))):
            self._say_where(tr("No app to open it answered. The file is in %1"))

    def _say_where(self, words: str) -> None:
        """This computer has nothing to open it with: say where the file is, so the coach
        can find it, instead of doing nothing at all."""
        self.words.setText(words.replace("%1", str(self.target.parent)))
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
