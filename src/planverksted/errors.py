"""The one error hierarchy: what a command can fail with, each carrying its exit code.

Problems in a workshop file are findings, not errors; these are for everything around
it (a missing file, an output that cannot be written, a template that breaks).
"""

from __future__ import annotations

import errno


class PlanverkstedError(Exception):
    """An expected failure, shown to the user as a plain message."""

    exit_code = 1

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(PlanverkstedError):
    """The command line asks for something that cannot be done as asked."""

    exit_code = 2


class OutputError(PlanverkstedError):
    """An output file cannot be written."""


class TemplateError(PlanverkstedError):
    """A template cannot be read or rendered: a syntax error, an undefined name, unsafe code."""


def reason(error: OSError) -> str:
    """An OS error in a few plain words: "permission denied", "file name too long"."""
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is longer than the system allows"
    return (error.strerror or str(error)).lower()
