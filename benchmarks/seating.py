"""Benchmark: the table allocator (seating/allocator.py) on councils of growing size.

Run from the repository, with planverksted installed in the active environment:

    python benchmarks/seating.py            # the table, as in docs/performance.md
    python benchmarks/seating.py --runs 3   # quicker, noisier

Each case is a council of seven parties (Ap, H, Sp, FrP, SV, KrF, V in the proportions of
a Norwegian municipal council) and its administration, hosts at every table, one pair
kept apart, mixed by party and role, seated for three rounds. The figure is the median
processor time of one allocation; the table also shows how even the seating came out
(the most any mix value differs between tables) and how many pairs met twice. Budget
(issue #22): 35 participants, 6 tables, 3 rounds "well under a second": 500 ms. Exits
with budget.OVER_BUDGET when over it.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from budget import verdict

from planverksted.seating.allocator import Problem, allocate

PARTIES = (
    ("Ap",) * 9 + ("H",) * 6 + ("Sp",) * 4 + ("FrP",) * 3 + ("SV",) * 2 + ("KrF",) * 2 + ("V",)
)
"""A council of 27, in proportion."""
BUDGET_MS = 500.0
CASES = ((35, 6), (70, 12), (140, 24), (300, 50))


def council(people: int, tables: int) -> Problem:
    keys = tuple(f"person {number:03d}" for number in range(people))
    politicians = people * 27 // 35
    values = tuple(
        (PARTIES[number % len(PARTIES)], "politiker")
        if number < politicians
        else ("", "administrasjon")
        for number in range(people)
    )
    hosts = {
        keys[politicians + number]: number for number in range(min(tables, people - politicians))
    }
    return Problem(
        keys,
        values,
        tables=tables,
        rounds=3,
        fixed=hosts,
        apart=((keys[0], keys[1]),),
    )


def spread(problem: Problem, rounds: tuple[tuple[tuple[str, ...], ...], ...]) -> int:
    """The most any mix value's count differs between tables, in any round."""
    values = dict(zip(problem.people, problem.values, strict=True))
    worst = 0
    for seating in rounds:
        for column in range(len(problem.values[0])):
            for value in {row[column] for row in problem.values}:
                counts = [sum(1 for p in table if values[p][column] == value) for table in seating]
                worst = max(worst, max(counts) - min(counts))
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    over = []
    print("| participants | tables | rounds | median ms | spread | pairs met twice |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    for people, tables in CASES:
        problem = council(people, tables)
        times = []
        result = allocate(problem)
        for _ in range(runs):
            start = time.process_time()
            again = allocate(problem)
            times.append((time.process_time() - start) * 1000)
            assert again == result, "the allocation is not deterministic"
        median = statistics.median(times)
        worst = spread(problem, result.rounds)
        print(f"| {people} | {tables} | 3 | {median:.0f} | {worst} | {result.repeated_pairs} |")
        if (people, tables) == (35, 6) and median > BUDGET_MS:
            over.append(
                f"35 participants, 6 tables, 3 rounds: {median:.0f} ms > {BUDGET_MS:.0f} ms"
            )
    return verdict(over)


if __name__ == "__main__":
    raise SystemExit(main())
