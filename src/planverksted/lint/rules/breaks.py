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


REST_GAP = 10
"""A gap in the agenda this long (minutes) is a rest too: nobody works in unplanned time."""


def check(schedule: Schedule) -> Iterator[Finding]:
    """A stretch longer than ``checks: max_without_break`` (90 min unless set) with no break.

    Only planned work counts: a gap in the agenda is not work (the gap rule reports it), and
    a gap of :data:`REST_GAP` minutes or more ends the stretch as a break would.
    """
    limit = schedule.workshop.checks.max_without_break
    for day in schedule.days:
        stretch: list[_Piece] = []
        reach = 0  # the latest end in the stretch
        for piece in [*_pieces(day), None]:
            resting = piece is None or piece.rest
            if not resting and stretch and piece is not None:
                resting = piece.start - reach >= REST_GAP
            if not resting and piece is not None:
                stretch.append(piece)
                reach = max(reach, piece.end) if len(stretch) > 1 else piece.end
                continue
            worked, due = _worked(stretch, limit)
            if worked > limit and due is not None:
                begin, finish = stretch[0].start, reach
                yield schedule_finding(
                    schedule,
                    "no-break",
                    due.path,
                    hint="no-break.hint",
                    length=Minutes(worked),
                    start=At(begin),
                    end=At(finish),
                    limit=Minutes(limit),
                    block=Title(due.title),
                )
            stretch = [piece] if piece is not None and not piece.rest else []
            reach = piece.end if stretch and piece is not None else 0


def _worked(stretch: list[_Piece], limit: int) -> tuple[int, TimedBlock | None]:
    """Minutes of planned work in the stretch (overlaps once, gaps not at all), and the
    block during which they pass ``limit`` (None if they never do)."""
    worked, covered, due = 0, None, None
    for piece in stretch:
        start = piece.start if covered is None else max(piece.start, covered)
        worked += max(piece.end - start, 0)
        covered = piece.end if covered is None else max(covered, piece.end)
        if due is None and worked > limit:
            due = piece.block
    return worked, due
