"""Chinese text needs a Chinese font: without one every name is a row of empty boxes.

Checked once at start; the warning is written in English as well, since the Chinese
half of it would not render either.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase


def has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def load_bundled_fonts(folder: Path | None = None) -> list[str]:
    """A Linux bundle carries a Chinese font (rmdesk/_fonts, put there by its build) for
    machines that have none; loaded only then. The families it added."""
    if folder is None:
        import rmdesk

        folder = Path(rmdesk.__file__).parent / "_fonts"
    if has_chinese_font() or not folder.is_dir():
        return []
    added: list[str] = []
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() in (".ttf", ".ttc", ".otf"):
            font = QFontDatabase.addApplicationFont(str(path))
            if font >= 0:
                added += QFontDatabase.applicationFontFamilies(font)
    return added


def install_hint() -> str:
    """What to install on this system (Windows and macOS ship Chinese fonts)."""
    if sys.platform.startswith("linux"):
        return (
            "sudo apt install fonts-noto-cjk (Debian, Ubuntu), "
            "sudo dnf install google-noto-sans-cjk-fonts (Fedora)"
        )
    return "the system's Chinese (Simplified) language support"


def missing_font_warning() -> str | None:
    """The warning to show when no Chinese font is installed (nor bundled), else None."""
    load_bundled_fonts()
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


def check_chinese_font() -> tuple[str, str]:
    """For the self-test: (the Chinese font Qt will use, '') or ('', what is wrong)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        QApplication(["rmdesk"])
    bundled = load_bundled_fonts()
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        return "", f"no Chinese font: install one ({install_hint()})"
    return (bundled or families)[0] + (" (bundled)" if bundled else ""), ""
