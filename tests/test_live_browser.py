"""The live page in a real browser: headless Chromium, driven through the DevTools protocol.

Pages are made by the installed ``planverksted run ... -o``, as a user makes them, and
loaded from file:// addresses with ``?now=`` holding the clock. Skipped, with the reason,
where there is no Chromium; CI installs it. axe-core is installed by .ci/run with
``npm install --prefix tests/.axe axe-core@4``; its test is skipped without it.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import Browser, dump_dom, find_chromium
from conftest import EXAMPLES, HANG, ROOT
from planverksted.analysis import analyse_file
from planverksted.runsheet.live import running_days
from planverksted.timing import running

CHROMIUM = find_chromium()
pytestmark = [
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="no Chromium to test the live page in (install the chromium package)",
    ),
    pytest.mark.xdist_group("live-browser"),  # one worker opens the browser and pages once
]

BIN = Path(sys.executable).with_name("planverksted")
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
AXE = ROOT / "tests" / ".axe" / "node_modules" / "axe-core" / "axe.min.js"

HOSTILE = """\
planverksted: 1
title: "</script><script>alert(1)</script>"
date: 2024-04-18
agenda:
  - time: 13.00-13.10
    title: "<!-- <script>alert(2)</script>"
    notes: Hemmelig notat
  - time: 13.10-13.20
    title: Rigging av salen
    facilitator_only: true
  - time: 13.20-13.40
    title: Arbeid
    parts:
      - {title: Instruks til verter, duration: 5, facilitator_only: true, notes: Bare for oss}
      - {title: Grupper, duration: 15}
"""


def make_page(folder: Path, source: Path, language: str | None = None) -> Path:
    target = folder / f"{source.stem}-{language or 'own'}.html"
    extra = ["--lang", language] if language else []
    result = subprocess.run(
        [str(BIN), "run", str(source), "-o", str(target), *extra],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("live")
    hostile = folder / "hostile.yaml"
    hostile.write_text(HOSTILE, encoding="utf-8")
    return {
        "nb": make_page(folder, SEED),
        "nn": make_page(folder, SEED, "nn"),
        "en": make_page(folder, SEED, "en"),
        "two-days": make_page(folder, TWO_DAYS),
        "hostile": make_page(folder, hostile),
    }


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert CHROMIUM is not None
    opened = Browser(CHROMIUM)
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def page(browser: Browser, pages: dict[str, Path]) -> Iterator[Any]:
    """Open a page with a query; the browser's storage starts empty for every test."""

    def open_page(name: str, query: str) -> Browser:
        browser.open(pages[name].as_uri() + query)
        browser.evaluate("localStorage.clear()")
        browser.reload()
        return browser

    yield open_page
    assert browser.exceptions == [], "the page raised a JavaScript error"


def room(browser: Browser) -> dict[str, str]:
    return {
        key: browser.text(f"room-{key}")
        for key in ("context", "now", "step", "time", "left", "next")
    }


