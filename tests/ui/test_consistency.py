"""One app, not several built side by side: every empty list says so in the same way;
a client's words beside CoachDesk's never turn the line around; Today names a fee whose
basis is still to confirm and opens its form in one click; the demo's notes are each in
one language that speaks of the client as their pronouns say; the demo's lock screen
offers no recovery code it does not have."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from coachdesk import clients, demo, engagements, notes, reports, sponsors
from coachdesk.approvals import Recipient
from coachdesk.changes import Change
from tests.cases import ethics_case
from ui.bidi import isolated
from ui.dialogs.engagement import EngagementDialog
from ui.empty_state import READABLE, EmptyState

ARABIC = "ليلى حداد"
LEFT = Qt.MouseButton.LeftButton


def _visual_x(text: str) -> list[float]:
    """Where each character of ``text`` is drawn, left to right in logical order (the
    paragraph's direction found from the text, as a label finds it)."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


def _right_of(text: str, piece: str, after: str) -> bool:
    """True when ``after`` is drawn in reading order, wholly right of ``piece``."""
    xs = _visual_x(text)
    start = text.index(piece)
    later = text.index(after, start + len(piece))
    tail = xs[later:later + len(after)]
    return tail == sorted(tail) and min(tail) >= max(xs[start:start + len(piece)]) - 0.5


def _empty_states(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` that is, or looks like, an empty list's words."""
    return [w for w in root.findChildren(QWidget)
            if type(w).__name__ == "EmptyState" or w.objectName() == "emptyState"]


# -- one empty state ---------------------------------------------------------------------
def test_every_empty_list_says_so_through_the_one_empty_state(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Robin Ellis"))
    window.open_client(client.id)
    for page in ("Today", "Sponsors", "Agreements", "Sessions", "Reports", "Clients"):
        window.go_to(page)
    QApplication.processEvents()
    found = _empty_states(window)
    shown = [w for w in found if isinstance(w, EmptyState)]
    words = [w for w in found if isinstance(w, QLabel)]
    # Client tabs (6), reports, disclosures, requests, Today's five panels, and the
    # pages' own lists: all of them the one kind, none a local copy.
    assert len(shown) >= 6 + 3 + 5 + 4
    assert all(type(w) is EmptyState for w in found if not isinstance(w, QLabel))
    assert all(isinstance(label.parent(), EmptyState) for label in words)
    # The same look everywhere: the words' style, a readable measure, the step's button.
    fonts = {(w.words.font().pointSizeF(), w.words.palette().windowText().color().name())
             for w in shown}
    assert len(fonts) == 1, fonts
    assert all(w.words.width() <= READABLE for w in shown)
    assert all(w.button.objectName() == "primary" for w in shown)


def test_an_empty_tab_is_covered_by_its_words_and_they_step_aside(qtbot, window):
    client = clients.add(window.vault, clients.ClientDraft("Robin Ellis"))
    window.open_client(client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.notes_view)
    empty = page.empty[page.notes_view]
    qtbot.waitUntil(empty.isVisible)
    assert empty.geometry() == page.notes_view.viewport().rect()  # over the whole list
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: empty.geometry() == page.notes_view.viewport().rect())
    assert empty.words.height() >= empty.words.heightForWidth(empty.words.width())
    notes.add(window.vault, client.id, "First session: goals for the quarter.")
    qtbot.waitUntil(lambda: page.notes_model.rowCount() == 1)
    assert not empty.isVisible()


def test_todays_lists_say_when_they_are_empty_as_every_list_does(qtbot, window):
    window.go_to("Today")
    today = window.today_page
    QApplication.processEvents()
    panel = today.sessions
    assert isinstance(panel.empty, EmptyState)
    assert panel.empty.isVisible() and not panel.view.isVisible()
    assert panel.empty.text() == "No sessions planned for the coming week."
    assert not panel.empty.button.isVisible()  # Today only lists: no step of its own


# -- the client's words beside CoachDesk's -------------------------------------------------
def test_the_client_header_keeps_its_words_in_order_after_right_to_left_pronouns(qtbot,
                                                                                 window):
    client = clients.add(window.vault, clients.ClientDraft("Layla Haddad", "هي"))
    clients.archive(window.vault, client.id)
    window.open_client(client.id)
    about = window.client_page.about.text()
    assert "Archived" in about
    assert _right_of(about, "هي", "Archived")
    # What the isolation prevents: the same words unisolated put "Archived" first.
    assert not _right_of("هي · Archived", "هي", "Archived")


def test_a_report_row_keeps_its_dates_after_a_right_to_left_recipient(qtbot, window):
    case = ethics_case(window.vault)
    contact = sponsors.add_contact(window.vault, case.sponsor.id,
                                   sponsors.ContactDraft(ARABIC, role="HR"))
    reports.create(window.vault, reports.ReportDraft(
        case.engagement.id, "Progress report", "2026-01-01", "2026-04-30",
        recipient=Recipient("contact", contact.id)))
    window.open_client(case.client.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.reports_view)
    qtbot.waitUntil(lambda: page.reports_model.rowCount() == 1)
    from ui.models.records import DetailRole

    detail = page.reports_model.index(0, 0).data(DetailRole)
    assert _right_of(detail, ARABIC, "2026-01-01")
    assert _right_of(detail, "2026-01-01", "2026-04-30")


def test_the_agreement_pages_signature_rows_hold_a_name_as_one_piece(qtbot, window):
    case = ethics_case(window.vault)
    clients.update(window.vault, case.client.id, clients.ClientDraft(ARABIC))
    from coachdesk import agreements

    draft = agreements.draft_for_engagement(window.vault, case.engagement.id, "Sam Coach")
    agreement = agreements.add(window.vault, draft)
    window.go_to("Agreements")
    page = window.agreements_page
    page.refresh()
    page.select(agreement.id)
    qtbot.waitUntil(lambda: page.signatures_model.rowCount() >= 2)
    rows = [page.signatures_model.index(r, 0).data()
            for r in range(page.signatures_model.rowCount())]
    client_row = next(r for r in rows if ARABIC in r)
    assert isolated(ARABIC) in client_row  # nothing after it can join its direction
    assert _right_of(f"{client_row} · 2 of 3", ARABIC, "2 of 3")


# -- Today: a fee to confirm ---------------------------------------------------------------
def _fee_left_to_confirm(vault, name: str, title: str) -> engagements.Engagement:
    client = clients.add(vault, clients.ClientDraft(name))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", "2099-12-20", title=title, fee_cents=35_000,
        currency="GBP", fee_basis="per_session"))
    with vault.transaction(touches=Change.ENGAGEMENTS) as conn:  # as migration 0010 left it
        conn.execute("UPDATE engagements SET fee_basis = NULL WHERE id = ?", (engagement.id,))
    return engagements.get(vault, engagement.id)


def test_today_names_a_fee_to_confirm_and_opens_its_form_in_one_click(qtbot, window):
    window.go_to("Today")
    today = window.today_page
    assert not today.fee_to_confirm.isVisible()
    engagement = _fee_left_to_confirm(window.vault, "Maya Okafor", "Leadership coaching")
    qtbot.waitUntil(today.fee_to_confirm.isVisible)
    words = " ".join(today.fee_to_confirm.words.text().split())
    assert "Maya Okafor’s Leadership coaching" in words
    assert "350.00" in words and "per session or for the whole engagement" in words
    assert "more" not in words  # only one waits

    qtbot.mouseClick(today.fee_to_confirm.button, LEFT)
    page = window.client_page
    assert window.clients_section.currentWidget() is page
    assert page.client.id == engagement.client_id
    assert page.tabs.currentWidget() is page.engagements_view
    dialog = page.dialog
    assert isinstance(dialog, EngagementDialog) and dialog.isVisible()
    assert dialog.fee_basis.currentIndex() == -1 and dialog.to_confirm.isVisible()
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("per_session"))
    dialog.save()
    assert not dialog.isVisible()
    window.go_to("Today")
    qtbot.waitUntil(lambda: not today.fee_to_confirm.isVisible())


def test_today_counts_the_other_fees_that_wait_with_real_plurals(qtbot, window):
    window.go_to("Today")
    today = window.today_page
    _fee_left_to_confirm(window.vault, ARABIC, "Career coaching")
    _fee_left_to_confirm(window.vault, "Jonas Berg", "Team coaching")
    qtbot.waitUntil(today.fee_to_confirm.isVisible)
    assert today.fee_to_confirm.words.text().endswith("Then 1 more engagement.")
    assert isolated(ARABIC) in today.fee_to_confirm.words.text()  # its name one piece
    _fee_left_to_confirm(window.vault, "Dana White", "Team coaching")
    qtbot.waitUntil(lambda: today.fee_to_confirm.words.text().endswith(
        "Then 2 more engagements."))


# -- the demo practice ---------------------------------------------------------------------
_LANGUAGE_MARKS = {"ar": re.compile("[\u0600-\u06ff]"), "he": re.compile("[\u0590-\u05ff]"),
                   "ja": re.compile("[\u3040-\u30ff]"),
                   "de": re.compile(r"\b(Sitzung|Thema|Eigene Reflexion)\b"),
                   "fr": re.compile(r"\b(Séance|Thème|Réflexion personnelle)\b"),
                   "es": re.compile(r"\b(Sesión|Reflexión propia)\b")}
_ENGLISH_PRONOUNS = {"she": {"she", "her"}, "he": {"he", "him", "his"},
                     "they": {"they", "them", "their"}}


def _language(text: str) -> str:
    found = [lang for lang, mark in _LANGUAGE_MARKS.items() if mark.search(text)]
    assert len(found) <= 1, text
    return found[0] if found else "en"


def test_each_demo_clients_notes_are_in_one_language_and_follow_their_pronouns(vault):
    demo.build(vault, demo.DEMO, today=date(2026, 11, 25))
    languages_seen = set()
    for client_id in clients.list_ids(vault, include_archived=True):
        client = clients.get(vault, client_id)
        bodies = [n.body for n in notes.get_many(
            vault, notes.ids_for_client(vault, client_id)).values()]
        languages = {_language(b) for b in bodies}
        assert len(languages) <= 1, (client.name, languages)
        languages_seen |= languages
        said = client.pronouns.split("/")[0] or "they"
        others = set().union(*(w for p, w in _ENGLISH_PRONOUNS.items() if p != said))
        for body in bodies:
            if languages == {"en"}:
                used = set(re.findall(r"[a-z]+", body.lower()))
                assert not used & others, (client.name, client.pronouns, body)
            if "Sitzung mit" in body:
                assert ("Sie möchte" if said == "she" else "Er möchte") in body
            if "Séance avec" in body:
                assert f"pour {'elle' if said == 'she' else 'lui'}" in body
    assert languages_seen == {"en", "de", "fr", "es", "ar", "he", "ja"}


def test_the_demo_lock_screen_offers_no_recovery_code(qtbot, location):
    from coachdesk.paths import VaultLocation
    from ui.pages.unlock import KEYRING, PROBLEM, UnlockPage

    page = UnlockPage(VaultLocation.default(demo=True))
    qtbot.addWidget(page)
    page.show()
    page.ask_for(KEYRING, "")
    assert page.title.text() == "The demo practice is locked"
    assert "invented" in page.reason.text() and "no" in page.reason.text()
    assert not page.code_button.isVisible() and page.unlock_button.isVisible()
    page.ask_for(PROBLEM, "The demo practice could not be read.")
    assert not page.code_button.isVisible()
    # The coach's own vault still offers its code.
    own = UnlockPage(location)
    qtbot.addWidget(own)
    own.show()
    own.ask_for(KEYRING, "")
    assert own.code_button.isVisible() and "recovery code" in own.code_button.text()
