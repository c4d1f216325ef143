"""Briefings as a PDF: one client per page, real (searchable, copyable) text.

ReportLab writes it with the Adobe CJK font STSong-Light, which PDF readers provide, so
no font file has to ship or be found on the machine, and Chinese renders everywhere.
"""

from __future__ import annotations

import html
import io
from collections.abc import Sequence
from pathlib import Path

from rmdesk.domain.kinds import Kind, Style
from rmdesk.dossier.briefing import Briefing
from rmdesk.store.private import write_private

FONT = "STSong-Light"

LABELS = {
    "zh_CN": {
        "title": "拜访前简报",
        "address_as": "称呼",
        "style": "沟通类型",
        "approach": "建议做法",
        "preferences": "喜好与禁忌",
        "family": "家庭",
        "dates": "未来 30 天的重要日子",
        "holdings": "与本行及他行",
        "interactions": "最近三次拜访",
        "introducer": "介绍人",
        "plan": "本次拜访",
        "sensitive": "敏感信息（本次选择包含）",
        "masked": "身份信息（已掩码）",
        "completeness": "档案完整度 {0}%；空缺：{1}",
        "none": "（无）",
        "cuisines": "菜系",
        "restaurants": "常去的餐厅",
        "drinks": "饮酒",
        "smoking": "吸烟",
        "allergies": "过敏",
        "taboos": "忌讳",
        "hobbies": "爱好",
        "birthday": "生日",
        "business_anniversary": "与本行合作 {0} 周年",
        "business_with_us": "在本行的业务",
        "relationship": "关系",
        "opinion_of_us": "对本行的看法",
        "competitor_banks": "往来的他行",
        "favoured_bank": "最偏好的银行",
        "first_business": "首次业务",
        "id_number": "身份证号",
        "health": "健康",
        "religion": "宗教",
        "income_band": "收入",
        "purpose": "目的",
        "when": "时间",
        "materials": "携带",
        "strategy": "策略",
        "place": "地点",
        "status": "介绍状态",
        "basic": "基本", "education": "教育", "people": "人际", "career": "事业",
        "life": "生活", "character": "性格", "experience": "经历", "attitude": "对本行态度",
        "other": "其他",
    },
    "en": {
        "title": "Pre-visit briefing",
        "address_as": "Address as",
        "style": "Communication style",
        "approach": "Approach",
        "preferences": "Preferences and taboos",
        "family": "Family",
        "dates": "Dates in the next 30 days",
        "holdings": "With us and with other banks",
        "interactions": "Last three visits",
        "introducer": "Introduced by",
        "plan": "This visit",
        "sensitive": "Sensitive fields (included this time)",
        "masked": "Identity (masked)",
        "completeness": "Dossier {0}% complete; empty: {1}",
        "none": "(none)",
        "cuisines": "Cuisines",
        "restaurants": "Restaurants",
        "drinks": "Drinks",
        "smoking": "Smoking",
        "allergies": "Allergies",
        "taboos": "Taboos",
        "hobbies": "Hobbies",
        "birthday": "Birthday",
        "business_anniversary": "{0} years with us",
        "business_with_us": "Business with us",
        "relationship": "Relationship",
        "opinion_of_us": "Opinion of us",
        "competitor_banks": "Other banks",
        "favoured_bank": "Favoured bank",
        "first_business": "First business",
        "id_number": "ID number",
        "health": "Health",
        "religion": "Religion",
        "income_band": "Income",
        "purpose": "Purpose",
        "when": "When",
        "materials": "Bring",
        "strategy": "Strategy",
        "place": "Place",
        "status": "Introduction",
        "basic": "basic", "education": "education", "people": "people", "career": "career",
        "life": "life", "character": "character", "experience": "experience",
        "attitude": "attitude to us", "other": "other",
    },
}  # fmt: skip

APPROACH_EN = {
    Style.STEADY: "Be more expert than them; use evidence.",
    Style.CAUTIOUS: "Small talk and patience; build trust slowly.",
    Style.INEXPERIENCED: "Plain language and proof; no pressure.",
    Style.HAGGLER: "Stay firm, concede little; go as two RMs.",
    Style.SHOW_OFF: "Listen and praise; present the product as status.",
}


