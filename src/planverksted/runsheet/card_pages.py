"""A table's card on paper: what goes on each A5 sheet, and at what size.

A card holds the table's number, its people round by round, the questions and the
method's steps with their clock times. On an A5 sheet that is often more than fits at the
card's own size, so each card is laid out here, before any template sees it:

1. the people in the left column and the work in the right, at the largest size from
   :data:`LARGEST` down to :data:`FLOOR` points at which both columns fit;
2. else everything in one flow, left column then right, at the largest size that fits;
3. else in that flow at :data:`FLOOR` points over as many sheets as it takes, each sheet
   marked "Kort 2 av 3" and a heading repeated where its list goes on in a new column.

Nothing is ever left out. Heights are estimated from the widths of Arial's glyphs (Liberation
Sans, which the HTML card asks for first, has the same): a little wider than Libertinus
Serif, the PDF's font, so a column that fits here fits on both. Line heights and gaps are
the templates' own (:data:`LINE`, :data:`HEADING_GAP`, ...), given in the card's em so that a
smaller size shrinks all of it together.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypedDict

MM_PER_PT = 25.4 / 72

# The sheet, in millimetres: A5 landscape, two to an A4 page.
SHEET_WIDTH = 210.0
SHEET_HEIGHT = 148.5
PAD_X = 14.0
PAD_Y = 11.0
COLUMN_GAP = 8.0
RULE_GAP = 4.0
"""The header's rule and the room under it, above the columns."""
SLACK = 0.93
"""The share of a column's height an estimate may fill: room for a font a little wider than
Arial's metrics, and for rounding."""

# The header, in points: the table's label, and the group work's title and time beside it.
NUMBER_SIZE = 26.0
TITLE_SIZE = 12.5
TIME_SIZE = 10.0
HEADER_LINE = 1.2
"""Line height of the header's text, in its own em."""
LABEL_SHARE = 0.42
"""The most of the inner width the table's label may take; the title has the rest."""

# The columns, in the card's em.
LINE = 1.3
"""Line height."""
ITEM_GAP = 0.15
"""Above a name, a question or a step."""
HEADING_GAP = 0.7
"""Above a heading that does not open its column."""
QUESTION_INDENT = 1.6
"""A question's number sits in this much room to its left."""
STEP_TIME_GAP = 0.6
"""Between a step's clock time and its title."""

LARGEST = 12.0
FLOOR = 9.0
SIZES = tuple(LARGEST - 0.5 * step for step in range(int((LARGEST - FLOOR) / 0.5) + 1))
"""The sizes a card is tried at, largest first, in points."""

Kind = Literal["heading", "host", "name", "question", "step"]


class CardItem(TypedDict):
    """One line or paragraph of a column."""

    kind: Kind
    text: str
    number: int | None
    """A question's number (1, 2, ...), else None."""
    time: str | None
    """A step's clock time, else None."""
    mark: str | None
    """What follows a host's name: "(vert)"."""
    first: bool
    """Whether it opens its column (a heading then has no gap above it)."""


class CardPage(TypedDict):
    """One A5 sheet of a table's card."""

    size: float
    """The columns' text size, in points."""
    sheet: str | None
    """ "Kort 2 av 3" when the card runs over more than one sheet, else None."""
    columns: list[list[CardItem]]
    """The left column and the right."""


@dataclass(frozen=True)
class Entry:
    """An item as it is fitted: its kind and text, and the heading it belongs under."""

    kind: Kind
    text: str
    number: int | None = None
    time: str | None = None
    mark: str | None = None


Section = tuple[Entry, Sequence[Entry]]
"""A heading and what stands under it."""


