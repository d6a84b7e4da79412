"""Benchmark: the worst cases a file can make, each checked and rendered within budget.

Run from the repository, with planverksted installed in the active environment:

    python benchmarks/worst.py              # the table, as in docs/performance.md
    python benchmarks/worst.py --case rows  # one case
    python benchmarks/worst.py --jobs 2     # two commands at a time (as .ci/run does)

Each case is a file built to make the most work it can: one method used by every block,
the run-sheet rows cap, 60,000 people and 1,440 unknown names, a file at the size cap,
thousands of findings, one very long line, and files just under the printed documents'
caps (PDF and Word: 5,000 rows, 500,000 characters of text). Every command runs in a subprocess, and
``resource.getrusage`` of that child gives its processor time (user and system) and its
peak memory (largest resident set). Issue #9's budget: a file that passes the caps is
checked in at most 3 s and 500 MB, and rendered (every format) in at most 10 s and 1 GB.
The seconds are processor time: on a shared machine the clock on the wall also counts the
waits for a busy core (the table shows both). Exits with budget.OVER_BUDGET when one is
over; a command that ends other than 0 or 1 (a crash, a kill) fails the benchmark (exit 1).

With ``--jobs N`` the commands run N at a time. Each child's processor time and peak memory
are its own whatever runs beside it, so the budgets hold the same; the wall seconds then
also count the wait for a core the neighbour holds.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from budget import expect, verdict

CHECK_BUDGET = (3.0, 500)
"""Seconds and MB for check."""
RENDER_BUDGET = (10.0, 1024)
"""Seconds and MB for render, each format."""
FORMATS = ("md", "html", "terminal", "pdf", "docx", "ics")
FILE_ONLY = {"pdf": ".pdf", "docx": ".docx", "ics": ".ics"}
"""Formats written to a file (``-o``), not to standard output."""


def _method(steps: int) -> list[str]:
    lines = ["methods:", "  m:", "    steps:"]
    return lines + [f"      - {{title: Steg {i}, duration: 1}}" for i in range(steps)]


def _days(blocks: int, block: str, per_day: int = 20) -> list[str]:
    lines = ["days:"]
    for day in range((blocks + per_day - 1) // per_day):
        count = min(per_day, blocks - day * per_day)
        lines += ["  - start: '08:00'", "    agenda:"] + [f"      - {block}"] * count
    return lines


def _head(title: str) -> list[str]:
    return ["planverksted: 1", f"title: {title}", "language: nb"]


def one_method_many_users(steps: int, blocks: int = 1440) -> Callable[[], str]:
    """Issue #9's file: every block uses one method (5,000 steps there; the cap here)."""

    def make() -> str:
        block = "{title: Gruppe, duration: 20, kind: group, method: m}"
        return "\n".join(_head("Én metode") + _method(steps) + _days(blocks, block)) + "\n"

    return make


def at_the_rows_cap() -> str:
    """As many blocks with a 100-step method as the 200,000-row cap lets through."""
    return one_method_many_users(100, 1980)()


def many_people_unknown_who() -> str:
    """60,000 people, and 1,440 blocks that each name someone defined nowhere."""
    people = ["people:"] + [f"  p{n:05d}x: {{name: Person {n}}}" for n in range(60_000)]
    lines = _head("Mange personer") + people + ["days:"]
    for day in range(72):
        lines += ["  - start: '08:00'", "    agenda:"]
        lines += [
            f"      - {{title: B, duration: 20, who: q{day:02d}{n:03d}zz}}" for n in range(20)
        ]
    return "\n".join(lines) + "\n"


def at_the_size_cap() -> str:
    """The benchmark's realistic programme, as many blocks as fit in 4 MiB."""
    sys.path.insert(0, str(Path(__file__).parent))
    from bench import programme

    return programme(33_000)


def many_findings() -> str:
    """One-minute blocks two minutes apart: 10,000 gaps, and no-break in every day."""
    lines = [*_head("Mange hull"), "days:"]
    for _day in range(20):
        lines += ["  - start: '00:00'", "    agenda:"]
        lines += [
            f"      - {{title: B, start: '{n // 60:02d}:{n % 60:02d}', duration: 1}}"
            for n in range(0, 1000, 2)
        ]
    return "\n".join(lines) + "\n"


def one_long_line() -> str:
    """A title of three million characters, one word: wrapped, escaped, drawn."""
    return (
        "\n".join(
            [*_head("x" * 3_000_000), "start: '09:00'", "agenda:", "  - {title: A, duration: 10}"]
        )
        + "\n"
    )


def print_cap_rows() -> str:
    """Just under the printed documents' rows cap: 49 blocks of a 100-step method, dated."""
    return one_method_many_users(100, 49)().replace(
        "language: nb", "language: nb\ndate: 2024-04-18"
    )


def print_cap_text() -> str:
    """Just under the printed documents' text cap: a title of 499,000 characters."""
    return one_long_line().replace("x" * 3_000_000, "x" * 499_000)


