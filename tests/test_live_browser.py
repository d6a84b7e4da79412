"""The live pages in a real browser: headless Chromium, driven through the DevTools protocol.

Pages are made by the installed ``planverksted run ... -o``, as a user makes them (the
room's page, and the facilitator's beside it), and loaded from file:// addresses with
``?now=`` holding the clock. One browser serves the whole session. Skipped, with the
reason, where there is no Chromium; CI installs it. axe-core is installed by .ci/run with
``npm install --prefix tests/.axe axe-core@4``; its test is skipped without it.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from browser import Browser, find_chromium
from conftest import EXAMPLES, HANG, ROOT
from invoking import planverksted
from live_samples import LONG, OVERRUN
from planverksted.analysis import analyse_file, analyse_text
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

DESCRIBED = """\
planverksted: 1
title: Kommunestyret
date: 2024-04-18
agenda:
  - time: 13.00-13.10
    title: Velkommen
    description: Sett dere ved bordet med samme farge som navnelappen.
"""


FACILITATOR_FILE = {"nb": "prosessleder", "nn": "prosessleiar", "en": "facilitator"}


def make_page(folder: Path, source: Path, language: str | None = None) -> Path:
    """The room's page (the facilitator's is beside it: see :func:`facilitator_page`)."""
    target = folder / f"{source.stem}-{language or 'own'}.html"
    extra = ["--lang", language] if language else []
    result = planverksted("run", source, "-o", target, *extra)  # in-process
    assert result.returncode == 0, result.stderr
    return target


def facilitator_page(room: Path, language: str) -> Path:
    return room.with_name(f"{room.stem}.{FACILITATOR_FILE[language]}.html")


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Each room's page by name, and its facilitator's page as "<name>/facilitator"."""
    folder = tmp_path_factory.mktemp("live")
    made = {}
    for name, text in (
        ("hostile", HOSTILE),
        ("overrun", OVERRUN),
        ("long", LONG),
        ("described", DESCRIBED),
    ):
        source = folder / f"{name}.yaml"
        source.write_text(text, encoding="utf-8")
        made[name] = (make_page(folder, source), "nb")
    for language in ("nn", "en"):
        made[f"long-{language}"] = (make_page(folder, folder / "long.yaml", language), language)
    made |= {
        "parallel": (make_page(folder, EXAMPLES / "kommunestyret-parallelle-rom.yaml"), "nn"),
        "nb": (make_page(folder, SEED), "nb"),
        "nn": (make_page(folder, SEED, "nn"), "nn"),
        "en": (make_page(folder, SEED, "en"), "en"),
        "two-days": (make_page(folder, TWO_DAYS), "nn"),
    }
    found = {name: room for name, (room, _) in made.items()}
    found |= {f"{name}/facilitator": facilitator_page(r, lang) for name, (r, lang) in made.items()}
    return found


@pytest.fixture
def browser(live_browser: Browser) -> Browser:
    """The test process's one browser (conftest.py)."""
    return live_browser


def open_at(browser: Browser, url: str) -> None:
    """Open ``url`` and wait until it is the page shown: on a busy machine the page before
    may still answer "ready" just after the navigation was asked for."""
    browser.open(url)
    deadline = time.monotonic() + HANG
    while browser.evaluate("location.href") != url or not browser.evaluate(
        "document.readyState === 'complete' && !!window.planverksted"
        " && !!window.planverksted.view()"
    ):
        assert time.monotonic() < deadline, f"{url} did not open"
        time.sleep(0.05)


@pytest.fixture
def page(browser: Browser, pages: dict[str, Path]) -> Iterator[Any]:
    """Open a page with a query; the browser's storage starts empty for every test."""

    def open_page(name: str, query: str) -> Browser:
        browser.clear_storage()
        open_at(browser, pages[name].as_uri() + query)
        assert browser.evaluate("localStorage.length") == 0
        return browser

    browser.exceptions.clear()

    yield open_page
    assert browser.exceptions == [], "the page raised a JavaScript error"


