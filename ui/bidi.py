"""Client text beside other text, shown in its own direction and never turning the rest.

An Arabic or Hebrew name reads right to left; the words around it must not move. Each
piece of a person's text shown beside other words is wrapped in a Unicode isolate
(FSI … PDI, Qt's text engine honours them), so its direction stays inside it. The
controls that force a direction (overrides, embeddings, stray isolates) are refused when
typed (coachdesk.validation) and dropped when shown, so text kept before that rule can
neither show back to front nor reach past its own end.
"""

from __future__ import annotations

import re
import unicodedata

from coachdesk.validation import DIRECTION_CONTROLS

_RIGHT_TO_LEFT = frozenset({"R", "AL", "AN"})
_FORCING = re.compile("[\u202a-\u202e]")  # embeddings and overrides: never shown

FSI = "\u2068"  # first strong isolate: the piece takes the direction of its first letter
PDI = "\u2069"  # pop directional isolate: the end of the piece


def shown(text: str) -> str:
    """``text`` as a label or list shows it: without the embeddings and overrides that
    would turn it around (a no-op for text typed since they are refused). Isolates are
    left alone: ``text`` may be a line made of isolated pieces."""
    return _FORCING.sub("", text) if text else text


def isolated(text: str) -> str:
    """``text`` (one person's words) as one isolated piece, to place beside other words.

    Only a piece with right-to-left letters (or Arabic digits) needs it, beside the
    left-to-right words CoachDesk writes around it: any other piece comes back as it
    was, so text copied, searched or read back from a PDF is unchanged for it."""
    if not text:
        return text
    text = DIRECTION_CONTROLS.sub("", text)
    if any(unicodedata.bidirectional(c) in _RIGHT_TO_LEFT for c in text):
        return f"{FSI}{text}{PDI}"
    return text


LRI = "\u2066"  # left-to-right isolate


def left_to_right(text: str) -> str:
    """A phone number, code or ISO date kept in its left-to-right order on a right-to-left
    screen (digits and signs have no direction of their own, so a right-to-left line
    would reorder "+44 20 7946 0019" into "0019 7946 20 44+"); unchanged otherwise."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    if not text or QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{LRI}{text}{PDI}"
