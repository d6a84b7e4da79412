"""The terminal preview: the run-sheet at a glance, drawn with rich from the view model.

Everything the printed sheet has: goals, the preparation list, times, kinds in colour, a
proportional timeline bar for each day, the check's findings on the rows they concern,
group tasks with their questions and method steps (with the facilitator's notes), and the
evaluation. Below :data:`NARROW` columns the agenda stacks who and notes under the title
rather than squeezing them into narrow columns. Without colour (piped, ``NO_COLOR``, a dumb
terminal) the same preview comes out as plain text, with the timeline drawn in
shades instead of colours. The caller chooses colour and width; this module only
returns text.
"""

from __future__ import annotations

import io
import itertools
from typing import TYPE_CHECKING

from planverksted.runsheet.formats import Job, OutputFormat
from planverksted.workshop.kinds import BY_NAME
from planverksted.workshop.kinds import REST as BREAK_KINDS

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from planverksted.runsheet.view import Day, FindingView, Task, View

FORMAT = OutputFormat("terminal", to_file="no", rank=30, summary="the terminal preview")


def render(job: Job) -> str:
    """The preview of ``job``'s view, as wide as ``job.width``."""
    return render_terminal(job.view, width=job.width, color_system=job.color_system)


MIN_WIDTH = 40
"""Narrower than this, no table is readable: the preview is drawn this wide anyway."""
NARROW = 100
"""Narrower than this, who takes part goes under the title instead of in its own column."""


def render_terminal(context: View, *, width: int, color_system: str | None = None) -> str:
    """The preview as text ``width`` columns wide; ``color_system`` None means plain text.

    ``color_system`` is one of rich's: ``standard``, ``256``, ``truecolor``.
    """
    from rich.console import Console
    from rich.padding import Padding

    buffer = io.StringIO()
    console = Console(
        file=buffer,
        width=max(width, MIN_WIDTH),
        force_terminal=color_system is not None,
        color_system=color_system,  # type: ignore[arg-type]
        highlight=False,
        emoji=False,
        markup=False,
        legacy_windows=False,
        # The caller chose colour (NO_COLOR included, see lint.formatters.text.wants_colour):
        # rich must not decide again from the environment.
        no_color=False,
    )
    colour = color_system is not None
    labels = context["labels"]
    _header(console, context)
    _bullets(console, labels["goals"], context["goals"])
    _bullets(
        console,
        labels["preparations"],
        [
            f"{entry['item']} – {labels['needed_for']} {entry['needed_for']}"
            for entry in context["preparations"]
        ],
        mark="☐",
    )
    for day in context["days"]:
        if context["multi_day"]:
            console.print()
            console.print(day["heading"], style="bold")
        if day["timeline"]:
            console.print()
            _timeline(console, day, colour)
        console.print()
        console.print(_agenda(context, day, narrow=console.width < NARROW))
    if context["group_tasks"]:
        console.print()
        console.print(labels["group_work"], style="bold")
        for task in context["group_tasks"]:
            _task(console, context, task)
    if context["evaluation"]:
        console.print()
        console.print(labels["evaluation"], style="bold")
        for number, question in enumerate(context["evaluation"], 1):
            console.print(Padding(f"{number}. {question}", (0, 0, 0, 2)))
    loose = [finding for finding in context["findings"] if finding["where"] is None]
    if loose:
        console.print()
        console.print(labels["findings"], style="bold")
        for finding in loose:
            console.print(_flag(finding))
    text = buffer.getvalue()
    if not colour:
        # Tables pad every line to the full width; plain text has no use for the trailing blanks.
        text = "".join(line.rstrip() + "\n" for line in text.splitlines())
    return text


def _header(console: Console, context: View) -> None:
    workshop = context["workshop"]
    console.print(workshop["title"], style="bold")
    if workshop["subtitle"]:
        console.print(workshop["subtitle"])
    console.print(context["document_for"], style="dim")
    if context["facts"]:
        console.print(" · ".join(fact["value"] for fact in context["facts"]), style="dim")


def _bullets(console: Console, heading: str, items: list[str], mark: str = "•") -> None:
    """A heading and a list, each item with a hanging indent (wrapped lines under its text)."""
    from rich import box
    from rich.table import Table

    if not items:
        return
    console.print()
    console.print(heading, style="bold")
    grid = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False, padding=0)
    grid.add_column(no_wrap=True, width=2)
    grid.add_column(ratio=1)
    for item in items:
        grid.add_row(mark, item)
    console.print(grid)


