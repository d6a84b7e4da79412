"""The live pages of ``planverksted run``: self-contained HTML files for the day itself.

Two pages from one template. The *room's* page (for the projector) shows what runs now,
a countdown and what comes next; it holds nothing marked for the facilitator: no block or
part marked ``facilitator_only``, no notes, no ``who`` (the data is left out of the file,
not hidden in it). The *facilitator's* page shows the whole day with the expected times,
and previews the room's view. Each embeds its schedule as JSON (:func:`live_data`) and
draws everything from it with the inline ``templates/live.js``, whose timing logic
mirrors :mod:`planverksted.timing.running`. Nothing is fetched: the pages work from a
file:// address on a laptop without a network; two pages of one workshop opened in the
same browser follow each other's keys (their state is kept under the same name).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from planverksted import i18n
from planverksted.analysis import Analysis
from planverksted.timing import running
from planverksted.timing.schedule import TimedBlock, TimedDay, TimedStep
from planverksted.workshop.kinds import REST as BREAK_KINDS

if TYPE_CHECKING:
    from planverksted.runsheet.view import Row, Task

View = dict[str, Any]
Audience = Literal["room", "facilitator"]
AUDIENCES: tuple[Audience, ...] = ("room", "facilitator")

# The words the live page and the terminal view need beyond the run-sheet labels: each
# catalogue's LIVE table (i18n/<language>.py).
LIVE_LABELS: Mapping[str, Mapping[str, str]] = {
    language: i18n.catalogue(language).LIVE for language in i18n.LANGUAGES
}
"""Language → key → text, for the live page and the terminal view."""

_RUNSHEET_LABELS = ("day", "what", "who", "notes", "questions", "facilitator_only", "time")
_FACILITATOR_LABELS = (
    "who",
    "notes",
    "facilitator_only",
    "keys",
    "overrun",
    "open_room",
    "facilitator_file",
)
"""Words only the facilitator's page uses: the room's page goes without them."""
_FACILITATOR_FIELDS = ("who", "notes", "note")
"""Fields of blocks, parts and steps the room's page leaves out."""


def labels(language: str, audience: Audience = "facilitator") -> dict[str, str]:
    """The live labels of ``language``, with the run-sheet labels the page borrows."""
    sheet = i18n.labels(language)
    words = {key: sheet[key] for key in _RUNSHEET_LABELS} | dict(LIVE_LABELS[language])
    if audience == "room":
        return {key: text for key, text in words.items() if key not in _FACILITATOR_LABELS}
    return words


def running_days(analysis: Analysis) -> list[running.Day]:
    """The schedule as :mod:`planverksted.timing.running` reads it: times, titles, flags."""
    if analysis.schedule is None:
        raise ValueError("running_days needs an analysis with a schedule")
    return [_running_day(day) for day in analysis.schedule.days if day.blocks]


def _steps(steps: tuple[TimedStep, ...]) -> tuple[running.Step, ...]:
    """A method's steps at the run-sheet's times, also where they run past their part."""
    return tuple(running.Step(s.title, s.start, s.end) for s in steps)


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
                steps=_steps(part.steps),
            )
            for part in timed.parts
        ),
        steps=_steps(timed.steps),
    )


def _running_day(day: TimedDay) -> running.Day:
    return running.Day(day.date, day.planned_end, tuple(_running_block(b) for b in day.blocks))


