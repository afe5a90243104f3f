"""Cold start to an unlocked main window, against bare PySide6, in one run.

    python -m bench.cold_start
    python -m bench.cold_start --instructions   # under callgrind: counts the load does not move
    python -m bench.cold_start --stages         # the same, step by step: where they go

Each start is a fresh process running main.py's own entry point until the Today
page of the unlocked window is drawn, seven times, interleaved with:

- a bare PySide6 QMainWindow (the issue's baseline);
- the same first screen drawn by bare PySide6 without CoachDesk (the style sheet, a
  menu bar, a sidebar and five lists): what PySide6 itself needs for such a screen
  (the Qt namespace's enums, the widget classes, the first text), the floor.

CoachDesk is started two ways on the large practice (bench.first_paint builds it):
as a coach's vault opens, with its key in a real Secret Service (gnome-keyring on
a private D-Bus session, when installed), and as the demo opens, without a keyring.
The bytecode is compiled first, as an installed app's is; otherwise every start
would compile the sources it imports (this machine sets PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import compileall
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7

# main.py's entry point with the given arguments, timed from the interpreter's start to
# the end of the paint that first draws the unlocked window's Today page; then four pages
# are visited for the memory figure. main is imported first, as `python main.py` runs it
# (it imports the core before Qt). Nothing polls: a filter on the window handles its
# paint requests itself once the vault is open, and a filter on Today sees whether that
# paint drew it (a loop that re-armed a zero timer kept the GUI thread taking the GIL from
# the thread that opens the vault). The time is taken as that paint ends, not on a zero
# timer after it: such a timer ran after the work the app puts just behind its first
# frame (ui.widgets.AfterFirstPaint), and counted it.
START = r"""
import os, sys, time
started, cpu = time.perf_counter(), time.process_time()
sys.path.insert(0, sys.argv[1])
import main
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Painted(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.today_drawn = self.painting = False
        self.took = None

    def eventFilter(self, watched, event):
        kind = event.type()
        if watched is self.window.today_page:
            if kind == QEvent.Type.Paint and self.window.vault is not None:
                self.today_drawn = True
            return False
        if (kind != QEvent.Type.UpdateRequest or self.took is not None or self.painting
                or self.window.vault is None):
            return False
        self.painting = True  # this paint request, handled here, then timed
        QApplication.sendEvent(self.window, event)
        self.painting = False
        if self.today_drawn:
            self.took = time.perf_counter() - started, time.process_time() - cpu
            if os.environ.get("BENCH_STOP_AT_PAINT"):  # counting instructions: stop here
                os._exit(0)
            QTimer.singleShot(0, self.report)
        return True

    def report(self):
        took, cpu_took = self.took
        app = QApplication.instance()
        for page in ("Clients", "Sessions", "Reports", "Today"):
            self.window.go_to(page); app.processEvents(); self.window.grab()
        rss = next(int(l.split()[1]) for l in open("/proc/self/status")
                   if l.startswith("VmRSS"))
        print(f"{took:.4f} {cpu_took:.4f} {rss / 1024:.1f}", flush=True)
        self.window.close()

def watch():  # the first turn of the event loop: the window is built, not yet unlocked
    app = QApplication.instance()
    window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow")
    painted = Painted(window)
    window.today_page.installEventFilter(painted)
    window.installEventFilter(painted)

QTimer.singleShot(0, watch)
main.main(sys.argv[2:])
"""

# The clock of the two screens without CoachDesk stops as START's does: as the paint that
# first draws the window ends (they took a second paint, window.grab(), which CoachDesk's
# start was not charged for: about 12 ms of the floor's CPU, 8%, in the floor's favour).
FIRST_PAINT = r"""
import os
from PySide6.QtCore import QEvent, QObject

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() != QEvent.Type.UpdateRequest:
            return False
        watched.removeEventFilter(self)
        QApplication.sendEvent(watched, event)  # this paint request, handled here, then timed
        print(f"{time.perf_counter() - started:.4f} {time.process_time() - cpu:.4f}",
              flush=True)
        if os.environ.get("BENCH_STOP_AT_PAINT"):  # counting instructions: stop here
            os._exit(0)
        return True

first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.processEvents()
"""

BARE = r"""
import sys, time
started, cpu = time.perf_counter(), time.process_time()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 760)
""" + FIRST_PAINT

FLOOR = r"""
import sys, time
started, cpu = time.perf_counter(), time.process_time()
from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListView, QListWidget,
                               QMainWindow, QStackedWidget, QVBoxLayout, QWidget)
app = QApplication([])
app.setStyle("Fusion")
app.setStyleSheet(open(sys.argv[1], encoding="utf-8").read())
window = QMainWindow()
window.resize(1180, 760)
for menu in ("&File", "&Clients", "&Sponsors", "&Agreements", "&Reports", "&Go", "&Help"):
    window.menuBar().addMenu(menu)
pages = QStackedWidget()
window.setCentralWidget(pages)
workspace = QWidget()
pages.addWidget(workspace)
row = QHBoxLayout(workspace)
sidebar = QListWidget()
sidebar.addItems(["Today", "Clients", "Sponsors", "Agreements", "Sessions", "Reports",
                  "Settings"])
row.addWidget(sidebar)
page = QWidget()
row.addWidget(page, 1)
column = QVBoxLayout(page)
column.addWidget(QLabel("Today"))
for panel in range(5):
    column.addWidget(QLabel(f"Panel {panel}"), 0, Qt.AlignmentFlag.AlignLeft)
    view = QListView()
    view.setModel(QStringListModel([f"Client {k}\nSession {k}" for k in range(8)], view))
    column.addWidget(view)
""" + FIRST_PAINT

# Keeps the large practice's key in the Secret Service under its vault id and names
# the keyring vault in its info file, as the first-run wizard does.
STORE_KEY = r"""
import sys
sys.path.insert(0, sys.argv[1])
from coachdesk import vault as vaults
from coachdesk.paths import VaultLocation
from coachdesk.vault import keystore
location = VaultLocation.default()
backend = keystore.store_key(sys.argv[2], vaults.DEMO_KEY)
vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
with vault.transaction() as conn:  # the copy is a coach's vault now, not the demo
    conn.execute("UPDATE vault_info SET value = 'keyring' WHERE key = 'key_mode'")
vault.close()
vaults.VaultInfo(sys.argv[2], "keyring", keyring_backend=backend).write(location)
"""


@dataclass(frozen=True)
class Start:
    """One kind of start: medians of its runs, in seconds, and each run's CPU time as run
    (against the floor's run beside it: the noise the figure carries)."""

    wall: float  # from the interpreter's start to the first screen drawn
    cpu: float  # the process's CPU time meanwhile (all threads): steadier on a busy machine
    cpu_runs: tuple[float, ...] = ()


@dataclass(frozen=True)
class ColdStart:
    keyring: Start | None  # None without a Secret Service here
    demo: Start
    bare: Start
    floor: Start
    rss_mb: float


def _median(runs: list[tuple[float, float]]) -> Start:
    return Start(statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs),
                 tuple(c for _, c in runs))


def compile_bytecode() -> None:
    for folder in ("coachdesk", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


@contextlib.contextmanager
def secret_service(scratch: Path, location) -> Iterator[dict | None]:
    """A private D-Bus session with gnome-keyring unlocked, holding a copy of the large
    practice as a keyring vault; None when dbus-run-session or gnome-keyring is missing."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        yield None
        return
    home, runtime, vault_home = scratch / "home", scratch / "run", scratch / "vault"
    for folder in (home, runtime, vault_home):
        folder.mkdir(mode=0o700)
    shutil.copyfile(location.vault_file, vault_home / location.vault_file.name)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               COACHDESK_HOME=str(vault_home))
    script = ('echo "$DBUS_SESSION_BUS_ADDRESS"; printf %s bench | gnome-keyring-daemon '
              '--unlock --components=secrets >/dev/null; echo ready; exec sleep 3600')
    session = subprocess.Popen(["dbus-run-session", "--", "sh", "-c", script], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                               start_new_session=True)
    try:
        env["DBUS_SESSION_BUS_ADDRESS"] = session.stdout.readline().strip()
        if session.stdout.readline().strip() != "ready":
            yield None
            return
        vault_id = _vault_id(location)
        subprocess.run([sys.executable, "-c", STORE_KEY, str(ROOT), vault_id], env=env,
                       check=True)
        yield env
    finally:
        os.killpg(session.pid, signal.SIGTERM)
        session.wait(timeout=30)
        subprocess.run(["pkill", "-f", f"gnome-keyring-daemon.*{runtime}"], check=False)


def _vault_id(location) -> str:
    sys.path.insert(0, str(ROOT))
    from coachdesk import vault as vaults

    vault = vaults.open_with_key(location, vaults.RawKey(vaults.DEMO_KEY))
    try:
        return vault.info.vault_id
    finally:
        vault.close()


def _seconds(script: str, *args: str, env: dict) -> list[str]:
    """The figures a start prints last (anything the app itself prints comes before)."""
    out = subprocess.run([sys.executable, "-c", script, *args], cwd=ROOT, env=env,
                         capture_output=True, text=True, check=True).stdout
    return out.splitlines()[-1].split()


def measure(location) -> ColdStart:
    compile_bytecode()
    sheet = str(ROOT / "resources" / "style.qss")
    keyring: list[tuple[float, float]] = []
    demo: list[tuple[float, float]] = []
    bare: list[tuple[float, float]] = []
    floor: list[tuple[float, float]] = []
    rss: list[float] = []
    with tempfile.TemporaryDirectory() as scratch:
        demo_home = Path(scratch) / "demo-home"
        demo_home.mkdir()
        (demo_home / "demo").symlink_to(location.folder.resolve())
        demo_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=str(demo_home),
                        XDG_CONFIG_HOME=str(demo_home / "config"))
        with secret_service(Path(scratch), location) as keyring_env:
            for _ in range(RUNS):
                if keyring_env is not None:
                    took, cpu, mb = _seconds(START, str(ROOT), env=keyring_env)
                    keyring.append((float(took), float(cpu)))
                    rss.append(float(mb))
                took, cpu, mb = _seconds(START, str(ROOT), "--demo", env=demo_env)
                demo.append((float(took), float(cpu)))
                rss.append(float(mb))
                took, cpu = _seconds(BARE, env=demo_env)
                bare.append((float(took), float(cpu)))
                took, cpu = _seconds(FLOOR, sheet, env=demo_env)
                floor.append((float(took), float(cpu)))
    return ColdStart(_median(keyring) if keyring else None, _median(demo), _median(bare),
                     _median(floor), max(rss))


def rows(result: ColdStart) -> list[tuple[str, str, str]]:
    """The figures as the bench's table shows them: (figure, measured, goal). Each start
    against the floor (the same first screen in bare PySide6) and a bare window, in
    wall time, and in CPU time against the floor."""
    floor, bare = result.floor, result.bare

    def against(start: Start) -> str:
        # each run's CPU against the floor's run in the same round: their spread
        ratios = [c / f for c, f in zip(start.cpu_runs, floor.cpu_runs, strict=True)]
        return (f"{start.wall * 1000:.0f} ms = {start.wall / floor.wall:.2f}x floor, "
                f"{start.wall / bare.wall:.2f}x bare; CPU {start.cpu * 1000:.0f} ms = "
                f"{start.cpu / floor.cpu:.2f}x floor (runs {min(ratios):.2f}-"
                f"{max(ratios):.2f}x)")

    found = []
    if result.keyring is not None:
        found.append(("cold start to an unlocked main window (key in gnome-keyring)",
                      against(result.keyring), "at most 1.5x floor"))
    else:
        found.append(("cold start with the key in a keyring", "not measured: no "
                      "dbus-run-session and gnome-keyring here", "at most 1.5x floor"))
    found += [
        ("cold start to an unlocked main window (demo, no keyring)", against(result.demo),
         "at most 1.3x floor"),
        ("the same first screen in bare PySide6 (the floor)",
         f"{floor.wall * 1000:.0f} ms = {floor.wall / bare.wall:.2f}x bare "
         f"({bare.wall * 1000:.0f} ms); CPU {floor.cpu * 1000:.0f} ms", ""),
        ("memory after opening the large practice", f"{result.rss_mb:.0f} MB",
         "under 200 MB"),
    ]
    return found


def _instructions(script: str, *args: str, env: dict) -> int:
    """Instructions one start executes (all threads) until its first screen is drawn."""
    # Fair scheduling hands the GIL between the GUI thread and the opening thread in turn:
    # without it a start's count jumps by about 100 M between runs (which thread waits).
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                           "--fair-sched=yes", sys.executable, "-c", script, *args], cwd=ROOT,
                          env=dict(env, BENCH_STOP_AT_PAINT="1"), capture_output=True,
                          text=True, check=True)
    return int(done.stderr.split("Collected :")[1].split()[0])


def instructions(runs: int = 3) -> list[tuple[str, str, str]]:
    """A demo start and the floor under callgrind (`--instructions`): counts that the load
    of a shared machine does not move, where wall and CPU times do. The demo start opens
    the small demo practice (made by a first start, not counted). Timers still fire while
    valgrind slows a start some fifty times, as on a very slow machine; the median of
    ``runs`` is shown, with the spread."""
    compile_bytecode()
    sheet = str(ROOT / "resources" / "style.qss")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=home,
                   XDG_CONFIG_HOME=str(Path(home) / "config"))
        _seconds(START, str(ROOT), "--demo", env=env)  # makes the demo practice
        demo = [_instructions(START, str(ROOT), "--demo", env=env) for _ in range(runs)]
        floor = [_instructions(FLOOR, sheet, env=env) for _ in range(runs)]

    def shown(counts: list[int]) -> str:
        return (f"{statistics.median(counts) / 1e6:,.0f} M instructions (runs "
                f"{min(counts) / 1e6:,.0f}-{max(counts) / 1e6:,.0f} M)")

    ratio = statistics.median(demo) / statistics.median(floor)
    return [("cold start, demo, to Today's first paint (callgrind)",
             f"{shown(demo)} = {ratio:.2f}x floor", "at most 1.3x floor"),
            ("the same first screen in bare PySide6 (the floor)", shown(floor), "")]


# A demo start cut short after each step (``--stages``), and the floor likewise: what each
# step adds, in instructions, the rest of the way being the full start's count.
STEPS = (
    ("Python itself", ""),
    ("the core and what it imports (import main)", "import main\n"),
    ("the window's modules, with Qt's (import ui.app)", "import ui.app\n"),
    ("the application: its words, the theme", "app = ui.app.make_application(['coachdesk'])\n"),
    ("the window built: unlock screen, Today, actions",
     "from coachdesk.paths import VaultLocation\n"
     "window = ui.app.MainWindow(VaultLocation.default(demo=True))\n"),
)
FLOOR_STEPS = (
    ("Python itself", ""),
    ("Qt's modules", FLOOR.split("app = QApplication")[0]),
    ("the application and the style sheet",
     "app = QApplication" + FLOOR.split("app = QApplication")[1].split("window =")[0]),
)


def stages() -> list[tuple[str, str, str]]:
    """Each step's own instructions (one run each: callgrind's counts repeat to within
    a few M), a demo start's and the floor's, to the paint that first draws the screen."""
    compile_bytecode()
    sheet = str(ROOT / "resources" / "style.qss")
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COACHDESK_HOME=home,
                   XDG_CONFIG_HOME=str(Path(home) / "config"))
        _seconds(START, str(ROOT), "--demo", env=env)  # makes the demo practice
        found: list[tuple[str, str, str]] = []
        for steps, whole, args, who in (
                (STEPS, START, (str(ROOT), "--demo"), "start"),
                (FLOOR_STEPS, FLOOR, (sheet,), "floor")):
            script, before = f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n", 0
            for name, code in steps:
                script += code
                count = _instructions(script, *args, env=env)
                found.append((f"{who}: {name}", f"{(count - before) / 1e6:,.0f} M", ""))
                before = count
            count = _instructions(whole, *args, env=env)
            found.append((f"{who}: the rest, to the first paint",
                          f"{(count - before) / 1e6:,.0f} M", f"{count / 1e6:,.0f} M in all"))
    return found


def main() -> int:
    if "--stages" in sys.argv[1:]:
        for name, value, total in stages():
            print(f"{name:66}  {value:>8}  {total}")
        return 0
    if "--instructions" in sys.argv[1:]:
        for name, value, goal in instructions():
            print(f"{name:58}  {value:>72}  {goal}")
        return 0
    from bench.first_paint import large_practice

    for name, value, goal in rows(measure(large_practice())):
        print(f"{name:58}  {value:>72}  {goal}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
