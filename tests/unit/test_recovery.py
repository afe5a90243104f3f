import os

import pytest

from coachdesk.vault import recovery
from coachdesk.vault.recovery import RecoveryCodeError


def test_code_round_trips_and_forgives_case_spaces_and_lookalikes():
    key = os.urandom(32)
    code = recovery.encode(key)
    assert len(recovery.split_groups(code)) == 13
    assert recovery.decode(code) == key
    assert recovery.decode(code.lower().replace("-", " ")) == key
    # People write O for 0 and I or L for 1.
    assert recovery.decode(code.replace("0", "O").replace("1", "l")) == key


def test_every_single_typo_and_swap_is_caught_and_the_group_named():
    key = bytes(range(32))
    symbols = "".join(recovery.split_groups(recovery.encode(key)))
    for i, original in enumerate(symbols):
        for replacement in recovery.ALPHABET:
            if replacement == original:
                continue
            typo = symbols[:i] + replacement + symbols[i + 1:]
            with pytest.raises(RecoveryCodeError, match=r"Group \d+"):
                recovery.decode(typo)
    for i in range(len(symbols) - 1):
        if symbols[i] != symbols[i + 1]:
            swapped = symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2:]
            with pytest.raises(RecoveryCodeError):
                recovery.decode(swapped)


def test_wrong_length_and_foreign_characters_say_what_is_wrong():
    code = recovery.encode(os.urandom(32))
    with pytest.raises(RecoveryCodeError, match="13 groups of 5"):
        recovery.decode(code[:-3])
    with pytest.raises(RecoveryCodeError, match="Group 1 .*never in a recovery code"):
        recovery.decode("U" + code[1:])
