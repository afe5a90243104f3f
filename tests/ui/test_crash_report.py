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
