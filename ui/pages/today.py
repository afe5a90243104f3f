"""Today: what needs the coach's attention, and nothing else.

Sessions in the next seven days (a package's with how much of it is used), agreements
still waiting for a signature (or still drafts), and engagements ending within a month
with the packages that need a word: the last session booked, more booked than the
package holds, or its last day within a month (or past, with sessions unused). Each
list says plainly when there is nothing in it; choosing an item opens that client.
Above them, while backups are not being made, a calm warning with its one-click fix,
and on a new practice a getting-started checklist ticked from the records (ui.getting_started).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from coachdesk import agreements, engagements, getting_started, packages, retention, sessions
from coachdesk.changes import Change
from coachdesk.words import plural
from ui import money
from ui.bidi import isolated
from ui.data_protection_today import OpenRequestsNote
from ui.empty_state import EmptyStack, EmptyState, go_to
from ui.getting_started import BackupWarning, FeeToConfirm, GettingStarted
from ui.models.records import STATUS_WORDS, IdRole, RecordListModel, Row, when
from ui.pages.page import ClientsByDefault
from ui.vault_in_sync_folder import VaultInSyncFolder
from ui.widgets import align_to_start, heading, record_list, section_heading
from ui.words import day, long_day


class _Panel(QWidget):
    """A titled list of Today's, or what it says when it has nothing (ui.empty_state)."""

    def __init__(self, title: str, empty: str, model: RecordListModel) -> None:
        super().__init__()
        self.model = model
        self.view = record_list(model, detail_lines=2)  # a German package line wraps
        self.view.setAccessibleName(title)  # what a screen reader says the list is
        self.empty = EmptyState(empty)
        self.stack = EmptyStack(self.view, self.empty, lambda: self.model.total() == 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_heading(title))
        layout.addWidget(self.stack, 1)


