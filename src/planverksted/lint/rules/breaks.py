"""A stretch longer than ``checks: max_without_break`` (90 min unless set) with no break."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import At, Minutes, Title, schedule_finding
from planverksted.timing.schedule import Schedule, TimedBlock, TimedDay
from planverksted.workshop.model import BREAK_KINDS

SECTION = "Checking the schedule"
ORDER = 80

CODES = (
    Code(
        "no-break",
        WARNING,
        "longer than `checks: max_without_break` (90 min) without a break",
        example="9.00 – 10.45 with no `kind: break`",
    ),
)

TEXTS = {
    "no-break": {
        "en": "{length} without a break ({start}–{end}); the limit of {limit} is passed "
        "during block {block}",
        "nb": "{length} uten pause ({start}–{end}), mer enn grensen på {limit} (i {block})",
        "nn": "{length} utan pause ({start}–{end}), meir enn grensa på {limit} (i {block})",
    },
    "no-break.print": {
        "en": "{start}–{end}: {length} without a break",
        "nb": "{start}–{end}: {length} uten pause",
        "nn": "{start}–{end}: {length} utan pause",
    },
    "no-break.hint": {
        "en": "add a break (kind: break), or set checks: max_without_break",
        "nb": "legg inn en pause (kind: break), eller sett checks: max_without_break",
        "nn": "legg inn ein pause (kind: break), eller set checks: max_without_break",
    },
}


class _Piece(NamedTuple):
    """A stretch of the day that is either work or a break, and the block it belongs to."""

    start: int
    end: int
    rest: bool
    block: TimedBlock


def _pieces(day: TimedDay) -> list[_Piece]:
    pieces: list[_Piece] = []
    for block in day.blocks:
        if block.parts:
            pieces += [
                _Piece(p.start, p.end, p.part.kind in BREAK_KINDS, block) for p in block.parts
            ]
        else:
            pieces.append(_Piece(block.start, block.end, block.block.kind in BREAK_KINDS, block))
    return pieces


def check(schedule: Schedule) -> Iterator[Finding]:
    """A stretch longer than ``checks: max_without_break`` (90 min unless set) with no break."""
    limit = schedule.workshop.checks.max_without_break
    for day in schedule.days:
        stretch: list[_Piece] = []
        for piece in [*_pieces(day), None]:
            if piece is not None and not piece.rest:
                stretch.append(piece)
                continue
            if stretch and stretch[-1].end - stretch[0].start > limit:
                begin, finish = stretch[0].start, stretch[-1].end
                due = next(p.block for p in stretch if p.end > begin + limit)
                yield schedule_finding(
                    schedule,
                    "no-break",
                    due.path,
                    hint="no-break.hint",
                    length=Minutes(finish - begin),
                    start=At(begin),
                    end=At(finish),
                    limit=Minutes(limit),
                    block=Title(due.title),
                )
            stretch = []
