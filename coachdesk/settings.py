"""The coach's own settings kept inside the vault (the coach's name, defaults).

Look-and-feel settings that must be known before the vault opens (theme,
window size) live in Qt's settings instead; nothing here is needed locked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import InvalidInput

if TYPE_CHECKING:
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
}
_PREFIX = "setting."


def get(vault: Vault, name: str) -> str:
    value = vault.setting(_PREFIX + name)
    return DEFAULTS.get(name, "") if value is None else value


def put(vault: Vault, name: str, value: str) -> str:
    if name not in DEFAULTS:
        raise KeyError(name)
    value = validation.one_line(name, "This setting", value)
    if name == "currency":
        value = value.strip().upper()
        if len(value) != 3 or not value.isalpha():
            raise InvalidInput(name, "Currency is a three-letter code such as EUR or USD.")
    elif name == "default_fee_cents" and not value.isdigit():
        raise InvalidInput(name, "The default fee is a whole number of cents, 0 or more.")
    with vault.transaction(touches=Change.SETTINGS) as conn:
        conn.execute("INSERT INTO vault_info (key, value) VALUES (?, ?) ON CONFLICT (key)"
                     " DO UPDATE SET value = excluded.value", (_PREFIX + name, value))
        audit.record(conn, f"setting.{name}", "setting", None)
    return value
