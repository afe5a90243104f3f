"""Records leaving the vault, from one client's page: the legal export of the whole record,
the packet of everything disclosed for the client, and the disposal of the client's records
(vault and backups) with its receipt. Each is logged by the core as it happens.

The screens ask (who, on what basis, where to save) and report; the work (reading the
whole record, rendering the PDF, writing and syncing the file, recording the disclosure,
the disposal itself) runs on the serial worker through ``ui.ops``, with a busy dialog
shown meanwhile. The main window is a shell: these flows live here and are handed the
window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog

from coachdesk import settings
from ui import ask, ops

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("Leaving", text)


def _busy(window: MainWindow, text: str) -> QProgressDialog:
    """A window-modal busy dialog, shown while the worker writes what leaves the vault."""
    progress = QProgressDialog(text, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.show()
    return progress


def _write_off_the_gui_thread(window: MainWindow, doing: str, work: Callable[[], Any],
                              path: str, done: Callable[[Any], None],
                              not_done: str) -> None:
    """Run ``work`` (render, write, sync, record) on the worker; ``done`` with its result,
    or a warning naming the file when it failed. Dropped when the vault was locked
    meanwhile (the views it would speak of are gone)."""
    from coachdesk.errors import CoachDeskError
    from ui.exporting import failure_words

    progress = _busy(window, doing)

    def failed(exc: Exception) -> None:
        if isinstance(exc, (OSError, CoachDeskError)):
            ask.warn(window, not_done, failure_words(exc, path))
        else:
            ask.warn(window, not_done, ops.error_text(exc))

    def finished() -> None:
        progress.close()

    ops.run(work, success=done, failure=failed, window=window, always=finished)


def legal_export(window: MainWindow) -> None:
    """The client's whole record for a court, a subpoena or the client: logged."""
    client, vault = window.client_page.client, window.vault
    if vault is None or client is None:
        return
    from coachdesk import legal_exports
    from coachdesk.errors import CoachDeskError
    from ui.dialogs.legal_export import LegalExportDialog

    def choose(requester: str, basis: str, for_client: bool):
        """In the dialog: the request checked, then the file chosen (refusals inline)."""
        legal_exports.check_request(requester, basis)
        path = ask.save_path(window, "Save the whole record", "client-record.pdf",
                             "PDF documents (*.pdf)")
        if not path:
            raise CoachDeskError("Nothing was exported: no file was chosen.")
        return requester, basis, for_client, path

    def export(chosen: tuple[str, str, bool, str]) -> None:
        requester, basis, for_client, path = chosen
        if window.vault is not vault:
            return
        _write_off_the_gui_thread(
            window, tr("Exporting the whole record…"),
            lambda: _export_record(vault, client.id, path, requester, basis, for_client),
            path, lambda d: ask.inform(
                window, "Record exported", f"The whole record was saved and logged as "
                f"disclosure D-{d.id:06d}."), "Not exported")

    dialog = LegalExportDialog(client.name, choose, window)
    window.client_page.show_dialog(dialog, export)


def client_packet(window: MainWindow) -> None:
    """Everything ever disclosed about the client, with the receipts, for the client."""
    client, vault = window.client_page.client, window.vault
    if vault is None or client is None:
        return
    from datetime import date

    from coachdesk import legal_exports
    from ui.exporting import saver
    from ui.pdf import packet_pdf

    path = ask.save_path(window, "Save the packet for the client", "what-was-shared.pdf",
                         "PDF documents (*.pdf)")
    if not path or window.vault is not vault:
        return
    on = date.today().isoformat()
    _write_off_the_gui_thread(
        window, tr("Saving the packet for the client…"),
        lambda: legal_exports.export_packet(vault, client.id, on=on, render=packet_pdf,
                                            save=saver(path)),
        path, lambda d: ask.inform(window, "Packet saved", f"Saved to {path}, and logged as "
                                   f"disclosure D-{d.id:06d}."), "Not exported")


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
        ask.inform(window, "Close the notes first", "Close this client's open notes "
                   "before disposing of the records.")
        return
    due = next((d for d in retention.past_retention(vault, date.today().isoformat())
                if d.client_id == client.id), None)
    basis = "retention_ended" if due else "client_request"
    note = (f"Kept {due.retention_years} years after {due.ended_on}" if due else "")
    folder = settings.get(vault, "backup_folder")

    def start(basis: str, note: str = ""):
        progress = _busy(window, "Disposing of the records…")

        def work(step: Callable[[str], None]):
            return disposal.dispose(vault, client.id, basis, note=note,
                                    backup_folder=Path(folder) if folder else None,
                                    progress=step)

        ops.run(work, success=lambda done: _disposed(window, done),
                failure=lambda exc: ask.warn(window, "Not disposed", ops.error_text(
                    exc, f"Disposal failed ({type(exc).__name__})")),
                progress=progress.setLabelText, always=progress.close)
        return True

    if disposal.is_disposed(vault, client.id):
        # Stopped part-way before (a drive unplugged, a full disk): finish it.
        if ask.confirm(window, "Finish the disposal",
                       "This client's records were removed from the vault. Go over the "
                       "backups and kept copies again, so none of them holds anything "
                       "of this client?", yes="Finish the disposal"):
            start(disposal.for_client(vault, client.id)["basis"])
        return
    window.client_page.show_dialog(DisposalDialog(client.name, basis, start, window, note))


def _disposed(window: MainWindow, done) -> None:
    """The records are gone: clear the views, then save the receipt off the GUI thread."""
    from datetime import date

    vault = window.vault
    if vault is None:
        return
    window.show_client_list()
    window.client_page.clear()  # nothing of the disposed client stays in a view

    def told(_saved: object = None) -> None:
        ask.inform(window, "Records disposed of",
                   f"{sum(done.counts.values())} items were removed from the vault"
                   f" and {len(done.backups_rewritten)} backups were rewritten without them"
                   + (f"; {len(done.backups_removed)} that could not be were deleted."
                      if done.backups_removed else "."))

    path = ask.save_path(window, "Save the disposal receipt", "disposal-receipt.pdf",
                         "PDF documents (*.pdf)")
    if not path:
        told()
        return
    coach, today = settings.get(vault, "coach_name"), date.today().isoformat()

    def save_receipt() -> None:
        from ui.exporting import export_recorded
        from ui.pdf import disposal_receipt_pdf

        export_recorded(vault, path, disposal_receipt_pdf(done, coach, today),
                        "disposal_receipt", "client", done.client_id)

    _write_off_the_gui_thread(window, tr("Saving the disposal receipt…"), save_receipt,
                              path, told, "Receipt not saved")


def _export_record(vault, client_id: int, path: str, requester: str, basis: str,
                   for_client: bool):
    """Worker side: the whole record, as a PDF at ``path``, logged as a disclosure."""
    from datetime import date

    from coachdesk import legal_exports
    from ui.exporting import saver
    from ui.pdf import record_pdf

    return legal_exports.export(vault, client_id, requester=requester, legal_basis=basis,
                                on=date.today().isoformat(), for_the_client=for_client,
                                render=record_pdf, save=saver(path))
