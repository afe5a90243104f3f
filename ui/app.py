"""Start-up: the application object, the one-instance guard, then wizard or window."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QApplication

from coachdesk.files import UnsafeFolder
from coachdesk.paths import VaultLocation
from coachdesk.vault import NoSqlCipher, health, sqlcipher_version
from ui import ask, ending, gc_guard, ops, print_language, session_bus, theme, translations
from ui.database_errors import database_error, what_failed
from ui.main_window import MainWindow
from ui.single_instance import SingleInstance
from ui.widgets import AfterFirstPaint
from ui.words import say_error

if TYPE_CHECKING:
    from ui.wizard import FirstRunWizard

SETTLED_MS = 1000  # at the latest, when no vault opens by itself: the unlock screen, wizard
SHOWN_AT_LATEST_MS = 1000  # the first window, while its opening is still under way
ICON = theme.RESOURCES / "coachdesk.png"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DESKTOP_FILE = "org.coachdesk.CoachDesk"  # resources/org.coachdesk.CoachDesk.desktop


def _report_crash(kind, value, tb) -> None:
    """Say where it failed, never what it held: messages may carry client text.

    A read that finds the vault damaged goes to the window, which locks and shows the
    damaged-vault screen. Any other database error is said as what is known: that a
    read or a save failed, and of what kind; never that everything is safe.
    """
    frames = traceback.extract_tb(tb)
    where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"
    print(f"CoachDesk: unexpected {kind.__name__} at {where}", file=sys.stderr)
    for frame in frames:
        print(f"  {frame.filename}:{frame.lineno} in {frame.name}", file=sys.stderr)
    app = QApplication.instance()
    if app is None or app.closingDown() or QThread.currentThread() is not app.thread():
        return  # a window off the GUI thread, or as CoachDesk ends, would hang it
    title = QCoreApplication.translate("app", "Something went wrong")
    failed = database_error(value)
    if failed is None:
        ask.warn(None, title, QCoreApplication.translate(
            "app", "CoachDesk hit an unexpected problem. Everything saved before is safe in "
            "your vault. If it happens again, please restart CoachDesk."))
        return
    if health.is_damage(failed) and any(
            window.vault_unreadable(failed) for window in QApplication.topLevelWidgets()
            if isinstance(window, MainWindow)):
        return
    ask.warn(None, title, QCoreApplication.translate(
        "app", "CoachDesk could not read from or save to your vault: %1. What you were doing "
        "when it happened may not have been saved, and CoachDesk cannot tell from here "
        "whether anything else in the vault is affected. Restart CoachDesk: it checks your "
        "vault as it opens it, and says so if it is damaged.").replace("%1", what_failed(failed)))


def _cannot_start(text: str) -> None:
    """Why CoachDesk stops before its window, said calmly (never a stack trace)."""
    ask.warn(None, QCoreApplication.translate("app", "CoachDesk cannot start"), text)


def make_application(argv: list[str]) -> QApplication:
    session_bus.never_launch_one()  # before Qt looks for a session bus (see ui.session_bus)
    app = QApplication.instance() or QApplication(argv)
    QCoreApplication.setOrganizationName("CoachDesk")
    QCoreApplication.setApplicationName("CoachDesk")
    app.setApplicationDisplayName("CoachDesk")
    translations.install(app)  # before the first window: every page is built in its words
    print_language.install()  # reports word their frames with CoachDesk's translations
    # The desktop file name ties the windows to the installed launcher (Wayland, docks).
    QApplication.setDesktopFileName(DESKTOP_FILE)
    theme.apply(app)
    gc_guard.install(app)  # Qt objects must never be freed on the vault worker thread
    return app


def show_the_icon(app: QApplication) -> None:
    """CoachDesk's icon on every window that has none of its own (the task bar, Alt+Tab,
    _NET_WM_ICON on X11): Qt gives each window the application's icon, and sends it to
    windows already shown. Set just after the first window is drawn (QIcon's import and
    the PNG cost a start about 2 ms)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon, QPixmap

    # Drawn at the sizes task bars and switchers ask for: X11 gets no icon at all from
    # a QIcon made from the file's name (_NET_WM_ICON stays empty), and one from pixmaps.
    drawn, icon = QPixmap(str(ICON)), QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(drawn.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio,
                                    Qt.TransformationMode.SmoothTransformation))
    app.setWindowIcon(icon)


