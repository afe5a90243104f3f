"""The Qt binding must not slowly kill the app.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every void method
call; after some thousands of calls (typing, rendering a long PDF) Python
aborts with "deallocating None". pyproject.toml keeps it below 6.12; this test
fails if a binding with that fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont, QTextCursor, QTextDocument


def test_void_methods_leave_none_alone():
    font = QFont("DejaVu Sans", 10)
    cursor = QTextCursor(QTextDocument())
    before = sys.getrefcount(None)
    for _ in range(500):
        font.setBold(True)
        cursor.insertText("x")
    assert sys.getrefcount(None) - before > -100
