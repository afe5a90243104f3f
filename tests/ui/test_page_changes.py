"""Pages read the vault again when their records changed, and only then; Ctrl+N and
Ctrl+E do the page's own thing (ui.changes, ui.pages.page)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDateTime

from coachdesk import clients, engagements, sessions, sponsors
from ui import ops
from ui.main_window import PAGES
from ui.pages.page import Page


def rows(model):
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


class Reads:
    """Counts a model's reads: a reset, or rows told to read again in place."""

    def __init__(self, model) -> None:
        self.count = 0
        model.modelReset.connect(self._read)
        model.dataChanged.connect(self._read)

    def _read(self, *_args) -> None:
        self.count += 1


@pytest.fixture
def ana(window):
    """A client with a running engagement, so sessions can be planned for her."""
    client = clients.add(window.vault, clients.ClientDraft("Ana Alves"))
    engagements.add(window.vault, engagements.EngagementDraft(client.id, "2026-01-01",
                                                              title="Leadership coaching"))
    return client


def test_every_page_is_a_page_the_window_can_rely_on(qtbot, window):
    for name in PAGES:
        assert isinstance(window.page(name), Page), name


def test_a_session_planned_in_a_dialog_shows_on_the_pages_that_list_it(qtbot, window, ana):
    window.go_to("Sessions")
    assert rows(window.sessions_page.model) == []
    window.show_client(ana.id)
    page = window.client_page
    page.plan_action.trigger()
    dialog = page.dialog
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(2))
    dialog.save()
    # The client's page, on screen, was read again by the notice of the write alone.
    assert [s for s in rows(page.sessions_model) if "60 min" in s]
    # Sessions, out of sight, is stale: it reads the new session when shown.
    window.go_to("Sessions")
    assert rows(window.sessions_page.model) == ["Ana Alves"]
    window.go_to("Today")
    assert rows(window.today_page.sessions.model) == ["Ana Alves"]


def test_a_visit_reads_nothing_when_nothing_the_page_shows_changed(qtbot, window, ana, asked):
    vault = window.vault
    engagement = engagements.for_client(vault, ana.id)[0]
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-02T09:00", 60))
    window.go_to("Sessions")
    model = window.sessions_page.model
    assert rows(model) == ["Ana Alves"]
    reads = Reads(model)
    window.go_to("Sponsors")
    window.new_action.trigger()  # a sponsor: nothing the Sessions page shows
    qtbot.keyClicks(window.sponsors_page.dialog.edits["organisation"], "Acme Robotics")
    window.sponsors_page.dialog.save()
    for _ in range(3):
        window.go_to("Sessions")
        window.go_to("Sponsors")
    assert reads.count == 0
    window.go_to("Sessions")
    assert rows(model) == ["Ana Alves"]

    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-03-02T09:00", 60))
    assert reads.count == 1  # on screen: read again as the session was added
    assert rows(model) == ["Ana Alves", "Ana Alves"]
    window.go_to("Sponsors")
    window.go_to("Sessions")
    assert reads.count == 1  # and not again on the next visit


def test_a_write_on_the_worker_refreshes_the_page_on_screen(qtbot, window):
    window.go_to("Sponsors")
    page = window.sponsors_page
    vault = window.vault
    added = []
    ops.run(lambda: sponsors.add(vault, sponsors.SponsorDraft("Kestrel Health Trust")),
            success=added.append, window=window)
    qtbot.waitUntil(lambda: bool(added))
    # The notice came before the operation's success, queued onto the GUI thread.
    assert rows(page.list_model) == ["Kestrel Health Trust"]


def test_a_notice_from_a_vault_locked_meanwhile_is_dropped(qtbot, window):
    """A write to the old vault that finishes after Lock (heard on the worker's thread, or
    on the GUI thread) reaches no page of the vault opened since: none is read again, none
    marked stale."""
    import threading

    from coachdesk import vault as vaults
    from coachdesk.changes import Change

    old = window.vault
    listener = old.on_change
    window.lock(ask_first=False)
    assert old.on_change is None
    window.open_vault(vaults.unlock_with_keyring(old.location))
    window.go_to("Sponsors")
    window.go_to("Agreements")
    window.go_to("Sponsors")
    reads = Reads(window.sponsors_page.list_model)
    worker = threading.Thread(target=listener, args=(Change.SPONSORS | Change.AGREEMENTS,))
    worker.start()
    worker.join()
    listener(Change.SPONSORS | Change.AGREEMENTS)
    qtbot.wait(50)  # a queued notice would have arrived by now
    assert reads.count == 0 and not window.shelf.is_stale("Agreements")


def test_today_is_read_again_when_shown_on_a_new_day(qtbot, window, ana):
    window.go_to("Today")
    reads = Reads(window.today_page.sessions.model)
    window.go_to("Sessions")
    window.go_to("Today")
    assert reads.count == 0  # the same day, nothing changed
    window.shelf.today = lambda: date.today() + timedelta(days=1)  # after midnight
    window.go_to("Sessions")
    window.go_to("Today")
    assert reads.count == 1
    assert window.today_page.date.text()  # today's date, read again


def test_a_client_renamed_from_her_page_is_renamed_on_it(qtbot, window, ana):
    window.show_client(ana.id)
    window.edit_action.trigger()  # Ctrl+E on the client's page: this client
    dialog = window.clients_page.dialog
    assert dialog.windowTitle() == "Edit client"
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Ana Alves-Costa")
    dialog.save()
    assert window.client_page.name.text() == "Ana Alves-Costa"
    window.show_client_list()
    assert "Ana Alves-Costa" in [window.clients_page.model.client_at(r).name
                                 for r in range(window.clients_page.model.rowCount())]