def room(browser: Browser) -> dict[str, str]:
    return {
        key: browser.text(f"room-{key}")
        for key in ("context", "now", "step", "time", "left", "next")
    }


# "Done when" of issue #14, end to end: the installed command's page, at 13.57, three languages.
# The file is in bokmål: on a nynorsk or English page its text is marked lang="nb".
@pytest.mark.parametrize(
    ("language", "left", "next_at", "own"),
    [
        ("nb", "igjen", "Neste kl. 14.09: ", "{}"),
        ("nn", "att", "Neste kl. 14.09: ", '<span lang="nb">{}</span>'),
        ("en", "left", "Next at 14:09: ", '<span lang="nb">{}</span>'),
    ],
)
def test_the_room_at_13_57_shows_the_igp_step(
    page: Any, language: str, left: str, next_at: str, own: str
) -> None:
    dom = page(language, "?now=13:57").evaluate("document.documentElement.outerHTML")
    now = own.format("Gruppearbeid")
    assert f'<h1 id="room-now" class="now" aria-live="polite">{now}</h1>' in dom
    assert f'<p id="room-step" class="step">{own.format("Dele rundt bordet")} · ' in dom
    assert '<span id="room-time" class="time">12:00</span>' in dom
    assert f'<span id="room-left" class="left">{left}</span>' in dom
    step = own.format("Drøfting: er det fellesnevnere?")
    assert f'<p id="room-next" class="next">{next_at}{step}</p>' in dom
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
        # The IGP's last step runs 14.09-14.14, as the run-sheet says, past its part's 14.10.
        ("14:09:30", {"step": "Drøfting: er det fellesnevnere? · Steg 3 av 3", "time": "4:30",
                      "next": "Neste kl. 14.14: Plenum"}),
        ("14:13", {"now": "Gruppearbeid", "time": "1:00", "next": "Neste kl. 14.14: Plenum"}),
        ("14:14", {"now": "Plenum", "step": "", "time": "1:00", "next": "Neste kl. 14.15: Pause"}),
        # The break, named once (its kind says what its title says).
        ("14:20", {"context": "", "now": "Pause", "step": "", "time": "10:00",
                   "next": "Neste kl. 14.30: Kort innledning og film om planstrategi"}),
        # The part goes on alone after its method: "next" is what comes after it.
        ("15:02", {"now": "Gruppearbeid", "step": "Drøfting: er det fellesnevnere? · Steg 3 av 3",
                   "time": "2:00", "next": "Neste kl. 15.35: Presentasjon i plenum"}),
        ("15:04", {"now": "Gruppearbeid", "step": "", "time": "31:00",
                   "next": "Neste kl. 15.35: Presentasjon i plenum"}),
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
    open_at(browser, browser.evaluate("location.href").replace("15:00", "14:20"))
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
    browser = page("nb/facilitator", "?now=13:57")
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
    browser = page("nb/facilitator", "?now=13:57")
    for _ in range(6):
        browser.press("+")
    assert browser.text("fac-offset") == "Ligger 6 min etter planen"
    assert browser.text("fac-end") == "Forventet slutt: 16.06 (planen: 16.00)"
    warnings = browser.evaluate(
        "[...document.querySelectorAll('#fac-warnings li')].map(li => li.textContent)"
    )
    assert warnings == [
        "⚠ Advarsel: Pause kl. 14.15 blir skjøvet til kl. 14.21",
        "⚠ Advarsel: Dagen slutter 6 min etter planlagt slutt kl. 16.00",
    ]
    assert expected_cell(browser, "Pause") == "⚠ 14.21–14.36"
    assert expected_cell(browser, "Oppsummering og veien videre") == "16.01–16.06"
    assert expected_cell(browser, "Innledning ved ordfører – ønska resultat for dagen") == ""
    # The room: six more minutes for the step that runs; what comes next comes 6 min late.
    browser.press("v")
    assert room(browser) == {
        "context": "Kunnskapsgrunnlag",
        "now": "Gruppearbeid",
        "step": "Dele rundt bordet · Steg 2 av 3",
        "time": "18:00",
        "left": "igjen",
        "next": "Neste kl. 14.15: Drøfting: er det fellesnevnere?",
    }


