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
    return {"products": products, "plans": plans, "calls": calls}
