"""Whether the desktop has a D-Bus session bus, and never starting one where it has none.

On X11, libdbus answers a request for the session bus, where none is known, by
launching one (``dbus-launch --autolaunch``): a dbus-daemon that outlives the app and
that nothing else on the desktop talks on. Qt asks as its first widget is made (its
accessibility bridge looks for the screen reader's bus there), and CoachDesk would ask
to hear the screen saver. Where there is no session bus, CoachDesk sets the address
to one that libdbus (and GLib) refuse at once, before Qt starts: nothing is launched,
and programs CoachDesk opens (the file manager, for the vault's folder) inherit it.
No Qt import here: this runs before the application object exists.
"""

from __future__ import annotations

import os
import stat
import sys

NO_BUS = "disabled:"  # not an address libdbus can use: it fails at once, launching nothing


def exists() -> bool:
    """True when there is a session bus to talk on. libdbus looks in
    ``DBUS_SESSION_BUS_ADDRESS``, then at ``$XDG_RUNTIME_DIR/bus`` (systemd's user bus);
    only then does it launch one."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True  # nothing is launched there: macOS asks launchd; Windows has none
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if address:
        return address != NO_BUS
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    try:
        return bool(runtime) and stat.S_ISSOCK(os.stat(os.path.join(runtime, "bus")).st_mode)
    except OSError:
        return False


def never_launch_one() -> None:
    """Before the application object is made: where there is no session bus, make sure
    nothing in CoachDesk's process (Qt, libdbus) starts one."""
    if not exists():
        os.environ["DBUS_SESSION_BUS_ADDRESS"] = NO_BUS