@pytest.mark.parametrize("name, title", [
    ("Today", "New client"), ("Clients", "New client"), ("Sponsors", "New sponsor"),
    ("Agreements", "New agreement"), ("Sessions", "New client"), ("Reports", "New report"),
    ("Settings", "New client")])
def test_ctrl_n_makes_what_the_page_makes(qtbot, window, name, title):
    window.go_to(name)
    window.new_action.trigger()
    open_dialogs = [p.dialog for p in (window.clients_page, window.sponsors_page,
                                       window.agreements_page, window.reports_page)
                    if p.dialog is not None]
    assert [d.windowTitle() for d in open_dialogs] == [title]
    getattr(open_dialogs[0], "discard", open_dialogs[0].reject)()


def test_ctrl_e_edits_what_the_page_shows(qtbot, window, ana, asked):
    vault = window.vault
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Acme Robotics"))
    window.go_to("Sponsors")
    window.sponsors_page.select(sponsor.id)
    window.edit_action.trigger()
    assert window.sponsors_page.dialog.windowTitle() == "Edit sponsor"
    window.sponsors_page.dialog.discard()

    window.go_to("Clients")
    window.clients_page.select_client(ana.id)
    window.edit_action.trigger()
    assert window.clients_page.dialog.windowTitle() == "Edit client"
    assert window.clients_page.dialog.name.text() == "Ana Alves"
    window.clients_page.dialog.discard()

    window.go_to("Sessions")  # Edit session… (tests/ui/test_flow_gaps.py): none to edit
    window.edit_action.trigger()
    assert window.sessions_page.dialog is None and window.clients_page.dialog is None


def test_ctrl_e_on_agreements_and_reports_edits_the_one_on_screen(qtbot, window):
    from coachdesk import reports
    from tests.cases import ethics_case

    case = ethics_case(window.vault, activate=False)
    report = reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, purpose="Mid-point progress report", period_from="2026-01-01",
        period_to="2026-04-30"))
    window.go_to("Agreements")
    window.agreements_page.select(case.agreement.id)
    window.edit_action.trigger()
    assert window.agreements_page.dialog.windowTitle() == "Edit the agreement's words"
    window.agreements_page.dialog.reject()
    window.go_to("Reports")
    window.reports_page.select(report.id)
    window.edit_action.trigger()
    dialog = window.reports_page.dialog
    assert dialog.windowTitle() == "Report details" and dialog.report.id == report.id
    dialog.discard()


def test_back_to_the_list_reads_it_again_only_if_a_client_changed(qtbot, window, ana):
    window.go_to("Clients")
    model = window.clients_page.model
    reads = Reads(model)
    window.open_client(ana.id)
    window.show_client_list()
    assert reads.count == 0
    assert window.clients_page.selected_client().id == ana.id  # the one just open
    window.open_client(ana.id)
    clients.archive(window.vault, ana.id)  # archived while her page is on screen
    assert window.client_page.about.text() == "Archived"
    window.show_client_list()
    assert reads.count == 1 and model.rowCount() == 0  # archived: out of the everyday list


def test_midnight_moves_a_today_left_on_screen_on(qtbot, window):
    from coachdesk.changes import Change

    window.go_to("Today")
    reads = Reads(window.today_page.sessions.model)
    window.changes.changed.emit(Change.DATE)  # what the window hears at midnight
    assert reads.count == 1
    window.go_to("Sponsors")
    window.changes.changed.emit(Change.DATE)
    assert reads.count == 1  # out of sight: read when next shown, on its new day


def test_a_session_that_has_begun_leaves_today_as_the_minutes_pass(qtbot, window, ana,
                                                                  monkeypatch):
    """Unlocked at 08:00 with a session at 09:00: by 15:00 Today no longer lists it as to
    come, whether Today stayed on screen or the coach came back to it."""
    from datetime import datetime as real_datetime

    import ui.pages.today as today_page

    at_eight = real_datetime.now().replace(hour=8, minute=0, second=0, microsecond=0)
    clock = {"now": at_eight}

    class Clock(real_datetime):
        @classmethod
        def now(cls, tz=None):
            return clock["now"]

    monkeypatch.setattr(today_page, "datetime", Clock)
    engagement = engagements.for_client(window.vault, ana.id)[0]
    sessions.add(window.vault, sessions.SessionDraft(
        engagement.id, (at_eight + timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M")))
    window.go_to("Today")
    assert rows(window.today_page.sessions.model) == ["Ana Alves"]
    clock["now"] = at_eight + timedelta(hours=7)
    window.changes._minute.timeout.emit()  # a minute passed, Today on screen
    assert rows(window.today_page.sessions.model) == []
    clock["now"] = at_eight
    window.go_to("Sessions")
    window.go_to("Today")  # no minute passed: nothing read again
    assert rows(window.today_page.sessions.model) == []
    window.go_to("Sessions")
    clock["now"] = at_eight + timedelta(minutes=1)
    window.changes._minute.timeout.emit()  # out of sight: read when next shown
    window.go_to("Today")
    assert rows(window.today_page.sessions.model) == ["Ana Alves"]


def test_the_first_tick_of_a_new_day_says_the_date_changed(qtbot, window):
    """The minute's tick after midnight carries the date as well: a page that shows the
    date but not the time of day (Reports: approvals that end on a date) hears it then,
    and only then."""
    from coachdesk.changes import Change

    heard = []
    window.changes.changed.connect(heard.append)
    window.changes._minute.timeout.emit()  # the same day
    window.changes._day = date.today() - timedelta(days=1)  # as if midnight had passed
    window.changes._minute.timeout.emit()
    window.changes._minute.timeout.emit()
    assert heard == [Change.TIME, Change.TIME | Change.DATE, Change.TIME]
