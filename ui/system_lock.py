"""Lock when the computer does: screen locked or going to sleep, where the system says so.

Qt itself reports only that the app was suspended (mobile platforms). On Linux
desktops the session bus carries the screen saver's ``ActiveChanged(true)``
(org.freedesktop.ScreenSaver, also GNOME's and KDE's) and the system bus
carries logind's ``PrepareForSleep(true)``; CoachDesk listens to both. Where
neither exists (macOS, Windows, a bare session) the idle lock still applies.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

from ui import session_bus

try:
    from PySide6.QtDBus import QDBusConnection
except ImportError:  # a build without Qt D-Bus: only the idle lock applies
    QDBusConnection = None

SCREEN_SAVERS = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver",
                 "org.mate.ScreenSaver", "org.cinnamon.ScreenSaver")


class SystemLockWatcher(QObject):
    """Emits ``lock_now`` when the screen locks, the computer sleeps or the app is suspended."""

    lock_now = Signal(str)  # why, for tests and the status bar

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        app.applicationStateChanged.connect(self._state_changed)
        if QDBusConnection is None:
            return
        # Only a bus the desktop has: asking for one where there is none would launch one.
        session = QDBusConnection.sessionBus() if session_bus.exists() else None
        if session is not None and session.isConnected():
            for interface in SCREEN_SAVERS:
                if session.connect("", "", interface, "ActiveChanged", self,
                                   "1screen_saver_changed(bool)"):
                    self.listening.append(interface)
        system = QDBusConnection.systemBus()
        if system.isConnected() and system.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager", "PrepareForSleep", self,
                "1going_to_sleep(bool)"):
            self.listening.append("org.freedesktop.login1")

    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.lock_now.emit("screen locked")

    @Slot(bool)
    def going_to_sleep(self, sleeping: bool) -> None:
        if sleeping:
            self.lock_now.emit("going to sleep")

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_now.emit("suspended")
