"""Understanding the file: keys and values the format does not have or cannot read.

Validation (``workshop.validate``) makes these findings; this module documents them."""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR

SECTION = "Understanding it"
ORDER = 20

CODES = (
    Code(
        "not-mapping",
        ERROR,
        "the top level is not keys",
        ignorable=False,
        example="a file that is only a list: `- Innledning`",
    ),
    Code(
        "bad-version",
        ERROR,
        "a format version this tool does not read",
        ignorable=False,
        example="`planverksted: 2`",
    ),
    Code(
        "unknown-key",
        ERROR,
        "a key the format does not have (with the key meant)",
        ignorable=False,
        example="`titel: …` (did you mean `title`?)",
    ),
    Code(
        "missing-key",
        ERROR,
        "a required key is missing",
        ignorable=False,
        example="a part with no `duration`",
    ),
    Code(
        "wrong-type",
        ERROR,
        "text, list or keys where another is expected",
        ignorable=False,
        example="`venue: [a, b]`",
    ),
    Code(
        "missing-value",
        ERROR,
        "a key with no value, or an empty list",
        ignorable=False,
        example="`title:` with nothing after it; `agenda: []`",
    ),
    Code(
        "bad-value",
        ERROR,
        "a value outside the allowed choices",
        ignorable=False,
        example="`kind: pausee`; `language: de`",
    ),
    Code(
        "bad-time",
        ERROR,
        "a time or range that cannot be read",
        ignorable=False,
        example="`time: 13.1 – 14.00`; `start: 1300`",
    ),
    Code(
        "bad-duration",
        ERROR,
        "a duration that cannot be read",
        ignorable=False,
        example="`duration: en halvtime` (use `30 min`)",
    ),
    Code(
        "bad-date",
        ERROR,
        "a date that cannot be read",
        ignorable=False,
        example="`date: 31.02.2024`",
    ),
)
