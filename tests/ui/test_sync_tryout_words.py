"""The words of the sync screens a new coach tried out (tryout findings 7, 12, 13): the
audit log names each record in the coach's words and which computer an entry is about;
the notes to resolve name the note as its list does, mark where the two texts differ and
say what was kept; the join flow tells the two codes apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from syncing import settle, two_computers

from coachdesk import clients, notes, settings
from coachdesk.sync import computers
from ui import ops
from ui.translations import FOLDER


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


@pytest.fixture
def german(qapp):
    """The app speaking German, as with German chosen in Settings."""
    translator = QTranslator()
    assert translator.load(str(FOLDER / "coachdesk_de.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def _log(qtbot, vault):
    from ui.dialogs.audit_log import AuditLogDialog

    dialog = AuditLogDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=10_000)
    qtbot.wait(50)  # the columns take their widths
    return dialog


def _rows(dialog) -> list[list[str]]:
    model = dialog.model
    return [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _records(dialog) -> dict[str, list[str]]:
    """The Record column's words, by the action's code."""
    found: dict[str, list[str]] = {}
    for r in range(dialog.model.rowCount()):
        code = dialog.model.item(r, 2).toolTip().splitlines()[-1]
        found.setdefault(code, []).append(dialog.model.item(r, 3).text())
    return found


def _whole_columns(dialog) -> None:
    """No cell of the When, Computer and Record columns is cut at the dialog's size."""
    view, header = dialog.view, dialog.view.horizontalHeader()
    width = sum(header.sectionSize(c) for c in range(dialog.model.columnCount()))
    assert width <= view.viewport().width()  # nothing off to the right
    metrics = view.fontMetrics()
    for column in (0, 1, 3):
        widest = max(metrics.horizontalAdvance(row[column]) for row in _rows(dialog))
        assert header.sectionSize(column) >= widest, (column, header.sectionSize(column))


def test_the_audit_log_names_records_and_computers_in_words(qtbot, two):
    laptop, desktop = two
    ann = clients.add(laptop, clients.ClientDraft("Ann Lee"))
    note = notes.add(laptop, ann.id, "Words from the laptop.")
    settings.put(laptop, "idle_lock_minutes", "15")
    settle(laptop, desktop)
    (desk_id, desk_letter) = [(c.device, c.label) for c in computers.listing(laptop)
                              if not c.this][0]
    computers.mark_gone(laptop, desk_id)

    on_laptop = _records(_log(qtbot, laptop))
    assert on_laptop["client.added"] == [f"Client {ann.id}"]
    assert on_laptop["note.added"] == [f"Note {note.id}"]
    assert on_laptop["setting.idle_lock_minutes"] == ["Settings"]
    # Which computer was marked as gone: the desktop, by its letter.
    assert on_laptop["sync.computer_gone"] == [f"Computer {desk_letter}"]
    assert desk_letter == "B"

    on_desktop = _records(_log(qtbot, desktop))
    # What the desktop took in came from the laptop, the practice's first computer (A).
    applied = on_desktop["sync.bundle_applied"]
    assert applied and all(r.startswith("Changes from computer A (no. ") for r in applied)
    every = [cell for row in _rows(_log(qtbot, desktop)) for cell in row]
    assert not any(w in cell for cell in every
                   for w in ("bundle", "client ", "note ", "setting", "Ann Lee", "laptop."))
    assert ops.wait_for_all()


def test_the_audit_log_in_german_shows_no_english_and_no_cut_column(qtbot, two, german):
    laptop, desktop = two
    ann = clients.add(laptop, clients.ClientDraft("Ann Lee"))
    settle(laptop, desktop)
    desk_id = [c.device for c in computers.listing(laptop) if not c.this][0]
    computers.mark_gone(laptop, desk_id)
    dialog = _log(qtbot, desktop)
    records = _records(dialog)
    assert all(r.startswith("Änderungen von Computer A (Nr. ")
               for r in records["sync.bundle_applied"])
    laptop_log = _log(qtbot, laptop)
    records = _records(laptop_log)
    assert records["client.added"] == [f"Klient {ann.id}"]
    assert records["sync.computer_gone"] == ["Computer B"]
    _whole_columns(dialog)
    _whole_columns(laptop_log)
    assert ops.wait_for_all()