# "Done when" of issue #14, end to end: the installed command's page, at 13.57, three languages.
@pytest.mark.parametrize(
    ("language", "left", "next_line"),
    [
        ("nb", "igjen", "Neste kl. 14.09: Drøfting: er det fellesnevnere?"),
        ("nn", "att", "Neste kl. 14.09: Drøfting: er det fellesnevnere?"),
        ("en", "left", "Next at 14:09: Drøfting: er det fellesnevnere?"),
    ],
)
def test_the_room_at_13_57_shows_the_igp_step(
    pages: dict[str, Path], language: str, left: str, next_line: str
) -> None:
    assert CHROMIUM is not None
    dom = dump_dom(pages[language].as_uri() + "?now=13:57", CHROMIUM)
    assert '<h1 id="room-now" class="now" aria-live="polite">Gruppearbeid</h1>' in dom
    assert ">Dele rundt bordet · " in dom
    assert '<span id="room-time" class="time">12:00</span>' in dom
    assert f'<span id="room-left" class="left">{left}</span>' in dom
    assert f'<p id="room-next" class="next">{next_line}</p>' in dom
    assert f'<html lang="{language}">' in dom


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        # Before the start: when it starts, and the time until then.
        ("12:59:30", {"now": "Starter kl. 13.00", "time": "0:30", "left": "til start",
                      "next": "Neste kl. 13.00: Innledning ved ordfører – ønska resultat for dagen"}),
        # The first second of a block.
        ("13:00", {"now": "Innledning ved ordfører – ønska resultat for dagen", "time": "10:00",
                   "left": "igjen", "next": "Neste kl. 13.10: Om Tett på og presentasjon av laget"}),
        # The gap at 13.15: what comes next, and when.
        ("13:17", {"context": "Neste", "now": "Plansystemet, koplinga plan og økonomi",
                   "step": "kl. 13.20", "time": "3:00", "left": "til start", "next": ""}),
        # Inside each IGP step.
        ("13:55:28", {"context": "Kunnskapsgrunnlag", "now": "Gruppearbeid",
                      "step": "Reflekter · Steg 1 av 3", "time": "1:32",
                      "next": "Neste kl. 13.57: Dele rundt bordet"}),
        ("13:57", {"step": "Dele rundt bordet · Steg 2 av 3", "time": "12:00"}),
        ("14:09:30", {"step": "Drøfting: er det fellesnevnere? · Steg 3 av 3", "time": "0:30",
                      "next": "Neste kl. 14.10: Plenum"}),
        # The break.
        ("14:20", {"context": "Pause", "now": "Pause", "step": "", "time": "10:00",
                   "next": "Neste kl. 14.30: Kort innledning og film om planstrategi"}),
        # The last minute, and after the end.
        ("15:59", {"now": "Oppsummering og veien videre", "time": "1:00", "next": ""}),
        ("16:00", {"now": "Takk for i dag!", "step": "", "time": "", "next": ""}),
    ],
)  # fmt: skip
def test_the_room_through_the_day(page: Any, now: str, expected: dict[str, str]) -> None:
    shown = room(page("nb", f"?now={now}"))
    assert {key: shown[key] for key in expected} == expected


def test_the_room_shows_the_group_task_questions_only_during_group_work(page: Any) -> None:
    browser = page("nb", "?now=15:00")
    assert browser.text("room-questions-title") == (
        "Hvilke planer trenger vi for å styre kommunen i ønska retning?"
    )
    items = browser.evaluate(
        "[...document.querySelectorAll('#room-question-list li')].map(li => li.textContent)"
    )
    assert items[1] == "Gir gjeldende samfunnsdel nok rom til å styre og utvikle kommunen?"
    browser.open(browser.evaluate("location.href").replace("15:00", "14:20"))
    assert browser.evaluate("document.getElementById('room-questions').hidden") is True


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("2024-04-15T12:00", {"now": "Startar tysdag 16. april 2024 kl. 10.00", "time": ""}),
        ("2024-04-16T14:59", {"now": "Oppsummering av dag 1", "time": "1:00", "left": "att"}),
        ("2024-04-16T15:00", {"now": "Takk for i dag!",
                              "step": "Vi held fram onsdag 17. april 2024 kl. 09.00."}),
        ("2024-04-17T08:59", {"now": "Startar kl. 09.00", "time": "1:00"}),
        ("2024-04-17T09:00", {"now": "Kva lærte vi i går?", "time": "15:00"}),
        ("2024-04-17T12:00", {"now": "Takk for i dag!", "step": ""}),
        ("2024-04-18T09:00", {"now": "Takk for i dag!", "step": ""}),
    ],
)  # fmt: skip
def test_a_day_change(page: Any, now: str, expected: dict[str, str]) -> None:
    shown = room(page("two-days", f"?now={now}"))
    assert {key: shown[key] for key in expected} == expected


def test_a_day_without_a_date_in_now_is_chosen_with_day(page: Any) -> None:
    assert room(page("two-days", "?now=09:00&day=2"))["now"] == "Kva lærte vi i går?"
    assert room(page("two-days", "?now=09:00"))["now"] == "Startar kl. 10.00"


def test_the_facilitator_view_marks_the_current_row_and_shows_notes(page: Any) -> None:
    browser = page("nb", "?now=13:57&view=facilitator")
    current = browser.evaluate(
        "[...document.querySelectorAll('#fac-rows tr[aria-current]')].map(r => r.textContent)"
    )
    assert len(current) == 1
    assert "▶ Nå: Dele rundt bordet" in current[0]
    body = browser.text("facilitator")
    assert "Korte innlegg" in body  # notes
    assert "Kommunedirektøren" in body  # who (the role is left out: the name says it)
    assert "Ta utgangspunkt i egen kommune" in body  # a step's note
    assert browser.text("fac-now") == "Nå: Dele rundt bordet – 12:00 igjen"
    assert browser.text("fac-offset") == "I rute"
    assert browser.text("fac-end") == "Forventet slutt: 16.00 (planen: 16.00)"
    assert browser.evaluate("getComputedStyle(document.getElementById('room')).display") == "none"


