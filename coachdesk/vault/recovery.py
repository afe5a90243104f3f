"""Recovery codes: the vault key written in groups a person can copy by hand.

The code *is* the 32-byte raw key, so with it anyone holding it (the coach, a
successor, a court-appointed expert) can open the vault in any SQLCipher 4 tool.
It is written in Crockford's base32 (no I, L, O or U; case and dashes do not
matter; O reads as 0 and I/L as 1) in 13 groups. Each group carries four
symbols of key and one check symbol (Luhn mod 32 over the group's position and
its symbols), so a mistyped symbol or two swapped neighbours are caught and the
group named before the vault is even tried.
"""

from __future__ import annotations

import re

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
DATA_PER_GROUP = 4
GROUPS = 13  # 52 symbols x 5 bits = 260 bits >= 256
GROUP_LEN = DATA_PER_GROUP + 1


class RecoveryCodeError(ValueError):
    """A recovery code that cannot be right; the message says where."""


def _check_symbol(group_index: int, values: list[int]) -> int:
    """Luhn mod 32 check value over the group's position and its symbols."""
    n = len(ALPHABET)
    factor = 2
    total = 0
    for v in reversed([group_index % n, *values]):
        addend = factor * v
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return (n - total % n) % n


def encode(key: bytes) -> str:
    """The recovery code for a raw key, as 13 dash-separated groups."""
    if len(key) != KEY_BYTES:
        raise ValueError("a vault key has 32 bytes")
    number = int.from_bytes(key, "big") << 4  # pad 256 bits to 260
    symbols = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_PER_GROUP))]
    groups = []
    for g in range(GROUPS):
        values = symbols[g * DATA_PER_GROUP : (g + 1) * DATA_PER_GROUP]
        values.append(_check_symbol(g, values))
        groups.append("".join(ALPHABET[v] for v in values))
    return "-".join(groups)


def split_groups(code: str) -> list[str]:
    """The code's groups after tidying what people type (spaces, dashes, case)."""
    cleaned = re.sub(r"[\s\-_.]", "", code.upper())
    return [cleaned[i : i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN)]


def decode(code: str) -> bytes:
    """The raw key in a recovery code, or RecoveryCodeError naming the fault."""
    groups = split_groups(code)
    symbol_count = sum(len(g) for g in groups)
    if symbol_count != GROUPS * GROUP_LEN:
        raise RecoveryCodeError(
            f"A recovery code has {GROUPS} groups of {GROUP_LEN} characters "
            f"({GROUPS * GROUP_LEN} in all); this one has {symbol_count}."
        )
    symbols: list[int] = []
    for index, group in enumerate(groups):
        try:
            values = [_VALUE[c] for c in group]
        except KeyError:
            bad = next(c for c in group if c not in _VALUE)
            raise RecoveryCodeError(
                f"Group {index + 1} ({group}) has a character that is never in a "
                f"recovery code: {bad!r}."
            ) from None
        if _check_symbol(index, values[:DATA_PER_GROUP]) != values[DATA_PER_GROUP]:
            raise RecoveryCodeError(
                f"Group {index + 1} ({group}) looks mistyped. Check it against your written copy."
            )
        symbols.extend(values[:DATA_PER_GROUP])
    number = 0
    for v in symbols:
        number = (number << 5) | v
    if number & 0xF:
        raise RecoveryCodeError("This is not a CoachDesk recovery code.")
    return (number >> 4).to_bytes(KEY_BYTES, "big")


def group(code: str, number: int) -> str:
    """Group ``number`` (1-based) of a code, for the type-it-back check."""
    return split_groups(code)[number - 1]
