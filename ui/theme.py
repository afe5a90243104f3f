"""The look: Fusion with a calm palette and resources/style.qss, light or dark.

The style sheet is written once, in the light colours; the dark theme swaps
each colour for its dark counterpart, so the two can never drift apart in
layout. "System" follows the desktop's colour scheme where Qt can read it.

Two things follow the desktop whatever the choice (for coaches who need them):
- its font size: the sheet's sizes are points for a 10.5 pt desktop font, and grow
  in proportion with a larger one (never shrink below the design);
- its high-contrast setting (Qt's contrast preference, which Qt 6.10+ reads from the
  desktop portal, or a GTK high-contrast theme in GTK_THEME): every colour becomes
  black or white by what it is for (words, fills, lines), on the light or dark side.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QWidget,
)

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
CHOICES = ("system", "light", "dark")
SETTING = "appearance/theme"

DARK = {
    "#FAFBFA": "#161B1A", "#FFFFFF": "#1E2523", "#F6F8F7": "#222A28", "#F4F6F5": "#232B29",
    "#F2F6F4": "#2A3330", "#EEF2F0": "#1A201F", "#E2EAE7": "#26302D", "#D3E6E0": "#2C4A42",
    "#CFE3DC": "#2C4A42", "#BFDCD3": "#2C4A42", "#F7F6F2": "#15191A", "#FFFEFB": "#1C2120",
    "#FCF2EA": "#3A2A20", "#FFF4D6": "#3A3320", "#F4F8F7": "#9AA5A2", "#DCE3E0": "#33403C",
    "#DDE3E1": "#2E3835", "#C5CFCB": "#44524E", "#E4E1D8": "#2E3633", "#B9CFC8": "#3F5A52",
    "#EFD2BC": "#5A4030", "#EAD9A6": "#5A4E2A", "#9DBDB5": "#2F4A43", "#1E2B28": "#DCE5E2",
    "#1A2A26": "#E8EFEC", "#143029": "#E8F3EF", "#23302C": "#D7E0DD", "#34423E": "#C3CECA",
    "#4A5753": "#AAB6B2", "#4D5A56": "#AAB6B2", "#65726E": "#8E9B97", "#A3ACA9": "#5E6966",
    "#7A3410": "#F0B892", "#5C4300": "#E8CF8A", "#2F6F62": "#4FA08E", "#285F54": "#5DB09D",
    "#8A9592": "#6F7B78", "#F3E8E8": "#3D2626", "#7A2E2E": "#F0AEAE", "#E6F0EC": "#213A33",
    "#1F5A4C": "#9FDCCB", "#FFF1D6": "#3D3320", "#6B4A00": "#EBCB83", "#ECEFEE": "#2A3230",
    "#44514D": "#B9C4C0", "#7A8683": "#7F8B88", "#55605D": "#55605D",
}

_dark = False
_high_contrast = False
# The application's style, held here: Qt owns it, but a Python subclass's wrapper can be
# collected, and then app.style() no longer looks like one of ours; setting a second style
# under live widgets crashes them.
_styles: dict[int, QStyle] = {}
DESIGN_POINTS = 10.5  # the desktop font size the sheet's point sizes are written for
_HEX = re.compile(r"#[0-9A-Fa-f]{6}\b")


def colour(light: str) -> str:
    """A colour of the light theme, as the current theme shows it."""
    if _high_contrast:
        return _ink_or_paper(light)
    return DARK.get(light.upper(), light) if _dark else light


def is_dark() -> bool:
    return _dark


def is_high_contrast() -> bool:
    return _high_contrast


def luminance(hex_colour: str) -> float:
    """WCAG's relative luminance of ``#RRGGBB``."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def _ink_or_paper(light: str) -> str:
    """High contrast: a light theme's dark colour becomes the ink, a light one the paper."""
    ink, paper = ("#FFFFFF", "#000000") if _dark else ("#000000", "#FFFFFF")
    return ink if luminance(light) < 0.3 else paper


def _high_contrast_sheet(sheet: str) -> str:
    """Each rule's colours by what they are for: words in ink (on a dark fill, or chosen,
    in paper), fills in paper (dark fills and chosen rows in ink), lines in ink; words
    that cannot be used now in a grey still 4.5:1 from the paper."""
    ink, paper = ("#FFFFFF", "#000000") if _dark else ("#000000", "#FFFFFF")
    grey = "#A6A6A6" if _dark else "#595959"

    def rule(match: re.Match[str]) -> str:
        selector, body = match.group(1), match.group(2)
        fill = re.search(r"background(?:-color)?\s*:\s*(#[0-9A-Fa-f]{6})", body)
        chosen = ":selected" in selector or (fill is not None
                                             and luminance(fill.group(1)) < 0.3)
        muted = ":disabled" in selector

        def prop(found: re.Match[str]) -> str:
            name, value = found.group(1), found.group(2)
            if name in ("color", "selection-color"):
                new = grey if muted else paper if chosen or name == "selection-color" else ink
                return f"{name}: {_HEX.sub(new, value)}"
            if name == "selection-background-color" or (chosen and "background" in name):
                return f"{name}: {_HEX.sub(ink, value)}"
            if "background" in name:
                return f"{name}: {_HEX.sub(lambda c: _ink_or_paper(c.group(0)), value)}"
            return f"{name}: {_HEX.sub(grey if muted else ink, value)}"  # lines

        return selector + "{" + re.sub(r"([\w-]+)\s*:\s*([^;{}]+)", prop, body) + "}"

    without_comments = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    return re.sub(r"([^{}]+)\{([^}]*)\}", rule, without_comments)


