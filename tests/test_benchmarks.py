"""The benchmarks in .ci/run measure what they say: a command they drive that speaks another
language or prints another line must fail them plainly, never crash them (issue #21: a
benchmark that crashes fails CI). Only their plumbing is tested here; their figures are
budgets, reported by .ci/run, never asserted."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


@pytest.fixture
def benchmarks() -> Iterator[None]:
    sys.path.insert(0, str(BENCHMARKS))
    try:
        yield
    finally:
        sys.path.remove(str(BENCHMARKS))


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


def test_per_save_finds_the_served_page_in_the_files_language(
    benchmarks: None, tmp_path: Path
) -> None:
    # The seed is bokmål: serve says "viser … på http://…", not "serving … at".
    per_save = _module("per_save")
    times = per_save.save_to_page(tmp_path, 2)
    assert len(times) == 2
    assert all(seconds > 0 for seconds in times)


def test_a_command_that_fails_is_a_failure_not_a_slow_run(benchmarks: None) -> None:
    budget = _module("budget")
    with pytest.raises(budget.CommandError, match="exited with 3"):
        budget.expect(["planverksted", "render"], 3, allowed=(0, 1))
    budget.expect(["planverksted", "check"], 1, allowed=(0, 1))
    assert budget.verdict([]) == 0
    assert budget.verdict(["docx: 1,000 blocks take 12 s"]) == budget.OVER_BUDGET


def test_worst_measures_a_command_and_refuses_a_crash(benchmarks: None) -> None:
    worst = _module("worst")
    seconds, megabytes, code, wall = worst.run([sys.executable, "-c", "pass"])
    assert (code, seconds >= 0, megabytes > 0, wall > 0) == (0, True, True, True)
    with pytest.raises(_module("budget").CommandError, match="exited with 3"):
        worst.run([sys.executable, "-c", "raise SystemExit(3)"])


def test_every_benchmark_in_ci_exists_and_is_documented() -> None:
    ci = (BENCHMARKS.parent / ".ci" / "run").read_text(encoding="utf-8")
    performance = (BENCHMARKS.parent / "docs" / "performance.md").read_text(encoding="utf-8")
    scripts = sorted(path.name for path in BENCHMARKS.glob("*.py") if path.name != "budget.py")
    for script in scripts:
        assert f"benchmarks/{script}" in ci, f"{script} is not run by .ci/run"
        assert f"benchmarks/{script}" in performance, f"{script} is not in docs/performance.md"
