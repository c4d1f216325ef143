"""Importing 10,000 contacts: a branch's .xlsx and a phone's .vcf, each against merely
parsing the same file with a library a user could pick — openpyxl reading every cell of
the workbook (the library rmdesk reads workbooks with), vobject reading every card of
the vCard file (the usual Python vCard library; rmdesk reads vCards itself, since
vobject stops at Android's quoted-printable soft breaks, but reads this 3.0 file).

rmdesk's run is the whole import the user waits for: reading and mapping the file,
converting and checking every record, the duplicate look-up, the backup before, and the
one transaction that writes the contacts and their search index, into an empty book;
the caches of names already read are emptied before each run (a user imports a file
once).

    python bench/exchange.py [--rows 10000]

One warm-up each, then runs interleaved, five each; medians. Target (issue 16): within
2x of parsing.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _book import OUT, median

TARGET = 2.0
ROUNDS = 5
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜"
    "叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎"
)
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅鑫宇浩然子轩欣怡"


def people(rows: int) -> list[tuple[str, str, str, str, str]]:
    r = random.Random(16)
    out = []
    for n in range(rows):
        name = r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.randint(1, 2)))
        phone = f"1{r.choice('3578')}{n:09d}"
        company = f"台州{r.choice(['海德', '星星', '吉利', '飞跃'])}机械有限公司"
        born = f"19{r.randint(50, 99)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"
        out.append((name, phone, company, born, "椒江区市府大道" + str(n)))
    return out


def write_files(rows: int) -> tuple[Path, Path]:
    import datetime as dt

    from openpyxl import Workbook

    xlsx, vcf = OUT / f"import-{rows}.xlsx", OUT / f"import-{rows}.vcf"
    if not xlsx.exists():
        book = Workbook()
        sheet = book.active
        sheet.append(["2026年椒江支行客户名单"])
        sheet.append(["姓名", "手机", "单位", "生日", "地址"])
        for name, phone, company, born, address in people(rows):
            day = dt.datetime.fromisoformat(born)
            sheet.append([name, int(phone), company, day, address])
        book.save(xlsx)
    if not vcf.exists():
        cards = []
        for name, phone, company, born, address in people(rows):
            cards.append(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nN:{name[0]};{name[1:]};;;\r\n"
                f"TEL;TYPE=CELL:{phone}\r\nORG:{company}\r\nBDAY:{born}\r\n"
                f"ADR;TYPE=WORK:;;{address};;;;\r\nEND:VCARD\r\n"
            )
        vcf.write_text("".join(cards), "utf-8")
    return xlsx, vcf


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    args = parser.parse_args()
    from rmdesk.contacts.pinyin import forget_readings
    from rmdesk.services import build_services
    from rmdesk.store.database import open_store

    OUT.mkdir(exist_ok=True)
    xlsx, vcf = write_files(args.rows)
    from rmdesk.store.database import SCHEMA_HEAD

    # Named by its schema: a book of an older one would be upgraded before each run.
    empty = OUT / f"import-empty-{SCHEMA_HEAD}.sqlite"
    if not empty.exists():
        open_store(empty).close()

    def import_into_empty(path: Path) -> float:
        book = OUT / "import-run.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{book}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(OUT / "import-run-backups", ignore_errors=True)
        shutil.copy(empty, book)
        services = build_services(open_store(book))
        forget_readings()  # a new file's names: none read before in this process
        try:
            began = time.perf_counter()
            contents = services.exchange.read_file(path)
            mapping = services.exchange.mapping_for(contents.table) if contents.table else None
            report = services.exchange.import_records(services.exchange.records(contents, mapping))
            took = time.perf_counter() - began
        finally:
            services.close()
        # Same name at the same company twice: a duplicate, as in a real branch list.
        assert len(report.added) + len(report.duplicates) == args.rows, report.rejected[:3]
        return took

    def parse_xlsx() -> float:
        from openpyxl import load_workbook

        began = time.perf_counter()
        sheet = load_workbook(xlsx, data_only=True).active
        cells = sum(1 for row in sheet.iter_rows(values_only=True) for _v in row)
        assert cells >= args.rows
        return time.perf_counter() - began

    def parse_vcf() -> float:
        import vobject

        began = time.perf_counter()
        cards = 0
        for card in vobject.readComponents(vcf.read_text("utf-8")):
            _ = (card.fn.value, [t.value for t in card.contents.get("tel", [])])
            cards += 1
        assert cards == args.rows
        return time.perf_counter() - began

    rows = []
    for label, baseline, path in (
        ("xlsx", parse_xlsx, xlsx),
        ("vcf", parse_vcf, vcf),
    ):
        baseline()
        import_into_empty(path)
        base: list[float] = []
        ours: list[float] = []
        for n in range(ROUNDS):
            pair = [(base, baseline), (ours, lambda p=path: import_into_empty(p))]
            for bucket, run in pair[:: 1 if n % 2 == 0 else -1]:
                bucket.append(run())
        ratio = median(ours) / median(base)
        rows.append((label, ratio))
        print(
            f"{label}: importing {args.rows} contacts {median(ours):.2f} s; parsing with "
            f"{'openpyxl' if label == 'xlsx' else 'vobject'} {median(base):.2f} s; "
            f"{ratio:.2f}x"
        )
    worst = max(r for _l, r in rows)
    print(
        f"worst {worst:.2f}x of parsing (target {TARGET}x): "
        + ("target met" if worst <= TARGET else "NOT met")
    )


if __name__ == "__main__":
    main()
