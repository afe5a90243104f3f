"""Timestamps and dates as stored in the vault (ISO 8601 text, UTC for instants)."""

from __future__ import annotations

from datetime import UTC, date, datetime


def now_utc() -> str:
    """The current instant, UTC, to the microsecond (orders writes within a second)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def today() -> date:
    return date.today()
