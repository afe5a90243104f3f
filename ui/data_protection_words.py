"""The data-protection toolkit's choices in the coach's words (translated here, in ui/):
the core keeps each as a fixed word (coachdesk.data_requests, coachdesk.access_request)."""

from __future__ import annotations

from ui.words import tr  # bare tr() calls: lupdate files them under the empty context


def kind_words() -> dict[str, str]:
    return {"access": tr("Access to their data (Art. 15)"),
            "portability": tr("A copy to take elsewhere (portability, Art. 20)"),
            "correction": tr("Correction (Art. 16)"),
            "erasure": tr("Erasure (Art. 17)"),
            "objection": tr("Objection to a use of their data (Art. 21)")}


def short_kind_words() -> dict[str, str]:
    return {"access": tr("Access"), "portability": tr("Portability"),
            "correction": tr("Correction"), "erasure": tr("Erasure"),
            "objection": tr("Objection")}


def identity_words() -> dict[str, str]:
    return {"known_in_person": tr("Asked in person, by the client I know"),
            "known_channel": tr("From the email or phone the client gave me"),
            "document": tr("An identity document was shown"),
            "call_back": tr("I called the client back to confirm"),
            "not_yet": tr("Not checked yet")}


def outcome_words() -> dict[str, str]:
    return {"done": tr("Done"), "partly": tr("Done in part"), "refused": tr("Refused"),
            "withdrawn": tr("Withdrawn by the client")}


def reason_words() -> dict[str, str]:
    return {"others_rights": tr("It would reveal another person's information (such as a "
                                "sponsor's own words)"),
            "coach_reflections": tr("The coach's own reflections, which the law lets me "
                                    "keep back"),
            "legal_claims": tr("Needed to establish or defend a legal claim")}


def section_words() -> dict[str, str]:
    return {"contact": tr("Contact details"), "engagements": tr("Engagements"),
            "goals": tr("Goals"), "sessions": tr("Sessions"), "notes": tr("Notes"),
            "action_items": tr("Action items"), "agreements": tr("Agreements"),
            "invoices": tr("Invoices"),
            "sponsor_requests": tr("What a sponsor asked about you"),
            "disclosed_words": tr("Words sent to others")}


def days_left_words(days: int) -> str:
    """"12 days left", "due today", "3 days overdue"."""
    if days > 0:
        return tr("%n day(s) left", "", days)
    if days == 0:
        return tr("due today")
    return tr("%n day(s) overdue", "", -days)
