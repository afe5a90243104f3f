"""The data-protection toolkit's flows (GDPR and similar laws), from the menus: a client's
request logged, the access bundle reviewed and sent, the portability files, an erasure
with its legal hold and receipt, the requests log, and the record of processing.

The screens ask and show (ui/dialogs/data_request.py, access_review.py, requests_log.py,
processing_record.py); the core decides and records (coachdesk.data_requests,
access_request, portability, erasure, processing_record). Files are made and written on
the serial worker (ui.ops, through ui.exporting), never on the GUI thread. A dialog
opened here over the whole window (the log, and what it opens) closes when the vault
locks: nothing of a client stays on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QProgressDialog, QScrollArea, QWidget

from coachdesk import data_requests, settings
from coachdesk.errors import CoachDeskError
from ui import ask, notice, ops
from ui.data_protection_words import tr
from ui.words import day, say_error

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def json_files() -> str:
    return tr("JSON files (*.json)")


def _closes_at_lock(window: MainWindow, dialog: QDialog) -> QDialog:
    """``dialog`` deletes itself when closed, and is dropped (unsaved) when the vault locks.
    Connected to the dialog's own method, so Qt ends the connection with the dialog."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.locked.connect(getattr(dialog, "discard", dialog.reject))
    return dialog


def _show(window: MainWindow, dialog: QDialog, on_saved: Callable[[Any], None] | None = None
          ) -> None:
    _closes_at_lock(window, dialog)
    if on_saved is not None:
        dialog.accepted.connect(lambda d=dialog: on_saved(d.saved)
                                if getattr(d, "saved", None) is not None else None)
    dialog.open()


def _client(window: MainWindow):
    client, vault = window.client_page.client, window.vault
    return (vault, client) if vault is not None and client is not None else (None, None)


def _identity_checked(window: MainWindow, request: data_requests.DataRequest) -> bool:
    """Nothing is sent or erased for a request not known to come from the client: the
    coach is told to record the check first (requests log → Identity checked…)."""
    try:
        data_requests.require_identity(request)
    except CoachDeskError as exc:
        ask.warn(window, tr("Identity not checked"), say_error(exc) + " " + tr(
            "Record it in the requests log: Data protection → Requests log → Identity "
            "checked…"))
        return False
    return True


# -- a client's requests (Clients menu) -------------------------------------------------

def log_request(window: MainWindow, kind: str | None = None,
                then: Callable[[data_requests.DataRequest], None] | None = None) -> None:
    """Log a request from the client on screen."""
    vault, client = _client(window)
    if vault is None:
        return
    from ui.dialogs.data_request import LogRequestDialog

    def saved(request: data_requests.DataRequest) -> None:
        notice.saved(window, tr("Request logged: due on %1.").replace("%1",
                                                                       day(request.due_on)))
        if then is not None:
            then(request)

    window.client_page.show_dialog(
        LogRequestDialog(vault, client.id, client.name, kind, window), saved)


def _open_request(window: MainWindow, kind: str, answer: Callable[[Any], None]) -> None:
    """Answer the client's open request of ``kind`` (the oldest); with none open, log it
    first (the coach says when it came and how identity was checked), then answer it."""
    vault, client = _client(window)
    if vault is None:
        return
    waiting = data_requests.open_for_client(vault, client.id, kind)
    if waiting:
        answer(waiting[-1])
        return
    log_request(window, kind, then=answer)


def access_request(window: MainWindow) -> None:
    _open_request(window, "access", lambda r: review_access(window, r))


def portability(window: MainWindow) -> None:
    _open_request(window, "portability", lambda r: export_portability(window, r))


def erasure_request(window: MainWindow) -> None:
    _open_request(window, "erasure", lambda r: erase(window, r))


def review_access(window: MainWindow, request: data_requests.DataRequest,
                  parent: QWidget | None = None) -> None:
    """The review step, then the bundle: a PDF and a JSON file beside it, logged as a
    disclosure to the client."""
    vault = window.vault
    if vault is None:
        return
    from coachdesk import access_request as core
    from coachdesk import clients
    from ui.dialogs.access_review import AccessReviewDialog
    from ui.exporting import saver

    if not _identity_checked(window, request):
        return
    client = clients.get(vault, request.client_id)
    on = date.today().isoformat()

    def told(done: Any, _target: Path) -> tuple[str, str]:
        return tr("Bundle saved"), tr(
            "The PDF and the JSON file were saved, and logged as disclosure D-%1. Once the "
            "client has both, record the access request as done today?").replace(
            "%1", f"{done.disclosure.id:06d}")

    def send(withheld: dict[str, str]) -> Any:
        def write(pdf_target: Path) -> Any:
            from ui.data_protection_pdf import access_bundle_pdf

            return core.export(vault, request.id, withheld, on=on, render=access_bundle_pdf,
                               save_pdf=saver(pdf_target),
                               save_json=saver(pdf_target.with_suffix(".json")),
                               folder=pdf_target.parent)

        return _save_answer(window, request, title=tr(
            "Save the access bundle (PDF; the JSON file goes beside it)"),
            suggested="your-personal-data.pdf", kinds=None, write=write, told=told,
            host=dialog)

    dialog = AccessReviewDialog(client.name, core.items(vault, client.id), send,
                                parent or window)

    def sent(saved: tuple[Any, Path]) -> None:
        from ui.exporting import SavedNotice

        SavedNotice.offer(window, saved[1])  # as save_file does after every save
        _record_as_done(window, request, told, *saved)

    _show(window, dialog, sent)


