"""The Today screen's items: what falls due in a period, read in a few indexed queries so
that a book of 100,000 clients opens its day in well under a second.

An item falls on a date: an appointment on its day, a maturity on its maturity date, a
birthday on the day it is kept this year (lunar ones by the rules of `domain.lunar`).
What is overdue (a follow-up, a call-back, a key client not contacted) is dated when it
fell due. `ahead` lets the screen look further for reminders that need preparing: a
maturity `remind_days` before, a greeting `greet_days` before.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass
from typing import Any

from rmdesk.domain.keeping import (
    DEFAULT_EVERY_DAYS,
    DEFAULT_REMIND_DAYS,
    TodayItem,
)
from rmdesk.domain.kinds import ProductType, VisitStatus
from rmdesk.domain.lunar import lunar_text_of, lunar_to_solar, lunar_years_reaching
from rmdesk.keeping import lists
from rmdesk.planning.holidays import festivals
from rmdesk.store.database import Store, as_date, as_datetime, in_list

SETTINGS_KEY = "keeping"
# Solar festivals an RM greets on besides the lunar ones (元旦 for all, 圣诞 for those
# who keep it: the screen lets the user hide it).
SOLAR_FESTIVALS = (("new_year", "元旦", 1, 1), ("christmas", "圣诞", 12, 25))


@dataclass(frozen=True)
class KeepingSettings:
    """Kept with the book: a team shares them."""

    remind_days: int = DEFAULT_REMIND_DAYS  # a maturity shows this many days ahead
    greet_days: int = 7  # a birthday or festival shows this many days ahead
    every_days: int = DEFAULT_EVERY_DAYS  # a key client's contact target without a plan
    christmas: bool = True  # 圣诞 among the festivals
    gift_limit_yuan: float = 300.0  # one gift above this asks first
    gift_year_limit_yuan: float = 1000.0  # a client's gifts in a year above this ask first


def read_settings(store: Store) -> KeepingSettings:
    found = store.read("SELECT value FROM book_settings WHERE key = :k", {"k": SETTINGS_KEY})
    if not found:
        return KeepingSettings()
    try:
        data = json.loads(found[0][0])
        return KeepingSettings(**{k: v for k, v in data.items() if k in asdict(KeepingSettings())})
    except (ValueError, TypeError):
        return KeepingSettings()


def write_settings(store: Store, settings: KeepingSettings) -> None:
    from rmdesk.store.models import BookSettingModel

    with store.session() as s:
        s.merge(BookSettingModel(key=SETTINGS_KEY, value=json.dumps(asdict(settings))))


def _days(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(n) for n in range((last - first).days + 1)]


def solar_keys(first: dt.date, last: dt.date) -> dict[int, dt.date]:
    """month*100+day → the day it is kept in the period; 29 February falls on 28
    February in other years."""
    out: dict[int, dt.date] = {}
    for day in _days(first, last):
        out[day.month * 100 + day.day] = day
        if (day.month, day.day) == (2, 28):
            try:
                dt.date(day.year, 2, 29)
            except ValueError:
                out[229] = day
    return out


def lunar_keys(first: dt.date, last: dt.date) -> dict[int, dt.date]:
    """leap*10000+month*100+day → the solar day that lunar birthday is kept in the
    period (a leap-month birthday in a year without that leap month falls in the month
    itself; 三十 in a short month on 廿九)."""
    out: dict[int, dt.date] = {}
    for year in lunar_years_reaching(first, last):
        for month in range(1, 13):
            for day in range(1, 31):
                for leap in (False, True):
                    when = lunar_to_solar(year, month, day, leap)
                    if first <= when <= last:
                        out[leap * 10000 + month * 100 + day] = when
    return out


def today_items(
    store: Store,
    first: dt.date,
    last: dt.date,
    settings: KeepingSettings | None = None,
    ahead: bool = False,
) -> list[TodayItem]:
    """Every item of the days first..last (and what is overdue by then), with the
    reminders' look-ahead when `ahead`; sorted by date, then kind."""
    settings = settings or read_settings(store)
    remind_to = last + dt.timedelta(settings.remind_days if ahead else 0)
    greet_to = last + dt.timedelta(settings.greet_days if ahead else 0)
    items = (
        _first(store, first, last)
        + _maturities(store, first, remind_to)
        + _client_dates(store, first, greet_to)
        + _festivals(first, greet_to, settings.christmas)
        + _thank_yous(store, first)
        + _overdue_key_clients(store, last, settings.every_days)
        + _overdue_complaints(store, last)
    )
    return _in_order(_with_marks(store, items, first))


