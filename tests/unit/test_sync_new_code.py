"""A new pairing code (docs/sync.md, *A new pairing code*): the old code opens nothing
written after it; the other computers learn that they need the new one (not "damaged");
once it is typed there everything syncs again and nothing made meanwhile is lost."""

from __future__ import annotations

from pathlib import Path

import pytest
from syncing import computer, pair, settle, two_computers

from coachdesk import clients
from coachdesk.errors import CoachDeskError
from coachdesk.sync import bundles, keys, practice, status
from coachdesk.vault import recovery


def _names(vault) -> set[str]:
    return {name for (name,) in vault.read("SELECT name FROM clients")}


def _bundles(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"{bundles.TOP}/*/*/*{bundles.SUFFIX}"))


def _opened_by(code: str, folder: Path, practice_id: str) -> list[Path]:
    """The bundles in the folder that ``code`` opens: what its holder could read."""
    key = recovery.decode(code)
    return [p for p in _bundles(folder)
            if isinstance(bundles.header_of(p, key, practice_id), bundles.Bundle)]


def _practice_id(vault) -> str:
    found = practice.settings(vault)
    assert found is not None
    return found.practice_id


def test_two_computers_the_old_code_is_cut_off_and_nothing_is_lost(tmp_path):
    folder = tmp_path / "Syncthing"
    with two_computers(tmp_path) as (laptop, desktop):
        old = practice.pairing_code(laptop)
        clients.add(laptop, clients.ClientDraft("Before the new code"))
        settle(laptop, desktop)
        pid = _practice_id(laptop)
        assert _opened_by(old, folder, pid) == _bundles(folder)  # (the check can see)

        new = keys.new_code(laptop)
        assert new != old and practice.pairing_code(laptop) == new
        clients.add(laptop, clients.ClientDraft("After the new code"))
        practice.exchange(laptop)
        laptops = [p for p in _bundles(folder) if p.parent.name == laptop.read_one(
            "SELECT device_id FROM sync_practice")[0]]
        assert laptops and not set(laptops) & set(_opened_by(old, folder, pid))
        # No marker names the key itself: only its id.
        marker = next(folder.glob(f"{bundles.TOP}/{pid}/*.cdkey"))
        assert recovery.decode(new).hex() not in marker.read_text()
        assert keys.key_id(recovery.decode(new)) in marker.name

        # The desktop learns it needs the new code, and keeps working meanwhile.
        assert keys.state(laptop).newer is None
        assert keys.state(desktop).newer is not None
        clients.add(desktop, clients.ClientDraft("Made meanwhile on the desktop"))
        done = practice.exchange(desktop)
        assert done.refused and all(r.reason == bundles.WRONG_KEY for r in done.refused)
        assert "After the new code" not in _names(desktop)

        with pytest.raises(CoachDeskError, match="already uses"):
            keys.take_code(desktop, old)
        with pytest.raises(CoachDeskError, match="not the practice's new pairing code"):
            keys.take_code(desktop, recovery.encode(bytes(32)))

        keys.take_code(desktop, new)
        settle(laptop, desktop)
        everyone = {"Before the new code", "After the new code",
                    "Made meanwhile on the desktop"}
        assert _names(laptop) == _names(desktop) == everyone
        assert keys.state(desktop).newer is None
        # Every bundle left in the folder is the new key's: the old code opens none.
        assert _bundles(folder) and not _opened_by(old, folder, pid)
        assert _opened_by(new, folder, pid) == _bundles(folder)
        with pytest.raises(CoachDeskError, match="No practice in this folder opens"):
            practice.find(folder, old)
        for vault in (laptop, desktop):
            assert not practice.exchange(vault).refused


