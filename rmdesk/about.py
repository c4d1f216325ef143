"""What the About dialog says: rmdesk's version (the installed distribution's, from
pyproject.toml) and the third-party components it runs on, each with its version and
licence as their own package metadata states them."""

from __future__ import annotations

import importlib.metadata as metadata
import re
from collections.abc import Mapping

from rmdesk import __version__

# Besides rmdesk's own requirements: what runs under them and is bundled too.
ALSO_BUNDLED = ("shiboken6", "PySide6-Essentials", "PySide6-Addons", "Jinja2", "xstatic-leaflet",
                "xstatic-jquery", "pypinyin", "phonenumbers", "pyvroom")  # fmt: skip


def version() -> str:
    try:
        return metadata.version("rmdesk")
    except metadata.PackageNotFoundError:  # run from a source tree that was never installed
        return __version__


def _licence(meta: Mapping[str, object]) -> str:
    """The licence as the metadata says it: the SPDX expression, else the classifiers,
    else the first line of the licence field."""
    expression = meta.get("license_expression")
    if expression:
        return str(expression)
    classifiers = [str(c).split("::")[-1].strip() for c in _list(meta.get("classifier"))
                   if str(c).startswith("License ::")]  # fmt: skip
    if classifiers:
        return ", ".join(classifiers)
    text = str(meta.get("license") or "").strip().splitlines()
    return text[0][:60] if text else "see the package"


def _list(value: object) -> list[object]:
    return list(value) if isinstance(value, list) else []


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each third-party component, by name."""
    names: list[str] = []
    try:
        for requirement in metadata.requires("rmdesk") or []:
            if "extra ==" in requirement:
                continue
            match = re.match(r"[A-Za-z0-9_.\-]+", requirement)
            if match:
                names.append(match.group(0))
    except metadata.PackageNotFoundError:
        pass
    out: dict[str, tuple[str, str, str]] = {}
    for name in [*names, *ALSO_BUNDLED]:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        fields = dict(meta.json)
        shown = str(fields.get("name") or name)
        out[shown.lower()] = (shown, metadata.version(name), _licence(fields))
    return sorted(out.values(), key=lambda c: c[0].lower())