def test_the_facilitator_sees_a_method_run_past_its_part(page: Any) -> None:
    browser = page("nb/facilitator", "?now=14:12")
    assert browser.text("fac-now") == (
        "Nå: Drøfting: er det fellesnevnere? – 2:00 igjen"
        " · ⚠ IGP går 4 min over planlagt slutt kl. 14.10"
    )
    rows = browser.evaluate(
        "[...document.querySelectorAll('#fac-rows tr')].map(r => [r.querySelector('.plan')"
        ".textContent, r.querySelector('.title').textContent, (r.querySelector('.overrun')"
        " || {}).textContent || ''])"
    )
    assert ["14.09–14.14", "Drøfting: er det fellesnevnere?", ""] in rows
    assert ["13.55–14.10", "Gruppearbeid", "⚠ IGP går 4 min over planlagt slutt kl. 14.10"] in rows


def test_keys_move_through_the_steps_and_a_reload_keeps_the_offset(
    page: Any, pages: dict[str, Path]
) -> None:
    browser = page("nb", "?now=13:57")
    browser.press("ArrowRight")
    assert room(browser)["step"] == "Drøfting: er det fellesnevnere? · Steg 3 av 3"
    assert room(browser)["time"] == "5:00"  # as long as the run-sheet says, to 14.14
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
    # One minute more for the step that runs, at its first second: never the step before.
    step = ("Dele rundt bordet · Steg 2 av 3", "13:00")
    assert (room(browser)["step"], room(browser)["time"]) == step
    browser.reload()
    assert browser.evaluate("planverksted.view().state.offset") == 60
    assert (room(browser)["step"], room(browser)["time"]) == step
    # The room's page has no facilitator's view; the facilitator's page follows its keys.
    browser.press("v")
    assert browser.evaluate("document.getElementById('facilitator')") is None
    open_at(browser, pages["nb/facilitator"].as_uri() + "?now=13:57")
    assert browser.text("fac-offset") == "Ligger 1 min etter planen"
    browser.press(" ")
    assert browser.text("fac-offset") == "Ligger 1 min etter planen · Klokken er stoppet"
    assert browser.text("pause") == "Start klokken"
    browser.reload()
    assert browser.text("fac-offset") == "Ligger 1 min etter planen · Klokken er stoppet"
    browser.evaluate("document.getElementById('reset').click()")
    assert browser.text("fac-offset") == "I rute"
    browser.reload()
    assert browser.evaluate("planverksted.view().state") == {
        "offset": 0,
        "paused_at": None,
        "held": None,
    }


def test_works_with_the_keyboard_alone(page: Any) -> None:
    browser = page("en/facilitator", "?now=13:57")
    assert browser.evaluate("document.body.className") == "view-facilitator"
    browser.press("Tab")
    assert browser.evaluate("document.activeElement.id") == "room-page"
    assert browser.evaluate("document.activeElement.getAttribute('href')") == (
        "kommunestyre-tett-pa-en.html?now=13%3A57"
    )
    browser.press("Tab")
    assert browser.evaluate("document.activeElement.id") == "toggle-view"
    browser.press("Enter")
    assert browser.evaluate("document.body.className") == "view-room"
    assert "view=room" in browser.evaluate("location.search")
    browser.press("Tab")
    assert browser.evaluate("document.activeElement.id") == "previous"
    browser.press("Tab")
    browser.press("Enter")  # −1 min, by its button
    assert browser.evaluate("planverksted.view().state.offset") == -60
    browser.reload()
    assert browser.evaluate("document.body.className") == "view-room"
    browser.press("v")
    assert browser.text("fac-offset") == "Running 1 min ahead of plan"


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
    text = browser.evaluate("document.documentElement.outerHTML")
    for secret in ("Rigging", "Instruks", "Hemmelig", "Bare for oss"):
        assert secret not in text
    assert (browser.text("room-context"), browser.text("room-now")) == (context, title)
    browser.press("v")
    assert browser.evaluate("document.body.className") == "view-room"
    facilitator = page("hostile/facilitator", f"?now={now}")
    assert "Rigging av salen" in facilitator.text("facilitator")


