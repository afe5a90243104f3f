"""Typed text that cannot be stored (a lone half of a surrogate pair, as a damaged paste
leaves) is refused as the coach's input, naming the field: never a UnicodeEncodeError
from deep inside the database."""

from __future__ import annotations

from datetime import date

import pytest

from coachdesk import clients, notes, validation
from coachdesk import vault as vaults
from coachdesk.errors import InvalidInput

BROKEN = ["\ud800", "Maya \udfff Okafor", "\udc80 at the start"]


@pytest.mark.parametrize("text", BROKEN)
@pytest.mark.parametrize("check", [
    lambda text: validation.required_name("name", "The client's name", text),
    lambda text: validation.one_line("name", "The client's name", text),
    lambda text: validation.long_text("name", "The client's name", text),
], ids=["required_name", "one_line", "long_text"])
def test_every_text_check_refuses_text_that_cannot_be_stored(check, text):
    with pytest.raises(InvalidInput) as refused:
        check(text)
    assert refused.value.field == "name"
    assert refused.value.message == ("The client's name contains a character that cannot be "
                                     "stored; please retype it.")


@pytest.mark.parametrize("check, words", [
    (lambda: validation.iso_date("starts_on", "The start", "2026-01-0\ud800"), "not a date"),
    (lambda: validation.choice("status", "Status", "held\ud800", ("held", "planned")),
     "must be one of"),
], ids=["iso_date", "choice"])
def test_dates_and_choices_refuse_it_as_what_they_are_not(check, words):
    with pytest.raises(InvalidInput, match=words):
        check()


def test_the_same_text_whole_is_kept_exactly():
    text = "Zoë 🙂 ليلى \U0001f44d"  # emoji and right-to-left text: kept exactly
    assert validation.required_name("name", "Name", text) == text
    assert validation.long_text("body", "This note", text) == text
    assert validation.iso_date("on", "Day", date(2026, 1, 2)) == "2026-01-02"


def test_a_client_and_a_note_with_such_text_are_refused_and_nothing_is_stored(vault):
    with pytest.raises(InvalidInput) as refused:
        clients.add(vault, clients.ClientDraft("Maya \ud800 Okafor"))
    assert refused.value.field == "name" and "The client's name" in refused.value.message
    assert clients.count(vault) == 0
    maya = clients.add(vault, clients.ClientDraft("Maya Okafor"))
    with pytest.raises(InvalidInput) as refused:
        notes.add(vault, maya.id, "She said \udc00 then stopped")
    assert refused.value.field == "body"
    assert notes.ids_for_client(vault, maya.id) == []


def test_a_passphrase_that_cannot_be_stored_is_refused_as_typed_input(location):
    with pytest.raises(InvalidInput) as refused:
        vaults.plan_passphrase_vault("river stone \ud800 lamp")
    assert refused.value.field == "passphrase"
    assert "cannot be stored; please retype it" in refused.value.message
