"""The look: Fusion with a calm light palette and resources/style.qss."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def apply(app: QApplication) -> None:
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")  # once: replacing a live style can crash widgets holding it
    palette = QPalette()
    colours = {
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
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#A3ACA9"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText,
                     QColor("#A3ACA9"))
    app.setPalette(palette)
    app.setStyleSheet((RESOURCES / "style.qss").read_text(encoding="utf-8"))
