"""An unexpected error says where it happened, never what it held."""

from __future__ import annotations

import sys

from ui.app import _report_crash


def test_crash_output_names_the_place_but_not_the_content(capfd, asked):
    canary = "Client Canary Ngozi said she will resign"
    asked.set_next_answers(True)
    try:
        raise ValueError(canary)
    except ValueError:
        _report_crash(*sys.exc_info())
    out, err = capfd.readouterr()
    assert "unexpected ValueError at" in err
    assert "test_crash_report.py" in err
    assert canary not in err and canary not in out
    assert asked.shown[-1][0] == "Something went wrong"
    assert canary not in asked.shown[-1][1]


def damaged_read(vault):
    """A real database error: a read of a page that fails its check."""
    from coachdesk import clients
    from coachdesk.vault.vault import DatabaseError
    from tests.damage import flip, page_offset, roots

    client = clients.add(vault, clients.ClientDraft("Ann"))
    page = roots(vault)["clients"]
    location, key = vault.location, vault._key
    vault.close()
    flip(location.vault_file, page_offset(page))
    from coachdesk import vault as vaults

    reopened = vaults.open_with_key(location, key)
    try:
        clients.get(reopened, client.id)
    except DatabaseError as exc:
        return exc
    finally:
        reopened.close()
    raise AssertionError("the damaged page was read without an error")


def test_after_a_database_error_the_message_says_what_is_known(capfd, asked, vault):
    from coachdesk.errors import CoachDeskError

    error = damaged_read(vault)
    for raised in (error, CoachDeskError("Could not save the note.")):
        asked.set_next_answers(True)
        try:
            if raised is error:
                raise raised
            raise raised from error  # a database error behind one of CoachDesk's own
        except Exception:
            _report_crash(*sys.exc_info())
        title, text = asked.shown[-1]
        assert title == "Something went wrong"
        assert "safe" not in text and "Everything saved" not in text
        assert "part of the vault is damaged" in text
        assert "may not have been saved" in text
    err = capfd.readouterr().err
    assert "unexpected DatabaseError" in err and "unexpected CoachDeskError" in err


def test_other_problems_still_say_saved_work_is_safe(asked):
    asked.set_next_answers(True)
    try:
        raise KeyError("x")
    except KeyError:
        _report_crash(*sys.exc_info())
    assert "Everything saved before is safe" in asked.shown[-1][1]
