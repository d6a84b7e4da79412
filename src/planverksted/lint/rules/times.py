"""Resolving the times: a block whose start or end cannot be had.

The time engine (``timing.schedule``) makes these findings; this module documents and words them.
Not ignorable: without its times a block cannot be shown."""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Resolving the times"
ORDER = 30

NOTES = """\
A workshop that goes on after midnight is written as `days`, one agenda for each day. A block
with no `start` of its own starts where the block before it ends, so `end` and `duration`
on such a block must agree with that start (`conflicting-times` says where it came from).
"""

CODES = (
    Code(
        "conflicting-times",
        ERROR,
        "the file gives a time twice and the two disagree",
        ignorable=False,
        example="`start: 9.00`, `end: 10.00`, `duration: 45`",
    ),
    Code(
        "no-start",
        ERROR,
        "a block's start cannot be worked out",
        ignorable=False,
        example="the first block has only `duration: 10`, and the workshop no `start`",
    ),
    Code(
        "no-end",
        ERROR,
        "a block's end cannot be worked out",
        ignorable=False,
        example="the last block has only `start: 15.00`, and the workshop no `end`",
    ),
    Code(
        "ends-before-start",
        ERROR,
        "a block ends before (or when) it starts",
        ignorable=False,
        example="`time: 10.00 – 9.00`; also `time: 23.00 – 00.30`, which a range cannot say",
    ),
    Code(
        "past-midnight",
        ERROR,
        "a block runs past midnight, or would start before it",
        ignorable=False,
        example="`start: 23.30`, `duration: 1 t`; `end: 00.10`, `duration: 30`",
    ),
    Code(
        "step-past-midnight",
        ERROR,
        "a method's steps run past midnight",
        ignorable=False,
        example="a block at 23.50 with `method: igp` (19 min)",
    ),
)

TEXTS = {
    "past-midnight": {
        "en": "block {block} runs past midnight ({start} + {length})",
        "nb": "{block} varer over midnatt ({start} + {length})",
        "nn": "{block} varer over midnatt ({start} + {length})",
    },
    "past-midnight.before": {
        "en": "block {block} would start before midnight ({end} minus {length})",
        "nb": "{block} ville starte før midnatt ({end} minus {length})",
        "nn": "{block} ville starte før midnatt ({end} minus {length})",
    },
    "step-past-midnight": {
        "en": "the steps of method {method} in {block} run past midnight ({start} + {length})",
        "nb": "stegene i metoden {method} i {block} varer over midnatt ({start} + {length})",
        "nn": "stega i metoden {method} i {block} varer over midnatt ({start} + {length})",
    },
    "step-past-midnight.hint": {
        "en": "start the group work earlier, or shorten the method's steps",
        "nb": "start gruppearbeidet tidligere, eller kort ned stegene i metoden",
        "nn": "start gruppearbeidet tidlegare, eller kort ned stega i metoden",
    },
    "past-midnight.hint": {
        "en": "split the programme into days",
        "nb": "del programmet inn i dager",
        "nn": "del programmet inn i dagar",
    },
}
