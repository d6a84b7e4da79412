"""Gaps and overlaps between neighbouring blocks, and at the planned start of the day."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from planverksted.lint.finding import Finding, Path
from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR, WARNING
from planverksted.lint.wording import At, Minutes, Title, schedule_finding
from planverksted.timing.schedule import Schedule, TimedBlock, TimedDay

SECTION = "Checking the schedule"
ORDER = 40

CODES = (
    Code(
        "overlap",
        ERROR,
        "a block starts before the previous one ends",
        example="`9.00 – 10.00`, then `9.50 – 10.30`",
    ),
    Code(
        "gap",
        WARNING,
        "unplanned minutes between blocks, or after the planned start",
        example="`13.10 – 13.15`, then `13.20 – 13.40`",
    ),
    Code(
        "early-start",
        WARNING,
        "the first block starts before the planned `start`",
        example="`start: 9.00`, first block `8.45 – 9.30`",
    ),
)

TEXTS = {
    "gap": {
        "en": "{length} unplanned between block {before} (ends {before_end}) and block "
        "{after} (starts {after_start})",
        "nb": "{length} uten plan mellom {before} (slutter kl. {before_end}) og {after} "
        "(starter kl. {after_start})",
        "nn": "{length} utan plan mellom {before} (sluttar kl. {before_end}) og {after} "
        "(startar kl. {after_start})",
    },
    "gap.print": {
        "en": "{before_end}–{after_start}: {length} with nothing planned",
        "nb": "{before_end}–{after_start}: {length} uten plan",
        "nn": "{before_end}–{after_start}: {length} utan plan",
    },
    "gap.hint": {
        "en": "start it at {before_end}, or fill the time with a block (a break is a block too)",
        "nb": "start bolken kl. {before_end}, eller fyll tiden med en bolk (en pause "
        "er også en bolk)",
        "nn": "start bolken kl. {before_end}, eller fyll tida med ein bolk (ein pause "
        "er òg ein bolk)",
    },
    "gap.start": {
        "en": "{length} unplanned between the planned start at {planned} and block "
        "{first} at {first_start}",
        "nb": "{length} uten plan mellom planlagt start kl. {planned} og {first} kl. {first_start}",
        "nn": "{length} utan plan mellom planlagd start kl. {planned} og {first} kl. {first_start}",
    },
    "gap.start.print": {
        "en": "{planned}–{first_start}: {length} with nothing planned after the planned start",
        "nb": "{planned}–{first_start}: {length} uten plan etter planlagt start",
        "nn": "{planned}–{first_start}: {length} utan plan etter planlagd start",
    },
    "gap.start.hint": {
        "en": "start the first block at {planned}, or change the planned start",
        "nb": "start den første bolken kl. {planned}, eller endre planlagt start",
        "nn": "start den første bolken kl. {planned}, eller endre planlagd start",
    },
    "early-start": {
        "en": "block {first} starts at {first_start}, {length} before the planned "
        "start at {planned}",
        "nb": "{first} starter kl. {first_start}, {length} før planlagt start kl. {planned}",
        "nn": "{first} startar kl. {first_start}, {length} før planlagd start kl. {planned}",
    },
    "early-start.print": {
        "en": "{first_start}: {first} starts {length} before the planned start at {planned}",
        "nb": "{first_start}: {first} starter {length} før planlagt start kl. {planned}",
        "nn": "{first_start}: {first} startar {length} før planlagd start kl. {planned}",
    },
    "overlap": {
        "en": "block {after} starts at {after_start}, before block {before} ends at "
        "{before_end} ({length} overlap)",
        "nb": "{after} starter kl. {after_start}, før {before} slutter kl. {before_end} "
        "({length} overlapp)",
        "nn": "{after} startar kl. {after_start}, før {before} sluttar kl. {before_end} "
        "({length} overlapp)",
    },
    "overlap.hint": {
        "en": "start it at {before_end}, or end the block before it earlier",
        "nb": "start bolken kl. {before_end}, eller la den forrige bolken slutte tidligere",
        "nn": "start bolken kl. {before_end}, eller la den førre bolken slutte tidlegare",
    },
}


def _start_path(block: TimedBlock) -> Path:
    """Where a block's start is written, or the block itself when it follows the previous one."""
    if block.block.time is not None:
        return (*block.path, "time")
    if block.block.start is not None:
        return (*block.path, "start")
    return block.path


def _consecutive(day: TimedDay) -> Iterator[tuple[TimedBlock, TimedBlock]]:
    """Neighbouring blocks, skipping pairs around a block whose times could not be resolved."""
    for before, after in itertools.pairwise(day.blocks):
        if after.index == before.index + 1:
            yield before, after


def check(schedule: Schedule) -> Iterator[Finding]:
    """Gaps and overlaps between neighbouring blocks, and at the planned start of the day."""
    for day in schedule.days:
        first = day.blocks[0] if day.blocks else None
        if first is not None and first.index == 0 and day.planned_start is not None:
            planned = day.planned_start
            if first.start != planned:
                early = first.start < planned
                yield schedule_finding(
                    schedule,
                    "early-start" if early else "gap",
                    _start_path(first),
                    text="early-start" if early else "gap.start",
                    hint=None if early else "gap.start.hint",
                    length=Minutes(abs(first.start - planned)),
                    planned=At(planned),
                    first=Title(first.title),
                    first_start=At(first.start),
                )
        for before, after in _consecutive(day):
            if after.start != before.end:
                overlap = after.start < before.end
                yield schedule_finding(
                    schedule,
                    "overlap" if overlap else "gap",
                    _start_path(after),
                    hint="overlap.hint" if overlap else "gap.hint",
                    length=Minutes(abs(after.start - before.end)),
                    before=Title(before.title),
                    before_end=At(before.end),
                    after=Title(after.title),
                    after_start=At(after.start),
                )