def after_the_first_screen(window: MainWindow, then: Callable[[], object]) -> None:
    """Run ``then`` once, just after the screen a coach starts from is drawn: Today, when
    the vault opens by itself (not the "Opening…" frame drawn while it opens), else once
    no opening is under way, from ``SETTLED_MS`` on (the unlock screen asking, the wizard).
    For what that screen does not need: the window's icon, listening for a second start
    (QtNetwork: about 7 ms)."""
    pending: list[Callable[[], object]] = [then]

    def run() -> None:
        if pending:
            window.screens.currentChanged.disconnect(shown)
            pending.pop()()

    def shown(index: int) -> None:
        if window.screens.widget(index) is window.workspace:
            AfterFirstPaint(window, run)

    def settled(waited: int) -> None:
        if window.screens.currentWidget() is window.workspace:
            return  # Today is on its way: ``shown`` runs it after Today's paint
        if not ops.idle() and waited < SETTLED_MS * 5:  # an opening may yet draw Today
            QTimer.singleShot(SETTLED_MS, window, lambda: settled(waited + SETTLED_MS))
        else:
            run()

    window.screens.currentChanged.connect(shown)
    QTimer.singleShot(SETTLED_MS, window, lambda: settled(SETTLED_MS))


def show_when_opened(window: MainWindow) -> None:
    """Show the window with the screen its opening ends on (Today, or what the unlock
    screen asks for) instead of an "Opening…" frame that Today replaces a moment later:
    that frame was drawn before Today at nearly every start, and cost one more frame's
    styling, layout and drawing. An opening still under way after ``SHOWN_AT_LATEST_MS``
    (a keyring asking for its password, an update's migration, a damaged vault's check)
    shows the window with its "Opening…" words, as before."""
    def show() -> None:
        if not window.isVisible():
            window.show()

    ops.after_running(show)
    QTimer.singleShot(SHOWN_AT_LATEST_MS, window, show)


def start(app: QApplication, location: VaultLocation,
          demo: bool = False) -> tuple[MainWindow, FirstRunWizard | None]:
    """Show the first-run wizard (no vault yet) or the window, opening by itself if it can."""
    window = MainWindow(location)
    if demo:  # the opening starts on the worker, the window shows with what it ends on
        window.open_demo()
        show_when_opened(window)
        return window, None
    if location.exists():
        window.start()
        show_when_opened(window)
        return window, None
    from ui.wizard import FirstRunWizard  # only on the first start, with no vault yet

    app.setQuitOnLastWindowClosed(False)  # the wizard hides before the window shows
    wizard = FirstRunWizard(location)

    def created(vault) -> None:
        window.show()
        window.activateWindow()  # the wizard had focus; hand it to the window
        window.open_vault(vault)
        app.setQuitOnLastWindowClosed(True)

    wizard.created.connect(created)
    wizard.rejected.connect(app.quit)
    wizard.show()
    return window, wizard


def run(argv: list[str], location: VaultLocation, demo: bool = False) -> int:
    sys.excepthook = _report_crash
    app = make_application(argv)
    try:
        sqlcipher_version()
    except NoSqlCipher as exc:
        _cannot_start(say_error(exc))
        return 2

    try:
        guard = SingleInstance(location)  # makes the vault's folder, or refuses it
    except UnsafeFolder as exc:
        _cannot_start(say_error(exc))
        return 2
    except OSError as exc:
        _cannot_start(QCoreApplication.translate(
            "app", "CoachDesk cannot use the folder %1 for your vault (%2). Choose another "
            "folder (start CoachDesk with --home and a folder of your own).")
            .replace("%1", str(location.folder)).replace("%2", exc.strerror or str(exc)))
        return 2
    if not guard.acquire(listen=False):
        if guard.ask_running_to_raise():
            print("CoachDesk is already open with this vault; its window was brought to "
                  "the front.")
            return 0
        ask.warn(None, QCoreApplication.translate("app", "CoachDesk is already open"),
                 QCoreApplication.translate(
                     "app", "CoachDesk is already open with this vault in another window. "
                     "Switch to it, or close it before starting CoachDesk again."))
        return 1

    window, _wizard = start(app, location, demo)
    after_the_first_screen(window, lambda: show_the_icon(app))
    guard.raise_requested.connect(window.bring_to_front)
    after_the_first_screen(window, guard.listen)
    end_requests = ending.watch(app)
    if end_requests is not None:
        end_requests.requested.connect(lambda: end_now(app, window))
    try:
        return app.exec()
    finally:
        if window.vault is not None:
            window.lock(ask_first=False)
        guard.release()
        if end_requests is not None:
            end_requests.stop()


def end_now(app: QApplication, window: MainWindow) -> None:
    """SIGTERM (logout, shutdown): what Quit does, without a question nobody is there to
    answer: open notes are saved, the vault closed; run() then removes the lock file.
    Unsaved form changes are dropped, as an idle lock drops them."""
    window.ending = True
    if window.isVisible() or window.vault is not None:  # not the wizard's hidden window
        window.close()
    app.quit()  # also leaves any dialog's own event loop
