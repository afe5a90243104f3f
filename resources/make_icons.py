"""Draws CoachDesk's icon with Qt and writes the PNG, ICO (Windows) and ICNS (macOS) files.

Run once after changing the drawing: ``python resources/make_icons.py``. The
files it writes are committed; the build only reads them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath

HERE = Path(__file__).resolve().parent


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = size * 0.06
    body = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    path = QPainterPath()
    path.addRoundedRect(body, size * 0.22, size * 0.22)
    painter.fillPath(path, QColor("#2F6F62"))
    # A speech bubble: two people talking, one listening.
    bubble = QRectF(size * 0.22, size * 0.24, size * 0.56, size * 0.40)
    paper = QColor("#FFFEFB")
    rounded = QPainterPath()
    rounded.addRoundedRect(bubble, size * 0.12, size * 0.12)
    painter.fillPath(rounded, paper)
    tail = QPainterPath()
    tail.moveTo(size * 0.34, size * 0.58)  # starts inside the bubble: no seam
    tail.lineTo(size * 0.29, size * 0.77)
    tail.lineTo(size * 0.50, size * 0.58)
    tail.closeSubpath()
    painter.fillPath(tail, paper)
    font = QFont("DejaVu Sans", 1)
    font.setPixelSize(int(size * 0.30))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2F6F62"))
    painter.drawText(bubble, Qt.AlignmentFlag.AlignCenter, "C")
    painter.end()
    return image


def main() -> None:
    QGuiApplication(sys.argv[:1])
    draw(512).save(str(HERE / "coachdesk.png"))
    draw(256).save(str(HERE / "coachdesk.ico"))
    draw(512).save(str(HERE / "coachdesk.icns"))


if __name__ == "__main__":
    main()
