import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
    assert recovery.canonical(code.replace("0", "o").replace("1", "I")) == code.replace("-", "")


@settings(max_examples=60, deadline=None)
@given(st.binary(min_size=32, max_size=32))
def test_every_single_typo_and_every_swap_of_neighbours_is_caught(key):
    symbols = "".join(recovery.split_groups(recovery.encode(key)))
    assert recovery.decode(symbols) == key
    for i, original in enumerate(symbols):
        for replacement in recovery.ALPHABET:
            if replacement != original:
                with pytest.raises(RecoveryCodeError):
                    recovery.decode(symbols[:i] + replacement + symbols[i + 1:])
    for i in range(len(symbols) - 1):
        if symbols[i] != symbols[i + 1]:
            with pytest.raises(RecoveryCodeError):
                recovery.decode(symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2:])


def test_swaps_of_zero_and_z_are_caught():
    """The classic blind spot of Luhn mod 32: 0 and Z (values 0 and 31) swapped."""
    checked = 0
    while checked < 20:
        symbols = "".join(recovery.split_groups(recovery.encode(os.urandom(32))))
        for i in range(len(symbols) - 1):
            if {symbols[i], symbols[i + 1]} == {"0", "Z"}:
                checked += 1
                with pytest.raises(RecoveryCodeError):
                    recovery.decode(symbols[:i] + symbols[i + 1] + symbols[i] + symbols[i + 2:])


def test_mistyped_group_is_named():
    symbols = "".join(recovery.split_groups(recovery.encode(bytes(range(32)))))
    position = 5 * 6 + 2  # inside group 7
    typo = symbols[:position] + ("A" if symbols[position] != "A" else "B") + symbols[position + 1:]
    with pytest.raises(RecoveryCodeError, match=r"Group 7 \(.{5}\) looks mistyped"):
        recovery.decode(typo)


def test_wrong_length_and_foreign_characters_say_what_is_wrong():
    code = recovery.encode(os.urandom(32))
    with pytest.raises(RecoveryCodeError, match="13 groups of 5"):
        recovery.decode(code[:-3])
    with pytest.raises(RecoveryCodeError, match="Group 1 .*never in a recovery code"):
        recovery.decode("U" + code[1:])


def test_a_mistyped_group_is_named_and_found_where_it_was_typed():
    from coachdesk import vault as vaults

    code = vaults.plan_keyring_vault().recovery_code
    groups = code.split("-")
    wrong = "ZZZZZ" if groups[2] != "ZZZZZ" else "YYYYY"
    typed = " ".join(groups[:2]) + "  " + "-".join([wrong.lower(), *groups[3:]])
    try:
        recovery.decode(typed)
    except recovery.RecoveryCodeError as exc:
        assert exc.group == 3 and "Group 3" in str(exc)
    else:
        raise AssertionError("a mistyped group was accepted")
    start, end = recovery.group_span(typed, 3)
    assert typed[start:end] == wrong.lower()
    assert recovery.group_span(typed, 14) is None


def test_each_group_is_checked_as_soon_as_its_fifth_character_is_typed():
    code = recovery.encode(os.urandom(32))
    groups = code.split("-")
    recovery.check_typed("")
    recovery.check_typed("-".join(groups[:4]) + "-" + groups[4][:3])  # typing group 5
    wrong = groups[1][:-1] + ("0" if groups[1][-1] != "0" else "1")
    with pytest.raises(RecoveryCodeError, match=rf"Group 2 \({wrong}\) looks mistyped"):
        recovery.check_typed(f"{groups[0]}-{wrong}-{groups[2][:2]}")
    with pytest.raises(RecoveryCodeError, match="Group 3 .* never in a recovery code: 'U'"):
        recovery.check_typed(f"{groups[0]} {groups[1]} {groups[2][:2]}U")
    with pytest.raises(RecoveryCodeError, match="this one has 66"):
        recovery.check_typed(code + "-7")
    recovery.check_typed(code.lower())  # the whole code, as decode reads it
