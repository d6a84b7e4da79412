"""The terminal preview's width stays sane (its speed against the HTML render is a budget of
benchmarks/bench.py)."""

from __future__ import annotations

from pathlib import Path

from invoking import planverksted
from planverksted.runsheet.formats.terminal import MAX_WIDTH


def test_a_huge_width_is_clamped_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(
        "planverksted: 1\ntitle: V\nstart: '9:00'\nagenda:\n"
        "  - {title: A, duration: 10}\n  - {title: B, duration: 10}\n",
        encoding="utf-8",
    )
    # In-process, with the console's own variables gone but a huge COLUMNS.
    result = planverksted(
        "render",
        source,
        "-f",
        "terminal",
        env={"COLUMNS": "10000000", "NO_COLOR": "1", "LINES": None, "TERM": None},
    )
    assert result.returncode == 0
    assert len(result.stdout) < 10_000
    assert max(len(line) for line in result.stdout.splitlines()) == MAX_WIDTH == 200
