"""Demo dossiers: varied depths (some nearly complete, some nearly empty), companies with
industries and roles, introduction statuses along the referral chains, and sensitive
fields set so that redaction can be seen working. Rows for Core inserts."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from rmdesk.domain import idcard
from rmdesk.domain.dossier import SECTIONS, Dossier, FamilyEvent, Job, Person, completeness
from rmdesk.domain.kinds import (
    Circle,
    Cuisine,
    Introduction,
    LifeCycle,
    Relationship,
    Role,
    Smoking,
    Style,
)

BANKS = ("工商银行", "农业银行", "建设银行", "中国银行", "台州银行", "泰隆银行", "民泰银行")
REGIONS = ("331002", "331003", "331004", "331081", "331082", "331083", "331022", "331023")
INDUSTRY_FACTS = {
    "机械": ("钢材占成本六成", "毛利 15% 左右", "依赖汽车和家电", LifeCycle.MATURITY),
    "汽车配件": ("模具和人工为主", "毛利 20%", "依赖整车厂订单", LifeCycle.MATURITY),
    "塑料制品": ("原料随油价波动", "毛利 12%", "依赖石化原料", LifeCycle.MATURITY),
    "医药化工": ("研发和环保投入大", "毛利 35%", "依赖原料药出口", LifeCycle.GROWTH),
    "缝制设备": ("电机和铸件为主", "毛利 18%", "依赖服装业", LifeCycle.DECLINE),
    "水泵": ("铜和电机为主", "毛利 16%", "依赖农业和建筑", LifeCycle.MATURITY),
}
HEALTH = ("高血压，在吃药", "去年做过心脏支架", "糖尿病，饮食要清淡", "腰椎不好，不能久坐")
RELIGIONS = ("佛教", "基督教", "道教")
TABOOS = ("不喜欢别人迟到", "忌讳谈论前妻", "饭桌上不谈生意", "不收贵重礼物")
FAMILY_EVENTS = (
    ("儿子高考", False),
    ("女儿出嫁", False),
    ("孙子满月", False),
    ("母亲八十大寿", False),
    ("女儿生日", True),
    ("儿子生日", True),
)
FAMILY = ("妻子是中学老师，儿子在杭州读大学", "女儿在上海工作，刚结婚", "父母同住，孝顺", "")
RELATIONS = (
    (Circle.RELATIVE, "父亲", "退休"),
    (Circle.RELATIVE, "妻子", "教师"),
    (Circle.FRIEND, "大学室友", "律师"),
    (Circle.FRIEND, "钓友", "个体户"),
    (Circle.NEIGHBOUR, "楼上邻居", "医生"),
)


def _id_number(r: random.Random, born: dt.date) -> str:
    first = f"{r.choice(REGIONS)}{born:%Y%m%d}{r.randint(0, 999):03d}"
    return first + idcard.check_character(first)


def demo_dossier(
    r: random.Random, contact: dict[str, Any], ids: list[int], today: dt.date
) -> Dossier:
    """A dossier for one demo contact, filled to a random depth."""
    d = Dossier(contact_id=contact["id"])
    depth = r.choice((0.1, 0.2, 0.5, 0.7, 0.95))
    sections = [s for s in SECTIONS if r.random() < depth]
    year = contact["birthday_year"] or r.randint(1960, 1995)
    born = dt.date(
        year, contact["birthday_month"] or r.randint(1, 12), min(contact["birthday_day"] or 1, 28)
    )
    if "basic" in sections:
        boss = "总" in contact["title"] or "董事长" in contact["title"]
        elder = "姐" if contact["gender"] == "female" else "哥"
        d.address_as = contact["name"][0] + ("总" if boss else elder)
        d.id_number = _id_number(r, born) if r.random() < 0.7 else ""
        d.ethnicity = "汉族"
        d.hukou = "浙江台州"
        d.nationality = "中国"
        d.blood_type = r.choice(("A", "B", "O", "AB"))
    if "education" in sections:
        d.education_notes = r.choice(
            ("浙江大学 1998 级机械系", "台州学院 会计专业", "高中毕业后参军")
        )
    if "family" in sections:
        d.family_notes = r.choice(FAMILY) or "已婚，一儿一女"
        if r.random() < 0.6:
            d.wedding_date = dt.date(
                min(year + r.randint(22, 30), 2024), r.randint(1, 12), r.randint(1, 28)
            )
        if r.random() < 0.12:
            # Family events an RM marks, some in the coming days so that Today has them.
            what, yearly = r.choice(FAMILY_EVENTS)
            when = today + dt.timedelta(days=r.randint(-3, 40))
            if yearly:  # a birthday: the day it was, years ago (never 29 February)
                when = when.replace(year=when.year - r.randint(1, 30), day=min(when.day, 28))
            d.family_events.append(FamilyEvent(when, what, yearly))
    if "people" in sections:
        for circle, relation, job in r.sample(RELATIONS, r.randint(1, 3)):
            linked = r.choice(ids) if r.random() < 0.4 else None
            d.people.append(
                Person(circle, "" if linked else "某某", relation, job, r.randint(2, 5), linked)
            )
    if "career" in sections:
        d.jobs = [
            Job("台州某国企", "技术员", "1998–2004"),
            Job(contact["company"] or "自己创业", contact["title"] or "老板", "2004–"),
        ]
    if "life" in sections:
        d.health = r.choice(HEALTH) if r.random() < 0.5 else ""
        d.drinks = r.choice(("白酒", "红酒", "啤酒", "不喝酒"))
        d.drink_amount = "" if d.drinks == "不喝酒" else r.choice(("半斤", "一瓶", "少量"))
        d.smoking = r.choice(list(Smoking))
        d.cuisines = r.sample(list(Cuisine), r.randint(1, 3))
        d.allergies = r.choice(("海鲜过敏", "", "花生过敏", ""))
        d.restaurants = r.choice(("椒江 新荣记", "路桥 老台门", "黄岩 印象江南"))
    if "character" in sections:
        d.religion = r.choice(RELIGIONS) if r.random() < 0.3 else ""
        d.taboos = r.choice(TABOOS)
        d.style = r.choice(list(Style))
        d.character_notes = r.choice(("爽快，说话直", "细致，爱问细节", "好面子"))
    if "experience" in sections:
        d.experience_notes = r.choice(
            ("白手起家，最自豪的是带出了一支团队", "想在十年内把企业交给儿子")
        )
    if "attitude" in sections:
        d.opinion_of_us = r.choice(("觉得我们审批慢", "对我们的理财经理很满意", "还在观望"))
        d.competitor_banks = r.sample(BANKS, r.randint(1, 3))
        d.favoured_bank = d.competitor_banks[0]
        d.first_business = dt.date(r.randint(2012, 2025), r.randint(1, 12), r.randint(1, 28))
        d.business_with_us = r.choice(
            ("代发工资、企业网银", "大额存单 200 万", "个人经营贷 300 万", "理财 50 万")
        )
        d.relationship = r.choice(list(Relationship))
    if "other" in sections:
        d.other_notes = r.choice(("愿意听建议", "比较固执", "管理上家族色彩浓"))
    if contact["introduced_by_id"] is not None:
        d.introduction = r.choice(list(Introduction))
        if d.introduction in (Introduction.MET, Introduction.CLIENT) and r.random() < 0.95:
            d.introducer_thanked = dt.date(2026, r.randint(1, 10), r.randint(1, 28))
    return d


def dossier_rows(
    seed: int, contacts: list[dict[str, Any]], now: dt.datetime
) -> dict[str, list[dict[str, Any]]]:
    """Rows for dossiers, their people and jobs, industries, companies and roles."""
    r = random.Random(seed * 31 + 5)
    ids = [c["id"] for c in contacts]
    out: dict[str, list[dict[str, Any]]] = {
        k: [] for k in ("dossiers", "people", "jobs", "events", "industries", "companies", "roles")
    }
    for n, (name, (cost, profit, deps, cycle)) in enumerate(INDUSTRY_FACTS.items(), start=1):
        out["industries"].append(
            {
                "id": n,
                "name": name,
                "cost_structure": cost,
                "profitability": profit,
                "dependencies": deps,
                "substitutability": "",
                "life_cycle": cycle.value,
                "competition": "本地同行多，价格竞争激烈",
            }
        )
    industries = {name: n for n, name in enumerate(INDUSTRY_FACTS, start=1)}
    companies: dict[str, int] = {}
    for c in contacts:
        name = c["company"]
        if name and name not in companies and len(companies) < 120:
            cid = len(companies) + 1
            companies[name] = cid
            industry = next((i for word, i in industries.items() if word in name), None)
            out["companies"].append(
                {
                    "id": cid,
                    "name": name,
                    "scale": r.choice(("员工 50 人", "员工 300 人", "年销售 2 亿")),
                    "stage": r.choice(list(LifeCycle)).value,
                    "products": "出口为主",
                    "management": r.choice(("家族管理", "职业经理人")),
                    "finance": "资产负债率 50%",
                    "related_companies": "",
                    "notes": "",
                    "industry_id": industry,
                }
            )
        if name in companies:
            title = c["title"]
            role = (
                Role.LEGAL_PERSON
                if "董事长" in title
                else Role.DECISION_MAKER
                if "总经理" in title
                else Role.FINANCE_HEAD
                if "财务" in title or "会计" in title
                else Role.MANAGER
                if "经理" in title
                else Role.STAFF
            )
            out["roles"].append(
                {"company_id": companies[name], "contact_id": c["id"], "role": role.value}
            )
    for c in contacts:
        if r.random() > 0.7 and c["introduced_by_id"] is None:
            continue
        d = demo_dossier(r, c, ids, now.date())
        percent, _empty = completeness(d)
        out["dossiers"].append(
            {
                "contact_id": d.contact_id,
                "address_as": d.address_as,
                "id_number": d.id_number,
                "ethnicity": d.ethnicity,
                "hukou": d.hukou,
                "nationality": d.nationality,
                "blood_type": d.blood_type,
                "height_cm": None,
                "weight_kg": None,
                "education_notes": d.education_notes,
                "family_notes": d.family_notes,
                "wedding_date": d.wedding_date,
                "people_notes": "",
                "career_notes": "",
                "health": d.health,
                "drinks": d.drinks,
                "drink_amount": d.drink_amount,
                "smoking": d.smoking.value if d.smoking else None,
                "cuisines": ",".join(x.value for x in d.cuisines),
                "allergies": d.allergies,
                "restaurants": d.restaurants,
                "life_notes": "",
                "religion": d.religion,
                "taboos": d.taboos,
                "style": d.style.value if d.style else None,
                "character_notes": d.character_notes,
                "experience_notes": d.experience_notes,
                "opinion_of_us": d.opinion_of_us,
                "competitor_banks": ",".join(d.competitor_banks),
                "favoured_bank": d.favoured_bank,
                "first_business": d.first_business,
                "business_with_us": d.business_with_us,
                "bank_relationship": d.relationship.value if d.relationship else None,
                "other_notes": d.other_notes,
                "introduction": d.introduction.value if d.introduction else None,
                "introducer_thanked": d.introducer_thanked,
                "completeness": percent,
                "updated_at": now,
            }
        )
        for i, p in enumerate(d.people):
            out["people"].append(
                {
                    "contact_id": d.contact_id,
                    "position": i,
                    "circle": p.circle.value,
                    "name": p.name,
                    "relation": p.relation,
                    "occupation": p.occupation,
                    "closeness": p.closeness,
                    "linked_id": p.linked_id,
                }
            )
        for i, e in enumerate(d.family_events):
            out["events"].append(
                {
                    "contact_id": d.contact_id,
                    "position": i,
                    "day": e.day,
                    "what": e.what,
                    "yearly": e.yearly,
                    "month_day": e.day.month * 100 + e.day.day,
                }
            )
        for i, j in enumerate(d.jobs):
            out["jobs"].append(
                {
                    "contact_id": d.contact_id,
                    "position": i,
                    "employer": j.employer,
                    "role": j.role,
                    "years": j.years,
                }
            )
    return out
