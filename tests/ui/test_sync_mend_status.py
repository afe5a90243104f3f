"""What the status line says of two mends after the review of issue 17 (docs/sync.md,
*Mended after review*): a computer whose letter changed because another joined with the
same one, and a bundle that does not fit this computer's records, in English and German."""

from __future__ import annotations

import shutil

import pytest

from coachdesk import clients
from coachdesk.changes import Change as Touched
from coachdesk.sync import practice, status
from tests.syncing import computer, pair, settle
from ui.sync_status import SyncStatus


@pytest.fixture
def relabelled(tmp_path):
    """Two computers that joined at once, both as B, then met: (the one now C, the other)."""
    a = computer(tmp_path, "first")
    code = practice.start(a, tmp_path / "Sync")
    for copy in ("SyncC", "SyncD"):
        shutil.copytree(tmp_path / "Sync", tmp_path / copy)
    c, d = computer(tmp_path, "c"), computer(tmp_path, "d")
    practice.join(c, tmp_path / "SyncC", code)
    practice.join(d, tmp_path / "SyncD", code)
    for copy in ("SyncC", "SyncD"):
        shutil.copytree(tmp_path / copy, tmp_path / "Sync", dirs_exist_ok=True)
    for vault in (c, d):
        with vault.transaction(touches=Touched.NONE) as conn:
            conn.execute("UPDATE sync_practice SET folder = ?", (str(tmp_path / "Sync"),))
    settle(a, c, d)
    moved, kept = sorted((c, d), key=lambda v: practice.settings(v).label, reverse=True)
    yield moved, kept
    for vault in (a, c, d):
        vault.close()


def _line(qtbot, vault) -> SyncStatus:
    widget = SyncStatus()
    qtbot.addWidget(widget)
    widget.resize(1200, 30)
    widget.show_round(status.run_round(vault))
    return widget


def test_the_status_line_says_this_computers_letter_changed(qtbot, relabelled):
    moved, kept = relabelled
    widget = _line(qtbot, moved)
    assert "this computer is now computer C" in widget.line.full_text()
    tip = widget.toolTip()
    assert "This computer is computer C." in tip
    assert "This computer was computer B until " in tip
    assert "numbers printed here before then carry the letter B." in tip
    other = _line(qtbot, kept)
    assert "now computer" not in other.line.full_text()
    assert "was computer" not in other.toolTip()


def test_the_letter_change_in_german(qtbot, relabelled, german):
    moved, _kept = relabelled
    widget = _line(qtbot, moved)
    assert "dieser Computer ist jetzt Computer C" in widget.line.full_text()
    assert "Dieser Computer war bis " in widget.toolTip()
    assert "tragen den Buchstaben B." in widget.toolTip()


def test_a_bundle_that_does_not_fit_here_is_named_in_words(qtbot, tmp_path, german):
    a, b = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    pair(a, [b], tmp_path / "Sync")
    with b.transaction(touches=Touched.NONE) as conn:
        conn.execute("CREATE TRIGGER test_refuses BEFORE INSERT ON clients"
                     " WHEN new.name = 'Pia Refused' BEGIN SELECT RAISE(ABORT, 'no'); END")
    clients.add(a, clients.ClientDraft("Pia Refused"))
    practice.exchange(a)
    widget = _line(qtbot, b)
    assert "1 Datei nicht übernommen" in widget.line.full_text()
    tip = widget.toolTip()
    assert "von Computer A nicht übernommen: passt nicht zu den Daten auf diesem Computer" \
        in tip
    assert "IntegrityError" not in tip and "Pia" not in tip
    a.close()
    b.close()
