"""The workshop as it runs: what is current at a moment of the day, given how late it runs.

This is the logic of ``planverksted run``: the terminal view calls it, and the live page's
JavaScript (``templates/live.js``) mirrors it function for function, on the same data
(:meth:`Day.as_json`); a browser test holds the two to the same answers.

The model is Ontime's: one *offset* says how far the room runs behind the plan (negative:
ahead). The *plan time* is the clock minus the offset, and everything is looked up at the
plan time: the current block, part and method step, the time left in the smallest of them,
what comes next. Every later item is expected at its planned time plus the offset.

Times here are seconds after midnight (``t``); the plan's own times are whole minutes. A
method step keeps the times the run-sheet gives it: a method longer than its part (check
warns about it) runs past the part's end, and the part keeps the room until its last step
ends (its *reach*); what was planned to start meanwhile starts when it is over.

The keys move the plan: "next" and "previous" to the next or previous unit, ``+1 min``
gives what runs now one more minute (the plan stands still for that minute, and never
goes back into the unit before), ``−1 min`` takes at most the minute and at most what is
left of what runs now (:func:`press`).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Sequence
from typing import Any, Literal

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

    @functools.cached_property
    def reach(self) -> int:
        """Where it stops running (minutes): its end, or its method's end when later."""
        return max([self.end, *(step.end for step in self.steps)])

    @functools.cached_property
    def step_lookup(self) -> _Lookup:
        return _Lookup(self.steps)


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

    @functools.cached_property
    def reach(self) -> int:
        """Where it stops running (minutes): its end, or where its method or parts do."""
        ends = [self.end, *(step.end for step in self.steps)]
        return max(ends + [part.reach for part in self.parts])

    @functools.cached_property
    def part_lookup(self) -> _Lookup:
        return _Lookup(self.parts)

    @functools.cached_property
    def step_lookup(self) -> _Lookup:
        return _Lookup(self.steps)


@dataclasses.dataclass(frozen=True)
class Day:
    date: dt.date | None
    planned_end: int | None
    """The day's planned ``end`` from the file, a fixed point; None when it gives none."""
    blocks: tuple[Block, ...]

    @functools.cached_property
    def start(self) -> int:
        return min(block.start for block in self.blocks)

    @functools.cached_property
    def end(self) -> int:
        """Where the agenda ends (the last reach of any block), in minutes."""
        return max(block.reach for block in self.blocks)

    @functools.cached_property
    def block_lookup(self) -> _Lookup:
        return _Lookup(self.blocks)

    @functools.cached_property
    def boundaries(self) -> tuple[int, ...]:
        """:func:`boundaries`, worked out once."""
        return _boundaries(self)

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


def reach(item: Step | Part | Block) -> int:
    """Where ``item`` stops running, in minutes: its end, or later where its method or its
    parts run on past it (a method longer than its part)."""
    return item.end if isinstance(item, Step) else item.reach


def overrun(item: Part | Block) -> int:
    """Minutes ``item`` runs past its own end (0 when its method and parts fit in it)."""
    return reach(item) - item.end


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
        """Seconds left in the smallest running unit, or until the next start, from plan time
        ``t`` (the running plan time, :func:`running_time`: during a held minute it is
        behind the moment's own plan time, and the held minute counts)."""
        return None if self.unit_end is None else max(self.unit_end - t, 0.0)

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