def export_portability(window: MainWindow, request: data_requests.DataRequest) -> None:
    """The data the client provided, as JSON with a CSV beside it; then, asked, the
    request recorded as done."""
    vault = window.vault
    if vault is None:
        return
    from coachdesk import portability as core

    if not _identity_checked(window, request):
        return
    on = date.today().isoformat()

    def write(target: Path) -> tuple[str, str]:
        return core.export(vault, request.client_id, on=on, json_target=target,
                           csv_target=target.with_suffix(".csv"))

    def told(_hashes: tuple[str, str], target: Path) -> tuple[str, str]:
        return tr("Files saved"), tr(
            "Saved %1 and the CSV file beside it. Once the client has them, record the "
            "portability request as done today?").replace("%1", str(target))

    _save_answer(window, request, title=tr("Save the client's data (JSON; the CSV file "
                                           "goes beside it)"),
                 suggested="your-data.json", kinds=json_files(), write=write, told=told)


Told = Callable[[Any, Path], tuple[str, str]]  # (result, target) -> (title, question)


def _save_answer(window: MainWindow, request: data_requests.DataRequest, *, title: str,
                 suggested: str, kinds: str | None, write: Callable[[Path], Any], told: Told,
                 host: QDialog | None = None) -> Any:
    """The one way a client's request is answered with files: the coach chooses where,
    ``write`` makes them on the worker (ui.exporting's save-a-file path), then, asked, the
    request is recorded as done. Within ``host`` (the access review, which stays open
    while the files are written, its inline message saying any refusal, so the coach's
    choices are never lost) this returns the dialog's ``OnWorker``, whose result reaches
    :func:`_record_as_done` when the dialog is accepted."""
    from ui.dialogs.base import OnWorker
    from ui.exporting import choose_target, save_file, writing

    vault = window.vault
    if host is None:
        save_file(window, vault, title=title, suggested=suggested, kinds=kinds, write=write,
                  saved=lambda result, target: _record_as_done(window, request, told,
                                                               result, target),
                  refused=lambda words: ask.warn(window, tr("Not exported"), words))
        return None
    target = choose_target(host, vault, title, suggested, kinds)
    if target is None:
        raise CoachDeskError(tr("Nothing was sent: no file was chosen."))
    work = writing(write, target)
    return OnWorker(lambda: (work(), target))


def _record_as_done(window: MainWindow, request: data_requests.DataRequest, told: Told,
                    result: Any, target: Path) -> None:
    """Asked once the files are saved: the coach records the request as done when the
    client has them (not before: the coach's word, not the file's)."""
    vault = window.vault
    if vault is None:
        return
    title, question = told(result, target)
    if ask.confirm(window, title, question, yes=tr("Record as done"), no=tr("Not yet")):
        data_requests.close(vault, request.id, "done", on=date.today().isoformat())


