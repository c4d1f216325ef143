"""Fill unfinished messages of the .ts files from a table (source → zh_CN).

    python tools/fill_ts.py TABLE.json

English takes the source text (plural forms too); zh_CN takes the table's text. Run after
pyside6-lupdate; messages missing from the table stay unfinished (the tests say which).
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def fill(path: Path, table: dict[str, str] | None) -> int:
    tree = ET.parse(path)
    done = 0
    for context in tree.getroot().iter("context"):
        done += _fill_context(context, table)
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return done


def _fill_context(context: ET.Element, table: dict[str, str] | None) -> int:
    """Keys may name the context ("Kinds|Close") or the context and the disambiguation
    ("Kinds|Close|relationship") where one English word needs two translations."""
    name = context.findtext("name") or ""
    done = 0
    for message in context.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        text = source
        if table is not None:
            text = (
                table.get(f"{name}|{source}|{comment}")
                or table.get(f"{name}|{source}")
                or table.get(source)
            )
        if text is None:
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            forms = (
                [text]
                if table is not None
                else [source.replace("(s)", ""), source.replace("(s)", "s")]
            )
            for form_text in forms:
                ET.SubElement(translation, "numerusform").text = form_text
        else:
            translation.text = text
        del translation.attrib["type"]
        done += 1
    return done


def main() -> None:
    table = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print("en:", fill(I18N / "rmdesk_en.ts", None))
    print("zh_CN:", fill(I18N / "rmdesk_zh_CN.ts", table))


if __name__ == "__main__":
    main()
