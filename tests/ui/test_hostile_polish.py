"""Hostile input and polish, as a coach meets them: a name pasted with a right-to-left
override or on two lines is refused with an offer to fix it in one click; names in Arabic,
Hebrew and emoji are kept and shown in their own direction without turning the words
around them; no label shows a literal "&"; New sits in the title row on every page;
dialog buttons carry no pictures; check boxes are visible in the dark theme; the sponsor
address takes several lines; a tooltip never folds an email address into a narrow column."""

from __future__ import annotations

import re

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextDocument,
    QTextLayout,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QToolTip,
    QWidget,
)

from coachdesk import clients, sponsors
from coachdesk.errors import InvalidInput
from tests.cases import ethics_case
from ui import theme
from ui.bidi import isolated
from ui.dialogs.client import ClientDialog
from ui.main_window import PAGES
from ui.models.clients import COL_NAME
from ui.models.records import DetailRole, plain_tooltip

ARABIC, HEBREW, EMOJI = "ليلى حداد", "נועה כהן", "Zoë 🙂 Okafor"
OVERRIDES = {"LRE": "\u202a", "RLE": "\u202b", "PDF": "\u202c", "LRO": "\u202d",
             "RLO": "\u202e", "LRI": "\u2066", "RLI": "\u2067", "FSI": "\u2068",
             "PDI": "\u2069"}


# -- directional overrides ---------------------------------------------------------------
@pytest.mark.parametrize("control", OVERRIDES.values(), ids=OVERRIDES.keys())
def test_a_name_with_a_direction_control_is_refused_saying_why(vault, control):
    with pytest.raises(InvalidInput) as refused:
        clients.add(vault, clients.ClientDraft(f"Dana {control}etihW"))
    assert refused.value.field == "name"
    assert "hidden characters that force the direction" in refused.value.message
    assert "back to front" in refused.value.message
    assert clients.count(vault) == 0


@pytest.mark.parametrize("name", [ARABIC, HEBREW, EMOJI, "Dana\u200f White",
                                  "Noa (נועה) 2\u200e"])
def test_right_to_left_names_emoji_and_plain_direction_marks_are_kept_exactly(vault, name):
    saved = clients.add(vault, clients.ClientDraft(name, email="x@example.org"))
    assert clients.get(vault, saved.id).name == name


def _dialog(qtbot, vault) -> ClientDialog:
    dialog = ClientDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_override_in_a_name_is_refused_and_removed_on_one_click(qtbot, vault):
    dialog = _dialog(qtbot, vault)
    dialog.name.setText("Dana \u202eetihW")  # as pasted from a chat
    dialog.save_button.click()
    assert dialog.isVisible() and "back to front" in dialog.message.text()
    assert dialog.tidy_button.isVisible()
    assert "Remove the hidden characters" in dialog.tidy_button.text()
    assert "Dana etihW" in dialog.tidy_button.text()  # what the field will hold
    assert dialog.name.text() == "Dana \u202eetihW"  # nothing changed behind her back
    dialog.tidy_button.click()
    assert dialog.name.text() == "Dana etihW"
    assert not dialog.message.isVisible() and not dialog.tidy_button.isVisible()
    dialog.save_button.click()
    assert dialog.saved.name == "Dana etihW"


def test_lines_that_reach_a_name_unpasted_are_refused_and_joined_on_one_click(qtbot, vault):
    """A paste is joined as it arrives (tests/ui/test_daily_pasted_lines.py); lines that
    reach the field otherwise (an old value, a restore) are refused at Save, with the join
    offered."""
    dialog = _dialog(qtbot, vault)
    dialog.name.setText("Maya\nOkafor\n")
    dialog.save_button.click()
    assert "must be a single line" in dialog.message.text()
    assert "on 2 lines" in dialog.message.text()
    assert dialog.tidy_button.isVisible()
    assert "Join the 2 lines into one" in dialog.tidy_button.text()
    assert "Maya Okafor" in dialog.tidy_button.text()
    dialog.tidy_button.click()
    assert dialog.name.text() == "Maya Okafor"
    assert dialog.focusWidget() is dialog.name
    dialog.save_button.click()
    assert dialog.saved.name == "Maya Okafor"


