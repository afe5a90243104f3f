"""The Sessions page of a busy practice: the first screen comes from one page of ids, the
coach can scroll to every session in order, a session planned or moved appears in its
place without losing the row chosen, and a session far down the list can be chosen."""

from __future__ import annotations

from coachdesk import clients, engagements, sessions
from ui.models.records import BATCH, DetailRole, IdRole

SESSIONS = 2 * BATCH + 31  # three pages of ids, the last one short


def practice(vault) -> tuple[int, list[int]]:
    """Two clients' sessions, several at the same hour (the order's tie-break); returns
    the first engagement and every session id newest first, as the page must list them."""
    ana = clients.add(vault, clients.ClientDraft("Ana Alves"))
    ben = clients.add(vault, clients.ClientDraft("Ben Okafor"))
    first = engagements.add(vault, engagements.EngagementDraft(ana.id, "2025-01-01")).id
    second = engagements.add(vault, engagements.EngagementDraft(ben.id, "2025-01-01")).id
    sessions.add_many(vault, [
        sessions.SessionDraft(first if n % 2 else second,
                              f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T{8 + n % 3:02d}:00",
                              60, "", 0, "held")
        for n in range(SESSIONS)])
    return first, sessions.all_ids(vault)


def listed(page) -> list[int]:
    return [page.model.id_at(row) for row in range(page.model.rowCount())]


def scroll_to_the_end(qtbot, page) -> None:
    root = page.view.rootIndex()
    while page.model.canFetchMore(root):
        page.view.scrollToBottom()
        qtbot.wait(1)


def test_the_first_screen_reads_one_page_and_scrolling_shows_every_session(qtbot, window):
    _, newest_first = practice(window.vault)
    window.go_to("Sessions")
    page = window.sessions_page
    page.view.grab()
    assert page.count.text() == f"{SESSIONS} sessions"  # the whole practice, counted
    assert listed(page) == newest_first[:BATCH]  # one page read, more to come
    assert page.model.canFetchMore(page.view.rootIndex())
    scroll_to_the_end(qtbot, page)
    assert listed(page) == newest_first
    names = {page.model.index(row).data() for row in range(page.model.rowCount())}
    assert names == {"Ana Alves", "Ben Okafor"}


def test_a_session_planned_appears_in_its_place_and_the_chosen_row_stays(qtbot, window):
    engagement, newest_first = practice(window.vault)
    window.go_to("Sessions")
    page = window.sessions_page
    scroll_to_the_end(qtbot, page)
    chosen = newest_first[BATCH + 5]
    assert page.select(chosen)
    page.view.scrollTo(page.view.currentIndex())
    # Planned for the newest moment in the list: it comes first, and the rest move down.
    planned = sessions.add(window.vault, sessions.SessionDraft(
        engagement, "2026-06-01T09:00", 45, "Studio", 0, "planned"))
    assert listed(page) == [planned.id, *newest_first]
    assert page.count.text() == f"{SESSIONS + 1} sessions"
    assert page.model.id_at(page.view.currentIndex().row()) == chosen
    assert "45 min · Studio" in page.model.index(0).data(DetailRole)

    # Moved to the oldest moment: it leaves the top and is found at the very end.
    sessions.update(window.vault, planned.id, sessions.SessionDraft(
        engagement, "2024-01-01T09:00", 45, "Studio", 0, "planned"))
    scroll_to_the_end(qtbot, page)
    assert listed(page) == [*newest_first, planned.id]
    assert page.model.id_at(page.view.currentIndex().row()) == chosen

    # And back to the newest from the very end: every row is still listed, in order.
    sessions.update(window.vault, planned.id, sessions.SessionDraft(
        engagement, "2026-07-01T09:00", 45, "Studio", 0, "held"))
    assert listed(page) == [planned.id, *newest_first]
    assert page.model.id_at(page.view.currentIndex().row()) == chosen


def test_choosing_a_session_far_down_reads_on_to_it_and_opens_its_client(qtbot, window):
    _, newest_first = practice(window.vault)
    window.go_to("Sessions")
    page = window.sessions_page
    oldest = newest_first[-1]
    assert page.select(oldest)
    row = page.view.currentIndex().row()
    assert row == SESSIONS - 1 and page.model.id_at(row) == oldest
    client_id = sessions.booked(window.vault, [oldest])[oldest].client_id
    page.view.activated.emit(page.view.currentIndex())
    assert window.client_page.client.id == client_id
    assert window.client_page.sessions_view.currentIndex().data(IdRole) == oldest
    assert not page.select(10**9)  # never planned: the list ends without it
