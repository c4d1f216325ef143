"""Chinese text needs a Chinese font: without one every name is a row of empty boxes.

Checked once at start; the warning is written in English as well, since the Chinese
half of it would not render either.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def install_hint() -> str:
    """What to install on this system (Windows and macOS ship Chinese fonts)."""
    if sys.platform.startswith("linux"):
        return (
            "sudo apt install fonts-noto-cjk (Debian, Ubuntu), "
            "sudo dnf install google-noto-sans-cjk-fonts (Fedora)"
        )
    return "the system's Chinese (Simplified) language support"


def missing_font_warning() -> str | None:
    """The warning to show when no Chinese font is installed, else None."""
    if has_chinese_font():
        return None
    hint = install_hint()
    english = (
        "No Chinese font is installed: Chinese names and labels will show as empty boxes. "
        f"Install one ({hint}) and start rmdesk again."
    )
    translated = QCoreApplication.translate(
        "Fonts",
        "No Chinese font is installed: Chinese names and labels will show as empty boxes. "
        "Install one ({0}) and start rmdesk again.",
    ).format(hint)
    return english if translated == english else f"{english}\n\n{translated}"