ACTIONS_JS = json.dumps(running.ACTIONS)


def python_answers(day: running.Day, points: list[float]) -> list[Any]:
    """What running.py says at each point: the moment, the keys' targets, what running
    late pushes, and the state after each key from several states of the room."""
    answers = []
    for t in points:
        pressed = [
            running.press(day, state, t, action).as_json()
            for state in (
                running.State(),
                running.State(150),
                running.State(120, None, t - 75),
                running.State(30, t - 200, t - 400),
            )
            for action in running.ACTIONS
        ]
        answers.append(
            [
                running.state_at(day, t).as_json(),
                running.next_start(day, t),
                running.next_shown(day, t),
                running.previous_start(day, t),
                [c.as_json() for c in running.collisions(day, t, 370)],
                running.plan_time(t, running.State(120, None, t - 75)),
                running.running_time(t, running.State(120, None, t - 75)),
                pressed,
            ]
        )
    return answers


JS_ANSWERS = f"""function (day, points) {{
    var pv = window.planverksted;
    function state(offset, pausedAt, held) {{
        return {{offset: offset, paused_at: pausedAt, held: held}};
    }}
    return points.map(function (t) {{
        var pressed = [];
        [state(0, null, null), state(150, null, null), state(120, null, t - 75),
         state(30, t - 200, t - 400)].forEach(function (s) {{
            {ACTIONS_JS}.forEach(function (action) {{ pressed.push(pv.press(day, s, t, action)); }});
        }});
        return [pv.stateAt(day, t), pv.nextStart(day, t), pv.nextShown(day, t),
                pv.previousStart(day, t), pv.collisions(day, t, 370),
                pv.planTime(t, state(120, null, t - 75)),
                pv.runningTime(t, state(120, null, t - 75)), pressed];
    }});
}}"""


@pytest.mark.parametrize(
    ("name", "text"),
    [("nb", None), ("two-days", None), ("hostile", HOSTILE), ("overrun", OVERRUN)],
)
def test_the_javascript_gives_the_python_answers(page: Any, name: str, text: str | None) -> None:
    """templates/live.js mirrors timing/running.py: the same moments and the same keys, at
    every turn of the day (and around it), on the facilitator's day and the room's."""
    source = {"nb": SEED, "two-days": TWO_DAYS}.get(name)
    analysis = analyse_file(str(source)) if source else analyse_text(text or "", f"{name}.yaml")
    for where in (f"{name}/facilitator", name):
        browser = page(where, "?now=12:00")
        for index, full_day in enumerate(running_days(analysis)):
            # The room's page holds the room's day; the facilitator's the whole day, and the
            # room's of it as its room view sees it.
            cases = [(True, running.for_room(full_day))]
            if where.endswith("/facilitator"):
                cases.insert(0, (False, full_day))
            for room_only, day in cases:
                points = sorted(
                    {b + d for b in running.boundaries(day) for d in (-61, -1, 0, 0.5, 1, 59)}
                    | set(range((day.start - 5) * 60, (day.end + 5) * 60, 97))
                )
                script = f"""(function () {{
                    var pv = window.planverksted, day = pv.data.days[{index}];
                    if ({json.dumps(room_only and where.endswith("/facilitator"))}) {{
                        day = pv.forRoom(day);
                    }}
                    return ({JS_ANSWERS})(day, {json.dumps(points)});
                }})()"""
                expected = python_answers(day, points)
                assert browser.evaluate(script) == expected, (where, index, room_only)
        dates = ["2024-04-15", "2024-04-16", "2024-04-17", "2024-04-18", "2024-04-19"]
        days = running_days(analysis)
        python_days = [
            list(running.pick_day(days, dt.date.fromisoformat(date))) for date in dates
        ] + [list(running.pick_day(days, None))]
        picked = browser.evaluate(
            f"{json.dumps(dates)}.concat([null])"
            ".map(d => planverksted.pickDay(planverksted.data.days, d))"
        )
        assert picked == python_days, where


