"""The words of the sync screens a new coach tried out (tryout findings 7, 12, 13): the
audit log names each record in the coach's words and which computer an entry is about;
the notes to resolve name the note as its list does, mark where the two texts differ and
say what was kept; the join flow tells the two codes apart."""

from __future__ import annotations

import pytest
from syncing import computer, settle, two_computers

from coachdesk import clients, notes, settings
from coachdesk.sync import computers, conflicts, practice
from ui import ops


@pytest.fixture
def two(tmp_path):
    with two_computers(tmp_path) as both:
        yield both


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


def _whole_columns(qtbot, dialog) -> None:
    """No cell is cut at the dialog's size, once the columns have taken their widths."""
    view, header = dialog.view, dialog.view.horizontalHeader()
    metrics = view.fontMetrics()
    widest = {column: max(metrics.horizontalAdvance(row[column]) for row in _rows(dialog))
              for column in range(4)}
    qtbot.waitUntil(lambda: all(header.sectionSize(c) >= w for c, w in widest.items()),
                    timeout=3000)
    width = sum(header.sectionSize(c) for c in range(dialog.model.columnCount()))
    assert width <= view.viewport().width()  # nothing off to the right


def test_the_audit_log_names_records_and_computers_in_words(qtbot, two):
    laptop, desktop = two
    ann = clients.add(laptop, clients.ClientDraft("Ann Lee"))
    note = notes.add(laptop, ann.id, "Words from the laptop.")
    settings.put(laptop, "idle_lock_minutes", "15")
    settle(laptop, desktop)
    clients.add(desktop, clients.ClientDraft("Bo Chen"))  # carries its log to the laptop
    settle(laptop, desktop)
    (desk_id, desk_letter) = next((c.device, c.label) for c in computers.listing(laptop)
                                  if not c.this)
    computers.mark_gone(laptop, desk_id)

    on_laptop = _records(_log(qtbot, laptop))
    assert f"Client {ann.id}" in on_laptop["client.added"]
    assert on_laptop["note.added"] == [f"Note {note.id}"]
    assert on_laptop["setting.idle_lock_minutes"] == ["Settings"]
    # Which computer was marked as gone: the desktop, by its letter.
    assert on_laptop["sync.computer_gone"] == [f"Computer {desk_letter}"]
    assert desk_letter == "B"
    # The desktop's entry for what it took in from here: sent from this computer.
    log = _log(qtbot, laptop)
    taken = [r[3] for r in _rows(log) if r[1] == "Computer B" and r[2].startswith("Changes")]
    assert taken and all(r.startswith("Changes from this computer (no. ") for r in taken)

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
    desk_id = next(c.device for c in computers.listing(laptop) if not c.this)
    computers.mark_gone(laptop, desk_id)
    dialog = _log(qtbot, desktop)
    records = _records(dialog)
    assert all(r.startswith("Änderungen von Computer A (Nr. ")
               for r in records["sync.bundle_applied"])
    laptop_log = _log(qtbot, laptop)
    records = _records(laptop_log)
    assert records["client.added"] == [f"Klient {ann.id}"]
    assert records["sync.computer_gone"] == ["Computer B"]
    _whole_columns(qtbot, dialog)
    _whole_columns(qtbot, laptop_log)
    assert ops.wait_for_all()


FIRST = "First session: Maria wants to lead her team with more calm."
ON_A = "Auf A: Ziel ist klar. " + FIRST
ON_B = FIRST + " Auf B ergaenzt: naechstes Mal Feedbackgespraech."


