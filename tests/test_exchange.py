"""Contacts in and out, with files built here as phones, Excel and WPS write them: each
vCard dialect, GBK CSV with an embedded newline and a mangled number, a branch workbook
with a title row and merged cells. Both transaction modes, the dry run, cancel, wrong
files, duplicates, export round trips and redaction, and a killed import."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from openpyxl import Workbook

from rmdesk.cli import main
from rmdesk.domain.contact import Birthday, BookFilter, Contact, Phone
from rmdesk.domain.dossier import Dossier
from rmdesk.domain.kinds import CalendarKind, PhoneLabel
from rmdesk.exchange.importer import ImportCancelled
from rmdesk.exchange.tables import WrongFile
from rmdesk.services import build_services
from rmdesk.store.backups import integrity_problem, list_backups
from rmdesk.store.database import open_store

MOBILE = "+8613800138000"
ANDROID = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88;=E5=96=86;;;\r\n"
    # A quoted-printable soft line break in the middle of a character run.
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E9=99=88=\r\n=E5=96=86\r\n"
    "TEL;CELL:138-0013-8000\r\nTEL;WORK:0576-88123456\r\n"
    "NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E8=80=81=E5=AE=A2=E6=88=B7\r\n"
    "PHOTO;ENCODING=BASE64;JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQN\r\n"
    " DBcLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/\r\n"
    "\r\n"
    "END:VCARD\r\n"
    # A card that lost its END:VCARD must not swallow the next one.
    "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Broken Card\r\nTEL;CELL:13900000001\r\n"
    "BEGIN:VCARD\r\nVERSION:2.1\r\nN:王;堃;;;\r\nFN:王堃\r\nTEL;CELL:+86 139 0000 0002\r\n"
    "END:VCARD\r\n"
)
IPHONE = (
    "BEGIN:VCARD\nVERSION:3.0\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\n"
    "N:欧阳;红军;;;\nFN:欧阳红军\nORG:台州海德机械有限公司;\nTITLE:总经理\n"
    "item1.TEL:137 0000 0003\nitem1.X-ABLabel:_$!<Mobile>!$_\n"
    "item2.TEL:(0576) 8812 3457\nitem2.X-ABLabel:公司\n"
    "BDAY;VALUE=date:1604-11-23\n"
    "X-ALTBDAY;CALSCALE=chinese:1976-10-23\n"
    "item3.ADR;type=HOME:;;市府大道1号;椒江区;浙江省;318000;中国\n"
    "EMAIL;type=INTERNET:ouyang@example.cn\n"
    "NOTE:喜欢钓鱼\\n周末有空\nEND:VCARD\n"
)
CARDDAV = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:司马光明\r\nN:司马;光明;;;\r\n"
    'TEL;VALUE=uri;TYPE="cell,voice":tel:+86-135-0000-0004\r\n'
    "BDAY:--0229\r\nADR;TYPE=work:;;解放路88号;路桥区;浙江省;;\r\n"
    "NOTE:一行很长的备注，被服务器折成两行，折行处必须接回去才能读出完整的意思，这是第二部分的\r\n"
    " 内容\r\nEND:VCARD\r\n"
)


@pytest.fixture
def services(db_path: Path):
    s = build_services(open_store(db_path))
    yield s
    s.close()


def imported(services, path: Path, **options):
    contents = services.exchange.read_file(path)
    mapping = services.exchange.mapping_for(contents.table) if contents.table else None
    return services.exchange.import_records(services.exchange.records(contents, mapping), **options)


def book_of(services) -> dict[str, Contact]:
    ids = services.contacts.list_ids()
    return {c.name: c for c in services.contacts.iter_contacts(ids)}


def test_vcards_from_android_iphone_and_a_carddav_server(services, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes((ANDROID + IPHONE + CARDDAV).encode("utf-8"))
    report = imported(services, path)
    assert [x.name for x in report.added] == ["陈喆", "Broken Card", "王堃", "欧阳红军", "司马光明"]
    assert [(p, w[0]) for p, w in report.warnings] == [("card 2 (line 13)", "no_end")]
    book = book_of(services)
    chen = book["陈喆"]
    assert [(p.label, p.number) for p in chen.phones] == [
        (PhoneLabel.MOBILE, "+8613800138000"),
        (PhoneLabel.WORK, "+8657688123456"),
    ]
    assert chen.notes == "老客户"
    assert [p.number for p in book["Broken Card"].phones] == ["+8613900000001"]
    ouyang = book["欧阳红军"]
    assert (ouyang.company, ouyang.title) == ("台州海德机械有限公司", "总经理")
    assert [(p.label, p.number) for p in ouyang.phones] == [
        (PhoneLabel.MOBILE, "+8613700000003"),
        (PhoneLabel.OTHER, "+8657688123457"),
    ]
    assert ouyang.birthday == Birthday(CalendarKind.LUNAR, 10, 23, 1976), "the lunar one kept"
    assert ouyang.addresses[0].text == "浙江省椒江区市府大道1号"
    assert "喜欢钓鱼\n周末有空" in ouyang.notes and "ouyang@example.cn" in ouyang.notes
    sima = book["司马光明"]
    assert [p.number for p in sima.phones] == ["+8613500000004"]
    assert sima.birthday == Birthday(CalendarKind.SOLAR, 2, 29), "no year, 29 February"
    assert sima.notes.endswith("这是第二部分的内容"), "folded lines joined"
    # Imported contacts are found like typed ones: by pinyin, initials, phone digits.
    for query in ("ouyang", "oyhj", "13700000003", "海德"):
        assert services.contacts.list_ids(BookFilter(search=query)) == [ouyang.id], query


def gbk_csv() -> bytes:
    rows = [
        "客户名单（椒江支行）,,,,",
        "姓名,手机号码,单位,生日,备注",
        '陈喆,13800138000,海德机械,1976年11月23日,"老客户，喜欢喝茶\n下次带茶叶"',
        "王堃,1.38001E+10,台州银行,28087,号码被Excel改坏了",
        ",13900000009,无名,,没有名字",
        "欧阳红军,0576-88123456,星星服饰,1976/3/5,",
    ]
    return "\r\n".join(rows).encode("gbk")


def test_a_gbk_csv_with_a_title_row_an_embedded_newline_and_a_mangled_number(
    services, tmp_path: Path
) -> None:
    path = tmp_path / "branch.csv"
    path.write_bytes(gbk_csv())
    report = imported(services, path)
    assert [x.name for x in report.added] == ["陈喆", "王堃", "欧阳红军"]
    assert [(x.place, x.reason) for x in report.rejected] == [("line 6", ("no_name", ""))]
    assert ("line 5", ("scientific", "1.38001E+10")) in report.warnings  # after 2 lines
    book = book_of(services)
    assert book["陈喆"].notes == "老客户，喜欢喝茶\n下次带茶叶"
    assert book["陈喆"].birthday == Birthday(CalendarKind.SOLAR, 11, 23, 1976)
    assert book["王堃"].phones == [], "never a mangled number as a phone"
    assert book["王堃"].birthday == Birthday(CalendarKind.SOLAR, 11, 23, 1976), "Excel serial"
    assert [p.number for p in book["欧阳红军"].phones] == ["+8657688123456"]
    # The same file again: every one a duplicate (same phone, or name and company).
    again = imported(services, path)
    assert again.added == [] and len(again.duplicates) == 3
    assert {x.matched_on for x in again.duplicates} == {"phone", "name_company"}


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_utf8_csv_with_any_delimiter_and_english_headers(
    services, tmp_path: Path, delimiter: str
) -> None:
    text = delimiter.join(["Name", "Mobile Phone", "Company", "Birthday"]) + "\n"
    text += delimiter.join(["司马光明", "135 0000 0004", "路桥农商行", "1980-02-29"]) + "\n"
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    report = imported(services, path)
    assert [x.name for x in report.added] == ["司马光明"]
    c = book_of(services)["司马光明"]
    assert (c.company, c.phones[0].number) == ("路桥农商行", "+8613500000004")


def branch_workbook(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "说明"
    sheet.append(["本表为椒江支行客户名单，请勿外传"])
    clients = book.create_sheet("客户")
    clients.append(["2026年椒江支行重点客户名单"])
    clients.merge_cells("A1:E1")
    clients.append(["姓名", "手机", "单位", "生日", "地址"])
    born = dt.datetime(1976, 11, 23)  # a real date cell
    clients.append(["陈喆", 13800138000, "海德机械", born, "椒江区市府大道1号"])
    clients.append([None, None, None, None, None])
    clients.append(["王堃", 13900000002, "海德机械", "11月23日", None])
    clients.append(["欧阳红军", 13700000003, "星星服饰", None, None])
    clients.merge_cells("C3:C5")  # one company written once for three rows
    book.save(path)


def test_a_branch_workbook_with_a_title_row_merged_cells_and_numbers(
    services, tmp_path: Path
) -> None:
    path = tmp_path / "branch.xlsx"
    branch_workbook(path)
    contents = services.exchange.read_file(path)
    assert contents.table.sheets == ("说明", "客户") and contents.table.sheet == "客户"
    report = imported(services, path)
    assert [(x.place, x.name) for x in report.added] == [
        ("row 3", "陈喆"),
        ("row 5", "王堃"),
        ("row 6", "欧阳红军"),
    ]
    book = book_of(services)
    assert book["陈喆"].phones == [Phone(PhoneLabel.MOBILE, "+8613800138000")]
    assert book["陈喆"].birthday == Birthday(CalendarKind.SOLAR, 11, 23, 1976)
    assert book["王堃"].company == "海德机械", "the merged cell's value"
    assert book["王堃"].birthday == Birthday(CalendarKind.SOLAR, 11, 23)
    with pytest.raises(WrongFile, match="no sheet"):
        services.exchange.read_file(path, sheet="名单")


def test_all_or_nothing_dry_run_cancel_and_a_failure_part_way(
    services, db_path: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    path = tmp_path / "branch.csv"
    path.write_bytes(gbk_csv())
    services.close()
    db = ["--db", str(db_path)]
    assert main([*db, "import", "contacts", str(path), "--all-or-nothing", "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["written"] is False and data["rejected"][0]["place"] == "line 6"
    assert data["rejected"][0]["reason"] == "no name"
    assert main([*db, "import", "contacts", str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out.startswith("would add 3, updated 0, duplicates 0, rejected 1")
    count = sqlite3.connect(db_path).execute("SELECT count(*) FROM contacts").fetchone()[0]
    assert count == 0, "nothing written by either"
    s = build_services(open_store(db_path))
    records = s.exchange.records(s.exchange.read_file(path))

    def cancel(done: int, total: int) -> None:
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        s.exchange.import_records(records, progress=cancel)
    # A failure part-way (the disk fills at the second batch): nothing is left.
    from rmdesk.contacts import records as contact_records
    from rmdesk.domain.errors import DiskFull

    calls = []
    real = contact_records.ContactRecords.add_many

    def failing(self, session, contacts, validated=False):
        calls.append(1)
        if len(calls) == 2:
            raise DiskFull(str(db_path))
        return real(self, session, contacts, validated)

    monkeypatch.setattr("rmdesk.exchange.importer.BATCH", 1)
    monkeypatch.setattr(contact_records.ContactRecords, "add_many", failing)
    with pytest.raises(DiskFull):
        s.exchange.import_records(records)
    assert s.contacts.list_ids() == []
    # A backup before each import that could write (all-or-nothing, cancelled, failed).
    assert len([b for b in list_backups(db_path) if b.reason == "import"]) == 3
    s.close()
    monkeypatch.undo()
    assert main([*db, "import", "contacts", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == [
        "added 3, updated 0, duplicates 0, rejected 1",
        "rejected line 6: no name",
    ]


@pytest.mark.parametrize(
    ("name", "content", "said"),
    [
        ("empty.csv", b"", "empty"),
        ("random.csv", random.Random(1).randbytes(4000), "not"),
        ("letters.csv", "这不是通讯录\n只是一些文字\n".encode(), "no column of names"),
        ("renamed.csv", None, "is an Excel workbook or another zip file, not a CSV file"),
        ("cut.xlsx", "cut", "damaged or incomplete"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel .xls"),
        ("notes.vcf", "只是一些文字".encode(), "not a vCard file"),
    ],
)
def test_a_wrong_file_gets_one_line_saying_what_it_is(
    db_path: Path, tmp_path: Path, capsys, name: str, content, said: str
) -> None:
    path = tmp_path / name
    if content is None or content == "cut":
        branch_workbook(tmp_path / "real.xlsx")
        data = (tmp_path / "real.xlsx").read_bytes()
        content = data if content is None else data[: len(data) // 2]
    path.write_bytes(content)
    open_store(db_path).close()
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "import", "contacts", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and said in err[0] and name in err[0]
    assert db_path.read_bytes() == before


def test_duplicates_update_or_keep_both(services, tmp_path: Path) -> None:
    services.contacts.save(Contact(name="陈喆", phones=[Phone(PhoneLabel.MOBILE, MOBILE)]))
    path = tmp_path / "again.csv"
    path.write_text("姓名,手机,单位\n陈喆,13800138000,海德机械\n李梅,13900000005,\n", "utf-8")
    updated = imported(services, path, duplicates="update")
    assert [x.name for x in updated.updated] == ["陈喆"] and [x.name for x in updated.added] == [
        "李梅"
    ]
    assert book_of(services)["陈喆"].company == "海德机械", "the blank filled in"
    kept = imported(services, path, duplicates="keep")
    assert len(kept.added) == 2 and len(kept.duplicates) == 2
    assert len(services.contacts.list_ids()) == 4


@pytest.mark.parametrize("fmt", ["vcf", "csv", "xlsx"])
def test_an_export_comes_back_with_the_same_names_and_phones(
    services, tmp_path: Path, fmt: str
) -> None:
    saved = [
        Contact(name="欧阳红军", phones=[Phone(PhoneLabel.MOBILE, "+8613700000003"),
                Phone(PhoneLabel.WORK, "+8657688123456")], company="星星服饰",
                birthday=Birthday(CalendarKind.LUNAR, 4, 23, 1976, leap=True)),
        Contact(name="王堃", phones=[Phone(PhoneLabel.HOME, "+8613900000002")],
                birthday=Birthday(CalendarKind.SOLAR, 11, 23), notes="备注，有逗号；和分号"),
    ]  # fmt: skip
    for c in saved:
        cid = services.contacts.save(c)
    services.dossiers.save(Dossier(cid, id_number="11010519491231002X"))
    out = tmp_path / f"book.{fmt}"
    assert services.exchange.export(out, [], fmt) == 2
    assert b"11010519491231002X" not in out.read_bytes(), "sensitive only when asked"
    other = build_services(open_store(tmp_path / "empty.sqlite"))
    try:
        imported(other, out)
        back = book_of(other)
        for c in saved:
            assert sorted(p.number for p in back[c.name].phones) == sorted(
                p.number for p in c.phones
            )
            assert back[c.name].birthday == c.birthday
        assert back["王堃"].notes == "备注，有逗号；和分号"
    finally:
        other.close()
    if fmt == "csv":
        assert out.read_bytes().startswith(b"\xef\xbb\xbf"), "Excel opens Chinese right"
        services.exchange.export(out, [], fmt, include_sensitive=True)
        assert "11010519491231002X" in out.read_bytes().decode("utf-8-sig")


def test_rmdesk_export_contacts(services, db_path: Path, tmp_path: Path, capsys) -> None:
    services.contacts.save(Contact(name="陈喆", phones=[Phone(PhoneLabel.MOBILE, MOBILE)]))
    services.close()
    out = tmp_path / "out.vcf"
    assert main(["--db", str(db_path), "export", "contacts", "-o", str(out)]) == 0
    assert "wrote 1 contacts" in capsys.readouterr().out
    text = out.read_text("utf-8")
    assert "VERSION:3.0" in text and "FN:陈喆" in text and "TEL;TYPE=CELL:+8613800138000" in text
    assert (out.stat().st_mode & 0o077) == 0, "private to the user"
    xlsx = tmp_path / "out.xlsx"
    assert main(["--db", str(db_path), "export", "contacts", "-o", str(xlsx)]) == 0
    from openpyxl import load_workbook

    sheet = load_workbook(io.BytesIO(xlsx.read_bytes())).active
    assert sheet.cell(2, 2).value == "+8613800138000" and sheet.cell(2, 2).data_type == "s"


def test_killing_an_import_leaves_the_book_as_it_was(db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    lines = ["姓名,手机,单位"] + [f"客户{n},139{n:08d},单位{n % 50}" for n in range(20000)]
    path.write_text("\n".join(lines), "utf-8")
    open_store(db_path).close()
    rng = random.Random(3)
    for _round in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "rmdesk", "--db", str(db_path), "import", "contacts", str(path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.8, 2.5))
        proc.kill()
        proc.wait()
        assert integrity_problem(db_path) == ""
        count = sqlite3.connect(db_path).execute("SELECT count(*) FROM contacts").fetchone()[0]
        assert count in (0, 20000), "one transaction: all or none"
        if count:
            break


def test_the_fast_path_for_mobiles_agrees_with_the_phone_library() -> None:
    import phonenumbers

    from rmdesk.domain.phones import _MOBILE

    for prefix in range(1300, 2000):
        for tail in ("0000000", "5678123", "9999999"):
            number = f"{prefix}{tail}"
            library = phonenumbers.is_valid_number(phonenumbers.parse(number, "CN"))
            if _MOBILE.match(number):
                assert library, f"{number} taken as a mobile, the library says no"


def test_an_import_holds_off_the_cycle_collector_and_gives_it_back(
    services, tmp_path: Path
) -> None:
    """Collections walked every object alive and took a third of an import: none runs
    during one, and the collector's thresholds come back after, a cancel included, and
    only when the last of two jobs overlapping in time has ended."""
    import gc

    from rmdesk.store.bulk import collection_paused

    path = tmp_path / "branch.xlsx"
    branch_workbook(path)
    before = gc.get_threshold()
    seen: list[tuple[int, int, int]] = []
    imported(services, path, progress=lambda _done, _total: seen.append(gc.get_threshold()))
    assert seen and all(min(t) >= 1 << 30 for t in seen)
    assert gc.get_threshold() == before

    def cancel(_done: int, _total: int) -> None:
        raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        imported(services, path, duplicates="keep", progress=cancel)
    assert gc.get_threshold() == before
    first, second = collection_paused(), collection_paused()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert min(gc.get_threshold()) >= 1 << 30, "the second job still runs"
    second.__exit__(None, None, None)
    assert gc.get_threshold() == before
