"""Pinyin keys for search-as-you-type and sorting.

张三 is found by "zhangsan", "zhang" and "zs". A surname reads as a surname: 曾 is
"zeng" (not "ceng"), 单 "shan", 解 "xie" — pypinyin reads characters as ordinary words,
so the first character of a name is looked up here first.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence

from rmdesk.domain.names import COMPOUND_SURNAMES

# Single surnames whose surname reading differs from the ordinary reading of the character.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "仇": "qiu",
    "区": "ou",
    "朴": "piao",
    "查": "zha",
    "盖": "ge",
    "乐": "yue",
    "缪": "miao",
    "覃": "qin",
    "翟": "zhai",
    "燕": "yan",
    "秘": "bi",
    "种": "chong",
    "繁": "po",
    "纪": "ji",
    "过": "guo",
    "华": "hua",
    "冼": "xian",
    "那": "na",
    "都": "du",
    "薄": "bo",
    "贾": "jia",
    "居": "ju",
    "盛": "sheng",
    "柏": "bai",
    "牟": "mou",
    "阚": "kan",
    "宿": "su",
    "卜": "bu",
    "员": "yun",
    "石": "shi",
    "沈": "shen",
    "万": "wan",
    "任": "ren",
    "黑": "hei",
    "藏": "zang",
    "折": "she",
    "隗": "wei",
    "重": "chong",
    "尉": "wei",
    "尚": "shang",
    "相": "xiang",
    "召": "shao",
    "句": "gou",
    "殷": "yin",
    "夏": "xia",
    "曲": "qu",
    "令": "ling",
    "参": "can",
    "能": "nai",
    "占": "zhan",
    "蕃": "pi",
    "乜": "nie",
    "粘": "nian",
    "洗": "xian",
    "角": "jue",
    "祭": "zhai",
    "朝": "zhao",
    "长": "chang",
    "凡": "fan",
}


@functools.lru_cache(maxsize=65536)
def _syllables(text: str) -> tuple[str, ...]:
    # Cached: a given name without its surname repeats far more than whole names do (an
    # import of 10,000 names reads a few thousand of them).
    # Imported on first use: pypinyin loads its dictionaries at import, which would add
    # a seventh of a second to every start.
    from pypinyin import Style, lazy_pinyin

    # Non-Chinese runs ("Tom", "3") come back whole; keep them lower-cased.
    out: list[str] = []
    for piece in lazy_pinyin(text, style=Style.NORMAL):
        out.extend(word.lower() for word in piece.split())
    return tuple(out)


def name_syllables(name: str) -> list[str]:
    """The pinyin of a personal name, one syllable per character, surname read as a surname."""
    return list(_name_syllables(name.strip()))


@functools.lru_cache(maxsize=65536)
def _name_syllables(name: str) -> tuple[str, ...]:
    # Cached: names repeat, and sorting and searching both need them.
    if not name:
        return ()
    if name[:2] in COMPOUND_SURNAMES:
        return (*COMPOUND_SURNAMES[name[:2]], *_syllables(name[2:]))
    if name[0] in SURNAME_READINGS:
        return (SURNAME_READINGS[name[0]], *_syllables(name[1:]))
    if len(name) > 1 and "\u4e00" <= name[0] <= "\u9fff":
        # The surname read alone, as a surname is, then the given name: no phrase runs
        # across the two, and both parts repeat (an import reads far fewer of them).
        return (*_syllables(name[0]), *_syllables(name[1:]))
    return _syllables(name)


def _keys(syllables: Sequence[str]) -> list[str]:
    if not syllables:
        return []
    full = "".join(syllables)
    initials = "".join(s[0] for s in syllables)
    keys = [full, initials]
    if "v" in full:  # 吕 is "lv" in pypinyin; people also type "lu"
        keys.append(full.replace("v", "u"))
    return keys


MAX_READINGS = 16  # combinations of readings indexed per name


def name_readings(name: str) -> list[tuple[str, ...]]:
    """Every way the name may be read, the surname reading first: 曾 is found as "zeng"
    and as "ceng", 单 as "shan", "dan" and "chan". At most MAX_READINGS."""
    return list(_name_readings(name.strip()))


@functools.lru_cache(maxsize=8192)
def _char_readings(ch: str) -> tuple[str, ...]:
    """Every reading of one character (an import of 10,000 names meets the same few
    thousand characters again and again)."""
    from pypinyin import Style, pinyin

    return tuple(pinyin(ch, style=Style.NORMAL, heteronym=True)[0])


@functools.lru_cache(maxsize=65536)
def _name_readings(name: str) -> tuple[tuple[str, ...], ...]:

    primary = _name_syllables(name)
    if len(primary) != len(name) or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
        return (primary,)  # Latin letters or digits in the name: read as written
    options = []
    for ch, first in zip(name, primary, strict=True):
        others = [r.lower() for r in _char_readings(ch)]
        options.append([first, *[r for r in others if r != first and r.isalpha()][:2]])
    return tuple(itertools.islice(itertools.product(*options), MAX_READINGS))


def reading_keys(name: str) -> list[str]:
    """The search keys of the name as it is read (its first reading)."""
    return _keys(name_syllables(name))


def name_keys(name: str) -> list[str]:
    """Search keys for a name: full pinyin and initials ("zhangsan", "zs"), for every
    reading of it (the surname's reading first)."""
    return list(_name_keys(name.strip()))


@functools.lru_cache(maxsize=65536)
def _name_keys(name: str) -> tuple[str, ...]:
    # Cached: indexing a contact asks for its name's keys several times.
    keys: list[str] = []
    for reading in _name_readings(name):
        keys.extend(k for k in _keys(reading) if k not in keys)
    return tuple(keys)


SORT_SEP = "\x01"  # below every printable character; PostgreSQL text refuses NUL


def sort_key(name: str) -> str:
    """Order names by pinyin, as Chinese address books do: 安 before 白 before 张."""
    return " ".join(name_syllables(name)) + SORT_SEP + name.strip().lower()


def text_sort_key(text: str) -> str:
    """Order other names (companies, industries) by pinyin, read as ordinary words:
    安徽 before 北京 before 浙江."""
    return " ".join(_syllables(text.strip())) + SORT_SEP + text.strip().lower()


def forget_readings() -> None:
    """Empty the caches of names already read: bench/exchange.py measures each import
    as one of names never read before."""
    for cached in (_syllables, _name_syllables, _char_readings, _name_readings, _name_keys):
        cached.cache_clear()
