"""Read CoachDesk's accessible tree from the accessibility bus, as a screen reader does.

Run with the system's Python (Debian's python3-pyatspi lives there, not in the venv):
    /usr/bin/python3 atspi_reader.py APP_NAME SECONDS NAMES_JSON
Reads the tree of the application named APP_NAME until it shows a window, the sidebar
("Sections") with its items, and a row naming one of the clients listed in the file
NAMES_JSON, or until SECONDS pass; then prints one JSON document of what it found.
Exit 2: no such application appeared on the bus.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi

LIMIT = 6000  # nodes read at most (a lazy client list could be long)


def find_app(name: str):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == name and app.childCount > 0:
            return app
    return None


def nodes(root):
    """Every node under ``root``, breadth first, at most LIMIT; dead ones skipped."""
    queue, seen = [root], 0
    while queue and seen < LIMIT:
        node = queue.pop(0)
        seen += 1
        try:
            yield node
            queue.extend(node.getChildAtIndex(i) for i in range(node.childCount))
        except Exception:  # a node gone meanwhile (the page changed): skip it
            continue


def described(node) -> tuple[str, str]:
    try:
        return node.getRoleName(), node.name or ""
    except Exception:
        return "", ""


def read(app) -> dict:
    named = [described(node) for node in nodes(app)]
    windows = [name for role, name in named if role in ("frame", "window", "dialog")]
    return {"windows": windows, "named": [[r, n] for r, n in named if n]}


def sidebar(app):
    for node in nodes(app):
        if described(node) == ("list", "Sections"):
            return node
    return None


def client_row(app, names: list[str]):
    """The first list item or table cell whose name begins with a client's name."""
    for node in nodes(app):
        role, name = described(node)
        if role in ("list item", "table cell") and any(name.startswith(n) for n in names):
            return [role, name]
    return None


def main() -> int:
    name, seconds = sys.argv[1], float(sys.argv[2])
    with open(sys.argv[3], encoding="utf-8") as names_file:
        clients = json.load(names_file)
    deadline = time.monotonic() + seconds
    app = found = side = None
    while time.monotonic() < deadline:
        app = find_app(name)
        side = sidebar(app) if app is not None else None
        found = client_row(app, clients) if side is not None else None
        if found is not None:
            break
        time.sleep(0.5)
    if app is None:
        print(json.dumps({"error": f"no application {name!r} on the accessibility bus"}))
        return 2
    items = ([described(side.getChildAtIndex(i)) for i in range(side.childCount)]
             if side is not None else [])
    print(json.dumps({"application": app.name, "windows": read(app)["windows"],
                      "sidebar": [list(item) for item in items], "client": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
