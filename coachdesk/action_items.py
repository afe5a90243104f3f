"""Action items: what the client (or the coach) said they would do, and by when.

Written in a session (a line started with a checkbox, ``[ ]``, or the field under the
notes), kept as records with an owner, an optional due date and a done state. The next
session with the client opens with the items still open, to review; the client page
lists them.

Action items are client material: the client may see them, a sponsor never does. No
report, export or gate reads this table; words about an item reach a sponsor only as an
excerpt the client approved (coachdesk.consent). Disposal removes them with the client's
other content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from coachdesk import audit, validation
from coachdesk.changes import Change
from coachdesk.errors import NotFound
from coachdesk.timeutil import now_utc
from coachdesk.words import QT_TRANSLATE_NOOP, Words

if TYPE_CHECKING:
    from coachdesk.vault import Vault

CLIENT, COACH = "client", "coach"
OWNERS = (CLIENT, COACH)
_COLUMNS = "id, client_id, session_id, text, owner, due_on, done_on, created_at"
# A line that starts with a checkbox: "[ ]", "[]", "- [ ]", "* [ ]" or "☐", then the words.
_CHECKBOX = re.compile(r"^\s*(?:[-*]\s*)?(?:\[\s?\]|☐)\s*(?P<words>.*?)\s*$")


@dataclass(frozen=True)
class ActionItem:
    id: int
    client_id: int
    session_id: int | None
    text: str
    owner: str  # one of OWNERS
    due_on: str | None  # YYYY-MM-DD
    done_on: str | None  # YYYY-MM-DD, None while open
    created_at: str

    @property
    def is_open(self) -> bool:
        return self.done_on is None

    def overdue(self, today: date) -> bool:
        return self.is_open and self.due_on is not None and self.due_on < today.isoformat()


def _row(row: tuple[Any, ...]) -> ActionItem:
    return ActionItem(*row)


def checkbox_words(line: str) -> str | None:
    """The words of a line started with a checkbox (``[ ] call Sam``), else None."""
    match = _CHECKBOX.match(line)
    return match.group("words") if match else None


def add(vault: Vault, client_id: int, text: str, *, owner: str = CLIENT,
        due_on: str | date | None = None, session_id: int | None = None) -> ActionItem:
    text = validation.required_name("text", "An action item", text)
    validation.choice("owner", "Whose action it is", owner, OWNERS)
    due = validation.iso_date("due_on", "The due date", due_on, required=False)
    now = now_utc()
    with vault.transaction(touches=Change.NOTES) as conn:
        if conn.execute("SELECT 1 FROM clients WHERE id = ?", (client_id,)).fetchone() is None:
            raise NotFound(Words("ActionItems", QT_TRANSLATE_NOOP(
                "ActionItems", "This client is no longer in the vault.")))
        item_id = conn.execute(
            "INSERT INTO action_items (client_id, session_id, text, owner, due_on,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, session_id, text, owner, due, now, now)).lastrowid
        audit.record(conn, "action_item.added", "action_item", item_id)
    return ActionItem(item_id, client_id, session_id, text, owner, due, None, now)


def _update(vault: Vault, item_id: int, action: str, sql: str,
            params: tuple[Any, ...]) -> ActionItem:
    with vault.transaction(touches=Change.NOTES) as conn:
        if conn.execute(f"UPDATE action_items SET {sql}, updated_at = ? WHERE id = ?",
                        (*params, now_utc(), item_id)).rowcount != 1:
            raise NotFound(Words("ActionItems", QT_TRANSLATE_NOOP(
                "ActionItems", "This action item is no longer in the vault.")))
        audit.record(conn, action, "action_item", item_id)
    return get(vault, item_id)


def set_done(vault: Vault, item_id: int, done: bool, *, on: date | None = None) -> ActionItem:
    """Done (today, or ``on``) or open again."""
    when = (on or date.today()).isoformat() if done else None
    return _update(vault, item_id, "action_item.done" if done else "action_item.reopened",
                   "done_on = ?", (when,))


def set_owner(vault: Vault, item_id: int, owner: str) -> ActionItem:
    validation.choice("owner", "Whose action it is", owner, OWNERS)
    return _update(vault, item_id, "action_item.changed", "owner = ?", (owner,))


def set_due(vault: Vault, item_id: int, due_on: str | date | None) -> ActionItem:
    due = validation.iso_date("due_on", "The due date", due_on, required=False)
    return _update(vault, item_id, "action_item.changed", "due_on = ?", (due,))


def set_text(vault: Vault, item_id: int, text: str) -> ActionItem:
    text = validation.required_name("text", "An action item", text)
    return _update(vault, item_id, "action_item.changed", "text = ?", (text,))


def remove(vault: Vault, item_id: int) -> None:
    with vault.transaction(touches=Change.NOTES) as conn:
        if conn.execute("DELETE FROM action_items WHERE id = ?", (item_id,)).rowcount != 1:
            raise NotFound(Words("ActionItems", QT_TRANSLATE_NOOP(
                "ActionItems", "This action item is no longer in the vault.")))
        audit.record(conn, "action_item.removed", "action_item", item_id)


def get(vault: Vault, item_id: int) -> ActionItem:
    row = vault.read_one(f"SELECT {_COLUMNS} FROM action_items WHERE id = ?", (item_id,))
    if row is None:
        raise NotFound(Words("ActionItems", QT_TRANSLATE_NOOP(
            "ActionItems", "This action item is no longer in the vault.")))
    return _row(row)


def open_for_client(vault: Vault, client_id: int) -> list[ActionItem]:
    """The client's open items: due first (soonest first), then undated, oldest first."""
    return [_row(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM action_items WHERE client_id = ? AND done_on IS NULL"
        " ORDER BY due_on IS NULL, due_on, created_at, id", (client_id,))]


def for_client(vault: Vault, client_id: int) -> list[ActionItem]:
    """Every item of the client's, open and done, oldest first (the legal export)."""
    return [_row(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM action_items WHERE client_id = ? ORDER BY created_at, id",
        (client_id,))]


def for_session(vault: Vault, session_id: int) -> list[ActionItem]:
    """Items written in this session, open or done, in the order written."""
    return [_row(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM action_items WHERE session_id = ? ORDER BY id",
        (session_id,))]


def to_review(vault: Vault, client_id: int, session_id: int | None) -> list[ActionItem]:
    """What a session opens with: the client's items still open from before it (written
    in another session or in none), plus any done today, so a tick can be taken back."""
    today = date.today().isoformat()
    return [_row(r) for r in vault.read(
        f"SELECT {_COLUMNS} FROM action_items WHERE client_id = ?"
        " AND (done_on IS NULL OR done_on = ?) AND (? IS NULL OR session_id IS NOT ?)"
        " ORDER BY due_on IS NULL, due_on, created_at, id",
        (client_id, today, session_id, session_id))]