def expected_cell(browser: Browser, title: str) -> str:
    return str(
        browser.evaluate(
            "[...document.querySelectorAll('#fac-rows tr')]"
            f".find(r => r.querySelector('.title').textContent === {json.dumps(title)})"
            ".querySelector('.expected').textContent"
        )
    )


def test_running_late_moves_the_expected_times_and_warns_in_words(page: Any) -> None:
    browser = page("nb", "?now=13:57&view=facilitator")
    for _ in range(6):
        browser.press("+")
    assert browser.text("fac-offset") == "Ligger 6 min etter planen"
    assert browser.text("fac-end") == "Forventet slutt: 16.06 (planen: 16.00)"
    warnings = browser.evaluate(
        "[...document.querySelectorAll('#fac-warnings li')].map(li => li.textContent)"
    )
    assert warnings == [
        "⚠ Advarsel: Pause kl. 14.15 blir skjøvet til 14.21",
        "⚠ Advarsel: Dagen slutter 6 min etter planlagt slutt kl. 16.00",
    ]
    assert expected_cell(browser, "Pause") == "⚠ 14.21–14.36"
    assert expected_cell(browser, "Oppsummering og veien videre") == "16.01–16.06"
    assert expected_cell(browser, "Innledning ved ordfører – ønska resultat for dagen") == ""
    # The room: at 13.57 the plan is at 13.51, in the film; what comes next comes 6 min late.
    browser.press("v")
    assert room(browser) == {
        "context": "Kunnskapsgrunnlag",
        "now": "Kort innlegg og innledning til gruppearbeid – vise film",
        "step": "",
        "time": "4:00",
        "left": "igjen",
        "next": "Neste kl. 14.01: Reflekter",
    }


def test_keys_move_through_the_steps_and_a_reload_keeps_the_offset(page: Any) -> None:
    browser = page("nb", "?now=13:57")
    browser.press("ArrowRight")
    assert room(browser)["step"] == "Drøfting: er det fellesnevnere? · Steg 3 av 3"
    assert room(browser)["time"] == "1:00"  # cut where the part ends, 14.10
    browser.press("n")
    assert room(browser)["now"] == "Plenum"
    browser.press("ArrowLeft")
    assert room(browser)["step"].startswith("Drøfting")
    browser.press("p")
    assert room(browser)["step"].startswith("Dele rundt bordet")
    assert room(browser)["time"] == "12:00"
    browser.press("+")
    browser.press("+")
    browser.press("-")
    # One minute behind at the first second of a step: the plan is back in the step before.
    assert (room(browser)["step"], room(browser)["time"]) == ("Reflekter · Steg 1 av 3", "1:00")
    browser.reload()
    assert browser.evaluate("planverksted.view().state.offset") == 60
    browser.press("v")
    assert browser.text("fac-offset") == "Ligger 1 min etter planen"
    browser.press(" ")
    assert browser.text("fac-offset") == "Ligger 1 min etter planen · Klokka er stoppet"
    assert browser.text("pause") == "Start klokka"
    browser.reload()
    assert browser.text("fac-offset") == "Ligger 1 min etter planen · Klokka er stoppet"
    browser.evaluate("document.getElementById('reset').click()")
    assert browser.text("fac-offset") == "I rute"
    browser.reload()
    assert browser.evaluate("planverksted.view().state") == {"offset": 0, "paused_at": None}


def test_works_with_the_keyboard_alone(page: Any) -> None:
    browser = page("en", "?now=13:57")
    browser.press("Tab")
    assert browser.evaluate("document.activeElement.id") == "toggle-view"
    browser.press("Enter")
    assert browser.evaluate("document.body.className") == "view-facilitator"
    assert "view=facilitator" in browser.evaluate("location.search")
    browser.press("Tab")
    assert browser.evaluate("document.activeElement.id") == "previous"
    browser.press("Tab")
    browser.press("Enter")  # −1 min, by its button
    assert browser.text("fac-offset") == "Running 1 min ahead of plan"
    browser.reload()
    assert browser.evaluate("document.body.className") == "view-facilitator"


