"""What every reader gives: a document's tables as rows of cells, and its other text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import Any


@dataclasses.dataclass(frozen=True)
class Line:
    """One line of a cell: a paragraph, or a part of one after a line break."""

    text: str
    strong: bool = False
    """The whole line is bold (a block's title in many run-sheets)."""
    muted: bool = False
    """Small or grey text: a detail under the line before it (as planverksted's Word writes)."""
    emphasis: tuple[str, ...] = ()
    """The stretches of it in italics (a group's question, in the seed's run-sheet)."""


@dataclasses.dataclass(frozen=True)
class Cell:
    """One cell, as its lines; a cell covered by a merge to its left is ``spanned``."""

    lines: tuple[Line, ...] = ()
    spanned: bool = False
    date: dt.date | None = None
    """The day, when the cell holds a date and a time (a spreadsheet's date-time)."""
    minutes: int | None = None
    """The time of day, when the cell holds a typed time (a spreadsheet's time cell)."""
    above: tuple[Line, ...] = ()
    """A cell merged down from the row above (Word): the merged cell's lines."""

    @functools.cached_property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @functools.cached_property
    def empty(self) -> bool:
        return not any(line.text.strip() for line in self.lines)


def text_cell(text: str, **more: Any) -> Cell:
    """A cell of plain text, one line per line of ``text``."""
    lines = tuple(Line(part.strip()) for part in text.replace("\r\n", "\n").split("\n"))
    return Cell(tuple(line for line in lines if line.text), **more)


@dataclasses.dataclass(frozen=True)
class Table:
    """A table as rows of cells, each row as long as the longest."""

    rows: tuple[tuple[Cell, ...], ...]
    numbers: tuple[int, ...]
    """Each row's number as the source shows it (a sheet's row, a table's row from 1)."""
    heading: str | None = None
    """The heading just before the table (Word, Markdown), or the sheet's name."""
    merged_rows: frozenset[int] = frozenset()
    """Indexes of rows that are one cell merged across the whole table."""
    caption: str | None = None
    """The paragraph just before the table (Word): "Parallelle verkstader – Parallelle spor"."""


@dataclasses.dataclass(frozen=True)
class Document:
    """A source document: its tables, its title, and its other text."""

    name: str
    tables: tuple[Table, ...]
    title: str | None = None
    subtitle: str | None = None
    texts: tuple[str, ...] = ()
    """Paragraphs outside the tables, in order: for the date, facts and the language."""
    language: str | None = None
    """The language the document declares of itself (a Word document's core property)."""


def padded(rows: list[list[Cell]], width_cap: int) -> tuple[tuple[Cell, ...], ...]:
    """Every row as long as the longest (at most ``width_cap`` cells)."""
    width = min(max((len(row) for row in rows), default=0), width_cap)
    return tuple(tuple(row[:width]) + (Cell(),) * (width - len(row[:width])) for row in rows)
