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


@pytest.mark.parametrize("jobs", [1, 3])
def test_worst_side_by_side_gives_each_case_its_own_measures(
    benchmarks: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    # .ci/run runs the commands two at a time: each figure must still land in its own case's
    # row and column, whatever order the commands end in.
    worst = _module("worst")
    cases = {
        "a": ("case a", lambda: "planverksted: 1\ntitle: A\n"),
        "b": ("case b", lambda: "planverksted: 1\ntitle: Bb\n"),
    }
    monkeypatch.setattr(worst, "CASES", cases)

    def fake_run(command: list[str]) -> tuple[float, float, int, float]:
        source = next(Path(part) for part in command if part.endswith(".yaml"))
        what = command[2] if command[1] == "check" else command[-1]
        return (float(len(source.read_text())), float(len(what)), 0, 0.5)

    monkeypatch.setattr(worst, "run", fake_run)
    rows = worst.measure(["b", "a"], tmp_path, jobs)
    assert [row["case"] for row in rows] == ["b", "a"]
    assert [row["bytes"] for row in rows] == [26, 25]
    for row in rows:
        size = float(row["bytes"])  # type: ignore[arg-type]
        assert row["check"][0] == size  # type: ignore[index]
        assert row["check"][1] == len(str(tmp_path / f"{row['case']}.yaml"))  # type: ignore[index]
        assert row["md"] == (size, 2.0, 0, 0.5)
        assert row["terminal"] == (size, 8.0, 0, 0.5)
        assert row["pdf"] == (size, 7.0, 0, 0.5)  # "--force", after -o x.pdf
    assert set(rows[0]) == {"case", "what", "bytes", "check", *worst.FORMATS}


@pytest.mark.parametrize("jobs", ["0", "-1", "two", ""])
def test_worst_refuses_a_number_of_jobs_that_is_no_count(
    benchmarks: None, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    worst = _module("worst")
    monkeypatch.setattr(sys, "argv", ["worst.py", "--jobs", jobs])
    with pytest.raises(SystemExit) as stopped:
        worst.main()
    assert stopped.value.code == 2
    assert "--jobs: expected a whole number of at least 1" in capsys.readouterr().err
