"""The audit log's actions in the coach's words (Data protection → Audit log…).

The log keeps each action as a code (``client.added``): codes are stable across versions
and languages, and a hash chain covers them. The screen shows a phrase for each, from
this one mapping: ``EXACT`` for a code written as it is, ``FAMILIES`` for codes the core
builds from a structured choice (``client.archived``, ``export.report``), matched by
their prefix. tests/unit/test_audit_words.py scans coachdesk/ for every code passed to
``audit.record`` and fails on one without words here. A code this version does not know
(written by a newer CoachDesk on another computer) is shown as the log keeps it.

The record an entry is about is named the same way (``RECORDS``, by its kind, with its
number as the computer that wrote the entry numbered it): "Client 2", "Settings"; an
entry about one computer of the practice names it by its letter ("Changes from
computer B (no. 13)"). Ids only, never a name: the log stays content-free.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "AuditLog"

# (QT_TRANSLATE_NOOP is typed as returning object; it returns the text itself.)
EXACT: dict[str, object] = {
    "action_item.added": QT_TRANSLATE_NOOP("AuditLog", "Action item added"),
    "action_item.changed": QT_TRANSLATE_NOOP("AuditLog", "Action item changed"),
    "action_item.done": QT_TRANSLATE_NOOP("AuditLog", "Action item done"),
    "action_item.removed": QT_TRANSLATE_NOOP("AuditLog", "Action item removed"),
    "action_item.reopened": QT_TRANSLATE_NOOP("AuditLog", "Action item reopened"),
    "agreement.activated": QT_TRANSLATE_NOOP("AuditLog", "Agreement made active"),
    "agreement.added": QT_TRANSLATE_NOOP("AuditLog", "Agreement drafted"),
    "agreement.clauses_changed": QT_TRANSLATE_NOOP("AuditLog", "Agreement clauses changed"),
    "agreement.ended": QT_TRANSLATE_NOOP("AuditLog", "Agreement ended"),
    "agreement.terms_confirmed_signatures_cleared": QT_TRANSLATE_NOOP(
        "AuditLog", "Agreement terms changed: signatures to collect again"),
    "agreement.terms_set": QT_TRANSLATE_NOOP("AuditLog", "Agreement terms set"),
    "agreement_template.changed": QT_TRANSLATE_NOOP("AuditLog", "Agreement template changed"),
    "agreement_template.reset": QT_TRANSLATE_NOOP("AuditLog", "Agreement template reset"),
    "cce.added": QT_TRANSLATE_NOOP("AuditLog", "Continuing education added"),
    "cce.removed": QT_TRANSLATE_NOOP("AuditLog", "Continuing education removed"),
    "client.added": QT_TRANSLATE_NOOP("AuditLog", "Client added"),
    "client.disposal_finished": QT_TRANSLATE_NOOP("AuditLog", "Client's disposal finished"),
    "client.disposed": QT_TRANSLATE_NOOP("AuditLog", "Client's records disposed of"),
    "client.edited": QT_TRANSLATE_NOOP("AuditLog", "Client details edited"),
    "consent.evidence_attached": QT_TRANSLATE_NOOP("AuditLog", "Evidence of approval attached"),
    "consent.revoked": QT_TRANSLATE_NOOP("AuditLog", "Approval withdrawn"),
    "consent.round_revoked": QT_TRANSLATE_NOOP("AuditLog", "Approval of a report withdrawn"),
    "credentials.engagement_set": QT_TRANSLATE_NOOP(
        "AuditLog", "Coaching log details of an engagement set"),
    "credentials.naming_agreed": QT_TRANSLATE_NOOP(
        "AuditLog", "Client agreed to be named in the coaching log"),
    "credentials.naming_withdrawn": QT_TRANSLATE_NOOP(
        "AuditLog", "Client withdrew being named in the coaching log"),
    "credentials.profile_set": QT_TRANSLATE_NOOP("AuditLog", "Credential profile changed"),
    "credentials.session_set": QT_TRANSLATE_NOOP(
        "AuditLog", "Coaching log details of a session set"),
    "credentials.training_set": QT_TRANSLATE_NOOP("AuditLog", "Coach training changed"),
    "data_request.answered": QT_TRANSLATE_NOOP("AuditLog", "Data request answered"),
    "data_request.closed": QT_TRANSLATE_NOOP("AuditLog", "Data request closed"),
    "engagement.added": QT_TRANSLATE_NOOP("AuditLog", "Engagement added"),
    "engagement.edited": QT_TRANSLATE_NOOP("AuditLog", "Engagement edited"),
    "engagement.ended": QT_TRANSLATE_NOOP("AuditLog", "Engagement ended"),
    "evidence.added": QT_TRANSLATE_NOOP("AuditLog", "Evidence added"),
    "excerpt.added": QT_TRANSLATE_NOOP("AuditLog", "Excerpt added"),
    "excerpt.edited": QT_TRANSLATE_NOOP("AuditLog", "Excerpt edited"),
    "invoice.issued": QT_TRANSLATE_NOOP("AuditLog", "Invoice issued"),
    "invoice.paid": QT_TRANSLATE_NOOP("AuditLog", "Invoice marked paid"),
    "invoice.unpaid": QT_TRANSLATE_NOOP("AuditLog", "Invoice marked unpaid"),
    "invoice.voided": QT_TRANSLATE_NOOP("AuditLog", "Invoice voided"),
    "invoice.payment_set_aside": QT_TRANSLATE_NOOP(
        "AuditLog", "Payment set aside: the invoice was voided on another computer"),
    "note.added": QT_TRANSLATE_NOOP("AuditLog", "Note added"),
    "note.conflict_resolved": QT_TRANSLATE_NOOP(
        "AuditLog", "Note edited on two computers resolved"),
    "note.for_sponsor": QT_TRANSLATE_NOOP(
        "AuditLog", "Note may go to the sponsor if the client approves"),
    "note.private": QT_TRANSLATE_NOOP("AuditLog", "Note made coach only"),
    "note.saved": QT_TRANSLATE_NOOP("AuditLog", "Note saved"),
    "note.shared": QT_TRANSLATE_NOOP("AuditLog", "Note shared with the client"),
    "report.changed": QT_TRANSLATE_NOOP("AuditLog", "Report changed"),
    "report.created": QT_TRANSLATE_NOOP("AuditLog", "Report created"),
    "report.item_added": QT_TRANSLATE_NOOP("AuditLog", "Item added to a report"),
    "report.item_removed": QT_TRANSLATE_NOOP("AuditLog", "Item removed from a report"),
    "report.item_restored": QT_TRANSLATE_NOOP("AuditLog", "Item of a report restored"),
    "report.item_struck": QT_TRANSLATE_NOOP("AuditLog", "Item of a report struck"),
    "report.print_language_changed": QT_TRANSLATE_NOOP(
        "AuditLog", "Print language of a report changed"),
    "report.put_to_client": QT_TRANSLATE_NOOP("AuditLog", "Report given to the client to approve"),
    "report.release_form_printed": QT_TRANSLATE_NOOP("AuditLog", "Release form printed"),
    "report.reordered": QT_TRANSLATE_NOOP("AuditLog", "Report reordered"),
    "session.added": QT_TRANSLATE_NOOP("AuditLog", "Session added"),
    "session.cut_short": QT_TRANSLATE_NOOP("AuditLog", "Session marked as cut short"),
    "session.cut_short_seen": QT_TRANSLATE_NOOP("AuditLog", "Cut-short session looked at"),
    "session.discarded": QT_TRANSLATE_NOOP("AuditLog", "Session discarded"),
    "session.edited": QT_TRANSLATE_NOOP("AuditLog", "Session edited"),
    "sponsor.added": QT_TRANSLATE_NOOP("AuditLog", "Sponsor added"),
    "sponsor.contact_added": QT_TRANSLATE_NOOP("AuditLog", "Sponsor contact added"),
    "sponsor.edited": QT_TRANSLATE_NOOP("AuditLog", "Sponsor edited"),
    "sponsor_request.logged": QT_TRANSLATE_NOOP("AuditLog", "Sponsor request logged"),
    "sync.bundle_applied": QT_TRANSLATE_NOOP(
        "AuditLog", "Changes from another computer applied"),
    "sync.computer_gone": QT_TRANSLATE_NOOP("AuditLog", "A computer marked as gone"),
    "sync.computer_back": QT_TRANSLATE_NOOP(
        "AuditLog", "A computer marked as gone brought back"),
    "sync.letter_changed": QT_TRANSLATE_NOOP(
        "AuditLog", "This computer's letter changed (another computer had joined with it)"),
    "sync.invoicing_taken_back": QT_TRANSLATE_NOOP("AuditLog", "Invoicing taken back"),
    "sync.pairing_code_changed": QT_TRANSLATE_NOOP("AuditLog", "New pairing code in use"),
    "template.added": QT_TRANSLATE_NOOP("AuditLog", "Note template added"),
    "template.changed": QT_TRANSLATE_NOOP("AuditLog", "Note template changed"),
    "template.removed": QT_TRANSLATE_NOOP("AuditLog", "Note template removed"),
    "vault.backups_reencrypted": QT_TRANSLATE_NOOP("AuditLog", "Backups re-encrypted"),
    "vault.kept_copies_reencrypted": QT_TRANSLATE_NOOP("AuditLog", "Kept copies re-encrypted"),
    "vault.key_rotated": QT_TRANSLATE_NOOP("AuditLog", "Vault key changed"),
    "vault.key_rotation_started": QT_TRANSLATE_NOOP("AuditLog", "Change of the vault key started"),
    "vault.passphrase_changed": QT_TRANSLATE_NOOP("AuditLog", "Passphrase changed"),
}

# Codes ending in a structured choice (a status, a kind, a method, a setting's name).
FAMILIES: dict[str, object] = {
    "agreement.signed_by_": QT_TRANSLATE_NOOP("AuditLog", "Agreement signature recorded"),
    "client.": QT_TRANSLATE_NOOP("AuditLog", "Client's status changed"),
    "consent.frame_given.": QT_TRANSLATE_NOOP("AuditLog", "Report frame approved"),
    "consent.given.": QT_TRANSLATE_NOOP("AuditLog", "Words approved"),
    "data_request.": QT_TRANSLATE_NOOP("AuditLog", "Data request recorded"),
    "disclosure.": QT_TRANSLATE_NOOP("AuditLog", "Disclosure recorded"),
    "export.": QT_TRANSLATE_NOOP("AuditLog", "File exported"),
    "setting.": QT_TRANSLATE_NOOP("AuditLog", "Setting changed"),
    "sponsor_request.": QT_TRANSLATE_NOOP("AuditLog", "Answer to a sponsor request recorded"),
}


# The kind of record an entry is about, as the log keeps it (``audit.record``'s
# record_kind), in the coach's words; its number follows when the entry has one.
RECORDS: dict[str, object] = {
    "action_item": QT_TRANSLATE_NOOP("AuditLog", "Action item"),
    "agreement": QT_TRANSLATE_NOOP("AuditLog", "Agreement"),
    "approval_round": QT_TRANSLATE_NOOP("AuditLog", "Report approval"),
    "cce": QT_TRANSLATE_NOOP("AuditLog", "Continuing education"),
    "client": QT_TRANSLATE_NOOP("AuditLog", "Client"),
    "consent": QT_TRANSLATE_NOOP("AuditLog", "Approval"),
    "data_request": QT_TRANSLATE_NOOP("AuditLog", "Data request"),
    "engagement": QT_TRANSLATE_NOOP("AuditLog", "Engagement"),
    "evidence": QT_TRANSLATE_NOOP("AuditLog", "Evidence"),
    "excerpt": QT_TRANSLATE_NOOP("AuditLog", "Excerpt"),
    "invoice": QT_TRANSLATE_NOOP("AuditLog", "Invoice"),
    "note": QT_TRANSLATE_NOOP("AuditLog", "Note"),
    "practice": QT_TRANSLATE_NOOP("AuditLog", "Practice"),
    "report": QT_TRANSLATE_NOOP("AuditLog", "Report"),
    "session": QT_TRANSLATE_NOOP("AuditLog", "Session"),
    "setting": QT_TRANSLATE_NOOP("AuditLog", "Settings"),
    "sponsor": QT_TRANSLATE_NOOP("AuditLog", "Sponsor"),
    "sponsor_contact": QT_TRANSLATE_NOOP("AuditLog", "Sponsor contact"),
    "sponsor_request": QT_TRANSLATE_NOOP("AuditLog", "Sponsor request"),
    "sync": QT_TRANSLATE_NOOP("AuditLog", "Sync"),
    "template": QT_TRANSLATE_NOOP("AuditLog", "Note template"),
    "vault": QT_TRANSLATE_NOOP("AuditLog", "Vault"),
}
# Kinds whose number means nothing to the coach (the practice's profile is "0").
NO_NUMBER = frozenset({"practice", "setting", "sync", "vault"})
BUNDLE_FROM = QT_TRANSLATE_NOOP("AuditLog", "Changes from computer %1 (no. %2)")
BUNDLE = QT_TRANSLATE_NOOP("AuditLog", "Changes from another computer (no. %1)")
BUNDLE_FROM_HERE = QT_TRANSLATE_NOOP("AuditLog", "Changes from this computer (no. %1)")


def record_words(kind: str, record_id: int | None, about: str | None,
                 computer_words: Callable[[str], str]) -> str:
    """What the coach reads for the record an entry is about. ``about`` is the letter of
    the computer it is about ('' this one, None none); ``computer_words`` names one as the
    log's Computer column does."""
    def translate(text: object) -> str:
        return QCoreApplication.translate(CONTEXT, str(text))

    if kind == "bundle":
        number = "" if record_id is None else str(record_id)
        if about:
            return translate(BUNDLE_FROM).replace("%1", about).replace("%2", number)
        # '' : sent from here, applied on the computer whose entry this is
        return translate(BUNDLE if about is None else BUNDLE_FROM_HERE).replace("%1", number)
    if kind == "computer":  # marked as gone, brought back: which one, when it was kept
        return computer_words(about) if about is not None else ""
    words = translate(RECORDS[kind]) if kind in RECORDS else kind
    if record_id is None or kind in NO_NUMBER:
        return words
    return f"{words} {record_id}"


def english(code: str) -> str | None:
    """The phrase for ``code`` before translation (None: a code this version has no
    words for)."""
    if code in EXACT:
        return str(EXACT[code])
    prefixes = [p for p in FAMILIES if code.startswith(p) and len(code) > len(p)]
    return str(FAMILIES[max(prefixes, key=len)]) if prefixes else None


def action_words(code: str) -> str:
    """What the coach reads for an audit entry's action."""
    found = english(code)
    return QCoreApplication.translate(CONTEXT, found) if found is not None else code
