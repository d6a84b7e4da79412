"""Benchmark: PDF, Word and calendar output (issue #13's budgets).

Run from the repository, with planverksted and its pdf and docx extras installed in the
active environment:

    python benchmarks/documents.py            # the table, as in docs/performance.md
    python benchmarks/documents.py --runs 3   # quicker, noisier

For the seed (examples/kommunestyre-tett-pa.yaml) and for a programme of 1,000 blocks
(bench.py's), it times the installed ``planverksted render FILE -o x.pdf`` (and .docx,
.ics, and .md to compare) against ``planverksted check FILE`` of the same file, the
commands taking turns, best of several runs. "Above start-up" is what rendering adds to
that check: the interpreter, planverksted, reading and checking the file are in both. The
budgets are checked on processor time (user and system, every thread), as bench.py's: on
a shared machine the wall clock counts the time a process waits for a core, which says
more about the neighbours than about planverksted; processor time is never less than the
work done, also where Typst uses more than one thread. The wall clock is shown beside it.
Exits with budget.OVER_BUDGET when a budget is broken (the seed at most 0.5 s above
start-up, 1,000 blocks at most 5 s in all, for each format), 1 when a command fails.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import TYPICAL, environment, programme
from budget import expect, verdict

FORMATS = ("pdf", "docx", "ics")
SEED_BUDGET = 0.5
"""Seconds a format may add to the seed's render (issue #13)."""
BIG_BUDGET = 5.0
"""Seconds a render of 1,000 blocks may take in all (issue #13)."""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall clock, processor time) of one run of ``command``, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    expect(command, result.returncode, stderr=result.stderr.decode("utf-8", "replace"))
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def best(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """The best wall clock and processor time of each command, the commands taking turns."""
    env = environment()
    found = {name: (float("inf"), float("inf")) for name in commands}
    for round_number in range(runs + 1):
        for name, command in commands.items():
            wall, cpu = timed(command, env)
            if round_number:  # the first round only warms the caches
                found[name] = (min(found[name][0], wall), min(found[name][1], cpu))
    return found


def measure(runs: int, folder: Path) -> list[tuple[str, str, float, float, float, int]]:
    planverksted = str(Path(sys.executable).with_name("planverksted"))
    big = folder / "programme-1000.yaml"
    big.write_text(programme(1_000), encoding="utf-8")
    rows = []
    for label, source in (("seed", TYPICAL), ("1,000 blocks", big)):
        commands = {
            name: [planverksted, "render", str(source), "-o", str(folder / f"{label}.{name}")]
            for name in (*FORMATS, "md")
        }
        commands["check"] = [planverksted, "check", str(source)]
        times = best(commands, runs)
        base_cpu = times["check"][1]
        for name in (*FORMATS, "md"):
            wall, cpu = times[name]
            size = (folder / f"{label}.{name}").stat().st_size
            rows.append((label, name, wall, cpu, cpu - base_cpu, size))
        rows.append((label, "check", times["check"][0], base_cpu, 0.0, 0))
    return rows


def report(rows: list[tuple[str, str, float, float, float, int]]) -> tuple[str, list[str]]:
    lines = [
        "| file | command | processor | above start-up (check) | wall clock | output |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    over = []
    for label, name, wall, cpu, above, size in rows:
        if name == "check":
            lines.append(
                f"| {label} | check (start-up) | {cpu * 1000:,.0f} ms | – "
                f"| {wall * 1000:,.0f} ms | – |"
            )
            continue
        lines.append(
            f"| {label} | render -o x.{name} | {cpu * 1000:,.0f} ms | {above * 1000:,.0f} ms "
            f"| {wall * 1000:,.0f} ms | {size / 1024:,.0f} KiB |"
        )
        if name not in FORMATS:
            continue
        if label == "seed" and above > SEED_BUDGET:
            over.append(f"{name}: the seed takes {above:.2f} s above start-up")
        if label != "seed" and cpu > BIG_BUDGET:
            over.append(f"{name}: 1,000 blocks take {cpu:.2f} s")
    return "\n".join(lines), over


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=5, help="runs of each command (the best counts)"
    )
    arguments = parser.parse_args()
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    with tempfile.TemporaryDirectory() as folder:
        rows = measure(arguments.runs, Path(folder))
    table, over = report(rows)
    print(table)
    return verdict(over)


if __name__ == "__main__":
    sys.exit(main())
