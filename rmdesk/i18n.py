"""Translations for code outside Qt: labels, documents (the briefing and the day sheet),
the command line.

There is one source of translations, the `.ts` files in resources/i18n (English is the
source language). The window installs Qt's translator here (`install`), so labels and
documents speak the language its menus speak; without Qt (the command line, a PDF
written by a script) the `.ts` file of the chosen language is read directly.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable

from rmdesk.resources import resource_dir

LANGUAGES = ("zh_CN", "en")
Translate = Callable[[str, str, "str | None", int], str]

_lock = threading.Lock()
_installed: Translate | None = None
_language = "en"
_generation = 0  # changes whenever translations may have changed


def install(translate_function: Translate | None) -> None:
    """Use this function (Qt's) for every translation; None goes back to the .ts files."""
    global _installed, _generation
    with _lock:
        _installed = translate_function
        _generation += 1


def use_language(lang: str) -> None:
    """The language read from the .ts files when no translator is installed."""
    global _language, _generation
    _language = lang if lang in LANGUAGES else "en"
    _generation += 1


def generation() -> int:
    """A number that changes when the language or the translator does: what caches of
    translated text compare with."""
    return _generation


def language() -> str:
    return _language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the current language (with %n replaced by n, in its plural form)."""
    installed = _installed
    if installed is not None:
        return installed(context, source, disambiguation, n)
    forms = _catalogue(_language).get((context, source, disambiguation or ""))
    if not forms:
        forms = (source,)
    text = forms[_plural_index(_language, n, len(forms))]
    return text.replace("%n", str(n)) if n >= 0 else text


def _plural_index(lang: str, n: int, count: int) -> int:
    if count == 1 or n < 0:
        return 0
    return 0 if n == 1 else min(1, count - 1)  # English: one, many; Chinese has one form


@functools.cache
def _catalogue(lang: str) -> dict[tuple[str, str, str], tuple[str, ...]]:
    from xml.etree import ElementTree  # only without Qt's translator: not at start

    path = resource_dir() / "i18n" / f"rmdesk_{lang}.ts"
    found: dict[tuple[str, str, str], tuple[str, ...]] = {}
    if not path.exists():
        return found
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = tuple(f.text or "" for f in translation.findall("numerusform")) or (
                translation.text or "",
            )
            if any(forms):
                found[(name, source, comment)] = forms
    return found
