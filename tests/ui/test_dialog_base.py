"""The one dialog base and the one way of saving a file, as the coach meets them: a refused
save keeps the dialog and what was typed; Save cannot be pressed twice while the work
runs; Esc asks before dropping changes; a saved PDF is recorded, whole and readable; a
file is never written through a link another account planted."""

from __future__ import annotations

import hashlib
import os
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coachdesk import agreements, exports
from coachdesk.errors import CoachDeskError
from tests.cases import ethics_case
from tests.pdftext import pdf_text
from tests.planted import link, shared_folder, untouched
from ui import ask, ops
from ui.dialogs.base import OnWorker
from ui.dialogs.client import ClientDialog
from ui.dialogs.legal_export import LegalExportDialog
from ui.exporting import export_recorded, save_file


def test_a_refused_save_keeps_the_dialog_open_with_the_words_and_every_field(qtbot, vault):
    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.email, "maya@example.org")
    qtbot.keyClicks(dialog.phone, "+31 6 1234 5678")
    dialog.save_button.click()  # no name: the core refuses
    assert dialog.isVisible() and dialog.result() == 0
    assert dialog.message.isVisible() and dialog.message.text()
    assert dialog.focusWidget() is dialog.name  # the field the refusal names
    assert (dialog.email.text(), dialog.phone.text()) == ("maya@example.org", "+31 6 1234 5678")
    qtbot.keyClicks(dialog.name, "Maya Okafor")
    assert not dialog.message.isVisible()  # typing again clears the old complaint
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.saved.name == "Maya Okafor"


def test_save_is_disabled_while_the_work_runs_and_a_failure_there_is_said_inline(qtbot):
    release = threading.Event()
    calls: list[tuple[str, str, bool]] = []
    outcome: list[object] = ["Exported"]

    def export(requester: str, basis: str, for_client: bool) -> OnWorker:
        calls.append((requester, basis, for_client))

        def work() -> object:
            assert threading.current_thread() is not threading.main_thread()
            release.wait(10)
            if isinstance(outcome[0], Exception):
                raise outcome[0]
            return outcome[0]

        return OnWorker(work)

    dialog = LegalExportDialog("Maya Okafor", export)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.requester, "District Court of Utrecht")
    qtbot.keyClicks(dialog.basis, "Court order C/16/123")
    outcome[0] = CoachDeskError("The disk is full. Nothing was exported.")
    dialog.save_button.click()
    assert dialog.busy and not dialog.save_button.isEnabled()
    dialog.save_button.click()  # a second press while busy starts nothing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nor does Esc drop the work under way
    assert dialog.isVisible() and len(calls) == 1
    release.set()
    qtbot.waitUntil(ops.idle)
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    assert dialog.message.text() == "The disk is full. Nothing was exported."
    assert (dialog.requester.text(), dialog.basis.text()) == (
        "District Court of Utrecht", "Court order C/16/123")
    outcome[0] = "Exported"
    dialog.save_button.click()
    qtbot.waitUntil(ops.idle)
    assert not dialog.isVisible() and dialog.saved == "Exported"


def test_escape_asks_before_dropping_what_was_typed_and_not_otherwise(qtbot, vault):
    untouched_dialog = ClientDialog(vault)
    qtbot.addWidget(untouched_dialog)
    untouched_dialog.show()
    qtbot.keyClick(untouched_dialog, Qt.Key.Key_Escape)  # nothing typed: closes, no question
    assert not untouched_dialog.isVisible() and ask.shown == []

    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "Maya Okafor")
    ask.set_next_answers(False)  # Keep editing
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name.text() == "Maya Okafor"
    assert ask.shown[-1][0] == "Discard changes"
    assert "this client" in ask.shown[-1][1]
    ask.set_next_answers(True)  # Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.saved is None


@pytest.fixture
def agreement(vault):
    case = ethics_case(vault)
    return agreements.for_engagement(vault, case.engagement.id)[0]


def save_agreement(qtbot, parent: QWidget, vault, agreement, target) -> tuple[list, list]:
    """The agreement's PDF saved through the one helper, as the Agreements page does."""
    from ui.pdf import agreement_pdf

    saved: list = []
    refused: list[str] = []
    threads: list[threading.Thread] = []

    def write(path):
        threads.append(threading.current_thread())
        export_recorded(vault, path, agreement_pdf(agreement), "agreement_for_signing",
                        "agreement", agreement.id)
        return "written"

    ask.set_next_paths(str(target))
    assert save_file(parent, vault, title="Print agreement to PDF",
                     suggested="coaching-agreement.pdf", write=write,
                     saved=lambda result, path: saved.append((result, path)),
                     refused=refused.append)
    qtbot.waitUntil(ops.idle)
    assert threads and threads[0] is not threading.main_thread()  # rendered and written off
    return saved, refused


