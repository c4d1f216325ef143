"""Chinese personal names: the surname (compound ones whole), and how to address someone
(称呼) from their title, as an RM would: 王总, 李董, 张行长, 刘局, 陈老师 ...
"""

from __future__ import annotations

import re

from rmdesk.domain.kinds import Gender

# Every two-character surname of the 百家姓 and the common ones after it, with its
# reading as a surname (万俟 is "mo qi", 尉迟 "yu chi", 单于 "chan yu" ...).
COMPOUND_SURNAMES: dict[str, tuple[str, str]] = {
    "万俟": ("mo", "qi"), "司马": ("si", "ma"), "上官": ("shang", "guan"),
    "欧阳": ("ou", "yang"), "夏侯": ("xia", "hou"), "诸葛": ("zhu", "ge"),
    "闻人": ("wen", "ren"), "东方": ("dong", "fang"), "赫连": ("he", "lian"),
    "皇甫": ("huang", "fu"), "尉迟": ("yu", "chi"), "公羊": ("gong", "yang"),
    "澹台": ("tan", "tai"), "公冶": ("gong", "ye"), "宗政": ("zong", "zheng"),
    "濮阳": ("pu", "yang"), "淳于": ("chun", "yu"), "单于": ("chan", "yu"),
    "太叔": ("tai", "shu"), "申屠": ("shen", "tu"), "公孙": ("gong", "sun"),
    "仲孙": ("zhong", "sun"), "轩辕": ("xuan", "yuan"), "令狐": ("ling", "hu"),
    "钟离": ("zhong", "li"), "宇文": ("yu", "wen"), "长孙": ("zhang", "sun"),
    "慕容": ("mu", "rong"), "鲜于": ("xian", "yu"), "闾丘": ("lv", "qiu"),
    "司徒": ("si", "tu"), "司空": ("si", "kong"), "亓官": ("qi", "guan"),
    "司寇": ("si", "kou"), "仉督": ("zhang", "du"), "子车": ("zi", "ju"),
    "颛孙": ("zhuan", "sun"), "端木": ("duan", "mu"), "巫马": ("wu", "ma"),
    "公西": ("gong", "xi"), "漆雕": ("qi", "diao"), "乐正": ("yue", "zheng"),
    "壤驷": ("rang", "si"), "公良": ("gong", "liang"), "拓跋": ("tuo", "ba"),
    "夹谷": ("jia", "gu"), "宰父": ("zai", "fu"), "谷梁": ("gu", "liang"),
    "段干": ("duan", "gan"), "百里": ("bai", "li"), "东郭": ("dong", "guo"),
    "南门": ("nan", "men"), "呼延": ("hu", "yan"), "羊舌": ("yang", "she"),
    "微生": ("wei", "sheng"), "梁丘": ("liang", "qiu"), "左丘": ("zuo", "qiu"),
    "东门": ("dong", "men"), "西门": ("xi", "men"), "南宫": ("nan", "gong"),
    "第五": ("di", "wu"), "公户": ("gong", "hu"), "公玉": ("gong", "yu"),
    "公仪": ("gong", "yi"), "公仲": ("gong", "zhong"), "公上": ("gong", "shang"),
    "公门": ("gong", "men"), "公山": ("gong", "shan"), "公坚": ("gong", "jian"),
    "左人": ("zuo", "ren"), "归海": ("gui", "hai"), "南荣": ("nan", "rong"),
    "东里": ("dong", "li"), "独孤": ("du", "gu"), "贺兰": ("he", "lan"),
    "叱干": ("chi", "gan"), "尔朱": ("er", "zhu"), "完颜": ("wan", "yan"),
    "爱新": ("ai", "xin"), "耶律": ("ye", "lv"), "纳兰": ("na", "lan"),
    "呼衍": ("hu", "yan"), "司城": ("si", "cheng"), "伯赏": ("bo", "shang"),
}  # fmt: skip

# Titles, by the role word a title ends with, and the form built from the surname.
# Longer words first: 副总经理 ends with 总经理 (X总), 总经理助理 with 助理 (no form).
_TITLE_FORMS: tuple[tuple[str, str], ...] = (
    ("总经理", "总"), ("总裁", "总"), ("总监", "总"), ("总工程师", "总工"),
    ("董事长", "董"), ("董事", "董"),
    ("行长", "行长"), ("局长", "局"), ("处长", "处"), ("科长", "科"),
    ("厅长", "厅"), ("部长", "部长"), ("主任", "主任"), ("院长", "院长"),
    ("校长", "校长"), ("厂长", "厂长"), ("书记", "书记"), ("主席", "主席"),
    ("所长", "所长"), ("站长", "站长"), ("区长", "区长"), ("县长", "县长"),
    ("市长", "市长"), ("镇长", "镇长"), ("经理", "经理"),
    ("教授", "教授"), ("老师", "老师"), ("教师", "老师"), ("律师", "律师"),
    ("医生", "医生"), ("大夫", "大夫"), ("会计师", "会计师"), ("工程师", "工"),
    ("博士", "博士"),
)  # fmt: skip
_TITLE_SPLIT = re.compile(r"[兼、,，/；;\s]+")
_QUALIFIERS = re.compile(r"[（(][^）)]*[）)]")


def surname(name: str) -> str:
    """The family name: 司徒雷登 → 司徒, 尉迟恭 → 尉迟, 王建国 → 王."""
    name = name.strip()
    if name[:2] in COMPOUND_SURNAMES:
        return name[:2]
    return name[:1]


def title_form(title: str, occupation: str = "") -> str | None:
    """The word after the surname that a title calls for (总, 董, 行长, 老师 ...), or None.

    The first part of a title that has a form wins (董事长兼总经理 → 董); a part is judged
    by the role word it ends with, so 总经理助理 and 总台接待 are no 总."""
    for text in (title, occupation):
        for part in _TITLE_SPLIT.split(_QUALIFIERS.sub("", text)):
            for word, form in _TITLE_FORMS:
                if part.endswith(word):
                    return form
    return None


def address_form(
    name: str, title: str = "", occupation: str = "", gender: Gender | None = None
) -> str:
    """How to address someone when nobody wrote it down: 王总, 欧阳董, 司徒先生, 李女士;
    the full name when neither a title nor the gender says more."""
    name = name.strip()
    if not name:
        return ""
    family = surname(name)
    form = title_form(title, occupation)
    if form is not None:
        return family + form
    if gender is Gender.MALE:
        return family + "先生"
    if gender is Gender.FEMALE:
        return family + "女士"
    return name