class _Lookup:
    """The items of a list that contain a moment, without looking at all of them: the list
    in the order of its starts, with the furthest reach so far (a day of thousands of
    blocks is looked up thousands of times to find its boundaries)."""

    def __init__(self, items: Sequence[Step | Part | Block]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda index: items[index].start)
        self.starts = [items[index].start for index in self.order]
        self.reach = list(itertools.accumulate((reach(items[i]) for i in self.order), max))

    def containing(self, t: float) -> int | None:
        """:func:`_containing` of the items, looking only at those that start by ``t``
        and of them back to where nothing earlier reaches past ``t``."""
        found = []
        position = bisect.bisect_right(self.starts, t / MINUTE) - 1
        while position >= 0 and self.reach[position] * MINUTE > t:
            found.append(self.order[position])
            position -= 1
        return _containing(self.items, t, sorted(found))

    def next_start(self, t: float) -> int | None:
        """The first start after ``t`` (minutes), if any."""
        position = bisect.bisect_right(self.starts, t / MINUTE)
        while position > 0 and self.starts[position - 1] * MINUTE > t:
            position -= 1
        while position < len(self.starts) and self.starts[position] * MINUTE <= t:
            position += 1
        return self.starts[position] if position < len(self.starts) else None


def _containing(
    items: Sequence[Step | Part | Block], t: float, among: Sequence[int] | None = None
) -> int | None:
    """The item running at ``t`` (of those at the indices ``among``, when given).

    One that runs on past its end (its method is longer) keeps the room before one that
    was planned to start meanwhile; of several in their own time, the one that started last.
    """
    in_time: int | None = None
    running_on: int | None = None
    for index in range(len(items)) if among is None else among:
        item = items[index]
        if item.start * MINUTE <= t < item.end * MINUTE:
            if in_time is None or item.start > items[in_time].start:
                in_time = index
        elif item.end * MINUTE <= t < reach(item) * MINUTE and (
            running_on is None or item.start < items[running_on].start
        ):
            running_on = index
    return running_on if running_on is not None else in_time


def state_at(day: Day, t: float) -> Moment:
    """The moment at plan time ``t`` (seconds after midnight) of ``day``."""
    if not day.blocks or t < day.start * MINUTE:
        return Moment("before", unit_end=day.start * MINUTE if day.blocks else None)
    if t >= day.end * MINUTE:
        return Moment("after")
    block_index = day.block_lookup.containing(t)
    if block_index is None:
        later = day.block_lookup.next_start(t)
        assert later is not None  # before the day's end, outside every block: a block follows
        return Moment("gap", unit_end=later * MINUTE)
    block = day.blocks[block_index]
    part_index = block.part_lookup.containing(t)
    container: Part | Block = block.parts[part_index] if part_index is not None else block
    step_index = container.step_lookup.containing(t)
    if step_index is not None:
        end = container.steps[step_index].end
    else:
        end = container.end if t < container.end * MINUTE else reach(container)
        # Alone for now: until its own next part or step begins.
        starts = [container.step_lookup.next_start(t)]
        if part_index is None:
            starts.append(block.part_lookup.next_start(t))
        end = min([end, *(start for start in starts if start is not None)])
    return Moment("running", block_index, part_index, step_index, end * MINUTE)


def _key(moment: Moment) -> tuple[str, int | None, int | None, int | None]:
    return (moment.phase, moment.block, moment.part, moment.step)


def boundaries(day: Day) -> list[int]:
    """Every moment (seconds) where what runs changes, in order: a block, part or step
    begins, a part or step ends inside a container that goes on alone, the agenda ends.

    Not the start of a gap: the keys that move between units skip gaps. Not a planned
    start while something before it still runs on.
    """
    return list(day.boundaries)


def _boundaries(day: Day) -> tuple[int, ...]:
    found: set[int] = set()
    for block in day.blocks:
        found.update((block.start, block.end, reach(block)))
        inside: list[Step | Part] = [*block.parts, *block.steps]
        inside.extend(step for part in block.parts for step in part.steps)
        for item in inside:
            found.update((item.start, item.end, reach(item)))
    kept = []
    for minutes in sorted(found):
        seconds = minutes * MINUTE
        moment = state_at(day, seconds)
        if moment.phase != "gap" and _key(moment) != _key(state_at(day, seconds - 1)):
            kept.append(seconds)
    return tuple(kept)


def next_start(day: Day, t: float) -> int | None:
    """The next boundary after ``t``: where the "next" key moves the plan to."""
    found = day.boundaries
    position = bisect.bisect_right(found, t)
    return found[position] if position < len(found) else None


