"""The printable day sheet: each stop with its times, whom to see, where, why and what
to bring; lunch in its place; the visits left out and why. A4 landscape."""

from __future__ import annotations

from rmdesk.documents import Document, Grid, Heading, Items, Para, Title
from rmdesk.i18n import language, translate
from rmdesk.labels import label, reason_text
from rmdesk.planning.day import SheetLine
from rmdesk.planning.route import DayRoute


def day_sheet_document(route: DayRoute, details: dict[int, SheetLine], summary: str) -> Document:
    """`details` per plan id (planning.day.sheet_details); `summary` the route's line as
    the window shows it (leave, back, distance, lunch, the day's note)."""
    r = route
    title = translate("DaySheet", "Day sheet {0}").format(r.day.isoformat())
    rows: list[tuple[str, ...]] = []
    lunch_done = r.lunch is None
    lunch_text = translate("DaySheet", "Lunch")
    for n, s in enumerate(r.stops, start=1):
        if not lunch_done and r.lunch is not None and r.lunch[0] <= s.arrive:
            rows.append(("", "", f"{r.lunch[0]:%H:%M}–{r.lunch[1]:%H:%M}", lunch_text, "", "", ""))
            lunch_done = True
        line = details.get(s.visit.plan_id)
        who = [s.visit.name]
        what = [label(line.purpose)] if line else []
        if line:
            who += [x for x in (line.person, line.phone) if x]
            if line.materials:
                bring = "、".join(line.materials)
                what.append(translate("DaySheet", "Bring: {0}").format(bring))
        kind = (
            translate("DaySheet", "appointment")
            if s.visit.fixed
            else translate("DaySheet", "flexible")
        )
        rows.append(
            (
                str(n),
                f"{s.arrive:%H:%M}",
                f"{s.start:%H:%M}–{s.depart:%H:%M}\n{kind}",
                "\n".join(who),
                line.place if line else "",
                "\n".join(what),
                f"{s.leg_km:.1f} km",
            )
        )
    if not lunch_done and r.lunch is not None:
        rows.append(("", "", f"{r.lunch[0]:%H:%M}–{r.lunch[1]:%H:%M}", lunch_text, "", "", ""))
    header = (
        "#",
        translate("DaySheet", "Arrive"),
        translate("DaySheet", "Visit"),
        translate("DaySheet", "Client"),
        translate("DaySheet", "Place"),
        translate("DaySheet", "Purpose"),
        translate("DaySheet", "Drive"),
    )
    doc = Document(title, landscape=True)
    doc.blocks.append(Title(title))
    doc.blocks.append(Para(f"{r.branch.name} — {summary}"))
    doc.blocks.append(Grid(header, tuple(rows), (0.4, 0.8, 1.3, 2.2, 3.0, 2.4, 0.9)))
    if r.unassigned:
        colon = "：" if language() == "zh_CN" else ": "
        doc.blocks.append(Heading(translate("DaySheet", "Not planned")))
        left = (
            f"{u.visit.name}{colon}{reason_text(u.reason, u.clashes_with)}" for u in r.unassigned
        )
        doc.blocks.append(Items(tuple(left)))
    return doc