def erase(window: MainWindow, request: data_requests.DataRequest) -> None:
    """Dispose of the client's records (vault and backups) for an erasure request, keeping
    what the law holds; then save the erasure receipt, which says what was kept."""
    vault = window.vault
    if vault is None:
        return
    from coachdesk import clients, erasure

    if window.client_page.editors and window.client_page.client is not None \
            and window.client_page.client.id == request.client_id:
        ask.inform(window, tr("Close the notes first"), tr(
            "Close this client's open notes before erasing the records."))
        return
    if not _identity_checked(window, request):
        return
    client = clients.get(vault, request.client_id)
    hold = erasure.legal_hold(vault, client.id)
    kept = [tr("%n invoice(s), kept whole for the tax office", "", len(hold.invoices)),
            tr("the dates, lengths and fees of %n session(s)", "", hold.sessions),
            tr("%n entry(ies) of the disclosure log, without their words", "", hold.disclosures)]
    if not ask.confirm(window, tr("Erase the client's records"), tr(
            "Erase %1's records from the vault and from every backup in your backup folder? "
            "This cannot be undone. The law requires keeping: %2. The receipt says so.")
            .replace("%1", client.name).replace("%2", "; ".join(kept)),
            yes=tr("Erase the records"), no=tr("Cancel")):
        return
    folder = settings.get(vault, "backup_folder")
    progress = QProgressDialog(tr("Erasing the records…"), "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    on = date.today().isoformat()

    def work(step: Callable[[str], None]) -> Any:
        return erasure.erase(vault, request.id, on=on,
                             backup_folder=Path(folder) if folder else None, progress=step)

    ops.run(work, success=lambda done: _erased(window, done),
            failure=lambda exc: ask.warn(window, tr("Not erased"), ops.error_text(exc)),
            progress=progress.setLabelText, always=progress.close)


def _erased(window: MainWindow, done: Any) -> None:
    vault = window.vault
    if vault is None:
        return
    page = window.client_page
    if page.client is not None and page.client.id == done.disposal.client_id:
        window.show_client_list()
        page.clear()  # nothing of the erased client stays in a view
    from ui.exporting import save_recorded

    coach, on = settings.get(vault, "coach_name"), date.today().isoformat()

    def render() -> bytes:
        from ui.data_protection_pdf import erasure_receipt_pdf

        return erasure_receipt_pdf(done, coach, on)

    save_recorded(window, vault, title=tr("Save the erasure receipt"),
                  suggested="erasure-receipt.pdf", render=render, kind="erasure_receipt",
                  record_kind="client", record_id=done.disposal.client_id,
                  saved=lambda target: notice.saved(window, tr("Erasure receipt saved.")),
                  refused=lambda words: ask.warn(window, tr("Receipt not saved"), words))


# -- the practice's (Data protection menu) ------------------------------------------------

def requests_log(window: MainWindow) -> None:
    """Every client's requests, the open ones first, answered from here."""
    vault = window.vault
    if vault is None:
        return
    from ui.dialogs.requests_log import RequestsLogDialog

    def answer(request: data_requests.DataRequest) -> None:
        if request.kind == "access":
            review_access(window, request, log)
        elif request.kind == "portability":
            export_portability(window, request)
        elif request.kind == "erasure":
            log.close()  # the records go; so does the dialog showing them
            erase(window, request)

    def act(what: str, request: data_requests.DataRequest) -> None:
        from ui.dialogs import data_request as forms

        dialog = {"identity": forms.IdentityDialog, "extend": forms.ExtendDialog,
                  "outcome": forms.OutcomeDialog}[what](vault, request, log)
        _show(window, dialog)

    def new_request() -> None:
        from ui.dialogs.data_request import LogRequestDialog
        from ui.dialogs.requests_log import ChooseClientDialog

        chooser = ChooseClientDialog(vault, log)

        def chosen() -> None:
            picked = chooser.chosen()
            if picked is None:
                return
            _show(window, LogRequestDialog(vault, picked[0], picked[1], None, log),
                  lambda request: notice.saved(window, tr(
                      "Request logged: due on %1.").replace("%1", day(request.due_on))))

        chooser.accepted.connect(chosen)
        _show(window, chooser)

    log = RequestsLogDialog(vault, answer, act, window, new_request)
    _show(window, log)


def audit_log(window: MainWindow) -> None:
    """What was done, when and on which computer, with each computer's chain checked."""
    vault = window.vault
    if vault is None:
        return
    from ui.dialogs.audit_log import AuditLogDialog

    _show(window, AuditLogDialog(vault, window))


def processing_record(window: MainWindow) -> None:
    """The record of processing activities (Art. 30) as a PDF, after the one question."""
    vault = window.vault
    if vault is None:
        return
    from coachdesk import processing_record as core
    from coachdesk.vault import sqlcipher_version
    from ui.dialogs.base import OnWorker
    from ui.dialogs.processing_record import ProcessingRecordDialog
    from ui.exporting import choose_target, export_recorded, writing

    on = date.today().isoformat()

    def make(transfer: str, transfer_to: str) -> OnWorker:
        record = core.generate(vault, on=on, transfer=transfer, transfer_to=transfer_to,
                               cipher_version=sqlcipher_version())  # refused here, if so
        target = choose_target(dialog, vault, tr("Save the record of processing"),
                               "record-of-processing.pdf")
        if target is None:
            raise CoachDeskError(tr("Nothing was saved: no file was chosen."))

        def write(path: Path) -> Path:
            from ui.data_protection_pdf import processing_record_pdf

            export_recorded(vault, path, processing_record_pdf(record), "processing_record",
                            "practice", 0)
            return path

        return OnWorker(writing(write, target))

    missing = tuple(name for name in ("coach_name", "coach_details")
                    if not settings.get(vault, name).strip())

    def to_settings() -> None:
        dialog.reject()
        window.go_to("Settings")
        page = window.settings_page
        field = page.coach if not settings.get(vault, "coach_name").strip() \
            else page.practice.details
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        holder = field.parentWidget()
        while holder is not None and not isinstance(holder, QScrollArea):
            holder = holder.parentWidget()
        if holder is not None:  # the page scrolls: bring the field into view
            holder.ensureWidgetVisible(field)

    dialog = ProcessingRecordDialog(settings.get(vault, "backup_folder"), make, window,
                                    missing=missing, to_settings=to_settings)
    _show(window, dialog, lambda path: notice.saved(
        window, tr("Record of processing saved to %1.").replace("%1", str(path))))