def live_data(
    analysis: Analysis, language: str | None = None, audience: Audience = "facilitator"
) -> View:
    """The data a page embeds: the days with every time, and the words to show them with.

    Each day is :meth:`running.Day.as_json` (what the timing logic reads) with the texts of
    the run-sheet's view model added to its blocks, parts and steps, and the minutes each
    block and part runs past its end (``overrun``). For the room, the day of
    :func:`running.for_room` without the facilitator's fields.
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
        day = _running_day(timed)
        data = day.as_json()
        data["heading"] = view["heading"]
        data["date_text"] = view["date"]
        data["label"] = view["label"]
        for block, block_view, timed_block in zip(
            data["blocks"], view["blocks"], timed.blocks, strict=True
        ):
            block.update(_words(block_view, tasks))
            for step, timed_step in zip(block["steps"], timed_block.steps, strict=True):
                step["note"] = timed_step.note
            for part, part_view, timed_part in zip(
                block["parts"], block_view["parts"], timed_block.parts, strict=True
            ):
                part.update(_words(part_view, tasks))
                for step, timed_step in zip(part["steps"], timed_part.steps, strict=True):
                    step["note"] = timed_step.note
        for block, block_view, timed_block in zip(
            data["blocks"], view["blocks"], timed.blocks, strict=True
        ):
            block["tracks"] = _tracks(block_view, timed_block, audience)
        for block, running_block in zip(data["blocks"], day.blocks, strict=True):
            block["overrun"] = running.overrun(running_block)
            for part, running_part in zip(block["parts"], running_block.parts, strict=True):
                part["overrun"] = running.overrun(running_part)
        days.append(_for_room(data) if audience == "room" else data)
    workshop = analysis.workshop
    return {
        "lang": language,
        "source_lang": analysis.language,
        "audience": audience,
        "title": workshop.title,
        "subtitle": workshop.subtitle,
        "store": f"planverksted-preview|{workshop.title}",
        "labels": labels(language, audience),
        "break_kinds": sorted(BREAK_KINDS),
        "days": days,
    }


def _for_room(day: View) -> View:
    """One day's data as the room's page holds it: nothing marked for the facilitator.

    Blocks and parts marked ``facilitator_only`` are left out (as :func:`running.for_room`
    leaves them out of the timing), and so are who leads, the notes and the steps' notes.
    """

    def public(item: View) -> View:
        kept = {key: value for key, value in item.items() if key not in _FACILITATOR_FIELDS}
        if "steps" in item:
            kept["steps"] = [public(step) for step in item["steps"]]
        if "parts" in item:
            kept["parts"] = [public(p) for p in item["parts"] if not p["facilitator_only"]]
        return kept

    return day | {"blocks": [public(b) for b in day["blocks"] if not b["facilitator_only"]]}


def _tracks(row: Row, timed: TimedBlock, audience: Audience) -> list[View]:
    """A block's parallel tracks, for ``?room=`` (the room's own track) and the facilitator's
    rows (side by side): title, room, minutes and description; who leads and the notes only
    for the facilitator."""
    tracks = []
    for view, track in zip(row.get("tracks", []), timed.tracks, strict=False):
        data: View = {
            "title": view["title"],
            "room": view["room_key"],
            "room_name": view["room"],
            "start": track.start,
            "end": track.end,
        }
        if view["description"]:  # shown to everyone, as on the run-sheet
            data["description"] = view["description"]
        if audience == "facilitator":
            data["who"] = view["who_text"]
            if view["notes"]:
                data["notes"] = view["notes"]
        tracks.append(data)
    return tracks


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


def facilitator_page_name(room_page: str, language: str) -> str:
    """The facilitator's page beside the room's: ``live.html`` → ``live.prosessleder.html``
    (``live.prosessleiar.html`` in nynorsk, ``live.facilitator.html`` in English)."""
    stem, dot, suffix = room_page.rpartition(".")
    word = LIVE_LABELS[language]["facilitator_file"]
    return f"{stem}.{word}.{suffix}" if dot and stem else f"{room_page}.{word}.html"


def prepare() -> None:
    """Compile the live page's template once, in the command's process."""
    from planverksted.runsheet.templating import prepare_builtin_page

    prepare_builtin_page("live.html.j2")


def render_live_page(
    analysis: Analysis,
    language: str | None = None,
    audience: Audience = "facilitator",
    *,
    room_page: str | None = None,
) -> str:
    """A whole live page as one HTML text, with its CSS, JavaScript and data inline.

    ``audience`` is ``"room"`` (the projector's page: nothing for the facilitator in it)
    or ``"facilitator"``; ``room_page`` is the room's page's file name, which the
    facilitator's page links to when it is given.
    """
    from urllib.parse import quote

    from markupsafe import Markup

    from planverksted.runsheet.templating import builtin_template_text, render_builtin

    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    data = live_data(analysis, language, audience)
    words = data["labels"]
    view = words["facilitator_view" if audience == "facilitator" else "room_view"]
    return render_builtin(
        "live.html.j2",
        {
            "lang": data["lang"],
            "source_lang": data["source_lang"],
            "title": data["title"],
            "page_title": f"{view} – {data['title']}",
            "audience": audience,
            # A file name beside this page, as a relative address (a space is %20).
            "room_href": quote(room_page) if room_page and audience == "facilitator" else None,
            "labels": words,
            # Our own files and escaped JSON: inserted as they are.
            "css": Markup(builtin_template_text("live.css")),
            "js": Markup(builtin_template_text("live.js")),
            "data": Markup(script_json(data)),
        },
    )
