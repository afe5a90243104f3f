"""A join's progress within one bundle (issue 17): a practice is often one large bundle
after compaction, so the merge tells how far it is through that bundle's changes, every
few thousand, while still applying it whole in one transaction."""

from __future__ import annotations

import shutil

import pytest
from syncing import computer

from coachdesk import clients, notes
from coachdesk.sync import bundles, merge, practice


@pytest.fixture
def one_bundle(tmp_path, monkeypatch):
    """A laptop whose practice is one bundle of a few thousand changes; told every 500
    changes (5,000 in the app, for bundles of a million)."""
    monkeypatch.setattr(merge, "TELL_EVERY", 500)
    a = computer(tmp_path, "laptop")
    folder = tmp_path / "Syncthing"
    for n in range(6):
        client = clients.add(a, clients.ClientDraft(f"Client {n}"))
        for k in range(60):
            notes.add(a, client.id, f"Session {k} with client {n}: goals and progress.")
    code = practice.start(a, folder)
    yield a, folder, code
    a.close()


def _found(vault):
    found = practice.settings(vault)
    return found.folder, found.practice_id, found.device_id


def _rows(vault):
    """Every row of every shared table and of the sync bookkeeping, this computer's own
    id written alike, so two computers joined from one folder compare equal."""
    (me,) = vault.read_one("SELECT device_id FROM sync_practice")
    tables = [n for (n,) in vault.read(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'"
        " AND name NOT IN ('sync_practice', 'audit_log', 'sync_applied', 'vault_info')"
        " ORDER BY name")]
    out = {}
    for table in tables:
        rows = vault.read(f'SELECT * FROM "{table}"')
        out[table] = sorted((tuple(v.replace(me, "<me>") if isinstance(v, str) else v
                                   for v in row) for row in rows), key=repr)
    return out


def test_one_bundle_is_told_many_times_in_order_up_to_its_changes(tmp_path, one_bundle):
    a, folder, code = one_bundle
    (path,) = bundles.own(*_found(a))
    in_it = bundles.count_of(path, practice.sync_key(a))  # what its header says
    b = computer(tmp_path, "desktop")
    heard: list[tuple[str, int, int]] = []
    bundles_heard: list[tuple[int, int]] = []
    try:
        practice.join(b, folder, code, lambda done, total: bundles_heard.append((done, total)),
                      steps=lambda stage, done, total: heard.append((stage, done, total)))
        total = heard[0][2]
        assert total > 2_000 and total == in_it
        assert heard[0] == (practice.READING, 0, total)  # read first, nothing applied yet
        applying = [(done, of) for stage, done, of in heard if stage == practice.APPLYING]
        assert len(applying) >= total // 500 - 1  # many times within the one bundle
        assert {of for _, of in applying} == {total}
        done = [d for d, _ in applying]
        assert done == sorted(done) and len(set(done)) == len(done)
        assert 0 < done[0] < total and done[-1] == total
        assert bundles_heard[0] == (0, 1) and bundles_heard[-1] == (1, 1)  # as before
        assert b.read_one("SELECT count(*) FROM notes")[0] == 360
    finally:
        b.close()


def test_the_vault_is_the_same_told_or_not(tmp_path, one_bundle):
    _a, folder, code = one_bundle
    shutil.copytree(folder, tmp_path / "copy")
    told, quiet = computer(tmp_path, "told"), computer(tmp_path, "quiet")
    heard: list[str] = []
    try:
        practice.join(told, folder, code, steps=lambda stage, *_: heard.append(stage))
        practice.join(quiet, tmp_path / "copy", code)
        assert practice.APPLYING in heard
        mine, theirs = _rows(told), _rows(quiet)
        assert "notes" in mine and len(mine["notes"]) == 360
        assert mine == theirs
    finally:
        told.close()
        quiet.close()


def test_a_bundle_stopped_part_way_leaves_nothing_of_it(tmp_path, one_bundle):
    """Told part-way, the bundle is still one transaction: stopped there (as by a kill),
    nothing of it is kept, and the next exchange applies it whole."""
    a, folder, code = one_bundle
    b = computer(tmp_path, "desktop")
    try:
        practice.join(b, folder, code, steps=lambda *_: None)  # joined: now a second bundle
        for n in range(300):
            clients.add(a, clients.ClientDraft(f"Later client {n}"))
        practice.send(a)
        newest = bundles.own(*_found(a))[-1]
        bundle = bundles.read(newest, practice.sync_key(b), practice.settings(b).practice_id,
                              10**6)
        assert isinstance(bundle, bundles.Bundle)

        class Stopped(Exception):
            pass

        heard: list[int] = []

        def stop(done: int, total: int) -> None:
            heard.append(done)
            raise Stopped()

        with pytest.raises(Stopped):
            merge.apply(b, bundle, practice.settings(b).device_id, progress=stop)
        assert heard and 0 < heard[0] < len(bundle.changes)  # stopped part-way
        names = {n for (n,) in b.read("SELECT name FROM clients")}
        assert not any(n.startswith("Later client") for n in names)
        practice.exchange(b)
        assert len({n for (n,) in b.read("SELECT name FROM clients")}) == 306
    finally:
        b.close()


def test_several_bundles_count_every_change_from_their_headers(tmp_path, one_bundle):
    a, folder, code = one_bundle
    for n in range(3):
        clients.add(a, clients.ClientDraft(f"Later client {n}"))
        practice.send(a)
    key = practice.sync_key(a)
    paths = bundles.own(*_found(a))
    assert len(paths) == 4
    expected = sum(bundles.count_of(p, key) for p in paths)
    b = computer(tmp_path, "desktop")
    heard: list[tuple[str, int, int]] = []
    try:
        practice.join(b, folder, code, steps=lambda *told: heard.append(told))
        assert {total for _, _, total in heard} == {expected}
        done = [d for _, d, _ in heard]
        assert done == sorted(done) and done[-1] == expected
        assert [s for s, _, _ in heard].count(practice.READING) == 4  # each bundle read
    finally:
        b.close()


def test_a_header_that_does_not_open_counts_nothing(tmp_path, one_bundle):
    a, _folder, _code = one_bundle
    (path,) = bundles.own(*_found(a))
    assert bundles.count_of(path, practice.sync_key(a)) > 2_000
    assert bundles.count_of(path, bytes(32)) == 0  # another practice's key
    stranger = tmp_path / "00000002.cdsync"
    stranger.write_bytes(b"not a bundle" * 400)
    assert bundles.count_of(stranger, practice.sync_key(a)) == 0
