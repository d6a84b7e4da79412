"""Excel (.xlsx, .xlsm): every sheet a table, with openpyxl, values only.

Formulas are read as the values Excel saved with them (``data_only``); macros are never
run (openpyxl reads no VBA); dates and times are read as Excel stores them (a serial day
number with a date or time format) and typed cells become text here. The sheets are
streamed (``read_only``), so a sheet is bounded by the caps as it is read; merged cells
are read from the sheet's own XML, which openpyxl's streaming mode does not give.
"""

from __future__ import annotations

import bisect
import datetime as dt
import io
import re
import zipfile
from typing import Any

from planverksted.errors import PlanverkstedError
from planverksted.importing import limits
from planverksted.importing.package import open_package, read_member
from planverksted.importing.sheet import Cell, Document, Line, Table, padded, text_cell

_MERGE = re.compile(
    rb"<(?:\w+:)?mergeCell\s[^>]*?ref=\"([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})\""
)
_DIMENSION = re.compile(
    rb"<(?:\w+:)?dimension\s[^>]*?ref=\"[A-Z]{1,3}\d{1,7}:[A-Z]{1,3}(\d{1,9})\""
)
_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?(?:/>|>(.*?)</(?:\w+:)?row>)", re.DOTALL)
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)\b")
_EPOCHS = (dt.date(1899, 12, 30), dt.date(1899, 12, 31), dt.date(1900, 1, 1), dt.date(1904, 1, 1))
"""The days Excel writes for a time of day with no date."""


def read(data: bytes, name: str) -> Document:
    """The sheets of the workbook ``data``, each as a table."""
    try:
        import openpyxl  # type: ignore[import-untyped]
    except ImportError:
        raise PlanverkstedError.of(
            "import.extra", "import.extra.hint", what="Excel", extra="xlsx"
        ) from None
    package = open_package(data, name, "Excel")
    _measure_sheets(package, name)
    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_vba=False, keep_links=False
        )
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError, IndexError):
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what="Excel"
        ) from None
    except Exception:  # a broken workbook: lxml's and openpyxl's own errors
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what="Excel"
        ) from None
    try:
        counter = _Counter(name)
        tables = tuple(_sheet(sheet, package, name, counter) for sheet in book.worksheets)
        title = (book.properties.title or "").strip() or None if book.properties else None
        language = (book.properties.language or "").strip() or None if book.properties else None
    except PlanverkstedError:
        raise
    except Exception:  # a sheet that breaks as it is streamed
        raise PlanverkstedError.of(
            "import.not-package", "import.not-package.hint", file=name, what="Excel"
        ) from None
    finally:
        book.close()
    return Document(name, tables, title=title, language=language)


class _Counter:
    def __init__(self, name: str) -> None:
        self.name = name
        self.cells = 0
        self.text = 0

    def add(self, cells: int, text: int) -> None:
        self.cells += cells
        self.text += text
        if self.cells > limits.MAX_CELLS:
            raise PlanverkstedError.of(
                "import.too-many-cells",
                "import.too-big.hint",
                file=self.name,
                cap=f"{limits.MAX_CELLS:,}",
                columns=limits.MAX_COLUMNS,
            )
        if self.text > limits.MAX_CELL_TEXT:
            raise PlanverkstedError.of(
                "import.too-much-text",
                "import.too-much-text.hint",
                file=self.name,
                mib=limits.MAX_CELL_TEXT // (1024 * 1024),
            )


_SHEET_MEMBER = re.compile(r"xl/worksheets/[^/]+\.xml", re.IGNORECASE)


def _measure_sheets(package: zipfile.ZipFile, name: str) -> None:
    """Every sheet measured before openpyxl opens the workbook (which would read a whole
    sheet that declares no size, to learn it)."""
    for member in package.namelist():
        if _SHEET_MEMBER.fullmatch(member):
            _measure(read_member(package, member, name, "Excel"), name)


def _measure(xml: bytes, name: str) -> None:
    """Refuse a sheet of more rows than the cap from its XML, before it is streamed: by the
    size it declares, else by its rows that hold a value (counted only to the cap)."""
    declared = _DIMENSION.search(xml, 0, 64 * 1024)
    if declared is not None and int(declared[1]) > limits.MAX_ROWS:
        raise PlanverkstedError.of(
            "import.sheet-too-large",
            "import.too-big.hint",
            file=name,
            rows=f"{int(declared[1]):,}",
            cap=f"{limits.MAX_ROWS:,}",
        )
    if xml.count(b"row") <= limits.MAX_ROWS:
        return
    held = 0
    for row in _ROW.finditer(xml):
        if row[1] and _VALUE.search(row[1]):
            held += 1
            if held > limits.MAX_ROWS:
                raise PlanverkstedError.of(
                    "import.too-many-rows",
                    "import.too-big.hint",
                    file=name,
                    cap=f"{limits.MAX_ROWS:,}",
                )


