"""What every page of the window is, as the window relies on it (no duck typing).

A page keeps the open vault (``attach``), reads what it shows (``refresh``), forgets it
at lock (``clear``; the Clients page says how many open notes it could not save), and
says whether a form on it holds typed changes (``unsaved_work``). ``shows`` names the
kinds of record it shows (coachdesk.changes): the window refreshes it when one of them
changed, and otherwise leaves it as it is, however often the coach visits it.
Ctrl+N and Ctrl+E do the page's own New and Edit (``new_record``, ``edit_record``); a
page that makes nothing of its own hands them to the window's client entries
(``ClientsByDefault``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple, Protocol, runtime_checkable

from coachdesk.changes import Change


@runtime_checkable
class Page(Protocol):
    shows: Change

    def attach(self, vault: Any) -> None:
        """Keep the open vault; read nothing yet (``refresh`` does, when shown)."""

    def refresh(self) -> None:
        """Read again what the page shows."""

    def clear(self) -> int | None:
        """Forget everything shown (at lock)."""

    def unsaved_work(self) -> bool:
        """A form on the page has typed changes that are not saved."""

    def new_record(self) -> None:
        """Ctrl+N on this page."""

    def edit_record(self) -> None:
        """Ctrl+E on this page."""


class ClientEntries(NamedTuple):
    """The window's New client and Edit client (the client on screen, else the chosen).
    A NamedTuple: made at every start, cheaper than a frozen dataclass (ui.actions)."""

    new: Callable[[], object]
    edit: Callable[[], object]


class ClientsByDefault:
    """For a page with nothing of its own to make or edit (Today, Sessions, Settings):
    Ctrl+N makes a client and Ctrl+E edits one, through the entries the window hands in."""

    client_entries: ClientEntries | None = None

    def new_record(self) -> None:
        if self.client_entries is not None:
            self.client_entries.new()

    def edit_record(self) -> None:
        if self.client_entries is not None:
            self.client_entries.edit()
