"""Every write says what kinds of record it changed, and is heard only once committed."""

from __future__ import annotations

import ast
import threading
from pathlib import Path

import pytest

from coachdesk import clients, notes
from coachdesk.changes import Change

ROOT = Path(__file__).resolve().parents[2]


def test_a_committed_write_is_heard_with_its_kinds_on_the_thread_that_wrote(vault):
    heard: list[tuple[Change, str]] = []
    vault.on_change = lambda kinds: heard.append((kinds, threading.current_thread().name))
    client = clients.add(vault, clients.ClientDraft("Ada Lovelace"))
    notes.add(vault, client.id, "first words")
    assert [kinds for kinds, _ in heard] == [Change.CLIENTS, Change.NOTES]

    def elsewhere():
        notes.add(vault, client.id, "second words")

    worker = threading.Thread(target=elsewhere, name="the worker")
    worker.start()
    worker.join()
    assert heard[-1] == (Change.NOTES, "the worker")


def test_a_write_rolled_back_is_not_heard(vault):
    heard: list[Change] = []
    vault.on_change = heard.append
    with pytest.raises(RuntimeError), vault.transaction(touches=Change.CLIENTS):
        raise RuntimeError("cut off")
    assert heard == []
    assert clients.list_ids(vault) == []


def test_every_write_in_the_core_names_what_it_changes():
    """``vault.transaction()`` without ``touches`` would change records no page hears of."""
    silent = []
    for path in sorted((ROOT / "coachdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "transaction" and \
                    not any(k.arg == "touches" for k in node.keywords):
                silent.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert silent == []


def test_records_are_every_kind_but_the_date():
    assert Change.CLIENTS in Change.records() and Change.NOTES in Change.records()
    assert Change.DATE not in Change.records()
