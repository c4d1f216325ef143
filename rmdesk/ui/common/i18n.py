"""Interface language: zh_CN or en, from the settings or the system locale.

Translations are kept as Qt `.ts` files in resources/i18n (English is the source
language). The `.qm` files Qt loads are build outputs: a bundle ships them beside the
`.ts`; otherwise they are compiled once with PySide6's lrelease into the user's cache.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from rmdesk import i18n as rmdesk_i18n
from rmdesk.resources import resource_dir

log = logging.getLogger(__name__)

LANGUAGES = ("zh_CN", "en")


def ts_file(lang: str) -> Path:
    return resource_dir() / "i18n" / f"rmdesk_{lang}.ts"


def lrelease_command() -> list[str]:
    exe = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).parent / exe
    if bundled.exists():
        return [str(bundled)]
    import shutil

    found = shutil.which("pyside6-lrelease")
    if found:
        return [found]
    raise FileNotFoundError("lrelease not found: install PySide6")


def compiled_qm(lang: str) -> Path:
    """The `.qm` for a language: shipped beside the `.ts`, or compiled once into the cache
    (OSError if that fails), named after the `.ts` file's size and time: a start that
    finds it reads nothing else and loads no more modules."""
    source = ts_file(lang)
    shipped = source.with_suffix(".qm")
    stat = source.stat()
    if shipped.exists() and shipped.stat().st_mtime >= stat.st_mtime:
        return shipped
    stamp = f"{stat.st_size:x}-{stat.st_mtime_ns:x}"
    target = Path(user_cache_dir("rmdesk", appauthor=False)) / "i18n" / f"rmdesk_{lang}-{stamp}.qm"
    if not target.exists():
        import subprocess

        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_suffix(f".{os.getpid()}.tmp")
        try:
            subprocess.run(
                [*lrelease_command(), "-silent", str(source), "-qm", str(partial)],
                check=True,
                capture_output=True,
            )
        except subprocess.CalledProcessError as exc:
            raise OSError(f"lrelease failed on {source.name}: {exc.stderr!r}") from exc
        os.replace(partial, target)
    return target


def system_language() -> str:
    for name in QLocale.system().uiLanguages():
        if name.lower().startswith("zh"):
            return "zh_CN"
    return "en"


def resolve_language(preference: str | None) -> str:
    """ "zh_CN" or "en": the preference if it names one, else the system's language."""
    return preference if preference in LANGUAGES else system_language()


class Translations:
    """The translators installed on the application; `use` switches language."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def use(self, lang: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = lang
        # Labels and documents (outside Qt) speak the same language through Qt's translator.
        rmdesk_i18n.use_language(lang)
        rmdesk_i18n.install(QCoreApplication.translate)
        ours = QTranslator(app)
        try:
            if ours.load(str(compiled_qm(lang))):
                app.installTranslator(ours)
                self._installed.append(ours)
        except OSError as exc:
            log.warning("cannot load the %s translation: %s", lang, exc)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_base = QTranslator(app)
        if lang != "en" and qt_base.load(f"qtbase_{lang}", qt_dir):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Chinese if lang == "zh_CN" else QLocale.Language.English,
                QLocale.Country.China if lang == "zh_CN" else QLocale.Country.UnitedStates,
            )
        )