# Arial's advance widths (the larger of regular and bold), in hundredths of an em, two hex
# digits a character, from U+0020 to U+017F; a character outside is taken as a full em.
_WIDTHS = bytes.fromhex(
    "1c223038385949182222273b1c221c1c3838383838383838383822223b3b3b3e6649494949433e4e491c3849"
    "3e54494e434e49433e49435f43433e221c223b3822383e383e38223e3e1c1c381c593e3e3e3e2738223e384e"
    "383832271c273b6464646464646464646464646464646464646464646464646464646464646464641c223838"
    "38381c38224a25383b224a3828372222223a381c222225385454543e4949494949496449434343431c1c1c1c"
    "49494e4e4e4e4e3b4e4949494943433e3838383838385938383838381c1c1c1c3e3e3e3e3e3e3e373e3e3e3e"
    "3e383e3849384938493849384938493849384948493e433843384338433843384e3e4e3e4e3e4e3e493e493e"
    "1c1c1c1c1c1c1c1c1c1c4f38381c4938383e1c3e1c3e273e303e1c493e493e493e47493e4e3e4e3e4e3e645f"
    "49274927492743384338433843383e223e303e22493e493e493e493e493e493e5f4e4338433e323e323e321c"
)
_PUNCTUATION = {"–": 0.56, "—": 1.0, "‘": 0.28, "’": 0.28, "“": 0.5, "”": 0.5, "…": 1.0}


def text_width(text: str) -> float:
    """The width of ``text`` in em, as Arial sets it (bold or not, whichever is wider)."""
    total = 0.0
    for character in text:
        code = ord(character) - 0x20
        if 0 <= code < len(_WIDTHS):
            total += _WIDTHS[code] / 100
        else:
            total += _PUNCTUATION.get(character, 1.0)
    return total


