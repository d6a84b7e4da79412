"""The live page's inputs in a real browser: an impossible ?now= or stored state is not taken.

The address (``?now=``, ``?day=``) and the browser's storage (the offset and pause kept
for a reload) come from outside the page; what could not be a time, a date, a day or an
offset is ignored, and the page draws as without it: never "NaN:NaN", never an error.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import Browser, find_chromium
from conftest import EXAMPLES
from invoking import planverksted

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="no Chromium to test the live page in"),
    pytest.mark.xdist_group("live-browser"),
]

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
REAL_CLOCK = """(function () {
  var d = new Date(), v = planverksted.view().clock;
  var s = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
  var apart = Math.abs(v - s);
  return Math.min(apart, 86400 - apart) < 600;
})()"""
"""Whether the page runs on the computer's clock (within ten minutes: not a ?now= time)."""


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("live-inputs")
    made = {}
    for name, source in (("seed", SEED), ("two-days", TWO_DAYS)):
        target = folder / f"{name}.html"
        result = planverksted("run", source, "-o", target)
        assert result.returncode == 0, result.stderr
        made[name] = target
    return made


@pytest.fixture
def page(live_browser: Browser, pages: dict[str, Path]) -> Iterator[Any]:
    """Open a page as in a new browser; with ``stored``, as kept from an earlier visit."""
    browser = live_browser

    def open_page(name: str, query: str, stored: str | None = None) -> Browser:
        browser.clear_storage()
        browser.open(pages[name].as_uri() + query)
        assert browser.evaluate("localStorage.length") == 0
        if stored is not None:
            browser.evaluate(
                "localStorage.setItem(planverksted.data.store + '|2024-04-18', "
                f"{json.dumps(stored)})"
            )
            browser.reload()
        return browser

    browser.exceptions.clear()
    yield open_page
    assert browser.exceptions == [], "the page raised a JavaScript error"


@pytest.mark.parametrize(
    "now",
    [
        "99:99",
        "25:00",
        "24:00",
        "13:60",
        "13:57:60",
        "abc",
        "",
        "1e3:00",
        "2024-02-30T13:57",
        "2023-02-29T13:57",
        "2024-13-01T13:57",
        "2024-00-10T13:57",
        "0000-01-01T13:57",
        "-1:00",
    ],
)
def test_an_impossible_now_is_ignored(page: Any, now: str) -> None:
    browser = page("seed", f"?now={now}")
    assert browser.evaluate(REAL_CLOCK) is True
    assert "NaN" not in browser.evaluate("document.body.textContent")


@pytest.mark.parametrize(
    ("now", "seconds"),
    [
        ("13:57", 13 * 3600 + 57 * 60),
        ("0:00", 0),
        ("23:59:59", 86399),
        ("2024-02-29T13.57", 13 * 3600 + 57 * 60),
        ("2024-04-18 09:05:07", 9 * 3600 + 5 * 60 + 7),
    ],
)
def test_a_possible_now_holds_the_clock(page: Any, now: str, seconds: int) -> None:
    browser = page("seed", f"?now={now}")
    assert browser.evaluate("planverksted.view().clock") == seconds


@pytest.mark.parametrize(
    "stored",
    [
        '{"offset": 1e999}',
        '{"offset": -1e999}',
        '{"offset": 1e300}',
        '{"offset": 86401}',
        '{"offset": "60"}',
        '{"offset": null}',
        '{"offset": [60]}',
        "not json",
        "[]",
    ],
)
def test_a_stored_offset_that_cannot_be_is_ignored(page: Any, stored: str) -> None:
    browser = page("seed", "?now=13:57", stored)
    assert browser.evaluate("planverksted.view().state") == {
        "offset": 0,
        "paused_at": None,
        "held": None,
    }
    assert browser.text("room-time") == "12:00"  # on plan: the IGP step's twelve minutes
    assert "NaN" not in browser.evaluate("document.body.textContent")


@pytest.mark.parametrize(
    ("stored", "state"),
    [
        ('{"offset": 120}', {"offset": 120, "paused_at": None, "held": None}),
        ('{"offset": -60, "paused_at": 50000}', {"offset": -60, "paused_at": 50000, "held": None}),
        ('{"offset": 60, "paused_at": 1e999}', {"offset": 60, "paused_at": None, "held": None}),
        ('{"offset": 60, "paused_at": -5}', {"offset": 60, "paused_at": None, "held": None}),
        ('{"offset": 60, "paused_at": 90000}', {"offset": 60, "paused_at": None, "held": None}),
        ('{"offset": 60, "held": 50400}', {"offset": 60, "paused_at": None, "held": 50400}),
        ('{"offset": 60, "held": 1e999}', {"offset": 60, "paused_at": None, "held": None}),
        ('{"offset": 60, "held": "x"}', {"offset": 60, "paused_at": None, "held": None}),
    ],
)
def test_a_stored_state_keeps_what_can_be(page: Any, stored: str, state: dict[str, Any]) -> None:
    browser = page("seed", "?now=13:57", stored)
    assert browser.evaluate("planverksted.view().state") == state
    assert "NaN" not in browser.evaluate("document.body.textContent")


@pytest.mark.parametrize("day", ["1.5", "0", "3", "-1", "1e0x", "Infinity"])
def test_an_impossible_day_is_ignored(page: Any, day: str) -> None:
    browser = page("two-days", f"?now=09:00&day={day}")
    assert browser.evaluate("planverksted.view().index") == 0
    assert browser.text("room-now") == "Startar kl. 10.00"
