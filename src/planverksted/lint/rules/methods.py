"""A method whose steps take longer than the part (or block) that uses it."""

from __future__ import annotations

from collections.abc import Iterator

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import At, Minutes, Title, schedule_finding
from planverksted.timing.schedule import Schedule, TimedBlock, TimedPart

SECTION = "Checking the schedule"
ORDER = 60

CODES = (
    Code(
        "method-too-long",
        WARNING,
        "a method takes longer than its part or block",
        example="`method: igp` (19 min) in a 15 min group part",
    ),
)

TEXTS = {
    "method-too-long": {
        "en": "method {method} takes {total} ({steps}), but part {part} of block "
        "{block} has {length} ({start}–{end})",
        "nb": "metoden {method} tar {total} ({steps}), men delen {part} i "
        "{block} har {length} ({start}–{end})",
        "nn": "metoden {method} tek {total} ({steps}), men delen {part} i "
        "{block} har {length} ({start}–{end})",
    },
    "method-too-long.block": {
        "en": "method {method} takes {total} ({steps}), but block {block} "
        "has {length} ({start}–{end})",
        "nb": "metoden {method} tar {total} ({steps}), men {block} har {length} ({start}–{end})",
        "nn": "metoden {method} tek {total} ({steps}), men {block} har {length} ({start}–{end})",
    },
    "method-too-long.print": {
        "en": "{start}–{end}: {method} takes {total}, but only {length} is set aside",
        "nb": "{start}–{end}: {method} tar {total}, men det er satt av {length}",
        "nn": "{start}–{end}: {method} tek {total}, men det er sett av {length}",
    },
    "method-too-long.block.print": {
        "en": "{start}–{end}: {method} takes {total}, but only {length} is set aside",
        "nb": "{start}–{end}: {method} tar {total}, men det er satt av {length}",
        "nn": "{start}–{end}: {method} tek {total}, men det er sett av {length}",
    },
    "method-too-long.hint": {
        "en": "give it {total}, or shorten the method's steps",
        "nb": "gi den {total}, eller kort ned stegene i metoden",
        "nn": "gi han {total}, eller kort ned stega i metoden",
    },
}


def check(schedule: Schedule) -> Iterator[Finding]:
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
            yield schedule_finding(
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
