"""`planverksted serve` in a real browser: headless Chromium follows a save by itself.

The test opens the page once and never navigates again; it reads the page through the
DevTools protocol (tests/browser.py) until the page shows what was saved.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pytest

from browser import Browser, find_chromium
from conftest import HANG
from serving import SEED, save, serving

CHROMIUM = find_chromium()

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="stops the server with SIGINT (POSIX)"),
    pytest.mark.skipif(CHROMIUM is None, reason="needs Chromium (apt-get install chromium)"),
]

TITLE = "Arbeidsverksted for kommunestyret"


def wait_for(browser: Browser, expression: str, expected: Any) -> Any:
    """The value of ``expression`` once it is ``expected``, or the last one when the wait
    counts as hung (how fast a save reaches the page is benchmarks/per_save.py's budget)."""
    deadline = time.monotonic() + HANG
    while True:
        value = browser.evaluate(expression)
        if value == expected or time.monotonic() > deadline:
            return value
        time.sleep(0.02)


HEADING = "document.querySelector('main h1') && document.querySelector('main h1').textContent"
SUMMARY = "document.querySelector('#planverksted-preview .pv-summary').textContent"
BAR = "document.getElementById('planverksted-preview').className"


def test_the_open_page_follows_a_save_by_itself(tmp_path: Path, live_browser: Browser) -> None:
    seed = SEED.read_text(encoding="utf-8")
    browser = live_browser  # the test process's one browser (conftest.py)
    browser.exceptions.clear()
    with serving(tmp_path) as served:
        try:
            browser.send("Page.navigate", {"url": served.url})
            heading = wait_for(browser, HEADING, TITLE)
            assert heading == TITLE
            assert browser.evaluate(SUMMARY) == "2 advarsler"
            browser.evaluate("window.openedOnce = true")  # gone if the page were loaded anew

            save(
                served.file,
                seed.replace(TITLE, "Nytt verksted").replace("13.20 – 13.40", "13.15 – 13.40"),
            )
            heading = wait_for(browser, HEADING, "Nytt verksted")
            assert heading == "Nytt verksted"
            assert browser.evaluate(SUMMARY) == "1 advarsel"
            assert browser.evaluate("document.title") == "Kjøreplan – Nytt verksted"
            assert browser.evaluate("window.openedOnce") is True

            # An error, saved by rename: the errors on top, the last good run-sheet under them.
            save(served.file, seed.replace("planverksted: 1", "planverksted: 7"), by_rename=True)
            bar = wait_for(browser, BAR, "pv-error pv-stale")
            assert bar == "pv-error pv-stale"
            assert browser.evaluate(HEADING) == "Nytt verksted"
            assert (
                browser.evaluate("getComputedStyle(document.querySelector('main')).opacity")
                == "0.35"
            )
            assert browser.exceptions == []
        finally:
            # Away from the server before it stops: the page would go on asking it.
            browser.send("Page.navigate", {"url": "about:blank"})
        assert served.stop()[0] == 0
