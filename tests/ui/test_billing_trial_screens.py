"""Invoices and pro bono as the new-coach trial found them (issue 15), driven as a coach
would: the New invoice form with a sponsor, the focus after issuing, Edit session's pro
bono choice and the session's row, and switching what an engagement's fee is for."""

from __future__ import annotations

from msgspec.structs import replace
from PySide6.QtWidgets import QApplication

from coachdesk import (
    agreements,
    clients,
    credentials,
    engagements,
    invoices,
    sessions,
    settings,
    sponsors,
)
from ui.dialogs.engagement import EngagementDialog
from ui.dialogs.session_edit import SessionEditDialog
from ui.models.records import BadgeRole, DetailRole


def discard(dialog) -> None:
    if dialog.isVisible():
        dialog.discard()


def brightwater(vault, *, signed: bool = True):
    """Tom's coaching, paid by Brightwater Logistics Ltd (billing name Accounts Payable)
    as the signed agreement says; two held sessions at GBP 180."""
    settings.put(vault, "coach_name", "Maya Lindqvist")
    tom = clients.add(vault, clients.ClientDraft("Tom Okafor", address="4 Elm Row"))
    company = sponsors.add(vault, sponsors.SponsorDraft(
        "Brightwater Logistics Ltd", billing_name="Accounts Payable",
        address="1 Dock Road\nLiverpool L3 4AA"))
    sponsors.add_contact(vault, company.id, sponsors.ContactDraft("Priya Nair"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        tom.id, "2026-09-01", sponsor_id=company.id, fee_cents=18000, currency="GBP"))
    if signed:
        draft = agreements.draft_for_engagement(vault, engagement.id, "Maya Lindqvist")
        agreement = agreements.add(vault, replace(draft,
                                                  sponsor_may_receive=("dates", "hours")))
        for role, name in (("coach", "Maya Lindqvist"), ("client", "Tom Okafor"),
                           ("sponsor", "Priya Nair")):
            agreements.record_signature(vault, agreement.id, role, name, "2026-09-01",
                                        "handwritten")
        agreements.activate(vault, agreement.id)
    held = [sessions.add(vault, sessions.SessionDraft(
        engagement.id, f"2026-10-0{d}T10:00", 60, status="held")).id for d in (1, 2)]
    return tom, engagement, held


def test_a_new_invoice_goes_to_the_sponsor_named_by_its_company(qtbot, window):
    vault = window.vault
    tom, _engagement, _held = brightwater(vault)
    window.open_client(tom.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    dialog = page.dialog
    assert dialog.bill_to.currentData() == "sponsor"
    assert dialog.bill_to.currentText() == (
        "Brightwater Logistics Ltd — Accounts Payable (the sponsor)")
    assert dialog.attention.isEnabled() and not dialog.payer_note.isVisible()
    assert dialog.no_details.isVisible()  # no address of the coach's in Settings yet
    dialog.attention.setCurrentIndex(dialog.attention.findText("Priya Nair"))
    dialog.buttons.accepted.emit()
    [invoice_id] = invoices.ids_for_client(vault, tom.id)
    issued = invoices.get(vault, invoice_id)
    assert (issued.bill_to, issued.bill_to_name, issued.bill_to_department) == (
        "sponsor", "Brightwater Logistics Ltd", "Accounts Payable")
    # The new invoice's row has the keys, never "Void…".
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.invoices.view)
    assert page.invoices.view.currentIndex().row() == 0
    assert QApplication.focusWidget() is not page.invoices.void_button


def test_without_an_active_agreement_the_client_is_billed_and_told_why(qtbot, window):
    vault = window.vault
    tom, _engagement, _held = brightwater(vault, signed=False)
    settings.put(vault, "coach_details", "12 Harbour Street\nLiverpool")
    window.open_client(tom.id)
    page = window.client_page
    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    dialog = page.dialog
    assert dialog.bill_to.currentData() == "client"
    assert dialog.payer_note.isVisible()
    assert "not the sponsor" in dialog.payer_note.text()
    assert "agreement" in dialog.payer_note.text()
    assert not dialog.no_details.isVisible()
    dialog.discard()


