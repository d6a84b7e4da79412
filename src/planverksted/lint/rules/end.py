"""The agenda running past the planned end of the day, or stopping short of it."""

from __future__ import annotations

from collections.abc import Iterator

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import At, Minutes, Title, schedule_finding
from planverksted.timing.schedule import Schedule

SECTION = "Checking the schedule"
ORDER = 70

CODES = (
    Code(
        "past-end",
        WARNING,
        "the agenda runs past the planned `end`",
        example="last block ends 16.05, `end: 16.00`",
    ),
    Code(
        "short-of-end",
        WARNING,
        "the agenda stops before the planned `end`",
        example="last block ends 15.30, `end: 16.00`",
    ),
)

TEXTS = {
    "past-end": {
        "en": "the agenda runs to {end} (block {block}), {length} past the planned end "
        "at {planned}",
        "nb": "programmet varer til kl. {end} ({block}), {length} over planlagt slutt "
        "kl. {planned}",
        "nn": "programmet varer til kl. {end} ({block}), {length} over planlagd slutt "
        "kl. {planned}",
    },
    "past-end.print": {
        "en": "{planned}–{end}: the agenda runs {length} past the planned end",
        "nb": "{planned}–{end}: programmet går {length} over planlagt slutt",
        "nn": "{planned}–{end}: programmet går {length} over planlagd slutt",
    },
    "past-end.hint": {
        "en": "shorten a block, or move the planned end",
        "nb": "kort ned en bolk, eller flytt planlagt slutt",
        "nn": "kort ned ein bolk, eller flytt planlagd slutt",
    },
    "short-of-end": {
        "en": "the agenda ends at {end} (block {block}), {length} before the planned "
        "end at {planned}",
        "nb": "programmet slutter kl. {end} ({block}), {length} før planlagt slutt kl. {planned}",
        "nn": "programmet sluttar kl. {end} ({block}), {length} før planlagd slutt kl. {planned}",
    },
    "short-of-end.print": {
        "en": "{end}–{planned}: {length} with nothing planned before the planned end",
        "nb": "{end}–{planned}: {length} uten plan før planlagt slutt",
        "nn": "{end}–{planned}: {length} utan plan før planlagd slutt",
    },
    "short-of-end.hint": {
        "en": "lengthen a block, or move the planned end",
        "nb": "gjør en bolk lengre, eller flytt planlagt slutt",
        "nn": "gjer ein bolk lengre, eller flytt planlagd slutt",
    },
}


def check(schedule: Schedule) -> Iterator[Finding]:
    """The agenda running past the planned end of the day, or stopping short of it."""
    for day in schedule.days:
        if day.planned_end is None or not day.blocks or day.blocks[-1].index != day.size - 1:
            continue
        last, planned = day.blocks[-1], day.planned_end
        if last.end != planned:
            past = last.end > planned
            yield schedule_finding(
                schedule,
                "past-end" if past else "short-of-end",
                last.path,
                hint="past-end.hint" if past else "short-of-end.hint",
                end=At(last.end),
                block=Title(last.title),
                length=Minutes(abs(last.end - planned)),
                planned=At(planned),
            )
