"""A start imports, before Today's first paint, only what Today needs: the other pages,
their dialogs and the core modules Today does not read are imported when their page is
first built (issue 13). Checked in a fresh process started as ``python main.py --demo``
is, since this test process has imported everything already."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What a coach's first screen never uses: each would only lengthen the start.
NOT_FOR_TODAY = (
    "ui.pages.clients", "ui.pages.client", "ui.pages.sponsors", "ui.pages.agreements",
    "ui.pages.sessions", "ui.pages.reports", "ui.pages.credentials", "ui.pages.settings",
    "ui.review", "ui.wizard", "ui.help", "ui.upkeep", "ui.restoring", "ui.data_protection",
    "ui.leaving", "ui.exporting", "ui.pdf", "ui.dialogs.search", "ui.session_editor",
    "coachdesk.invoices", "coachdesk.credentials", "coachdesk.reports", "coachdesk.clients",
    "coachdesk.notes", "coachdesk.sponsors", "coachdesk.search", "coachdesk.demo",
    "coachdesk.upkeep", "coachdesk.legal_exports", "coachdesk.disposal",
    "coachdesk.approvals", "coachdesk.templates",
)

# Qt classes only a question, a form or a page's layout uses. PySide6 makes each class (and
# its enums, as Python enums) when a module first names it: 1 to 5 M instructions apiece.
NOT_MADE_FOR_TODAY = ("QMessageBox", "QDateEdit", "QPlainTextEdit", "QSplitter",
                      "QDesktopServices", "QFontDatabase", "QUrl")

# main.py's entry point; as the paint that first draws the unlocked Today ends, the
# modules held then; then the Reports page is visited, and the modules held after it.
START = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import main
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window, self.today_drawn, self.painting, self.seen = window, False, False, None
        self.unlock_drawn = False  # the "Opening…" frame, drawn before Today

    def eventFilter(self, watched, event):
        kind = event.type()
        if watched is self.window.unlock_page:
            self.unlock_drawn |= kind == QEvent.Type.Paint and self.window.vault is None
            return False
        if watched is self.window.today_page:
            if kind == QEvent.Type.Paint and self.window.vault is not None:
                self.today_drawn = True
            return False
        if (kind != QEvent.Type.UpdateRequest or self.painting or self.seen is not None
                or self.window.vault is None):
            return False
        self.painting = True
        QApplication.sendEvent(self.window, event)
        self.painting = False
        if self.today_drawn:
            self.seen = sorted(sys.modules)
            self.made = sorted(name for module in ("PySide6.QtCore", "PySide6.QtGui",
                                                   "PySide6.QtWidgets")
                               for name in vars(sys.modules[module]))
            self.frozen = sorted(  # frozen dataclasses compile six methods each at import
                f"{name}.{cls.__name__}" for name in self.seen if name.startswith("coachdesk")
                for cls in list(vars(sys.modules[name]).values()) if isinstance(cls, type)
                and getattr(getattr(cls, "__dataclass_params__", None), "frozen", False))
            QTimer.singleShot(0, self.visit_reports)
        return True

    def visit_reports(self):
        self.window.go_to("Reports")
        QApplication.processEvents()
        print(json.dumps({"page": self.window.current_page_name(), "at_today": self.seen,
                          "unlock_drawn": self.unlock_drawn,
                          "made": self.made, "frozen": self.frozen,
                          "after_reports": sorted(sys.modules)}), flush=True)
        self.window.close()

def watch():
    window = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow")
    painted = Painted(window)
    window.today_page.installEventFilter(painted)
    window.unlock_page.installEventFilter(painted)
    window.installEventFilter(painted)

QTimer.singleShot(0, watch)
main.main(sys.argv[2:])
"""


def _start(home: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(home),
               XDG_CONFIG_HOME=str(home / "config"))
    out = subprocess.run([sys.executable, "-c", START, str(ROOT), "--demo"], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=120, check=True).stdout
    return json.loads(out.splitlines()[-1])


def test_today_is_drawn_before_the_other_pages_are_imported(tmp_path):
    _start(tmp_path)  # the first start makes the demo practice (it imports the whole core)
    started = _start(tmp_path)  # a start as every later one is
    at_today = set(started["at_today"])
    assert {"ui.pages.today", "coachdesk.sessions"} <= at_today  # Today itself was drawn
    assert sorted(at_today.intersection(NOT_FOR_TODAY)) == []
    assert sorted(set(started["made"]).intersection(NOT_MADE_FOR_TODAY)) == []
    # The window shows with Today: no "Opening…" frame drawn first (a frame's styling,
    # layout and drawing more; ui.app.show_when_opened).
    assert started["unlock_drawn"] is False
    # The records a start makes are msgspec Structs (made in C), not frozen dataclasses.
    assert started["frozen"] == []
    # The page's own imports come with it, when the coach first goes there.
    assert started["page"] == "Reports"
    assert {"ui.pages.reports", "coachdesk.reports"} <= set(started["after_reports"])
