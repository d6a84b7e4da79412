"""Findings: the one problem type every stage reports.

Codes are declared in the rule modules of ``lint/rules`` and gathered by ``lint.registry``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from planverksted.lint.registry import CODES, Code
from planverksted.lint.severity import Severity

__all__ = ["CODES", "Code", "Finding", "Path", "Severity", "count_by_severity"]

Path = tuple[str | int, ...]
"""Where a value sits in the workshop data: ``("agenda", 3, "parts", 0, "duration")``."""


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
    """(text id, hint id, values) of its texts (``lint.wording``), to word it in any language."""

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
