"""Golden files: the rendered Markdown and HTML of every example, byte for byte.

A change to a template, a label or the view model shows up here as a diff. When the
change is meant, regenerate the files on purpose and review the diff before committing:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_golden.py

(see tests/golden/README.md).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT
from planverksted.analysis import analyse_file
from planverksted.runsheet.templating import render
from planverksted.runsheet.view import build_context

GOLDEN = ROOT / "tests" / "golden"
SOURCES = [*sorted(EXAMPLES.glob("*.yaml")), ROOT / "tests" / "data" / "render-en.yaml"]
CASES = [
    (source, audience, output_format)
    for source in SOURCES
    for audience in ("facilitator", "participant")
    for output_format in ("md", "html")
]


@pytest.fixture(autouse=True)
def _from_the_repository(monkeypatch: pytest.MonkeyPatch) -> None:
    # Findings in golden files name the file relative to the repository, wherever pytest runs.
    monkeypatch.chdir(ROOT)


def rendered(source: Path, audience: str, output_format: str) -> str:
    analysis = analyse_file(str(source.relative_to(ROOT)))
    assert not analysis.errors, analysis.errors
    return render(build_context(analysis, audience=audience), output_format)


@pytest.mark.parametrize(
    ("source", "audience", "output_format"),
    CASES,
    ids=[f"{s.stem}-{a}-{f}" for s, a, f in CASES],
)
def test_rendering_matches_the_golden_file(source: Path, audience: str, output_format: str) -> None:
    golden = GOLDEN / f"{source.stem}.{audience}.{output_format}"
    text = rendered(source, audience, output_format)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(text, encoding="utf-8")
    assert golden.exists(), (
        f"no golden file {golden.name}: run UPDATE_GOLDEN=1 pytest {Path(__file__).name} "
        "and review what it writes"
    )
    assert text == golden.read_text(encoding="utf-8")


def test_no_golden_file_is_left_over() -> None:
    expected = {f"{s.stem}.{a}.{f}" for s, a, f in CASES}
    present = {path.name for path in GOLDEN.iterdir() if path.name != "README.md"}
    assert present <= expected, f"golden files with no example: {sorted(present - expected)}"
