"""Shared helpers: analyse a workshop given as text, and read findings as plain tuples."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from planverksted.analysis import Analysis, analyse_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

HEADER = "planverksted: 1\ntitle: Verksted\n"


def analyse(text: str) -> Analysis:
    """Analyse dedented workshop text as the file ``w.yaml``."""
    return analyse_text(textwrap.dedent(text).lstrip("\n"), "w.yaml")


def found(text: str) -> list[tuple[str, int, int, str]]:
    """(code, line, column, message) of every finding, in file order."""
    return [(f.code, f.line, f.column, f.message) for f in analyse(text).findings]


def codes(text: str) -> list[str]:
    return [f.code for f in analyse(text).findings]


@pytest.fixture(autouse=True)
def _english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line's own messages follow the locale: tests run in a neutral one."""
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture
def examples() -> Path:
    return EXAMPLES


HANG = 300.0
"""Seconds after which a test's wait counts as hung: generous, so that a busy machine never
trips it; a hang then fails the test with what it waited for, instead of hanging the suite.
Speed budgets live in benchmarks/ (docs/performance.md), never in a test."""


def skip_timing_under_coverage() -> None:
    """Skip a timing budget while coverage traces every line: it measures the tracer.

    `.ci/run` runs the suite a second time without coverage, where the budgets hold.
    """
    try:
        import coverage
    except ImportError:
        return
    if coverage.Coverage.current() is not None or os.environ.get("COV_CORE_SOURCE"):
        pytest.skip("coverage's tracing distorts timing; the run without coverage checks it")