def _timeline(console: Console, day: Day, colour: bool) -> None:
    """The day as one bar: each block's share of the width is its share of the day."""
    from rich.text import Text

    width = console.width
    segments = day["timeline"]
    # Which segment each column shows; a segment gets at least one column.
    cells: list[int | None] = [None] * width
    for number, segment in enumerate(segments):
        first = min(round(segment["left"] * width / 100), width - 1)
        last = max(round((segment["left"] + segment["width"]) * width / 100), first + 1)
        for column in range(first, min(last, width)):
            cells[column] = number
    drawn: list[tuple[str, str]] = []
    for cell in cells:
        if cell is None:
            # Unplanned time: the gap the check warns about, visible at a glance.
            character, style = "·", "red"
        elif colour:
            character, style = "█", BY_NAME[segments[cell]["kind"]].terminal_colour
        else:
            # Shades alternate from segment to segment so that neighbours stay apart.
            kind = segments[cell]["kind"]
            character = "░" if kind in BREAK_KINDS else ("█" if cell % 2 == 0 else "▓")
            style = ""
        drawn.append((character, style if colour else ""))
    bar = Text()
    for style, run in itertools.groupby(drawn, key=lambda pair: pair[1]):
        bar.append("".join(character for character, _ in run), style=style)
    console.print(bar)
    start, end = day["start"] or "", day["end"] or ""
    console.print(start + " " * max(width - len(start) - len(end), 1) + end, style="dim")
    if colour:
        # Lines filled by hand, so that the legend breaks between items, never inside one.
        kinds = {segment["kind"]: segment["kind_label"] for segment in segments}
        line, used = Text(), 0
        for kind, label in kinds.items():
            size = 2 + len(label)
            if used and used + 3 + size > width:
                console.print(line, no_wrap=True, overflow="ellipsis")
                line, used = Text(), 0
            if used:
                line.append("   ")
                used += 3
            line.append("█ ", style=BY_NAME[kind].terminal_colour)
            line.append(label)
            used += size
        console.print(line, no_wrap=True, overflow="ellipsis")


def _agenda(context: View, day: Day, *, narrow: bool) -> Table:
    from rich import box
    from rich.console import Group
    from rich.padding import Padding
    from rich.table import Table
    from rich.text import Text

    labels = context["labels"]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, expand=True)
    table.add_column(labels["time"], no_wrap=True)
    table.add_column(labels["what"], ratio=3)
    table.add_column(labels["kind"], no_wrap=True)
    if not narrow:
        table.add_column(labels["who"], ratio=2)
    for block in day["blocks"]:
        for row in [block, *block["parts"]]:
            title = Text(row["title"], style="bold" if not row["is_part"] else "")
            if row["task"]:
                title.append(f"  → {labels['task']} {row['task']}", style="dim")
            lines: list[Text] = [title]
            if narrow and row["who_text"]:
                lines.append(Text(row["who_text"]))
            if row["facilitator_only"]:
                lines.append(Text(labels["facilitator_only"], style="italic"))
            if row["notes"]:
                lines.append(Text(row["notes"], style="dim italic"))
            if row["materials"]:
                materials = ", ".join(row["materials"])
                lines.append(Text(f"{labels['materials']}: {materials}", style="dim"))
            lines += [_flag(finding) for finding in row["findings"]]
            what = Padding(
                Group(lines[0], Padding(Group(*lines[1:]), (0, 0, 0, 2))),
                (0, 0, 0, 2 if row["is_part"] else 0),
            )
            time = Text(row["time"], style="" if row["is_part"] else "bold")
            kind = Text(row["kind_label"], style=BY_NAME[row["kind"]].terminal_colour)
            table.add_row(time, what, kind, *([] if narrow else [row["who_text"]]))
    return table


def _task(console: Console, context: View, task: Task) -> None:
    from rich.padding import Padding

    labels = context["labels"]
    console.print()
    where = f" ({task['part_of']})" if task["part_of"] else ""
    console.print(f"{task['heading']} · {task['time']} · {task['title']}{where}", style="bold")
    if task["description"]:
        console.print(Padding(task["description"], (0, 0, 0, 2)))
    if task["notes"]:
        console.print(
            Padding(f"{labels['notes']}: {task['notes']}", (0, 0, 0, 2)), style="dim italic"
        )
    if task["questions"]:
        title = f": {task['questions_title']}" if task["questions_title"] else ""
        console.print(Padding(f"{labels['questions']}{title}", (0, 0, 0, 2)))
        for number, question in enumerate(task["questions"], 1):
            console.print(Padding(f"{number}. {question}", (0, 0, 0, 4)))
    method = task["method"]
    if method:
        console.print(
            Padding(f"{labels['method']}: {method['name']} ({method['total']})", (0, 0, 0, 2))
        )
        for step in method["steps"]:
            console.print(Padding(f"{step['time']}  {step['title']}", (0, 0, 0, 4)))
            if step["note"]:
                console.print(
                    Padding(step["note"], (0, 0, 0, 6 + len(step["time"]))), style="dim italic"
                )
    for finding in task["findings"]:
        console.print(Padding(_flag(finding), (0, 0, 0, 2)))


def _flag(finding: FindingView) -> Text:
    from rich.text import Text

    text = Text(f"⚠ {finding['severity_label']}: ", style="bold yellow")
    text.append(finding["text"], style="yellow")
    return text
