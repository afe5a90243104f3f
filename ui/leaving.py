"""Records leaving the vault, from one client's page: the legal export of the whole record,
the packet of everything disclosed for the client, and the disposal of the client's records
(vault and backups) with its receipt. Each is logged by the core as it happens.

The screens ask (who, on what basis, where to save) and report; the work (reading the
whole record, rendering the PDF, writing and syncing the file, recording the disclosure,
the disposal itself) runs on the serial worker through ``ui.ops`` (ui.exporting's
save_file for what is saved), with a busy dialog shown meanwhile. The main window is a
shell: these flows live here and are handed the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from coachdesk import settings
from coachdesk.sync.numbers import disclosure_number
from ui import ask, ops
from ui.words import day, put_in, tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def legal_export(window: MainWindow) -> None:
    """The client's whole record for a court, a subpoena or the client: logged."""
    client, vault = window.client_page.client, window.vault
    if vault is None or client is None:
        return
    from ui.dialogs.base import OnWorker
    from ui.dialogs.legal_export import LegalExportDialog
    from ui.exporting import choose_target, writing

    def export(requester: str, basis: str, for_client: bool) -> OnWorker:
        """Where to save is asked here; the record is rendered and written on the worker
        while the dialog stays open, busy."""
        target = choose_target(window, vault, tr("Save the whole record"),
                               "client-record.pdf")
        if target is None:
            from coachdesk.errors import CoachDeskError
            raise CoachDeskError(tr("Nothing was exported: no file was chosen."))
        return OnWorker(writing(lambda path: _export_record(
            vault, client.id, path, requester, basis, for_client), target))

    dialog = LegalExportDialog(client.name, export, window)
    window.client_page.show_dialog(dialog, lambda d: ask.inform(
        window, tr("Record exported"), put_in(tr(
            "The whole record was saved and logged as disclosure %1."),
            disclosure_number(vault, d.id))))


def client_packet(window: MainWindow) -> None:
    """Everything ever disclosed about the client, with the receipts, for the client."""
    client, vault = window.client_page.client, window.vault
    if vault is None or client is None:
        return
    from datetime import date

    from coachdesk import legal_exports
    from ui.exporting import save_file, saver

    on = date.today().isoformat()

    def write(target):
        from ui.pdf import packet_pdf

        return legal_exports.export_packet(vault, client.id, on=on, render=packet_pdf,
                                           save=saver(target))

    save_file(window, vault, title=tr("Save the packet for the client"),
              suggested="what-was-shared.pdf", write=write,
              refused=lambda words: ask.warn(window, tr("Not exported"), words),
              saved=lambda d, target: ask.inform(
                  window, tr("Packet saved"), put_in(
                      tr("Saved to %1, and logged as disclosure %2."), str(target),
                      disclosure_number(vault, d.id))))


def dispose_of_client(window: MainWindow) -> None:
    """End a client's records (vault and backups) and hand over a receipt."""
    client, vault = window.client_page.client, window.vault
    if vault is None or client is None:
        return
    from datetime import date
    from pathlib import Path

    from coachdesk import disposal, retention
    from ui.dialogs.disposal import DisposalDialog

    if window.client_page.editors:
        ask.inform(window, tr("Close the notes first"), tr("Close this client's open notes "
                   "before disposing of the records."))
        return
    due = next((d for d in retention.past_retention(vault, date.today().isoformat())
                if d.client_id == client.id), None)
    basis = "retention_ended" if due else "client_request"
    note = (put_in(tr("Kept %n year(s) after %1", "", due.retention_years), day(due.ended_on))
            if due else "")
    folder = settings.get(vault, "backup_folder")

    def start(basis: str, note: str = ""):
        progress = QProgressDialog(tr("Disposing of the records…"), "", 0, 0, window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def work(step):
            return disposal.dispose(vault, client.id, basis, note=note,
                                    backup_folder=Path(folder) if folder else None,
                                    progress=step)

        ops.run(work, success=lambda done: _disposed(window, done),
                failure=lambda exc: ask.warn(window, tr("Not disposed"), ops.error_text(
                    exc, tr("Disposal failed (%1)").replace("%1", type(exc).__name__))),
                progress=progress.setLabelText, always=progress.close)
        return True

    if disposal.is_disposed(vault, client.id):
        # Stopped part-way before (a drive unplugged, a full disk): finish it.
        if ask.confirm(window, tr("Finish the disposal"),
                       tr("This client's records were removed from the vault. Go over the "
                       "backups and kept copies again, so none of them holds anything "
                       "of this client?"), yes=tr("Finish the disposal")):
            start(disposal.for_client(vault, client.id)["basis"])
        return
    window.client_page.show_dialog(DisposalDialog(client.name, basis, start, window, note))


def _disposed(window: MainWindow, done) -> None:
    from datetime import date

    from ui.exporting import save_recorded

    vault = window.vault
    if vault is None:
        return
    window.show_client_list()
    window.client_page.clear()  # nothing of the disposed client stays in a view
    coach, on = settings.get(vault, "coach_name"), date.today().isoformat()

    def render() -> bytes:
        from ui.pdf import disposal_receipt_pdf

        return disposal_receipt_pdf(done, coach, on)

    if not save_recorded(window, vault, title=tr("Save the disposal receipt"),
                         suggested="disposal-receipt.pdf", render=render,
                         kind="disposal_receipt", record_kind="client",
                         record_id=done.client_id,
                         saved=lambda _target: _disposed_said(window, done),
                         refused=lambda words: ask.warn(window, tr("Receipt not saved"), words)):
        _disposed_said(window, done)  # no receipt wanted: the disposal is said all the same


def _disposed_said(window: MainWindow, done) -> None:
    said = tr("Items removed from the vault: %n.", "", sum(done.counts.values())) + " " + tr(
        "Backups rewritten without them: %n.", "", len(done.backups_rewritten)) + (
        " " + tr("Backups that could not be rewritten, and were deleted: %n.", "",
                 len(done.backups_removed)) if done.backups_removed else "")
    if done.still_named:  # records that are not hers: the coach looks, nothing guesses
        places = ", ".join(f"{kind} ({n})" for kind, n in done.still_named.items())
        said += "\n\n" + QCoreApplication.translate(
            "Leaving", "Records that are not the client's (they belong to no client, or "
            "to another client) still hold the client's name: %n. Where: %1. Look at them "
            "and change what should not stay.", "", sum(done.still_named.values())).replace(
            "%1", places)
    ask.inform(window, tr("Records disposed of"), said)


def _export_record(vault, client_id: int, path: Path, requester: str, basis: str,
                   for_client: bool):
    """The whole record, as a PDF at ``path``, logged as a disclosure."""
    from datetime import date

    from coachdesk import legal_exports
    from ui.exporting import saver
    from ui.record_pdf import record_pdf

    return legal_exports.export(vault, client_id, requester=requester, legal_basis=basis,
                                on=date.today().isoformat(), for_the_client=for_client,
                                render=record_pdf, save=saver(path))
