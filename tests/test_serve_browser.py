"""`planverksted serve` in a real browser: headless Chromium follows a save by itself.

The test opens the page once and never navigates again; it reads the page through the
DevTools protocol (over ``--remote-debugging-pipe``: JSON messages on file descriptors 3
and 4, no websocket needed) until the page shows what was saved.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pytest

from serving import RELOAD_BUDGET, SEED, save, serving

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="the DevTools pipe needs POSIX descriptors"),
    pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)"),
]

TITLE = "Arbeidsverksted for kommunestyret"


class DevTools:
    """A headless Chromium at ``url``, spoken to over the DevTools pipe."""

    def __init__(self, url: str, profile: str) -> None:
        to_browser, self._out = os.pipe()
        self._in, from_browser = os.pipe()

        def descriptors() -> None:  # in the child: the pipe's ends at 3 and 4
            import fcntl

            read = fcntl.fcntl(to_browser, fcntl.F_DUPFD, 10)
            write = fcntl.fcntl(from_browser, fcntl.F_DUPFD, 10)
            os.dup2(read, 3)
            os.dup2(write, 4)

        assert CHROMIUM is not None
        self.process = subprocess.Popen(
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                url,
            ],
            close_fds=False,
            preexec_fn=descriptors,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser)
        os.close(from_browser)
        self._buffer = b""
        self._last_id = 0
        self.session = ""

    def call(self, method: str, timeout: float = 15.0, **params: Any) -> dict[str, Any]:
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params}
        if self.session:
            message["sessionId"] = self.session
        os.write(self._out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                answer: dict[str, Any] = json.loads(raw)
                if answer.get("id") == self._last_id:
                    assert "error" not in answer, answer
                    result: dict[str, Any] = answer["result"]
                    return result
            ready, _, _ = select.select([self._in], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError(f"Chromium did not answer {method}")
            chunk = os.read(self._in, 1 << 16)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk

    def attach_to_page(self) -> None:
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(target for target in targets if target["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        return result["result"].get("value")

    def wait_for(self, expression: str, expected: Any, timeout: float) -> tuple[Any, float]:
        started = time.perf_counter()
        while True:
            value = self.evaluate(expression)
            took = time.perf_counter() - started
            if value == expected or took > timeout:
                return value, took
            time.sleep(0.02)

    def close(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        os.close(self._out)
        os.close(self._in)


HEADING = "document.querySelector('main h1') && document.querySelector('main h1').textContent"
SUMMARY = "document.querySelector('#planverksted-live .pv-summary').textContent"
BAR = "document.getElementById('planverksted-live').className"


def test_the_open_page_follows_a_save_by_itself(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    with serving(tmp_path) as served, tempfile.TemporaryDirectory() as profile:
        browser = DevTools(served.url, profile)
        try:
            browser.attach_to_page()
            heading, _ = browser.wait_for(HEADING, TITLE, timeout=20)
            assert heading == TITLE
            assert browser.evaluate(SUMMARY) == "2 advarsler"
            browser.evaluate("window.openedOnce = true")  # gone if the page were loaded anew

            save(
                served.file,
                seed.replace(TITLE, "Nytt verksted").replace("13.20 – 13.40", "13.15 – 13.40"),
            )
            heading, took = browser.wait_for(HEADING, "Nytt verksted", timeout=5)
            assert heading == "Nytt verksted"
            assert took <= RELOAD_BUDGET, f"{took:.3f} s"
            assert browser.evaluate(SUMMARY) == "1 advarsel"
            assert browser.evaluate("document.title") == "Kjøreplan – Nytt verksted"
            assert browser.evaluate("window.openedOnce") is True

            # An error, saved by rename: the errors on top, the last good run-sheet under them.
            save(served.file, seed.replace("planverksted: 1", "planverksted: 7"), by_rename=True)
            bar, took = browser.wait_for(BAR, "pv-error pv-stale", timeout=5)
            assert bar == "pv-error pv-stale"
            assert took <= RELOAD_BUDGET, f"{took:.3f} s"
            assert browser.evaluate(HEADING) == "Nytt verksted"
            assert (
                browser.evaluate("getComputedStyle(document.querySelector('main')).opacity")
                == "0.35"
            )
        finally:
            browser.close()
        assert served.stop()[0] == 0
