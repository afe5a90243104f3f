"""Settings → the practice's computers (issue 17): the list, a computer marked as gone
after a confirmation that says what it does, the invoicing role taken back from a lost
computer, and the audit log reading those actions in the coach's words."""

from __future__ import annotations

from syncing import computer

from coachdesk import clients, invoices
from coachdesk.sync import computers, issuer, practice
from tests import billing_setup
from ui import ask


def _cells(box) -> list[list[str]]:
    model = box.model
    return [[model.item(r, c).text() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _select(box, row: int) -> None:
    box.view.selectRow(row)


def test_the_computers_are_listed_and_one_is_marked_gone_after_a_clear_question(
        qtbot, window, tmp_path):
    laptop = window.vault
    folder = tmp_path / "Syncthing"
    desktop, office = computer(tmp_path, "desktop"), computer(tmp_path, "office")
    try:
        code = practice.start(laptop, folder)
        practice.join(desktop, folder, code)
        practice.join(office, folder, code)
        clients.add(desktop, clients.ClientDraft("Ann Lee"))
        practice.exchange(desktop)
        practice.exchange(laptop)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.computers
        assert box.isVisible()
        rows = _cells(box)
        assert [r[0] for r in rows] == ["This computer (A)", "Computer B", "Computer C"]
        assert rows[0][2] == "Issues invoices" and rows[1][2] == rows[2][2] == ""
        assert rows[1][1] and rows[1][1] != "Nothing yet"  # the desktop's change arrived
        assert not box.gone_button.isEnabled()  # nothing chosen
        _select(box, 0)
        assert not box.gone_button.isEnabled()  # not this one
        assert not box.take_button.isVisible()  # this computer issues
        _select(box, 2)
        assert box.gone_button.isEnabled()
        ask.set_next_answers(False)
        box.gone_button.click()
        asked = ask.shown[-1][1]
        assert "Computer C" in asked and "lost, stolen or wiped" in asked
        assert "Not gone after all" in asked and "new computer" in asked
        assert computers.listing(laptop)[2].gone is False  # said no: nothing written
        ask.set_next_answers(True)
        box.gone_button.click()
        qtbot.waitUntil(lambda: _cells(box)[2][0] == "Computer C (gone)", timeout=10_000)
        _select(box, 2)
        assert not box.gone_button.isEnabled()  # once is enough
        # The audit log says it in words.
        from ui.dialogs.audit_log import AuditLogDialog

        log = AuditLogDialog(laptop, window)
        qtbot.addWidget(log)
        qtbot.waitUntil(lambda: log.model.rowCount() > 0, timeout=10_000)
        said = [log.model.item(r, 2).text() for r in range(log.model.rowCount())]
        assert "A computer marked as gone" in said
        assert "Client added" in said  # the desktop's entry, in words too
        assert not any("." in s and " " not in s for s in said)  # no bare codes
    finally:
        desktop.close()
        office.close()


def test_invoicing_is_taken_back_from_the_lost_computer(qtbot, window, tmp_path):
    here = window.vault
    folder = tmp_path / "Syncthing"
    laptop = computer(tmp_path, "laptop")
    try:
        own = billing_setup.practice(laptop)
        issued = invoices.issue(laptop, invoices.InvoiceDraft(own[0].id, (own[2][0],),
                                                              "2026-01-31"))
        practice.join(here, folder, practice.start(laptop, folder))
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        box = section.computers
        assert not box.take_button.isVisible()  # only once the issuer is marked gone
        assert [r[0] for r in _cells(box)] == ["This computer (B)", "Computer A"]
        assert _cells(box)[1][2] == "Issues invoices"
        _select(box, 1)
        ask.set_next_answers(True)
        box.gone_button.click()
        qtbot.waitUntil(lambda: box.take_button.isVisible(), timeout=10_000)
        assert box.take_button.isEnabled()
        ask.set_next_answers(True)
        box.take_button.click()
        asked = ask.shown[-1][1]
        assert issued.number in asked and "Computer A" in asked
        assert "PDF or paper copy" in asked and "one computer only" in asked
        qtbot.waitUntil(lambda: issuer.may_issue(here), timeout=10_000)
        qtbot.waitUntil(lambda: _cells(box)[0][2] == "Issues invoices", timeout=10_000)
        assert not box.take_button.isVisible()
        assert section.issuer.text().startswith("This computer issues")
    finally:
        laptop.close()


def test_the_computer_marked_gone_says_so_in_its_own_settings(qtbot, window, tmp_path):
    here = window.vault
    folder = tmp_path / "Syncthing"
    desktop = computer(tmp_path, "desktop")
    try:
        practice.join(desktop, folder, practice.start(here, folder))
        practice.exchange(here)
        computers.mark_gone(desktop, practice.settings(here).device_id)
        practice.exchange(desktop)
        window.go_to("Settings")
        section = window.settings_page.sync
        section.refresh()
        assert not section.computers.note.isVisible()
        practice.exchange(here)  # the mark arrives on the laptop that was lost
        section.refresh()
        note = section.computers.note
        assert note.isVisible() and note.text().startswith("Another computer marked this")
        assert not issuer.may_issue(here)  # it stops issuing as it learns it
        assert _cells(section.computers)[0][0] == "This computer (A) (gone)"
    finally:
        desktop.close()
