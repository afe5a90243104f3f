"""A question's buttons speak the coach's language when the caller names none: Qt's own OK
and Cancel, which Qt's catalogue translates, never an English default."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import ask


def _buttons_then_close(seen: list[str]) -> None:
    box = next(w for w in QApplication.topLevelWidgets()
               if isinstance(w, QMessageBox) and w.isVisible())
    seen.extend(sorted(b.text().replace("&", "") for b in box.buttons()))
    box.reject()


def test_a_question_without_its_own_words_has_translated_buttons(german, qtbot):
    ask.set_strict(False)
    seen: list[str] = []
    QTimer.singleShot(200, lambda: _buttons_then_close(seen))
    answer = ask.confirm(None, "Frage", "Weiter?")
    assert seen == ["Abbrechen", "OK"]
    assert answer is False  # closed: no


def test_a_question_with_its_own_words_keeps_them(german, qtbot):
    ask.set_strict(False)
    seen: list[str] = []
    QTimer.singleShot(200, lambda: _buttons_then_close(seen))
    ask.confirm(None, "Frage", "Weiter?", yes="Sichern", no="Nicht jetzt")
    assert seen == ["Nicht jetzt", "Sichern"]
