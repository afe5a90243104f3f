"""UI fixtures: the real theme on the offscreen platform, and windows over fresh vaults."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from ui import gc_guard, ops, theme, translations


@pytest.fixture(scope="session", autouse=True)
def themed_app(qapp):
    QCoreApplication.setOrganizationName("CoachDesk")
    QCoreApplication.setApplicationName("CoachDesk")
    theme.apply(qapp)
    gc_guard.install(qapp)  # as the app does: never collect Qt objects on the worker
    return qapp


@pytest.fixture(autouse=True)
def no_work_left_running():
    yield
    ops.wait_for_all()
    gc.collect()  # on the GUI thread, between tests


@pytest.fixture(autouse=True)
def no_unanswered_questions():
    """A dialog a test did not expect fails that test instead of hanging the run."""
    from ui import ask

    ask.reset()
    ask.set_strict(True)
    yield
    ask.set_strict(False)
    ask.reset()


@pytest.fixture
def window(qtbot, vault, asked):
    """The main window over an open vault, on the Clients page."""
    from ui.main_window import MainWindow

    win = MainWindow(vault.location)
    qtbot.addWidget(win)
    win.show()
    win.open_vault(vault)
    yield win
    clients_section = win.built_page("Clients")  # built only if the test went there
    if clients_section is not None and clients_section.clients_page.dialog is not None:
        clients_section.clients_page.dialog.discard()
    win.close()


@pytest.fixture
def german(qapp, monkeypatch):
    """The shipped German translation and a German locale, as a coach in Germany (or
    LANGUAGE=de) starts the app."""
    monkeypatch.delenv(translations.PSEUDO, raising=False)
    translations.choose("de")
    assert translations.install(qapp) == "de"
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    translations.uninstall(qapp)
    QSettings().remove(translations.SETTING)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def pseudo_long(qapp, monkeypatch):
    """Every translatable word about 40% longer, as ``COACHDESK_PSEUDO=long`` starts: a
    layout that holds in it holds in German, French, Spanish and Portuguese."""
    QSettings().remove(translations.SETTING)
    monkeypatch.setenv(translations.PSEUDO, "long")
    assert translations.install(qapp) == "pseudo-long"
    yield
    translations.uninstall(qapp)
    QSettings().remove(translations.SETTING)
