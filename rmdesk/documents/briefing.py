"""The pre-visit briefing as a document: one client a page, built from briefings that
went through `redact` (dossier/briefing.py)."""

from __future__ import annotations

from collections.abc import Sequence

from rmdesk.documents import Block, Document, Heading, PageBreak, Pairs, Para, Title
from rmdesk.dossier.briefing import Briefing
from rmdesk.i18n import language, translate
from rmdesk.labels import approach_text, label, section_name, visit_log_text


def _field_names() -> dict[str, str]:
    return {
        "cuisines": translate("BriefingView", "Cuisines"),
        "restaurants": translate("BriefingView", "Restaurants"),
        "drinks": translate("BriefingView", "Drinks"),
        "smoking": translate("BriefingView", "Smoking"),
        "allergies": translate("BriefingView", "Allergies"),
        "taboos": translate("BriefingView", "Taboos"),
        "hobbies": translate("BriefingView", "Hobbies"),
        "business_with_us": translate("BriefingView", "Business with us"),
        "relationship": translate("BriefingView", "Relationship"),
        "opinion_of_us": translate("BriefingView", "Opinion of us"),
        "competitor_banks": translate("BriefingView", "Other banks"),
        "favoured_bank": translate("BriefingView", "Favoured bank"),
        "first_business": translate("BriefingView", "First business"),
        "id_number": translate("BriefingView", "ID number"),
        "health": translate("BriefingView", "Health"),
        "religion": translate("BriefingView", "Religion"),
        "income_band": translate("BriefingView", "Income"),
        "birthday": translate("BriefingView", "Birthday"),
        "wedding_anniversary": translate("BriefingView", "Wedding anniversary"),
        "family_event": translate("BriefingView", "Family"),
    }


def briefing_document(briefings: Sequence[Briefing]) -> Document:
    doc = Document(translate("BriefingView", "Pre-visit briefing"))
    if not briefings:
        doc.blocks.append(Para(translate("BriefingView", "No client to brief on that day.")))
        return doc
    names = _field_names()
    for n, b in enumerate(briefings):
        if n:
            doc.blocks.append(PageBreak())
        doc.blocks.extend(_page(b, names))
    return doc


def _pairs(pairs: Sequence[tuple[str, str]], names: dict[str, str]) -> Block:
    if not pairs:
        return Para(translate("BriefingView", "Nothing known yet."), muted=True)
    return Pairs(tuple((names.get(k, k), v) for k, v in pairs))


def _page(b: Briefing, names: dict[str, str]) -> list[Block]:
    zh = language() == "zh_CN"
    heading = f"{b.name}（{b.address_as}）" if zh else f"{b.name} ({b.address_as})"
    line = " · ".join(x for x in (b.company, b.title, label(b.stage) if b.stage else "") if x)
    out: list[Block] = [Title(heading, line)]
    if b.style is not None:
        out.append(Heading(translate("BriefingView", "Style and approach")))
        out.append(Para(f"{label(b.style)} — {approach_text(b.style)}"))
    if b.bring_female_colleague:
        out.append(Heading(translate("BriefingView", "Who goes")))
        out.append(
            Para(
                translate(
                    "BriefingView",
                    "A male RM visiting a female client brings a female colleague along.",
                )
            )
        )
    if b.plan is not None:
        p = b.plan
        lines = [f"{p.time.day.isoformat()} {p.time.window_start:%H:%M} · {label(p.purpose)}"]
        if p.place_text:
            lines.append(p.place_text)
        if p.content:
            lines.append(p.content)
        if p.materials:
            bring = "、".join(m.item for m in p.materials)
            lines.append(translate("BriefingView", "Bring: {0}").format(bring))
        if p.strategy:
            lines.append(p.strategy)
        out.append(Heading(translate("BriefingView", "This visit")))
        out.append(Para("\n".join(lines)))
    out.append(Heading(translate("BriefingView", "Preferences and taboos")))
    out.append(_pairs(b.preferences, names))
    if b.family:
        out.append(Heading(section_name("family")))
        out.append(Para(b.family))
    out.append(Heading(translate("BriefingView", "Dates in the next 30 days")))
    dates = []
    for day, code, detail in b.dates:
        what = (
            translate("BriefingView", "{0} years with us").format(detail)
            if code == "business_anniversary"
            else names.get(code, code) + (f" ({detail})" if detail else "")
        )
        dates.append((day.isoformat(), what))
    out.append(_pairs(dates, names))
    out.append(Heading(translate("BriefingView", "With us and with other banks")))
    out.append(_pairs(b.holdings, names))
    out.append(Heading(translate("BriefingView", "Last three visits")))
    out.append(_pairs(_last_visits(b), names))
    if b.open_objections:
        out.append(Heading(translate("BriefingView", "Open objections")))
        out.append(
            Pairs(
                tuple((f"{label(o.kind)} · {label(o.cause)}", o.words) for o in b.open_objections)
            )
        )
    if b.stage_history:
        out.append(Heading(translate("BriefingView", "Stage history")))
        # One line (the briefing keeps to a page): 关注 2024-01-10 → 兴趣 2024-02-09 → …
        out.append(
            Para(
                " → ".join(
                    f"{label(c.stage) if c.stage else '—'} {c.since.date().isoformat()}"
                    for c in b.stage_history
                )
            )
        )
    if b.introducer is not None:
        name, status = b.introducer
        out.append(Heading(translate("BriefingView", "Introduced by")))
        if status is not None:
            name += f"（{label(status)}）" if zh else f" ({label(status)})"
        out.append(Para(name))
    if b.sensitive:
        heading = (
            translate("BriefingView", "Sensitive fields (included this time)")
            if b.sensitive_included
            else translate("BriefingView", "Identity (masked)")
        )
        out.append(Heading(heading, sensitive=True))
        out.append(_pairs(b.sensitive, names))
    gaps = "、".join(section_name(s) for s in b.empty_sections)
    complete = translate("BriefingView", "Dossier {0}% complete.").format(b.completeness)
    if gaps:
        complete += " " + translate("BriefingView", "Empty: {0}").format(gaps)
    out.append(Para(complete, muted=True))
    return out


def _last_visits(b: Briefing) -> list[tuple[str, str]]:
    """The three latest visits, planned or only logged: the plan's purpose and content,
    then what the visit's log said."""
    logs = {v.plan_id: v for v in b.recent_visits if v.plan_id is not None}
    visits = []
    for plan in b.interactions:
        text = f"{label(plan.purpose)} {plan.content}".strip()
        log = logs.get(plan.id) if plan.id is not None else None
        if log is not None:
            text = f"{text} — {visit_log_text(log)}" if text else visit_log_text(log)
        visits.append((plan.time.day, text))
    planned = {plan.id for plan in b.interactions}
    for log in b.recent_visits:
        if log.plan_id is None or log.plan_id not in planned:  # not merged above
            visits.append((log.day, visit_log_text(log)))
    visits.sort(key=lambda v: v[0], reverse=True)
    return [(day.isoformat(), text) for day, text in visits[:3]]
