"""Run the installed `planverksted serve` in a subprocess, and talk to it as a browser would."""

from __future__ import annotations

import contextlib
import http.client
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from conftest import EXAMPLES, HANG

BIN = Path(sys.executable).with_name("planverksted")
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
GAP = "time: 13.20 – 13.40"
"""The seed's block that starts 5 min after the one before it ends."""
GAP_LINE = SEED.read_text(encoding="utf-8").splitlines().index(f"  - {GAP}") + 1
METHOD_LINE = (
    SEED.read_text(encoding="utf-8").splitlines().index("        method: igp", GAP_LINE) + 1
)
"""The line of the seed's 19-minute IGP method in a 15-minute part."""


@dataclass
class Served:
    process: subprocess.Popen[str]
    port: int
    file: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    def get(self, path: str = "/", host: str | None = None) -> tuple[int, str]:
        """Status and text of ``path``; ``host`` replaces the Host header."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=HANG)
        try:
            headers = {"Host": host} if host is not None else {}
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return response.status, response.read().decode("utf-8")
        finally:
            connection.close()

    def page(self, path: str = "/") -> str:
        status, text = self.get(path)
        assert status == 200, (status, text)
        return text

    def wait_for_page(self, ready: Callable[[str], bool], path: str = "/") -> str:
        """The first page for which ``ready`` holds; the last one seen if none does before
        the test counts as hung (the caller's assertions then say what is missing).

        How fast a save reaches the page is a budget of benchmarks/per_save.py, not a test's.
        """
        deadline = time.monotonic() + HANG
        while True:
            text = self.page(path)
            if ready(text) or time.monotonic() > deadline:
                return text
            time.sleep(0.01)

    def stop(self, number: int = signal.SIGINT) -> tuple[int, str]:
        """Send ``number``; the exit code and standard error."""
        self.process.send_signal(number)
        try:
            _, error = self.process.communicate(timeout=HANG)
        except subprocess.TimeoutExpired:
            self.process.kill()
            _, error = self.process.communicate()
            raise AssertionError(f"serve did not stop on signal {number}") from None
        return self.process.returncode, error


@contextlib.contextmanager
def serving(folder: Path, text: str | None = None, *args: str) -> Iterator[Served]:
    """`planverksted serve verksted.yaml` in ``folder``, the seed unless ``text`` is given."""
    file = folder / "verksted.yaml"
    if text is None:
        shutil.copyfile(SEED, file)
    else:
        file.write_text(text, encoding="utf-8")
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS")}
    process = subprocess.Popen(
        [str(BIN), "serve", file.name, *args],
        cwd=folder,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=environment,
    )
    try:
        served = Served(process, _port(process), file)
        yield served
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def _port(process: subprocess.Popen[str]) -> int:
    """The port from the first line serve prints: `... at http://127.0.0.1:PORT/` (or `på`)."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        first = lines.get(timeout=HANG)
    except queue.Empty:
        raise AssertionError("serve printed no URL") from None
    found = re.search(r" http://127\.0\.0\.1:(\d+)/$", first.rstrip("\n"))
    assert found, first
    return int(found.group(1))


def save(file: Path, text: str, *, by_rename: bool = False) -> None:
    """Save as an editor does: in place, or to a new file renamed over the old one."""
    if by_rename:
        temporary = file.with_name(f".{file.name}.swp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(file)
    else:
        file.write_text(text, encoding="utf-8")
