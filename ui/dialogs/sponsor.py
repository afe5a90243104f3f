"""Add or edit a sponsor, and add one of its people. A sponsor's postal address is
several lines (street, town, postcode, country), typed as it is written on an envelope."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from coachdesk import sponsors
from coachdesk.sponsors import ContactDraft, Sponsor, SponsorDraft
from ui.dialogs.form import FormDialog


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def sponsor_dialog(vault, sponsor: Sponsor | None, parent: QWidget | None) -> FormDialog:
    """New sponsor (``sponsor`` None) or Edit sponsor; saving returns the sponsor."""
    fields = [("organisation", tr("&Organisation"), tr("e.g. Acme Ltd")),
              ("billing_name", tr("&Billing name"), tr("who invoices go to")),
              ("address", tr("&Address"), tr("Street, town, postcode, country: one a line"))]
    if sponsor is None:
        return FormDialog(tr("New sponsor"), fields, {},
                          lambda v: sponsors.add(vault, SponsorDraft(**v)),
                          tr("this sponsor"), parent, multiline=("address",))
    initial = {"organisation": sponsor.organisation, "billing_name": sponsor.billing_name,
               "address": sponsor.address}
    return FormDialog(tr("Edit sponsor"), fields, initial,
                      lambda v: sponsors.update(vault, sponsor.id, SponsorDraft(**v)),
                      tr("this sponsor"), parent, multiline=("address",))


def contact_dialog(vault, sponsor: Sponsor, parent: QWidget | None) -> FormDialog:
    """New contact at ``sponsor``; saving returns the sponsor, with the contact."""
    fields = [("name", tr("&Name"), tr("Full name")),
              ("role", tr("&Role"), tr("e.g. HR business partner")),
              ("email", tr("&Email"), "name@example.org"), ("phone", tr("P&hone"), "")]

    def store(values: dict[str, str]) -> Sponsor:
        sponsors.add_contact(vault, sponsor.id, ContactDraft(**values))
        return sponsors.get(vault, sponsor.id)

    return FormDialog(tr("New contact"), fields, {}, store, tr("this contact"), parent)
