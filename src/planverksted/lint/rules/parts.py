"""Parts that take longer than their block, or leave some of it unplanned."""

from __future__ import annotations

from collections.abc import Iterator

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR, WARNING
from planverksted.lint.wording import At, Minutes, Title, schedule_finding
from planverksted.timing.schedule import Schedule

SECTION = "Checking the schedule"
ORDER = 50

CODES = (
    Code(
        "parts-too-long",
        ERROR,
        "the parts take longer than their block",
        example="parts of 20 + 15 min in `9.00 – 9.30`",
    ),
    Code(
        "unplanned-time",
        WARNING,
        "the parts leave some of the block unplanned",
        example="one part of 20 min in a 30 min block",
    ),
)

TEXTS = {
    "parts-too-long": {
        "en": "the parts of block {block} take {total}, but the block has {length} ({start}–{end})",
        "nb": "delene av {block} tar {total}, men bolken har {length} ({start}–{end})",
        "nn": "delane av {block} tek {total}, men bolken har {length} ({start}–{end})",
    },
    "parts-too-long.hint": {
        "en": "shorten the parts by {excess}, or lengthen the block",
        "nb": "kort ned delene med {excess}, eller gjør bolken lengre",
        "nn": "kort ned delane med {excess}, eller gjer bolken lengre",
    },
    "unplanned-time": {
        "en": "the parts of block {block} take {total} of its {length} "
        "({start}–{end}): {rest} unplanned",
        "nb": "delene av {block} tar {total} av {length} ({start}–{end}): {rest} uten plan",
        "nn": "delane av {block} tek {total} av {length} ({start}–{end}): {rest} utan plan",
    },
    "unplanned-time.print": {
        "en": "{start}–{end}: {rest} of {block} with nothing planned",
        "nb": "{start}–{end}: {rest} av {block} uten plan",
        "nn": "{start}–{end}: {rest} av {block} utan plan",
    },
    "unplanned-time.hint": {
        "en": "lengthen a part, or add one for the rest of the time",
        "nb": "gjør en del lengre, eller legg til en del for resten av tiden",
        "nn": "gjer ein del lengre, eller legg til ein del for resten av tida",
    },
}


def check(schedule: Schedule) -> Iterator[Finding]:
    """Parts that take longer than their block, or leave some of it unplanned."""
    for block in schedule.blocks():
        if not block.parts or not block.fixed_length:
            continue
        total = sum(part.part.duration for part in block.parts)
        length = block.end - block.start
        if total != length:
            too_long = total > length
            yield schedule_finding(
                schedule,
                "parts-too-long" if too_long else "unplanned-time",
                (*block.path, "parts"),
                hint="parts-too-long.hint" if too_long else "unplanned-time.hint",
                key=True,
                block=Title(block.title),
                total=Minutes(total),
                length=Minutes(length),
                start=At(block.start),
                end=At(block.end),
                excess=Minutes(total - length),
                rest=Minutes(length - total),
            )
