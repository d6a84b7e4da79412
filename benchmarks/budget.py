"""What every benchmark shares: the exit code that means "over budget", and the rule that a
command which fails is a failure, never a slow run.

`.ci/run` reads the exit codes: 0, every figure within its budget; ``OVER_BUDGET``, a
figure over its budget on this run (timings on a shared machine: a warning); anything
else (an exception exits 1, ``CommandError`` among them) fails CI.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Sequence

OVER_BUDGET = 10
"""Exit code of a benchmark whose figures are over a budget."""


class CommandError(RuntimeError):
    """A measured command ended with an exit code the benchmark does not expect."""


def expect(
    command: Sequence[str], code: int, allowed: Iterable[int] = (0,), stderr: str = ""
) -> None:
    """Raise ``CommandError`` unless ``command`` ended with an ``allowed`` exit code."""
    if code not in tuple(allowed):
        detail = f"\n{stderr.strip()}" if stderr.strip() else ""
        raise CommandError(f"{' '.join(command)} exited with {code}{detail}")


def verdict(over: list[str]) -> int:
    """Print what is over budget, and the exit code that says so (0 when nothing is)."""
    for problem in over:
        print(f"over budget: {problem}", file=sys.stderr)
    return OVER_BUDGET if over else 0