def wrap(text: str, width: float) -> list[str]:
    """``text`` broken into lines of at most ``width`` em, at spaces, and inside a word only
    where the word alone is wider than a line."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if text_width(candidate) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while text_width(word) > width:
            cut = 1
            while cut < len(word) and text_width(word[: cut + 1]) <= width:
                cut += 1
            lines.append(word[:cut])
            word = word[cut:]
        line = word
    if line or not lines:
        lines.append(line)
    return lines


LIST_PAGE = 200.0
"""Millimetres of names a box of the table list may hold and still be kept whole on its
page: an A4 page less its margins, headings and room for estimates a little short."""


def list_is_tall(names: Sequence[str], width: float, size: float = 11.0) -> bool:
    """Whether a list of names, each on a line of its own ``width`` millimetres wide at
    ``size`` points, is taller than :data:`LIST_PAGE` (see the table list's boxes)."""
    em = size * MM_PER_PT
    lines = sum(len(wrap(name, width / em)) for name in names)
    return (lines * 1.2 + 0.3 * len(names)) * em > LIST_PAGE


def _column_width() -> float:
    """A column's width in millimetres."""
    return (SHEET_WIDTH - 2 * PAD_X - COLUMN_GAP) / 2


def header_height(label: str, title: str, time_line: str) -> float:
    """The header's height in millimetres: the label beside the title and its time."""
    inner = SHEET_WIDTH - 2 * PAD_X
    label_width = min(text_width(label) * NUMBER_SIZE * MM_PER_PT, inner * LABEL_SHARE)
    label_lines = len(wrap(label, inner * LABEL_SHARE / (NUMBER_SIZE * MM_PER_PT)))
    rest = (inner - label_width - COLUMN_GAP) / MM_PER_PT
    title_lines = len(wrap(title, rest / TITLE_SIZE))
    time_lines = len(wrap(time_line, rest / TIME_SIZE))
    beside = (title_lines * TITLE_SIZE + time_lines * TIME_SIZE) * HEADER_LINE
    return max(label_lines * NUMBER_SIZE * HEADER_LINE, beside) * MM_PER_PT


def _lines(entry: Entry, size: float) -> list[str]:
    """The lines an entry takes in a column at ``size`` points."""
    width = _column_width() / (size * MM_PER_PT)
    if entry.kind == "question":
        return wrap(entry.text, width - QUESTION_INDENT)
    if entry.kind == "step":
        indent = text_width(entry.time or "") + STEP_TIME_GAP
        return wrap(entry.text, width - indent)
    if entry.kind == "host" and entry.mark:
        return wrap(f"{entry.text} {entry.mark}", width)
    return wrap(entry.text, width)


def _height(entry: Entry, size: float, first: bool) -> float:
    """An entry's height in millimetres, with the gap above it."""
    gap = 0.0 if first else HEADING_GAP if entry.kind == "heading" else ITEM_GAP
    return (gap + LINE * len(_lines(entry, size))) * size * MM_PER_PT


def _column_height(entries: Sequence[Entry], size: float) -> float:
    return sum(_height(entry, size, index == 0) for index, entry in enumerate(entries))


def _flat(sections: Sequence[Section]) -> list[Entry]:
    return [entry for heading, items in sections for entry in (heading, *items)]


def _split(entry: Entry, size: float, room: float) -> tuple[Entry, Entry] | None:
    """An entry too tall for any column cut in two at a line: the lines that fit in ``room``
    millimetres (as the column's first entry) and the rest; None if not one line fits."""
    lines = _lines(entry, size)
    fits = int(room / (LINE * size * MM_PER_PT))
    if fits < 1 or fits >= len(lines):
        return None
    words = entry.text.split()
    head_words = len(" ".join(lines[:fits]).split())
    # A word broken inside itself is kept whole in the rest (it is longer than a line anyway).
    head = " ".join(words[:head_words])
    tail = " ".join(words[head_words:])
    if not head or not tail:
        return None
    return (
        Entry(entry.kind, head, entry.number, entry.time, entry.mark),
        Entry(entry.kind, tail, None, None, None),
    )


def _flow(sections: Sequence[Section], size: float, room: float) -> list[list[Entry]]:
    """The sections in one flow over as many columns of ``room`` millimetres as they take: a
    heading never ends a column, and a list going on in a new column has its heading again."""
    columns: list[list[Entry]] = [[]]
    for heading, items in sections:
        pending = list(items)
        column = columns[-1]
        first_item = pending[:1]
        if column and _column_height([*column, heading, *first_item], size) > room:
            columns.append([])
        columns[-1].append(heading)
        while pending:
            entry = pending.pop(0)
            column = columns[-1]
            if _column_height([*column, entry], size) <= room:
                column.append(entry)
                continue
            # Not here: a new column, its heading again, and the entry (cut if it must be).
            if len(column) > 1 or column[0] is not heading:
                columns.append([heading])
                column = columns[-1]
                if _column_height([*column, entry], size) <= room:
                    column.append(entry)
                    continue
            left = room - _column_height(column, size) - ITEM_GAP * size * MM_PER_PT
            parts = _split(entry, size, left)
            if parts is None:
                column.append(entry)  # one line wider than a column: shown, never dropped
                continue
            column.append(parts[0])
            pending.insert(0, parts[1])
    return columns


def _item(entry: Entry, first: bool) -> CardItem:
    return {
        "kind": entry.kind,
        "text": entry.text,
        "number": entry.number,
        "time": entry.time,
        "mark": entry.mark,
        "first": first,
    }


def _page(size: float, columns: Sequence[Sequence[Entry]], sheet: str | None) -> CardPage:
    padded = [*columns, [], []][:2]
    return {
        "size": size,
        "sheet": sheet,
        "columns": [[_item(e, i == 0) for i, e in enumerate(c)] for c in padded],
    }


def card_pages(
    people: Sequence[Section],
    work: Sequence[Section],
    header: float,
    sheet_of: str,
) -> list[CardPage]:
    """A table's card as the sheets it takes: ``people`` (a heading a round, its names) and
    ``work`` (the questions, the method's steps) under a header ``header`` millimetres high.
    ``sheet_of`` is "Kort {number} av {count}" in the card's language."""
    room = (SHEET_HEIGHT - 2 * PAD_Y - header - RULE_GAP) * SLACK
    left, right = _flat(people), _flat(work)
    for size in SIZES:
        if _column_height(left, size) <= room and _column_height(right, size) <= room:
            return [_page(size, [left, right], None)]
    sections = [*people, *work]
    for size in SIZES:
        columns = _flow(sections, size, room)
        if len(columns) <= 2:
            return [_page(size, columns, None)]
    columns = _flow(sections, FLOOR, room)
    count = math.ceil(len(columns) / 2)
    return [
        _page(
            FLOOR,
            columns[2 * index : 2 * index + 2],
            sheet_of.format(number=index + 1, count=count),
        )
        for index in range(count)
    ]