def test_a_pdf_saved_through_the_helper_is_recorded_and_reads_back(qtbot, vault, agreement,
                                                                   tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    target = tmp_path / "for-signing.pdf"
    saved, refused = save_agreement(qtbot, parent, vault, agreement, target)
    assert refused == [] and saved == [("written", target)]
    data = target.read_bytes()
    assert agreement.title in " ".join(pdf_text(data).split())
    [record] = exports.for_record(vault, "agreement", agreement.id)
    assert record.kind == "agreement_for_signing"
    assert record.file_sha256 == hashlib.sha256(data).hexdigest()  # these very bytes
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o600


def test_a_cancelled_or_locked_meanwhile_save_writes_nothing(qtbot, vault, agreement,
                                                            tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = tmp_path / "exports"
    folder.mkdir(mode=0o700)
    ask.set_next_paths("")  # the coach cancels the file chooser
    assert not save_file(parent, vault, title="t", suggested="x.pdf", write=lambda p: None,
                         saved=lambda *_a: None)
    vault.close()  # locked while the file chooser was open
    ask.set_next_paths(str(folder / "late.pdf"))
    assert not save_file(parent, vault, title="t", suggested="x.pdf",
                         write=lambda p: p.write_bytes(b"x"), saved=lambda *_a: None)
    assert list(folder.iterdir()) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX owners and modes")
def test_a_save_into_a_folder_others_can_write_never_goes_through_their_link(
        qtbot, vault, agreement, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    folder = shared_folder(tmp_path)
    coachs_file = tmp_path / "thesis.odt"
    coachs_file.write_bytes(b"the coach's own thesis")
    planted = link(folder / "for-signing.pdf", coachs_file)
    before = untouched(planted)
    saved, refused = save_agreement(qtbot, parent, vault, agreement, folder / "for-signing.pdf")
    assert saved == []
    [words] = refused
    assert f"CoachDesk will not write {folder / 'for-signing.pdf'}" in words
    assert "a link to another place stands at that name" in words
    assert "Choose another name, or a folder that is yours alone." in words
    assert untouched(planted) == before and coachs_file.read_bytes() == b"the coach's own thesis"
    assert [p.name for p in folder.iterdir()] == ["for-signing.pdf"]  # nothing of ours left
    assert exports.for_record(vault, "agreement", agreement.id) == []  # nothing recorded


def test_a_long_save_shows_that_it_is_busy_and_the_window_stays_responsive(qtbot, vault,
                                                                          tmp_path):
    from PySide6.QtWidgets import QProgressDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    folder = tmp_path / "exports"
    folder.mkdir(mode=0o700)
    release = threading.Event()
    done: list = []

    def write(path):
        release.wait(10)
        path.write_bytes(b"whole")
        return "done"

    ask.set_next_paths(str(folder / "long.csv"))
    save_file(parent, vault, title="t", suggested="long.csv", write=write,
              saved=lambda result, _path: done.append(result))
    assert done == []  # save_file returned at once: the GUI thread is free
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    [busy] = [d for d in parent.findChildren(QProgressDialog) if d.isVisible()]
    assert busy.labelText() == "Saving…"
    release.set()
    qtbot.waitUntil(ops.idle)
    assert done == ["done"]
    assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))


def test_a_dialog_dropped_by_lock_while_busy_is_left_alone_when_the_work_ends(qtbot):
    release = threading.Event()
    dialog = LegalExportDialog("Maya Okafor", lambda *_typed: OnWorker(
        lambda: release.wait(10)))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as DialogHost shows it
    dialog.show()
    qtbot.keyClicks(dialog.requester, "the client")
    dialog.save_button.click()
    assert dialog.busy
    dialog.discard()  # Lock: closes at once, without asking, work or no work
    assert not dialog.isVisible()
    release.set()
    qtbot.waitUntil(ops.idle)  # the late result finds no dialog, and says nothing
    assert ask.shown == []


def test_a_label_over_a_row_of_fields_takes_its_shortcut_to_the_first(qtbot, vault):
    """"Peri&od" over two dates: Alt+O goes to the first date, and no "&" is printed."""
    from PySide6.QtWidgets import QLabel

    from ui.dialogs.report import ReportDialog

    dialog = ReportDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    [label] = [w for w in dialog.findChildren(QLabel) if w.text() == "Peri&od"]
    assert label.buddy() is dialog.period_from
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    focus = dialog.focusWidget()  # the date's own text field, inside it
    assert focus is dialog.period_from or dialog.period_from.isAncestorOf(focus)


def test_lock_while_the_file_chooser_is_open_leaves_no_error_and_no_file(
        qtbot, window, monkeypatch, tmp_path):
    """The screen locks while the coach is choosing where to save the legal export: the
    dialog is gone with everything else, nothing is written, and no error box appears
    over the unlock screen."""
    import sys

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from coachdesk import clients

    errors: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda *a: errors.append(a[1]))
    client = clients.add(window.vault, clients.ClientDraft("Lena Park"))
    window.open_client(client.id)
    window.legal_action.trigger()
    dialog = window.client_page.dialog
    dialog.requester.setText("District Court")
    dialog.basis.setText("Order 12")

    def chooser(parent, title, suggested, kinds):
        window.lock(ask_first=False)  # the screen locked meanwhile
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        return str(tmp_path / "record.pdf")

    monkeypatch.setattr(ask, "save_path", chooser)
    dialog.save_button.click()
    qtbot.wait(100)
    assert errors == [] and window.vault is None
    assert window.screens.currentWidget() is window.unlock_page
    assert not (tmp_path / "record.pdf").exists()
