"""Tryout findings 1-5 (docs/sync.md, *A computer gone for good*, *A new pairing code*): a
computer marked as gone makes no new pairing code, and a marker it writes anyway (even
before the mark reached it) makes no other computer ask for a code only it knows; a
genuine new code still works, and stays the practice's code when its maker is marked as
gone after the others took it. The gone computer is told so; the invoicing words are
right on it and on a computer whose only other computers are gone."""

from __future__ import annotations

import secrets

import pytest
from syncing import computer, pair, settle, two_computers

from coachdesk import clients
from coachdesk.errors import CoachDeskError
from coachdesk.sync import computers, issuer, keys, markers, practice, status


def _device(vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.device_id


def _names(vault) -> set[str]:
    return {name for (name,) in vault.read("SELECT name FROM clients")}


def _plant(vault) -> None:
    """A new code's marker written as ``vault``'s own new_code would write it, without the
    core's refusal (what a lost laptop's thief could do by hand)."""
    found = practice.settings(vault)
    assert found is not None
    number = max([keys.state(vault).mine.number,
                  *(g.number for g in markers.markers(found.folder, found.practice_id))]) + 1
    markers.write(found.folder, found.practice_id,
                  markers.Generation(number, markers.key_id(secrets.token_bytes(32))),
                  found.device_id)


@pytest.fixture
def three(tmp_path):
    folder = tmp_path / "Syncthing"
    a, b, c = (computer(tmp_path, n) for n in ("a", "b", "c"))
    pair(a, [b, c], folder)
    settle(a, b, c)
    try:
        yield a, b, c
    finally:
        for vault in (a, b, c):
            vault.close()


def test_a_gone_computer_makes_no_new_code_and_its_marker_is_ignored(three):
    a, b, c = three
    computers.mark_gone(a, _device(b))
    settle(a, b, c)
    assert computers.gone_here(b)

    with pytest.raises(CoachDeskError, match="marked this one as gone"):
        keys.new_code(b)
    assert keys.state(a).newer is None  # nothing was written

    _plant(b)  # written anyway, as B's code would
    for vault in (a, c):
        assert keys.state(vault).newer is None
        assert status.run_round(vault).problem == ""
    clients.add(c, clients.ClientDraft("Made on C after the planted code"))
    settle(a, c)
    assert "Made on C after the planted code" in _names(a)
    # The gone computer hears that it is gone, before anything about codes.
    assert status.run_round(b).problem == status.GONE_HERE


def test_a_code_made_before_the_mark_reached_it_is_ignored_once_marked(three):
    a, b, c = three
    code = keys.new_code(b)  # not marked yet: its code is believed
    assert keys.state(a).newer is not None
    computers.mark_gone(a, _device(b))
    settle(a, c)
    for vault in (a, c):
        assert keys.state(vault).newer is None
        assert status.run_round(vault).problem == ""
    # Typing it is refused in words: the practice does not switch to the lost one's code.
    with pytest.raises(CoachDeskError, match="made on a computer marked as gone"):
        keys.take_code(a, code)
    assert keys.state(a).newer is None


def test_a_genuine_code_works_and_outlives_its_maker_being_marked_gone(three):
    a, b, c = three
    new = keys.new_code(a)
    assert keys.state(c).newer is not None and keys.state(b).newer is not None
    keys.take_code(c, new)
    # A is lost afterwards: C marks it; B, still on the old code, still needs the code
    # C took (C's own marker vouches for it).
    computers.mark_gone(c, _device(a))
    settle(c)
    practice.exchange(b)  # B, on the old code, reads nothing new
    assert keys.state(b).newer is not None
    keys.take_code(b, new)
    clients.add(b, clients.ClientDraft("B on the new code"))
    settle(b, c)
    assert "B on the new code" in _names(c)


def test_a_marker_without_a_writer_is_not_believed_once_a_computer_is_gone(tmp_path):
    # Review finding 5: believed while no computer is gone (the earlier release wrote
    # such markers); once one is marked gone it cannot be told from the lost one's.
    with two_computers(tmp_path) as (a, b):
        settle(a, b)
        found = practice.settings(a)
        assert found is not None
        top = found.folder / "CoachDesk" / found.practice_id
        (top / f"key-0009-{'0' * 32}.cdkey").write_text("{}")
        assert keys.state(a).newer is not None
        computers.mark_gone(a, _device(b))
        assert keys.state(a).newer is None


def test_invoicing_words_on_the_gone_computer_and_when_the_others_are_gone(tmp_path):
    with two_computers(tmp_path) as (a, b):
        settle(a, b)
        computers.mark_gone(a, _device(b))
        settle(a, b)
        on_b = issuer.role(b)
        assert on_b.gone_here and not on_b.here
        assert not on_b.issuer_gone  # no "take invoicing back" on the lost one itself
        listed_b = {c.this: c for c in computers.listing(b)}
        assert not listed_b[True].issues  # "This computer (gone) | Issues invoices" no more
        on_a = issuer.role(a)
        assert on_a.here and not on_a.others and on_a.gone_others == 1
        assert not on_a.gone_here


def test_a_hand_over_is_pending_until_the_other_computer_has_applied_it(tmp_path):
    """Tryout finding 4: right after "Hand invoicing to B" no computer issues; A says B
    issues once it has synced, until B's bundles say it applied the hand-over."""
    with two_computers(tmp_path) as (a, b):
        settle(a, b)
        issuer.hand_over(a, _device(b))
        on_a = issuer.role(a)
        assert on_a.pending == _device(b) and not on_a.here
        assert not issuer.may_issue(a) and not issuer.may_issue(b)
        practice.exchange(a)
        practice.exchange(b)  # B has it now; A hears so from B's next bundle
        assert issuer.may_issue(b)
        assert issuer.role(a).pending == _device(b)  # A cannot know yet
        # B's next bundle says what it applied (an idle B says so within
        # compaction.ACK_INTERVAL); here B works on.
        clients.add(b, clients.ClientDraft("First client on B"))
        settle(b, a)
        assert issuer.role(a).pending == ""
        assert issuer.role(b).pending == ""
