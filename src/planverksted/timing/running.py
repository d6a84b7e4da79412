"""The workshop as it runs: what is current at a moment of the day, given how late it runs.

This is the logic of ``planverksted run``: the terminal view calls it, and the live page's
JavaScript (``templates/live.js``) mirrors it function for function, on the same data
(:meth:`Day.as_json`); a browser test holds the two to the same answers.

The model is Ontime's: one *offset* says how far the room runs behind the plan (negative:
ahead). The *plan time* is the clock minus the offset, and everything is looked up at the
plan time: the current block, part and method step, the time left in the smallest of them,
what comes next. Every later item is expected at its planned time plus the offset.

Times here are seconds after midnight (``t``); the plan's own times are whole minutes. A
method step is cut at the end of the part (or block) it belongs to: a method longer than
its part (check warns about it) ends when the part does.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal, Protocol

from planverksted.workshop.kinds import REST as BREAK_KINDS

Phase = Literal["before", "running", "gap", "after"]

MINUTE = 60


@dataclasses.dataclass(frozen=True)
class Step:
    title: str
    start: int
    """Minutes after midnight."""
    end: int


@dataclasses.dataclass(frozen=True)
class Part:
    title: str
    start: int
    end: int
    facilitator_only: bool
    steps: tuple[Step, ...]


@dataclasses.dataclass(frozen=True)
class Block:
    title: str
    kind: str
    start: int
    end: int
    facilitator_only: bool
    parts: tuple[Part, ...]
    steps: tuple[Step, ...]
    """The steps of a method the block itself names (not one of its parts)."""


@dataclasses.dataclass(frozen=True)
class Day:
    date: dt.date | None
    planned_end: int | None
    """The day's planned ``end`` from the file, a fixed point; None when it gives none."""
    blocks: tuple[Block, ...]

    @property
    def start(self) -> int:
        return min(block.start for block in self.blocks)

    @property
    def end(self) -> int:
        """Where the agenda ends (the last end of any block), in minutes."""
        return max(block.end for block in self.blocks)

    def as_json(self) -> dict[str, Any]:
        """The fields the page's JavaScript reads, with the same names."""
        return dataclasses.asdict(self) | {
            "date": self.date.isoformat() if self.date is not None else None
        }


def for_room(day: Day) -> Day:
    """The day as the room sees it: without blocks and parts marked ``facilitator_only``."""
    blocks = tuple(
        dataclasses.replace(block, parts=tuple(p for p in block.parts if not p.facilitator_only))
        for block in day.blocks
        if not block.facilitator_only
    )
    return dataclasses.replace(day, blocks=blocks)


def clip_steps(steps: Sequence[Step], end: int) -> tuple[Step, ...]:
    """Steps cut at their container's ``end``; a step that starts after it is dropped."""
    return tuple(
        dataclasses.replace(step, end=min(step.end, end)) for step in steps if step.start < end
    )


