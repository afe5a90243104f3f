"""The record of processing activities (GDPR Art. 30) of a solo coaching practice,
generated from the practice itself, for the coach to keep or show a regulator.

Each part is read from what the vault holds, not typed again: the controller from
Settings (the coach's name and details), the people and recipients from the records
(how many clients and sponsor contacts, which sponsors pay for coaching, how many legal
exports were made), retention from the agreements, and the security measures from the
vault as it runs (SQLCipher's version and cipher, where the key is kept, the backup
folder and schedule, the idle lock and the clipboard's clearing). Transfers outside the
coach's computer cannot be read from anything: whether the backup folder is synced to a
cloud service is asked, as a fixed choice (:data:`TRANSFERS`), with the service named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk import access_request, settings, validation
from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

TRANSFERS = ("none", "cloud_backups")
PURPOSES = (
    "Providing coaching to clients: planning and holding sessions, keeping session notes",
    "Making, signing and keeping coaching agreements with clients and their sponsors",
    "Invoicing, and the tax records the law requires (dates, hours and fees)",
    "Reports to sponsors, limited to what each agreement names and to the exact words "
    "the client approved",
    "Answering requests under data-protection law, court orders and other legal "
    "obligations (each logged as a disclosure)",
)
# The first category, the clients' contact details, is named from the client's columns
# (access_request.contact_fields): what the access bundle gives her is what this lists.
DATA_CATEGORIES = (
    "Contact details of sponsors' people (name, role, email, phone)",
    "Session facts: dates, lengths, places, attendance",
    "Session notes and their earlier versions, which may include special categories of "
    "data (health, for example) when a client brings them to a session",
    "Goals and action items agreed with the client",
    "Agreements, their terms and signatures; consents and approvals with their method",
    "Fees, invoices and payments",
    "The log of disclosures and of requests (who received what, when, and why)",
)


@dataclass(frozen=True)
class Security:
    cipher: str  # e.g. "SQLCipher 4.6.1: AES-256 ..."
    key_storage: str  # "keyring" or "passphrase"
    keyring_backend: str  # the backend's name ('' for a passphrase vault)
    backup_folder: str  # '' when none chosen
    backup_daily: bool
    idle_lock_minutes: int  # 0: never
    clipboard_clear_seconds: int


@dataclass(frozen=True)
class ProcessingRecord:
    produced_on: str
    controller: str
    controller_details: str
    purposes: tuple[str, ...]
    data_categories: tuple[str, ...]
    clients: int  # how many clients' records the vault holds (disposed ones aside)
    sponsor_contacts: int
    sponsors: tuple[str, ...]  # recipients: the sponsors who pay for coaching
    legal_exports: int  # whole records released to others (courts...), not to the client
    retention: tuple[tuple[int | None, int], ...]  # (years, how many agreements say so)
    security: Security
    transfer: str  # one of TRANSFERS
    transfer_to: str  # the cloud service, when backups are synced to one


def _number(vault: Vault, name: str) -> int:
    value = settings.get(vault, name)
    return int(value) if value.isdigit() else 0


def generate(vault: Vault, *, on: str, transfer: str, transfer_to: str = "",
             cipher_version: str) -> ProcessingRecord:
    """The record as of ``on``. ``transfer`` is the coach's answer: are backups synced to a
    cloud service (named in ``transfer_to``)?"""
    validation.choice("transfer", "Where backups go", transfer, TRANSFERS)
    transfer_to = validation.one_line("transfer_to", "The cloud service", transfer_to)
    if transfer == "cloud_backups" and not transfer_to:
        raise InvalidInput("transfer_to", Words("ProcessingRecord", QT_TRANSLATE_NOOP(
                "ProcessingRecord", "Name the cloud service the backup folder is synced to (for"
                " example: Nextcloud at my host).")))
    if transfer == "none":
        transfer_to = ""
    with vault.snapshot():
        clients = vault.read("SELECT count(*) FROM clients c WHERE NOT EXISTS"
                             " (SELECT 1 FROM disposals d WHERE d.client_id = c.id)")[0][0]
        contacts = vault.read("SELECT count(*) FROM sponsor_contacts")[0][0]
        paying = tuple(r[0] for r in vault.read(
            "SELECT DISTINCT s.organisation FROM sponsors s JOIN engagements e"
            " ON e.sponsor_id = s.id ORDER BY s.organisation"))
        # Courts and authorities: a whole record sent to someone other than the client. The
        # client's access bundle (and her whole record sent to her) is a 'legal_export'
        # disclosure too, told apart by its recipient: the client herself.
        legal = vault.read("SELECT count(*) FROM disclosures WHERE kind = 'legal_export'"
                           " AND recipient_kind <> 'client'")[0][0]
        contact = ", ".join(label.lower() for _c, label in access_request.contact_fields(vault))
        retention = tuple((r[0], r[1]) for r in vault.read(
            "SELECT retention_years, count(*) FROM agreements GROUP BY retention_years"
            " ORDER BY retention_years IS NULL, retention_years"))
        security = Security(
            cipher=f"SQLCipher {cipher_version}: the whole file is encrypted with AES-256, "
                   "every page authenticated with an HMAC",
            key_storage=vault.info.key_mode,
            keyring_backend=vault.info.keyring_backend or "",
            backup_folder=settings.get(vault, "backup_folder"),
            backup_daily=settings.get(vault, "backup_daily") == "1",
            idle_lock_minutes=_number(vault, "idle_lock_minutes"),
            clipboard_clear_seconds=_number(vault, "clipboard_clear_seconds"))
        return ProcessingRecord(
            produced_on=on, controller=settings.get(vault, "coach_name"),
            controller_details=settings.get(vault, "coach_details"), purposes=PURPOSES,
            data_categories=(f"Contact details of clients ({contact})", *DATA_CATEGORIES),
            clients=clients, sponsor_contacts=contacts,
            sponsors=paying, legal_exports=legal, retention=retention, security=security,
            transfer=transfer, transfer_to=transfer_to)
