"""What a write changed, in the coach's words: the kinds of record a committed
transaction touched.

Every write names its kinds where it opens its transaction
(``vault.transaction(touches=Change.NOTES)``), never guessed from its SQL. After the
commit the vault tells its listener (``Vault.on_change``), on the thread that wrote,
outside the vault's lock; the UI turns that into one notice on the GUI thread, and a
page refreshes only when a kind it shows changed (after Anki's ``OpChanges`` and
``operation_did_execute``).
"""

from __future__ import annotations

from enum import Flag, auto


class Change(Flag):
    """Kinds of record; combine with ``|`` (``Change.CLIENTS | Change.NOTES``)."""

    NONE = 0
    CLIENTS = auto()  # a client's details, archiving, disposal
    SPONSORS = auto()  # sponsors and their contacts
    ENGAGEMENTS = auto()  # engagements and their goals
    AGREEMENTS = auto()  # agreements, their words, terms and signatures
    SESSIONS = auto()  # planned, held and missed sessions
    NOTES = auto()  # session notes and reflections
    REPORTS = auto()  # reports, their items, the client's approvals and evidence
    DISCLOSURES = auto()  # what was shared, and with whom
    REQUESTS = auto()  # sponsors' requests and the coach's answers
    DATA_REQUESTS = auto()  # clients' data-protection requests and how they were answered
    INVOICES = auto()  # invoices: issued, paid, voided
    EXPORTS = auto()  # recorded printings and exports (agreements, tax CSV)
    SETTINGS = auto()  # the coach's settings
    CREDENTIALS = auto()  # the credential log's own facts and continuing education
    AUDIT = auto()  # the audit trail alone (a key rotated, backups rewritten)
    # Not a record: the date. A page that shows "the next seven days" shows it, and is
    # stale when the day turns (see ui.changes).
    DATE = auto()
    # Nor the time of day: a page that lists what is still to come ("sessions in the next
    # seven days", from now to the minute) shows it, and is read again as minutes pass.
    TIME = auto()

    @classmethod
    def records(cls) -> Change:
        """Every kind of record (a client's records disposed of touch them all)."""
        every = cls.NONE
        for kind in cls:
            if kind not in (cls.DATE, cls.TIME):
                every |= kind
        return every
