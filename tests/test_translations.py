"""Both interface languages are complete, current, and agree with the domain's terms."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rmdesk.resources import resource_dir
from rmdesk.ui.common.i18n import LANGUAGES, Translations, compiled_qm, ts_file

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{(\d)[^}]*\}|(%n)")


def messages(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("message"))


def lupdate() -> str:
    script = Path(sys.executable).parent / "pyside6-lupdate"
    found = str(script) if script.exists() else shutil.which("pyside6-lupdate")
    assert found, "pyside6-lupdate comes with PySide6"
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(lang: str) -> None:
    found = messages(ts_file(lang))
    assert len(found) > 150
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), source
        forms = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        assert all(form.strip() for form in forms), source
        for form in forms:
            # The same arguments are used (their formatting may differ: 05 vs 5月).
            assert set(PLACEHOLDER.findall(form)) == set(PLACEHOLDER.findall(source)), (
                source,
                form,
            )


def test_translation_files_are_current(tmp_path: Path) -> None:
    """Running lupdate on today's code finds no string the .ts files lack."""
    copies = []
    for lang in LANGUAGES:
        copy = tmp_path / ts_file(lang).name
        shutil.copy(ts_file(lang), copy)
        copies.append(str(copy))
    sources = [str(p) for p in sorted((ROOT / "rmdesk" / "ui").rglob("*.py"))]
    sources += [str(p) for p in sorted((ROOT / "rmdesk" / "documents").glob("*.py"))]
    sources += [str(ROOT / "rmdesk" / "app.py"), str(ROOT / "rmdesk" / "labels.py")]
    sources.append(str(ROOT / "rmdesk" / "error_texts.py"))
    done = subprocess.run(
        [lupdate(), *sources, "-ts", *copies], capture_output=True, text=True, cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
    for copy in copies:
        unfinished = [
            m.findtext("source")
            for m in messages(Path(copy))
            if (
                m.find("translation") is not None
                and m.find("translation").get("type") == "unfinished"
            )
        ]
        assert unfinished == [], f"{Path(copy).name} lacks translations for {unfinished}"


def test_lupdate_sees_every_string_the_code_translates() -> None:
    """Every literal the code hands to tr() or translate() is in the .ts file: lupdate
    silently skips some calls (a count written as a call, len(ids), hid a string from
    it), and a skipped string shows in English to a Chinese user."""
    import ast

    known = {m.findtext("source") for m in messages(ts_file("zh_CN"))}
    files = [*(ROOT / "rmdesk" / "ui").rglob("*.py"), *(ROOT / "rmdesk" / "documents").glob("*.py")]
    files += [ROOT / "rmdesk" / name for name in ("app.py", "labels.py", "error_texts.py")]
    missed = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
            position = {"tr": 0, "translate": 1}.get(str(name))
            if position is None or len(node.args) <= position:
                continue
            text = node.args[position]
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if literal and text.value not in known:
                missed.append(f"{path.name}:{node.lineno} {text.value[:50]!r}")
    assert missed == []


def test_kind_names_in_chinese_are_the_domain_terms(qapp) -> None:
    from rmdesk.labels import all_kind_labels

    translations = Translations()
    translations.use("zh_CN")
    try:
        for kind, text in all_kind_labels():
            assert text == kind.zh, (kind, text)
    finally:
        translations.use("en")
    english = dict((type(k).__name__ + k.value, t) for k, t in all_kind_labels())
    assert english["TieKindclassmate"] == "Classmate"
    assert english["AddressKindhome"] == "Home" and english["PhoneLabelhome"] == "Home"


def test_compiled_translation_is_cached(qapp) -> None:
    first = compiled_qm("zh_CN")
    assert first.exists() and first.stat().st_size > 1000
    assert compiled_qm("zh_CN") == first
    assert resource_dir() in ts_file("zh_CN").parents


def test_the_chinese_interface_speaks_as_a_bank_does() -> None:
    """情报 reads as espionage to a bank, 有美貌 as judging looks; engineering words
    (绕行系数, WGS-84) mean nothing to an RM; a cancelled visit is 已取消; 他 assumes
    the client is a man."""
    from rmdesk.domain.kinds import FriendKind, VisitPurpose, VisitStatus

    texts = [m.findtext("translation") or "" for m in messages(ts_file("zh_CN"))]
    for word in ("情报", "有美貌", "绕行系数", "WGS-84"):
        offenders = [t for t in texts if word in t]
        assert offenders == [], word
    assert not [t for t in texts if re.search(r"(?<!其)他(?!行|人)", t)]
    assert FriendKind.ATTRACTIVE.zh == "有魅力"
    assert VisitStatus.CANCELLED.zh == "已取消"
    assert "情报" not in VisitPurpose.INTELLIGENCE.zh
