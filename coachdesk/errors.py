"""Errors a coach may see, each carrying a message in the coach's words.

``str(error)`` is always safe to show on screen: it never holds a key, a
passphrase or client content.
"""

from __future__ import annotations


class CoachDeskError(Exception):
    """Base for every error meant to be shown to the coach."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidInput(CoachDeskError):
    """Something typed cannot be stored; ``field`` names the input at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFound(CoachDeskError):
    """A record asked for by id is not in the vault (any more)."""
