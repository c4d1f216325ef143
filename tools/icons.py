"""Draw the application icon's sizes from resources/icon/rmdesk.svg (run after changing
the SVG; the PNGs and the .ico are committed, for the installers).

    QT_QPA_PLATFORM=offscreen python tools/icons.py
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICON = Path(__file__).resolve().parent.parent / "resources" / "icon"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> None:
    QGuiApplication([])
    svg = QSvgRenderer(str(ICON / "rmdesk.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        svg.render(painter, QRectF(0, 0, size, size))
        painter.end()
        image.save(str(ICON / f"rmdesk-{size}.png"))
    # Windows: one .ico holding the sizes its shell asks for (Qt writes a single image;
    # 256 px stands for all, as Windows scales it down).
    QImage(str(ICON / "rmdesk-256.png")).save(str(ICON / "rmdesk.ico"))


if __name__ == "__main__":
    main()
