"""The core's words on screen: translated with Qt as they are shown (see coachdesk.words)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from coachdesk.words import Words, plural, put_in

__all__ = ["clock", "day", "day_format", "long_day", "moment", "number", "plural", "put_in", "say",
           "say_error", "tr"]


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


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A module's own words, outside any class: lupdate files a bare ``tr()`` call under
    the empty context, so they are translated there, with English plural forms where no
    translation replaced a count's words."""
    return plural(QCoreApplication.translate("", text, disambiguation, n), n)


def _iso() -> bool:
    """The C locale (no language set, as on a bare server or in tests) writes dates as
    "30 11 2026": ISO dates read better there."""
    return QLocale().language() == QLocale.Language.C


def day(value: date | str) -> str:
    """A date as the coach's locale writes it (short form)."""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    if _iso():
        return value.isoformat()
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.ShortFormat)


def day_format() -> str:
    """The format ``day`` writes a date in, for a date field that is only read (disabled)."""
    return "yyyy-MM-dd" if _iso() else QLocale().dateFormat(QLocale.FormatType.ShortFormat)


def moment(value: datetime) -> str:
    """A date and time (in local time) as the coach's locale writes them."""
    local = value.astimezone() if value.tzinfo else value
    if _iso():
        return local.strftime("%Y-%m-%d %H:%M")
    return QLocale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute)),
                              QLocale.FormatType.ShortFormat)


def clock(value: datetime | None = None) -> str:
    """A time of day as the coach's locale writes it."""
    local = (value or datetime.now()).astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat) \
        if not _iso() else local.strftime("%H:%M")


def number(value: int) -> str:
    """A count with the locale's digit grouping ("1,234", "1.234")."""
    return f"{value:,}" if _iso() else QLocale().toString(value)


def long_day(value: date) -> str:
    """A day written out ("Monday 30 November 2026"), as the coach's locale writes it."""
    if _iso():
        return value.strftime("%A %d %B %Y")
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)