@pytest.mark.skipif(
    not AXE.is_file(), reason="axe-core not installed: npm install --prefix tests/.axe axe-core@4"
)
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize(
    ("which", "query"),
    [
        ("room", "?now=13:57"),
        ("room", "?now=13:17"),
        ("room", "?now=16:30"),
        ("facilitator", "?now=13:57"),
        ("facilitator", "?now=13:57&view=room"),  # the facilitator's preview of the room
    ],
)
def test_axe_finds_no_wcag_violations(page: Any, language: str, which: str, query: str) -> None:
    browser = page(language if which == "room" else f"{language}/facilitator", query)
    if which == "facilitator" and "view=room" not in query:
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


SCREENS = [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)]

FITS = """(function () {
    var root = document.scrollingElement, width = innerWidth, height = innerHeight;
    var outside = [], sizes = [];
    document.querySelectorAll("body *").forEach(function (element) {
        if (element.closest("[hidden]") || element.classList.contains("visually-hidden")) return;
        var box = element.getBoundingClientRect();
        if (!box.width && !box.height) return;
        if (box.left < -0.5 || box.top < -0.5 || box.right > width + 0.5 ||
            box.bottom > height + 0.5) {
            outside.push(element.tagName + "#" + element.id + "." + element.className);
        }
        var own = [].some.call(element.childNodes, function (node) {
            return node.nodeType === 3 && node.textContent.trim();
        });
        if (own) sizes.push([element.id || element.tagName,
                             parseFloat(getComputedStyle(element).fontSize)]);
    });
    var countdown = parseFloat(getComputedStyle(document.getElementById("room-time")).fontSize);
    return {scroll: [root.scrollWidth, root.scrollHeight, width, height], outside: outside,
            larger: sizes.filter(function (s) {
                return s[0] !== "room-time" && s[1] >= countdown; }),
            countdown: countdown, questions: document.querySelectorAll("#room-question-list li").length};
})()"""


@pytest.fixture
def screen(browser: Browser) -> Iterator[Any]:
    """Set the browser's screen to a size; back to the other tests' 1280 x 720 after."""

    def resize(width: int, height: int) -> None:
        browser.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
        )

    yield resize
    resize(1280, 720)


@pytest.mark.parametrize(("width", "height"), SCREENS)
@pytest.mark.parametrize(
    ("name", "now", "questions"),
    [
        ("long", "13:10", 6),  # a long block and part title, a long step, six long questions
        ("long-nn", "13:10", 6),
        ("long-en", "13:31", 6),  # the step that names the last step, in English labels
        ("long/facilitator", "13:10&view=room", 6),  # the facilitator's preview of the room
        ("nb", "15:00", 3),
        ("nb", "13:17", 0),  # a gap
        ("nb", "12:00", 0),  # before the start
    ],
)
def test_the_room_fits_the_screen(
    page: Any, screen: Any, name: str, now: str, questions: int, width: int, height: int
) -> None:
    """Nothing cut off, nothing to scroll; the countdown the largest text on the screen."""
    screen(width, height)
    browser = page(name, f"?now={now}")
    found = browser.evaluate(FITS)
    assert found["questions"] == questions
    assert found["scroll"] == [width, height, width, height]
    assert found["outside"] == []
    assert found["larger"] == []
    # Shrunk to fit, the countdown is still read from the back of the room.
    assert found["countdown"] >= 0.1 * height