@dataclasses.dataclass(frozen=True)
class Moment:
    """What is going on at plan time ``t`` (indices into the day's lists)."""

    phase: Phase
    block: int | None = None
    part: int | None = None
    step: int | None = None
    unit_end: int | None = None
    """Seconds: where the smallest running unit ends (running), or the next start (before, gap)."""

    def remaining(self, t: float) -> float | None:
        """Seconds left in the smallest running unit, or until the next start."""
        return None if self.unit_end is None else max(self.unit_end - t, 0.0)

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class _Timed(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def _containing(items: Sequence[_Timed], t: float) -> int | None:
    """The item running at ``t``: of those that contain it, the one that started last."""
    found: int | None = None
    for index, item in enumerate(items):
        if item.start * MINUTE <= t < item.end * MINUTE and (
            found is None or item.start > items[found].start
        ):
            found = index
    return found


def state_at(day: Day, t: float) -> Moment:
    """The moment at plan time ``t`` (seconds after midnight) of ``day``."""
    if not day.blocks or t < day.start * MINUTE:
        return Moment("before", unit_end=day.start * MINUTE if day.blocks else None)
    if t >= day.end * MINUTE:
        return Moment("after")
    block_index = _containing(day.blocks, t)
    if block_index is None:
        later = [block.start for block in day.blocks if block.start * MINUTE > t]
        return Moment("gap", unit_end=min(later) * MINUTE)
    block = day.blocks[block_index]
    part_index = _containing(block.parts, t)
    part = block.parts[part_index] if part_index is not None else None
    end = part.end if part is not None else block.end
    steps = clip_steps(part.steps if part is not None else block.steps, end)
    step_index = _containing(steps, t)
    if step_index is not None:
        end = steps[step_index].end
    return Moment("running", block_index, part_index, step_index, end * MINUTE)


def boundaries(day: Day) -> list[int]:
    """Every moment (seconds) where a new unit begins, and the end of the day, in order.

    The starts of blocks, parts and steps; the end of a part or step inside its container
    (where the container goes on alone); the end of the agenda. Not the start of a gap: the
    keys that move between units skip gaps.
    """
    found: set[int] = set()

    def add_inside(items: Sequence[Part] | Sequence[Step], end: int) -> None:
        for item in items:
            if item.start < end:
                found.add(item.start)
            if item.end < end:
                found.add(item.end)

    for block in day.blocks:
        found.add(block.start)
        add_inside(block.parts, block.end)
        add_inside(clip_steps(block.steps, block.end), block.end)
        for part in block.parts:
            add_inside(clip_steps(part.steps, part.end), part.end)
    if day.blocks:
        found.add(day.end)
    return sorted(minutes * MINUTE for minutes in found)


def next_start(day: Day, t: float) -> int | None:
    """The next boundary after ``t``: where the "next" key moves the plan to."""
    return next((b for b in boundaries(day) if b > t), None)


def previous_start(day: Day, t: float) -> int | None:
    """Where the "previous" key moves the plan to: the start of the unit before this one.

    In a gap or after the end, that is the start of the last unit before it; in the first
    unit, its own start. None before the day starts.
    """
    earlier = [b for b in boundaries(day) if b <= t]
    if not earlier:
        return None
    if state_at(day, t).phase == "gap" or len(earlier) == 1:
        return earlier[-1]
    return earlier[-2]


def plan_time(clock: float, offset: float, paused_at: float | None) -> float:
    """Plan time from the clock (seconds), the offset and, when paused, the clock at the pause."""
    return (paused_at if paused_at is not None else clock) - offset


def offset_to(target: float, clock: float, paused_at: float | None) -> float:
    """The offset that puts the plan at ``target`` now: how "next" and "previous" move it."""
    return (paused_at if paused_at is not None else clock) - target


def resume(offset: float, clock: float, paused_at: float) -> float:
    """The offset after a pause: the time the clock stood still is added to it."""
    return offset + (clock - paused_at)


def whole_minutes(seconds: float) -> int:
    """Seconds as whole minutes, half a minute rounded away from zero (as JavaScript does it)."""
    sign = -1 if seconds < 0 else 1
    return sign * int(abs(seconds) / MINUTE + 0.5)


@dataclasses.dataclass(frozen=True)
class Collision:
    """A fixed point the day, running late, runs into: a break, or the planned end."""

    what: Literal["break", "end"]
    block: int | None
    """The break's index in the day's blocks; None for the end."""
    planned: int
    """Seconds after midnight."""
    expected: float

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def expected_end(day: Day, offset: float) -> float:
    """When the day's agenda is expected to end, in seconds."""
    return day.end * MINUTE + offset


def collisions(day: Day, t: float, offset: float) -> list[Collision]:
    """What running ``offset`` seconds late at plan time ``t`` pushes: breaks to come, the end.

    Nothing when the day runs on time or early (to the minute), or is over.
    """
    if not day.blocks or whole_minutes(offset) <= 0 or t >= day.end * MINUTE:
        return []
    found = [
        Collision("break", index, block.start * MINUTE, block.start * MINUTE + offset)
        for index, block in enumerate(day.blocks)
        if block.kind in BREAK_KINDS and block.start * MINUTE > t
    ]
    end = expected_end(day, offset)
    if day.planned_end is not None and whole_minutes(end - day.planned_end * MINUTE) > 0:
        found.append(Collision("end", None, day.planned_end * MINUTE, end))
    return found


def pick_day(days: Sequence[Day], date: dt.date | None) -> tuple[int, Phase | None]:
    """The day that ``date`` falls on, and a phase that overrides the clock, if any.

    A date before the workshop gives its first day, before the start; one between its days
    gives the next day, before the start; one after it gives the last day, after the end.
    Without dates (or without a date to go by) the first day, at the clock's time.
    """
    dated = [(day.date, index) for index, day in enumerate(days) if day.date is not None]
    if date is None or not dated:
        return 0, None
    for day_date, index in dated:
        if day_date == date:
            return index, None
    for day_date, index in dated:
        if day_date > date:
            return index, "before"
    return dated[-1][1], "after"


def format_countdown(seconds: float) -> str:
    """Time left as m:ss (h:mm:ss from an hour), counting down whole seconds: 1:32, 12:00."""
    whole = max(int(-(-seconds // 1)), 0)  # 91.2 seconds left shows 1:32, as a timer does
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