def next_shown(day: Day, t: float) -> int | None:
    """Where the room's "next" line points: the next boundary that starts something new.

    Not where a part or block merely goes on alone after its method's last step: that is
    what runs now, and the room would show it twice.
    """
    now = state_at(day, t)
    found = day.boundaries
    for b in found[bisect.bisect_right(found, t) :]:
        then = state_at(day, b)
        if then.step is None and (then.block, then.part) == (now.block, now.part):
            continue
        return b
    return None


def previous_start(day: Day, t: float) -> int | None:
    """Where the "previous" key moves the plan to: the start of the unit before this one.

    In a gap or after the end, that is the start of the last unit before it; in the first
    unit, its own start. None before the day starts.
    """
    earlier = day.boundaries[: bisect.bisect_right(day.boundaries, t)]
    if not earlier:
        return None
    if state_at(day, t).phase == "gap" or len(earlier) == 1:
        return earlier[-1]
    return earlier[-2]


@dataclasses.dataclass(frozen=True)
class State:
    """How the room runs against the plan: what the keys change, kept between reloads."""

    offset: float = 0.0
    """Seconds the room runs behind the plan (negative: ahead)."""
    paused_at: float | None = None
    """The clock (seconds) when the clock was stopped; None while it runs."""
    held: float | None = None
    """A plan time the plan does not go back before: where ``+1 min`` found it. The plan
    stands still there until the clock, minus the offset, catches up with it."""

    def as_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def running_time(clock: float, state: State) -> float:
    """The clock (or the clock at the pause) minus the offset: the plan time without a hold.

    Time left is counted from it, so a held minute shows as one more minute to go.
    """
    return (state.paused_at if state.paused_at is not None else clock) - state.offset


def plan_time(clock: float, state: State) -> float:
    """The plan time: what runs now is looked up here (the running time, or the hold)."""
    running = running_time(clock, state)
    return running if state.held is None else max(running, state.held)


def offset_to(target: float, clock: float, paused_at: float | None) -> float:
    """The offset that puts the plan at ``target`` now: how "next" and "previous" move it."""
    return (paused_at if paused_at is not None else clock) - target


def resume(offset: float, clock: float, paused_at: float) -> float:
    """The offset after a pause: the time the clock stood still is added to it."""
    return offset + (clock - paused_at)


Action = Literal["next", "previous", "plus", "minus", "pause", "reset"]
ACTIONS: tuple[Action, ...] = ("next", "previous", "plus", "minus", "pause", "reset")


def press(day: Day, state: State, clock: float, action: Action) -> State:
    """The state after a key: what each of the page's and the terminal's keys does.

    - next, previous: the plan moves to the next unit, or the start of the one before.
    - plus: one more minute for what runs now (or for the wait before it): the offset
      grows by a minute and the plan holds where it is, never back into the unit before.
      After the end, the last unit gets its last minute back.
    - minus: a minute less, but never more than is left of what runs now: at most to its
      end, where the next unit starts with all of its time.
    - pause: stops the clock, or starts it again with the stop added to the offset.
    - reset: the plan as it was made.
    """
    t = plan_time(clock, state)
    if action in ("next", "previous"):
        target = (next_start if action == "next" else previous_start)(day, t)
        if target is None:
            return state
        return State(offset_to(target, clock, state.paused_at), state.paused_at, None)
    moment = state_at(day, t)
    if action == "plus":
        held = t if moment.phase != "after" else None
        return State(state.offset + MINUTE, state.paused_at, held)
    if action == "minus":
        to = running_time(clock, state) + MINUTE
        if moment.unit_end is not None:
            to = min(to, moment.unit_end)
        held = state.held if state.held is not None and state.held > to else None
        return State(offset_to(to, clock, state.paused_at), state.paused_at, held)
    if action == "pause":
        if state.paused_at is None:
            return State(state.offset, clock, state.held)
        return State(resume(state.offset, clock, state.paused_at), None, state.held)
    return State()


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