class TodayPage(ClientsByDefault, QWidget):
    open_client = Signal(int)
    open_session = Signal(int, int)  # (client, session): her page, that session chosen
    # What it lists, and the date: "the next seven days" is stale when the day turns.
    # The checklist ticks sponsors and reports too; the backup folder is a setting.
    shows = (Change.SESSIONS | Change.AGREEMENTS | Change.ENGAGEMENTS | Change.CLIENTS
             | Change.SPONSORS | Change.REPORTS | Change.SETTINGS | Change.DATE | Change.TIME
             | Change.DATA_REQUESTS)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault = None
        self._clients: dict[tuple[str, int], int] = {}
        self._agreement_rows: dict = {}
        self._ending_rows: dict = {}
        self._unagreed_rows: dict = {}
        self.date = QLabel()
        self.date.setObjectName("muted")
        align_to_start(self.date)  # under the title, in a right-to-left UI too
        self.sessions = _Panel(self.tr("Sessions in the next 7 days"),
                               self.tr("No sessions planned for the coming week."),
                               RecordListModel(self._booked, self._describe_session, self,
                                               page=20))
        self.agreements = _Panel(self.tr("Agreements waiting for signatures"),
                                 self.tr("No agreement is waiting for a signature."),
                                 RecordListModel(self._agreements, self._describe_agreement,
                                                 self, page=20))
        self.unagreed = _Panel(self.tr("Engagements without an active agreement"),
                               self.tr("No running engagement is without an active "
                                       "agreement."),
                               RecordListModel(self._unagreed, self._describe_unagreed, self))
        self._session_packages: dict[int, packages.PackageUse] = {}
        self.ending = _Panel(self.tr("Engagements and packages ending soon"),
                             self.tr("No engagement or package ends in the next month."),
                             RecordListModel(self._ending, self._describe_ending, self))
        self._retention_rows: dict = {}
        self.retention = _Panel(self.tr("Records past their retention period"),
                                self.tr("No client's records have passed their agreed "
                                        "retention."),
                                RecordListModel(self._retention, self._describe_retention,
                                                self))
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.sessions, 0, 0, 2, 1)
        grid.addWidget(self.retention, 2, 0)
        grid.addWidget(self.agreements, 0, 1)
        grid.addWidget(self.unagreed, 1, 1)
        grid.addWidget(self.ending, 2, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.addWidget(heading(self.tr("Today")))
        layout.addWidget(self.date)
        self.backup_warning = BackupWarning(self._back_up)
        self.getting_started = GettingStarted(self._next_step)
        self.fee_to_confirm = FeeToConfirm(self._confirm_fee)
        self.vault_synced = VaultInSyncFolder()  # the vault itself in Dropbox & co.
        layout.addWidget(self.vault_synced)
        layout.addWidget(self.backup_warning)
        self.data_requests = OpenRequestsNote(self._requests_log)
        layout.addWidget(self.data_requests)
        layout.addWidget(self.fee_to_confirm)
        layout.addWidget(self.getting_started)
        layout.addLayout(grid, 1)
        for panel, kind in ((self.sessions, "session"), (self.agreements, "agreement"),
                            (self.unagreed, "engagement"), (self.ending, "engagement"),
                            (self.retention, "client")):
            panel.view.activated.connect(
                lambda index, k=kind: self._open(k, index.data(IdRole)))

    def attach(self, vault) -> None:
        """Keep the vault; the window refreshes this page when what it lists changed."""
        self._vault = vault

    def unsaved_work(self) -> bool:
        return False  # nothing is typed here

    def refresh(self, now: datetime | None = None) -> None:
        if self._vault is None:
            return
        now = now or datetime.now()
        self.date.setText(long_day(now.date()))
        self._clients.clear()
        self._agreement_rows = dict(agreements.awaiting_signatures(self._vault))
        today = now.date().isoformat()
        ending = engagements.ending_soon(self._vault, today)
        used = packages.uses(self._vault, [e.engagement for e in ending])
        self._ending_rows = {e.engagement.id: (e, used.get(e.engagement.id)) for e in ending}
        for row, use in packages.needing_a_word(self._vault, today):
            self._ending_rows.setdefault(row.engagement.id, (row, use))
        self._ending_rows = dict(sorted(self._ending_rows.items(),
                                        key=lambda item: self._ends_first(item[1], today)))
        self.sessions.model.set_ids(sessions.upcoming_ids(
            self._vault, now.isoformat(timespec="minutes")))
        self.agreements.model.set_ids(list(self._agreement_rows))
        self.ending.model.set_ids(list(self._ending_rows))
        self._unagreed_rows = {e.engagement.id: e for e in
                               engagements.without_active_agreement(self._vault)}
        self.unagreed.model.set_ids(list(self._unagreed_rows))
        self._retention_rows = {p.client_id: p for p in retention.past_retention(
            self._vault, now.date().isoformat())}
        self.retention.model.set_ids(list(self._retention_rows))
        self.getting_started.show_progress(self._vault.info.vault_id,
                                           getting_started.progress(self._vault))
        self.backup_warning.show_state(self._vault)
        self.vault_synced.show_state(self._vault)
        self.fee_to_confirm.show_waiting(engagements.fee_to_confirm(self._vault))
        self.data_requests.show_open(self._vault, now.date())

    def showEvent(self, event) -> None:
        """A backup made elsewhere (Settings, the daily one) is seen as Today shows."""
        super().showEvent(event)
        if self._vault is not None and self._vault.is_open:
            self.backup_warning.show_state(self._vault)

    def _back_up(self) -> None:
        from ui import upkeep

        window = self.window()
        if hasattr(window, "backing_up"):  # on the window (alone in a test it is not)
            upkeep.back_up(window)  # type: ignore[arg-type]

    def _requests_log(self) -> None:
        from ui import data_protection

        if hasattr(self.window(), "changes"):  # on the window (alone in a test it is not)
            data_protection.requests_log(self.window())  # type: ignore[arg-type]

    def _next_step(self, step: str) -> None:
        """The checklist's button: do the step, or go where it is done."""
        if step == "client":
            self.new_record()
            return
        page = {"sponsor": "Sponsors", "agreement": "Agreements",
                "report": "Reports"}.get(step, "Clients")
        go_to(self, page)
        window = self.window()
        if page != "Clients" and hasattr(window, "new_item"):
            window.new_item()

    def _confirm_fee(self, due) -> None:
        """The fee note's button: the client's page, that engagement's form open (where
        its basis is chosen)."""
        self.open_client.emit(due.engagement.client_id)
        client_page = getattr(self.window(), "client_page", None)
        if client_page is not None and client_page.client is not None \
                and client_page.client.id == due.engagement.client_id:
            client_page.show_engagement(due.engagement.id)

    def clear(self) -> None:
        self._vault = None
        self._clients.clear()
        self._agreement_rows, self._ending_rows, self._unagreed_rows = {}, {}, {}
        self._session_packages = {}
        self._retention_rows = {}
        self.date.setText("")
        self.getting_started.clear()
        self.backup_warning.clear()
        self.vault_synced.clear()
        self.fee_to_confirm.clear()
        self.data_requests.clear()
        for panel in (self.sessions, self.agreements, self.unagreed, self.ending,
                      self.retention):
            panel.model.clear()

    def _open(self, kind: str, record_id: int | None) -> None:
        client_id = self._clients.get((kind, record_id or 0))
        if client_id is not None and kind == "session" and record_id is not None:
            self.open_session.emit(client_id, record_id)
        elif client_id is not None:
            self.open_client.emit(client_id)

    # -- rows -------------------------------------------------------------------------
    def _booked(self, ids):
        found = sessions.booked(self._vault, ids)
        for session_id, booked in found.items():
            self._clients[("session", session_id)] = booked.client_id
        engagement_ids = {b.session.engagement_id for b in found.values()}
        used = packages.uses(self._vault, [engagements.get(self._vault, i)
                                           for i in engagement_ids])
        for session_id, booked in found.items():
            use = used.get(booked.session.engagement_id)
            if use is not None:
                self._session_packages[session_id] = use
        return found

    def _agreements(self, ids):
        found = {i: (agreements.get(self._vault, i), self._agreement_rows[i])
                 for i in ids if i in self._agreement_rows}
        for agreement_id, (agreement, _name) in found.items():
            self._clients[("agreement", agreement_id)] = agreement.client_id
        return found

    def _ending(self, ids):
        found = {i: self._ending_rows[i] for i in ids if i in self._ending_rows}
        for engagement_id, (ending, _use) in found.items():
            self._clients[("engagement", engagement_id)] = ending.engagement.client_id
        return found

    def _unagreed(self, ids):
        found = {i: self._unagreed_rows[i] for i in ids if i in self._unagreed_rows}
        for engagement_id, row in found.items():
            self._clients[("engagement", engagement_id)] = row.engagement.client_id
        return found

    def _retention(self, ids):
        found = {i: self._retention_rows[i] for i in ids if i in self._retention_rows}
        for client_id in found:
            self._clients[("client", client_id)] = client_id
        return found

    @staticmethod
    def _describe_retention(due) -> Row:
        return Row(due.client_name, tr(
            "Ended %1 · kept %n year(s), until %2", "", due.retention_years).replace(
                "%1", day(due.ended_on)).replace("%2", day(due.keep_until)), tr("Past retention"))

    @staticmethod
    def _describe_unagreed(row) -> Row:
        engagement = row.engagement
        # The panel's title already says what is missing.
        return Row(row.client_name, tr("%1 · running since %2").replace(
            "%1", isolated(engagement.title) or tr("Engagement")).replace(
                "%2", day(engagement.starts_on)))

    def _describe_session(self, booked) -> Row:
        s = booked.session
        place = f" · {isolated(s.place)}" if s.place else ""
        minutes = tr("%1 min").replace("%1", str(s.duration_minutes))
        detail = f"{when(s.starts_at)} · {minutes}{place}"
        use = self._session_packages.get(s.id)
        if use is not None:
            detail += " · " + self.tr("Package: %1").replace("%1", money.package_used(use))
        return Row(booked.client_name, detail)

    @staticmethod
    def _describe_agreement(pair) -> Row:
        agreement, name = pair
        waiting = ", ".join(tr(agreements.ROLE_WORDS[p.role])
                            for p in agreement.unsigned_parties()) or tr("nobody")
        return Row(name, tr("%1 · waiting for: %2").replace(
            "%1", isolated(agreement.title)).replace("%2", waiting),
            STATUS_WORDS.get(agreement.status, agreement.status))

    @staticmethod
    def _ends_first(pair, today: str) -> str:
        """The day an engagement or package in the ending panel ends, soonest first (a
        package with no last day whose last session is booked: today)."""
        ending, use = pair
        days = [d for d in (ending.engagement.ends_on,
                            use.expires_on if use is not None else None) if d]
        if use is not None and use.expires_on is None:
            days.append(today)
        return min(d for d in days if d) if days else today

    def _describe_ending(self, pair) -> Row:
        """An engagement ending within a month, a package needing a word, or both."""
        ending, use = pair
        engagement = ending.engagement
        # A package's row is its count and last day (the pill says what needs a word):
        # the panel is half the page wide, so its title gives way.
        parts = [] if use is not None else [isolated(engagement.title) or tr("Engagement")]
        today = date.today()
        if engagement.ends_on and engagement.ends_on <= (
                today + timedelta(days=30)).isoformat():
            days = max((date.fromisoformat(engagement.ends_on) - today).days, 0)
            left = tr("today") if days == 0 else tr("in %n day(s)", "", days)
            parts.append(tr("ends %1 (%2)").replace("%1", day(engagement.ends_on)).replace(
                "%2", left))
        badge = ""
        if use is not None:
            parts.insert(0, self.tr("Package: %1").replace("%1", money.package_used(use)))
            last_day = money.package_last_day(use, today.isoformat())
            if last_day:
                parts.insert(1, last_day)
            badge = money.package_badge(use, today.isoformat())
        return Row(ending.client_name, " · ".join(parts), badge)


def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Today's words in the context lupdate gives a module's own ``tr`` calls (none), with
    English plural forms where no translation replaced a count's words."""
    return plural(QCoreApplication.translate("", text, disambiguation or None, n),
                  n)
