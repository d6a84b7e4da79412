"""Caps on what a file can make the tool build: steps per method, rows in the run-sheet.

A file is capped in size when it is read (``file-too-large``); these caps bound what
references multiply: one method of thousands of steps used by every block. The time
engine (``timing.schedule``) makes these findings as it lays the steps out, and stops
laying them out at the cap, so the work stays bounded by the file's size."""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Reading the file"
ORDER = 15

MAX_STEPS = 100
"""Steps in one method: real methods have three to ten."""
MAX_ROWS = 200_000
"""Rows of a run-sheet (blocks, parts and method steps together): ten times a year of
full-day workshops."""

CODES = (
    Code(
        "too-many-steps",
        ERROR,
        f"a method with more steps than the cap ({MAX_STEPS})",
        ignorable=False,
        example=f"`methods: {{m: {{steps: [...]}}}}` with {MAX_STEPS + 1} steps",
    ),
    Code(
        "too-many-rows",
        ERROR,
        f"a run-sheet of more rows (blocks, parts and method steps) than the cap ({MAX_ROWS:,})",
        ignorable=False,
        example="3,000 blocks that each use a method of 100 steps",
    ),
)

TEXTS = {
    "too-many-steps": {
        "en": "method {method} has {steps} steps, more than the cap of {cap}",
        "nb": "metoden {method} har {steps} steg, flere enn grensen på {cap}",
        "nn": "metoden {method} har {steps} steg, fleire enn grensa på {cap}",
    },
    "too-many-steps.hint": {
        "en": "a method is a few timed steps; split it into several methods",
        "nb": "en metode er noen få tidsatte steg; del den opp i flere metoder",
        "nn": "ein metode er nokre få tidfesta steg; del han opp i fleire metodar",
    },
    "too-many-rows": {
        "en": "the run-sheet would have more than {cap} rows (blocks, parts and method steps); "
        "the cap is passed here",
        "nb": "kjøreplanen ville fått flere enn {cap} rader (bolker, deler og steg i "
        "metoder); grensen er nådd her",
        "nn": "køyreplanen ville fått fleire enn {cap} rader (bolkar, delar og steg i "
        "metodar); grensa er nådd her",
    },
    "too-many-rows.hint": {
        "en": "split the programme into several files",
        "nb": "del programmet opp i flere filer",
        "nn": "del programmet opp i fleire filer",
    },
}
