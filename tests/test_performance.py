"""Start-up, measured side by side in one run: `planverksted check` on a typical file costs at
most 1.3x a bare Python that only imports the libraries check needs (issue #5).

The scaling budgets (10 to 10,000 blocks) take longer to measure; `benchmarks/bench.py`
checks them, and docs/performance.md holds its table."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT, skip_timing_under_coverage

sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import BUDGETS, startup_ratio


@pytest.mark.skipif(sys.platform == "win32", reason="measures processor time with resource (POSIX)")
def test_check_costs_at_most_1_3x_a_bare_python_importing_its_libraries() -> None:
    skip_timing_under_coverage()
    check, bare = startup_ratio(runs=9)
    budget = BUDGETS["check start-up vs bare imports"]
    assert check / bare <= budget, (
        f"check took {check * 1000:.0f} ms, {check / bare:.2f}x the {bare * 1000:.0f} ms of "
        f"a bare python importing its libraries (budget {budget}x)"
    )
