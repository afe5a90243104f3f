"""The coach's own settings kept inside the vault (the coach's name, defaults).

Look-and-feel settings that must be known before the vault opens (theme,
window size) live in Qt's settings instead; nothing here is needed locked.

A practice used on several computers (docs/sync.md) shares its settings (the table
``practice_settings``, captured like any record: last writer wins); a computer keeps its
own (``vault_info``, never sent). Which is which is an explicit choice per key below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    import sqlcipher3

    from coachdesk.vault import Vault

DEFAULTS = {
    "coach_name": "",
    "default_session_minutes": "60",
    "default_fee_cents": "0",  # per session: a new engagement's fee starts here
    "currency": "EUR",
    "idle_lock_minutes": "10",
    "clipboard_clear_seconds": "60",  # text copied out of CoachDesk, cleared after this
    "backup_folder": "",  # where encrypted backups go ('' until the coach chooses)
    "backup_daily": "1",  # back up at the first unlock of each day
    # The calendar file (coachdesk.calendar_file): what an event may say of the client.
    "calendar_shows": "nothing",  # "nothing", "initials" or "names"
    "calendar_place": "0",  # "1": events give the session's place
    # Invoices (coachdesk.invoices): printed on every invoice as they stand when issued.
    "coach_details": "",  # address and contact, several lines
    "coach_tax_number": "",  # VAT, GST or tax id, as the tax office wrote it
    "invoice_tax_label": "",  # e.g. "VAT" or "Sales tax"; '' with a rate of 0: no tax line
    "invoice_tax_rate_bp": "0",  # the rate in hundredths of a percent (2000: 20%)
    "invoice_days_to_pay": "30",
    "invoice_payment_details": "",  # bank account or how to pay, several lines
}
# The practice's settings: the same on every computer of the practice (they travel).
PRACTICE = frozenset({
    "coach_name", "default_session_minutes", "default_fee_cents", "currency",
    "coach_details", "coach_tax_number", "invoice_tax_label", "invoice_tax_rate_bp",
    "invoice_days_to_pay", "invoice_payment_details"})
# This computer's own: its folders and locks, and what its own calendar may say (a shared
# family computer may show less than the laptop).
THIS_COMPUTER = frozenset({
    "idle_lock_minutes", "clipboard_clear_seconds", "backup_folder", "backup_daily",
    "calendar_shows", "calendar_place"})
# Other values the practice shares, by the start of their key: the coach's own wording
# of agreement templates (coachdesk.agreements).
PRACTICE_PREFIXES = ("agreement_template.",)
# Settings kept on several lines (an address, bank details).
MULTI_LINE = ("coach_details", "invoice_payment_details")
WHOLE_NUMBERS = {
    "invoice_tax_rate_bp": (0, 10_000, Words("Settings", QT_TRANSLATE_NOOP(
        "Settings", "The tax rate is between 0 and 100%."))),
    "invoice_days_to_pay": (0, 365, Words("Settings", QT_TRANSLATE_NOOP(
        "Settings", "Days to pay are between 0 and 365.")))}
_PREFIX = "setting."


def travels(key: str) -> bool:
    """Whether ``key`` is the practice's (shared by its computers) rather than this one's."""
    if key in PRACTICE or key.startswith(PRACTICE_PREFIXES):
        return True
    if key in THIS_COMPUTER:
        return False
    raise KeyError(key)  # every setting is one or the other, by choice


def practice_value(vault: Vault, key: str) -> str | None:
    """A value the practice shares (a setting or an own template); None if never set."""
    row = vault.read_one("SELECT value FROM practice_settings WHERE key = ?", (key,))
    return str(row[0]) if row else None


def keep_for_practice(conn: sqlcipher3.Connection, key: str, value: str | None) -> None:
    """Keep (or, with None, forget) a value the practice shares, inside the caller's
    transaction."""
    if value is None:
        conn.execute("DELETE FROM practice_settings WHERE key = ?", (key,))
    else:
        conn.execute("INSERT INTO practice_settings (key, value) VALUES (?, ?)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))


def get(vault: Vault, name: str) -> str:
    value = practice_value(vault, name) if travels(name) else vault.setting(_PREFIX + name)
    return DEFAULTS.get(name, "") if value is None else value


def put(vault: Vault, name: str, value: str) -> str:
    if name not in DEFAULTS:
        raise KeyError(name)
    if name in MULTI_LINE:
        value = validation.long_text(name, "This setting", value.strip(), 4096)
    else:
        value = validation.one_line(name, "This setting", value)
    if name == "currency":
        value = value.strip().upper()
        if len(value) != 3 or not value.isalpha():
            raise InvalidInput(name, Words("Settings", QT_TRANSLATE_NOOP(
                    "Settings", "Currency is a three-letter code such as EUR or USD.")))
    elif name == "default_fee_cents" and not value.isdigit():
        raise InvalidInput(name, Words("Settings", QT_TRANSLATE_NOOP(
                "Settings", "The default fee is a whole number of cents, 0 or more.")))
    elif name in WHOLE_NUMBERS:
        low, high, words = WHOLE_NUMBERS[name]
        if not value.isdigit() or not low <= int(value) <= high:
            raise InvalidInput(name, words)
    elif name == "calendar_shows" and value not in ("nothing", "initials", "names"):
        raise InvalidInput(name, Words("Settings", QT_TRANSLATE_NOOP(
                "Settings", "Events show nothing of the client, initials or names.")))
    with vault.transaction(touches=Change.SETTINGS) as conn:
        if travels(name):
            keep_for_practice(conn, name, value)
        else:
            conn.execute("INSERT INTO vault_info (key, value) VALUES (?, ?) ON CONFLICT (key)"
                         " DO UPDATE SET value = excluded.value", (_PREFIX + name, value))
        audit.record(conn, f"setting.{name}", "setting", None)
    return value
