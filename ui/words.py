"""The core's words on screen: translated with Qt as they are shown (see coachdesk.words)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.words import Words, put_in

__all__ = ["put_in", "say", "say_error"]


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def say(words: Words) -> str:
    return words.fill(_translate)


def say_error(exc: Exception) -> str:
    """What went wrong, in the coach's words: translated when the core marked its words,
    else the message the core wrote (never a stack trace)."""
    words = getattr(exc, "words", None)
    if isinstance(words, Words):
        details = getattr(exc, "details", ())
        return say(words) + "".join(f"\n• {say(d)}" for d in details)
    return getattr(exc, "message", None) or str(exc)