def test_the_countdown_is_at_least_15_percent_of_the_viewport(page: Any) -> None:
    for query in ("?now=13:57", "?now=15:00", "?now=13:17"):
        browser = page("nb", query)
        ratio = browser.evaluate(
            "parseFloat(getComputedStyle(document.getElementById('room-time')).fontSize)"
            " / innerHeight"
        )
        assert ratio >= 0.15, query


def test_text_from_the_file_cannot_break_out_of_the_page(page: Any) -> None:
    browser = page("hostile", "?now=13:05")
    assert browser.evaluate("document.scripts.length") == 2
    assert browser.text("room-now") == "<!-- <script>alert(2)</script>"
    assert browser.evaluate("document.querySelector('.workshop').textContent") == (
        "</script><script>alert(1)</script>"
    )
    assert browser.evaluate("document.title").endswith("</script><script>alert(1)</script>")


@pytest.mark.parametrize(
    ("now", "context", "title"),
    [("13:12", "Neste", "Arbeid"), ("13:22", "", "Arbeid"), ("13:30", "Arbeid", "Grupper")],
)
def test_the_room_never_shows_what_is_for_the_facilitator(
    page: Any, now: str, context: str, title: str
) -> None:
    browser = page("hostile", f"?now={now}")
    text = browser.text("room")
    for secret in ("Rigging", "Instruks", "Hemmelig", "Bare for oss"):
        assert secret not in text
    assert (browser.text("room-context"), browser.text("room-now")) == (context, title)
    browser.press("v")
    assert "Rigging av salen" in browser.text("facilitator")


def test_the_javascript_gives_the_python_answers(page: Any) -> None:
    """templates/live.js mirrors timing/running.py: the same moments, at every turn of the day."""
    for name, source in (("nb", SEED), ("two-days", TWO_DAYS), ("hostile", None)):
        browser = page(name, "?now=12:00")
        if source is None:
            from planverksted.analysis import analyse_text

            analysis = analyse_text(HOSTILE, "hostile.yaml")
        else:
            analysis = analyse_file(str(source))
        for index, full_day in enumerate(running_days(analysis)):
            for room_only, day in ((False, full_day), (True, running.for_room(full_day))):
                points = sorted(
                    {b + d for b in running.boundaries(day) for d in (-1, 0, 0.5, 1)}
                    | set(range((day.start - 5) * 60, (day.end + 5) * 60, 97))
                )
                python = [
                    [
                        running.state_at(day, t).as_json(),
                        running.next_start(day, t),
                        running.previous_start(day, t),
                        [c.as_json() for c in running.collisions(day, t, 370)],
                    ]
                    for t in points
                ]
                script = f"""(function () {{
                    var pv = window.planverksted, day = pv.data.days[{index}];
                    if ({json.dumps(room_only)}) day = pv.forRoom(day);
                    return {json.dumps(points)}.map(function (t) {{
                        return [pv.stateAt(day, t), pv.nextStart(day, t),
                                pv.previousStart(day, t), pv.collisions(day, t, 370)];
                    }});
                }})()"""
                assert browser.evaluate(script) == python, (name, index, room_only)
        dates = ["2024-04-15", "2024-04-16", "2024-04-17", "2024-04-18", "2024-04-19"]
        days = running_days(analysis)
        python_days = [
            list(running.pick_day(days, dt.date.fromisoformat(date))) for date in dates
        ] + [list(running.pick_day(days, None))]
        picked = browser.evaluate(
            f"{json.dumps(dates)}.concat([null]).map(d => planverksted.pickDay(planverksted.data.days, d))"
        )
        assert picked == python_days, name


@pytest.mark.skipif(
    not AXE.is_file(), reason="axe-core not installed: npm install --prefix tests/.axe axe-core@4"
)
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize(
    "query",
    [
        "?now=13:57",
        "?now=13:17",
        "?now=16:30",
        "?now=13:57&view=facilitator",
    ],
)
def test_axe_finds_no_wcag_violations(page: Any, language: str, query: str) -> None:
    browser = page(language, query)
    if "facilitator" in query:
        for _ in range(7):
            browser.press("+")  # with warnings showing
    browser.evaluate(AXE.read_text(encoding="utf-8"))
    violations = browser.evaluate(
        """axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
           .then(r => r.violations.map(v => v.id + ': ' + v.nodes.map(n => n.target).join(' ')))""",
        await_promise=True,
    )
    assert violations == []
