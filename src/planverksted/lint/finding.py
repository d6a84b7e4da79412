"""Findings: the one problem type, and the registry of every stable code.

Each code is declared once here, with its severity and a one-line summary;
``docs/checks.md`` documents the same codes (a test keeps the two in step).
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Iterable
from typing import Any

Path = tuple[str | int, ...]
"""Where a value sits in the workshop data: ``("agenda", 3, "parts", 0, "duration")``."""


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that ``max()`` gives the worst."""

    INFO = 0
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


@dataclasses.dataclass(frozen=True)
class Code:
    """A stable finding code."""

    name: str
    severity: Severity
    summary: str
    ignorable: bool = True
    """Whether ``checks: {ignore: [...]}`` and ``--ignore`` may silence it.

    Codes that mean the file could not be read or understood are not: silencing
    them would leave nothing trustworthy to check or render.
    """


def _codes(*codes: Code) -> dict[str, Code]:
    return {code.name: code for code in codes}


E, W = Severity.ERROR, Severity.WARNING

CODES: dict[str, Code] = _codes(
    # Reading the file.
    Code("file-unreadable", E, "the file cannot be opened or read", ignorable=False),
    Code("not-utf8", E, "the file is not UTF-8 text", ignorable=False),
    Code("file-too-large", E, "the file is larger than the size cap", ignorable=False),
    Code("empty-file", E, "the file holds no workshop", ignorable=False),
    Code("yaml-syntax", E, "the file is not valid YAML", ignorable=False),
    Code("yaml-tag", E, "a YAML tag such as !!python/object (refused)", ignorable=False),
    Code("yaml-alias", E, "a YAML anchor (&) or alias (*) (refused)", ignorable=False),
    Code("too-deep", E, "nesting deeper than the depth cap", ignorable=False),
    Code("multiple-documents", E, "more than one YAML document in the file", ignorable=False),
    Code("duplicate-key", E, "the same key twice in one mapping", ignorable=False),
    # Understanding it.
    Code("not-mapping", E, "the top level is not a mapping of keys", ignorable=False),
    Code("bad-version", E, "a `planverksted:` format version this tool does not read", False),
    Code("unknown-key", E, "a key the format does not have", ignorable=False),
    Code("missing-key", E, "a required key is missing", ignorable=False),
    Code("wrong-type", E, "a value of the wrong type (text, list or mapping)", ignorable=False),
    Code("missing-value", E, "a key with no value", ignorable=False),
    Code("bad-value", E, "a value outside the allowed choices", ignorable=False),
    Code("bad-time", E, "a time or time range that cannot be read", ignorable=False),
    Code("bad-duration", E, "a duration that cannot be read", ignorable=False),
    Code("bad-date", E, "a date that cannot be read", ignorable=False),
    # Resolving times. Not ignorable either: without its times a block cannot be shown.
    Code("conflicting-times", E, "the file gives a block's times twice, and they disagree", False),
    Code("no-start", E, "a block's start cannot be worked out", ignorable=False),
    Code("no-end", E, "a block's end cannot be worked out", ignorable=False),
    Code("ends-before-start", E, "a block ends before it starts", ignorable=False),
    Code("past-midnight", E, "a block runs past midnight, or starts before it", False),
    # Checking the schedule.
    Code("overlap", E, "a block starts before the previous one ends"),
    Code("gap", W, "unplanned minutes between two blocks"),
    Code("parts-too-long", E, "a block's parts take longer than the block"),
    Code("unplanned-time", W, "a block's parts leave some of its time unplanned"),
    Code("method-too-long", W, "a method's steps take longer than its part or block"),
    Code("past-end", W, "the agenda runs past the planned end"),
    Code("short-of-end", W, "the agenda stops before the planned end"),
    Code("early-start", W, "the first block starts before the planned start"),
    Code("no-break", W, "a long stretch without a break"),
    Code("unknown-person", W, "a `who` that looks like a `people` key but is not one"),
    Code("unknown-method", E, "a `method` that is neither in `methods` nor built in"),
    Code("unknown-questions", E, "a `questions` key that is not in `questions`"),
    Code("day-order", W, "the days are not in date order"),
    Code("unknown-code", W, "a code under `checks: ignore` that does not exist"),
)


@dataclasses.dataclass(frozen=True)
class Finding:
    """One problem, located in a file.

    Rules that work on the data give a ``path`` and leave ``line`` and ``column``
    to be filled in from the file's positions; the loader, which reads marks,
    gives ``line`` and ``column`` directly. Both are 1-based.
    """

    code: str
    message: str
    hint: str | None = None
    path: Path | None = None
    key: bool = False
    """Point at the key of ``path`` rather than its value (for an unknown key)."""
    file: str = ""
    line: int = 0
    column: int = 0
    wording: tuple[str, str | None, tuple[tuple[str, Any], ...]] | None = dataclasses.field(
        default=None, compare=False, repr=False
    )
    """(text id, hint id, values) in ``messages.TEXTS``, so the message can be had in nb and nn."""

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unregistered finding code {self.code!r}")

    @property
    def severity(self) -> Severity:
        return CODES[self.code].severity

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.code)


def count_by_severity(findings: Iterable[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts
