"""Typing and autosave in a templated session against the free page, in one run.

    python -m bench.templated_editor            # 400 keys and saves each
    python -m bench.templated_editor --keys 1000

Issue 15 asks that note templates and action items leave the editor as calm and fast as
it was. This opens the demo practice (a vault of its own in a scratch folder) in the real
window on the offscreen platform and, for the same client, starts sessions on the free
page and on GROW (twice each, alternating), typing into GROW's "Way forward" section: each
key and each save is
timed from the input to an idle event loop (bench.interactions.IdleClock, the figure a
coach feels; 16 ms is one frame). It also times what the window does once as it closes:
the checkbox lines still in the text becoming action items (a section of 2,000 lines, 20
of them checkbox lines), so ending a session stays quick.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))  # the test keyring: no Secret Service needed
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.interactions import Figure, IdleClock, _type, table  # noqa: E402

LETTERS = "the coach listens and writes what matters "


def _session(clock: IdleClock, page, template: str):
    page.start_action.trigger()
    clock.rest(0.2)
    editor = page.editors[-1]
    editor.picker.setCurrentIndex(editor.picker.findText(template))
    clock.rest(0.05)
    if editor.boxes:
        return editor, next(b for b in editor.boxes if b.section.heading == "Way forward").edit
    return editor, editor.editor


def _typing(clock: IdleClock, page, template: str, keys: int) -> list[Figure]:
    editor, text = _session(clock, page, template)
    text.setFocus()
    typed, saved = [], []
    for k in range(keys):
        typed.append(clock.time(lambda k=k: _type(text, LETTERS[k % len(LETTERS)])))
        saved.append(clock.time(editor.save_now))
    lifting = []
    if editor.boxes:
        lines = [f"[ ] action {k}" if k % 100 == 0 else f"what was said, line {k}"
                 for k in range(2000)]
        for _ in range(5):
            text.setPlainText("\n".join(lines))
            editor.save_now()
            started = time.perf_counter()
            editor.lift_items()
            lifting.append((time.perf_counter() - started) * 1000)
            assert "[ ]" not in text.toPlainText()
    editor.in_session = False  # no summary: the bench ends it as a lock would
    editor.close()
    clock.rest(0.1)
    found = [Figure(f"keystroke, {template}", typed),
             Figure(f"autosave, {template}", saved)]
    if lifting:
        found.append(Figure("checkbox lines to items at close (2,000 lines, 20 items)",
                            lifting))
    return found


def run(keys: int) -> list[Figure]:
    import keyring

    from keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory() as scratch:
        os.environ["COACHDESK_HOME"] = str(Path(scratch) / "home")
        os.environ["XDG_CONFIG_HOME"] = str(Path(scratch) / "config")
        from coachdesk.paths import VaultLocation
        from ui.app import make_application, start

        app = make_application([sys.argv[0]])
        app.setQuitOnLastWindowClosed(False)
        window, _ = start(app, VaultLocation.default(demo=True), demo=True)
        clock = IdleClock()
        clock.idle(lambda: window.vault is not None, timeout_s=120)
        clock.rest(2.0)
        client_id = window.vault.read_one(  # one with a current engagement: a session
            "SELECT client_id FROM engagements WHERE starts_on <= date('now')"
            " AND (ends_on IS NULL OR ends_on >= date('now')) ORDER BY id LIMIT 1")[0]
        window.open_client(client_id)
        page = window.client_page
        page.full_screen_editor = False
        clock.rest(0.2)
        # Each twice, alternating: the first run of either warms what both use.
        figures = []
        for template in ("Free page", "GROW", "Free page", "GROW"):
            figures += _typing(clock, page, template, keys)
        window.lock(ask_first=False)
        clock.rest()
        window.close()
        clock.rest()
        shutil.rmtree(Path(scratch) / "home", ignore_errors=True)
    return figures


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="typing in a templated session")
    parser.add_argument("--keys", type=int, default=400)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    print(table(run(args.keys)))
    print(f"\n(measured in {time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
