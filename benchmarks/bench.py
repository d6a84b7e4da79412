"""Benchmark: how check and render scale, and what start-up costs.

Run from the repository, with planverksted installed in the active environment:

    python benchmarks/bench.py            # the table, as in docs/performance.md
    python benchmarks/bench.py --runs 3   # quicker, noisier

It generates multi-day programmes of 10, 100, 1,000 and 10,000 blocks, times the
installed `planverksted check` and `planverksted render --format html` on each (the
best of several runs: the least disturbed by anything else on the machine), and, side by
side in the same run, a bare Python that only imports the libraries check needs. It
prints a Markdown table and the ratios that issue #5 budgets, and exits 1 when one of
them is over budget.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SIZES = (10, 100, 1_000, 10_000)
BLOCKS_PER_DAY = 20
ROOT = Path(__file__).resolve().parents[1]
TYPICAL = ROOT / "examples" / "kommunestyre-tett-pa.yaml"
BARE_IMPORTS = (
    "import rich, typer, yaml\n"
    "from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError\n"
    "from pydantic_core import PydanticCustomError\n"
)
BUDGETS = {
    "check start-up vs bare imports": 1.3,
    "check 10,000 blocks vs tiny": 4.0,
    "render 10,000 blocks vs tiny": 6.0,
    "check growth 1,000 -> 10,000": 11.0,
    "render growth 1,000 -> 10,000": 11.0,
}
"""Issue #5's budgets, as ratios of times."""
TOLERANCE = {"check growth 1,000 -> 10,000": 1.05, "render growth 1,000 -> 10,000": 1.05}
"""The issue asks for growth of "at most about 11x": 5% over counts as about. Ten times the
blocks is ten times the data, which no longer fits the CPU's caches as the smaller does,
so each block costs a little more at 10,000 (docs/performance.md)."""


def programme(blocks: int) -> str:
    """A workshop of ``blocks`` blocks over as many days as it takes, 20 blocks a day.

    The days repeat a realistic pattern: an introduction, group work in parts with a
    method and questions, talks with notes and materials, and breaks, so every stage
    of the pipeline (times, methods, people, materials, checks) has work to do.
    """
    lines = [
        "planverksted: 1",
        f"title: Programme of {blocks} blocks",
        "language: nb",
        "date: 2025-01-06",
        "people:",
        "  ordforer: {name: Ordføreren, role: Ordfører}",
        "  kd: {name: Kommunedirektøren, role: Kommunedirektør}",
        "questions:",
        "  planer: {title: Hvilke planer trenger vi?, items: [Har vi kunnskapen?, Hva mangler?]}",
        "days:",
    ]
    made = 0
    day = 0
    while made < blocks:
        day += 1
        lines += [f"  - title: Dag {day}", '    start: "08:00"', "    agenda:"]
        for _ in range(min(BLOCKS_PER_DAY, blocks - made)):
            kind = made % 5
            if kind == 0:
                lines += [
                    f"      - title: Innledning {made}",
                    "        kind: intro",
                    "        who: ordforer",
                    "        duration: 15",
                ]
            elif kind == 1:
                lines += [
                    f"      - title: Gruppearbeid {made}",
                    "        parts:",
                    "          - {title: Innlegg, kind: talk, who: kd, duration: 10}",
                    "          - {title: Gruppe, kind: group, duration: 20, method: igp,"
                    " questions: planer, materials: [Post-it-lapper]}",
                    "          - {title: Plenum, kind: plenary, duration: 10}",
                ]
            elif kind == 3:
                lines += [
                    f"      - title: Innlegg {made}",
                    "        kind: talk",
                    "        duration: 20",
                    "        notes: Korte innlegg",
                    "        materials: [Projektor]",
                ]
            else:
                lines += [f"      - {{title: Pause {made}, kind: break, duration: 10}}"]
            made += 1
    return "\n".join(lines) + "\n"


def best_of(command: list[str], runs: int, env: dict[str, str]) -> float:
    """The fastest of ``runs`` runs of ``command``, in seconds (after one warm-up run)."""
    subprocess.run(command, env=env, capture_output=True, check=False)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, env=env, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return min(times)


