"""Errors a coach may see, each carrying a message in the coach's words.

``str(error)`` is always safe to show on screen: it never holds a key, a
passphrase or client content.
"""

from __future__ import annotations

from coachdesk.words import Words


class CoachDeskError(Exception):
    """Base for every error meant to be shown to the coach.

    Given :class:`~coachdesk.words.Words` (a whole sentence marked with
    QT_TRANSLATE_NOOP, its values apart), the screen shows it translated
    (ui.words.say_error); ``message`` is always the English text."""

    words: Words | None = None
    details: tuple[Words, ...] = ()  # shown as a list below the message (ui.words.say_error)

    def __init__(self, message: str | Words, details: tuple[Words, ...] = ()) -> None:
        if isinstance(message, Words):
            self.words = message
            message = message.english() + "".join(f"\n• {d.english()}" for d in details)
        super().__init__(message)
        self.message = message
        if details:
            self.details = details


class InvalidInput(CoachDeskError):
    """Something typed cannot be stored; ``field`` names the input at fault."""

    def __init__(self, field: str, message: str | Words,
                 details: tuple[Words, ...] = ()) -> None:
        super().__init__(message, details)
        self.field = field


class NotFound(CoachDeskError):
    """A record asked for by id is not in the vault (any more)."""
