"""A database error, said as what is known: which kind of failure, never what a record holds.

SQLite's own messages can name tables and columns; CoachDesk shows the coach only
the kind of failure, from SQLite's result code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from coachdesk.vault.vault import DatabaseError


def database_error(exc: BaseException | None) -> DatabaseError | None:
    """The vault's database error behind ``exc`` (itself, or a cause it did not hide:
    ``raise … from None`` means the error was understood and said in its own words)."""
    while exc is not None:
        if isinstance(exc, DatabaseError):
            return exc
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return None


def what_failed(exc: BaseException) -> str:
    """The kind of database failure, in the coach's words."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("", text)

    code = getattr(exc, "sqlite_errorcode", -1) & 0xFF
    words = {
        11: tr("part of the vault is damaged"),
        26: tr("part of the vault is damaged"),
        10: tr("the disk could not be read or written"),
        13: tr("the disk is full"),
        8: tr("the vault's file could not be written"),
        14: tr("the vault's file could not be opened"),
        5: tr("the vault was busy"),
        6: tr("the vault was busy"),
        19: tr("a change broke one of the vault's rules"),
    }.get(code)
    if words is None:
        words = tr("the vault reported error %1").replace(
            "%1", str(code) if code >= 0 else type(exc).__name__)
    return words