def test_another_refusal_offers_nothing_to_click(qtbot, vault):
    dialog = _dialog(qtbot, vault)
    dialog.name.setText("Maya Okafor")
    dialog.email.setText("not an email")
    dialog.save_button.click()
    assert "email address" in dialog.message.text()
    assert not dialog.tidy_button.isVisible()
    dialog.discard()


def _visual_x(text: str) -> list[float]:
    """Where each character of ``text`` is drawn, left to right in logical order."""
    layout = QTextLayout(text, QFont())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text) + 1)]


@pytest.mark.parametrize("name", [ARABIC, HEBREW, "Dana \u202eetihW"])
def test_an_isolated_name_never_moves_or_turns_the_words_after_it(qapp, name):
    piece = isolated(name)
    text = f"{piece} · 3 sessions"
    xs = _visual_x(text)
    after = xs[len(piece):]  # " · 3 sessions", left to right as written
    assert after == sorted(after) and len(set(after)) == len(after)
    assert min(after) >= max(xs[:len(piece)]) - 0.5  # all of it right of the name


def test_without_isolation_the_same_line_is_turned_around(qapp):
    """What the isolation prevents (so the test above can tell)."""
    text = "Dana \u202eetihW · 3 sessions"
    after = _visual_x(text)[len("Dana \u202eetihW"):]
    assert after != sorted(after)


def test_a_name_kept_before_the_rule_shows_in_reading_order(qtbot, window):
    vault = window.vault
    maya = clients.add(vault, clients.ClientDraft("Maya Okafor"))
    with vault.transaction() as conn:  # as a vault from before this rule holds it
        conn.execute("UPDATE clients SET name = ? WHERE id = ?", ("Maya \u202eOkafor", maya.id))
    window.clients_page.model.refresh()
    model = window.clients_page.model
    assert model.data(model.index(0, COL_NAME)) == "Maya Okafor"
    window.open_client(maya.id)
    assert window.client_page.name.text() == "Maya Okafor"


@pytest.mark.parametrize("name", [ARABIC, HEBREW, EMOJI])
def test_right_to_left_and_emoji_names_show_as_typed_on_the_pages(qtbot, window, name):
    vault = window.vault
    client = clients.add(vault, clients.ClientDraft(name))
    window.clients_page.model.refresh()
    model = window.clients_page.model
    assert model.data(model.index(0, COL_NAME)) == name
    window.open_client(client.id)
    assert window.client_page.name.text() == name
    sponsor = sponsors.add(vault, sponsors.SponsorDraft(name))
    window.go_to("Sponsors")
    window.sponsors_page.refresh()
    window.sponsors_page.select(sponsor.id)
    assert window.sponsors_page.name.text() == name
    assert name not in window.windowTitle()
    # The title starts where the page starts, whichever way its name reads.
    window.resize(1280, 760)
    title = window.sponsors_page.name
    qtbot.waitUntil(lambda: title.isVisible() and title.width() > 200)
    image = title.grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)
    inked = [x for x in range(image.width()) for y in range(0, image.height(), 2)
             if _contrast(image.pixelColor(x, y), background) > 2]
    assert inked and min(inked) < title.fontMetrics().horizontalAdvance("MM")


# -- literal ampersands ------------------------------------------------------------------
_MNEMONIC = re.compile(r"(?<!&)&(?:&&)*[^&\s]")


def literal_ampersands(root: QWidget) -> list[str]:
    """Labels under ``root`` that print a "&" meant as a keyboard shortcut: a QLabel shows
    the "&" unless it is the label of a field (its buddy)."""
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
        if not rich and label.buddy() is None and _MNEMONIC.search(text.replace("&&", "")):
            found.append(text)
    return found