def environment() -> dict[str, str]:
    """The environment a user has: bytecode caching on, no colour, no coverage measuring."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONDONTWRITEBYTECODE" and not key.startswith("COVERAGE_")
    }
    return env | {"NO_COLOR": "1"}


def startup_ratio(runs: int) -> tuple[float, float]:
    """(check on a typical file, bare Python importing check's libraries), in seconds."""
    env = environment()
    command = str(Path(sys.executable).with_name("planverksted"))
    check = best_of([command, "check", str(TYPICAL)], runs, env)
    bare = best_of([sys.executable, "-c", BARE_IMPORTS], runs, env)
    return check, bare


def measure(runs: int, folder: Path) -> dict[str, object]:
    env = environment()
    command = str(Path(sys.executable).with_name("planverksted"))
    rows = []
    for size in SIZES:
        source = folder / f"programme-{size}.yaml"
        source.write_text(programme(size), encoding="utf-8")
        repeat = runs if size < 10_000 else max(1, runs // 2)
        check = best_of([command, "check", str(source)], repeat, env)
        html = folder / f"programme-{size}.html"
        render = best_of([command, "render", str(source), "--format", "html", "-o", str(html)],
                         repeat, env)  # fmt: skip
        rows.append((size, source.stat().st_size, check, render, html.stat().st_size))
    startup, bare = startup_ratio(runs)
    by_size = {size: (check, render) for size, _, check, render, _ in rows}
    tiny_check, tiny_render = by_size[SIZES[0]]
    big_check, big_render = by_size[10_000]
    mid_check, mid_render = by_size[1_000]
    ratios = {
        "check start-up vs bare imports": startup / bare,
        "check 10,000 blocks vs tiny": big_check / tiny_check,
        "render 10,000 blocks vs tiny": big_render / tiny_render,
        "check growth 1,000 -> 10,000": (big_check - tiny_check) / (mid_check - tiny_check),
        "render growth 1,000 -> 10,000": (big_render - tiny_render) / (mid_render - tiny_render),
    }
    return {"rows": rows, "startup": startup, "bare": bare, "ratios": ratios}


def report(result: dict[str, object]) -> str:
    rows = result["rows"]
    assert isinstance(rows, list)
    tiny_check, tiny_render = rows[0][2], rows[0][3]
    lines = [
        "| blocks | file | check | per block | render html | per block | html file |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, source_bytes, check, render, html_bytes in rows:
        check_each = (check - tiny_check) / (size - SIZES[0]) * 1e6 if size > SIZES[0] else 0
        render_each = (render - tiny_render) / (size - SIZES[0]) * 1e6 if size > SIZES[0] else 0
        lines.append(
            f"| {size:,} | {source_bytes / 1024:,.0f} KiB | {check * 1000:,.0f} ms "
            f"| {check_each:,.0f} µs | {render * 1000:,.0f} ms | {render_each:,.0f} µs "
            f"| {html_bytes / 1024:,.0f} KiB |"
        )
    lines += [
        "",
        "Per block: the time above the 10-block run, divided by the blocks added.",
        "",
        f"check on {TYPICAL.relative_to(ROOT)}: {result['startup'] * 1000:.0f} ms; "  # type: ignore[operator]
        f"bare python importing rich, typer, yaml, pydantic: {result['bare'] * 1000:.0f} ms",  # type: ignore[operator]
        "",
        "| ratio | measured | budget |",
        "| --- | ---: | ---: |",
    ]
    ratios = result["ratios"]
    assert isinstance(ratios, dict)
    for name, value in ratios.items():
        about = "about " if name in TOLERANCE else ""
        lines.append(f"| {name} | {value:.2f}× | {about}{BUDGETS[name]:.1f}× |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=7, help="runs of each command (the best counts)"
    )
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = measure(arguments.runs, Path(folder))
    print(report(result))
    ratios = result["ratios"]
    assert isinstance(ratios, dict)
    over = [
        name for name, value in ratios.items() if value > BUDGETS[name] * TOLERANCE.get(name, 1.0)
    ]
    for name in over:
        print(f"over budget: {name}", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
