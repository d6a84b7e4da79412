"""Proof by looking: the run-sheets printed to A4 in headless Chromium, pages measured.

Every example and starter is rendered by the command line, in-process (facilitator,
compact and handout) and printed in one browser session (see ``printing.py``). The tests read the
PDFs: page counts, which page each mark at the top and bottom of a block, task card or
question set landed on (a box whose marks differ was split), how full each page is, and
the computed font sizes under print media.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from invoking import planverksted
from printing import MISSING, SKIP_REASON, Printed, print_page, print_pages

pytestmark = [
    pytest.mark.skipif(bool(MISSING), reason=SKIP_REASON),
    pytest.mark.slow,
    pytest.mark.xdist_group("print"),  # one worker prints the sheets once
]

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
STARTERS = sorted((ROOT / "src" / "planverksted" / "workshop" / "starters").glob("*.yaml"))
FILES = [SEED, TWO_DAYS, *STARTERS]
SHEETS = {
    "facilitator": ["--audience", "facilitator"],
    "compact": ["--layout", "compact"],
    "participant": ["--audience", "participant"],
}
MIN_LINES = 4
"""A page holds at least this many lines of text besides its footer: never a line or two."""


def render(source: Path, target: Path, *args: str) -> Path:
    result = planverksted("render", source, "-o", target, *args)
    assert result.returncode == 0, result.stderr
    return target


@pytest.fixture(scope="module")
def printed(
    tmp_path_factory: pytest.TempPathFactory, print_browser: Any
) -> dict[tuple[str, str], Printed]:
    """(file stem, sheet) → the printed sheet, for every file and sheet; plus the seed in nn/en."""
    folder = tmp_path_factory.mktemp("print")
    pages = {}
    for source in FILES:
        for sheet, args in SHEETS.items():
            pages[source.stem, sheet] = render(
                source, folder / f"{source.stem}.{sheet}.html", *args
            )
    for language in ("nb", "nn", "en"):
        pages[f"seed-{language}", "compact"] = render(
            SEED, folder / f"seed-{language}.html", "--layout", "compact", "--lang", language
        )
    return dict(zip(pages, print_pages(print_browser, list(pages.values())), strict=True))


CASES = [(source.stem, sheet) for source in FILES for sheet in SHEETS]


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_the_seeds_compact_run_sheet_is_one_readable_page(
    printed: dict[tuple[str, str], Printed], language: str
) -> None:
    sheet = printed[f"seed-{language}", "compact"]
    assert sheet.page_count == 1
    assert min(text["pt"] for text in sheet.fonts) >= 9
    text = sheet.pages[0]
    # Every block and part at its clock time, and the method's steps at theirs.
    dot = ":" if language == "en" else "."
    for time in ("13.00–13.10", "13.55–14.10", "14.15–14.30", "15.55–16.00"):
        assert time.replace(".", dot) in text
    for step in ("13.55–13.57", "13.57–14.09", "14.09–14.14", "14.45–14.47"):
        assert step.replace(".", dot) in text
    # The time column is bold: the current block is found by its time at a glance.
    times = [text for text in sheet.fonts if "th.time" in text["path"].split(" > ")[-1]]
    assert times and all(text["weight"] >= 700 for text in times)


@pytest.mark.parametrize(("stem", "sheet"), CASES)
def test_no_block_task_card_or_question_set_is_split(
    printed: dict[tuple[str, str], Printed], stem: str, sheet: str
) -> None:
    document = printed[stem, sheet]
    assert document.boxes, "nothing was marked"
    assert document.split_boxes() == []


@pytest.mark.parametrize(("stem", "sheet"), CASES)
def test_no_page_is_nearly_empty(
    printed: dict[tuple[str, str], Printed], stem: str, sheet: str
) -> None:
    document = printed[stem, sheet]
    for page in range(1, document.page_count + 1):
        assert len(document.content_lines(page)) >= MIN_LINES, (page, document.pages[page - 1])


@pytest.mark.parametrize(("stem", "sheet"), CASES)
def test_printed_text_is_never_below_nine_points(
    printed: dict[tuple[str, str], Printed], stem: str, sheet: str
) -> None:
    small = [text for text in printed[stem, sheet].fonts if text["pt"] < 9]
    assert small == []


@pytest.mark.parametrize("stem", [source.stem for source in FILES])
def test_the_handout_is_set_for_a_council(
    printed: dict[tuple[str, str], Printed], stem: str
) -> None:
    handout = printed[stem, "participant"]
    # Body text (titles of rows, questions, goals, descriptions) at 11 pt or more.
    body = [
        text
        for text in handout.fonts
        if text["path"].split(" > ")[-1] in ("span.title", "span.question", "li", "p.description")
    ]
    assert body and min(text["pt"] for text in body) >= 11
    # The evaluation stands alone on the last page, with the workshop's title on it.
    last = handout.content_lines(handout.page_count)
    evaluation = {"nb": "Evaluering", "nn": "Evaluering", "en": "Evaluation"}
    assert any(line.strip() in evaluation.values() for line in last), last
    title = handout.content_lines(1)[1]  # under "Program for deltakere"
    assert last[0].startswith(title[:20])
    intro = ("Vi vil gjerne høre", "Vi vil gjerne høyre", "We would like to hear")
    with_form = [
        n for n, text in enumerate(handout.pages, 1) if text.strip() and intro_in(text, intro)
    ]
    assert with_form == [handout.page_count]


def intro_in(text: str, intros: tuple[str, ...]) -> bool:
    flat = " ".join(text.split())
    return any(intro in flat for intro in intros)


def test_the_evaluation_page_has_the_title_and_date(
    printed: dict[tuple[str, str], Printed],
) -> None:
    handout = printed[SEED.stem, "participant"]
    assert handout.page_count == 4
    assert handout.content_lines(4)[:2] == [
        "Arbeidsverksted for kommunestyret · torsdag 18. april 2024",
        "Evaluering",
    ]


def test_the_seeds_full_run_sheet_has_preparations_first_and_no_jargon(
    printed: dict[tuple[str, str], Printed],
) -> None:
    sheet = printed[SEED.stem, "facilitator"]
    assert sheet.page_count == 3
    first = "\n".join(sheet.content_lines(1))
    assert first.index("Forberedelser") < first.index("Merknader fra kontrollen")
    everything = "\n".join("\n".join(sheet.content_lines(n)) for n in range(1, 4))
    assert "13.15–13.20: 5 min uten plan" in everything
    assert "13.55–14.10: IGP tar 19 min, men det er satt av 15 min" in everything
    for jargon in ("checks:", "kind:", "max_without_break", "hint", "→"):
        assert jargon not in everything
    # On paper the way to a group task is named, as a link cannot be followed.
    assert "(se Gruppeoppgave 1 under Gruppearbeid)" in " ".join(everything.split())


@pytest.mark.parametrize("sheet", list(SHEETS))
def test_each_day_starts_a_new_page(printed: dict[tuple[str, str], Printed], sheet: str) -> None:
    for stem in (TWO_DAYS.stem, "samling-to-dager"):
        document = printed[stem, sheet]
        starts = []
        for page in range(1, document.page_count + 1):
            lines = document.content_lines(page)
            for number, line in enumerate(lines):
                if line.startswith(("Dag 2", "Day 2")):
                    starts.append((page, number))
        # Day 2's heading is the first line of its page.
        assert len(starts) == 1, starts
        assert starts[0][0] > 1 and starts[0][1] == 0


def test_the_measures_can_fail(tmp_path: Path, print_browser: Any) -> None:
    """A block taller than a page is reported split; 7 pt text is reported small."""
    page = tmp_path / "split.html"
    page.write_text(
        "<!DOCTYPE html><html><head><style>@page { size: A4; margin: 15mm }</style></head>"
        "<body><table class='agenda-table'><tbody><tr><td style='height: 400mm'>Tall</td>"
        "</tr></tbody></table><p style='font-size: 7pt'>Small</p></body></html>",
        encoding="utf-8",
    )
    document = print_page(print_browser, page)
    assert document.page_count == 2
    assert document.split_boxes() == [("Tall", 1, 2)]
    assert [text["text"] for text in document.fonts if text["pt"] < 9] == ["Small"]
