"""The look: Fusion with a calm palette and resources/style.qss, light or dark.

The style sheet is written once, in the light colours; the dark theme swaps
each colour for its dark counterpart, so the two can never drift apart in
layout. "System" follows the desktop's colour scheme where Qt can read it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

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
    "#7A3410": "#F0B892", "#5C4300": "#E8CF8A", "#2F6F62": "#4FA08E", "#285F54": "#3F8A7A",
    "#8A9592": "#6F7B78", "#F3E8E8": "#3D2626", "#7A2E2E": "#F0AEAE", "#E6F0EC": "#213A33",
    "#1F5A4C": "#9FDCCB", "#FFF1D6": "#3D3320", "#6B4A00": "#EBCB83", "#ECEFEE": "#2A3230",
    "#44514D": "#B9C4C0", "#7A8683": "#7F8B88", "#55605D": "#55605D",
}

_dark = False


def colour(light: str) -> str:
    """A colour of the light theme, as the current theme shows it."""
    return DARK.get(light.upper(), light) if _dark else light


def is_dark() -> bool:
    return _dark


def chosen() -> str:
    value = QSettings().value(SETTING, "system")
    return value if value in CHOICES else "system"


def _system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def apply(app: QApplication, choice: str | None = None) -> None:
    """Apply ``choice`` (or the saved one): light, dark, or whatever the system shows."""
    global _dark
    choice = choice or chosen()
    _dark = choice == "dark" or (choice == "system" and _system_is_dark())
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # once: replacing a live style can crash widgets holding it
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
        QPalette.ColorRole.PlaceholderText: "#8A9592",
        QPalette.ColorRole.Link: "#2F6F62",
    }
    for role, light in roles.items():
        # A chosen row keeps the light theme's deep teal in the dark one too: white words
        # on the dark theme's brighter teal were hard to read (3.1:1; this is 5.9:1).
        keep = role in (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)
        value = light if keep else colour(light)
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                 QPalette.ColorRole.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour("#A3ACA9")))
    app.setPalette(palette)
    sheet = (RESOURCES / "style.qss").read_text(encoding="utf-8")
    # Images the sheet names by file, wherever CoachDesk is installed (or bundled).
    sheet = sheet.replace("url(resources:", f"url({RESOURCES.as_posix()}/")
    if _dark:
        for light, dark in DARK.items():
            sheet = sheet.replace(light, dark).replace(light.lower(), dark)
    app.setStyleSheet(sheet)


def choose(app: QApplication, choice: str) -> None:
    """The coach picked a theme in Settings: remember it and apply it now."""
    QSettings().setValue(SETTING, choice)
    apply(app, choice)