@pytest.fixture
def edited_twice(tmp_path, asked):
    """Maria's note with no session, edited on the laptop and on the desktop before
    either heard of the other; the laptop has not taken the desktop's text in yet."""
    laptop, desktop = computer(tmp_path, "laptop"), computer(tmp_path, "desktop")
    folder = tmp_path / "Syncthing"
    practice.join(desktop, folder, practice.start(laptop, folder))
    maria = clients.add(laptop, clients.ClientDraft("Maria Lopez"))
    note = notes.add(laptop, maria.id, FIRST)
    settle(laptop, desktop)
    notes.save(desktop, notes.all_ids(desktop)[0], ON_B)
    notes.save(laptop, note.id, ON_A)
    practice.send(desktop)
    yield laptop, note
    laptop.close()
    desktop.close()


def _opened(qtbot, vault):
    """The laptop's window, with the round it runs at unlock done."""
    from ui.main_window import MainWindow

    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    win.rounds = []
    win.sync.exchanged.connect(win.rounds.append)
    win.resize(1280, 760)
    win.show()
    win.open_vault(vault)
    qtbot.waitUntil(lambda: bool(win.rounds), timeout=15_000)
    return win


def test_resolving_names_the_note_marks_the_difference_and_says_what_was_kept(
        qtbot, edited_twice):
    from ui.dialogs.sync_conflicts import SyncConflictsDialog
    from ui.pages.client_parts import describe_note

    laptop, note = edited_twice
    win = _opened(qtbot, laptop)
    link = win.sync.status.resolve
    qtbot.waitUntil(link.isVisible, timeout=5000)
    assert "1 note to resolve" in link.text()
    link.linkActivated.emit("resolve")
    dialog = win.findChild(SyncConflictsDialog)
    assert dialog is not None and dialog.isVisible()
    # Named as the client's notes list names it: its opening words, no other name.
    listed = describe_note((notes.get(laptop, note.id), None)).text
    row = dialog.model.row_at(0)
    assert row.text == "Maria Lopez" and row.detail == listed
    assert "of its own" not in row.detail
    # Only what differs is marked, on each side; the words both share are not.
    assert dialog.sides[0].text.toPlainText() == ON_A
    assert dialog.sides[0].marked() == ["Auf A: Ziel ist klar"]
    assert dialog.sides[1].marked() == ["Auf B ergaenzt: naechstes Mal Feedbackgespraech"]
    assert "marked" in dialog.explain.text()
    # One click; the dialog says what it kept, and the status line's link goes at once.
    rounds = len(win.rounds)
    dialog.both_button.click()
    assert dialog.message.isVisible()
    assert dialog.message.text() == ("Kept both texts, one after the other. The text "
                                     "replaced stays an earlier version of the note.")
    assert dialog.stack.is_empty()
    qtbot.waitUntil(link.isHidden, timeout=3000)
    assert len(win.rounds) == rounds  # not the next exchange: the change notice
    assert conflicts.count(laptop) == 0
    win.lock(ask_first=False)
    win.close()


def test_keeping_one_text_says_whose_text_was_kept(qtbot, window, tmp_path):
    from ui.dialogs.sync_conflicts import open_conflicts

    desktop = computer(tmp_path, "desktop")
    practice.join(desktop, tmp_path / "Syncthing",
                  practice.start(window.vault, tmp_path / "Syncthing"))
    maria = clients.add(window.vault, clients.ClientDraft("Maria Lopez"))
    note = notes.add(window.vault, maria.id, FIRST)
    settle(window.vault, desktop)
    notes.save(desktop, notes.all_ids(desktop)[0], ON_B)
    notes.save(window.vault, note.id, ON_A)
    settle(window.vault, desktop)
    dialog = open_conflicts(window)
    assert dialog is not None
    [keep_other] = [s.button for s in dialog.sides
                    if s.button.text() == "Keep the other computer's text"]
    keep_other.click()
    assert dialog.message.text() == ("Kept the text from computer B. The other text stays "
                                     "an earlier version of the note.")
    assert notes.get(window.vault, note.id).body == ON_B
    desktop.close()


def test_differences_mark_words_only_and_never_blank_space():
    from ui.dialogs.sync_conflicts import differences

    first, second = "one two three\n\nfour", "one 2 three\n\nfour five"
    mine, theirs = differences(first, second)
    assert [first[a:b] for a, b in mine] == ["two"]
    assert [second[a:b] for a, b in theirs] == ["2", "five"]
    assert differences("same words", "same words") == ([], [])
    assert differences("", "new") == ([], [(0, 3)])
    # Words added together read as one mark, not one per word between shared spaces.
    second = "Start. Agreed: a weekly one-to-one. End."
    _mine, theirs = differences("Start. End.", second)
    assert [second[a:b] for a, b in theirs] == ["Agreed: a weekly one-to-one"]


# -- the two codes of joining (finding 13) ---------------------------------------------
@pytest.fixture
def wizard(qtbot, qapp, location, asked):
    """The first-run wizard of a new computer (as tests/ui/test_wizard_join.py starts it)."""
    import shiboken6

    from ui.app import start

    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    yield wizard
    if shiboken6.isValid(wizard):
        wizard.working = False
        wizard.rejected.disconnect()
        wizard.reject()
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


@pytest.fixture
def pairing_code(tmp_path):
    """The pairing code of a practice started on another computer."""
    other = computer(tmp_path, "first")
    yield practice.start(other, tmp_path / "Syncthing")
    other.close()


def _mistyped(code: str, group: int) -> str:
    """``code`` with one character of group ``group`` (1-based) typed wrong."""
    from coachdesk.vault import recovery

    groups = recovery.split_groups(code)
    wrong = groups[group - 1]
    swap = next(c for c in recovery.ALPHABET if c != wrong[0])
    groups[group - 1] = swap + wrong[1:]
    return " ".join(groups)


def test_joining_tells_the_recovery_code_from_the_pairing_code(qtbot, wizard, pairing_code):
    from tests.ui.test_wizard_join import to_join_page

    pairing = pairing_code
    shown: list[str] = []
    wizard.currentIdChanged.connect(
        lambda _id: shown.append(wizard.code.own.text()) if wizard.currentPage() is
        wizard.code and wizard.code.own.isVisible() else None)
    page, _join, _own = to_join_page(qtbot, wizard)
    # The recovery code page said whose code it is, and that the pairing code differs.
    assert shown and "this computer's own recovery code" in shown[0]
    assert "different code" in shown[0]
    notes_on_page = [w.text() for w in page.findChildren(type(wizard.code.own))
                     if w.isVisible()]
    assert any("Not this computer's recovery code" in t and "different code" in t
               for t in notes_on_page)
    # A typo in the pairing code: check it against the other screen, not a written copy.
    qtbot.keyClicks(page.code, _mistyped(pairing, 3))
    assert page.message.isVisible()
    assert "Group 3" in page.message.text()
    assert "pairing code shown on the other computer" in page.message.text()
    assert "written copy" not in page.message.text()


def test_the_new_code_field_shows_a_whole_code_and_the_code_in_use_is_said_in_full(
        qtbot, window, tmp_path):
    from coachdesk.sync import keys

    desktop = window.vault
    folder = tmp_path / "Syncthing"
    laptop = computer(tmp_path, "laptop")
    try:
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        keys.new_code(laptop)
        window.resize(1280, 760)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.new_code
        assert box.code.isVisible()
        box.code.setText(_mistyped(code, 2))
        assert "pairing code shown on the other computer" in box.message.text()
        box.code.setText(code)  # the code this computer already uses
        qtbot.wait(20)
        typed = box.code.text()
        room = box.code.contentsRect().width() - box.code.textMargins().left() - 8
        assert box.code.fontMetrics().horizontalAdvance(typed) <= room
        box.use_button.click()
        qtbot.waitUntil(lambda: "already uses" in box.message.text(), timeout=20_000)
        assert box.message.text() == ("This computer already uses this pairing code: type "
                                      "the new code shown on the computer that made it.")
    finally:
        laptop.close()
