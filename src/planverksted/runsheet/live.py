"""The live page of ``planverksted run``: one self-contained HTML file for the day itself.

The page shows the room (for the projector) what runs now, a countdown and what comes
next, and the facilitator the whole day with the expected times. It embeds the resolved
schedule as JSON (:func:`live_data`) and draws everything from it with the inline
``templates/live.js``, whose timing logic mirrors :mod:`planverksted.timing.running`.
Nothing is fetched: the page works from a file:// address on a laptop without a network.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from planverksted import i18n
from planverksted.analysis import Analysis
from planverksted.timing import running
from planverksted.timing.schedule import TimedBlock, TimedDay, TimedStep
from planverksted.workshop.kinds import REST as BREAK_KINDS

if TYPE_CHECKING:
    from planverksted.runsheet.view import Row, Task

View = dict[str, Any]

# The words the live page and the terminal view need beyond the run-sheet labels: each
# catalogue's LIVE table (i18n/<language>.py).
LIVE_LABELS: Mapping[str, Mapping[str, str]] = {
    language: i18n.catalogue(language).LIVE for language in i18n.LANGUAGES
}
"""Language → key → text, for the live page and the terminal view."""

_RUNSHEET_LABELS = ("day", "what", "who", "notes", "questions", "facilitator_only", "time")


def labels(language: str) -> dict[str, str]:
    """The live labels of ``language``, with the run-sheet labels the page borrows."""
    sheet = i18n.labels(language)
    return {key: sheet[key] for key in _RUNSHEET_LABELS} | dict(LIVE_LABELS[language])


def running_days(analysis: Analysis) -> list[running.Day]:
    """The schedule as :mod:`planverksted.timing.running` reads it: times, titles, flags."""
    if analysis.schedule is None:
        raise ValueError("running_days needs an analysis with a schedule")
    return [_running_day(day) for day in analysis.schedule.days if day.blocks]


def _steps(steps: tuple[TimedStep, ...], end: int) -> tuple[running.Step, ...]:
    return running.clip_steps([running.Step(s.title, s.start, s.end) for s in steps], end)


def _running_block(timed: TimedBlock) -> running.Block:
    block = timed.block
    return running.Block(
        title=block.title,
        kind=block.kind,
        start=timed.start,
        end=timed.end,
        facilitator_only=block.facilitator_only,
        parts=tuple(
            running.Part(
                title=part.part.title,
                start=part.start,
                end=part.end,
                facilitator_only=part.part.facilitator_only,
                steps=_steps(part.steps, part.end),
            )
            for part in timed.parts
        ),
        steps=_steps(timed.steps, timed.end),
    )


def _running_day(day: TimedDay) -> running.Day:
    return running.Day(day.date, day.planned_end, tuple(_running_block(b) for b in day.blocks))


def live_data(analysis: Analysis, language: str | None = None) -> View:
    """The data the page embeds: the days with every time, and the words to show them with.

    Each day is :meth:`running.Day.as_json` (what the timing logic reads) with the texts of
    the run-sheet's view model added to its blocks, parts and steps.
    """
    from planverksted.runsheet.view import build_context

    if analysis.workshop is None or analysis.schedule is None:
        raise ValueError("live_data needs an analysis with a schedule")
    context = build_context(analysis, audience="facilitator", language=language)
    language = context["lang"]
    tasks = {task["number"]: task for task in context["group_tasks"]}
    timed_days = [day for day in analysis.schedule.days if day.blocks]
    days = []
    for timed, view in zip(timed_days, context["days"], strict=True):
        data = _running_day(timed).as_json()
        data["heading"] = view["heading"]
        data["date_text"] = view["date"]
        data["label"] = view["label"]
        for block, block_view, timed_block in zip(
            data["blocks"], view["blocks"], timed.blocks, strict=True
        ):
            block.update(_words(block_view, tasks))
            for step, timed_step in zip(block["steps"], timed_block.steps, strict=False):
                step["note"] = timed_step.note
            for part, part_view, timed_part in zip(
                block["parts"], block_view["parts"], timed_block.parts, strict=True
            ):
                part.update(_words(part_view, tasks))
                for step, timed_step in zip(part["steps"], timed_part.steps, strict=False):
                    step["note"] = timed_step.note
        days.append(data)
    workshop = analysis.workshop
    return {
        "lang": language,
        "title": workshop.title,
        "subtitle": workshop.subtitle,
        "store": f"planverksted-preview|{workshop.title}",
        "labels": labels(language),
        "break_kinds": sorted(BREAK_KINDS),
        "days": days,
    }


def _words(row: Row, tasks: Mapping[int, Task]) -> View:
    """The texts of one block or part, as the run-sheet words them."""
    task = tasks.get(row["task"]) if row["task"] is not None else None
    return {
        "kind_label": row["kind_label"],
        "who": row["who_text"],
        "notes": row["notes"],
        "description": row["description"],
        "questions_title": task["questions_title"] if task else None,
        "questions": task["questions"] if task else [],
        "method": task["method"]["name"] if task and task["method"] else None,
    }


def script_json(data: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no text can close or comment it.

    ``<``, ``>`` and ``&`` are written as JSON escapes, so ``</script>`` or ``<!--`` in a
    title reach the page's JavaScript as text and never the HTML parser.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def render_live_page(analysis: Analysis, language: str | None = None) -> str:
    """The whole live page as one HTML text, with its CSS, JavaScript and data inline."""
    from markupsafe import Markup

    from planverksted.runsheet.templating import builtin_template_text, render_builtin

    data = live_data(analysis, language)
    words = data["labels"]
    return render_builtin(
        "live.html.j2",
        {
            "lang": data["lang"],
            "title": data["title"],
            "page_title": f"{words['timekeeper']} – {data['title']}",
            "labels": words,
            # Our own files and escaped JSON: inserted as they are.
            "css": Markup(builtin_template_text("live.css")),
            "js": Markup(builtin_template_text("live.js")),
            "data": Markup(script_json(data)),
        },
    )