def _sheet(sheet: Any, package: zipfile.ZipFile, name: str, counter: _Counter) -> Table:
    xml = _sheet_xml(sheet, package, name)
    rows: list[list[Cell]] = []
    numbers: list[int] = []
    # The sheet's own claim of its size may be wrong (or huge): count the cells it has.
    sheet.reset_dimensions()
    for number, row in enumerate(sheet.iter_rows(), 1):
        cells = [_cell(cell) for cell in row]
        while cells and cells[-1].empty:
            cells.pop()
        if len(cells) > limits.MAX_COLUMNS:
            raise PlanverkstedError.of(
                "import.too-many-cells",
                "import.too-big.hint",
                file=name,
                cap=f"{limits.MAX_CELLS:,}",
                columns=limits.MAX_COLUMNS,
            )
        counter.add(len(row), sum(len(cell.text) for cell in cells))
        if not cells:
            continue
        if len(rows) >= limits.MAX_ROWS:
            raise PlanverkstedError.of(
                "import.too-many-rows",
                "import.too-big.hint",
                file=name,
                cap=f"{limits.MAX_ROWS:,}",
            )
        rows.append(cells)
        numbers.append(_row_number(row, number))
    table_rows = [list(row) for row in padded(rows, limits.MAX_COLUMNS)]
    width = len(table_rows[0]) if table_rows else 0
    merged: set[int] = set()
    for top, left, bottom, right in _merges(xml):
        # The rows of the table inside the merge (numbers are in order).
        for index in range(bisect.bisect_left(numbers, top), bisect.bisect_right(numbers, bottom)):
            number = numbers[index]
            for column in range(left, min(right, width - 1) + 1):
                if column > left or number > top:
                    table_rows[index][column] = Cell(spanned=True)
            # One cell across the whole table: a heading (a day's title), not a block.
            if left == 0 and right >= width - 1 and width > 1 and number == top:
                merged.add(index)
    return Table(
        tuple(tuple(row) for row in table_rows),
        tuple(numbers),
        heading=sheet.title,
        merged_rows=frozenset(merged),
    )


def _row_number(row: Any, fallback: int) -> int:
    for cell in row:
        number = getattr(cell, "row", None)
        if isinstance(number, int):
            return number
    return fallback


def _cell(cell: Any) -> Cell:
    value = getattr(cell, "value", None)
    if value is None:
        return Cell()
    if isinstance(value, dt.datetime):
        minutes = value.hour * 60 + value.minute
        if value.date() in _EPOCHS:
            return Cell((Line(f"{value.hour:02d}:{value.minute:02d}"),), minutes=minutes)
        if minutes or value.second:
            text = f"{value.date().isoformat()} {value.hour:02d}:{value.minute:02d}"
            return Cell((Line(text),), date=value.date(), minutes=minutes)
        return Cell((Line(value.date().isoformat()),), date=value.date())
    if isinstance(value, dt.date):
        return Cell((Line(value.isoformat()),), date=value)
    if isinstance(value, dt.time):
        minutes = value.hour * 60 + value.minute
        return Cell((Line(f"{value.hour:02d}:{value.minute:02d}"),), minutes=minutes)
    if isinstance(value, dt.timedelta):
        minutes = round(value.total_seconds() / 60)
        return Cell((Line(f"{minutes} min"),))
    if isinstance(value, bool):
        return text_cell(str(value).upper())
    if isinstance(value, float):
        if value.is_integer():
            return text_cell(str(int(value)))
        return text_cell(repr(value))
    return text_cell(str(value))


def _sheet_xml(sheet: Any, package: zipfile.ZipFile, name: str) -> bytes:
    """The sheet's own XML (within the package's caps), or nothing when it cannot be found."""
    path = getattr(sheet, "_worksheet_path", None)
    if not isinstance(path, str):
        return b""
    return read_member(package, path.lstrip("/"), name, "Excel")


def _merges(xml: bytes) -> list[tuple[int, int, int, int]]:
    """The sheet's merged ranges as (top row, left column, bottom row, right column);
    columns from 0, rows as Excel numbers them."""
    found = []
    for match in _MERGE.finditer(xml):
        left, top, right, bottom = match.groups()
        found.append((int(top), _column(left), int(bottom), _column(right)))
    return found


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + (letter - ord("A") + 1)
    return number - 1
