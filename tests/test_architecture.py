"""The rules of docs/ARCHITECTURE.md that a machine can check."""

from __future__ import annotations

import ast
import functools
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "rmdesk"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_only_ui_and_app_import_qt() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE)
        if relative.parts[0] == "ui" or relative == Path("app.py"):
            continue
        if any(m.split(".")[0] == "PySide6" for m in imported_modules(path)):
            offenders.append(str(relative))
    assert offenders == []


def test_domain_is_plain_python() -> None:
    allowed_third_party = {"phonenumbers", "lunar_python"}
    for path in (PACKAGE / "domain").rglob("*.py"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            assert top in {"rmdesk"} | allowed_third_party or top in sys.stdlib_module_names, (
                f"{path.name} imports {module}"
            )


def test_widgets_hold_no_sessions() -> None:
    for path in (PACKAGE / "ui").rglob("*.py"):
        modules = imported_modules(path)
        assert not any(m.startswith(("sqlalchemy", "rmdesk.store.models")) for m in modules), path


def test_no_translated_string_hides_inside_an_f_string() -> None:
    """lupdate cannot see tr() inside f-string braces; such a string is never translated."""
    hidden = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (
                        isinstance(inner, ast.Call)
                        and isinstance(inner.func, ast.Attribute)
                        and (inner.func.attr in ("tr", "translate"))
                    ):
                        hidden.append(f"{path.name}:{inner.lineno}")
    assert hidden == []


FIRST_SCREEN_PROBE = """
import sys
from PySide6.QtWidgets import QApplication
from rmdesk.app import run
from rmdesk.ui.book.book_page import BookPage

app = QApplication(["rmdesk"])
original = BookPage._on_rows_shown

def on_rows_shown(self, *args):
    if not getattr(self, "_probed", False):
        self._probed = True
        print("rows", self.model.rowCount(), "orm-loaded", "sqlalchemy" in sys.modules,
              flush=True)
        self.window().close()
    return original(self, *args)

BookPage._on_rows_shown = on_rows_shown
sys.exit(run(db=sys.argv[1], lang="en", settings=sys.argv[2]))
"""


def test_showing_the_book_needs_no_orm(demo_file: Path, tmp_path: Path) -> None:
    """Start-up shows the first screen before SQLAlchemy is imported (a quarter second)."""
    import shutil
    import subprocess
    import sys

    book = tmp_path / "book.sqlite"
    shutil.copy(demo_file, book)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_SCREEN_PROBE, str(book), str(tmp_path / "s.ini")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["rows", "200", "orm-loaded", "False"]


def test_every_imported_package_is_declared() -> None:
    """Whatever rmdesk imports from outside the standard library is a dependency in
    pyproject.toml (branca and jinja2 came along with folium, undeclared)."""
    import importlib.metadata
    import re

    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {
        re.split(r"[<>=!~\[ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")
        for requirement in project["project"]["dependencies"]
    }
    providers = importlib.metadata.packages_distributions()
    missing = set()
    for path in PACKAGE.rglob("*.py"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            if top in sys.stdlib_module_names or top in ("rmdesk", "__future__"):
                continue
            names = {d.lower().replace("_", "-") for d in providers.get(top, [top])}
            if not names & declared:
                missing.add(f"{top} ({', '.join(sorted(names))}) in {path.name}")
    assert not missing, sorted(missing)


def test_migrations_carry_their_own_code() -> None:
    """A migration imports no application code: changing that code must not be able to
    break an old book's upgrade (the book index is rebuilt by rmdesk.contacts.index)."""
    for path in (PACKAGE / "store" / "migrations" / "versions").glob("*.py"):
        for module in imported_modules(path):
            top = module.split(".")[0]
            assert top in {"alembic", "sqlalchemy", "__future__"} or (
                top in sys.stdlib_module_names
            ), f"{path.name} imports {module}"


# The layers, lowest first: a module imports from its own layer or from lower ones only
# (docs/ARCHITECTURE.md, "Layers").
LAYERS = (
    ("domain", "resources", "i18n", "about"),
    ("store",),
    ("contacts",),
    ("planning",),
    ("dossier", "mapping", "activity"),
    ("agenda", "keeping", "demo", "exchange"),
    ("labels", "documents", "error_texts"),
    ("services",),
    ("ui",),
    ("app", "selftest"),
    ("cli", "__main__"),
)


def _layer(module: str) -> int:
    part = module.split(".")[1] if module.startswith("rmdesk.") else module
    return next(n for n, names in enumerate(LAYERS) if part in names)


def _runtime_imports(path: Path) -> set[str]:
    """The rmdesk modules a file imports when it runs (not those only for type checks)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            typing_only.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("rmdesk"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("rmdesk"))
    return found


def _module_of(path: Path) -> str:
    relative = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(relative.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@functools.cache
def _sources() -> dict[str, Path]:
    return {
        _module_of(p): p
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.relative_to(PACKAGE).parts
    }


def test_no_module_imports_from_a_higher_layer() -> None:
    upward = []
    for module, path in _sources().items():
        if module == "rmdesk":
            continue
        for target in _runtime_imports(path):
            if target != "rmdesk" and _layer(target) > _layer(module):
                upward.append(f"{module} -> {target}")
    assert upward == []


def test_no_import_circles() -> None:
    sources = _sources()
    graph = {
        module: {t for t in _runtime_imports(path) if t in sources and t != module}
        for module, path in sources.items()
    }
    circles = []
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph[module]):
            if state.get(target) == 1:
                circles.append(" -> ".join([*path[path.index(target) :], target]))
            elif target not in state:
                visit(target, [*path, target])
        state[module] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert circles == []


def _store_taking(module: str, name: str) -> bool:
    """Whether `module.name` is a function (or a class to build) that takes the store:
    a piece of the database layer, which windows reach only through the services."""
    sources = _sources()
    path = sources.get(module)
    if path is None:
        return False
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ClassDef) and node.name == name:
            init = next(
                (n for n in node.body if isinstance(n, ast.FunctionDef) and n.name == "__init__"),
                None,
            )
            args = init.args.args[1:2] if init is not None else []
        elif isinstance(node, ast.FunctionDef) and node.name == name:
            args = node.args.args[:1]
        else:
            continue
        return any(a.annotation is not None and ast.unparse(a.annotation) == "Store" for a in args)
    return False


def test_windows_never_touch_the_database_layer() -> None:
    """Windows call the services: they import nothing from rmdesk.store, and no function
    or class of a lower layer that takes the store (ContactBook, briefing_for ...)."""
    offenders = []
    for path in (PACKAGE / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [(a.name, "") for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [(node.module, a.name) for a in node.names]
            else:
                continue
            for module, name in modules:
                if module.startswith("rmdesk.store") or (
                    name
                    and not module.startswith("rmdesk.services")
                    and _store_taking(module, name)
                ):
                    offenders.append(f"{path.relative_to(PACKAGE)}: {module}.{name}")
    assert offenders == []


def test_the_check_for_database_imports_sees_them() -> None:
    assert _store_taking("rmdesk.contacts.book", "ContactBook")
    assert _store_taking("rmdesk.dossier.briefing", "briefing_for")
    assert not _store_taking("rmdesk.dossier.briefing", "build_briefing")


def test_no_module_is_over_600_lines() -> None:
    """A module that long holds more than one idea: split it along them."""
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert long == {}


def test_services_announce_changes_without_qt() -> None:
    """The application layer is plain Python: its events reach Qt only through the
    window's relay (ui/common/changes.py)."""
    for path in (PACKAGE / "services").rglob("*.py"):
        assert not any(m.startswith("PySide6") for m in imported_modules(path)), path


def test_the_qt_bindings_keep_their_references_to_none(qtbot) -> None:
    """PySide6 6.12.0 dropped a reference to None on each QTreeWidgetItem.setData and
    QTreeWidget.addTopLevelItem: Today's few thousand lines aborted the interpreter.
    pyproject.toml keeps that version out; this says so if one like it comes back."""
    import sys

    from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    lines = [QTreeWidgetItem(["x"]) for _ in range(2000)]
    before = sys.getrefcount(None)
    for n, line in enumerate(lines):
        line.setData(0, 256, n)
        tree.addTopLevelItem(line)
    assert sys.getrefcount(None) >= before - 100, "the bindings lose references to None"