def test_the_walker_finds_a_literal_ampersand(qtbot):
    """The check below, on the mistake it looks for (a label with no field)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    QLabel("Peri&od", widget)
    QLabel("Smith & Co", widget)  # a real ampersand between words is fine
    assert literal_ampersands(widget) == ["Peri&od"]


def _open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible()]


def _close(dialog: QDialog) -> None:
    getattr(dialog, "discard", dialog.reject)()


def test_no_page_or_dialog_shows_a_literal_ampersand(qtbot, window):
    ethics_case(window.vault)
    window.resize(1280, 760)
    seen_dialogs = 0
    problems: dict[str, list[str]] = {}

    def check(where: str, root: QWidget) -> None:
        if found := literal_ampersands(root):
            problems[where] = found

    def each_dialog(where: str, open_it) -> None:
        nonlocal seen_dialogs
        open_it()
        for dialog in _open_dialogs():
            seen_dialogs += 1
            check(f"{where}: {dialog.windowTitle()}", dialog)
            _close(dialog)
        qtbot.waitUntil(lambda: not _open_dialogs())

    for name in PAGES:
        window.go_to(name)
        page = window.page(name)
        if name == "Clients":
            page.clients_page.table.selectRow(0)
        elif hasattr(page, "list_view"):
            page.list_view.setCurrentIndex(page.list_view.model().index(0, 0))
        check(name, window)
        for action in ("new_record", "edit_record"):
            if hasattr(page, action):
                each_dialog(f"{name} {action}", getattr(page, action))
    client = clients.list_ids(window.vault)[0]
    window.open_client(client)
    client_page = window.client_page
    check("client page", window)
    for button in (client_page.edit_button, client_page.plan_button,
                   client_page.engagement_button):
        each_dialog(f"client page {button.text()}", button.click)
    window.go_to("Sponsors")
    each_dialog("New contact", window.sponsors_page.add_contact)
    assert seen_dialogs >= 8
    assert problems == {}


# -- the look ----------------------------------------------------------------------------
def test_new_sits_at_the_right_of_the_title_row_on_every_page(qtbot, window):
    window.resize(1280, 760)
    for name, page in (("Clients", lambda: window.clients_page),
                       ("Sponsors", lambda: window.sponsors_page),
                       ("Agreements", lambda: window.agreements_page),
                       ("Reports", lambda: window.page("Reports"))):
        window.go_to(name)
        shown = page()
        button = shown.new_button
        qtbot.waitUntil(button.isVisible)
        title = next(label for label in shown.findChildren(QLabel)
                     if label.objectName() == "pageHeading" and label.isVisible()
                     and button.parentWidget() is label.parentWidget())
        # (Reports heads the page above its tabs; the list's own title row is unnamed)
        top = button.mapTo(window, QPoint(0, 0)).y()
        title_top = title.mapTo(window, QPoint(0, 0)).y()
        assert abs((top + button.height() / 2) - (title_top + title.height() / 2)) < 8, name
        assert button.mapTo(window, QPoint(0, 0)).x() > title.mapTo(window, QPoint(0, 0)).x()


class _IconsStyle(QProxyStyle):
    """A desktop whose buttons carry pictures (GNOME's, KDE's): floppy disk, red cross."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_dialog_buttons_carry_words_and_no_pictures(qtbot, vault):
    style = _IconsStyle(QStyleFactory.create("Fusion"))
    box = QDialogButtonBox()
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setStandardButtons(QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Cancel)
    assert [b.text() for b in box.buttons()] and all(b.icon().isNull() for b in box.buttons())
    dialog = _dialog(qtbot, vault)
    assert all(b.icon().isNull() for b in dialog.buttons.buttons())


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def _contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("choice", ["dark", "light"])
def test_show_archived_is_plainly_visible_in_either_theme(qtbot, qapp, window, choice):
    theme.apply(qapp, choice)
    try:
        window.go_to("Clients")
        box = window.clients_page.show_archived
        qtbot.waitUntil(box.isVisible)
        image = box.grab().toImage()  # the box is drawn at the left, before the words
        background = window.palette().color(window.backgroundRole())
        best = max(_contrast(image.pixelColor(x, y), background)
                   for x in range(0, 20) for y in range(image.height()))
        assert best >= 3.0  # WCAG's least for the edge of a control
    finally:
        theme.apply(qapp)


@pytest.mark.parametrize("choice", ["dark", "light"])
def test_radio_buttons_and_a_chosen_row_read_plainly_in_either_theme(qtbot, qapp, window,
                                                                      choice):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QRadioButton

    theme.apply(qapp, choice)
    try:
        held, missed = QRadioButton("Held"), QRadioButton("Missed")
        for radio in (held, missed):
            qtbot.addWidget(radio)
            radio.show()
        held.setChecked(True)
        background = window.palette().color(window.backgroundRole())
        for radio in (held, missed):  # the round mark is drawn at the left
            image = radio.grab().toImage()
            best = max(_contrast(image.pixelColor(x, y), background)
                       for x in range(0, 18) for y in range(image.height()))
            assert best >= 3.0, radio.text()
        palette = qapp.palette()
        assert _contrast(palette.color(QPalette.ColorRole.Highlight),
                         palette.color(QPalette.ColorRole.HighlightedText)) >= 4.5
    finally:
        theme.apply(qapp)


