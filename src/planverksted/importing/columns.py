"""What each column of a run-sheet holds: by its heading in nb, nn or en, else by its content."""

from __future__ import annotations

import enum
import re
from collections.abc import Callable, Sequence

from planverksted.importing.sheet import Cell
from planverksted.timing import clock
from planverksted.workshop import kinds


class Role(enum.Enum):
    TIME = "time"
    START = "start"
    END = "end"
    WHAT = "what"
    WHO = "who"
    DURATION = "duration"
    KIND = "kind"
    NOTES = "notes"
    DATE = "date"
    OTHER = "other"


HEADINGS: dict[Role, tuple[str, ...]] = {
    Role.TIME: (
        "tid",
        "tider",
        "tidspunkt",
        "tidsrom",
        "klokkeslett",
        "klokkeslag",
        "klokka",
        "kl",
        "kl.",
        "time",
        "times",
        "when",
        "når",
    ),
    Role.START: ("start", "starttid", "fra", "frå", "from", "begin", "begins", "start time"),
    Role.END: ("slutt", "slutttid", "til", "to", "end", "ends", "end time", "ferdig", "stopp"),
    Role.WHAT: (
        "hva",
        "kva",
        "aktivitet",
        "aktiviteter",
        "aktivitetar",
        "innhold",
        "innhald",
        "tema",
        "program",
        "programpost",
        "programpunkt",
        "post",
        "punkt",
        "sak",
        "tittel",
        "what",
        "activity",
        "activities",
        "item",
        "title",
        "topic",
        "session",
        "agenda",
        "content",
    ),
    Role.WHO: (
        "hvem",
        "kven",
        "ansvar",
        "ansvarlig",
        "ansvarleg",
        "ansvarlige",
        "ansvarlege",
        "who",
        "responsible",
        "person",
        "personer",
        "innleder",
        "innleiar",
        "innledere",
        "innleiarar",
        "foredragsholder",
        "speaker",
        "speakers",
        "host",
        "v/",
        "ved",
    ),
    Role.DURATION: (
        "varighet",
        "varigheit",
        "lengd",
        "lengde",
        "duration",
        "length",
        "minutter",
        "minuttar",
        "min",
        "min.",
        "minutes",
        "mins",
    ),
    Role.KIND: ("type", "kind", "arbeidsform", "form", "format", "kategori", "category"),
    Role.NOTES: (
        "notat",
        "notater",
        "notatar",
        "merknad",
        "merknader",
        "merknadar",
        "kommentar",
        "kommentarer",
        "kommentarar",
        "anmerkning",
        "notes",
        "note",
        "comment",
        "comments",
        "remarks",
    ),
    Role.DATE: ("dato", "dag", "date", "day", "dag/dato"),
}
_BY_WORD = {word: role for role, words in HEADINGS.items() for word in words}
_HEADER_SCAN = 10
"""Rows searched for the heading row (a title and a date may come above it)."""


def heading_role(text: str) -> Role | None:
    """The role a column's heading names: ``Tid`` is the time, ``Kven`` who, …"""
    words = " ".join(text.lower().replace(":", " ").split())
    if not words:
        return None
    if words in _BY_WORD:
        return _BY_WORD[words]
    first = re.split(r"[\s(/,]", words, maxsplit=1)[0]
    return _BY_WORD.get(first) or _BY_WORD.get(first.rstrip("."))


def header_row(rows: Sequence[Sequence[Cell]], merged: frozenset[int]) -> int | None:
    """The index of the heading row: the first that names two columns' roles."""
    for index, row in enumerate(rows[:_HEADER_SCAN]):
        if index in merged:
            continue
        roles = [heading_role(cell.text) for cell in row if not cell.empty]
        named = [role for role in roles if role is not None]
        if len(set(named)) >= 2 and len(named) * 2 >= len(roles):
            return index
    return None


