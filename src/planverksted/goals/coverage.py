"""Which goals each block and part serves, and each goal's blocks and minutes.

A block serves the goals its ``serves`` names and those its parts and parallel tracks name;
the minutes spent on a goal are a serving block's whole length, else the length of its parts
that serve it (and of the longest of its tracks that do: tracks run at once).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from planverksted.lint.finding import Path
from planverksted.timing.schedule import Schedule, TimedBlock
from planverksted.workshop.model import Block, Goal, Part, Track, Workshop


def agenda_items(workshop: Workshop) -> Iterator[tuple[Block | Part | Track, Path]]:
    """Every block, part and parallel track of the workshop, resolved or not, with its path."""
    agendas: list[tuple[Path, tuple[Block, ...]]] = (
        [(("days", n, "agenda"), day.agenda) for n, day in enumerate(workshop.days)]
        if workshop.days is not None
        else [(("agenda",), workshop.agenda or ())]
    )
    for agenda_path, agenda in agendas:
        for index, block in enumerate(agenda):
            path = (*agenda_path, index)
            yield block, path
            for number, part in enumerate(block.parts):
                yield part, (*path, "parts", number)
            for number, track in enumerate(block.parallel):
                yield track, (*path, "parallel", number)


def uses_serves(workshop: Workshop) -> bool:
    """Whether any block or part of the file names the goals it serves."""
    return any(item.serves for item, _ in agenda_items(workshop))


def served(item: Block | Part | Track, workshop: Workshop) -> tuple[int, ...]:
    """The 0-based indexes of the goals ``item`` itself names (unknown names left out)."""
    found = (workshop.goal_index(reference) for reference in item.serves)
    return tuple(dict.fromkeys(index for index in found if index is not None))


def block_goals(block: Block, workshop: Workshop) -> tuple[int, ...]:
    """The goals a block serves, itself or through its parts, in goal order."""
    indexes = set(served(block, workshop))
    items: list[Part | Track] = [*block.parts, *block.parallel]
    for item in items:
        indexes.update(served(item, workshop))
    return tuple(sorted(indexes))


@dataclasses.dataclass(frozen=True)
class GoalUse:
    """One block that serves a goal, and the minutes of it spent on the goal."""

    block: TimedBlock
    minutes: int


@dataclasses.dataclass(frozen=True)
class Coverage:
    """One goal, the blocks that serve it and the minutes spent on it."""

    index: int
    goal: Goal
    uses: tuple[GoalUse, ...]

    @property
    def number(self) -> int:
        return self.index + 1

    @property
    def minutes(self) -> int:
        return sum(use.minutes for use in self.uses)


def coverage(schedule: Schedule) -> list[Coverage]:
    """Every goal, in order, with the resolved blocks that serve it."""
    workshop = schedule.workshop
    uses: list[list[GoalUse]] = [[] for _ in workshop.goals]
    for timed in schedule.blocks():
        own = set(served(timed.block, workshop))
        minutes = dict.fromkeys(own, timed.end - timed.start)
        for part in timed.parts:
            for index in served(part.part, workshop):
                if index not in own:
                    minutes[index] = minutes.get(index, 0) + part.end - part.start
        # Parallel tracks run at once: a goal gets the longest of its tracks, not their sum.
        parallel: dict[int, int] = {}
        for track in timed.tracks:
            for index in served(track.track, workshop):
                if index not in own:
                    parallel[index] = max(parallel.get(index, 0), track.end - track.start)
        for index, length in parallel.items():
            minutes[index] = minutes.get(index, 0) + length
        for index in sorted(minutes):
            uses[index].append(GoalUse(timed, minutes[index]))
    return [Coverage(index, goal, tuple(uses[index])) for index, goal in enumerate(workshop.goals)]
