"""Layouts that survive German and right-to-left: what a coach reading German sees whole
(no sentence stopping mid-way, no field squashed to a sliver) and what a coach with an
Arabic or Hebrew UI sees mirrored where it should be, and left to right where it must."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, QSettings, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from ui import translations


@pytest.fixture
def speaking(qapp, monkeypatch):
    """Install the translators as a start does (German, or a pseudo locale); then English."""
    QSettings().remove(translations.SETTING)

    def install(language: str = "", pseudo: str = "") -> str:
        if pseudo:
            monkeypatch.setenv(translations.PSEUDO, pseudo)
        else:
            monkeypatch.delenv(translations.PSEUDO, raising=False)
        if language:
            translations.choose(language)
        return translations.install(qapp)

    yield install
    translations.uninstall(qapp)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QSettings().remove(translations.SETTING)


def _cut_off(window: QWidget) -> list[str]:
    """Every shown label, button or field whose words do not fit it, or which lies outside
    the window."""
    problems = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton
                                                    | QLineEdit):
            continue
        where = widget.mapTo(window, widget.rect().topLeft())
        if not inside.contains(widget.rect().translated(where)):
            problems.append(f"outside the window: {widget.text()!r}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                problems.append(f"wrapped words cut: {widget.text()!r}")
        elif isinstance(widget, QLineEdit):
            if isinstance(widget.parent(), QAbstractSpinBox):
                continue  # a date's own box: its frame is the spin box's
            if widget.height() < widget.minimumSizeHint().height():
                problems.append("a field squashed")
        elif widget.width() < widget.sizeHint().width():
            problems.append(f"words cut: {widget.text()!r}")
    return problems


def test_the_record_of_processing_shows_every_german_word(speaking, qtbot):
    from ui.dialogs.processing_record import ProcessingRecordDialog

    assert speaking("de") == "de"
    dialog = ProcessingRecordDialog("/home/coach/Sicherungen", lambda *_: None,
                                    missing=("coach_name", "coach_details"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Verarbeitungsverzeichnis" in dialog.windowTitle()
    assert _cut_off(dialog) == [], (dialog.size(), dialog.minimumSize())
    dialog.cloud.setChecked(True)
    assert dialog.transfer_to.height() >= dialog.transfer_to.minimumSizeHint().height()
    dialog.none.setChecked(True)  # as it opened: nothing typed to ask about on closing


def test_the_record_of_processing_fits_the_screen_in_a_longer_language(speaking, qtbot):
    """Its answers wrap (a radio button's own words never do), and a click on the
    words chooses the answer as a click on the button would."""
    from ui.dialogs.processing_record import ProcessingRecordDialog

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    dialog = ProcessingRecordDialog("", lambda *_: None, missing=("coach_name",))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1000
    for radio in (dialog.none, dialog.cloud):  # wrapped, the answers keep the window narrow
        assert dialog.rect().contains(radio.geometry())
    words = next(label for label in dialog.findChildren(QLabel)
                 if label.buddy() is dialog.cloud)
    assert words.text() == translations.pseudo_text(
        "&Yes: the backup folder is synced to a cloud service", rtl=True)
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert dialog.cloud.isChecked() and dialog.transfer_to.isEnabled()
    dialog.none.setChecked(True)


def test_a_date_and_time_keeps_its_order_on_a_right_to_left_screen(speaking, qtbot):
    from ui.dialogs.session import WhenEdit

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    when = WhenEdit(QDateTime(QDate(2026, 12, 7), QTime(10, 0)))
    qtbot.addWidget(when)
    assert when.lineEdit().text() == "2026-12-07 10:00"
    assert when.displayFormat() == "yyyy-MM-dd HH:mm"


def test_a_page_title_starts_where_the_page_starts(speaking, qtbot):
    from ui.widgets import heading

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    for title in ("Today", "يوسف الأمين"):
        label = heading(title)
        qtbot.addWidget(label)
        assert label.alignment() & Qt.AlignmentFlag.AlignRight
        label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft


def test_the_requests_log_fits_a_laptop_screen_in_a_longer_right_to_left_language(
        speaking, qtbot, vault):
    from datetime import date

    from coachdesk import clients, data_requests
    from ui.dialogs.requests_log import RequestsLogDialog

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    client = clients.add(vault, clients.ClientDraft("Ines Duarte"))
    for kind in ("access", "erasure"):
        data_requests.log(vault, client.id, kind, received_on=date.today().isoformat(),
                          identity_checked=data_requests.IDENTITY_CHECKS[0])
    log = RequestsLogDialog(vault, lambda _: None, lambda *_: None, new_request=lambda: None)
    qtbot.addWidget(log)
    log.resize(1000, 520)
    log.show()
    qtbot.waitExposed(log)
    assert log.width() <= 1000
    assert _cut_off(log) == []
    # mirrored: New request… starts the row at the right-hand side
    assert log.new_button.geometry().right() > log.outcome_button.geometry().right()


def test_latin_words_start_at_the_right_in_a_right_to_left_ui(speaking, qtbot):
    """A pronoun, a date or the demo banner in Latin letters sits beside what it belongs to
    (the right-hand start of a mirrored page), not at the far left."""
    from ui.widgets import align_to_start

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    row = QWidget()
    qtbot.addWidget(row)
    pronoun = QLabel("he/him", row)
    align_to_start(pronoun)
    pronoun.resize(400, 20)
    row.show()
    qtbot.waitExposed(row)
    shown = pronoun.grab().toImage()
    inked = [x for x in range(shown.width()) for y in range(shown.height())
             if shown.pixelColor(x, y).lightness() < 128]
    assert inked and min(inked) > 400 - pronoun.fontMetrics().horizontalAdvance("he/him") - 20


def test_the_session_editor_fits_1280_in_a_longer_right_to_left_language(speaking, qtbot,
                                                                        vault):
    """The top bar keeps the client's name whole once the note is saved, and the action
    items wrap their hints instead of scrolling sideways."""
    from coachdesk import clients, engagements, sessions
    from ui.session_editor import SessionEditor

    assert speaking(pseudo="rtl") == "pseudo-rtl"
    client = clients.add(vault, clients.ClientDraft("Yusuf Solberg"))
    engagement = engagements.add(vault, engagements.EngagementDraft(
        client.id, "2026-01-05", "2026-12-31"))
    session = sessions.add(vault, sessions.SessionDraft(engagement.id, "2026-02-02T09:00", 60,
                                                        "Online", 0, "held"))
    editor = SessionEditor(vault, client.id, "Yusuf Solberg", session_id=session.id)
    qtbot.addWidget(editor)
    editor.resize(1280, 760)
    editor.show()
    qtbot.waitExposed(editor)
    editor.editor.setPlainText("Kurze Notiz.")
    assert editor.save_now()
    assert translations.pseudo_text("Saved %1", rtl=True).split("%1")[0] in editor.status.text()
    qtbot.wait(10)
    assert editor.layout().minimumSize().width() <= 1280
    assert editor.client.width() >= editor.client.sizeHint().width()
    assert editor.items_panel is not None
    scroll = editor.items_panel.findChild(QScrollArea)
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    assert _cut_off(editor) == []


def test_the_report_pages_item_buttons_show_their_german_words(speaking, qtbot, vault,
                                                                asked):
    """At 1280 pixels every item button of a report says its whole German label
    ("Aus einer Notiz übernehmen…" was cut to "iner Notiz übernehn")."""
    from coachdesk import reports
    from tests.cases import ethics_case
    from ui.main_window import MainWindow

    assert speaking("de") == "de"
    case = ethics_case(vault)
    report = reports.create(vault, reports.ReportDraft(
        case.engagement.id, "Progress", "2026-01-01", "2026-04-30"))
    window = MainWindow(vault.location)
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    window.open_vault(vault)
    window.go_to("Reports")
    window.reports_page.select(report.id)
    qtbot.wait(10)
    page = window.reports_page
    assert page.lift_button.text() == "Aus einer &Notiz übernehmen…"
    for button in (page.write_button, page.lift_button, page.edit_button, page.up_button,
                   page.down_button, page.strike_button, page.remove_button):
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width(), button.text()
        left = button.mapTo(window, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= window.width(), button.text()
    window.close()


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight,
                                       Qt.LayoutDirection.RightToLeft])
def test_a_status_pill_sits_at_the_rows_far_end(qtbot, direction):
    """Beside the name's end in English, mirrored to the left edge in Arabic or Hebrew."""
    from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel

    from ui import theme
    from ui.models.records import BADGE_COLOURS, MAY_REPORT, BadgeRole, DetailRole
    from ui.widgets import record_list

    model = QStandardItemModel()
    item = QStandardItem("Noor Haddad")
    item.setData(MAY_REPORT, BadgeRole)
    item.setData("Leadership coaching", DetailRole)
    model.appendRow(item)
    view = record_list(model)
    qtbot.addWidget(view)
    view.setLayoutDirection(direction)
    view.resize(600, 120)
    view.show()
    qtbot.waitExposed(view)
    shown = view.viewport().grab().toImage()
    pill = QColor(theme.colour(BADGE_COLOURS[MAY_REPORT][0])).rgb()
    xs = [x for x in range(shown.width()) for y in range(0, 30)
          if shown.pixelColor(x, y).rgb() == pill]
    assert xs
    if direction == Qt.LayoutDirection.RightToLeft:  # from the left edge, short of the middle
        assert min(xs) < 30 and max(xs) < shown.width() // 2
    else:
        assert max(xs) > shown.width() - 30 and min(xs) > shown.width() // 2
