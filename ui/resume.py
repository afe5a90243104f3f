"""Where the coach was when the vault locked, and the way back there after unlocking.

A lock clears every page (nothing of a client stays on screen), so without this the
coach would unlock onto the page's empty state, or onto the client list instead of the
client she had open. The window notes the page and the record chosen on it (a client's
page, a report, a sponsor, an agreement, a session) just before the pages are cleared,
and the unlock screen hands it back once the vault is open again. Only the page's name
and a record's id are kept, in memory, until that unlock: never a word of the record.
A record that is no longer there (a backup restored meanwhile) leaves the page as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from coachdesk.errors import CoachDeskError

if TYPE_CHECKING:
    from ui.main_window import MainWindow

# The pages that show one record at a time, by the attribute holding the record shown.
_SHOWN = {"Reports": "report", "Sponsors": "sponsor", "Agreements": "agreement"}


@dataclass(frozen=True)
class Place:
    page: str
    record_id: int | None = None  # the record chosen on it, if any


def place_of(window: MainWindow) -> Place:
    """The page on screen and the record chosen on it (read before the pages clear). Never
    raises: a lock must close the vault whatever a page holds, so at worst the page alone
    is kept."""
    name = window.current_page_name()
    try:
        return Place(name, _chosen_on(window, name))
    except Exception:  # a convenience never stands in a lock's way
        return Place(name)


def _chosen_on(window: MainWindow, name: str) -> int | None:
    record_id = None
    if window.built_page(name) is None:  # never shown: nothing chosen on it
        pass
    elif name == "Clients":
        client = window._shown_client()
        if client is not None and window.clients_section.currentWidget() is window.client_page:
            record_id = client.id
    elif name in _SHOWN:
        record_id = getattr(getattr(window.page(name), _SHOWN[name], None), "id", None)
    elif name == "Sessions":
        from ui.models.records import IdRole

        record_id = window.sessions_page.view.currentIndex().data(IdRole)
    return record_id


def go_back(window: MainWindow, place: Place | None) -> None:
    """After unlocking: the page the coach left, with its record chosen again."""
    if place is None or window.vault is None:
        return
    window.go_to(place.page)
    if place.record_id is None:
        return
    try:
        if place.page == "Clients":
            window.open_client(place.record_id)
        else:
            window.page(place.page).select(place.record_id)
    except CoachDeskError:  # gone meanwhile (a backup restored): the page as it is
        return
