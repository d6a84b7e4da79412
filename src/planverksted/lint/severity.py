"""How bad a finding is."""

from __future__ import annotations

import enum


class Severity(enum.IntEnum):
    """How bad a finding is; ordered so that ``max()`` gives the worst."""

    INFO = 0
    """Kept for the JSON summary's ``info`` count; no code has this severity today."""
    WARNING = 1
    ERROR = 2

    def __str__(self) -> str:
        return self.name.lower()


ERROR, WARNING = Severity.ERROR, Severity.WARNING
