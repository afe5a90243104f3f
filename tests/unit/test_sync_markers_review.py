"""Review findings 5 and 4 (docs/sync.md, *A new pairing code*): a code made under the
release before this one, whose marker names no writer, is still taken by a computer that
had not typed it yet, and refused in true words when it cannot be told from a lost
computer's; a computer can join a practice whose lost computer made a new code before the
mark reached it."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncing import computer, pair, settle, two_computers

from coachdesk import clients, engagements, invoices
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, computers, issuer, keys, practice, status
from tests import billing_setup


def _device(vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.device_id


def _names(vault) -> set[str]:
    return {name for (name,) in vault.read("SELECT name FROM clients")}


def _as_the_earlier_release(vault) -> str:
    """A new code made on ``vault`` as the release before this one left it: its marker
    ``key-<generation>-<key id>.cdkey``, naming no writer. Returns the code."""
    found = practice.settings(vault)
    assert found is not None
    code = keys.new_code(vault)
    top = Path(found.folder) / bundles.TOP / found.practice_id
    (marker,) = top.glob("*.cdkey")
    number, kid = marker.name.split("-")[1:3]
    marker.rename(marker.with_name(f"key-{number}-{kid}.cdkey"))
    return code


def test_an_earlier_release_code_is_asked_for_and_taken(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        clients.add(laptop, clients.ClientDraft("Before"))
        settle(laptop, desktop)
        new = _as_the_earlier_release(laptop)
        clients.add(laptop, clients.ClientDraft("After"))
        practice.exchange(laptop)

        assert keys.state(desktop).newer is not None  # Settings asks for the new code
        assert status.run_round(desktop).problem == status.NEW_CODE
        keys.take_code(desktop, new)
        settle(laptop, desktop)
        assert _names(desktop) == {"Before", "After"}


def test_an_earlier_release_code_after_a_mark_is_refused_truthfully_then_taken(tmp_path):
    folder = tmp_path / "Syncthing"
    desktop, laptop, lost = (computer(tmp_path, n) for n in ("desktop", "laptop", "lost"))
    pair(desktop, [laptop, lost], folder)
    try:
        settle(desktop, laptop, lost)
        new = _as_the_earlier_release(laptop)
        computers.mark_gone(desktop, _device(lost))
        practice.exchange(desktop)
        clients.add(laptop, clients.ClientDraft("On the laptop, new code"))
        practice.exchange(laptop)
        # The laptop's files are said to need that code, not to be another practice's.
        assert {r.reason for r in status.run_round(desktop).exchange.refused} == {
            keys.UNSURE_CODE}
        # The marker names nobody and a computer is gone: not believed, and typing the code
        # says why, not that it was made on a gone computer (none of the two made it).
        with pytest.raises(CoachDeskError) as refused:
            keys.take_code(desktop, new)
        assert "marked as gone, so the practice does not use it" not in str(refused.value)
        assert "earlier version of CoachDesk" in str(refused.value)

        # As the words say: the laptop syncs once (this release notes it as the code's
        # maker), then the desktop is asked for the code and takes it.
        assert keys.state(desktop).newer is None
        status.run_round(laptop)
        assert keys.state(desktop).newer is not None
        keys.take_code(desktop, new)
        clients.add(desktop, clients.ClientDraft("On the new code"))
        settle(desktop, laptop)
        assert "On the new code" in _names(laptop)
    finally:
        for vault in (desktop, laptop, lost):
            vault.close()


@pytest.fixture
def lost_laptop_made_a_code(tmp_path):
    """The desktop and a laptop; a client made on the laptop and an engagement for her
    made on the desktop; the laptop, lost, makes a new code before the desktop marks it
    as gone; a third computer, new, waits to join."""
    desktop, laptop, new = (computer(tmp_path, n) for n in ("desktop", "laptop", "new"))
    code = pair(desktop, [laptop], tmp_path / "Sync")
    try:
        clients.add(laptop, clients.ClientDraft("Made on the laptop"))
        settle(desktop, laptop)
        (client,) = [i for (i,) in desktop.read("SELECT id FROM clients")]
        engagements.add(desktop, engagements.EngagementDraft(client, "2026-01-05",
                                                             "2026-12-20"))
        practice.exchange(desktop)
        keys.new_code(laptop)  # lost: the mark has not reached it
        computers.mark_gone(desktop, _device(laptop))
        practice.exchange(desktop)
        yield desktop, new, code
    finally:
        for vault in (desktop, laptop, new):
            vault.close()


def _joined_whole(desktop, new) -> None:
    settle(desktop, new)
    done = practice.exchange(new)
    assert _names(new) == {"Made on the laptop"} == _names(desktop)
    assert new.read("SELECT count(*) FROM engagements") == [(1,)]
    assert not [w for w in done.waiting if "waiting" in w]


def test_a_new_code_made_after_the_mark_lets_a_computer_join_with_every_record(
        lost_laptop_made_a_code, tmp_path):
    desktop, new, _code = lost_laptop_made_a_code
    fresh = keys.new_code(desktop)  # as the README says after marking a computer gone
    practice.join(new, tmp_path / "Sync", fresh)
    _joined_whole(desktop, new)


def test_a_computer_joins_with_the_code_the_others_still_use(lost_laptop_made_a_code,
                                                            tmp_path):
    desktop, new, code = lost_laptop_made_a_code
    assert practice.pairing_code(desktop) == code  # the lost laptop's code not believed
    practice.join(new, tmp_path / "Sync", code)
    _joined_whole(desktop, new)
    assert keys.state(new).newer is None  # not asked for the lost laptop's code either


def test_a_code_replaced_by_a_computer_not_gone_is_still_refused_at_a_join(tmp_path):
    desktop, laptop, new = (computer(tmp_path, n) for n in ("desktop", "laptop", "new"))
    code = pair(desktop, [laptop], tmp_path / "Sync")
    try:
        settle(desktop, laptop)
        keys.new_code(laptop)
        with pytest.raises(CoachDeskError, match="replaced by a new one"):
            practice.join(new, tmp_path / "Sync", code)
    finally:
        for vault in (desktop, laptop, new):
            vault.close()


def test_the_lost_issuers_practice_and_invoices_reach_a_computer_joining_later(tmp_path):
    laptop, desktop, new = (computer(tmp_path, n) for n in ("laptop", "desktop", "new"))
    code = pair(laptop, [desktop], tmp_path / "Sync")
    try:
        billing_setup.practice(laptop)  # Lea Winter, her engagement and sessions
        engagement = laptop.read_one("SELECT id FROM engagements")[0]
        session = laptop.read_one("SELECT id FROM sessions WHERE starts_at LIKE"
                                  " '2026-01-10%'")[0]
        invoices.issue(laptop, invoices.InvoiceDraft(engagement, (session,), "2026-01-31"))
        settle(laptop, desktop)
        keys.new_code(laptop)  # lost, the mark not there yet
        computers.mark_gone(desktop, _device(laptop))
        issuer.take_back(desktop)
        engagement = desktop.read_one("SELECT id FROM engagements")[0]
        session = desktop.read_one("SELECT id FROM sessions WHERE starts_at LIKE"
                                   " '2026-02-10%'")[0]
        invoices.issue(desktop, invoices.InvoiceDraft(engagement, (session,), "2026-02-28"))
        practice.exchange(desktop)

        practice.join(new, tmp_path / "Sync", code)
        settle(desktop, new)
        issued = "SELECT number, issued_on, total_cents FROM invoices ORDER BY number"
        assert new.read(issued) == desktop.read(issued)
        assert [n for n, *_ in new.read(issued)] == ["2026-0001", "2026-0002"]
        assert new.read("SELECT count(*) FROM sessions") == desktop.read(
            "SELECT count(*) FROM sessions")
        assert not issuer.may_issue(new)  # the desktop issues
    finally:
        for vault in (laptop, desktop, new):
            vault.close()
