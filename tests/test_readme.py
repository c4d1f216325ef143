"""The README's commands are the ones CI runs and the ones that exist."""

from __future__ import annotations

from pathlib import Path

from rmdesk.cli import build_parser

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    command = ci[-1]
    assert "pytest" in command
    assert f"\n{command}\n" in readme


def test_readme_start_command_runs_the_app_entry_point() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install -e . && .venv/bin/rmdesk\n" in readme
    assert "--demo" in readme
    parser = build_parser()
    assert parser.parse_args(["--demo"]).demo is True