CASES: dict[str, tuple[str, Callable[[], str]]] = {
    "issue-9": (
        "1,440 blocks, one method of 5,000 steps (refused: too-many-steps)",
        one_method_many_users(5000),
    ),
    "step-cap": (
        "1,440 blocks, one method of 100 steps (the step cap)",
        one_method_many_users(100),
    ),
    "rows": ("1,980 blocks × 100 steps: 199,980 rows (just under the rows cap)", at_the_rows_cap),
    "people": ("60,000 people, 1,440 unknown `who` (did you mean)", many_people_unknown_who),
    "size": ("33,000 realistic blocks, 4 MiB (just under the size cap)", at_the_size_cap),
    "findings": ("10,000 one-minute blocks with 9,980 gaps", many_findings),
    "long-line": ("a title of 3,000,000 characters", one_long_line),
    "print-rows": (
        "49 blocks × 100 steps: 4,949 rows (just under the PDF/Word rows cap)",
        print_cap_rows,
    ),
    "print-text": (
        "a title of 499,000 characters (just under the PDF/Word text cap)",
        print_cap_text,
    ),
}


def run(command: list[str]) -> tuple[float, float, int, float]:
    """Processor seconds, peak memory (MB), exit code and wall seconds of ``command``."""
    probe = (
        "import resource, subprocess, sys, time\n"
        "start = time.perf_counter()\n"
        "code = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
        " stderr=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - start\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(usage.ru_utime + usage.ru_stime, usage.ru_maxrss, code, wall)\n"
    )
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    out = subprocess.run(
        [sys.executable, "-c", probe, *command], capture_output=True, text=True, env=env, check=True
    ).stdout.split()
    expect(command, int(out[2]), allowed=(0, 1))  # 1: refused with a located finding
    # ru_maxrss is in KiB on Linux, bytes on macOS.
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024
    return float(out[0]), int(out[1]) / scale, int(out[2]), float(out[3])


def commands(name: str, folder: Path) -> dict[str, list[str]]:
    """Write the case's file into ``folder``; the command of check and of each format."""
    _, make = CASES[name]
    source = folder / f"{name}.yaml"
    source.write_text(make(), encoding="utf-8")
    planverksted = str(Path(sys.executable).with_name("planverksted"))
    found = {"check": [planverksted, "check", str(source)]}
    for output in FORMATS:
        if output in FILE_ONLY:
            target = folder / f"{name}{FILE_ONLY[output]}"
            found[output] = [planverksted, "render", str(source), "-o", str(target), "--force"]
        else:
            found[output] = [planverksted, "render", str(source), "-f", output]
    return found


def measure(names: list[str], folder: Path, jobs: int = 1) -> list[dict[str, object]]:
    """One row per case: its file's size and, per command, what :func:`run` measured."""
    work = {name: commands(name, folder) for name in names}
    order = [(name, key) for name in names for key in work[name]]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        results = pool.map(lambda item: run(work[item[0]][item[1]]), order)
        measured = dict(zip(order, results, strict=True))
    return [
        {
            "case": name,
            "what": CASES[name][0],
            "bytes": (folder / f"{name}.yaml").stat().st_size,
            **{key: measured[name, key] for key in work[name]},
        }
        for name in names
    ]


def over_budget(row: dict[str, object]) -> list[str]:
    over = []
    seconds, megabytes, _, _ = row["check"]  # type: ignore[misc]
    if seconds > CHECK_BUDGET[0] or megabytes > CHECK_BUDGET[1]:
        over.append(f"{row['case']}: check")
    for output in FORMATS:
        seconds, megabytes, _, _ = row[output]  # type: ignore[misc]
        if seconds > RENDER_BUDGET[0] or megabytes > RENDER_BUDGET[1]:
            over.append(f"{row['case']}: render {output}")
    return over


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "Processor seconds (wall seconds), peak memory; exit 1: refused with a finding.",
        "",
        "| case | file | check | " + " | ".join(f"render {name}" for name in FORMATS) + " |",
        "| --- | ---: | ---: | " + " | ".join("---:" for _ in FORMATS) + " |",
    ]
    for row in rows:
        cells = []
        for key in ("check", *FORMATS):
            seconds, megabytes, code, wall = row[key]  # type: ignore[misc]
            refused = " (exit 1)" if code == 1 else "" if code == 0 else f" (exit {code})"
            cells.append(f"{seconds:.2f} s ({wall:.1f}), {megabytes:.0f} MB{refused}")
        size = int(row["bytes"])  # type: ignore[call-overload]
        lines.append(f"| {row['what']} | {size / 1024:,.0f} KiB | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _jobs(text: str) -> int:
    """``--jobs``: a whole number of at least 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not {text!r}")
    return int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", choices=sorted(CASES), action="append", help="only this case")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON too")
    parser.add_argument(
        "--jobs", type=_jobs, default=1, help="commands run at a time (default 1: one by one)"
    )
    arguments = parser.parse_args()
    names = arguments.case or list(CASES)
    with tempfile.TemporaryDirectory() as folder:
        rows = measure(names, Path(folder), arguments.jobs)
    print(table(rows))
    if arguments.json:
        print(json.dumps(rows, indent=2))
    return verdict([problem for row in rows for problem in over_budget(row)])


if __name__ == "__main__":
    started = time.monotonic()
    code = main()
    print(f"({time.monotonic() - started:.0f} s in all)", file=sys.stderr)
    sys.exit(code)
