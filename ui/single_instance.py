"""One CoachDesk per vault: a QLockFile, plus a local socket to wake the first one.

A second start on the same vault asks the running one to raise its window and
then leaves; if the first cannot be reached, the coach is told plainly that
CoachDesk is already open.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

from coachdesk.paths import VaultLocation

if TYPE_CHECKING:  # Qt Network loads when first listened on or asked: not before the window
    from PySide6.QtNetwork import QLocalServer

RAISE = b"raise\n"


def _server_name(location: VaultLocation) -> str:
    digest = hashlib.sha256(str(location.folder.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"coachdesk-{digest}"


class SingleInstance(QObject):
    raise_requested = Signal()

    def __init__(self, location: VaultLocation, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        location.ensure_folder()  # owner-only, before the lock file lands in it
        self._lock = QLockFile(str(location.lock_file))
        self._lock.setStaleLockTime(0)  # a crashed CoachDesk's lock is detected by its pid
        self._server: QLocalServer | None = None

    def acquire(self, listen: bool = True) -> bool:
        """True when this process now owns the vault. ``listen=False`` leaves answering
        a second start to a later ``listen()`` (start-up draws the window first)."""
        if not self._lock.tryLock(200):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Answer a second start's request to bring this window to the front."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return
        name = _server_name(self.location)
        QLocalServer.removeServer(name)  # left over by a crash
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(name)

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            arrived = socket.bytesAvailable() or socket.waitForReadyRead(1000)
            if arrived and RAISE.strip() in bytes(socket.readAll().data()):
                self.raise_requested.emit()
            socket.disconnectFromServer()
            socket.deleteLater()

    def ask_running_to_raise(self, patience_ms: int = 2000) -> bool:
        """From a second start: wake the first one; True if it answered. The first may
        still be drawing its window (it listens a moment after starting): keep trying."""
        import time

        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = time.monotonic() + patience_ms / 1000
        while True:
            socket.connectToServer(_server_name(self.location))
            if socket.waitForConnected(1000):
                break
            if time.monotonic() >= deadline:
                return False
            socket.abort()
            time.sleep(0.1)
        socket.write(RAISE)
        ok = socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()