def test_a_short_day_keeps_the_full_sizes(page: Any, screen: Any) -> None:
    screen(1024, 768)
    browser = page("nb", "?now=13:05")
    assert browser.evaluate("document.documentElement.getAttribute('style')") is None
    ratio = browser.evaluate(
        "parseFloat(getComputedStyle(document.getElementById('room-time')).fontSize) / innerHeight"
    )
    assert ratio == pytest.approx(0.22)


def test_the_room_fits_again_when_the_screen_changes(page: Any, screen: Any) -> None:
    browser = page("long", "?now=13:10")
    screen(1024, 768)
    browser.evaluate("new Promise(r => requestAnimationFrame(() => r(true)))", await_promise=True)
    found = browser.evaluate(FITS)
    assert found["scroll"] == [1024, 768, 1024, 768] and found["outside"] == []


@pytest.mark.parametrize(("name", "marked"), [("en", "nb"), ("nn", "nb"), ("nb", None)])
def test_the_files_text_is_marked_with_its_language(page: Any, name: str, marked: str) -> None:
    """On a page in another language than the file's, the file's text says its own (WCAG 3.1.2)."""
    browser = page(f"{name}/facilitator", "?now=15:00")
    langs = browser.evaluate(
        "[document.querySelector('.workshop').lang,"
        " document.querySelector('#fac-rows .title').lang,"
        " [...document.querySelectorAll('#fac-rows td.notes')].find(td => td.textContent).lang,"
        " document.querySelector('#fac-rows td.plan').lang]"
    )
    assert langs == [marked or "", marked or "", marked or "", ""]
    browser.press("v")  # the room's view
    langs = browser.evaluate(
        "[document.getElementById('room-question-list').lang,"
        " (document.querySelector('#room-now span') || {lang: ''}).lang,"
        " document.getElementById('room-left').lang]"
    )
    assert langs == [marked or "", marked or "", ""]


def test_the_room_shows_its_own_track_with_room(page: Any) -> None:
    """?room=KEY (seating, #22): the track in that room in the block's place, with its room."""
    browser = page("parallel", "?now=14:10&room=rom1")
    assert room(browser) | {"next": ""} == {
        "context": "Parallelle verkstader · Formannskapssalen",
        "now": "Helse og omsorg",
        "step": "",
        "time": browser.text("room-time"),
        "left": browser.text("room-left"),
        "next": "",
    }
    assert browser.text("room-time") != ""


@pytest.mark.parametrize(
    ("query", "step"),
    [
        # The room's main page while the tracks run: where each one is (probe F14).
        (
            "?now=14:10",
            "Helse og omsorg → Formannskapssalen\nOppvekst → Møterom Fjorden\n"
            "Areal og klima → Kommunestyresalen",
        ),
        # A track's description ("shown to everyone") on its room's page.
        ("?now=14:10&room=salen", "Kart over kommunen ligg på bordet."),
        ("?now=14:10&room=rom2", ""),
    ],
)
def test_the_room_says_where_each_track_is_and_what_it_is_about(
    page: Any, query: str, step: str
) -> None:
    browser = page("parallel", query)
    assert browser.text("room-step") == step
    # One track a line: the page keeps the line breaks.
    assert browser.evaluate(
        "getComputedStyle(document.getElementById('room-step')).whiteSpace"
    ) == ("pre-line")


def test_the_room_shows_a_blocks_description_where_no_step_is_said(page: Any) -> None:
    """A block's description is "shown to everyone" (docs/format.md): the room's page too."""
    browser = page("described", "?now=13:05")
    assert room(browser)["now"] == "Velkommen"
    assert browser.text("room-step") == "Sett dere ved bordet med samme farge som navnelappen."
