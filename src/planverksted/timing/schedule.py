"""The time engine: resolves the start and end of every block, part and method step.

FORMAT.md's rules, day by day: a block's times come from ``time``, or ``start`` and
``end``, or ``start`` and ``duration``; a missing start is the previous block's end
(the day's start for the first); a missing end is start + ``duration``, or start +
the sum of its parts. Beyond FORMAT.md, as a planner writing only start times would
expect: a block with nothing else to go by ends where the next one starts (the last
one at the day's planned end). Facts given twice that disagree are findings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from planverksted.lint import wording as messages
from planverksted.lint.finding import Finding, Path
from planverksted.timing.clock import MINUTES_PER_DAY
from planverksted.workshop.builtin_methods import resolve_method
from planverksted.workshop.model import Block, Method, Part, Track, Workshop


@dataclasses.dataclass(frozen=True)
class TimedStep:
    title: str
    note: str | None
    start: int
    end: int


@dataclasses.dataclass(frozen=True)
class TimedPart:
    part: Part
    path: Path
    start: int
    end: int
    method_key: str | None
    method: Method | None
    steps: tuple[TimedStep, ...]


@dataclasses.dataclass(frozen=True)
class TimedTrack:
    """One of a block's parallel tracks: it starts after the block's ``walk``."""

    track: Track
    path: Path
    start: int
    end: int

    @property
    def title(self) -> str:
        return self.track.title


@dataclasses.dataclass(frozen=True)
class TimedBlock:
    block: Block
    path: Path
    index: int
    """Position in the day's agenda (0-based)."""
    start: int
    end: int
    fixed_length: bool
    """Whether the file fixes the block's length (an end, a range or a duration)."""
    parts: tuple[TimedPart, ...]
    method_key: str | None
    method: Method | None
    steps: tuple[TimedStep, ...]
    tracks: tuple[TimedTrack, ...] = ()
    """The parallel tracks, each from the end of the block's ``walk``."""

    @property
    def title(self) -> str:
        return self.block.title


@dataclasses.dataclass(frozen=True)
class TimedDay:
    index: int
    agenda_path: Path
    """``("agenda",)`` for a one-day workshop, ``("days", i, "agenda")`` otherwise."""
    date: dt.date | None
    title: str | None
    planned_start: int | None
    planned_end: int | None
    blocks: tuple[TimedBlock, ...]
    """The blocks whose times could be resolved, in agenda order."""
    size: int
    """How many blocks the day's agenda holds, resolved or not."""

    @property
    def path(self) -> Path:
        return self.agenda_path[:-1]


@dataclasses.dataclass(frozen=True)
class Schedule:
    workshop: Workshop
    days: tuple[TimedDay, ...]

    @property
    def language(self) -> str:
        return self.workshop.language

    def blocks(self) -> list[TimedBlock]:
        return [block for day in self.days for block in day.blocks]


class _Steps:
    """Lays out methods' steps, within the caps on steps and rows, sharing repeated work.

    A method used by many blocks at the same clock time is laid out once. Past a cap,
    steps are no longer laid out (the finding says so), so no file makes work beyond its
    size times the step cap.
    """

    def __init__(self, workshop: Workshop, findings: list[Finding]) -> None:
        from planverksted.lint.rules.caps import MAX_ROWS, MAX_STEPS

        self.max_rows, self.max_steps = MAX_ROWS, MAX_STEPS
        self.language = workshop.language
        self.findings = findings
        self.rows = 0
        self.full = False
        self.laid: dict[tuple[int, int], tuple[TimedStep, ...]] = {}
        for key, method in workshop.methods.items():
            if len(method.steps) > MAX_STEPS:
                findings.append(
                    messages.finding(
                        "too-many-steps",
                        ("methods", key, "steps"),
                        times=self.language,
                        hint="too-many-steps.hint",
                        method=method.label(key),
                        steps=f"{len(method.steps):,}",
                        cap=f"{MAX_STEPS:,}",
                    )
                )

    def count(self, rows: int, path: Path) -> bool:
        """Count ``rows`` more rows; False (after one finding) once past the cap."""
        if self.full:
            return False
        self.rows += rows
        if self.rows > self.max_rows:
            self.full = True
            self.findings.append(
                messages.finding(
                    "too-many-rows",
                    path,
                    times=self.language,
                    hint="too-many-rows.hint",
                    cap=f"{self.max_rows:,}",
                )
            )
            return False
        return True

    def lay(
        self, method: Method | None, key: str | None, start: int, path: Path, title: str
    ) -> tuple[TimedStep, ...]:
        if method is None or len(method.steps) > self.max_steps:
            return ()
        steps = self.laid.get((id(method), start))
        if steps is None:
            steps = _lay_steps(method, start)
            self.laid[(id(method), start)] = steps
        if steps and steps[-1].end > MINUTES_PER_DAY:
            self.findings.append(
                messages.finding(
                    "step-past-midnight",
                    path,
                    times=self.language,
                    hint="step-past-midnight.hint",
                    method=method.label(key),
                    block=messages.Title(title),
                    start=messages.At(start),
                    length=messages.Minutes(method.total),
                )
            )
            return ()
        return steps if self.count(len(steps), path) else ()


