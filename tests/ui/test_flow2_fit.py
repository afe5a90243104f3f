"""The daily flow at 1280x760 (issue 14, second trial): the agreement page whole, with
every button inside the window and its words fitting; the session editor's sections
scrolling to the one being typed in."""

from __future__ import annotations

import pytest
from agreement_setup import three_party_agreement
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QPushButton

from coachdesk import clients


@pytest.fixture(params=[(1280, "en"), (1180, "en"), (1280, "de"), (1180, "de")])
def agreement_on_screen(request, window):
    vault = window.vault
    width, language = request.param  # a German title is the page's longest line
    made = three_party_agreement(vault, language)
    window.showNormal()
    window.resize(width, 760)
    window.go_to("Agreements")
    window.agreements_page.select(made.id)
    return window


def test_every_button_on_the_agreement_page_is_whole_at_1280_and_1180(qtbot, agreement_on_screen):
    window = agreement_on_screen
    page = window.agreements_page
    qtbot.waitUntil(lambda: page.detail.isVisible())
    qtbot.wait(50)
    assert window.width() <= 1280 and window.height() <= 760  # nothing forces it wider
    assert page.detail.minimumSizeHint().width() <= page.detail.width()
    frame = window.rect()
    shown = [b for b in page.findChildren(QPushButton) if b.isVisible()]
    assert len(shown) >= 5
    for button in shown:
        corner = button.mapTo(window, QPoint(0, 0))
        if button.parentWidget() is page.detail_scroll.widget():
            continue  # scrolled into view when needed
        assert frame.contains(corner) and frame.contains(
            corner + QPoint(button.width() - 1, button.height() - 1)), button.text()
        words = button.text().replace("&", "")
        assert button.fontMetrics().horizontalAdvance(words) <= button.width(), words
    # What scrolls is never cut at the side: it is no wider than the pane showing it.
    scroll = page.detail_scroll
    assert scroll.widget().width() <= scroll.viewport().width()
    for box in [*page.term_boxes.values(), page.terms_button]:
        right = box.mapTo(scroll.viewport(), QPoint(box.width(), 0)).x()
        assert right <= scroll.viewport().width(), box.text()


@pytest.mark.parametrize(("screen", "expected"), [
    ((1280, 760), (1280, 720)),     # a laptop: all of it
    ((1920, 1080), (1632, 936)),    # a large screen: most of it, not 1180x780
    ((1024, 700), (1024, 660)),     # smaller than the design: within the screen
])
def test_the_window_first_opens_at_a_size_that_uses_the_screen(screen, expected):
    from PySide6.QtCore import QSize

    from ui.widgets import within

    size = within(QSize(*screen), QSize(1180, 760))
    assert (size.width(), size.height()) == expected


# -- the session editor at 1280x760 with the GROW template ------------------------------
@pytest.fixture
def grow_session(window):
    from coachdesk import engagements as engagement_records

    vault = window.vault
    client = clients.add(vault, clients.ClientDraft("Noor Haddad"))
    engagement_records.add(vault, engagement_records.EngagementDraft(client.id, "2026-01-05"))
    window.showNormal()
    window.resize(1280, 760)
    window.open_client(client.id)
    page = window.client_page
    page.full_screen_editor = False
    page.start_action.trigger()
    editor = page.editors[-1]
    editor.picker.setCurrentIndex(editor.picker.findText("GROW"))
    editor.resize(1280, 760)
    return editor


def seen(editor, widget) -> bool:
    """The widget's whole height is inside the sections' visible area."""
    viewport = editor.sections_scroll.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + widget.height() <= viewport.height()


def test_tab_brings_each_grow_section_into_view_and_the_wheel_scrolls(qtbot, grow_session):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    editor = grow_session
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    headings = [b.section.heading for b in editor.boxes]
    assert "Coach's reflection" in headings
    bar = editor.sections_scroll.verticalScrollBar()
    assert bar.maximum() > 0  # at 760 pixels they do not all fit: they scroll
    editor.boxes[0].edit.setFocus()
    qtbot.waitUntil(editor.boxes[0].edit.hasFocus)
    for box in editor.boxes[1:]:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.waitUntil(box.edit.hasFocus)
        assert seen(editor, box.edit), box.section.heading
    assert bar.value() > 0
    # The wheel over a section (its own words too short to scroll) scrolls the page.
    bar.setValue(0)
    edit = editor.boxes[0].edit.viewport()
    middle = QPointF(edit.width() / 2, edit.height() / 2)
    wheel = QWheelEvent(middle, edit.mapToGlobal(middle), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(edit, wheel)
    assert bar.value() > 0


def test_an_action_items_words_wrap_and_the_new_item_field_shows(qtbot, grow_session):
    from PySide6.QtCore import Qt

    editor = grow_session
    editor.show()
    qtbot.waitExposed(editor)
    panel = editor.items_panel
    words = "Draft delegation ladder and share with the two team leads before Friday"
    qtbot.keyClicks(panel.new_text, words)
    qtbot.keyClick(panel.new_text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(panel.rows) == 1)
    row = panel.rows[0]
    qtbot.waitUntil(row.words.isVisible)
    assert row.words.text() == words
    # Every word shown: the label is as tall as its wrapped lines need at its width.
    needed = row.words.heightForWidth(row.words.width())
    assert row.words.height() >= needed > row.words.fontMetrics().lineSpacing()
    assert row.words.geometry().right() <= row.width()
    qtbot.mouseClick(row.words, Qt.MouseButton.LeftButton)
    assert row.done.isChecked()  # the words tick it, as a check box's own words do
    # The field for the next one is on screen, inside the window.
    field = panel.new_text
    corner = field.mapTo(editor, QPoint(0, 0))
    assert field.isVisible() and editor.rect().contains(
        corner + QPoint(field.width() - 1, field.height() - 1))


@pytest.mark.parametrize("width", [1180, 1280])
def test_next_and_last_session_read_whole_beside_a_long_address(qtbot, window, width):
    from coachdesk import engagements as engagement_records
    from coachdesk import sessions

    vault = window.vault
    client = clients.add(vault, clients.ClientDraft(
        "Jordan Okafor", email="jordan.okafor@example.org", phone="+44 7700 900123",
        address="12 Canal Street, Manchester M1 3HE, United Kingdom"))
    engagement = engagement_records.add(vault, engagement_records.EngagementDraft(
        client.id, "2026-01-05"))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-11-30T06:59", 60, "", None,
                                              "held"))
    sessions.add(vault, sessions.SessionDraft(engagement.id, "2099-12-03T14:30", 60))
    window.showNormal()
    window.resize(width, 760)
    window.clients_page.model.refresh()
    window.open_client(client.id)
    label = window.client_page.timeline
    qtbot.waitUntil(lambda: "Last held" in label.text())
    qtbot.wait(50)
    whole_line = label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
    wrapped = label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    assert whole_line or wrapped, label.text()
    corner = label.mapTo(window, QPoint(label.width(), 0))
    assert corner.x() <= window.width()
