"""Recovery codes: the vault key written in groups a person can copy by hand.

The code *is* the 32-byte raw key, so with it anyone holding it (the coach, a
successor, a court-appointed expert) can open the vault in any SQLCipher 4 tool (the README
says how: the key, and HMAC-SHA256 pages for vaults made since November 2026).
It is written in Crockford's base32 (no I, L, O or U; case, spaces and dashes
do not matter; O reads as 0 and I or L as 1) in 13 groups. Each group carries
four symbols of key and one check symbol: a weighted sum over GF(32) of the
group's number, its symbols and the check, with distinct powers of a primitive
element as weights, must be zero. Any one mistyped symbol, and any two swapped
neighbours (check symbol included), change that sum, so the faulty group is
named before the vault is even tried.
"""

from __future__ import annotations

import re

from coachdesk.words import QT_TRANSLATE_NOOP, Words

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_VALUE = {c: i for i, c in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
KEY_BYTES = 32
DATA_PER_GROUP = 4
GROUPS = 13  # 52 symbols x 5 bits = 260 bits >= 256
GROUP_LEN = DATA_PER_GROUP + 1

# GF(32) with the primitive polynomial x^5 + x^2 + 1; alpha = x generates all 31 units.
_EXP = [0] * 62
_LOG = [0] * 32
_x = 1
for _i in range(31):
    _EXP[_i] = _EXP[_i + 31] = _x
    _LOG[_x] = _i
    _x <<= 1
    if _x & 0b100000:
        _x ^= 0b100101


def _mul(a: int, b: int) -> int:
    return 0 if a == 0 or b == 0 else _EXP[_LOG[a] + _LOG[b]]


class RecoveryCodeError(ValueError):
    """A recovery code that cannot be right; the message says where, and ``group`` which
    group (1-based) when one group is at fault, so a screen can select just that one."""

    def __init__(self, words: Words, group: int | None = None) -> None:
        super().__init__(words.english())
        self.words = words  # shown translated (ui.words.say_error); the message stays English
        self.message = words.english()
        self.group = group


# A group whose check character does not fit: a screen where the code is read off
# another screen (a pairing code) says so in its own words.
MISTYPED = QT_TRANSLATE_NOOP(
    "RecoveryCode", "Group %1 (%2) looks mistyped. Check it against your written copy.")


def _check_symbol(group_index: int, values: list[int]) -> int:
    """The symbol c that makes sum(alpha^i * s_i) = 0 over (group number, data, c)."""
    total = group_index % 31 + 1  # weight alpha^0; never 0, so group 1 counts too
    for position, value in enumerate(values, start=1):
        total ^= _mul(_EXP[position], value)
    # c * alpha^5 = total  =>  c = total * alpha^(31 - 5)
    return _mul(total, _EXP[31 - (DATA_PER_GROUP + 1)])


def encode(key: bytes) -> str:
    """The recovery code for a raw key, as 13 dash-separated groups."""
    if len(key) != KEY_BYTES:
        raise ValueError("a vault key has 32 bytes")
    number = int.from_bytes(key, "big") << 4  # pad 256 bits to 260
    symbols = [(number >> (5 * i)) & 31 for i in reversed(range(GROUPS * DATA_PER_GROUP))]
    groups = []
    for g in range(GROUPS):
        values = symbols[g * DATA_PER_GROUP:(g + 1) * DATA_PER_GROUP]
        values.append(_check_symbol(g, values))
        groups.append("".join(ALPHABET[v] for v in values))
    return "-".join(groups)


def split_groups(code: str) -> list[str]:
    """The code's groups after tidying what people type (spaces, dashes, case)."""
    cleaned = re.sub(r"[\s\-_.]", "", code.upper())
    return [cleaned[i:i + GROUP_LEN] for i in range(0, len(cleaned), GROUP_LEN)]


def canonical(text: str) -> str:
    """What was typed, as the code would print it: O is 0, I and L are 1."""
    return "".join(ALPHABET[_VALUE[c]] if c in _VALUE else c
                   for c in "".join(split_groups(text)))


def _refuse_strangers(index: int, group: str) -> None:
    bad = next((c for c in group if c not in _VALUE), None)
    if bad is not None:
        raise RecoveryCodeError(Words("RecoveryCode", QT_TRANSLATE_NOOP(
            "RecoveryCode", "Group %1 (%2) has a character that is never in a recovery code: "
            "%3."), (str(index + 1), group, repr(bad))), index + 1)


def _group_values(index: int, group: str) -> list[int]:
    """One whole group's symbols, or RecoveryCodeError naming the group and its fault."""
    _refuse_strangers(index, group)
    values = [_VALUE[c] for c in group]
    if _check_symbol(index, values[:DATA_PER_GROUP]) != values[DATA_PER_GROUP]:
        raise RecoveryCodeError(Words("RecoveryCode", MISTYPED, (str(index + 1), group)),
                                index + 1)
    return values


def _wrong_length(symbol_count: int) -> RecoveryCodeError:
    return RecoveryCodeError(Words("RecoveryCode", QT_TRANSLATE_NOOP(
        "RecoveryCode", "A recovery code has %1 groups of %2 characters (%3 in all); this one "
        "has %4."), (str(GROUPS), str(GROUP_LEN), str(GROUPS * GROUP_LEN), str(symbol_count))))


def check_typed(text: str) -> None:
    """What has been typed so far, checked as the coach types: each whole group is
    checked as soon as its fifth character is in (the same words ``decode`` uses), a
    character that is never in a code at once, and a code that has grown too long.
    The group being typed is not judged yet."""
    groups = split_groups(text)
    for index, group in enumerate(groups):
        if index >= GROUPS:
            raise _wrong_length(sum(len(g) for g in groups))
        if len(group) == GROUP_LEN:
            _group_values(index, group)
        else:
            _refuse_strangers(index, group)


def decode(code: str) -> bytes:
    """The raw key in a recovery code, or RecoveryCodeError naming the fault."""
    groups = split_groups(code)
    symbol_count = sum(len(g) for g in groups)
    if symbol_count != GROUPS * GROUP_LEN:
        raise _wrong_length(symbol_count)
    symbols: list[int] = []
    for index, group in enumerate(groups):
        symbols.extend(_group_values(index, group)[:DATA_PER_GROUP])
    number = 0
    for v in symbols:
        number = (number << 5) | v
    if number & 0xF:
        raise RecoveryCodeError(Words("RecoveryCode", QT_TRANSLATE_NOOP(
            "RecoveryCode", "This is not a CoachDesk recovery code.")))
    return (number >> 4).to_bytes(KEY_BYTES, "big")


def group_span(typed: str, number: int) -> tuple[int, int] | None:
    """Where group ``number`` (1-based) stands in what was typed, as (start, end) offsets
    into ``typed`` itself (spaces and dashes as the coach typed them), or None."""
    places = [i for i, c in enumerate(typed) if not re.match(r"[\s\-_.]", c)]
    first = (number - 1) * GROUP_LEN
    if number < 1 or first >= len(places):
        return None
    last = places[min(first + GROUP_LEN, len(places)) - 1]
    return places[first], last + 1


def group(code: str, number: int) -> str:
    """Group ``number`` (1-based) of a code, for the type-it-back check."""
    return split_groups(code)[number - 1]
