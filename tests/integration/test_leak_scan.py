"""Leak scan: canaries typed through the screens never land in a file outside the vault.

A child process runs the real window with every folder it could write to (home,
config, data, cache, temp, the vault's folder) under one scratch root. It types
distinct canary strings through the screens (a client's name and email, a
sponsor and contact, a session note, a report item, a sponsor's request, the
coach's name, a search), uses review mode, a backup, lock and unlock, and
quits. Then every file under the root, and everything the process printed, is
searched for every canary in UTF-8 and UTF-16: none may appear (the vault and
its backups are encrypted, so they are searched too).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CANARIES = ["Zyxcanaryclient", "zyxcanary@example.org", "Zyxcanarysponsor",
            "Zyxcanarycontact", "Zyxcanarynote words", "Zyxcanaryexcerpt words",
            "Zyxcanaryrequest words", "Zyxcanarycoach"]

SCENARIO = r"""
import sys
sys.path.insert(0, sys.argv[1])
from datetime import date
import keyring
from tests.keyrings import MemoryKeyring
keyring.set_keyring(MemoryKeyring())
from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
QCoreApplication.setOrganizationName("CoachDesk"); QCoreApplication.setApplicationName("CoachDesk")
from ui import ask, ops, theme
theme.apply(app)
from coachdesk import vault as vaults, clients, engagements, agreements, reports, settings
from coachdesk.paths import VaultLocation
from ui.main_window import MainWindow
C = sys.argv[2].split("|")
location = VaultLocation.default()
vault = vaults.create(location, vaults.plan_keyring_vault())
w = MainWindow(location); w.show(); w.open_vault(vault)
def wait():
    ops.wait_for_all(); app.processEvents()
# A client, typed into the client dialog.
w.go_to("Clients"); w.clients_page.add_client(); d = w.clients_page.dialog
d.name.setText(C[0]); d.email.setText(C[1]); d.save(); wait()
client_id = clients.list_ids(vault)[0]
# A sponsor and contact, typed into their dialogs.
w.go_to("Sponsors"); w.sponsors_page.add_sponsor(); d = w.sponsors_page.dialog
d.edits["organisation"].setText(C[2]); d.save(); wait()
w.sponsors_page.select(1); w.sponsors_page.add_contact(); d = w.sponsors_page.dialog
d.edits["name"].setText(C[3]); d.save(); wait()
# The coach's name in Settings.
w.go_to("Settings")
w.settings_page.coach.setText(C[7])
w.settings_page.coach.editingFinished.emit()
# A session note typed in the editor.
engagement = engagements.add(
    vault, engagements.EngagementDraft(client_id, "2026-01-01", sponsor_id=1))
agreement = agreements.add(vault, agreements.draft_for_engagement(vault, engagement.id, C[7]))
for role in ("coach", "client", "sponsor"):
    agreements.record_signature(vault, agreement.id, role, "x", "2026-01-02", "handwritten")
agreements.activate(vault, agreement.id)
w.show_client(client_id); w.client_page.full_screen_editor = False
w.client_page.start_action.trigger(); editor = w.client_page.editors[-1]
editor.editor.insertPlainText(C[4]); editor.save_now(); editor.close(); wait()
editor.summary.save(); wait()  # the session-end summary: the minutes kept
# A report item written in the builder, reviewed and approved on screen.
w.go_to("Reports")
rep = reports.create(
    vault, reports.ReportDraft(engagement.id, "Progress", "2026-01-01", "2026-12-31"))
w.reports_page.refresh(); w.reports_page.select(rep.id)
w.reports_page.add_item(lift=False)
d = w.reports_page.dialog
d.words.setPlainText(C[5])
d.save()
wait()
w.reports_page.review_button.click(); w.review_screen.cards[0].approve_button.click()
ask.set_next_answers(True); w.review_screen.leave_button.click()
# A sponsor's request typed into its dialog.
w.reports_page.log_request()
d = w.reports_page.dialog
d.asked_for.setPlainText(C[6])
d.save()
wait()
# Every canary really is in the vault (a scan that found nothing must mean something).
from coachdesk import notes, sponsors, sponsor_requests, excerpts
stored = [clients.get(vault, client_id).name, clients.get(vault, client_id).email,
          sponsors.get(vault, 1).organisation, sponsors.get(vault, 1).contacts[0].name,
          *[n.body for n in notes.get_many(vault, notes.ids_for_client(vault, client_id)).values()],
          *[excerpts.get(vault, e).text for e in excerpts.ids_for_client(vault, client_id)],
          *[r.asked_for for r in sponsor_requests.all_requests(vault)],
          settings.get(vault, "coach_name")]
missing = [c for c in C if not any(c in s for s in stored)]
assert not missing, missing
# Search, a backup, lock and unlock, quit.
w.search_everything()
w.search_dialog.field.setText(C[0][:8])
QTest.qWait(400)
w.search_dialog.reject()
settings.put(vault, "backup_folder", sys.argv[3]); w.back_up(); wait(); QTest.qWait(200); wait()
w.lock(ask_first=False)
w.open_vault(vaults.unlock_with_keyring(location)); wait()
w.close(); wait()
print("scenario done", flush=True)
"""


def test_no_canary_reaches_any_file_or_output(tmp_path):
    root = tmp_path / "machine"
    folders = {name: root / name for name in ("home", "config", "data", "cache", "tmp",
                                              "runtime", "vault", "backups")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    os.chmod(folders["runtime"], 0o700)
    env = dict(os.environ, HOME=str(folders["home"]), XDG_CONFIG_HOME=str(folders["config"]),
               XDG_DATA_HOME=str(folders["data"]), XDG_CACHE_HOME=str(folders["cache"]),
               XDG_RUNTIME_DIR=str(folders["runtime"]), TMPDIR=str(folders["tmp"]),
               COACHDESK_HOME=str(folders["vault"]), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", SCENARIO, str(ROOT), "|".join(CANARIES),
                           str(folders["backups"])], env=env, capture_output=True, timeout=300,
                          cwd=ROOT)
    assert b"scenario done" in done.stdout, done.stderr.decode(errors="replace")[-3000:]
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.suffix == ".coachdesk" for p in files)  # the vault was written here
    assert any(p.name.endswith(".coachdesk-backup") for p in files)  # and a backup
    outputs = {"stdout": done.stdout, "stderr": done.stderr}
    outputs.update({str(p.relative_to(root)): p.read_bytes() for p in files})
    leaks = [(where, canary, encoding) for where, data in outputs.items()
             for canary in CANARIES for encoding in ("utf-8", "utf-16-le", "utf-16-be")
             if canary.encode(encoding) in data]
    print(f"\nleak scan: {len(CANARIES)} canaries, {len(files)} files and 2 output streams, "
          f"{sum(len(d) for d in outputs.values())} bytes searched")
    assert leaks == []
