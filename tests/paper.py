"""Reading a PDF back as paper: what each page says, at which sizes, and where things are.

The PDF tests measure what a reader holds: the page count, the text of each page, the size
of every run of text (pypdf's text visitor: the font size times the text and graphics
matrices), whether it is bold (the font's name), and the boxes of the logo (the tagged
``Figure``'s ``/BBox``) and of each word (poppler's ``pdftotext -bbox``).
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

PDFTOTEXT = shutil.which("pdftotext")

Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 in points from the page's top left corner."""


@dataclasses.dataclass(frozen=True)
class Run:
    """A run of text as drawn: its text, size in points and whether its font is bold."""

    text: str
    size: float
    bold: bool


@dataclasses.dataclass
class Paper:
    """A PDF as pages of text, with the sizes its text is set in."""

    data: bytes
    pages: list[str]
    """Each page's text, one line a line of print (``pdftotext -layout`` where poppler is)."""
    set_in: list[list[tuple[float, int, bool]]]
    """Each page's text as (size in points, glyphs, bold), read from its content stream."""

    @property
    def page_count(self) -> int:
        return len(self.pages)

    def lines(self, page: int) -> list[str]:
        """The lines of a 1-based page, without empty ones and without the page's footer."""
        lines = [" ".join(line.split()) for line in self.pages[page - 1].splitlines()]
        return [line for line in lines if line and not _is_footer(line)]

    def pages_with(self, text: str) -> list[int]:
        """The 1-based pages whose text holds ``text`` (spaces and line breaks not counted)."""
        needle = _squeeze(text)
        return [n for n, page in enumerate(self.pages, 1) if needle in _squeeze(page)]

    def sizes(self) -> list[float]:
        """The size of every piece of text drawn."""
        return [size for page in self.set_in for size, _, _ in page]

    def body_size(self) -> float:
        """The size most of the text is set in (by glyphs)."""
        counts: dict[float, int] = {}
        for page in self.set_in:
            for size, glyphs, _ in page:
                counts[size] = counts.get(size, 0) + glyphs
        return max(counts, key=lambda size: counts[size])

    @functools.cached_property
    def runs(self) -> list[list[Run]]:
        """Each page's runs of text with their size and weight (pypdf's text visitor; slower)."""
        from pypdf import PdfReader

        pages = []
        for page in PdfReader(io.BytesIO(self.data)).pages:
            found: list[Run] = []

            def visit(
                text: str, cm: Any, tm: Any, font: Any, size: float, found: list[Run] = found
            ) -> None:
                if not text.strip() or font is None:
                    return
                scale = abs(float(cm[3]) * float(tm[3])) or abs(float(cm[0]) * float(tm[0]))
                name = str(font.get("/BaseFont", ""))
                found.append(Run(text.strip(), round(size * scale, 2), "Bold" in name))

            page.extract_text(visitor_text=visit)
            pages.append(found)
        return pages


def _squeeze(text: str) -> str:
    return "".join(text.split())


def _is_footer(line: str) -> bool:
    return bool(re.search(r"\b(Side|Page) \d+ (av|of) \d+$", line))


_SET_FONT = re.compile(rb"/([\w.+-]+) ([\d.]+) Tf")
_SHOW = re.compile(rb"\[((?:\((?:\\.|[^\\)])*\)|[^\]])*)\]\s*TJ|\(((?:\\.|[^\\)])*)\)\s*Tj")
_STRING = re.compile(rb"\(((?:\\.|[^\\)])*)\)")
_ESCAPE = re.compile(rb"\\(?:[0-7]{1,3}|.)", re.DOTALL)


def _glyphs(strings: bytes) -> int:
    """Glyphs in a text-showing operand: two bytes a glyph (Typst's Identity-H fonts)."""
    return sum(len(_ESCAPE.sub(b"x", raw)) for raw in _STRING.findall(strings)) // 2


def read(data: bytes) -> Paper:
    """The PDF's pages as text, and the sizes of its text.

    The sizes come from the content streams' ``Tf`` operators (Typst sets each size there,
    in an unscaled text matrix), which is many times faster than pypdf's text visitor.
    """
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    texts, set_in = [], []
    for page in reader.pages:
        fonts = {
            name.lstrip("/"): "Bold" in str(font.get_object().get("/BaseFont", ""))
            for name, font in page["/Resources"].get("/Font", {}).items()
        }
        content = page.get_contents()
        stream = content.get_data() if content is not None else b""
        found: list[tuple[float, int, bool]] = []
        position, font, size = 0, "", 0.0
        for match in sorted(
            [*_SET_FONT.finditer(stream), *_SHOW.finditer(stream)], key=lambda m: m.start()
        ):
            if match.re is _SET_FONT:
                font, size = match.group(1).decode(), float(match.group(2))
            elif match.start() >= position:
                glyphs = _glyphs(match.group(0))
                if glyphs:
                    found.append((size, glyphs, fonts.get(font, False)))
            position = match.end()
        set_in.append(found)
        texts.append(page.extract_text() if not PDFTOTEXT else "")
    pages = _layout_pages(data) if PDFTOTEXT else texts
    return Paper(data, pages, set_in)


def _layout_pages(data: bytes) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.pdf"
        path.write_bytes(data)
        assert PDFTOTEXT is not None
        text = subprocess.run(
            [PDFTOTEXT, "-layout", str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
    pages = text.split("\f")
    if pages and not pages[-1].strip():
        pages.pop()
    return pages


def figure_boxes(data: bytes) -> list[tuple[int, Box]]:
    """(1-based page, box) of every tagged figure (the logo), from its ``/BBox`` attribute."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    numbers = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}  # type: ignore[union-attr]
    heights = [float(page.mediabox.height) for page in reader.pages]
    boxes: list[tuple[int, Box]] = []

    def walk(node: Any) -> None:
        node = node.get_object()
        if hasattr(node, "keys"):
            if node.get("/S") == "/Figure":
                attributes = node.get("/A")
                for attribute in attributes if isinstance(attributes, list) else [attributes]:
                    if attribute is not None and "/BBox" in attribute.get_object():
                        x0, y0, x1, y1 = (float(v) for v in attribute.get_object()["/BBox"])
                        page = numbers[node.raw_get("/Pg").idnum]
                        height = heights[page - 1]
                        boxes.append((page, (x0, height - y1, x1, height - y0)))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return boxes


def word_boxes(data: bytes) -> list[tuple[int, str, Box]]:
    """(1-based page, word, box) of every word, from ``pdftotext -bbox``."""
    assert PDFTOTEXT is not None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.pdf"
        path.write_bytes(data)
        html = subprocess.run(
            [PDFTOTEXT, "-bbox", str(path), "-"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
    words: list[tuple[int, str, Box]] = []
    for number, page in enumerate(html.split("<page ")[1:], 1):
        for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
            page,
        ):
            words.append((number, word, (float(x0), float(y0), float(x1), float(y1))))
    return words


def overlap(a: Box, b: Box) -> bool:
    """Whether two boxes share more than a hairline."""
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5


@functools.cache
def _template_text() -> str:
    from planverksted.runsheet.formats.pdf import _builtin_template

    return _builtin_template().read_text(encoding="utf-8")


def content_key(view: Any, layout: str) -> str:
    """What a built-in PDF depends on: the template and the data it is given."""
    from planverksted.printable import visible_view
    from planverksted.runsheet.formats.pdf import pdf_data

    digest = hashlib.sha256(_template_text().encode("utf-8"))
    digest.update(pdf_data(visible_view(view), layout).encode("utf-8"))
    return digest.hexdigest()
