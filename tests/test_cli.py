"""The command line: demo book, contacts list, --db everywhere, errors on one line."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from rmdesk.cli import main
from rmdesk.demo.taizhou import DISTRICTS
from rmdesk.domain.phones import normalize_phone


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rmdesk", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


def listing(db: Path, *args: str) -> list[dict]:
    done = run_cli("contacts", "list", "--db", str(db), "--json", *args)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_demo_is_deterministic_and_realistic(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "c.sqlite"
    assert run_cli("demo", "--db", str(a), "--clients", "150", "--seed", "5").returncode == 0
    assert run_cli("--db", str(b), "demo", "--clients", "150", "--seed", "5").returncode == 0
    assert run_cli("demo", "--db", str(c), "--clients", "150", "--seed", "6").returncode == 0
    first, second, other = listing(a), listing(b), listing(c)
    assert first == second
    assert first != other
    assert len(first) == 150
    districts = {p["district"] for p in first}
    assert districts <= set(DISTRICTS) and len(districts) >= 5
    assert all(normalize_phone(ph["number"]) == ph["number"] for p in first for ph in p["phones"])
    assert sum(1 for p in first if p["ties"] or p["bonds"]) > 100
    assert any(p["introduced_by"] for p in first)
    lunar = [p for p in first if p["birthday"] and p["birthday"]["calendar"] == "lunar"]
    assert lunar and all(
        set(p["birthday"]) == {"calendar", "year", "month", "day", "leap"} for p in lunar
    )


def test_demo_refuses_a_book_with_data(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert run_cli("demo", "--db", str(db), "--clients", "20").returncode == 0
    again = run_cli("demo", "--db", str(db), "--clients", "20")
    assert again.returncode == 1
    assert "already holds 20 contacts" in again.stderr
    assert len(listing(db)) == 20


def test_list_filters_and_json_shape(demo_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, db)
    everyone = listing(db)
    classmates = listing(db, "--tie", "同学")
    assert classmates and len(classmates) < len(everyone)
    assert all(any(t["kind"] == "classmate" for t in p["ties"]) for p in classmates)
    assert listing(db, "--tie", "classmate") == classmates
    kin = listing(db, "--bond", "亲缘")
    assert kin and all(any(b["name"] == "亲缘" for b in p["bonds"]) for p in kin)
    both = listing(db, "--tie", "同学", "--bond", "亲缘")
    assert {p["id"] for p in both} == {p["id"] for p in classmates} & {p["id"] for p in kin}
    person = everyone[0]
    for key in ("id", "name", "phones", "ties", "bonds", "district", "birthday"):
        assert key in person
    wangs = {p["id"] for p in everyone if p["name"][0] in "王汪"}
    found = {p["id"] for p in listing(db, "--search", "wang")}
    assert wangs and wangs <= found
    by_phone = listing(db, "--search", person["phones"][0]["number"][3:])
    assert person["id"] in {p["id"] for p in by_phone}


def test_plain_listing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.sqlite"
    assert main(["demo", "--db", str(db), "--clients", "5", "--seed", "1"]) == 0
    capsys.readouterr()
    assert main(["contacts", "list", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and all(line.count("\t") == 4 for line in lines)


def test_wrong_tie_names_are_refused(tmp_path: Path) -> None:
    done = run_cli("contacts", "list", "--db", str(tmp_path / "x.sqlite"), "--bond", "同学")
    assert done.returncode == 2
    assert "not one of 五缘" in done.stderr


def test_every_command_documents_itself() -> None:
    for args in ([], ["demo"], ["contacts"], ["contacts", "list"]):
        done = run_cli(*args, "--help")
        assert done.returncode == 0
        assert "--db" in done.stdout


def test_cli_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from rmdesk.cli import main; "
        f"main(['contacts', 'list', '--db', {str(tmp_path / 'q.sqlite')!r}]); "
        "print('PySide6' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.stdout.strip() == "False", done.stderr


def test_env_names_the_default_book(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    env = {**os.environ, "RMDESK_DB": str(db), "PYTHONIOENCODING": "utf-8"}
    subprocess.run(
        [sys.executable, "-m", "rmdesk", "demo", "--db", str(db), "--clients", "3"],
        check=True,
        capture_output=True,
        env=env,
    )
    done = subprocess.run(
        [sys.executable, "-m", "rmdesk", "contacts", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert len(json.loads(done.stdout)) == 3


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["export", "ics", "-o", "{dir}/x.ics", "--from", "0001-01-01"], "0001-01-01"),
        (["export", "ics", "-o", "{dir}/x.ics", "--to", "10000-01-01"], "10000-01-01"),
        (["plan", "9999-12-31"], "9999-12-31"),
        (["contacts", "near", "1", "--km", "nan"], "nan"),
        (["branch", "--lat", "inf", "--lon", "1"], "inf"),
        (["contacts", "list", "--tie", "同学们"], "同学们"),
        (["nonsense"], "nonsense"),
    ],
)
def test_a_bad_value_is_one_line_naming_it(
    args: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "book.sqlite"
    filled = [a.format(dir=tmp_path) for a in args]
    with pytest.raises(SystemExit) as stopped:
        main([*filled, "--db", str(db)] if args[0] != "nonsense" else filled)
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err and "Traceback" not in err
    assert not db.exists(), "nothing was written"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("postgresql+pg8000://rm:secret@127.0.0.1/book", "driver is not installed"),
        ("mysql://rm:secret@127.0.0.1/book", "driver is not installed"),
        ("nosuchdb://rm:secret@127.0.0.1/book", "does not know the database kind"),
    ],
)
def test_a_database_address_rmdesk_cannot_use_is_one_line(
    url: str, words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["contacts", "list", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.startswith("rmdesk: error:") and err.count("\n") == 1
    assert words in err and "secret" not in err and "psycopg" in err


def test_a_calendar_event_at_the_end_of_time_is_a_problem_not_a_crash(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ics = tmp_path / "late.ics"
    ics.write_bytes(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:late@x\r\nSUMMARY:x\r\n"
        b"DTSTART:99991231T233000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert main(["import", "ics", str(ics), "--db", str(tmp_path / "book.sqlite")]) == 1
    out, err = capsys.readouterr()
    assert "problem: late@x:" in out and "9999-12-31" in out
    assert err.count("\n") == 1 and "nothing was imported" in err


def test_an_unexpected_fault_is_one_line_too(
    tmp_path: Path, monkeypatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import rmdesk.cli.planning as planning_commands

    def broken(_args) -> int:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(planning_commands, "run_branch", broken)
    monkeypatch.delenv("RMDESK_DEBUG", raising=False)
    assert main(["branch", "--db", str(tmp_path / "b.sqlite")]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "ZeroDivisionError" in err and "RMDESK_DEBUG" in err


def test_a_mistyped_path_makes_no_book(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "Documnets" / "book.sqlite"
    assert main(["contacts", "list", "--db", str(typo)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no folder" in err and str(typo.parent) in err
    assert not typo.parent.exists(), "no folder, no book left behind"


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--speed", "0"], "--speed 0.0 is out of range"),
        (["--detour", "0.5"], "--detour 0.5 is out of range"),
        (["--lunch-min", "9999"], "--lunch-min 9999 is out of range"),
        (["--hours", "08:30-08:31"], "--hours 08:30-08:31 is too short"),
        (["--lunch", "11:30-12:00", "--lunch-min", "60"], "--lunch 11:30-12:00"),
        (["--lat", "95", "--lon", "121"], "--lat 95.0"),
    ],
)
def test_branch_settings_the_planner_cannot_use_are_refused(
    args: list[str], named: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the branch dialog refuses, the command line refuses too, and saves nothing."""
    db = str(tmp_path / "book.sqlite")
    assert main(["branch", "--db", db]) == 0
    before = capsys.readouterr().out
    assert main(["branch", "--db", db, *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and named in err and "nothing was saved" in err
    assert main(["branch", "--db", db]) == 0
    assert capsys.readouterr().out == before


def test_offer_to_an_unknown_contact_and_a_huge_search_say_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "book.sqlite")
    assert main(["plan", "2027-01-04", "--offer", "999999", "--db", db]) == 1
    assert "no contact with id 999999" in capsys.readouterr().err
    assert main(["contacts", "list", "--search", "张" * 5000, "--db", db]) == 1
    err = capsys.readouterr().err
    assert "too long" in err and "200" in err and err.count("\n") == 1


def test_a_branch_saved_with_an_impossible_speed_still_plans(tmp_path: Path) -> None:
    """An older rmdesk let `branch --speed 0` through; such a book still plans."""
    import sqlite3

    db = tmp_path / "book.sqlite"
    assert main(["branch", "--lat", "28.65", "--lon", "121.42", "--db", str(db)]) == 0
    raw = sqlite3.connect(db)
    raw.execute(
        "UPDATE book_settings SET value = json_set(value, '$.speed_kmh', 0) WHERE key = 'branch'"
    )
    raw.commit()
    raw.close()
    assert main(["plan", "2027-01-05", "--db", str(db)]) == 0
