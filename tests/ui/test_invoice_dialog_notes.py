"""The New invoice dialog with several notes showing at once (the payer's, the client's
address, the coach's details): each note shows its whole text and none lies over another
or over the fields below it, when the dialog opens and as the payer is changed."""

from __future__ import annotations

from tests import billing_setup

NOTES = ("why_not", "payer_note", "no_address", "no_details", "not_here")


def _shown(dialog) -> list:
    return [getattr(dialog, n) for n in NOTES if getattr(dialog, n).isVisibleTo(dialog)]


def _check(dialog) -> None:
    """What a coach would see wrong: a note cut short, or two things drawn over each
    other (the notes, and the field and list below them)."""
    notes = _shown(dialog)
    below = [dialog.sessions, dialog.issued_on, dialog.sums]
    for note in notes:  # its whole text, and no gap of blank lines under it
        assert note.height() >= note.heightForWidth(note.width()), note.text()
        assert note.height() < note.heightForWidth(note.width()) + note.fontMetrics().height()
    placed = [*notes, dialog.bill_to, dialog.attention, *below]
    for i, first in enumerate(placed):
        for second in placed[i + 1:]:
            assert not first.geometry().intersects(second.geometry()), (first, second)
    for widget in placed:  # all of it inside the dialog, none under its lower edge
        assert widget.parentWidget() is dialog
        assert dialog.rect().contains(widget.geometry())


def test_three_notes_at_once_each_whole_and_apart(qtbot, vault):
    from ui.dialogs.invoice import InvoiceDialog

    # No agreement (the client is billed, and the note says why), no postal address for
    # Tom, no address of the coach's in Settings: three notes.
    bw = billing_setup.brightwater(vault, terms=None, coach_details=False)
    dialog = InvoiceDialog(vault, bw.tom.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.wait(200)
    assert len(_shown(dialog)) == 3
    assert dialog.payer_note.text().startswith("Billed to the client, not the sponsor.")
    _check(dialog)
    # The sponsor chosen: why it may not be billed, no word of Tom's address; and back.
    dialog.bill_to.setCurrentIndex(dialog.bill_to.findData("sponsor"))
    qtbot.wait(50)
    assert dialog.why_not.isVisibleTo(dialog) and not dialog.no_address.isVisibleTo(dialog)
    _check(dialog)
    dialog.bill_to.setCurrentIndex(dialog.bill_to.findData("client"))
    qtbot.wait(50)
    assert len(_shown(dialog)) == 3
    _check(dialog)
    # Narrower, as a small screen or a longer language would have it.
    dialog.resize(dialog.minimumWidth(), dialog.height())
    qtbot.wait(50)
    _check(dialog)
    dialog.discard()  # nothing issued