def resolve_times(workshop: Workshop) -> tuple[Schedule, list[Finding]]:
    """Every clock time in the workshop, and findings for the times that cannot be had."""
    findings: list[Finding] = []
    days: list[TimedDay] = []
    layer = _Steps(workshop, findings)
    if workshop.days is not None:
        for number, day in enumerate(workshop.days):
            date = day.date
            if date is None and workshop.date is not None:
                date = workshop.date + dt.timedelta(days=number)
            start = day.start if day.start is not None else workshop.start
            end = day.end if day.end is not None else workshop.end
            path: Path = ("days", number, "agenda")
            blocks = _resolve_day(workshop, day.agenda, path, start, end, findings, layer)
            days.append(
                TimedDay(number, path, date, day.title, start, end, blocks, len(day.agenda))
            )
    else:
        agenda = workshop.agenda or ()
        blocks = _resolve_day(
            workshop, agenda, ("agenda",), workshop.start, workshop.end, findings, layer
        )
        days.append(
            TimedDay(
                0,
                ("agenda",),
                workshop.date,
                None,
                workshop.start,
                workshop.end,
                blocks,
                len(agenda),
            )
        )
    return Schedule(workshop, tuple(days)), findings


def _given_start(block: Block) -> int | None:
    return block.time[0] if block.time is not None else block.start


def _resolve_day(
    workshop: Workshop,
    agenda: tuple[Block, ...],
    agenda_path: Path,
    day_start: int | None,
    day_end: int | None,
    findings: list[Finding],
    layer: _Steps,
) -> tuple[TimedBlock, ...]:
    language = workshop.language
    resolved: list[TimedBlock] = []
    previous_end = day_start
    previous_ok = True
    for index, block in enumerate(agenda):
        path = (*agenda_path, index)
        name = messages.Worded.of("schedule.block", title=messages.Title(block.title))
        next_start = _given_start(agenda[index + 1]) if index + 1 < len(agenda) else None
        if index + 1 == len(agenda):
            next_start = day_end
        times = _block_times(
            block, path, name, previous_end, next_start, language, findings, quiet=not previous_ok
        )
        if times is None:
            previous_end, previous_ok = None, False
            continue
        start, end = times
        previous_end, previous_ok = end, True
        method_key, method = _method_of(workshop, block)
        layer.count(1 + len(block.parts), path)
        method_path = (*path, "method") if block.method is not None else path
        resolved.append(
            TimedBlock(
                block=block,
                path=path,
                index=index,
                start=start,
                end=end,
                fixed_length=block.time is not None
                or block.end is not None
                or block.duration is not None,
                parts=_lay_parts(workshop, block, path, start, layer),
                method_key=method_key,
                method=method,
                steps=layer.lay(method, method_key, start, method_path, block.title),
                tracks=_lay_tracks(block, path, start),
            )
        )
    return tuple(resolved)


def parallel_length(block: Block) -> int:
    """How long a block of parallel tracks lasts: its ``walk`` and then the longest track."""
    return (block.walk or 0) + max((track.duration for track in block.parallel), default=0)


def _lay_tracks(block: Block, path: Path, start: int) -> tuple[TimedTrack, ...]:
    begin = start + (block.walk or 0)
    return tuple(
        TimedTrack(track, (*path, "parallel", number), begin, begin + track.duration)
        for number, track in enumerate(block.parallel)
    )


