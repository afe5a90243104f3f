"""``--self-test``: prove an installed CoachDesk works, without touching the coach's vault.

In a throwaway folder it creates a vault (passphrase mode: the keyring is not
touched), writes a client and a note, reads them back, searches, renders a
report PDF, makes and verifies a backup, then removes the folder. Each step
prints one line; the exit code is 0 only if all passed. Used by the build
test and by a coach (or their IT person) after installing.
"""

from __future__ import annotations

import os
import secrets
import sys
import tempfile
import time
from pathlib import Path


def run() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # works without a display
    from PySide6.QtGui import QGuiApplication

    from coachdesk import __version__, clients, notes, search
    from coachdesk import vault as vaults
    from coachdesk.paths import VaultLocation
    from coachdesk.reports import ApprovedWords, Fact, PrintedFrame, ReportContent
    from coachdesk.vault import backups
    from ui.pdf import report_pdf

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(f"CoachDesk {__version__} self-test")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="coachdesk-self-test-") as scratch:
        folder = Path(scratch)
        state: dict = {}

        def step(name: str, work) -> None:
            nonlocal failures
            started = time.perf_counter()
            try:
                detail = work()
            except Exception as exc:  # every failure is reported, none hidden
                failures += 1
                print(f"FAIL {name}: {type(exc).__name__}: {exc}")
                return
            ms = (time.perf_counter() - started) * 1000
            print(f"ok   {name}{f' ({detail})' if detail else ''} [{ms:.0f} ms]")

        def create():
            location = VaultLocation(folder / "vault")
            state["vault"] = vaults.create(location, vaults.plan_passphrase_vault(
                "self-test " + secrets.token_hex(8)))
            return f"SQLCipher {vaults.sqlcipher_version()}"

        def write():
            vault = state["vault"]
            client = clients.add(vault, clients.ClientDraft("Self Test Client"))
            state["note"] = notes.add(vault, client.id, "self-test note about delegation")
            return None

        def read():
            note = notes.get(state["vault"], state["note"].id)
            assert note.body == "self-test note about delegation", "the note came back changed"

        def find():
            hits = search.everything(state["vault"], "delegation")
            assert hits, "search found nothing"
            return f"{len(hits)} hit"

        def pdf():
            data = report_pdf(ReportContent(
                disclosure_id=1, disclosure_number="D-000001", produced_on="2026-01-01",
                frame=PrintedFrame(
                    coach_name="Self Test", client_name="Self Test Client",
                    sponsor_name="Sponsor", recipient_name="Sponsor", purpose="Self-test",
                    period_from="2026-01-01", period_to="2026-01-31",
                    facts=(Fact("Attendance", "1 session held"),)),
                words=(ApprovedWords("Approved words <b>as typed</b>", "2026-01-01",
                                     "on_screen"),)))
            assert data.startswith(b"%PDF") and len(data) > 1000, "the PDF is not a PDF"
            return f"{len(data) // 1024} KB"

        def backup():
            made = backups.make(state["vault"], folder / "backups")
            return f"{made.size // 1024} KB, verified"

        for name, work in (("create an encrypted vault", create), ("write", write),
                           ("read back", read), ("search", find), ("render a PDF", pdf),
                           ("back up and verify", backup)):
            if name != "create an encrypted vault" and "vault" not in state:
                failures += 1
                print(f"FAIL {name}: no vault")
                continue
            step(name, work)
        if "vault" in state:
            state["vault"].close()
    del app
    print("self-test passed" if not failures else f"self-test FAILED ({failures} steps)")
    return 0 if not failures else 1
