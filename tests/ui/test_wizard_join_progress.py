"""The Join page's bar moves while a practice of one large bundle is built (issue 17):
busy while the bundle is read, then the changes applied of all of them, with the count in
words; it no longer sits at nothing and jumps to done."""

from __future__ import annotations

import pytest
from syncing import computer
from test_wizard_join import join, to_join_page

from coachdesk import clients, notes
from coachdesk.sync import merge, practice
from ui.app import start


@pytest.fixture
def one_bundle(tmp_path, monkeypatch):
    """A laptop whose practice is one bundle of a few thousand changes, told every 300
    changes (5,000 in the app, for bundles of a million)."""
    monkeypatch.setattr(merge, "TELL_EVERY", 300)
    a = computer(tmp_path, "laptop")
    folder = tmp_path / "Syncthing"
    for n in range(4):
        client = clients.add(a, clients.ClientDraft(f"Client {n}"))
        for k in range(50):
            notes.add(a, client.id, f"Session {k} with client {n}: goals and progress.")
    code = practice.start(a, folder)
    yield a, folder, code
    a.close()


@pytest.fixture
def wizard(qtbot, qapp, location, asked):
    window, wizard = start(qapp, location)
    qtbot.addWidget(window)
    yield wizard
    qapp.setQuitOnLastWindowClosed(True)
    window.close()


def test_the_bar_goes_through_the_changes_of_one_bundle(qtbot, wizard, one_bundle,
                                                        memory_keyring):
    _a, folder, code = one_bundle
    page, button, _own = to_join_page(qtbot, wizard)
    seen: list[tuple[int, int]] = []
    said: list[str] = []
    page.bar.valueChanged.connect(lambda value: seen.append((value, page.bar.maximum())))
    page.bar.valueChanged.connect(lambda _value: said.append(page.status.text()))

    join(qtbot, wizard, page, button, folder, code)

    assert wizard.joined is not None and not page.message.isVisible()
    counted = [(v, m) for v, m in seen if m > 1]
    total = counted[-1][1]
    assert total > 1_000 and {m for _, m in counted} == {total}  # changes, not bundles
    values = [v for v, _ in counted]
    assert values == sorted(values) and values[-1] == total
    between = [v for v in values if 0 < v < total]
    assert len(between) >= 3  # it moved on the way, not from nothing to done
    assert any(s.startswith("Building your practice here: ") and
               s.endswith(f" of {total:,} changes applied…") for s in said)
    assert page.summary.text().startswith("Your practice is on this computer: 4 clients")
