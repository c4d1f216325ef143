"""Printable documents — the pre-visit briefing and the day sheet — built once as plain
blocks, then rendered as HTML (shown and printed in the window) or as PDF (ReportLab,
the one PDF engine). Their words come from `rmdesk.labels` and `rmdesk.i18n`, the same
translations as the windows'."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Title:
    text: str
    note: str = ""  # a grey line under it


@dataclass(frozen=True)
class Heading:
    text: str
    sensitive: bool = False  # shown in the colour of sensitive fields


@dataclass(frozen=True)
class Para:
    text: str
    muted: bool = False


@dataclass(frozen=True)
class Pairs:
    """Label and value, one pair a line."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A ruled table with a header row; a cell's lines are separated by "\\n"."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()  # relative column widths


@dataclass(frozen=True)
class Items:
    lines: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Title | Heading | Para | Pairs | Grid | Items | PageBreak


@dataclass
class Document:
    title: str
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
