"""Search as you type: names from the first letter, notes from three, a bounded set ranked,
the field that matched named, and a search that reads beside the writer and stops when
told."""

from __future__ import annotations

import threading
import time

import pytest
import sqlcipher3

from coachdesk import clients, notes, search, sponsors
from coachdesk.vault import VaultLocked


@pytest.fixture
def practice(vault):
    noor = clients.add(vault, clients.ClientDraft("Noor Haddad", email="nh@kestrel.example"))
    sponsors.add(vault, sponsors.SponsorDraft("Nordlicht Versicherung"))
    note = notes.add(vault, noor.id, "Nothing decided about the nomination; worried about Fenwick.")
    return vault, noor, note


def _kinds(hits):
    return sorted({h.kind for h in hits})


@pytest.mark.parametrize("typed", ["n", "N", "no", "nO"])
def test_one_or_two_letters_find_names_but_no_notes(practice, typed):
    vault, noor, _note = practice
    hits = search.everything(vault, typed)
    assert _kinds(hits) == ["client", "sponsor"]
    assert [h.record_id for h in hits if h.kind == "client"] == [noor.id]


@pytest.mark.parametrize("typed", ["nom", "nomination", "Fenw", "not decided"])
def test_three_letters_find_notes(practice, typed):
    vault, _noor, note = practice
    assert [h.record_id for h in search.everything(vault, typed) if h.kind == "note"] == [note.id]


def test_a_single_letter_beside_a_longer_word_is_left_out_of_the_notes_match(practice):
    vault, _noor, note = practice
    assert [h.record_id for h in search.everything(vault, "x nomin")] == [note.id]
    assert search.everything(vault, "x no") == []  # names need every word; notes no word yet


def test_a_hit_names_the_field_that_matched_and_never_the_notes_text(practice):
    vault, noor, note = practice
    by_name = search.everything(vault, "haddad")
    assert [(h.kind, h.fields) for h in by_name] == [("client", ("name",))]
    by_email = search.everything(vault, "kestrel")
    assert [(h.kind, h.fields, h.name) for h in by_email] == [("client", ("email",),
                                                               "Noor Haddad")]
    assert [h.fields for h in search.everything(vault, "nordlicht")] == [("organisation",)]
    [found] = search.everything(vault, "fenwick")
    assert (found.kind, found.fields, found.name, found.client_id) == (
        "note", ("note",), "Noor Haddad", noor.id)
    assert found.day == note.created_at[:10]
    shown = " ".join(str(v) for v in vars(found).values())
    for word in ("Nothing", "decided", "nomination", "worried", "Fenwick"):
        assert word.lower() not in shown.lower()


def test_notes_are_ranked_within_the_newest_that_match(vault, monkeypatch):
    client = clients.add(vault, clients.ClientDraft("Ada Quist"))
    made = notes.add_many(vault, [notes.NewNote(
        client.id, "budget " * (3 if k == 1 else 1) + f"filler {k}",
        f"2026-01-{1 + k:02d}T10:00:00.000000+00:00", is_private=False) for k in range(8)])
    monkeypatch.setattr(search, "NOTE_POOL", 5)
    found = [h.record_id for h in search.everything(vault, "budget")]
    assert sorted(found) == sorted(made[-5:])  # the five newest only
    monkeypatch.setattr(search, "NOTE_POOL", 8)
    assert search.everything(vault, "budget")[0].record_id == made[1]  # says it most


def test_a_searcher_reads_beside_the_writer_through_a_read_only_connection(practice):
    vault, _noor, _note = practice
    searcher = search.Searcher(vault)
    try:
        added = clients.add(vault, clients.ClientDraft("Zelda Brandt"))  # after it opened
        assert [h.record_id for h in searcher.everything("zel")] == [added.id]
        with pytest.raises(sqlcipher3.OperationalError, match="readonly"):
            searcher.read("DELETE FROM clients")
    finally:
        searcher.close()
    assert not searcher.is_open
    assert clients.get(vault, added.id).name == "Zelda Brandt"


def test_the_reader_is_keyed_and_configured_like_the_vaults_own_connection(vault):
    reader = vault.reader()
    try:
        for pragma in ("cache_size", "temp_store", "journal_mode", "secure_delete",
                       "foreign_keys"):
            assert reader.execute(f"PRAGMA {pragma}").fetchone() == \
                vault.connection.execute(f"PRAGMA {pragma}").fetchone(), pragma
        with pytest.raises(sqlcipher3.OperationalError, match="readonly"):
            reader.execute("INSERT INTO vault_info (key, value) VALUES ('x', 'y')")
    finally:
        reader.close()


def test_a_locked_vault_opens_no_reader(vault):
    vault.close()
    with pytest.raises(VaultLocked):
        search.Searcher(vault)


def test_a_search_no_longer_wanted_stops_between_its_queries(practice):
    vault, _noor, _note = practice
    asked: list[str] = []

    def cancelled() -> bool:
        asked.append("asked")
        return len(asked) > 1  # wanted for the first query only

    with pytest.raises(search.Interrupted):
        search.everything(vault, "nom", cancelled=cancelled)
    assert len(asked) == 2


def test_interrupt_stops_a_running_search_from_another_thread(vault):
    searcher = search.Searcher(vault)
    outcome: list[object] = []

    def endless() -> None:
        try:
            searcher.read("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n"
                          " WHERE i < 1000000000) SELECT count(*) FROM n")  # minutes
            outcome.append("finished")
        except search.Interrupted as exc:
            outcome.append(exc)

    thread = threading.Thread(target=endless)
    thread.start()
    deadline = time.monotonic() + 10
    try:
        # Until it is running, an interrupt finds nothing to stop: so again and again.
        while thread.is_alive() and time.monotonic() < deadline:
            searcher.interrupt()
            thread.join(0.01)
    finally:
        thread.join()
        searcher.close()
    assert len(outcome) == 1 and isinstance(outcome[0], search.Interrupted)
