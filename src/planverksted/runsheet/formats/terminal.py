"""The terminal preview: the run-sheet at a glance, drawn from the view model.

Times, kinds in colour, a proportional timeline bar for each day, and the check's
findings on the rows they concern. Without colour (piped, ``NO_COLOR``, a dumb
terminal) the same preview comes out as plain text, with the timeline drawn in
shades instead of colours. The caller chooses colour, width and whether the console can
show Unicode drawing characters; this module only returns text.

The table is laid out here, not by rich: a run-sheet's table is simple (two columns of
fixed width, two that wrap), and laying it out directly is twenty times faster on a
programme of 10,000 blocks. Every text from the file is shown with its control
characters made visible (:mod:`planverksted.printable`).
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Iterable, Mapping
from typing import Any

from planverksted.printable import visible_view
from planverksted.runsheet.formats import Job, OutputFormat
from planverksted.workshop.kinds import BY_NAME
from planverksted.workshop.kinds import REST as BREAK_KINDS

View = dict[str, Any]

FORMAT = OutputFormat("terminal", to_file="no", rank=30, summary="the terminal preview")


def render(job: Job) -> str:
    """The preview of ``job``'s view, as wide as ``job.width``.

    It is shown on standard output only, so that stream's encoding says whether the
    drawing can be Unicode (a cp1252 or ASCII console gets ASCII).
    """
    import sys

    return render_terminal(
        job.view,
        width=job.width,
        color_system=job.color_system,
        ascii_only=needs_ascii(getattr(sys.stdout, "encoding", None)),
    )


def _colour(kind: str) -> str:
    return BY_NAME[kind].terminal_colour


_SGR = {
    "bold": "1",
    "dim": "2",
    "italic": "3",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
    "white": "37",
    "bright_black": "90",
    "bright_magenta": "95",
    "bright_cyan": "96",
}
"""Select Graphic Rendition codes of the styles used: the 16 colours every terminal has."""

MIN_WIDTH = 40
"""Narrower than this, no table is readable: the preview is drawn this wide anyway."""
MAX_WIDTH = 200
"""Wider than this, lines are too long to read: the preview is drawn this wide at most."""
NARROW = 100
"""Narrower than this, who takes part goes under the title instead of in its own column."""
GAP = 3
"""Spaces between two columns of the table."""

UNICODE_GLYPHS = "⚠→·█▓░─–•☐"
"""What a console must be able to show for the Unicode drawing (see :func:`needs_ascii`)."""


@dataclasses.dataclass(frozen=True)
class Glyphs:
    """The drawing characters: Unicode, or ASCII for a console that cannot show them."""

    ascii: bool = False

    @property
    def flag(self) -> str:
        return "!" if self.ascii else "⚠"

    @property
    def arrow(self) -> str:
        return "->" if self.ascii else "→"

    @property
    def dot(self) -> str:
        return "." if self.ascii else "·"

    @property
    def rule(self) -> str:
        return "-" if self.ascii else "─"

    @property
    def bullet(self) -> str:
        return "*" if self.ascii else "•"

    @property
    def box(self) -> str:
        return "[ ]" if self.ascii else "☐"

    @property
    def shades(self) -> tuple[str, str, str]:
        """Full, alternate and break shades of the timeline."""
        return ("#", "=", "-") if self.ascii else ("█", "▓", "░")


def needs_ascii(encoding: str | None) -> bool:
    """Whether a console in ``encoding`` (cp1252, ascii) lacks the preview's drawing characters."""
    try:
        UNICODE_GLYPHS.encode(encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return True
    return False


Span = tuple[str, str]
"""A piece of text and its style (space-separated names from :data:`_SGR`; "" for none)."""


def render_terminal(
    context: Mapping[str, Any],
    *,
    width: int,
    color_system: str | None = None,
    ascii_only: bool = False,
) -> str:
    """The preview as text ``width`` columns wide; ``color_system`` None means plain text.

    Any ``color_system`` (rich's names: ``standard``, ``256``, ``truecolor``) draws with the
    16 standard colours. ``ascii_only`` draws with ASCII characters, for a console whose
    encoding has no ⚠ or █. The width is clamped to :data:`MIN_WIDTH`..:data:`MAX_WIDTH`.
    """
    view: Any = visible_view(context)
    if ascii_only:
        # Before the lines are wrapped: "…" as "..." takes three columns, not one.
        view = _in_ascii(view)
    page = _Page(
        min(max(width, MIN_WIDTH), MAX_WIDTH), color_system is not None, Glyphs(ascii_only)
    )
    labels = view["labels"]
    glyphs = page.glyphs
    _header(page, view)
    if view["coverage"]:
        _numbered(page, labels["goals"], view["goals"])
    else:
        _bullets(page, labels["goals"], view["goals"], glyphs.bullet)
    _bullets(
        page,
        labels["preparations"],
        [
            f"{entry['item']} – {labels['needed_for']} {entry['needed_for']}"
            for entry in view["preparations"]
        ],
        glyphs.box,
    )
    for day in view["days"]:
        if view["multi_day"]:
            page.blank()
            page.paragraph([(day["heading"], "bold")])
        if day["timeline"]:
            page.blank()
            _timeline(page, day)
        page.blank()
        _agenda(page, view, day)
    if view["coverage"]:
        _coverage(page, view)
    if view["group_tasks"]:
        page.blank()
        page.paragraph([(labels["group_work"], "bold")])
        for task in view["group_tasks"]:
            _task(page, view, task)
    if view["evaluation"]:
        page.blank()
        page.paragraph([(labels["evaluation"], "bold")])
        for number, question in enumerate(view["evaluation"], 1):
            page.paragraph([(f"{number}. {question}", "")], indent=2)
    loose = [finding for finding in view["findings"] if finding["where"] is None]
    if loose:
        page.blank()
        page.paragraph([(labels["findings"], "bold")])
        for finding in loose:
            page.paragraph(_flag(finding, page.glyphs))
    text = page.text()
    if ascii_only:
        text = text.translate(_ASCII)
    return text


_ASCII = str.maketrans({"–": "-", "—": "-", "·": ".", "→": "->", "…": "...", "«": '"', "»": '"'})
"""Punctuation a console without Unicode shows as ASCII (letters like ø become ``?``)."""


def _in_ascii(value: Any) -> Any:
    """A view model with its punctuation in ASCII (:data:`_ASCII`)."""
    if isinstance(value, str):
        return value.translate(_ASCII)
    if isinstance(value, dict):
        return {key: _in_ascii(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_in_ascii(item) for item in value]
    return value


class _Page:
    """Lines of styled text, wrapped to a width, joined with or without colour."""

    def __init__(self, width: int, colour: bool, glyphs: Glyphs) -> None:
        self.width = width
        self.colour = colour
        self.glyphs = glyphs
        self.lines: list[str] = []

    def blank(self) -> None:
        self.lines.append("")

    def paragraph(self, spans: list[Span], indent: int = 0) -> None:
        for line in wrap(spans, self.width - indent):
            self.lines.append(" " * indent + self.styled(line) if line else "")

    def styled(self, spans: Iterable[Span]) -> str:
        if not self.colour:
            return "".join(text for text, _ in spans)
        # Neighbours of one style (the words of a wrapped line) share one escape sequence.
        return "".join(
            _sgr("".join(text for text, _ in run), style)
            for style, run in itertools.groupby(spans, key=lambda span: span[1])
        )

    def text(self) -> str:
        return "".join(line.rstrip() + "\n" for line in self.lines)


def _sgr(text: str, style: str) -> str:
    if not style or not text:
        return text
    codes = ";".join(_SGR[name] for name in style.split())
    return f"\x1b[{codes}m{text}\x1b[0m"


def cell_len(text: str) -> int:
    """Columns ``text`` takes on a terminal (wide East Asian characters take two)."""
    if text.isascii():
        return len(text)
    from rich.cells import cell_len as rich_cell_len

    return rich_cell_len(text)


def wrap(spans: list[Span], width: int) -> list[list[Span]]:
    """Styled text in lines of at most ``width`` columns, broken at spaces (and at line breaks).

    A word longer than a line is cut; no line keeps a trailing space.
    """
    width = max(width, 1)
    plain = "".join(text for text, _ in spans)
    if "\n" not in plain and cell_len(plain) <= width:
        return [spans]
    # Words as (text, style) pieces; a line break is a word of its own.
    lines: list[list[Span]] = []
    line: list[Span] = []
    used = 0
    pending_space: Span | None = None
    for text, style in spans:
        for token in _tokens(text):
            if token == "\n":
                lines.append(line)
                line, used, pending_space = [], 0, None
                continue
            if token.isspace():
                if line:
                    pending_space = (token, style)
                continue
            size = cell_len(token)
            space = cell_len(pending_space[0]) if pending_space else 0
            if line and used + space + size > width:
                lines.append(line)
                line, used, pending_space = [], 0, None
                space = 0
            if pending_space:
                line.append(pending_space)
                used += space
                pending_space = None
            while size > width:  # a word longer than the line: cut it
                head, token = _cut(token, width - used)
                line.append((head, style))
                lines.append(line)
                line, used = [], 0
                size = cell_len(token)
            line.append((token, style))
            used += size
    lines.append(line)
    return lines


def _tokens(text: str) -> Iterable[str]:
    """Words, runs of spaces and line breaks, in order."""
    for number, piece in enumerate(text.split("\n")):
        if number:
            yield "\n"
        yield from (
            "".join(group) for _, group in itertools.groupby(piece, key=lambda char: char == " ")
        )


def _cut(token: str, room: int) -> tuple[str, str]:
    """The most of ``token`` that fits in ``room`` columns (at least a character); the rest."""
    room = max(room, 1)
    used = 0
    for index, char in enumerate(token):
        used += cell_len(char)
        if used > room and index:
            return token[:index], token[index:]
    return token, ""


def _header(page: _Page, context: View) -> None:
    workshop = context["workshop"]
    page.paragraph([(workshop["title"], "bold")])
    if workshop["subtitle"]:
        page.paragraph([(workshop["subtitle"], "")])
    page.paragraph([(context["document_for"], "dim")])
    if context["facts"]:
        page.paragraph([(" · ".join(fact["value"] for fact in context["facts"]), "dim")])


def _bullets(page: _Page, heading: str, items: list[str], mark: str) -> None:
    """A heading and a list, each item with a hanging indent (wrapped lines under its text)."""
    if not items:
        return
    page.blank()
    page.paragraph([(heading, "bold")])
    indent = cell_len(mark) + 2
    for item in items:
        lines = wrap([(item, "")], page.width - indent)
        for number, line in enumerate(lines):
            lead = f"{mark}  " if number == 0 else " " * indent
            page.lines.append(lead + page.styled(line))


def _numbered(page: _Page, heading: str, items: list[str]) -> None:
    """A heading and a numbered list, each item with a hanging indent."""
    page.blank()
    page.paragraph([(heading, "bold")])
    indent = len(f"{len(items)}. ")
    for number, item in enumerate(items, 1):
        lines = wrap([(item, "")], page.width - indent)
        for index, line in enumerate(lines):
            lead = f"{number}. ".ljust(indent) if index == 0 else " " * indent
            page.lines.append(lead + page.styled(line))


def _coverage(page: _Page, context: View) -> None:
    """Each goal, the blocks that serve it and the minutes spent on it."""
    labels = context["labels"]
    page.blank()
    page.paragraph([(labels["coverage"], "bold")])
    for goal in context["coverage"]:
        page.paragraph([(f"{goal['number']}. {goal['text']}", "bold")])
        if not goal["blocks"]:
            page.paragraph([(labels["coverage_none"], "italic yellow")], indent=3)
        for use in goal["blocks"]:
            page.paragraph([(use["text"], "")], indent=3)
        page.paragraph([(f"{labels['coverage_minutes']}: {goal['duration']}", "dim")], indent=3)


def _timeline(page: _Page, day: View) -> None:
    """The day as one bar: each block's share of the width is its share of the day."""
    width, colour, glyphs = page.width, page.colour, page.glyphs
    segments = day["timeline"]
    full, alternate, rest = glyphs.shades
    # Which segment each column shows; a segment gets at least one column.
    cells: list[int | None] = [None] * width
    for number, segment in enumerate(segments):
        first = min(max(round(segment["left"] * width / 100), 0), width - 1)
        last = max(round((segment["left"] + segment["width"]) * width / 100), first + 1)
        for column in range(first, min(last, width)):
            cells[column] = number
    drawn: list[Span] = []
    for cell in cells:
        if cell is None:
            # Unplanned time: the gap the check warns about, visible at a glance.
            drawn.append((glyphs.dot, "red"))
        elif colour:
            drawn.append((full, _colour(segments[cell]["kind"])))
        else:
            # Shades alternate from segment to segment so that neighbours stay apart.
            kind = segments[cell]["kind"]
            drawn.append(
                (rest if kind in BREAK_KINDS else (full if cell % 2 == 0 else alternate), "")
            )
    bar = [
        ("".join(character for character, _ in run), style)
        for style, run in itertools.groupby(drawn, key=lambda pair: pair[1])
    ]
    page.lines.append(page.styled(bar))
    start, end = day["start"] or "", day["end"] or ""
    page.lines.append(
        page.styled([(start + " " * max(width - len(start) - len(end), 1) + end, "dim")])
    )
    if colour:
        # Lines filled by hand, so that the legend breaks between items, never inside one.
        kinds = {segment["kind"]: segment["kind_label"] for segment in segments}
        line: list[Span] = []
        used = 0
        for kind, label in kinds.items():
            size = 2 + cell_len(label)
            if used and used + 3 + size > width:
                page.lines.append(page.styled(line))
                line, used = [], 0
            if used:
                line.append(("   ", ""))
                used += 3
            line += [(full, _colour(kind)), (" ", ""), (label, "")]
            used += size
        page.lines.append(page.styled(line))


def _agenda(page: _Page, context: View, day: View) -> None:
    """The day's table: time, what (with notes and findings), kind and, when wide, who."""
    labels, glyphs = context["labels"], page.glyphs
    narrow = page.width < NARROW
    rows = [row for block in day["blocks"] for row in (block, *block["parts"])]
    time_width = max(cell_len(labels["time"]), *(cell_len(row["time"]) for row in rows))
    kind_width = max(cell_len(labels["kind"]), *(cell_len(row["kind_label"]) for row in rows))
    columns = 3 if narrow else 4
    free = max(page.width - time_width - kind_width - GAP * (columns - 1), columns)
    what_width = free if narrow else max(free * 3 // 5, 1)
    who_width = free - what_width
    headers = [(labels["time"], time_width), (labels["what"], what_width)]
    headers.append((labels["kind"], kind_width))
    if not narrow:
        headers.append((labels["who"], who_width))
    _table_row(page, [[[(title, "bold")]] for title, _ in headers], [w for _, w in headers])
    page.lines.append(page.styled([(glyphs.rule * page.width, "")]))
    widths = [w for _, w in headers]
    for row in rows:
        part = row["is_part"]
        indent = "  " if part else ""
        inner = indent + "  "
        title: list[Span] = [(row["title"], "" if part else "bold")]
        if row["task"]:
            title.append((f"  {glyphs.arrow} {labels['task']} {row['task']}", "dim"))
        # A part's indent on every line of its title, the wrapped ones too (wrap drops a
        # line's leading spaces, so it is added after).
        what = [[(indent, ""), *line] for line in wrap(title, what_width - len(indent))]
        extra: list[list[Span]] = []
        if narrow and row["who_text"]:
            extra.append([(row["who_text"], "")])
        if row["facilitator_only"]:
            extra.append([(labels["facilitator_only"], "italic")])
        if row["notes"]:
            extra += [[(line, "dim italic")] for line in row["notes"].split("\n")]
        if row["materials"]:
            extra.append([(f"{labels['materials']}: {', '.join(row['materials'])}", "dim")])
        if row["link"]:
            extra.append([(f"{labels['link']}: {row['link']}", "dim")])
        if row["goals_text"]:
            extra.append([(f"{labels['goal_numbers']}: {row['goals_text']}", "dim")])
        extra += [_flag(finding, glyphs) for finding in row["findings"]]
        extra += _tracks(row, glyphs)
        for spans in extra:
            what += [[(inner, ""), *line] for line in wrap(spans, what_width - len(inner))]
        cells = [
            [[(row["time"], "" if part else "bold")]],
            what,
            [[(row["kind_label"], _colour(row["kind"]))]],
        ]
        if not narrow:
            cells.append(wrap([(row["who_text"], "")], who_width))
        _table_row(page, cells, widths)


def _tracks(row: View, glyphs: Glyphs) -> list[list[Span]]:
    """A block's parallel tracks under its title (seating, #22): each track's title, room,
    time and who leads, its description, and its notes (there only for the facilitator)."""
    lines: list[list[Span]] = []
    for track in row.get("tracks") or []:
        head: list[Span] = [(f"{glyphs.bullet} ", "dim"), (track["title"], "bold")]
        details = [track["room"], track["time"], track["who_text"]]
        separator = f" {glyphs.dot} "
        head.append((separator + separator.join(text for text in details if text), ""))
        lines.append(head)
        if track["description"]:
            lines.append([("  " + track["description"], "")])
        if track["notes"]:
            lines += [[("  " + line, "dim italic")] for line in track["notes"].split("\n")]
    return lines


def _table_row(page: _Page, cells: list[list[list[Span]]], widths: list[int]) -> None:
    """One row of the table: each cell's lines side by side, padded to their column."""
    height = max(len(cell) for cell in cells)
    gap = " " * GAP
    for number in range(height):
        parts = []
        for cell, width in zip(cells, widths, strict=True):
            spans = cell[number] if number < len(cell) else []
            used = sum(cell_len(text) for text, _ in spans)
            parts.append(page.styled(spans) + " " * max(width - used, 0))
        page.lines.append(gap.join(parts))


def _task(page: _Page, context: View, task: View) -> None:
    labels = context["labels"]
    page.blank()
    where = f" ({task['part_of']})" if task["part_of"] else ""
    page.paragraph([(f"{task['heading']} · {task['time']} · {task['title']}{where}", "bold")])
    if task["description"]:
        page.paragraph([(task["description"], "")], indent=2)
    if task["notes"]:
        page.paragraph([(f"{labels['notes']}: {task['notes']}", "dim italic")], indent=2)
    if task["questions"]:
        title = f": {task['questions_title']}" if task["questions_title"] else ""
        page.paragraph([(f"{labels['questions']}{title}", "")], indent=2)
        for number, question in enumerate(task["questions"], 1):
            page.paragraph([(f"{number}. {question}", "")], indent=4)
    method = task["method"]
    if method:
        page.paragraph(
            [(f"{labels['method']}: {method['name']} ({method['total']})", "")], indent=2
        )
        for step in method["steps"]:
            page.paragraph([(f"{step['time']}  {step['title']}", "")], indent=4)
            if step["note"]:
                page.paragraph([(step["note"], "dim italic")], indent=6 + len(step["time"]))
    for finding in task["findings"]:
        page.paragraph(_flag(finding, page.glyphs), indent=2)


def _flag(finding: View, glyphs: Glyphs) -> list[Span]:
    return [
        (f"{glyphs.flag} {finding['severity_label']}: ", "bold yellow"),
        (finding["text"], "yellow"),
    ]
