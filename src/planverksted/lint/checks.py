"""The checks: rules that read a resolved schedule and report what does not add up.

Each rule is a function from the schedule to findings; its docstring says what it
looks for. ``RULES`` lists them in the order they run. The wording of every message is
in ``messages`` (English, bokmål, nynorsk); here the rules give it the blocks and times.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable, Iterator
from typing import Any, NamedTuple

from planverksted.lint import wording as messages
from planverksted.lint.finding import CODES, Finding, Path
from planverksted.lint.wording import At, Minutes, Title
from planverksted.timing.schedule import Schedule, TimedBlock, TimedDay, TimedPart
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, find_method_key
from planverksted.workshop.model import BREAK_KINDS, Block, Part, is_key_like

Rule = Callable[[Schedule], Iterator[Finding]]


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


def _finding(schedule: Schedule, code: str, path: Path, **wording: Any) -> Finding:
    """A finding worded from ``messages``, its times in the workshop's own style."""
    return messages.finding(code, path, times=schedule.language, **wording)


def check_sequence(schedule: Schedule) -> Iterator[Finding]:
    """Gaps and overlaps between neighbouring blocks, and at the planned start of the day."""
    for day in schedule.days:
        first = day.blocks[0] if day.blocks else None
        if first is not None and first.index == 0 and day.planned_start is not None:
            planned = day.planned_start
            if first.start != planned:
                early = first.start < planned
                yield _finding(
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
                yield _finding(
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


def check_parts(schedule: Schedule) -> Iterator[Finding]:
    """Parts that take longer than their block, or leave some of it unplanned."""
    for block in schedule.blocks():
        if not block.parts or not block.fixed_length:
            continue
        total = sum(part.part.duration for part in block.parts)
        length = block.end - block.start
        if total != length:
            too_long = total > length
            yield _finding(
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


def check_methods(schedule: Schedule) -> Iterator[Finding]:
    """A method whose steps take longer than the part (or block) that uses it."""
    for block in schedule.blocks():
        # Every part, and the block itself: a method may be on either, or on both.
        users: list[TimedBlock | TimedPart] = [*block.parts, block]
        for user in users:
            method, start, end = user.method, user.start, user.end
            if method is None or method.total <= end - start:
                continue
            is_part = isinstance(user, TimedPart)
            own = user.part.method if isinstance(user, TimedPart) else user.block.method
            yield _finding(
                schedule,
                "method-too-long",
                (*user.path, "method" if own is not None else "questions"),
                text="method-too-long" if is_part else "method-too-long.block",
                hint="method-too-long.hint",
                method=method.label(user.method_key),
                total=Minutes(method.total),
                steps=method.steps_text,
                part=Title(user.part.title) if isinstance(user, TimedPart) else "",
                block=Title(block.title),
                length=Minutes(end - start),
                start=At(start),
                end=At(end),
            )


def check_end(schedule: Schedule) -> Iterator[Finding]:
    """The agenda running past the planned end of the day, or stopping short of it."""
    for day in schedule.days:
        if day.planned_end is None or not day.blocks or day.blocks[-1].index != day.size - 1:
            continue
        last, planned = day.blocks[-1], day.planned_end
        if last.end != planned:
            past = last.end > planned
            yield _finding(
                schedule,
                "past-end" if past else "short-of-end",
                last.path,
                hint="past-end.hint" if past else "short-of-end.hint",
                end=At(last.end),
                block=Title(last.title),
                length=Minutes(abs(last.end - planned)),
                planned=At(planned),
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
                yield _finding(
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


def check_references(schedule: Schedule) -> Iterator[Finding]:
    """``who``, ``method`` and ``questions`` keys that name nothing defined."""
    workshop = schedule.workshop
    people = sorted(workshop.people)
    own_methods = set(workshop.methods)
    for key, question_set in workshop.questions.items():
        method = question_set.method
        if method is not None and find_method_key(method, own_methods) is None:
            yield _unknown_method(schedule, method, ("questions", key, "method"), own_methods)
    for item, path in _items(schedule):
        for number, name in enumerate(item.who):
            if name in workshop.people:
                continue
            guess = difflib.get_close_matches(name.casefold(), people, n=1, cutoff=0.75)
            single_word = not any(ch.isspace() for ch in name.strip())
            # A name like "ordforr" or "johnny" reads as a key; "Kari Nordmann" as free text.
            if single_word and (guess or is_key_like(name)):
                who_path = (*path, "who", number) if len(item.who) > 1 else (*path, "who")
                yield _finding(
                    schedule,
                    "unknown-person",
                    who_path,
                    hint="did-you-mean" if guess else "unknown-person.hint",
                    name=name,
                    guess=guess[0] if guess else "",
                )
        if item.method is not None and find_method_key(item.method, own_methods) is None:
            yield _unknown_method(schedule, item.method, (*path, "method"), own_methods)
        if (
            isinstance(item.questions, str)
            and workshop.question_set_key(item.questions) is None
            and is_key_like(item.questions)
        ):
            sets = sorted(workshop.questions)
            guess = difflib.get_close_matches(item.questions, sets, n=1, cutoff=0.6)
            if guess:
                hint = "did-you-mean"
            else:
                hint = "unknown-questions.hint" if sets else "unknown-questions.none"
            yield _finding(
                schedule,
                "unknown-questions",
                (*path, "questions"),
                hint=hint,
                questions=item.questions,
                guess=guess[0] if guess else "",
                known=", ".join(sets),
            )


def _unknown_method(schedule: Schedule, key: str, path: Path, own: set[str]) -> Finding:
    known = sorted(own | set(BUILTIN_METHODS))
    guess = difflib.get_close_matches(key.casefold(), known, n=1, cutoff=0.6)
    return _finding(
        schedule,
        "unknown-method",
        path,
        hint="did-you-mean" if guess else "unknown-method.hint",
        method=key,
        guess=guess[0] if guess else "",
        known=", ".join(known),
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
            yield _finding(
                schedule,
                "day-order",
                (*after.path, "date"),
                hint="day-order.hint",
                later=after.index + 1,
                later_date=after.date,
                earlier=before.index + 1,
                earlier_date=before.date,
            )


def check_ignored_codes(schedule: Schedule) -> Iterator[Finding]:
    """Codes under ``checks: ignore`` that do not exist, or cannot be silenced."""
    for number, code in enumerate(schedule.workshop.checks.ignore):
        path: Path = ("checks", "ignore", number)
        if code not in CODES:
            guess = difflib.get_close_matches(code, list(CODES), n=1, cutoff=0.6)
            hint = "did-you-mean" if guess else "unknown-code.hint"
            yield _finding(
                schedule,
                "unknown-code",
                path,
                hint=hint,
                given=code,
                guess=guess[0] if guess else "",
            )
        elif not CODES[code].ignorable:
            yield _finding(schedule, "unknown-code", path, text="unknown-code.fixed", given=code)


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