def test_three_computers_one_still_on_the_old_code_catches_up(tmp_path):
    folder = tmp_path / "Syncthing"
    laptop, desktop, office = (computer(tmp_path, n) for n in ("laptop", "desktop", "office"))
    old = pair(laptop, [desktop, office], folder)
    try:
        settle(laptop, desktop, office)
        letters = {practice.settings(v).label for v in (laptop, desktop, office)}
        new = keys.new_code(laptop)
        keys.take_code(desktop, new)
        clients.add(desktop, clients.ClientDraft("Desktop, new code"))
        clients.add(office, clients.ClientDraft("Office, old code"))
        settle(laptop, desktop, office)
        # The two with the new code sync; the office is told, and reads nothing new.
        assert "Desktop, new code" in _names(laptop)
        assert "Desktop, new code" not in _names(office)
        assert "Office, old code" not in _names(laptop) | _names(desktop)
        assert keys.state(office).newer == keys.state(laptop).mine

        # A fourth computer joining with the new code meanwhile takes a letter of its own,
        # though the office's bundles do not open with the new code.
        spare = computer(tmp_path, "spare")
        try:
            practice.join(spare, folder, new)
            assert practice.settings(spare).label not in letters
        finally:
            spare.close()

        # Joining with the replaced code is refused, though the office's bundles still
        # open with it.
        late = computer(tmp_path, "late")
        try:
            with pytest.raises(CoachDeskError, match="replaced by a new one"):
                practice.join(late, folder, old)
            assert practice.settings(late) is None
        finally:
            late.close()

        keys.take_code(office, new)
        settle(laptop, desktop, office)
        for vault in (laptop, desktop, office):
            assert {"Desktop, new code", "Office, old code"} <= _names(vault)
            assert keys.state(vault).newer is None
        assert not _opened_by(old, folder, _practice_id(laptop))
    finally:
        for vault in (laptop, desktop, office):
            vault.close()


def test_an_earlier_code_is_refused_and_two_new_codes_at_once_settle_on_one(tmp_path):
    with two_computers(tmp_path) as (laptop, desktop):
        first = keys.new_code(laptop)
        second = keys.new_code(laptop)
        with pytest.raises(CoachDeskError, match="earlier pairing code"):
            keys.take_code(desktop, first)
        keys.take_code(desktop, second)
        assert keys.state(desktop).mine == keys.state(laptop).mine

        # Both computers make a new code before either marker reached the other: every
        # computer agrees which one is newer, and only the other one asks for it.
        a, b = keys.new_code(laptop), keys.new_code(desktop)
        asking = [v for v in (laptop, desktop) if keys.state(v).newer is not None]
        assert len(asking) == 1
        winner = b if asking[0] is laptop else a
        keys.take_code(asking[0], winner)
        clients.add(laptop, clients.ClientDraft("After both"))
        settle(laptop, desktop)
        assert "After both" in _names(desktop)


def test_a_rewrite_cut_short_is_finished_by_the_next_send(tmp_path, monkeypatch):
    """The key changed but the folder was full: the next send rewrites every bundle."""
    folder = tmp_path / "Syncthing"
    with two_computers(tmp_path) as (laptop, desktop):
        clients.add(laptop, clients.ClientDraft("Kept"))
        settle(laptop, desktop)
        real_write = bundles.write

        def full(*_args, **_kwargs):
            raise bundles.SyncFolderFull()

        monkeypatch.setattr(bundles, "write", full)
        with pytest.raises(bundles.SyncFolderFull):
            keys.new_code(laptop)
        monkeypatch.setattr(bundles, "write", real_write)
        new = practice.pairing_code(laptop)
        practice.exchange(laptop)
        pid = _practice_id(laptop)
        assert _opened_by(new, folder, pid) and not laptop.read_one(
            "SELECT rewrite_due FROM sync_practice")[0]
        keys.take_code(desktop, new)
        settle(laptop, desktop)
        assert _names(desktop) == {"Kept"}
        assert _opened_by(new, folder, pid) == _bundles(folder)


def test_the_status_round_names_a_new_code_not_damage_on_both_sides(tmp_path):
    """The one that needs the code is told so; the one with it names the other's files as
    written before the new code reached it."""
    with two_computers(tmp_path) as (laptop, desktop):
        keys.new_code(laptop)
        clients.add(desktop, clients.ClientDraft("Still on the old code"))
        assert status.run_round(desktop).problem == status.NEW_CODE
        after = status.run_round(laptop)
        assert after.problem == ""
        assert after.exchange is not None and after.exchange.refused
        assert {r.reason for r in after.exchange.refused} == {keys.OLD_CODE}
