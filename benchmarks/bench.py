"""Benchmark: how check and render scale, and what start-up costs.

Run from the repository, with planverksted installed in the active environment:

    python benchmarks/bench.py            # the table, as in docs/performance.md
    python benchmarks/bench.py --runs 3   # quicker, noisier

It generates multi-day programmes of 10, 100, 1,000 and 10,000 blocks, times the
installed `planverksted check` and `planverksted render --format html` on each (the
best of several runs: the least disturbed by anything else on the machine), and, side by
side in the same run, a bare Python that only imports the libraries check needs. It
prints a Markdown table and the ratios that issue #5 budgets, and exits with
budget.OVER_BUDGET when one of them is over budget (a command that fails fails it: exit 1).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent))
from budget import expect, verdict

T = TypeVar("T")

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
    "terminal preview vs html, 4,000 blocks": 2.0,
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


def best_of_rounds(
    commands: dict[str, list[str]], runs: int, env: dict[str, str]
) -> dict[str, float]:
    """The least processor time of ``runs`` runs of each command, the commands taking turns.

    One round runs every command once, so whatever drifts on the machine over the minute
    this takes (a busy core, a cooling CPU) weighs on all of them alike, and their ratios
    stay steady. Each command runs once first, unmeasured, to warm the caches.
    """
    best = dict.fromkeys(commands, float("inf"))
    for round_number in range(runs + 1):
        for name, command in commands.items():
            spent = cpu_time(command, env)
            if round_number:
                best[name] = min(best[name], spent)
    return best


def cpu_time(command: list[str], env: dict[str, str]) -> float:
    """The processor time (user and system) one run of ``command`` takes, in seconds.

    Processor time, not the clock on the wall: it does not count the moments the process
    waits for a core that something else is using, the main noise on a shared machine.
    """
    import resource  # POSIX only: the benchmark runs on the project's Linux machine

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(command, env=env, capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    expect(command, result.returncode, stderr=result.stderr.decode("utf-8", "replace"))
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def environment() -> dict[str, str]:
    """The environment a user has: bytecode caching on, no colour, no coverage measuring."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PYTHONDONTWRITEBYTECODE" and not key.startswith("COVERAGE_")
    }
    return env | {"NO_COLOR": "1"}


def measure(runs: int, folder: Path) -> dict[str, object]:
    env = environment()
    planverksted = str(Path(sys.executable).with_name("planverksted"))
    for size in SIZES:
        (folder / f"programme-{size}.yaml").write_text(programme(size), encoding="utf-8")

    def source(size: int) -> str:
        return str(folder / f"programme-{size}.yaml")

    # Each comparison is measured as its own set of commands taking turns, so that the
    # commands compared with each other run under the same conditions.
    check_commands = {size: [planverksted, "check", source(size)] for size in SIZES}
    render_commands = {
        size: [planverksted, "render", source(size), "-f", "html", "-o", f"{source(size)}.html"]
        for size in SIZES
    }
    checks = best_of_rounds(check_commands, runs, env)
    renders = best_of_rounds(render_commands, runs, env)
    typical, bare = startup_ratio(runs * 2)
    # Issue #9: the terminal preview keeps pace with the HTML render of the same file.
    preview = folder / "programme-4000.yaml"
    preview.write_text(programme(4_000), encoding="utf-8")
    previews = best_of_rounds(
        {
            output: [planverksted, "render", str(preview), "-f", output]
            for output in ("html", "terminal")
        },
        runs,
        env,
    )
    rows = [
        (
            size,
            (folder / f"programme-{size}.yaml").stat().st_size,
            checks[size],
            renders[size],
            Path(f"{source(size)}.html").stat().st_size,
        )
        for size in SIZES
    ]
    tiny = SIZES[0]
    ratios = {
        "check start-up vs bare imports": typical / bare,
        "check 10,000 blocks vs tiny": checks[10_000] / checks[tiny],
        "render 10,000 blocks vs tiny": renders[10_000] / renders[tiny],
        "check growth 1,000 -> 10,000": (checks[10_000] - checks[tiny])
        / (checks[1_000] - checks[tiny]),
        "render growth 1,000 -> 10,000": (renders[10_000] - renders[tiny])
        / (renders[1_000] - renders[tiny]),
        "terminal preview vs html, 4,000 blocks": previews["terminal"] / previews["html"],
    }
    return {"rows": rows, "startup": typical, "bare": bare, "ratios": ratios}


def startup_ratio(runs: int) -> tuple[float, float]:
    """(check on a typical file, bare Python importing check's libraries), in seconds."""
    planverksted = str(Path(sys.executable).with_name("planverksted"))
    best = best_of_rounds(
        {
            "typical": [planverksted, "check", str(TYPICAL)],
            "bare": [sys.executable, "-c", BARE_IMPORTS],
        },
        runs,
        environment(),
    )
    return best["typical"], best["bare"]


def report(result: dict[str, object]) -> str:
    rows = result["rows"]
    assert isinstance(rows, list)
    tiny_check, tiny_render = rows[0][2], rows[0][3]
    lines = [
        "| blocks | file | check | per block | render html | per block | html file |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for size, source_bytes, check, render, html_bytes in rows:
        lines.append(
            f"| {size:,} | {source_bytes / 1024:,.0f} KiB | {check * 1000:,.0f} ms "
            f"| {_per_block(check, tiny_check, size)} | {render * 1000:,.0f} ms "
            f"| {_per_block(render, tiny_render, size)} | {html_bytes / 1024:,.0f} KiB |"
        )
    lines += [
        "",
        "Per block: the time above the 10-block run, divided by the blocks added (below 1,000",
        "blocks that time is within the few milliseconds start-up varies by, so not shown).",
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


def _per_block(seconds: float, tiny: float, size: int) -> str:
    if size < 1_000:
        return "–"
    return f"{(seconds - tiny) / (size - SIZES[0]) * 1e6:,.0f} µs"


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
    return verdict(
        [name for name, value in ratios.items() if value > BUDGETS[name] * TOLERANCE.get(name, 1.0)]
    )


if __name__ == "__main__":
    sys.exit(main())
