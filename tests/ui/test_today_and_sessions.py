"""Today and Sessions: what needs attention, and every session, each opening its client."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from coachdesk import agreements, clients, engagements, sessions
from ui import ops
from ui.models.records import BadgeRole, DetailRole, IdRole


def rows(model, role=None):
    from PySide6.QtCore import Qt

    return [model.data(model.index(r, 0), role or Qt.ItemDataRole.DisplayRole)
            for r in range(model.rowCount())]


def test_today_lists_what_needs_attention_and_opens_the_client(qtbot, window):
    vault = window.vault
    now = datetime(2026, 11, 25, 8, 0)
    soon = clients.add(vault, clients.ClientDraft("Mira Sol"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        soon.id, "2026-06-01", (now.date() + timedelta(days=10)).isoformat()))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-11-27T10:00", 60, "Online"))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-12-20T10:00", 60))  # later
    title, clauses = agreements.from_template("coach_client", coach="Kim", client="Mira Sol")
    agreement = agreements.add(vault, agreements.AgreementDraft(
        soon.id, "coach_client", title, {"coach": "Kim", "client": "Mira Sol"}, clauses))
    agreements.record_signature(vault, agreement.id, "coach", "Kim", "2026-11-20", "handwritten")

    window.go_to("Today")
    page = window.today_page
    page.refresh(now)
    assert rows(page.sessions.model) == ["Mira Sol"]  # only the one within 7 days
    assert rows(page.agreements.model) == ["Mira Sol"]
    detail = page.agreements.model.data(page.agreements.model.index(0, 0), DetailRole)
    assert detail == "Coaching agreement · waiting for: Client"
    assert rows(page.ending.model) == ["Mira Sol"]
    assert rows(page.unagreed.model) == ["Mira Sol"]  # a draft is not an agreed basis
    page.sessions.view.activated.emit(page.sessions.model.index(0, 0))
    assert window.current_page_name() == "Clients"
    assert window.client_page.client.id == soon.id
    # Her page opens on that session (27 Nov), not on the newest of hers (20 Dec).
    client_page = window.client_page
    assert client_page.tabs.currentWidget() is client_page.sessions_view
    chosen = client_page.sessions_view.currentIndex().data(IdRole)
    assert sessions.get(vault, chosen).starts_at == "2026-11-27T10:00"


def test_today_says_when_there_is_nothing(qtbot, window):
    window.go_to("Today")
    page = window.today_page
    page.refresh(datetime(2026, 11, 25, 8, 0))
    assert page.sessions.empty.text() == "No sessions planned for the coming week."
    assert not page.sessions.view.isVisible() and page.sessions.empty.isVisible()


def test_sessions_page_lists_every_session_newest_first(qtbot, window):
    vault = window.vault
    a = clients.add(vault, clients.ClientDraft("Ana"))
    b = clients.add(vault, clients.ClientDraft("Ben"))
    for client, day in ((a, "2026-01-10"), (b, "2026-03-01"), (a, "2026-02-01")):
        engagement = engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01"))
        sessions.add(vault, sessions.SessionDraft(engagement.id, f"{day}T09:00", 60, "", 0,
                                                  "held"))
    window.go_to("Sessions")
    page = window.sessions_page
    assert rows(page.model) == ["Ben", "Ana", "Ana"]
    assert page.count.text() == "3 sessions"
    page.view.activated.emit(page.model.index(0, 0))
    assert window.client_page.client.id == b.id
    window.lock()
    assert page.model.rowCount() == 0 and page.count.text() == ""


def test_the_demo_today_page_has_something_in_every_panel(qtbot, window):
    from coachdesk import demo

    demo.build(window.vault, demo.DEMO, today=date.today())
    window.go_to("Today")
    page = window.today_page
    assert page.sessions.model.total() > 0
    assert page.agreements.model.total() > 0


def test_plan_a_session_for_next_week(qtbot, window):
    from PySide6.QtCore import QDateTime

    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Ana"))
    engagements.add(vault, engagements.EngagementDraft(client.id, "2026-01-01",
                                                       title="Leadership coaching"))
    window.open_client(client.id)
    page = window.client_page
    page.plan_action.trigger()
    dialog = page.dialog
    assert dialog.windowTitle() == "Plan a session"
    dialog.when.setDateTime(QDateTime.currentDateTime().addDays(3))
    dialog.place.insert("Café Lumen")  # typed through the input method: not ASCII
    dialog.save()
    assert rows(page.sessions_model, BadgeRole) == ["Planned"]
    planned = sessions.get(vault, sessions.ids_for_client(vault, client.id)[0])
    assert (planned.status, planned.place, planned.duration_minutes) == ("planned",
                                                                         "Café Lumen", 60)
    window.go_to("Today")
    assert rows(window.today_page.sessions.model) == ["Ana"]


def test_planning_needs_an_engagement_and_says_so(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Ben"))
    window.open_client(client.id)
    window.client_page.plan_action.trigger()
    dialog = window.client_page.dialog
    assert "Add an engagement first" in dialog.message.text()
    dialog.save()
    assert sessions.ids_for_client(window.vault, client.id) == []
    dialog.reject()


def test_records_past_retention_come_up_on_today_and_open_the_client(qtbot, window):
    from tests.cases import ethics_case

    vault = window.vault
    case = ethics_case(vault)
    engagements.end(vault, case.engagement.id)
    window.go_to("Today")
    page = window.today_page
    page.refresh(datetime(2030, 1, 1, 9, 0))
    assert rows(page.retention.model) == []
    assert page.retention.empty.isVisibleTo(page)
    page.refresh(datetime(2034, 1, 1, 9, 0))
    assert rows(page.retention.model) == ["Maya Okafor"]
    assert rows(page.retention.model, DetailRole) == [
        "Ended 2026-12-20 · kept 7 years, until 2033-12-20"]
    assert rows(page.retention.model, BadgeRole) == ["Past retention"]
    page.retention.view.activated.emit(page.retention.model.index(0, 0))
    assert window.client_page.client.id == case.client.id


def test_tax_export_from_the_sessions_page(qtbot, window, tmp_path):
    from datetime import date as day

    from coachdesk import exports
    from tests.cases import ethics_case
    from ui import ask

    ethics_case(window.vault)
    window.go_to("Sessions")
    page = window.sessions_page
    page.tax_button.click()
    dialog = page.dialog
    dialog.start.setDate(day(2026, 1, 1))
    dialog.end.setDate(day(2026, 12, 31))
    target = tmp_path / "tax.csv"
    ask.set_next_paths(str(target))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(ops.idle)  # the file is written on the worker
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0] == "date,minutes,fee,currency,billed_to,status,fee_basis,invoice"
    assert "2026-04-13,90,0.00,EUR,Northwind Ltd,no_show" in text
    assert "Maya" not in text and "feedback" not in text and "PRIVATE" not in text
    assert "This export is recorded" in page.message.text()
    assert [e.kind for e in exports.for_record(window.vault, "practice", 0)] == ["tax_csv"]


def test_a_rows_second_line_runs_under_the_badge_not_beside_it(qtbot, window):
    """The pill shares the first line only: the detail line uses the row's full width,
    so "waiting for: client, sponsor" is read whole on Today at the window's size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFontMetrics

    from ui.models.records import BadgeDelegate

    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Beatriz Solberg"))
    title, clauses = agreements.from_template("coach_client", coach="Kim", client="Beatriz")
    agreement = agreements.add(vault, agreements.AgreementDraft(
        client.id, "coach_client", title, {"coach": "Kim", "client": "Beatriz"}, clauses))
    agreements.record_signature(vault, agreement.id, "coach", "Kim", "2026-11-20", "handwritten")
    window.resize(1180, 760)
    window.go_to("Today")
    view = window.today_page.agreements.view
    index = view.model().index(0, 0)
    badge, detail = index.data(BadgeRole), index.data(DetailRole)
    assert badge and detail
    metrics = QFontMetrics(view.font())
    row = view.visualRect(index)
    pill, first, second = BadgeDelegate.layout(row, metrics.horizontalAdvance(badge) + 20,
                                               metrics.height() + 4)
    assert first.right() < pill.left() and pill.right() <= row.right()
    assert second.width() == row.width() - 24 > first.width()
    assert metrics.elidedText(detail, Qt.TextElideMode.ElideRight, second.width()) == detail
    # Where a line is cut short anyway (a narrow window), hovering shows the whole row.
    tip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert badge in tip and "Beatriz Solberg" in tip and detail in tip