def roles_from_header(row: Sequence[Cell]) -> list[Role | None]:
    """Each column's role by its heading; a role named twice is the first column's only."""
    seen: set[Role] = set()
    roles: list[Role | None] = []
    for cell in row:
        role = heading_role(cell.text) if not cell.empty else None
        if role is None and cell.empty:
            roles.append(None)
            continue
        if role is None or role in seen:
            roles.append(Role.OTHER)
            continue
        seen.add(role)
        roles.append(role)
    return roles


def is_time(cell: Cell) -> bool:
    """A time of day or a range, as check reads them (``13.00``, ``13:00–13:10``, ``kl. 9``)."""
    if cell.minutes is not None:
        return True
    first = cell.lines[0].text if cell.lines else ""
    if not first or len(first) > 40:
        return False
    try:
        clock.parse_range(first)
        return True
    except clock.ClockError:
        pass
    # A bare number is a time only with a separator or "kl." before it: "15" may be minutes.
    if not re.search(r"[.:]|kl", first, re.IGNORECASE):
        return False
    try:
        clock.parse_clock(first)
        return True
    except clock.ClockError:
        return False


def is_duration(cell: Cell) -> bool:
    text = cell.text.strip()
    if not text or len(text) > 20:
        return False
    try:
        minutes = clock.parse_duration(text)
    except clock.ClockError:
        return False
    return minutes <= 12 * 60


def kind_of(text: str) -> str | None:
    """The kind a kind column's word names: a kind's name, label or other word."""
    word = " ".join(text.lower().split())
    if word in kinds.BY_NAME:
        return word
    return kinds.ALIASES.get(word)


_FREE_TEXT_WORDS = 3
"""A cell of this many words or more that names no kind is free text, not a type."""


def _free_text(cell: Cell) -> bool:
    return kind_of(cell.text) is None and len(cell.text.split()) >= _FREE_TEXT_WORDS


def roles_from_content(
    rows: Sequence[Sequence[Cell]], roles: list[Role | None]
) -> list[Role | None]:
    """Roles for the columns the headings left open (all of them without a heading row)."""
    width = len(roles)
    columns = [[row[i] for row in rows if i < len(row) and not row[i].empty] for i in range(width)]
    taken = {role for role in roles if role is not None and role is not Role.OTHER}
    open_columns = [i for i in range(width) if roles[i] is None and columns[i]]

    def share(index: int, test: Callable[[Cell], bool]) -> float:
        cells = columns[index]
        return sum(1 for cell in cells if test(cell)) / len(cells)

    result = list(roles)
    if not taken & {Role.TIME, Role.START}:
        scored = [(share(i, is_time), i) for i in open_columns]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 0.5:
            result[best[1]] = Role.TIME
            open_columns.remove(best[1])
    if Role.DURATION not in taken:
        scored = [(share(i, is_duration), i) for i in open_columns]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 0.6:
            result[best[1]] = Role.DURATION
            open_columns.remove(best[1])
    if Role.KIND not in taken:
        # A type column holds kind words and little else: one of free text of several words
        # ("Gruppearbeid om planstrategien") is what happens, however many rows say "Pause".
        scored = [
            (share(i, lambda cell: kind_of(cell.text) is not None), i)
            for i in open_columns
            if not any(_free_text(cell) for cell in columns[i])
        ]
        best = max(scored, default=(0.0, -1))
        if best[0] >= 0.6:
            result[best[1]] = Role.KIND
            open_columns.remove(best[1])

    # The longest texts are what happens; a column of short texts after it, who does it.
    def length(index: int) -> float:
        return sum(len(cell.text) for cell in columns[index]) / len(columns[index])

    if Role.WHAT not in taken and open_columns:
        what = max(open_columns, key=length)
        result[what] = Role.WHAT
        open_columns.remove(what)
    for role in (Role.WHO, Role.NOTES):
        if role in taken or not open_columns:
            continue
        index = open_columns[0]
        if role is Role.WHO and length(index) > 40:
            continue
        result[index] = role
        open_columns.remove(index)
    return [Role.OTHER if role is None and columns[i] else role for i, role in enumerate(result)]