def test_the_sponsor_address_takes_several_lines(qtbot, window):
    window.go_to("Sponsors")
    page = window.sponsors_page
    page.new_record()
    dialog = page.dialog
    address = dialog.field("address")
    assert isinstance(address, QPlainTextEdit)
    assert address.height() >= 3 * address.fontMetrics().lineSpacing()
    qtbot.keyClicks(dialog.field("organisation"), "Northwind Ltd")
    address.setFocus()
    for line in ("1 Harbour Street", "Leith", "EH6 6QU"):
        qtbot.keyClicks(address, line)
        qtbot.keyClick(address, Qt.Key.Key_Return)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: page.dialog is None)
    saved = sponsors.get(window.vault, page.sponsor.id)
    assert saved.address.splitlines() == ["1 Harbour Street", "Leith", "EH6 6QU"]
    assert "Leith" in page.about.text()
    page.edit_record()
    assert page.dialog.field("address").toPlainText().splitlines() == [
        "1 Harbour Street", "Leith", "EH6 6QU"]
    page.dialog.discard()


def test_a_tooltip_keeps_an_email_address_on_one_line(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    email = "maya.okafor-longname@example-consulting.org"
    QToolTip.showText(widget.mapToGlobal(QPoint(5, 5)), plain_tooltip(email), widget)
    tips = [w for w in QApplication.topLevelWidgets()
            if w.metaObject().className() == "QTipLabel" and w.isVisible()]
    assert tips
    tip = tips[0]
    assert tip.width() >= tip.fontMetrics().horizontalAdvance(email)
    assert tip.height() < 2 * tip.fontMetrics().lineSpacing() + 20
    QToolTip.hideText()


def test_a_long_tooltip_wraps_at_a_readable_width_not_a_narrow_column(qtbot):
    words = "She wants a promotion and asked how to say so to her manager. " * 4
    document = QTextDocument()
    document.setHtml(plain_tooltip(words))  # as Qt reads a tooltip that looks like HTML
    lines = document.toPlainText().split("\n")
    assert len(lines) >= 2
    assert all(60 <= len(line) <= 100 for line in lines[:-1])
    assert " ".join(lines) == words.strip()


def test_a_long_email_address_has_room_in_the_clients_list(qtbot, window):
    """At 1280 wide the column was 260 pixels, and a work address was cut short."""
    email = "dana.whitfield-okafor@northwind.co.uk"
    clients.add(window.vault, clients.ClientDraft("Maya Okafor", email=email))
    window.resize(1280, 760)
    window.go_to("Clients")
    page = window.clients_page
    page.model.refresh()
    qtbot.waitUntil(page.table.isVisible)
    from ui.models.clients import COL_EMAIL

    room = page.table.horizontalHeader().sectionSize(COL_EMAIL)
    assert room >= page.table.fontMetrics().horizontalAdvance(email) + 16  # + cell padding
    name_room = page.table.horizontalHeader().sectionSize(COL_NAME)
    assert name_room >= page.table.fontMetrics().horizontalAdvance("Maya Okafor-Lindqvist")


def test_a_contact_row_keeps_a_phone_number_after_a_right_to_left_role(qtbot, window):
    """Digits after Arabic letters are read as part of them unless the role is isolated:
    the number jumped to the left of the role it follows."""
    sponsor = sponsors.add(window.vault, sponsors.SponsorDraft("Horizon"))
    role, phone = "مديرة الموارد البشرية", "+971 4 555 0101"
    sponsors.add_contact(window.vault, sponsor.id,
                         sponsors.ContactDraft("Layla Haddad", role=role, phone=phone))
    window.go_to("Sponsors")
    page = window.sponsors_page
    page.refresh()
    page.select(sponsor.id)
    model = page.contacts_model
    detail = model.data(model.index(0, 0), DetailRole)
    xs = _visual_x(detail)
    start = detail.index(phone)
    number = xs[start:start + len(phone)]
    assert number == sorted(number)  # read left to right, as written
    assert min(number) >= max(xs[:detail.index(role) + len(role)]) - 0.5  # after the role
    assert isolated("Acme Ltd") == "Acme Ltd"  # left-to-right pieces are left as they were
