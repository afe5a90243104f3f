"""The look, for coaches who need more of it: words readable against what they sit on
(WCAG AA, 4.5:1) in the light and dark themes and in high contrast; the desktop's font
size respected (no pixel font sizes; sizes grow with a larger desktop font); focus never
hidden by the style sheet. Colours are read from the sheet and palette the app applies.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QFont, QPalette

from ui import theme

AA = 4.5
RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def contrast(a: str, b: str) -> float:
    light, dark = sorted((theme.luminance(a), theme.luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """Each selector of the sheet and its properties (later rules add to earlier ones)."""
    found: dict[str, dict[str, str]] = {}
    for selectors, body in RULE.findall(re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)):
        props = {name.strip(): value.strip() for name, value in
                 re.findall(r"([\w-]+)\s*:\s*([^;]+)", body)}
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def _plain(selector: str) -> str:
    """The selector without its states, sub-controls and properties (the rule it refines)."""
    return re.sub(r"(::?[\w-]+|\[[^\]]*\])+$", "", selector)


def _looked_up(sheet: dict[str, dict[str, str]], selector: str, prop: str) -> str | None:
    """A colour the selector sets, or the rule it refines, or (for a background) the
    widget it sits in."""
    tried = selector
    while tried:
        for name in (tried, _plain(tried)):
            value = sheet.get(name, {}).get(prop) or (
                sheet.get(name, {}).get("background") if prop == "background-color" else None)
            if value and (found := HEX.search(value)) and "gradient" not in value:
                return found.group(0).upper()
        if prop == "color" or " " not in tried:
            return None
        tried = tried.rsplit(" ", 1)[0]  # #backupWarning QLabel: on #backupWarning
    return None


def low_contrast(sheet_text: str) -> list[str]:
    sheet = rules(sheet_text)
    words = _looked_up(sheet, "QWidget", "color")
    surfaces = {_looked_up(sheet, s, "background-color") for s in
                ("QMainWindow", "QTableView", "#reviewScreen", "#reviewCard", "#card",
                 "#sessionEditor")} - {None}
    assert words and surfaces, (words, surfaces)
    wrong = []
    for selector, props in sheet.items():
        if ":disabled" in selector or "::indicator" in selector:
            continue  # WCAG 1.4.3 asks nothing of a control that cannot be used now; a
            # check box's box holds no words
        if "color" not in props and "background" not in props \
                and "background-color" not in props:
            continue
        text = _looked_up(sheet, selector, "color") or words
        fill = _looked_up(sheet, selector, "background-color")
        for under in [fill] if fill else sorted(surfaces):
            if (ratio := contrast(text, under)) < AA:
                wrong.append(f"{selector}: {text} on {under} is {ratio:.2f}:1")
        chosen = props.get("selection-color"), props.get("selection-background-color")
        if all(chosen) and (ratio := contrast(*chosen)) < AA:
            wrong.append(f"{selector} (chosen text): {chosen} is {ratio:.2f}:1")
    return wrong


def palette_low_contrast(palette: QPalette) -> list[str]:
    role = QPalette.ColorRole
    pairs = [(role.Text, role.Base), (role.WindowText, role.Window),
             (role.ButtonText, role.Button), (role.HighlightedText, role.Highlight),
             (role.ToolTipText, role.ToolTipBase), (role.PlaceholderText, role.Base),
             (role.Link, role.Base), (role.Text, role.AlternateBase)]
    wrong = []
    for fore, back in pairs:
        a, b = palette.color(fore).name(), palette.color(back).name()
        if (ratio := contrast(a, b)) < AA:
            wrong.append(f"palette {fore.name} {a} on {back.name} {b}: {ratio:.2f}:1")
    return wrong


@pytest.fixture
def restore_theme(qapp):
    yield
    theme.apply(qapp)


@pytest.mark.parametrize("choice", ["light", "dark"])
@pytest.mark.parametrize("high_contrast", [False, True], ids=["", "high-contrast"])
def test_every_word_reads_at_wcag_aa_against_what_it_sits_on(qapp, restore_theme,
                                                             monkeypatch, choice, high_contrast):
    monkeypatch.setenv("GTK_THEME", "HighContrast" if high_contrast else "Adwaita")
    theme.apply(qapp, choice)
    assert theme.is_high_contrast() is high_contrast
    assert theme.is_dark() is (choice == "dark")
    problems = low_contrast(qapp.styleSheet()) + palette_low_contrast(qapp.palette())
    assert not problems, "\n".join(problems)


def test_the_contrast_check_catches_faint_words():
    faint = "QWidget { color: #999999; } QMainWindow { background: #FFFFFF; } " \
            "QTableView { background: #FFFFFF; } #reviewScreen { background: #F7F6F2; } " \
            "#reviewCard { background: #FFFEFB; } #card { background: #FFFFFF; } " \
            "#note { color: #1E2B28; background: #2F6F62; }"
    found = low_contrast(faint)
    assert any(line.startswith("QWidget:") for line in found)
    assert any(line.startswith("#note:") for line in found)


def test_high_contrast_is_black_on_white_with_visible_choices(qapp, restore_theme, monkeypatch):
    monkeypatch.setenv("GTK_THEME", "Adwaita:hc")
    theme.apply(qapp, "light")
    sheet = rules(qapp.styleSheet())
    assert _looked_up(sheet, "QWidget", "color") == "#000000"
    assert _looked_up(sheet, "QMainWindow", "background-color") == "#FFFFFF"
    assert _looked_up(sheet, "QPushButton#primary", "background-color") == "#000000"
    assert _looked_up(sheet, "QPushButton#primary", "color") == "#FFFFFF"
    assert _looked_up(sheet, "#sidebar::item:selected", "background-color") == "#000000"
    assert qapp.palette().color(QPalette.ColorRole.Highlight).name() == "#000000"


def test_the_style_sheet_sets_no_pixel_font_sizes():
    sheet = (theme.RESOURCES / "style.qss").read_text(encoding="utf-8")
    sizes = re.findall(r"font(?:-size)?\s*:[^;}]*", sheet)
    assert sizes, "the sheet sets its font sizes"
    assert not [s for s in sizes if re.search(r"\d\s*px", s)], sizes
    assert all(re.search(r"\d(?:\.\d+)?\s*pt", s) for s in sizes if re.search(r"\d", s)), sizes


def test_a_larger_desktop_font_grows_every_size(qapp, restore_theme):
    before = qapp.font()
    try:
        theme.apply(qapp, "light")
        design = rules(qapp.styleSheet())
        large = QFont(before)
        large.setPointSizeF(21.0)  # twice the design's 10.5 pt
        qapp.setFont(large)
        theme.apply(qapp, "light")
        grown = rules(qapp.styleSheet())
    finally:
        qapp.setFont(before)
    assert grown["QWidget"]["font-size"] == "21pt"
    assert design["#pageHeading"]["font-size"] == "19pt"
    assert grown["#pageHeading"]["font-size"] == "38pt"


def test_focus_is_never_hidden_by_the_style_sheet():
    """Where the sheet turns Qt's focus outline off, or styles a control's focus, a
    border at least 2 px wide in a colour 3:1 from the page shows it instead."""
    sheet = rules((theme.RESOURCES / "style.qss").read_text(encoding="utf-8"))
    page = _looked_up(sheet, "QMainWindow", "background-color")
    assert page
    hidden = [s for s, props in sheet.items() if re.match(r"(none|0)\b", props.get("outline", "x"))]
    assert hidden == ["#sidebar"]  # its chosen row and a border show where focus is
    focus_rules = {s: p for s, p in sheet.items() if s.endswith(":focus")}
    for plain in ["QPushButton", "QLineEdit", "QTableView", "QListView", *hidden]:
        assert f"{plain}:focus" in focus_rules, f"no focus style for {plain}"
    weak = []
    for selector, props in focus_rules.items():
        border = " ".join(v for k, v in props.items() if k.startswith("border"))
        if "underline" in props.get("text-decoration", ""):
            continue  # a check box or radio button: its words underlined
        # A width the rule keeps from the plain state (a transparent border made room).
        kept = " ".join(v for k, v in sheet.get(selector.removesuffix(":focus"), {}).items()
                        if k.startswith("border"))
        width = re.search(r"(\d+)px", border) or re.search(r"(\d+)px", kept)
        colour = HEX.search(border)
        if not (width and colour) or int(width.group(1)) < 2 or contrast(
                colour.group(0), page) < 3:
            weak.append(f"{selector}: {border or props}")
    assert not weak, "focus hard to see:\n" + "\n".join(weak)



def _ring_pixels(qapp, focused: bool) -> list[str]:
    """A combo box drawn by the app's style, focused or not: the colours along its edge."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

    box = QComboBox()
    box.addItem("Follow the system")
    box.resize(240, 30)
    option = QStyleOptionComboBox()
    option.initFrom(box)
    option.rect = box.rect()
    option.currentText = box.currentText()
    option.editable = False
    option.state |= QStyle.StateFlag.State_Enabled
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    else:
        option.state &= ~QStyle.StateFlag.State_HasFocus
    image = QImage(240, 30, QImage.Format.Format_ARGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    qapp.style().drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option, painter, box)
    painter.end()
    return [image.pixelColor(x, 1).name() for x in range(20, 200, 20)]


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_a_focused_choice_shows_a_ring_in_the_focus_colour(qapp, restore_theme, choice):
    theme.apply(qapp, choice)
    focus = theme.colour("#2F6F62").lower()
    plain = _ring_pixels(qapp, focused=False)
    assert all(contrast(p, focus) >= 1.3 for p in plain), plain  # no ring without focus
    ringed = _ring_pixels(qapp, focused=True)
    assert sum(contrast(p, focus) < 1.3 for p in ringed) >= len(ringed) - 1, ringed


def test_a_change_of_theme_keeps_the_one_style_under_live_widgets(qapp, restore_theme):
    """Switching light and dark must not set a second style under the open window (Qt
    crashes live widgets then); it did once the Python wrapper of the style was collected."""
    import gc

    from PySide6.QtWidgets import QLabel
    from shiboken6 import getCppPointer

    theme.apply(qapp, "light")
    first = getCppPointer(qapp.style())[0]
    alive = QLabel("still here")
    alive.show()
    gc.collect()
    theme.apply(qapp, "dark")
    assert getCppPointer(qapp.style())[0] == first
    alive.close()