def _block_times(
    block: Block,
    path: Path,
    name: messages.Worded,
    previous_end: int | None,
    next_start: int | None,
    language: str,
    findings: list[Finding],
    *,
    quiet: bool,
) -> tuple[int, int] | None:
    """(start, end) of a block, or None with a finding saying why not."""

    def clock(minutes: int) -> messages.At:
        return messages.At(minutes)

    def problem(code: str, where: Path, text: str | None = None, **args: Any) -> None:
        findings.append(
            messages.finding(
                code, where, times=language, text=text, hint=f"{code}.hint", block=name, **args
            )
        )

    def conflict(key: str, text: str, **args: Any) -> None:
        problem("conflicting-times", (*path, key), f"conflicting-times.{text}", **args)

    start, end = block.time if block.time is not None else (None, None)
    if block.start is not None:
        if start is not None and block.start != start:
            conflict("start", "start", time=clock(start), given=clock(block.start))
        start = block.start
    if block.end is not None:
        if end is not None and block.end != end:
            conflict("end", "end", time=clock(end), given=clock(block.end))
        end = block.end
    start_given = start is not None
    if start is None:
        start = previous_end
    if block.duration is not None:
        length = block.duration
        if start is not None and end is not None:
            # An end at or before the start is one fault, said once below (ends-before-start),
            # not also a "length" of no or negative minutes set against the duration.
            if end - start != length and end > start:
                conflict(
                    "duration",
                    "duration" if start_given else "duration.implied",
                    start=clock(start),
                    end=clock(end),
                    length=messages.Minutes(end - start),
                    given=messages.Minutes(length),
                )
        elif end is not None:
            start = end - length
        elif start is not None:
            end = start + length
    if start is None:
        if not quiet:
            problem("no-start", path)
        return None
    if end is None:
        if block.parts:
            end = start + sum(part.duration for part in block.parts)
        elif block.parallel:
            end = start + parallel_length(block)
        elif next_start is not None and next_start > start:
            end = next_start
        else:
            problem("no-end", path, start=clock(start))
            return None
    if end <= start:
        text = "ends-before-start" + (".same" if end == start else "")
        problem(
            "ends-before-start",
            (*path, "time") if block.time is not None else path,
            text + ("" if start_given else ".implied"),
            start=clock(start),
            end=clock(end),
        )
        return None
    if start < 0 or end > MINUTES_PER_DAY:
        findings.append(
            messages.finding(
                "past-midnight",
                path,
                times=language,
                text="past-midnight" if start >= 0 else "past-midnight.before",
                hint="past-midnight.hint",
                block=messages.Title(block.title),
                start=messages.At(max(start, 0)),
                end=messages.At(min(end, MINUTES_PER_DAY)),
                length=messages.Minutes(end - start),
            )
        )
        return None
    return start, end


def _method_of(workshop: Workshop, item: Block | Part) -> tuple[str | None, Method | None]:
    """The method a block or part uses: its own, or the one its question set names."""
    key = item.method
    if key is None and isinstance(item.questions, str):
        set_key = workshop.question_set_key(item.questions)
        key = workshop.questions[set_key].method if set_key is not None else None
    if key is None:
        return None, None
    return key, resolve_method(workshop, key)


def _lay_steps(method: Method | None, start: int) -> tuple[TimedStep, ...]:
    steps = []
    cursor = start
    for step in method.steps if method is not None else ():
        steps.append(TimedStep(step.title, step.note, cursor, cursor + step.duration))
        cursor += step.duration
    return tuple(steps)


def _lay_parts(
    workshop: Workshop, block: Block, path: Path, start: int, layer: _Steps
) -> tuple[TimedPart, ...]:
    parts = []
    cursor = start
    for number, part in enumerate(block.parts):
        method_key, method = _method_of(workshop, part)
        part_path: Path = (*path, "parts", number)
        method_path = (*part_path, "method") if part.method is not None else part_path
        parts.append(
            TimedPart(
                part=part,
                path=part_path,
                start=cursor,
                end=cursor + part.duration,
                method_key=method_key,
                method=method,
                steps=layer.lay(method, method_key, cursor, method_path, part.title),
            )
        )
        cursor += part.duration
    return tuple(parts)
