"""Output faults end to end, through the command line: a missing folder, a folder as the
output, an unwritable place, many renders racing for one file, and Ctrl-C mid-render.

The errors are read from the command run in-process; the racing renders are processes of their
own (forked, with everything imported: a render's work, without an interpreter's start each);
Ctrl-C goes to the installed command, a process of its own with its own signal handling."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import EXAMPLES, HANG, ROOT
from invoking import planverksted
from planverksted import cli

BIN = Path(sys.executable).with_name("planverksted")
CLEAN = str(EXAMPLES / "tett-pa-samling-to-dagar.yaml")
sys.path.insert(0, str(ROOT / "benchmarks"))
from bench import programme  # noqa: E402


def render(*args: str) -> subprocess.CompletedProcess[str]:
    return planverksted("render", CLEAN, *args)


def racing(commands: list[list[str]]) -> list[int]:
    """Exit codes of ``planverksted`` run with each of ``commands`` at once, each in a process
    of its own: forked from this one, all held at a start line and let go together."""
    start_read, start_write = os.pipe()
    children = []
    for words in commands:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child leaves with os._exit
            code = 70
            try:
                os.close(start_write)
                os.read(start_read, 1)  # the start line: end of file once all are forked
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
                sys.argv = ["planverksted", *words]
                try:
                    cli.main()
                except SystemExit as end:
                    code = end.code if isinstance(end.code, int) else 1
            finally:
                os._exit(code)
        children.append(pid)
    os.close(start_read)
    os.close(start_write)  # go
    codes: dict[int, int] = {}
    deadline = time.monotonic() + HANG
    while len(codes) < len(children) and time.monotonic() < deadline:
        for pid in children:
            if pid not in codes:
                done, status = os.waitpid(pid, os.WNOHANG)
                if done:
                    codes[pid] = os.waitstatus_to_exitcode(status)
        time.sleep(0.02)
    hung = [pid for pid in children if pid not in codes]
    for pid in hung:  # a hung render must fail the test, not hang the suite
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    assert not hung, f"{len(hung)} of the racing renders hung for {HANG:.0f} s"
    return [codes[pid] for pid in children]


@pytest.mark.parametrize(
    ("output", "message"),
    [
        (
            "{tmp}/missing/out.html",
            "kan ikkje skrive {tmp}/missing/out.html: mappa {tmp}/missing finst ikkje",
        ),
        ("{tmp}", "{tmp} er ei mappe, ikkje ei fil"),
        (
            "/sys/planverksted-test.html",
            "kan ikkje skrive /sys/planverksted-test.html: ingen tilgang til mappa /sys",
        ),
    ],
    ids=["missing-folder", "folder", "unwritable"],
)
def test_a_plain_error_and_exit_1(tmp_path: Path, output: str, message: str) -> None:
    result = render("-o", output.format(tmp=tmp_path))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == "planverksted: " + message.format(tmp=tmp_path)
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_many_renders_at_once_leave_one_whole_file_and_no_temporaries(tmp_path: Path) -> None:
    target = tmp_path / "kjøreplan.html"
    expected = {
        audience: render("--format", "html", "--audience", audience).stdout
        for audience in ("facilitator", "participant")
    }
    racers = [
        ["render", CLEAN, "-o", str(target), "--audience", audience]
        for audience in ["facilitator", "participant"] * 6
    ]
    assert racing(racers) == [0] * len(racers)
    assert target.read_text(encoding="utf-8") in expected.values()
    assert [path.name for path in tmp_path.iterdir()] == ["kjøreplan.html"]


def worked_for(process: subprocess.Popen[str], seconds: float) -> None:
    """Return once ``process`` has had ``seconds`` of processor time, or has ended."""
    stat = Path(f"/proc/{process.pid}/stat")
    deadline = time.monotonic() + HANG
    while process.poll() is None and time.monotonic() < deadline:
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):  # no /proc (macOS): start-up is well under a second
            time.sleep(seconds * 2)
            return
        if (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK") >= seconds:
            return
        time.sleep(0.02)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT, which Windows cannot send")
def test_ctrl_c_mid_render_leaves_the_old_file_and_no_partial_one(tmp_path: Path) -> None:
    source = tmp_path / "big.yaml"
    source.write_text(programme(20_000), encoding="utf-8")
    target = tmp_path / "big.html"
    target.write_text("the old run-sheet\n", encoding="utf-8")
    racer = subprocess.Popen(
        [str(BIN), "render", str(source), "-o", str(target)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Well into the work: rendering this programme takes seconds of processor time, and
    # start-up a fraction of one. Waiting for the work done, not for the clock, holds on a
    # machine whose cores are busy.
    worked_for(racer, 0.6)
    racer.send_signal(signal.SIGINT)
    _, stderr = racer.communicate(timeout=HANG)
    if racer.returncode == 0:  # a very fast machine finished first: then the file is whole
        assert target.read_text(encoding="utf-8").rstrip().endswith("</html>")
    else:
        assert (racer.returncode, stderr) == (130, "planverksted: avbrutt\n")
        assert target.read_text(encoding="utf-8") == "the old run-sheet\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["big.html", "big.yaml"]
    assert os.access(target, os.R_OK)
