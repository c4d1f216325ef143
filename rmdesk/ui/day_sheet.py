"""The printable day sheet: each stop with its times, whom to see, where, why and what
to bring; lunch in its place; the visits left out and why — as HTML, and as an A4 PDF
(landscape) with real, searchable text. Rendered here, not in the page that asks."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from rmdesk.planning.day import SheetLine
from rmdesk.planning.route import DayRoute, Reason
from rmdesk.ui.labels import label


class DaySheet(QObject):
    """One day's sheet; `reason_text` says why a visit was left out (as the page does)."""

    def __init__(
        self,
        route: DayRoute,
        details: dict[int, SheetLine],
        summary: str,
        reason_text: Callable[[Reason, tuple[str, ...]], str],
    ) -> None:
        super().__init__()
        self.route = route
        self.details = details
        self.summary = summary
        self.reason_text = reason_text

    def html(self) -> str:
        """The printable day: each stop with its times, whom to see, where, why and what
        to bring; lunch in its place; the visits left out and why."""
        r = self.route
        details = self.details
        e = html.escape
        rows = []
        lunch_done = r.lunch is None
        for n, s in enumerate(r.stops, start=1):
            if not lunch_done and r.lunch is not None and r.lunch[0] <= s.arrive:
                rows.append(self._lunch_row(r.lunch))
                lunch_done = True
            line = details.get(s.visit.plan_id)
            who = e(s.visit.name)
            if line and line.person:
                who += "<br>" + e(line.person)
            if line and line.phone:
                who += "<br>" + e(line.phone)
            what = e(label(line.purpose)) if line else ""
            if line and line.materials:
                what += "<br>" + e(self.tr("Bring: {0}").format("、".join(line.materials)))
            kind = self.tr("appointment") if s.visit.fixed else self.tr("flexible")
            rows.append(
                "<tr>"
                f"<td>{n}</td><td>{s.arrive:%H:%M}</td><td><b>{s.start:%H:%M}–{s.depart:%H:%M}"
                f"</b><br>{e(kind)}</td><td>{who}</td><td>{e(line.place if line else '')}</td>"
                f"<td>{what}</td><td>{s.leg_km:.1f} km</td>"
                "</tr>"
            )
        if not lunch_done and r.lunch is not None:
            rows.append(self._lunch_row(r.lunch))
        left = "".join(
            f"<li>{e(u.visit.name)}: {e(self.reason_text(u.reason, u.clashes_with))}</li>"
            for u in r.unassigned
        )
        head = "".join(
            f"<th>{e(t)}</th>"
            for t in (
                "#",
                self.tr("Arrive"),
                self.tr("Visit"),
                self.tr("Client"),
                self.tr("Place"),
                self.tr("Purpose"),
                self.tr("Drive"),
            )
        )
        title = self.tr("Day sheet {0}").format(r.day.isoformat())
        summary = e(self.summary)
        out = f"<h2>{e(title)}</h2><p>{e(r.branch.name)} — {summary}</p>"
        out += (
            "<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
            f"<tr>{head}</tr>{''.join(rows)}</table>"
        )
        if left:
            heading = e(self.tr("Not planned"))
            out += f"<h3>{heading}</h3><ul>{left}</ul>"
        return out

    def _lunch_row(self, lunch: tuple[dt.datetime, dt.datetime]) -> str:
        text = html.escape(self.tr("Lunch"))
        when = f"{lunch[0]:%H:%M}–{lunch[1]:%H:%M}"
        return f"<tr><td></td><td></td><td>{when}</td><td colspan='4'><i>{text}</i></td></tr>"

    def pdf(self) -> bytes:
        """The sheet as a PDF's bytes (the caller decides where, and how private)."""
        doc = QTextDocument()
        doc.setDefaultFont(QFont(doc.defaultFont().family(), 10))
        doc.setHtml(self.html())
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setTitle(self.tr("Day sheet {0}").format(self.route.day.isoformat()))
        doc.print_(writer)
        del writer
        return bytes(buffer.data().data())