def _name(kind: Kind, lang: str) -> str:
    return kind.zh if lang == "zh_CN" else kind.name.replace("_", " ").capitalize()


def _date_text(t: dict[str, str], code: str, detail: str) -> str:
    if code == "business_anniversary":
        return t[code].format(detail)
    return t[code] + (f"（{detail}）" if detail else "")


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def write_briefings(path: Path, briefings: Sequence[Briefing], lang: str = "zh_CN") -> Path:
    """Write the briefings to `path`, one per page. Raises OSError if it cannot."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    _register_font()
    t = LABELS["zh_CN" if lang == "zh_CN" else "en"]
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=18, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=24)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=12, textColor="#666666")
    e = html.escape

    def rows(pairs: Sequence[tuple[str, str]]) -> Table:
        data = [[Paragraph(e(t.get(k, k)), body), Paragraph(e(v), body)] for k, v in pairs]
        table = Table(data, colWidths=[38 * mm, 130 * mm])
        table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
        return table

    story: list = []
    for n, b in enumerate(briefings):
        if n:
            story.append(PageBreak())
        heading = f"{b.name}（{b.address_as}）" if lang == "zh_CN" else f"{b.name} ({b.address_as})"
        story.append(Paragraph(e(heading), title))
        line = " · ".join(
            x for x in (b.company, b.title, _name(b.stage, lang) if b.stage else "") if x
        )
        story.append(Paragraph(e(line) or e(t["title"]), small))
        if b.style is not None:
            approach = b.approach_zh if lang == "zh_CN" else APPROACH_EN[b.style]
            story.append(Paragraph(e(t["style"]), head))
            story.append(rows([("style", _name(b.style, lang)), ("approach", approach)]))
        if b.plan is not None:
            p = b.plan
            when = f"{p.time.day.isoformat()} {p.time.window_start:%H:%M}"
            plan_rows = [
                ("purpose", _name(p.purpose, lang) + (f"：{p.content}" if p.content else "")),
                ("when", when),
            ]
            if p.place_text:
                plan_rows.append(("place", p.place_text))
            if p.materials:
                plan_rows.append(("materials", "、".join(m.item for m in p.materials)))
            if p.strategy:
                plan_rows.append(("strategy", p.strategy))
            story.append(Paragraph(e(t["plan"]), head))
            story.append(rows(plan_rows))
        story.append(Paragraph(e(t["preferences"]), head))
        story.append(rows(b.preferences) if b.preferences else Paragraph(e(t["none"]), body))
        if b.family:
            story.append(Paragraph(e(t["family"]), head))
            story.append(Paragraph(e(b.family), body))
        story.append(Paragraph(e(t["dates"]), head))
        if b.dates:
            story.append(
                rows([(d.isoformat(), _date_text(t, code, detail)) for d, code, detail in b.dates])
            )
        else:
            story.append(Paragraph(e(t["none"]), body))
        story.append(Paragraph(e(t["holdings"]), head))
        story.append(rows(b.holdings) if b.holdings else Paragraph(e(t["none"]), body))
        story.append(Paragraph(e(t["interactions"]), head))
        if b.interactions:
            story.append(
                rows(
                    [
                        ("", f"{v.time.day.isoformat()}  {_name(v.purpose, lang)}  {v.content}")
                        for v in b.interactions
                    ]
                )
            )
        else:
            story.append(Paragraph(e(t["none"]), body))
        if b.introducer is not None:
            name, status = b.introducer
            story.append(Paragraph(e(t["introducer"]), head))
            pairs = [("introducer", name)]
            if status is not None:
                pairs.append(("status", _name(status, lang)))
            story.append(rows(pairs))
        if b.sensitive:
            story.append(
                Paragraph(e(t["sensitive"] if b.sensitive_included else t["masked"]), head)
            )
            story.append(rows(b.sensitive))
        story.append(Spacer(1, 6 * mm))
        gaps = "、".join(t[s] for s in b.empty_sections) or t["none"]
        story.append(Paragraph(e(t["completeness"].format(b.completeness, gaps)), small))
    if not story:
        story.append(Paragraph(e(t["none"]), body))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=t["title"],
        author="rmdesk",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    )
    doc.build(story)
    # The PDF may hold what the user ticked in (ID number, health): private to them.
    return write_private(path, buffer.getvalue())
