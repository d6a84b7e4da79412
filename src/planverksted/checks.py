"""The checks: rules that read a resolved schedule and report what does not add up.

Each rule is a function from the schedule to findings; its docstring says what it
looks for. ``RULES`` lists them in the order they run. Messages name the blocks and
their times in the workshop's own time style.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Iterator
from typing import NamedTuple

from planverksted.clock import format_clock, format_duration
from planverksted.findings import CODES, Finding, Path
from planverksted.methods import BUILTIN_METHODS, find_method_key
from planverksted.model import BREAK_KINDS, Block, Part
from planverksted.schedule import Schedule, TimedBlock, TimedDay, TimedPart

Rule = Callable[[Schedule], Iterator[Finding]]


def _quote(title: str) -> str:
    title = " ".join(title.split())
    return f'"{title[:50]}…"' if len(title) > 51 else f'"{title}"'


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


def check_sequence(schedule: Schedule) -> Iterator[Finding]:
    """Gaps and overlaps between neighbouring blocks, and at the planned start of the day."""
    clock = _clock(schedule)
    for day in schedule.days:
        first = day.blocks[0] if day.blocks else None
        if first is not None and first.index == 0 and day.planned_start is not None:
            planned = day.planned_start
            if first.start > planned:
                yield Finding(
                    "gap",
                    f"{format_duration(first.start - planned)} unplanned between the planned start "
                    f"at {clock(planned)} and block {_quote(first.title)} at {clock(first.start)}",
                    f"start the first block at {clock(planned)}, or change the planned start",
                    path=_start_path(first),
                )
            elif first.start < planned:
                yield Finding(
                    "early-start",
                    f"block {_quote(first.title)} starts at {clock(first.start)}, "
                    f"{format_duration(planned - first.start)} before the planned start at "
                    f"{clock(planned)}",
                    path=_start_path(first),
                )
        for before, after in _consecutive(day):
            if after.start < before.end:
                yield Finding(
                    "overlap",
                    f"block {_quote(after.title)} starts at {clock(after.start)}, before block "
                    f"{_quote(before.title)} ends at {clock(before.end)} "
                    f"({format_duration(before.end - after.start)} overlap)",
                    f"start it at {clock(before.end)}, or end the block before it earlier",
                    path=_start_path(after),
                )
            elif after.start > before.end:
                yield Finding(
                    "gap",
                    f"{format_duration(after.start - before.end)} unplanned between block "
                    f"{_quote(before.title)} (ends {clock(before.end)}) and block "
                    f"{_quote(after.title)} (starts {clock(after.start)})",
                    f"start it at {clock(before.end)}, or fill the time with a block "
                    "(a break is a block too)",
                    path=_start_path(after),
                )


def check_parts(schedule: Schedule) -> Iterator[Finding]:
    """Parts that take longer than their block, or leave some of it unplanned."""
    clock = _clock(schedule)
    for block in schedule.blocks():
        if not block.parts or not block.fixed_length:
            continue
        total = sum(part.part.duration for part in block.parts)
        length = block.end - block.start
        span = f"{clock(block.start)}–{clock(block.end)}"
        if total > length:
            yield Finding(
                "parts-too-long",
                f"the parts of block {_quote(block.title)} take {format_duration(total)}, but the "
                f"block has {format_duration(length)} ({span})",
                f"shorten the parts by {format_duration(total - length)}, or lengthen the block",
                path=(*block.path, "parts"),
                key=True,
            )
        elif total < length:
            yield Finding(
                "unplanned-time",
                f"the parts of block {_quote(block.title)} take {format_duration(total)} of its "
                f"{format_duration(length)} ({span}): {format_duration(length - total)} unplanned",
                "lengthen a part, or add one for the rest of the time",
                path=(*block.path, "parts"),
                key=True,
            )


def check_methods(schedule: Schedule) -> Iterator[Finding]:
    """A method whose steps take longer than the part (or block) that uses it."""
    clock = _clock(schedule)
    for block in schedule.blocks():
        users: list[tuple[TimedBlock | TimedPart, str]] = [
            (part, f"part {_quote(part.part.title)} of block {_quote(block.title)}")
            for part in block.parts
        ]
        if not block.parts:
            users.append((block, f"block {_quote(block.title)}"))
        for user, owner in users:
            method, start, end = user.method, user.start, user.end
            if method is None or method.total <= end - start:
                continue
            own = user.part.method if isinstance(user, TimedPart) else user.block.method
            steps = " + ".join(str(step.duration) for step in method.steps)
            yield Finding(
                "method-too-long",
                f"method {method.name or user.method_key} takes {format_duration(method.total)} "
                f"({steps}), but {owner} has {format_duration(end - start)} "
                f"({clock(start)}–{clock(end)})",
                f"give it {format_duration(method.total)}, or shorten the method's steps",
                path=(*user.path, "method" if own is not None else "questions"),
            )


def check_end(schedule: Schedule) -> Iterator[Finding]:
    """The agenda running past the planned end of the day, or stopping short of it."""
    clock = _clock(schedule)
    for day in schedule.days:
        if day.planned_end is None or not day.blocks or day.blocks[-1].index != day.size - 1:
            continue
        last, planned = day.blocks[-1], day.planned_end
        if last.end > planned:
            yield Finding(
                "past-end",
                f"the agenda runs to {clock(last.end)} (block {_quote(last.title)}), "
                f"{format_duration(last.end - planned)} past the planned end at {clock(planned)}",
                "shorten a block, or move the planned end",
                path=last.path,
            )
        elif last.end < planned:
            yield Finding(
                "short-of-end",
                f"the agenda ends at {clock(last.end)} (block {_quote(last.title)}), "
                f"{format_duration(planned - last.end)} before the planned end at {clock(planned)}",
                "lengthen a block, or move the planned end",
                path=last.path,
            )


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


def check_breaks(schedule: Schedule) -> Iterator[Finding]:
    """A stretch longer than ``checks: max_without_break`` (90 min unless set) with no break."""
    clock = _clock(schedule)
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
                yield Finding(
                    "no-break",
                    f"{format_duration(finish - begin)} without a break "
                    f"({clock(begin)}–{clock(finish)}); the limit of {format_duration(limit)} "
                    f"is passed during block {_quote(due.title)}",
                    "add a break (kind: break), or set checks: max_without_break",
                    path=due.path,
                )
            stretch = []


def check_references(schedule: Schedule) -> Iterator[Finding]:
    """``who``, ``method`` and ``questions`` keys that name nothing defined."""
    workshop = schedule.workshop
    people = sorted(workshop.people)
    own_methods = set(workshop.methods)
    for key, question_set in workshop.questions.items():
        if (
            question_set.method is not None
            and find_method_key(question_set.method, own_methods) is None
        ):
            yield _unknown_method(question_set.method, ("questions", key, "method"), own_methods)
    for item, path in _items(schedule):
        for number, name in enumerate(item.who):
            if name in workshop.people:
                continue
            guess = difflib.get_close_matches(name.casefold(), people, n=1, cutoff=0.75)
            if guess and not any(ch.isspace() for ch in name.strip()):
                who_path = (*path, "who", number) if len(item.who) > 1 else (*path, "who")
                yield Finding(
                    "unknown-person",
                    f"who: '{name}' is not a key under people, so it is shown as written",
                    f"did you mean '{guess[0]}'?",
                    path=who_path,
                )
        if item.method is not None and find_method_key(item.method, own_methods) is None:
            yield _unknown_method(item.method, (*path, "method"), own_methods)
        if isinstance(item.questions, str) and item.questions not in workshop.questions:
            sets = sorted(workshop.questions)
            guess = difflib.get_close_matches(item.questions, sets, n=1, cutoff=0.6)
            if guess:
                hint = f"did you mean '{guess[0]}'?"
            elif sets:
                hint = "the question sets are: " + ", ".join(sets)
            else:
                hint = "define it under questions:, or write the questions out as a list"
            yield Finding(
                "unknown-questions",
                f"questions: '{item.questions}' is not defined under questions",
                hint,
                path=(*path, "questions"),
            )


def _unknown_method(key: str, path: Path, own: set[str]) -> Finding:
    known = sorted(own | set(BUILTIN_METHODS))
    guess = difflib.get_close_matches(key.casefold(), known, n=1, cutoff=0.6)
    hint = f"did you mean '{guess[0]}'?" if guess else "the methods are: " + ", ".join(known)
    return Finding(
        "unknown-method",
        f"method: '{key}' is neither defined under methods nor built in",
        hint,
        path=path,
    )


def _items(schedule: Schedule) -> Iterator[tuple[Block | Part, Path]]:
    """Every block and part of the workshop, resolved or not, with its path."""
    workshop = schedule.workshop
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


def check_days(schedule: Schedule) -> Iterator[Finding]:
    """Days whose dates are not in order."""
    dated = [day for day in schedule.days if day.date is not None]
    for before, after in itertools.pairwise(dated):
        if after.date is not None and before.date is not None and after.date <= before.date:
            yield Finding(
                "day-order",
                f"day {after.index + 1} ({after.date.isoformat()}) is not after day "
                f"{before.index + 1} ({before.date.isoformat()})",
                "put the days in date order, each on its own date",
                path=(*after.path, "date"),
            )


def check_ignored_codes(schedule: Schedule) -> Iterator[Finding]:
    """Codes under ``checks: ignore`` that do not exist, or cannot be silenced."""
    for number, code in enumerate(schedule.workshop.checks.ignore):
        path: Path = ("checks", "ignore", number)
        if code not in CODES:
            guess = difflib.get_close_matches(code, list(CODES), n=1, cutoff=0.6)
            hint = (
                f"did you mean '{guess[0]}'?" if guess else "the codes are listed in docs/checks.md"
            )
            yield Finding("unknown-code", f"'{code}' is not a finding code", hint, path=path)
        elif not CODES[code].ignorable:
            yield Finding(
                "unknown-code",
                f"'{code}' cannot be ignored: it means the file itself cannot be understood",
                path=path,
            )


def _clock(schedule: Schedule) -> Callable[[int], str]:
    language = schedule.language
    return lambda minutes: format_clock(minutes, language)


RULES: tuple[Rule, ...] = (
    check_sequence,
    check_parts,
    check_methods,
    check_end,
    check_breaks,
    check_references,
    check_days,
    check_ignored_codes,
)


def run_checks(schedule: Schedule) -> list[Finding]:
    """Every rule's findings, in rule order."""
    return [finding for rule in RULES for finding in rule(schedule)]
