"""`rmdesk --self-test`: passes headless on a good installation, and fails (non-zero,
naming the check) when a map asset or a migration is missing."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

from rmdesk.selftest import run


def test_the_self_test_passes_from_the_command_line() -> None:
    # Headless as a server or CI is: no display, and nobody chose a Qt platform.
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "rmdesk", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stdout + done.stderr
    assert [line.split()[0] for line in lines[:7]] == ["ok"] * 7
    assert [line[6:19].strip() for line in lines[:7]] == [
        "migrations", "demo book", "map page", "chinese font", "ics export", "briefing pdf",
        "encryption",
    ]  # fmt: skip
    assert lines[-1] == "self-test passed"


def test_a_missing_map_asset_fails_the_map_check(qapp, monkeypatch, tmp_path: Path) -> None:
    import rmdesk.mapping.page as page

    real = page.asset_links

    def without_our_script():  # type: ignore[no-untyped-def]
        scripts, styles = real()
        gone = (tmp_path / "rmdesk-map.js").as_uri()
        return [(n, gone if n == "rmdesk" else u) for n, u in scripts], styles

    monkeypatch.setattr(page, "asset_links", without_our_script)
    out = io.StringIO()
    assert run(out) == 1
    said = out.getvalue().splitlines()
    assert said[2].startswith("FAIL  map page") and "rmdesk-map.js" in said[2]
    assert said[0].startswith("ok    migrations") and said[4].startswith("ok    ics export")
    assert said[-1] == "self-test FAILED: 1 check(s)"


def test_a_missing_migration_fails_the_migrations_check(qapp, monkeypatch, tmp_path: Path) -> None:
    import rmdesk.store.migrate as migrate

    copy = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS, copy)
    (copy / "versions" / "0013_activity.py").unlink()
    monkeypatch.setattr(migrate, "MIGRATIONS", copy)
    out = io.StringIO()
    assert run(out) == 1
    said = out.getvalue().splitlines()
    assert said[0].startswith("FAIL  migrations")
    assert said[1].startswith("FAIL  demo book") and "not run" in said[1], said
    assert said[-1].startswith("self-test FAILED")


def test_about_names_the_version_and_the_components_licences(qtbot) -> None:
    import tomllib

    from rmdesk.about import components, version
    from rmdesk.ui.about_dialog import AboutDialog

    project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text("utf-8"))
    assert version() == project["project"]["version"]
    found = {name.lower(): licence for name, _v, licence in components()}
    assert "lgpl" in found["pyside6"].lower() and "mit" in found["sqlalchemy"].lower()
    assert {"folium", "icalendar", "openpyxl"} <= set(found) or {"folium", "icalendar"} <= set(
        found
    )
    dialog = AboutDialog("/tmp/book.sqlite")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(components())


def test_the_installer_recipes_reference_only_paths_that_exist() -> None:
    import re

    root = Path(__file__).parent.parent
    recipes = [
        "installer/rmdesk.spec",
        "installer/build-linux.sh",
        "installer/linux/install.sh",
        "installer/windows/build-windows.ps1",
        "installer/windows/rmdesk.iss",
        "installer/macos/build-macos.sh",
    ]
    pattern = re.compile(r"(?:installer|resources)[/\\][\w./\\-]*")
    referenced = set()
    for recipe in recipes:
        text = (root / recipe).read_text("utf-8")
        # Repository paths as the recipes write them (with / or \), globs aside.
        for found in pattern.findall(text):
            path = found.replace("\\", "/").rstrip(".,)")
            if "*" not in path and path not in ("installer", "resources", "installer/"):
                referenced.add(path.rstrip("/"))
    missing = sorted(p for p in referenced if not (root / p).exists())
    assert not missing, missing
    expected = {
        "installer/rmdesk.spec",
        "resources/icon/rmdesk.ico",
        "installer/windows/rmdesk.iss",
        "installer/linux/rmdesk.desktop",
        "resources/i18n",
    }
    assert expected <= referenced, expected - referenced


def test_a_bundled_chinese_font_is_loaded_only_when_the_system_has_none(
    qapp, monkeypatch, tmp_path: Path
) -> None:
    """The Linux bundle carries a Chinese font for machines without one (its build
    copies the system's); rmdesk loads it only there, and the self-test names it."""
    from rmdesk.ui import fonts

    system_font = subprocess.run(
        ["fc-match", "-f", "%{file}", "sans-serif:lang=zh-cn"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    bundled = tmp_path / "fonts"
    bundled.mkdir()
    shutil.copy(system_font, bundled)
    assert fonts.load_bundled_fonts(bundled) == [], "the system has one: nothing loaded"
    monkeypatch.setattr(fonts, "has_chinese_font", lambda: False)
    added = fonts.load_bundled_fonts(bundled)
    assert added and "WenQuanYi" in " ".join(added)
    assert fonts.load_bundled_fonts(tmp_path / "no-such-folder") == []
