"""Thank-you notes after a visit (DOMAIN.md step 5: send one whether or not the deal
closed), drafted in Chinese from the visit and the dossier, for the RM to read over, copy
or print. rmdesk never sends anything itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rmdesk.domain.activity import VisitLog
from rmdesk.domain.profile import Profile

SMS_LIMIT = 70  # characters of one Chinese SMS


@dataclass(frozen=True)
class ThankYouDraft:
    letter: str
    sms: str


def salutation(name: str, address_as: str) -> str:
    """How the note opens: the client's own form of address (王总, 李老师) if the dossier
    has one, else the full name."""
    return address_as.strip() or name.strip()


def _day(day: dt.date, today: dt.date) -> str:
    if day == today:
        return "今天"
    if day == today - dt.timedelta(days=1):
        return "昨天"
    return f"{day.month}月{day.day}日"


def thank_you(
    visit: VisitLog,
    name: str,
    address_as: str,
    rm: Profile | None = None,
    today: dt.date | None = None,
) -> ThankYouDraft:
    """A letter and an SMS thanking the client for the visit: when it was, what was
    talked about, and the next step agreed, in the client's own terms; signed with the
    RM's own details (title and name, phone; the SMS with the name)."""
    who = salutation(name, address_as)
    when = _day(visit.day, today or dt.date.today())
    signed = rm.name.strip() if rm else ""
    topic = f"关于{visit.products.strip()}的交流" if visit.products.strip() else "这次交流"
    nxt = visit.next_step.strip()
    plan = ""
    if nxt and visit.next_date is not None:
        plan = f"我们约定{visit.next_date.month}月{visit.next_date.day}日{nxt}，届时再向您请教。"
    elif nxt:
        plan = f"接下来我会{nxt}，有任何问题随时联系我。"
    lines = [
        f"尊敬的{who}：",
        "",
        f"    感谢您{when}在百忙之中抽出时间与我见面。{topic}让我受益良多，"
        "您提出的意见和需求我都已认真记录。",
    ]
    if plan:
        lines.append(f"    {plan}")
    lines += [
        "    如有任何需要，请随时与我联系。再次感谢您的信任与支持！",
        "",
        "此致",
        "敬礼",
    ]
    lines += rm.signature() if rm else []
    lines.append(f"{visit.day.year}年{visit.day.month}月{visit.day.day}日")
    sms = f"{who}您好，感谢您{when}抽空见面！"
    if nxt and visit.next_date is not None:
        sms += f"{visit.next_date.month}月{visit.next_date.day}日{nxt}，届时再联系您。"
    sms += "祝工作顺利！" + (f"——{signed}" if signed else "")
    if len(sms) > SMS_LIMIT:  # the next step is what gets shortened
        sms = f"{who}您好，感谢您{when}抽空见面！祝工作顺利！" + (f"——{signed}" if signed else "")
    return ThankYouDraft("\n".join(lines), sms[:SMS_LIMIT])
