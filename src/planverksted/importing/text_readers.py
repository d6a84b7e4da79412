"""CSV (``,`` ``;`` or tab) and Markdown pipe tables: text a spreadsheet or an editor wrote.

CSV comes as Excel writes it: UTF-8 with or without a byte-order mark, UTF-16 ("Unicode
text"), or Windows-1252 in an older Norwegian Excel; the separator is the one that splits
the first lines most evenly.
"""

from __future__ import annotations

import csv
import io
import re

from planverksted.errors import PlanverkstedError
from planverksted.importing import limits
from planverksted.importing.sheet import Cell, Document, Line, Table, padded, text_cell

SEPARATORS = (";", ",", "\t")


def decode(data: bytes) -> str:
    """The text of ``data``: UTF-8 (a BOM is dropped), UTF-16 with its BOM, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Windows-1252 maps every byte but five; those few are shown as what they are.
        return data.decode("cp1252", errors="replace")


def read_csv(data: bytes, name: str) -> Document:
    """The one table of a CSV file."""
    text = decode(data).replace("\x00", "")
    separator = sniff_separator(text)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    cells = 0
    try:
        for row in reader:
            number = reader.line_num
            if len(row) > limits.MAX_COLUMNS:
                raise PlanverkstedError.of(
                    "import.too-many-cells",
                    "import.too-big.hint",
                    file=name,
                    cap=f"{limits.MAX_CELLS:,}",
                    columns=limits.MAX_COLUMNS,
                )
            cells += len(row)
            if cells > limits.MAX_CELLS:
                raise PlanverkstedError.of(
                    "import.too-many-cells",
                    "import.too-big.hint",
                    file=name,
                    cap=f"{limits.MAX_CELLS:,}",
                    columns=limits.MAX_COLUMNS,
                )
            if not any(value.strip() for value in row):
                continue
            if len(rows) >= limits.MAX_ROWS:
                raise PlanverkstedError.of(
                    "import.too-many-rows",
                    "import.too-big.hint",
                    file=name,
                    cap=f"{limits.MAX_ROWS:,}",
                )
            rows.append([_csv_cell(value) for value in row])
            numbers.append(number)
    except csv.Error as error:
        raise PlanverkstedError.of(
            "import.csv-broken",
            "import.csv-broken.hint",
            file=name,
            line=reader.line_num,
            reason=str(error),
        ) from None
    return Document(name, (Table(padded(rows, limits.MAX_COLUMNS), tuple(numbers)),))


def sniff_separator(text: str) -> str:
    """The separator that splits the first lines into the same number of columns most often."""
    sample = text[: 64 * 1024]
    best, best_score = ";", -1.0
    for separator in SEPARATORS:
        try:
            rows = list(csv.reader(io.StringIO(sample), delimiter=separator))[:30]
        except csv.Error:
            continue
        widths = [len(row) for row in rows if any(value.strip() for value in row)]
        if not widths:
            continue
        common = max(set(widths), key=widths.count)
        if common < 2:
            continue
        score = widths.count(common) / len(widths) + common / 100
        if score > best_score:
            best, best_score = separator, score
    return best


_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_STRONG = re.compile(r"(\*\*|__)(.+?)\1")
_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?!\s)(.+?)(?<!\s)\1(?![\w*])")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def read_markdown(data: bytes, name: str) -> Document:
    """Every pipe table of a Markdown file, with the heading before each."""
    text = decode(data)
    lines = text.splitlines()
    tables: list[Table] = []
    texts: list[str] = []
    title: str | None = None
    heading: str | None = None
    index, cells = 0, 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if "|" in line and _DELIMITER_ROW.match(following) and "-" in following:
            rows = [_pipe_cells(line)]
            numbers = [index + 1]
            index += 2
            while index < len(lines) and "|" in lines[index] and lines[index].strip():
                rows.append(_pipe_cells(lines[index]))
                numbers.append(index + 1)
                index += 1
                cells += len(rows[-1])
                if len(rows) > limits.MAX_ROWS or cells > limits.MAX_CELLS:
                    raise PlanverkstedError.of(
                        "import.too-many-rows",
                        "import.too-big.hint",
                        file=name,
                        cap=f"{limits.MAX_ROWS:,}",
                    )
            tables.append(Table(padded(rows, limits.MAX_COLUMNS), tuple(numbers), heading))
            heading = None
            continue
        found = _HEADING.match(line)
        if found:
            words = _plain(found[2])[0]
            texts.append(words)
            if title is None and len(found[1]) == 1:
                title = words
            heading = words
        elif line.strip():
            texts.append(_plain(line.strip())[0])
        index += 1
    return Document(name, tuple(tables), title=title, texts=tuple(texts))


def _pipe_cells(line: str) -> list[Cell]:
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    values = re.split(r"(?<!\\)\|", body)
    return [_markdown_cell(value.replace("\\|", "|").strip()) for value in values]


def _markdown_cell(value: str) -> Cell:
    lines: list[Line] = []
    for part in _BREAK.split(value):
        if "<" in part:
            lines += html_lines(part)
            continue
        text, strong, emphasis = _plain(part.strip())
        if text:
            lines.append(Line(text, strong=strong, emphasis=emphasis))
    return Cell(tuple(lines))


def _csv_cell(value: str) -> Cell:
    if "<" not in value:
        return text_cell(value)
    return Cell(tuple(line for part in value.splitlines() for line in html_lines(part)))


_HTML_TAG = re.compile(r"</?(?:b|strong|i|em|u|span|p|font)(?:\s[^>]*)?>", re.IGNORECASE)
_HTML_LEADING_BOLD = re.compile(r"\s*<(b|strong)>(.*?)</\1>\s*(.*)", re.IGNORECASE | re.DOTALL)
_HTML_ITALIC = re.compile(r"<(i|em)>(.*?)</\1>", re.IGNORECASE | re.DOTALL)


def html_lines(text: str) -> list[Line]:
    """Text copied from a web page or a slide, with its simple tags: ``<br>`` a line break,
    ``<i>`` a stretch in italics, a ``<b>`` stretch first in the text a line (a title) of its
    own. The tags are taken off; other text is kept as it is."""
    lines: list[Line] = []
    for part in _BREAK.split(text):
        lead = _HTML_LEADING_BOLD.fullmatch(part)
        if lead and _tagless(lead[3]):
            lines.append(Line(_tagless(lead[2]), strong=True))
            part = lead[3]
        whole = lead is not None and not _tagless(lead[3])
        emphasis = tuple(_tagless(m[2]) for m in _HTML_ITALIC.finditer(part) if _tagless(m[2]))
        shown = _tagless(part)
        if shown:
            lines.append(Line(shown, strong=whole, emphasis=emphasis))
    return lines


def _tagless(text: str) -> str:
    return " ".join(_HTML_TAG.sub("", text).split())


def _plain(text: str) -> tuple[str, bool, tuple[str, ...]]:
    """Markdown's marks taken off: the text, whether it is all bold, its italic stretches."""
    text = _LINK.sub(r"\1", text)
    whole = _STRONG.fullmatch(text)
    text = _STRONG.sub(r"\2", text)
    emphasis = tuple(match[2].strip() for match in _EMPHASIS.finditer(text))
    text = _EMPHASIS.sub(r"\2", text)
    text = text.replace("\\*", "*").replace("\\_", "_").replace("`", "")
    return " ".join(text.split()), whole is not None, emphasis
