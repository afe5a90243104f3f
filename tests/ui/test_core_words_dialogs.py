"""A German-speaking coach meets the core's refusals in German: the invoice dialog's
reason a sponsor may not be billed, a template saved with a nameless section, and an
export refused because a file not hers stands at the name. The real German translation
is loaded; the English of each stays in ``str(error)`` for the log."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from coachdesk import clients, engagements, sessions, sponsors, templates
from coachdesk.errors import InvalidInput
from coachdesk.files import UnsafeFile, create_private


def _sponsored_practice(vault):
    """Mia Keller's engagement, paid by Nordlicht GmbH, with no agreement signed yet."""
    sponsor = sponsors.add(vault, sponsors.SponsorDraft("Nordlicht GmbH"))
    mia = clients.add(vault, clients.ClientDraft("Mia Keller"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        mia.id, "2026-01-01", sponsor_id=sponsor.id, fee_cents=15000))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-10T09:00", 60,
                                              status="held"))
    return mia


def test_the_invoice_dialog_says_in_german_why_the_sponsor_is_not_billed(
        german, qtbot, vault):
    from ui.dialogs.invoice import InvoiceDialog

    mia = _sponsored_practice(vault)
    dialog = InvoiceDialog(vault, mia.id)
    qtbot.addWidget(dialog)
    dialog.show()
    # No agreement is active: the client is billed, and the note under it says why.
    assert dialog.bill_to.currentData() == "client"
    note = dialog.payer_note.text()
    assert "Für diesen Auftrag ist keine unterschriebene Vereinbarung aktiv" in note
    assert "No signed agreement" not in note
    # The coach picks the sponsor anyway: the reason shows where she chose it.
    dialog.bill_to.setCurrentIndex(dialog.bill_to.findData("sponsor"))
    assert dialog.why_not.isVisible()
    assert dialog.why_not.text().startswith(
        "Für diesen Auftrag ist keine unterschriebene Vereinbarung aktiv")
    assert "bill the client" not in dialog.why_not.text()
    dialog.discard()  # nothing issued; the dialog closes without asking


def test_a_template_refused_in_german_keeps_what_was_typed(german, qtbot, vault):
    from ui.pages.template_settings import TemplateSettings

    page = TemplateSettings()
    qtbot.addWidget(page)
    page.attach(vault)
    page.show()
    before = len(templates.all_templates(vault))
    page.new_template()
    page.name.setText("Mein Raster")
    page.add_button.click()  # two sections now, neither with a heading yet
    page.save_button.click()
    assert page.message.isVisible()
    assert page.message.text() == "Jeder Abschnitt braucht eine Überschrift."
    assert page.name.text() == "Mein Raster"  # nothing typed is lost
    assert len(templates.all_templates(vault)) == before
    # the log keeps the English
    with pytest.raises(InvalidInput, match="Each section needs a heading"):
        templates.save(vault, None, "Mein Raster", page.sections())


@pytest.mark.skipif(os.name != "posix", reason="a link stands at the name on POSIX")
def test_an_export_refused_over_a_link_is_said_in_german(german, tmp_path: Path):
    from ui.exporting import failure_words

    target = tmp_path / "bericht.pdf"
    target.symlink_to(tmp_path / "elsewhere.pdf")
    with pytest.raises(UnsafeFile) as refused:
        create_private(target)
    said = failure_words(refused.value, target)
    assert said.startswith(f"CoachDesk schreibt {target} nicht: Unter diesem Namen steht "
                           "eine Verknüpfung an einen anderen Ort.")
    assert "Nothing was written" not in said
    assert str(refused.value).startswith(f"CoachDesk will not write {target}: a link")
    assert not (tmp_path / "elsewhere.pdf").exists()  # nothing written through the link
