"""Word (.docx, .docm, .dotx): the document's tables, headings and paragraphs, with python-docx.

Merged cells are kept as such (a cell spanning columns is followed by ``spanned`` cells);
bold, italic and small grey text are kept per line, as run-sheets use them for titles,
questions and details. Macros are never run: only the document's XML is read.
"""

from __future__ import annotations

import dataclasses
import io
import zipfile
from typing import TYPE_CHECKING, Any

from planverksted.errors import PlanverkstedError
from planverksted.importing import limits
from planverksted.importing.package import as_plain_document, open_package
from planverksted.importing.sheet import Cell, Document, Line, Table, padded

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

_MUTED_BELOW_PT = 10.0
"""Text smaller than this (points) is a detail, as planverksted's own Word output writes it."""


def read(data: bytes, name: str) -> Document:
    """The tables and text of the Word document ``data``."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise PlanverkstedError.of(
            "import.extra", "import.extra.hint", what="Word", extra="docx"
        ) from None
    package = open_package(data, name, "Word")
    data = as_plain_document(package, data, name)
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what="Word"
        ) from None
    except Exception:  # lxml's XMLSyntaxError and the like: a broken document
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what="Word"
        ) from None
    return _Reader(document, name).read()


class _Reader:
    def __init__(self, document: WordDocument, name: str) -> None:
        self.document = document
        self.name = name
        self.cells = 0
        self.text_size = 0
        self.styles: dict[str | None, tuple[bool, bool, bool]] = {}

    def read(self) -> Document:
        from docx.text.paragraph import Paragraph

        title: str | None = None
        first_heading: str | None = None
        subtitle: str | None = None
        heading: str | None = None
        texts: list[str] = []
        tables: list[Table] = []
        caption: str | None = None
        for child in self.document.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                paragraph = Paragraph(child, self.document)
                text = paragraph.text.strip()
                if not text:
                    continue
                self._count(text)
                style = _style_name(paragraph)
                texts.append(text)
                caption = text
                if style in ("title", "tittel") and title is None:
                    title = text
                elif style in ("subtitle", "undertittel") and subtitle is None:
                    subtitle = text
                elif _heading_level(style) is not None:
                    if _heading_level(style) == 1 and first_heading is None:
                        first_heading = text
                    heading = text
            elif tag == "tbl":
                tables.append(dataclasses.replace(self.table(child, heading), caption=caption))
                heading = caption = None
        core = self.document.core_properties
        return Document(
            self.name,
            tuple(tables),
            title=title or first_heading or (core.title or "").strip() or None,
            subtitle=subtitle,
            texts=tuple(texts),
            language=(core.language or "").strip() or None,
        )

    def _count(self, text: str) -> None:
        self.text_size += len(text)
        if self.text_size > limits.MAX_CELL_TEXT:
            raise PlanverkstedError.of(
                "import.too-much-text",
                "import.too-much-text.hint",
                file=self.name,
                mib=limits.MAX_CELL_TEXT // (1024 * 1024),
            )

    def table(self, element: Any, heading: str | None) -> Table:
        rows: list[list[Cell]] = []
        merged: set[int] = set()
        # The cell each column's vertical merge began with: its lines go with every row below.
        starts: dict[int, tuple[Line, ...]] = {}
        for tr in element.tr_lst:
            if len(rows) >= limits.MAX_ROWS:
                raise PlanverkstedError.of(
                    "import.too-many-rows",
                    "import.too-big.hint",
                    file=self.name,
                    cap=f"{limits.MAX_ROWS:,}",
                )
            row: list[Cell] = [Cell()] * int(getattr(tr, "grid_before", 0) or 0)
            spans: list[int] = []
            for tc in tr.tc_lst:
                span = max(int(tc.grid_span or 1), 1)
                continued = tc.vMerge == "continue"
                if continued:
                    cell = Cell(spanned=True, above=starts.get(len(row), ()))
                else:
                    cell = Cell(self.lines(tc))
                    if tc.vMerge == "restart":
                        starts[len(row)] = cell.lines
                row.append(cell)
                row += [Cell(spanned=True)] * (span - 1)
                spans.append(span)
            self.cells += len(row)
            if self.cells > limits.MAX_CELLS or len(row) > limits.MAX_COLUMNS:
                raise PlanverkstedError.of(
                    "import.too-many-cells",
                    "import.too-big.hint",
                    file=self.name,
                    cap=f"{limits.MAX_CELLS:,}",
                    columns=limits.MAX_COLUMNS,
                )
            if len(spans) == 1 and spans[0] > 1:
                merged.add(len(rows))
            rows.append(row)
        table_rows = padded(rows, limits.MAX_COLUMNS)
        width = len(table_rows[0]) if table_rows else 0
        # A row of one cell merged across every column is a heading, not a block.
        merged = {index for index in merged if width > 1}
        return Table(
            table_rows,
            tuple(range(1, len(table_rows) + 1)),
            heading=heading,
            merged_rows=frozenset(merged),
        )

    def lines(self, tc: Any) -> tuple[Line, ...]:
        from docx.text.paragraph import Paragraph

        lines: list[Line] = []
        for child in tc.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                lines += self.paragraph_lines(Paragraph(child, self.document))
            elif tag == "tbl":
                # A table inside a cell: each of its rows as one line, cells joined.
                for tr in child.tr_lst:
                    texts = [
                        " ".join(line.text for line in self.lines(inner)) for inner in tr.tc_lst
                    ]
                    text = " | ".join(t for t in texts if t)
                    if text:
                        lines.append(Line(text))
        return tuple(lines)

    def looks(self, run: Any) -> tuple[bool, bool, bool]:
        """Whether a run is bold, italic and muted: set on it, or by its character style
        ("Strong", "Emphasis", "Detail" in planverksted's own Word output)."""
        style_id = run._r.style
        if style_id not in self.styles:
            self.styles[style_id] = _style_looks(run)
        bold, italic, muted = self.styles[style_id]
        own_bold, own_italic = run.font.bold, run.font.italic
        return (
            bold if own_bold is None else bool(own_bold),
            italic if own_italic is None else bool(own_italic),
            muted or _muted(run.font),
        )

    def paragraph_lines(self, paragraph: Any) -> list[Line]:
        from docx.oxml.ns import qn
        from docx.text.run import Run

        # Each line as its pieces: (text, bold, muted, italic).
        current: list[tuple[str, bool, bool, bool]] = []
        found: list[list[tuple[str, bool, bool, bool]]] = [current]
        for element in paragraph._p.iter(qn("w:r")):
            run = Run(element, paragraph)
            bold, italic, muted = self.looks(run)
            pieces = run.text.replace("\r", "\n").split("\n")
            for number, piece in enumerate(pieces):
                if number:
                    current = []
                    found.append(current)
                if piece:
                    current.append((piece, bold, muted, italic))
        lines = []
        for line_pieces in found:
            text = "".join(piece[0] for piece in line_pieces).strip()
            if not text:
                continue
            self._count(text)
            shown = [p for p in line_pieces if p[0].strip()]
            emphasis: list[str] = []
            run_text = ""
            for piece_text, _, _, italic in line_pieces:
                if italic:
                    run_text += piece_text
                elif run_text.strip():
                    emphasis.append(run_text.strip())
                    run_text = ""
                else:
                    run_text = ""
            if run_text.strip():
                emphasis.append(run_text.strip())
            lines.append(
                Line(
                    text,
                    strong=all(bold for _, bold, _, _ in shown),
                    muted=all(muted for _, _, muted, _ in shown),
                    emphasis=tuple(emphasis),
                )
            )
        return lines


def _style_looks(run: Any) -> tuple[bool, bool, bool]:
    """Bold, italic and muted as a run's character style (and the styles it is based on) say."""
    try:
        style = run.style
    except (KeyError, ValueError, AttributeError):
        return False, False, False
    bold = italic = None
    muted = False
    seen = 0
    while style is not None and seen < 10:
        name = (style.name or "").lower()
        font = style.font
        if bold is None:
            bold = font.bold if font.bold is not None else (True if name == "strong" else None)
        if italic is None:
            italic = (
                font.italic if font.italic is not None else (True if name == "emphasis" else None)
            )
        muted = muted or _muted(font) or name == "detail"
        style, seen = style.base_style, seen + 1
    return bool(bold), bool(italic), muted


def _muted(font: Any) -> bool:
    """Small or grey text: how planverksted's Word output marks a detail."""
    size = font.size
    if size is not None and size.pt < _MUTED_BELOW_PT:
        return True
    try:
        colour = font.color.rgb if font.color is not None and font.color.type is not None else None
    except (ValueError, AttributeError):
        colour = None
    return colour is not None and str(colour) not in ("000000", "auto")


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return (style.name or "").strip().lower() if style is not None else ""


def _heading_level(style: str) -> int | None:
    """1 for "Heading 1" (or "Overskrift 1"), and so on; None for any other style."""
    for word in ("heading ", "overskrift "):
        if style.startswith(word) and style[len(word) :].strip().isdigit():
            return int(style[len(word) :].strip())
    return None
