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

from coachdesk.validation import DIRECTION_CONTROLS

_FORCING = re.compile("[\u202a-\u202e]")  # embeddings and overrides: never shown

FSI = "\u2068"  # first strong isolate: the piece takes the direction of its first letter
PDI = "\u2069"  # pop directional isolate: the end of the piece


def shown(text: str) -> str:
    """``text`` as a label or list shows it: without the embeddings and overrides that
    would turn it around (a no-op for text typed since they are refused). Isolates are
    left alone: ``text`` may be a line made of isolated pieces."""
    return _FORCING.sub("", text) if text else text


def isolated(text: str) -> str:
    """``text`` (one person's words) as one isolated piece, to place beside other words."""
    return f"{FSI}{DIRECTION_CONTROLS.sub('', text)}{PDI}" if text else text