def first_items(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    """The top of the screen, in a few small indexed queries whatever the book's size:
    the appointments, the calls to make and the follow-ups (FIRST_KINDS) of
    `today_items`, shown while the rest of the day is read."""
    return _in_order(_with_marks(store, _first(store, first, last), first))


FIRST_KINDS = frozenset({"appointment", "call", "follow_up"})


def _first(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    return _appointments(store, first, last) + _calls(store, last) + _follow_ups(store, first, last)


def _in_order(items: list[TodayItem]) -> list[TodayItem]:
    order = {kind: n for n, kind in enumerate(KINDS_ORDER)}
    items.sort(key=lambda i: (i.date, order[i.kind], i.at, i.title))
    return items


KINDS_ORDER = (
    "appointment",
    "follow_up",
    "call",
    "complaint_overdue",
    "key_client_overdue",
    "maturity",
    "thank_introducer",
    "birthday",
    "anniversary",
    "festival",
)


def _appointments(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    statuses = (VisitStatus.PROPOSED.value, VisitStatus.BOOKED.value, VisitStatus.DONE.value)
    marks, params = in_list("s", statuses)
    rows = store.read(
        "SELECT v.id, v.contact_id, v.day, v.fixed, v.window_start, v.window_end, v.status, "
        f"{lists.name_of('v.contact_id')} FROM visit_plans v "
        f"WHERE v.owner = :me AND v.day BETWEEN :first AND :last AND v.status IN ({marks})",
        {"me": store.user, "first": first, "last": last, **params},
    )
    out = []
    for pid, cid, day, fixed, start, end, status, name in rows:
        if name is None:
            continue
        when = str(start)[:5] if fixed else f"{str(start)[:5]}–{str(end)[:5]}"
        out.append(
            TodayItem(
                "appointment",
                as_date(day) or first,
                cid,
                f"{when} 拜访",
                status == VisitStatus.DONE.value,
                f"appointment:{pid}",
                pid,
                client=name,
                at=str(start)[:5] if fixed else "",
            )
        )
    return out


def _calls(store: Store, last: dt.date) -> list[TodayItem]:
    """Call-backs agreed for the period or before, with no call since."""
    rows = store.read(
        f"SELECT l.id, l.contact_id, l.call_back_at, {lists.name_of('l.contact_id')}, l.at "
        "FROM call_logs l WHERE l.outcome = 'call_back' AND l.call_back_at < :after "
        "AND NOT EXISTS (SELECT 1 FROM call_logs n WHERE n.contact_id = l.contact_id "
        "AND n.at > l.at)",
        {"after": dt.datetime.combine(last + dt.timedelta(1), dt.time())},
    )
    out = []
    for lid, cid, back, name, made in rows:
        when = as_datetime(back)
        if name is None or when is None:
            continue
        out.append(
            TodayItem(
                "call",
                when.date(),
                cid,
                f"{at:%m月%d日}通话时约定回电" if (at := as_datetime(made)) else "约定回电",
                False,
                f"call:{lid}",
                lid,
                client=name,
                at=f"{when:%H:%M}",
            )
        )
    return out


def _follow_ups(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    """Follow-ups not done by the end of the period (overdue ones too), and those of the
    period already done."""
    rows = store.read(
        f"SELECT f.id, f.contact_id, f.due, f.text, f.done_at, {lists.name_of('f.contact_id')} "
        "FROM follow_ups f WHERE (f.done_at IS NULL AND f.due <= :last) "
        "OR f.due BETWEEN :first AND :last",
        {"first": first, "last": last},
    )
    return [
        TodayItem(
            "follow_up",
            as_date(due) or first,
            cid,
            text,
            done is not None,
            f"follow_up:{fid}",
            fid,
            client=name,
        )
        for fid, cid, due, text, done, name in rows
        if name is not None
    ]


def _maturities(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    out = []
    for held in lists.products(store, first, last):
        p = held.product
        assert p.maturity is not None and p.id is not None
        what = p.name or p.type.zh
        verb = "到期还款" if p.type in (ProductType.LOAN, ProductType.CREDIT_LINE) else "到期"
        amount = f" {p.amount_yuan / 10000:g}万元" if p.amount_yuan else ""
        out.append(
            TodayItem(
                "maturity",
                p.maturity,
                p.contact_id,
                f"{what}{amount}{verb}",
                False,
                f"maturity:{p.id}:{p.maturity.isoformat()}",
                p.id,
                client=held.client,
            )
        )
    return out


def _client_dates(store: Store, first: dt.date, last: dt.date) -> list[TodayItem]:
    """Birthdays (solar and lunar) and wedding anniversaries in the period, each with
    the dossier's hints for the greeting."""
    solar = solar_keys(first, last)
    lunar = lunar_keys(first, last)
    # One indexed (calendar, month, day) term per date the period's days are.
    terms: list[str] = []
    params: dict[str, object] = {}
    for n, key in enumerate(solar):
        terms.append(f"(c.birthday_calendar = 'solar' AND c.birthday_month = :sm{n} "
                     f"AND c.birthday_day = :sd{n})")  # fmt: skip
        params |= {f"sm{n}": key // 100, f"sd{n}": key % 100}
    for n, key in enumerate(lunar):
        terms.append(f"(c.birthday_calendar = 'lunar' AND c.birthday_month = :lm{n} "
                     f"AND c.birthday_day = :ld{n} AND c.birthday_leap = :ll{n})")  # fmt: skip
        params |= {f"lm{n}": key // 100 % 100, f"ld{n}": key % 100, f"ll{n}": key >= 10000}
    rows = store.read(
        "SELECT c.id, c.name, c.birthday_calendar, c.birthday_month, c.birthday_day, "
        "c.birthday_leap, c.hobbies, d.address_as, d.family_notes, d.taboos, c.deleted_at "
        "FROM contacts c LEFT JOIN dossiers d ON d.contact_id = c.id WHERE " + " OR ".join(terms),
        params,
    )
    out = []
    for cid, name, calendar, month, day, leap, hobbies, address_as, family, taboos, gone in rows:
        if gone is not None:  # in the trash (filtered here: in SQL it would steer the plan)
            continue
        if calendar == "solar":
            when = solar[month * 100 + day]
            title = f"{address_as or name} 生日"
        else:
            when = lunar[(10000 if leap else 0) + month * 100 + day]
            title = f"{address_as or name} 生日（{lunar_text_of(when)}）"
        out.append(
            TodayItem(
                "birthday",
                when,
                cid,
                title,
                False,
                f"birthday:{cid}:{when.isoformat()}",
                hint=_hint(hobbies, family, taboos),
                client=name,
                who=address_as or name,
            )
        )
    out += _family_events(store, first, last, solar)
    weddings = _weddings(store, sorted(solar))
    for cid, name, hobbies, wedding, address_as, family, taboos in weddings:
        married = as_date(wedding)
        if married is None:
            continue
        kept = solar.get(married.month * 100 + married.day)
        if kept is None or kept.year <= married.year:
            continue
        years = kept.year - married.year
        out.append(
            TodayItem(
                "anniversary",
                kept,
                cid,
                f"{address_as or name} 结婚{years}周年纪念日",
                False,
                f"anniversary:{cid}:{kept.isoformat()}",
                hint=_hint(hobbies, family, taboos),
                client=name,
                who=address_as or name,
            )
        )
    return out


# The month * 100 + day of a wedding, as the expression index of migration 0015 has it
# (the text must be the same for the index to serve).
WEDDING_DAY = {
    "sqlite": "(CAST(substr(wedding_date, 6, 2) AS INTEGER) * 100"
    " + CAST(substr(wedding_date, 9, 2) AS INTEGER))",
    "postgresql": "((EXTRACT(MONTH FROM wedding_date) * 100"
    " + EXTRACT(DAY FROM wedding_date))::integer)",
}


def _weddings(store: Store, days: list[int]) -> list[tuple[Any, ...]]:
    """(id, name, wedding date, hobbies, address as, family, taboos) of living clients
    married on these month * 100 + day."""
    marks, params = in_list("w", days)
    expression = WEDDING_DAY["sqlite" if store.is_sqlite else "postgresql"]
    found = store.read(
        "SELECT contact_id, wedding_date, address_as, family_notes, taboos FROM dossiers "
        f"WHERE {expression} IN ({marks})",
        params,
    )
    if not found:
        return []
    ids, id_params = in_list("i", [r[0] for r in found])
    people = {
        cid: (name, hobbies)
        for cid, name, hobbies, gone in store.read(
            f"SELECT id, name, hobbies, deleted_at FROM contacts WHERE id IN ({ids})", id_params
        )
        if gone is None  # filtered here: in SQL it would steer the plan to the whole book
    }
    return [
        (cid, *people[cid], wedding, address_as, family, taboos)
        for cid, wedding, address_as, family, taboos in found
        if cid in people
    ]


def _family_events(
    store: Store, first: dt.date, last: dt.date, solar: dict[int, dt.date]
) -> list[TodayItem]:
    """The dossiers' family events of the period (yearly ones on their day this year),
    as greeting reminders of the "anniversary" kind."""
    marks, params = in_list("md", sorted(solar))
    found = store.read(
        "SELECT contact_id, day, what, yearly FROM dossier_events "
        f"WHERE (yearly = :no AND day BETWEEN :first AND :last) "
        f"OR (yearly = :yes AND month_day IN ({marks}))",
        {**params, "no": False, "yes": True, "first": first, "last": last},
    )
    if not found:
        return []
    ids, id_params = in_list("i", sorted({r[0] for r in found}))
    people = {
        r[0]: r[1:]
        for r in store.read(
            "SELECT c.id, c.name, c.hobbies, d.address_as, d.family_notes, d.taboos, "
            "c.deleted_at FROM contacts c JOIN dossiers d ON d.contact_id = c.id "
            f"WHERE c.id IN ({ids})",
            id_params,
        )
        if r[-1] is None
    }
    out = []
    for cid, day, what, yearly in found:
        if cid not in people:
            continue
        name, hobbies, address_as, family, taboos, _gone = people[cid]
        held = as_date(day) or first
        when = solar.get(held.month * 100 + held.day, held) if yearly else held
        out.append(
            TodayItem(
                "anniversary",
                when,
                cid,
                f"{address_as or name}家：{what}",
                False,
                f"family:{cid}:{when.isoformat()}:{what}",
                hint=_hint(hobbies, family, taboos),
                client=name,
                who=address_as or name,
            )
        )
    return out


def _hint(hobbies: str | None, family: str | None, taboos: str | None) -> str:
    parts = [
        f"爱好：{hobbies}" if hobbies else "",
        f"家庭：{family}" if family else "",
        f"忌讳：{taboos}" if taboos else "",
    ]
    return "；".join(p for p in parts if p)


def _festivals(first: dt.date, last: dt.date, christmas: bool) -> list[TodayItem]:
    found = list(festivals(first, last))
    for day in _days(first, last):
        for code, name, month, mday in SOLAR_FESTIVALS:
            if (day.month, day.day) == (month, mday) and (christmas or code != "christmas"):
                found.append((day, code, name))
    return [
        TodayItem(
            "festival",
            day,
            None,
            f"{name}：给客户发节日问候",
            False,
            f"festival:{code}:{day}",
            who=name,
        )
        for day, code, name in found
    ]


def _thank_yous(store: Store, first: dt.date) -> list[TodayItem]:
    from rmdesk.dossier.referrals import open_thank_yous

    return [
        TodayItem(
            "thank_introducer",
            first,
            t.introducer_id,
            f"向{t.introducer}汇报与{t.name}的见面并致谢",
            False,
            f"thank_introducer:{t.contact_id}",
            t.contact_id,
            client=t.introducer,
        )
        for t in open_thank_yous(store)
    ]


def _overdue_key_clients(store: Store, last: dt.date, every_days: int) -> list[TodayItem]:
    out = []
    for o in lists.overdue_key_clients(store, last, every_days):
        since = f"上次联系{o.last_contact:%m月%d日}" if o.last_contact else "从未联系"
        out.append(
            TodayItem(
                "key_client_overdue",
                o.due() or last,
                o.contact_id,
                f"{since}，目标每{o.every_days}天联系一次",
                False,
                f"key_client:{o.contact_id}:{o.last_contact or 'never'}",
                client=o.client,
            )
        )
    return out


def _overdue_complaints(store: Store, last: dt.date) -> list[TodayItem]:
    from rmdesk.keeping.complaints import overdue

    return [
        TodayItem(
            "complaint_overdue",
            deadline,
            contact_id,
            f"投诉逾期未办结：{summary}",
            False,
            f"complaint:{complaint_id}:{deadline.isoformat()}",
            complaint_id,
            client=client,
        )
        for complaint_id, contact_id, deadline, summary, client in overdue(store, last)
    ]


def _with_marks(store: Store, items: list[TodayItem], first: dt.date) -> list[TodayItem]:
    """Apply "done" and "snoozed" marks: a snoozed item leaves until its day."""
    from dataclasses import replace

    marks = lists.marks(store, [i.key for i in items if i.kind in MARKED_KINDS])
    out = []
    for item in items:
        done, until = marks.get(item.key, (False, None))
        if until is not None and until > first and not done:
            continue
        out.append(replace(item, done=True) if done else item)
    return out


# Kinds whose "done" lives in reminder_marks (the others have their own record: a plan's
# status, a follow-up's done_at, the introducer's thanked date). A call-back also ends
# when a later call is logged.
MARKED_KINDS = frozenset(
    {
        "maturity",
        "birthday",
        "anniversary",
        "festival",
        "key_client_overdue",
        "complaint_overdue",
        "call",
    }
)


# What each festival wishes (端午 and 重阳 are wished 安康, not 快乐).
WISHES = {
    "春节": "新春快乐，阖家幸福，万事如意",
    "除夕": "除夕团圆，辞旧迎新，阖家安康",
    "元宵": "元宵节快乐，团团圆圆",
    "端午": "端午安康",
    "七夕": "七夕快乐，甜甜蜜蜜",
    "中秋": "中秋快乐，花好月圆，阖家团圆",
    "重阳": "重阳安康，祝家中长辈健康长寿",
    "元旦": "新年快乐，新的一年事业兴旺",
    "圣诞": "圣诞快乐，平安喜乐",
}


# What to wish for a family event, by the words that name it.
FAMILY_WISHES = (
    (("高考", "中考", "考研", "考试"), "预祝孩子考试顺利、金榜题名"),
    (("婚",), "恭贺府上大喜，祝新人百年好合"),
    (("满月", "出生", "百天"), "恭喜喜添新丁，祝宝宝健康成长"),
    (("寿", "大寿"), "恭祝老人家福如东海、寿比南山"),
    (("毕业", "升学", "录取", "入学"), "恭喜孩子学业有成、前程似锦"),
    (("生日",), "祝生日快乐、健康成长"),
)


def greeting(item: TodayItem, signed: str = "") -> str:
    """A short greeting (SMS length) in the client's own terms: how they are addressed,
    the occasion as it really falls (a lunar birthday says so). The RM adds the personal
    line the hints suggest; rmdesk sends nothing."""
    sign = f"——{signed.strip()}" if signed.strip() else ""
    if item.kind == "birthday":
        lunar = "（农历）" if "农历" in item.title else ""
        return f"{item.who}，今天是您的生日{lunar}，祝您生日快乐、身体健康、万事顺意！{sign}"
    if item.key.startswith("family:"):
        what = item.title.split("：", 1)[-1]
        wish = next((w for words, w in FAMILY_WISHES if any(x in what for x in words)), "")
        return f"{item.who}，得知{what}，{wish or '特向您和家人送上诚挚的祝福'}！{sign}"
    if item.kind == "anniversary":
        return f"{item.who}，今天是您和爱人的结婚纪念日，祝您二位幸福美满、白头偕老！{sign}"
    if item.kind == "festival":
        wish = WISHES.get(item.who, f"{item.who}快乐")
        return f"您好！值此{item.who}之际，祝您{wish}！感谢您一直以来对我们的信任与支持。{sign}"
    return ""