def test_pro_bono_in_edit_session_shows_on_the_fee_the_row_and_the_invoice_form(
        qtbot, window):
    vault = window.vault
    tom, _engagement, held = brightwater(vault)
    dialog = SessionEditDialog(vault, held[0])
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    assert dialog.fee.text().replace("\xa0", " ") == "GBP 180.00"
    dialog.paid.box.setCurrentIndex(dialog.paid.box.findData("pro_bono"))
    assert dialog.fee.text().startswith("Pro bono")
    dialog.save()
    assert not dialog.isVisible()
    assert credentials.session_paid(vault, held[0]).kind == "pro_bono"
    window.open_client(tom.id)
    page = window.client_page
    model = page.sessions_model
    rows = {model.index(r, 0).data(DetailRole): model.index(r, 0).data(BadgeRole)
            for r in range(model.rowCount())}
    assert rows.get("Pro bono: not billed") == "Held"
    page.tabs.setCurrentWidget(page.invoices.view)
    page.invoices.new_button.click()
    form = page.dialog
    assert form.sessions.count() == 1 and form.session_ids() == (held[1],)
    form.discard()


def test_an_invoiced_session_is_not_made_pro_bono(qtbot, window):
    vault = window.vault
    _tom, engagement, held = brightwater(vault)
    issued = invoices.issue(vault, invoices.InvoiceDraft(engagement.id, (held[0],),
                                                         "2026-10-05"))
    dialog = SessionEditDialog(vault, held[0])
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    dialog.place.setText("Their office")
    dialog.paid.box.setCurrentIndex(dialog.paid.box.findData("pro_bono"))
    dialog.save()
    assert dialog.isVisible()
    assert "void the invoice first" in dialog.message.text()
    assert issued.number in dialog.message.text()
    assert sessions.get(vault, held[0]).place == ""  # nothing half-saved
    assert credentials.session_paid(vault, held[0]).kind == "paid"


def test_switching_the_fee_to_a_package_converts_it_and_says_so(qtbot, vault):
    """The default fee (per session, from Settings) switched to a package of 10 becomes
    the package's price, said under the fee; an amount the coach typed stays typed."""
    settings.put(vault, "default_fee_cents", "18000")
    settings.put(vault, "currency", "GBP")
    client = clients.add(vault, clients.ClientDraft("Lena Park"))
    dialog = EngagementDialog(vault, client.id)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    assert dialog.fee.value() == 180
    dialog.planned.setValue(10)
    assert dialog.fee_basis.currentData() == "per_session"
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("package"))
    assert dialog.fee.value() == 1800
    note = dialog.basis_note.text().replace("\xa0", " ")
    assert dialog.basis_note.isVisible()
    assert "GBP 180.00 per session" in note and "GBP 1,800.00" in note
    assert "GBP 180.00" in dialog.fee_sum.text().replace("\xa0", " ")  # a session's share
    # Back to per session: the share again; typing a new amount clears the note.
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("per_session"))
    assert dialog.fee.value() == 180
    dialog.fee.setValue(900)
    assert not dialog.basis_note.isVisible()
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("package"))
    assert dialog.fee.value() == 900 and not dialog.basis_note.isVisible()


def test_a_saved_fee_switched_to_a_total_is_converted(qtbot, vault):
    client = clients.add(vault, clients.ClientDraft("Omar Haddad"))
    saved = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-09-01", fee_cents=18000, currency="GBP", planned_sessions=6))
    dialog = EngagementDialog(vault, client.id, saved)
    qtbot.addWidget(dialog, before_close_func=discard)
    dialog.show()
    dialog.fee_basis.setCurrentIndex(dialog.fee_basis.findData("engagement_total"))
    assert dialog.fee.value() == 1080
    assert "GBP 1,080.00 for the whole engagement" in dialog.basis_note.text().replace(
        "\xa0", " ")


def test_the_sessions_page_and_the_package_count_say_pro_bono(qtbot, window):
    from ui.money import package_used

    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Lena Park"))
    package = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-09-01", fee_cents=180000, currency="GBP", planned_sessions=10,
        fee_basis="package", package_missed_counts=True))
    held = [sessions.add(vault, sessions.SessionDraft(
        package.id, f"2026-10-0{d}T10:00", 60, status="held")).id for d in (1, 2)]
    credentials.set_session_paid(vault, held[0], "pro_bono")
    from coachdesk import packages
    assert package_used(packages.use(vault, engagements.get(vault, package.id))) == (
        "1 of 10 used (and 1 pro bono)")
    window.go_to("Sessions")
    page = window.sessions_page
    page.refresh()
    details = [page.model.index(r, 0).data(DetailRole) for r in range(page.model.rowCount())]
    assert sum("pro bono, not billed" in d for d in details) == 1
    page.unpaid.setChecked(True)
    assert page.model.total() == 1  # the pro bono one is not unpaid
