"""A Document as HTML (for the window: QTextBrowser, printing) or as PDF (ReportLab).

The PDF uses the Adobe CJK font STSong-Light, which PDF readers provide: no font file
has to ship or be found, Chinese renders everywhere, and the text is real (searchable,
copyable).
"""

from __future__ import annotations

import html
import io
from typing import Any

from rmdesk.documents import Document, Grid, Heading, Items, PageBreak, Pairs, Para, Title

FONT = "STSong-Light"
SENSITIVE = "#8e44ad"
MUTED = "#666666"


def _lines(text: str) -> str:
    return "<br/>".join(html.escape(line) for line in text.split("\n"))


def to_html(doc: Document) -> str:
    out: list[str] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            out.append(f"<h2>{html.escape(block.text)}</h2>")
            if block.note:
                out.append(f"<p style='color:{MUTED}'>{html.escape(block.note)}</p>")
        elif isinstance(block, Heading):
            style = f" style='color:{SENSITIVE}'" if block.sensitive else ""
            out.append(f"<h3{style}>{html.escape(block.text)}</h3>")
        elif isinstance(block, Para):
            style = f" style='color:{MUTED}'" if block.muted else ""
            out.append(f"<p{style}>{_lines(block.text)}</p>")
        elif isinstance(block, Pairs):
            rows = "".join(
                f"<tr><td style='color:#555;padding-right:10px' valign='top'>"
                f"{html.escape(k)}</td><td>{_lines(v)}</td></tr>"
                for k, v in block.rows
            )
            out.append(f"<table cellspacing='2'>{rows}</table>")
        elif isinstance(block, Grid):
            head = "".join(f"<th>{html.escape(h)}</th>" for h in block.header)
            body = [
                "<tr>" + "".join(f"<td>{_lines(c)}</td>" for c in row) + "</tr>"
                for row in block.rows
            ]
            out.append(
                "<table border='1' cellspacing='0' cellpadding='5' width='100%'>"
                f"<tr>{head}</tr>{''.join(body)}</table>"
            )
        elif isinstance(block, Items):
            items = "".join(f"<li>{_lines(line)}</li>" for line in block.lines)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, PageBreak):
            out.append("<hr style='page-break-after:always'>")
    return "".join(out)


def _register_font() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FONT))


def to_pdf(doc: Document) -> bytes:
    """The document as PDF bytes (A4; landscape if the document says so)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak as Break
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

    _register_font()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10.5, leading=15, wordWrap="CJK")
    head = ParagraphStyle("head", parent=body, fontSize=12, leading=18, spaceBefore=8)
    title = ParagraphStyle("title", parent=body, fontSize=18, leading=24)
    small = ParagraphStyle("small", parent=body, fontSize=8.5, leading=12, textColor=MUTED)
    cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=13)
    page = landscape(A4) if doc.landscape else A4
    width = page[0] - 36 * mm

    def para(text: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(_lines(text), style)

    story: list[Any] = []
    for block in doc.blocks:
        if isinstance(block, Title):
            story.append(para(block.text, title))
            if block.note:
                story.append(para(block.note, small))
        elif isinstance(block, Heading):
            style = ParagraphStyle("sensitive", parent=head, textColor=SENSITIVE)
            story.append(para(block.text, style if block.sensitive else head))
        elif isinstance(block, Para):
            story.append(para(block.text, small if block.muted else body))
        elif isinstance(block, Pairs):
            data = [[para(k, body), para(v, body)] for k, v in block.rows]
            table = Table(data, colWidths=[38 * mm, width - 38 * mm])
            table.setStyle([("VALIGN", (0, 0), (-1, -1), "TOP")])
            story.append(table)
        elif isinstance(block, Grid):
            shares = block.widths or tuple(1.0 for _ in block.header)
            widths = [width * s / sum(shares) for s in shares]
            data = [[para(h, cell) for h in block.header]]
            data += [[para(c, cell) for c in row] for row in block.rows]
            table = Table(data, colWidths=widths, repeatRows=1)
            table.setStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("GRID", (0, 0), (-1, -1), 0.5, "#999999"),
                    ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
                ]
            )
            story.append(table)
        elif isinstance(block, Items):
            for line in block.lines:
                story.append(para("• " + line, body))
        elif isinstance(block, PageBreak):
            story.append(Break())
    if not story:
        story.append(Spacer(1, 6 * mm))
    buffer = io.BytesIO()
    SimpleDocTemplate(
        buffer,
        pagesize=page,
        title=doc.title,
        author="rmdesk",
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=16 * mm,
    ).build(story)
    return buffer.getvalue()
