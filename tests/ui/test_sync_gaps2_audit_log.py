"""The audit log screen of a practice on two computers: each entry says which computer
did it, and a changed entry of the other computer's chain is said plainly."""

from __future__ import annotations

import pytest
from syncing import settle, two_computers

from coachdesk import clients, notes
from ui import ops


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


def _rows(dialog):
    model = dialog.model
    return [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_the_log_shows_which_computer_did_what(qtbot, two):
    from ui.dialogs.audit_log import AuditLogDialog

    a, b = two
    ann = clients.add(a, clients.ClientDraft("Ann Lee"))
    settle(a, b)
    (on_b,) = [c for (c,) in b.read("SELECT id FROM clients")]
    notes.add(b, on_b, "Words from the desktop.")
    settle(a, b)
    dialog = AuditLogDialog(b)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0)
    rows = _rows(dialog)
    assert ["Computer A", "Client added", f"Client {ann.id}"] in [r[1:] for r in rows]
    assert any(r[1] == "This computer" and r[2] == "Note added" for r in rows)
    assert dialog.status.text() == "Every computer's audit chain checks out."
    assert not any("Ann Lee" in cell or "desktop" in cell for r in rows for cell in r)
    # Someone edits the laptop's entries kept on the desktop: the screen says so.
    b.connection.execute("DROP TRIGGER sync_audit_no_update")
    b.connection.execute("UPDATE sync_audit SET record_id = 99 WHERE action = 'client.added'")
    dialog.reload()
    qtbot.waitUntil(lambda: "does not check out" in dialog.status.text())
    assert "Computer A" in dialog.status.text()
    assert ops.wait_for_all()
