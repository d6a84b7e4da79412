"""Shared helpers: analyse a workshop given as text, and read findings as plain tuples."""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from planverksted.analysis import Analysis, analyse_text

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

if sys.dont_write_bytecode:
    # Where PYTHONDONTWRITEBYTECODE is set (as on many CI machines), every Python process of
    # the run (each xdist worker collecting, each command and Typst worker a test starts, some
    # 700 in all) compiled planverksted and the tests from source again: collecting alone took
    # 9.3 s of processor time a worker, 2.4 s with bytecode. The run writes it in this
    # checkout's __pycache__ folders (ignored by git), as pip does for installed packages:
    # this process for the tests pytest rewrites, the variable's removal for its children.
    sys.dont_write_bytecode = False
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

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


settings.register_profile("planverksted", deadline=None)
settings.load_profile("planverksted")
"""Hypothesis's default deadline (200 ms an example) is a wall-clock budget: on a busy machine
an example of the duration parser took longer and failed the run. No example has one."""

HANG = 300.0
"""Seconds after which a test's wait counts as hung: generous, so that a busy machine never
trips it; a hang then fails the test with what it waited for, instead of hanging the suite.
Speed budgets live in benchmarks/ (docs/performance.md), never in a test."""


def _group(item: pytest.Item) -> str | None:
    """The item's xdist_group, as pytest-xdist names it (several joined by "_")."""
    names = {
        str(mark.args[0] if mark.args else mark.kwargs.get("name", "default"))
        for mark in item.iter_markers("xdist_group")
    }
    return "_".join(sorted(names)) if names else None


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests first; each xdist_group kept on one worker, its fixture built once.

    Under ``--dist loadgroup`` pytest-xdist's worker appends ``@group`` to each grouped test's
    id by setting ``item._nodeid``, which pytest 9.2 no longer reads (the id is ``item._id``):
    the suffix was lost, and the controller spread a group's tests over every worker, each
    building the group's browser, prints and LibreOffice run again. Done here where it was
    lost; a pytest whose ids can be set neither way stops the run, rather than silently
    running each expensive fixture once per worker.
    """
    # The slow tests first: pytest-xdist hands out the tests of no group in the order
    # collected, so a slow one collected last (test_wheel.py, by name) ran alone at the end
    # while the other worker had nothing left to do. Stable: the (shuffled) order otherwise.
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
    if not getattr(config.option, "loadgroup", False):
        return  # not an xdist worker under --dist loadgroup
    for item in items:
        group = _group(item)
        if group is None or item.nodeid.endswith(f"@{group}"):
            continue
        grouped = f"{item.nodeid}@{group}"
        if hasattr(item, "_id"):
            from _pytest.nodeid import NodeId  # pytest >= 9.2

            item._id = NodeId.parse(grouped)
        else:
            item._nodeid = grouped
        if item.nodeid != grouped:
            raise pytest.UsageError(
                f"cannot put {item.nodeid} in its xdist_group {group!r} on this pytest"
            )


@pytest.fixture(scope="session")
def print_browser() -> Iterator[Any]:
    """The one headless Chromium of this test process (tests/printing.py): a start costs more
    processor time than dozens of pages. Its tabs are kept and loaded again, for a new tab
    costs as much as a page in it."""
    from printing import CHROMIUM, SKIP_REASON, chromium

    if CHROMIUM is None:
        pytest.skip(SKIP_REASON)
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def live_browser(print_browser: Any) -> Iterator[Any]:
    """A page (tests/browser.py) in the test process's one Chromium, for every test that
    drives a page through DevTools. A test that uses it leaves no state behind it counts
    on (storage, screen size)."""
    from browser import Browser

    opened = Browser.page_of(print_browser.devtools_port())
    try:
        yield opened
    finally:
        opened.close()
