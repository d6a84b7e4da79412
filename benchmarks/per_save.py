"""Benchmark: the work `planverksted serve` does on each save, and the save-to-page time.

Run from the repository, with planverksted installed in the active environment:

    python benchmarks/per_save.py            # the table, as in docs/performance.md
    python benchmarks/per_save.py --runs 5   # quicker, noisier

Per save, the live preview reads the file again, checks it, and renders the
facilitator's run-sheet as HTML, in the server's own process (``Preview.refresh``).
This times exactly that, on the seed (examples/kommunestyre-tett-pa.yaml) and on a
programme of 1,000 blocks, after a first refresh as the server makes when it starts.
Each save changes the file, as an editor would. Budgets (issue #15): 50 ms for the
seed, 300 ms for 1,000 blocks, held against the median processor time (the wall clock
is shown too; on a busy shared machine it also counts other work); the script exits with
budget.OVER_BUDGET when one is over, 1 when the server fails. With ``--served``
it also starts the installed `planverksted serve` and times a save until the new page
is served over HTTP (issue #15: within 0.5 s).
"""

from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import TYPICAL, programme
from budget import CommandError, verdict

BUDGETS_MS = {"seed": 50.0, "1,000 blocks": 300.0}
RELOAD_BUDGET_MS = 500.0
GIVE_UP = 120.0
"""Seconds after which a save that never reaches the page is a failure, not a slow run."""


def per_save(text: str, folder: Path, runs: int) -> list[tuple[float, float]]:
    """(wall-clock, processor) seconds of each of ``runs`` saves of ``text``, changed a little.

    Processor time is the thread's own: what the save costs, without the moments the
    machine gave the core to something else (on a shared machine, the main noise).
    """
    from planverksted.preview.page import Preview

    file = folder / "verksted.yaml"
    file.write_text(text, encoding="utf-8")
    preview = Preview(file)
    preview.refresh(force=True)  # the server's first refresh, when it starts
    times = []
    for run in range(runs):
        file.write_text(f"{text}# save {run}\n", encoding="utf-8")
        started, started_cpu = time.perf_counter(), time.thread_time()
        changed = preview.refresh()
        times.append((time.perf_counter() - started, time.thread_time() - started_cpu))
        assert changed, "the preview did not see the save"
    return times


def save_to_page(folder: Path, runs: int) -> list[float]:
    """Seconds from a save to the new page, from the installed `planverksted serve`."""
    file = folder / "served.yaml"
    text = TYPICAL.read_text(encoding="utf-8")
    file.write_text(text, encoding="utf-8")
    command = Path(sys.executable).with_name("planverksted")
    server = subprocess.Popen(
        [str(command), "serve", str(file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
    )
    try:
        assert server.stdout is not None
        first = server.stdout.readline()
        found = re.search(r"http://\S+", first)
        if found is None:
            raise CommandError(f"serve said no address: {first!r} (exit {server.poll()})")
        url = found.group(0).rstrip("/") + "/"
        times = []
        for run in range(runs):
            marker = f"Lagret {run}"
            file.write_text(text.replace("Arbeidsverksted", marker), encoding="utf-8")
            started = time.perf_counter()
            while marker not in urllib.request.urlopen(url, timeout=GIVE_UP).read().decode("utf-8"):
                if time.perf_counter() - started > GIVE_UP or server.poll() is not None:
                    raise CommandError(f"serve never showed save {run} (exit {server.poll()})")
                time.sleep(0.005)
            times.append(time.perf_counter() - started)
        return times
    finally:
        server.terminate()
        server.wait(10)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="saves to time (default 20)")
    parser.add_argument(
        "--served", action="store_true", help="also time save to page with a real server"
    )
    arguments = parser.parse_args()
    over = []
    rows = [
        "| file | blocks | best | median | worst | median processor time | budget |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    with tempfile.TemporaryDirectory() as folder:
        for name, text, blocks in (
            ("seed", TYPICAL.read_text(encoding="utf-8"), 7),
            ("1,000 blocks", programme(1_000), 1_000),
        ):
            measured = per_save(text, Path(folder), arguments.runs)
            times = [wall for wall, _ in measured]
            median = statistics.median(times)
            cpu = statistics.median(processor for _, processor in measured)
            rows.append(
                f"| {name} | {blocks:,} | {_ms(min(times))} | {_ms(median)} | {_ms(max(times))} "
                f"| {_ms(cpu)} | {BUDGETS_MS[name]:,.0f} ms |"
            )
            if cpu * 1000 > BUDGETS_MS[name]:
                over.append(f"per save, {name}: median processor time {_ms(cpu)}")
        print("Per save (read, check, render the run-sheet as HTML), in process:\n")
        print("\n".join(rows))
        if arguments.served:
            times = save_to_page(Path(folder), arguments.runs)
            median = statistics.median(times)
            print(
                f"\nSave to new page over HTTP (seed, installed serve): best {_ms(min(times))}, "
                f"median {_ms(median)}, worst {_ms(max(times))}; budget {RELOAD_BUDGET_MS:.0f} ms"
            )
            if median * 1000 > RELOAD_BUDGET_MS:
                over.append(f"save to page: median {_ms(median)}")
    return verdict(over)


if __name__ == "__main__":
    sys.exit(main())
