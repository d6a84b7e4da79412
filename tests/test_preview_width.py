"""The terminal preview's width stays sane (its speed against the HTML render is a budget of
benchmarks/bench.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import HANG
from planverksted.runsheet.formats.terminal import MAX_WIDTH

BIN = Path(sys.executable).with_name("planverksted")


def test_a_huge_width_is_clamped_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(
        "planverksted: 1\ntitle: V\nstart: '9:00'\nagenda:\n"
        "  - {title: A, duration: 10}\n  - {title: B, duration: 10}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(BIN), "render", str(source), "-f", "terminal"],
        capture_output=True,
        text=True,
        check=False,
        env={"COLUMNS": "10000000", "PATH": "/usr/bin:/bin", "NO_COLOR": "1"},
        timeout=HANG,
    )
    assert result.returncode == 0
    assert len(result.stdout) < 10_000
    assert max(len(line) for line in result.stdout.splitlines()) == MAX_WIDTH == 200