def system_wants_high_contrast() -> bool:
    """The desktop asks for high contrast: Qt's contrast preference (Qt 6.10 and later),
    or a GTK high-contrast theme named in GTK_THEME (GNOME's HighContrast, Adwaita-hc)."""
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", lambda: None)() if hints is not None else None
    preference = getattr(Qt, "ContrastPreference", None)
    if access is not None and preference is not None \
            and access.contrastPreference() == preference.HighContrast:
        return True
    gtk = os.environ.get("GTK_THEME", "").lower()
    return "highcontrast" in gtk.replace("-", "") or gtk.endswith(("-hc", ":hc"))


def scaled_to_the_desktop_font(sheet: str) -> str:
    """Every point size grown in proportion when the desktop's font is larger than the
    one the sheet was written for (a coach who set large text gets it here too)."""
    desktop = QGuiApplication.font().pointSizeF()
    scale = max(1.0, desktop / DESIGN_POINTS) if desktop > 0 else 1.0
    if scale == 1.0:
        return sheet
    return re.sub(r"(\d+(?:\.\d+)?)pt\b",
                  lambda m: f"{round(float(m.group(1)) * scale, 1):g}pt", sheet)


def chosen() -> str:
    value = QSettings().value(SETTING, "system")
    return value if value in CHOICES else "system"


def _system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str | None = None) -> None:
    """Apply ``choice`` (or the saved one): light, dark, or whatever the system shows."""
    global _dark, _high_contrast
    choice = choice or chosen()
    _dark = choice == "dark" or (choice == "system" and _system_is_dark())
    _high_contrast = system_wants_high_contrast()
    if id(app) not in _styles:  # once per application: replacing a live style crashes widgets
        _styles[id(app)] = FocusRings("Fusion")
        app.setStyle(_styles[id(app)])
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#FAFBFA",
        QPalette.ColorRole.WindowText: "#1E2B28",
        QPalette.ColorRole.Base: "#FFFFFF",
        QPalette.ColorRole.AlternateBase: "#F6F8F7",
        QPalette.ColorRole.Text: "#1E2B28",
        QPalette.ColorRole.Button: "#FFFFFF",
        QPalette.ColorRole.ButtonText: "#1E2B28",
        QPalette.ColorRole.Highlight: "#2F6F62",
        QPalette.ColorRole.HighlightedText: "#FFFFFF",
        QPalette.ColorRole.ToolTipBase: "#FFFFFF",
        QPalette.ColorRole.ToolTipText: "#1E2B28",
        QPalette.ColorRole.PlaceholderText: "#65726E",  # 5:1 on a field: words to read
        QPalette.ColorRole.Link: "#2F6F62",
    }
    for role, light in roles.items():
        # A chosen row keeps the light theme's deep teal in the dark one too: white words
        # on the dark theme's brighter teal were hard to read (3.1:1; this is 5.9:1).
        keep = role in (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)
        value = light if keep and not _high_contrast else colour(light)
        palette.setColor(role, QColor(value))
    disabled = colour("#A3ACA9")
    if _high_contrast:  # words to read, or words that cannot be used now: a clear grey
        disabled = "#A6A6A6" if _dark else "#595959"
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(disabled))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    app.setPalette(palette)
    app.setStyleSheet(style_sheet())
    _follow_the_desktop(app)


_following: list[QApplication] = []


def _follow_the_desktop(app: QApplication) -> None:
    """Once: a change of the desktop's contrast setting applies at once, as it is."""
    hints = QGuiApplication.styleHints()
    access = getattr(hints, "accessibility", lambda: None)() if hints is not None else None
    if access is None or app in _following:
        return
    _following.append(app)
    access.contrastPreferenceChanged.connect(lambda *_: apply(app))


def style_sheet() -> str:
    """resources/style.qss as the current theme, contrast and desktop font show it."""
    sheet = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    # Images the sheet names by file, wherever CoachDesk is installed (or bundled).
    sheet = sheet.replace("url(resources:", f"url({RESOURCES.as_posix()}/")
    if _high_contrast:
        sheet = _high_contrast_sheet(sheet)
    elif _dark:
        for light, dark in DARK.items():
            sheet = sheet.replace(light, dark).replace(light.lower(), dark)
    return scaled_to_the_desktop_font(sheet)


class FocusRings(QProxyStyle):
    """Fusion, with a clear 2 px ring in the focus colour round a focused choice
    (combo box), number field (spin box, date) or tab: Fusion's own is a faint line
    there, and the style sheet cannot frame them without redrawing them whole."""

    RINGED = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)

    def drawComplexControl(self, control: QStyle.ComplexControl,
                           option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in self.RINGED and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, QRectF(option.rect))

    def drawControl(self, element: QStyle.ControlElement, option: QStyleOption,
                    painter: QPainter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_TabBarTab \
                and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(painter, QRectF(option.rect))  # the chosen tab, while the tabs have focus


def _ring(painter: QPainter, rect: QRectF) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(colour("#2F6F62")), 2))  # the sheet's focus colour
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3)
    painter.restore()


def choose(app: QApplication, choice: str) -> None:
    """The coach picked a theme in Settings: remember it and apply it now."""
    QSettings().setValue(SETTING, choice)
    apply(app, choice)
