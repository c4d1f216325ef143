"""The demo book's holdings and key-client plans: products maturing over the coming
months (some within the fortnight, so that Today has maturities on first start),
maintenance plans for most key clients, and the calls that kept most of them in touch."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any

from rmdesk.domain.kinds import KeyDirection, ProductType

# (type, product names, amount range in 万元, term in days or None for no maturity)
HOLDINGS = (
    (ProductType.DEPOSIT, ("三年期定期存款", "一年期定期存款", "大额存单"), (5, 300), (90, 1095)),
    (ProductType.WEALTH, ("添利理财 90天", "稳健增益 180天", "季季盈"), (10, 500), (90, 365)),
    (ProductType.FUND, ("沪深300指数基金", "纯债基金"), (2, 100), None),
    (ProductType.INSURANCE, ("年金险", "重疾险"), (1, 50), None),
    (ProductType.LOAN, ("经营性贷款", "个人住房贷款"), (20, 800), (180, 1095)),
    (ProductType.DEBIT_CARD, ("借记卡",), (0, 0), None),
    (ProductType.CREDIT_CARD, ("白金信用卡", "金卡"), (0, 0), None),
)


def keeping_rows(
    seed: int, contacts: Sequence[dict[str, Any]], today: dt.date
) -> dict[str, list[dict[str, Any]]]:
    r = random.Random(f"keeping-{seed}")
    products: list[dict[str, Any]] = []
    plans: list[dict[str, Any]] = []
    calls: list[dict[str, Any]] = []
    now = dt.datetime.combine(today, dt.time(8))
    for contact in contacts:
        if contact["stage"] in (None, "attention", "interest") and not contact["key_client"]:
            continue
        for kind, names, (low, high), term in r.sample(HOLDINGS, r.randint(1, 2)):
            maturity = start = None
            if term is not None:
                length = r.randint(*term)
                # Maturities spread over the coming months: a few inside the fortnight.
                maturity = today + dt.timedelta(days=r.randint(0, 365))
                start = maturity - dt.timedelta(days=length)
            else:
                start = today - dt.timedelta(days=r.randint(30, 1500))
            products.append(
                {
                    "contact_id": contact["id"],
                    "type": kind.value,
                    "name": r.choice(names),
                    "amount_fen": r.randint(low, high) * 1_000_000 if high else 0,
                    "start": start,
                    "maturity": maturity,
                    "notes": "",
                    "created_at": now,
                }
            )
        if contact["key_client"]:
            # Key clients are called regularly; some have waited too long since.
            for back in sorted(r.sample(range(1, 45), 3), reverse=True):
                at = dt.datetime.combine(today - dt.timedelta(days=back), dt.time(10, 30))
                calls.append(
                    {"contact_id": contact["id"], "at": at, "outcome": "reached", "note": "",
                     "call_back_at": None}
                )  # fmt: skip
        if contact["key_client"] and r.random() < 0.7:
            plans.append(
                {
                    "contact_id": contact["id"],
                    "direction": r.choice(
                        (KeyDirection.DEEPEN, KeyDirection.DEEPEN, KeyDirection.KEEP)
                    ).value,
                    "every_days": r.choice((14, 30, 30, 60)),
                    "invest": r.choice(
                        ("每季度一次上门，节日礼品预算500元", "每月电话，半年一次茶叙")
                    ),
                    "returns": r.choice(("代发工资", "年日均存款增加100万", "引荐同业客户")),
                    "updated_at": now,
                }
            )
    complaints, steps = complaint_rows(r, [c["id"] for c in contacts if c["stage"]], today)
    return {
        "products": products,
        "plans": plans,
        "calls": calls,
        "complaints": complaints,
        "complaint_steps": steps,
    }


# (what the client said, the fix, how many of the seven steps are done, days ago received,
# days given): one past its deadline, one in hand, two closed.
COMPLAINTS = (
    ("转账到账慢了两天，耽误了货款", "核查汇路，加急退还手续费", 4, 12, 7),
    ("理财产品收益不及宣传", "约产品经理当面解释收益构成", 3, 3, 10),
    ("柜台排队一个多小时", "开通绿色通道预约", 7, 40, 7),
    ("信用卡年费被重复扣收", "退还多扣年费并致歉", 7, 60, 5),
)
STEPS = ("aside", "calm", "apologise", "facts", "fix", "outcome", "thank")


def complaint_rows(
    r: random.Random, staged: list[int], today: dt.date
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    complaints: list[dict[str, Any]] = []
    steps: list[dict[str, Any]] = []
    if len(staged) < len(COMPLAINTS):
        return complaints, steps
    for n, (words, fix, done, ago, days) in enumerate(COMPLAINTS, start=1):
        received = today - dt.timedelta(days=ago)
        complaints.append(
            {"id": n, "contact_id": r.choice(staged), "received": received, "owner": "我",
             "deadline": received + dt.timedelta(days=days), "summary": words,
             "fact_who": "客户本人", "fact_what": words, "fact_when": received.isoformat(),
             "fact_where": "网点", "fact_why": "", "fix": fix if done >= 5 else "",
             "outcome": "客户表示满意" if done >= 6 else "", "follow_up": "",
             "closed_on": received + dt.timedelta(days=done - 1) if done == 7 else None,
             "created_at": dt.datetime.combine(received, dt.time(10))}
        )  # fmt: skip
        steps += [
            {"complaint_id": n, "step": step, "day": received + dt.timedelta(days=k), "by": "我"}
            for k, step in enumerate(STEPS[:done])
        ]
    return complaints, steps
