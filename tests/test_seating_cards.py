"""A table's card holds what its table needs, however much that is, and the table list
every name of a table taller than a page (issue #22, probe F7).

The card is laid out by :mod:`planverksted.runsheet.card_pages` (which sheet, which column,
what size) and drawn by the HTML and Typst templates. These tests fill cards with a council
of long names in large tables over three rounds, long questions and a twelve-step method,
and read the printed PDFs (Chromium's and Typst's) word by word with ``pdftotext -bbox``:
every name and every step's clock time is on its table's sheets, no word lies on another,
none crosses the line to cut along or leaves the sheet, and none is set below 9 pt.
"""

from __future__ import annotations

import math
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from planverksted.analysis import Analysis, analyse_file
from planverksted.runsheet import card_pages as fit
from planverksted.runsheet.card_pages import Entry, Section, card_pages, text_width, wrap
from planverksted.runsheet.formats import Job, get
from planverksted.runsheet.seating_view import CardView
from planverksted.runsheet.view import build_context
from printing import MISSING, SKIP_REASON, Printed, print_pages

LANGUAGES = ("nb", "nn", "en")
SHEET_OF = {
    "nb": "Kort {number} av {count}",
    "nn": "Kort {number} av {count}",
    "en": "Card {number} of {count}",
}
A4_HEIGHT = 841.89
A4_WIDTH = 595.28
ASCENT_DESCENT = 1.14
"""A word's box in ``pdftotext -bbox`` is about this many of its font's size high (Libertinus
Serif 1.14, Liberation Sans 1.15): the least box height tells the least size."""


# -- the layout itself ----------------------------------------------------------------------


def _names(count: int, width: int = 1) -> list[Entry]:
    return [Entry("name", f"Deltaker med et langt navn {'x' * width} {n}") for n in range(count)]


def _people(rounds: int, size: int) -> list[Section]:
    return [(Entry("heading", f"Runde {r}"), _names(size)) for r in range(1, rounds + 1)]


def _work(questions: int, steps: int) -> list[Section]:
    sections: list[Section] = []
    if questions:
        text = "Hva er det viktigste kommunen skal få til de neste tolv årene, og hvem må være med?"
        sections.append(
            (
                Entry("heading", "Spørsmål"),
                [Entry("question", text, number=n) for n in range(1, questions + 1)],
            )
        )
    if steps:
        sections.append(
            (
                Entry("heading", "Metode: Lang"),
                [
                    Entry(
                        "step",
                        f"Steg {n} med en lang forklaring av hva gruppen gjør",
                        time="09.00–09.05",
                    )
                    for n in range(steps)
                ],
            )
        )
    return sections


def _texts(pages: list[fit.CardPage]) -> list[str]:
    return [item["text"] for page in pages for column in page["columns"] for item in column]


def _room(header: float) -> float:
    return (fit.SHEET_HEIGHT - 2 * fit.PAD_Y - header - fit.RULE_GAP) * fit.SLACK


@pytest.mark.parametrize(
    ("rounds", "size", "questions", "steps", "sheets", "points"),
    [
        (1, 5, 3, 3, 1, 12.0),  # a small card: one sheet, the card's own size
        (3, 6, 5, 3, 1, None),  # a café dialogue of 6 a table: one sheet, set smaller
        (3, 8, 5, 12, 2, 9.0),  # tables of 8, a long method: two sheets at the floor
        (2, 20, 8, 12, 2, 9.0),  # two tables of 20: two sheets
        (20, 20, 40, 40, 14, 9.0),  # the caps' worth: every line still there
    ],
)
def test_a_card_takes_the_sheets_it_needs_and_loses_nothing(
    rounds: int, size: int, questions: int, steps: int, sheets: int, points: float | None
) -> None:
    people, work = _people(rounds, size), _work(questions, steps)
    pages = card_pages(people, work, 14.0, "Kort {number} av {count}")
    assert len(pages) == sheets
    if points is not None:
        assert {page["size"] for page in pages} == {points}
    assert all(fit.FLOOR <= page["size"] <= fit.LARGEST for page in pages)
    assert [page["sheet"] for page in pages] == (
        [None] if sheets == 1 else [f"Kort {n} av {sheets}" for n in range(1, sheets + 1)]
    )
    # Every entry once, in order; a heading only again where its list goes on.
    expected = [entry.text for heading, items in [*people, *work] for entry in (heading, *items)]
    headings = {heading.text for heading, _ in [*people, *work]}
    shown = _texts(pages)
    assert [text for text in shown if text not in headings] == [
        text for text in expected if text not in headings
    ]
    for page in pages:
        for column in page["columns"]:
            entries = [
                Entry(i["kind"], i["text"], i["number"], i["time"], i["mark"]) for i in column
            ]
            assert fit._column_height(entries, page["size"]) <= _room(14.0) + 1e-9
            assert (
                not column or column[-1]["kind"] != "heading"
            )  # never a heading alone at the foot
            assert [item["first"] for item in column] == [i == 0 for i in range(len(column))]


def test_a_question_longer_than_a_column_is_cut_at_a_line_and_kept_whole() -> None:
    words = [f"ord{n}" for n in range(900)]
    question = Entry("question", " ".join(words), number=1)
    pages = card_pages([], [(Entry("heading", "Spørsmål"), [question])], 14.0, "{number}/{count}")
    assert len(pages) > 1
    pieces = [t for t in _texts(pages) if t != "Spørsmål"]
    assert " ".join(pieces).split() == words
    numbers = [
        i["number"] for p in pages for c in p["columns"] for i in c if i["kind"] == "question"
    ]
    assert numbers == [1] + [None] * (len(pieces) - 1)  # the number once, at its start


@pytest.mark.parametrize(
    ("text", "width", "lines"),
    [
        ("", 10.0, [""]),
        ("Kari Nordmann", 100.0, ["Kari Nordmann"]),
        ("aaaa bbbb cccc", text_width("aaaa bbbb"), ["aaaa bbbb", "cccc"]),
        ("x" * 30, text_width("x" * 10), ["x" * 10, "x" * 10, "x" * 10]),
    ],
)
def test_wrap_breaks_at_spaces_and_inside_a_word_only_when_it_must(
    text: str, width: float, lines: list[str]
) -> None:
    assert wrap(text, width) == lines


def test_widths_are_arials() -> None:
    assert text_width("i") == pytest.approx(0.28)  # Arial: 0.222 regular, 0.278 bold → 0.28
    assert text_width("W") == pytest.approx(0.95)
    assert text_width("–") == pytest.approx(0.56)
    assert text_width("漢") == 1.0


# -- on paper --------------------------------------------------------------------------------

STEP_TITLES = {
    "nb": "Steg {n}: gruppen drøfter spørsmålet og skriver ned det viktigste på en lapp",
    "nn": "Steg {n}: gruppa drøftar spørsmålet og skriv ned det viktigaste på ein lapp",
    "en": "Step {n}: the group discusses the question and writes the main points on a note",
}
QUESTION = {
    "nb": "Hva er det viktigste kommunen skal få til de neste tolv årene, og hvem må være med? ({n})",
    "nn": "Kva er det viktigaste kommunen skal få til dei neste tolv åra, og kven må vere med? ({n})",
    "en": "What is the most important thing the council must achieve, and who must take part? ({n})",
}


def _council(language: str, folder: Path, count: int = 32) -> Path:
    """``count`` long names in tables of 8, three rounds, 8 long questions, a 12-step method."""
    people = "\n".join(
        f'  - {{name: "Kari Nordmann-Haugland Storvik {n}", party: P{n % 5}}}'
        for n in range(1, count + 1)
    )
    steps = "\n".join(
        f'      - {{title: "{STEP_TITLES[language].format(n=n)}", duration: 5}}'
        for n in range(1, 13)
    )
    questions = "\n".join(f'      - "{QUESTION[language].format(n=n)}"' for n in range(1, 9))
    text = f"""planverksted: 1
title: Kommunestyret
language: {language}
date: 2024-04-18
start: "09:00"
participants:
{people}
tables: {{size: 8, mix: [party]}}
methods:
  lang:
    name: Lang metode
    steps:
{steps}
agenda:
  - title: "Gruppearbeid om kommuneplanens samfunnsdel, med en lang tittel over to linjer"
    kind: group
    method: lang
    duration: 60
    groups: {{rounds: 3}}
    questions:
{questions}
"""
    path = folder / f"council-{language}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@dataclass
class Word:
    page: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def _words(pdf: Path) -> list[Word]:
    xml = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ET.fromstring(
        re.sub(r"<!DOCTYPE[^>]*>", "", xml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    )
    words = []
    for number, page in enumerate(root.iter("page")):
        for word in page.iter("word"):
            box = [float(word.get(k, "0")) for k in ("xMin", "yMin", "xMax", "yMax")]
            words.append(Word(number, *box, word.text or ""))
    return words


def _sheet_text(words: list[Word], sheet: int) -> str:
    """The text of the n-th A5 sheet (two on each A4 page, top then bottom)."""
    page, half = divmod(sheet, 2)
    on = [w for w in words if w.page == page and (w.y0 >= A4_HEIGHT / 2) == bool(half)]
    return " ".join(w.text for w in on)


def _overlaps(words: list[Word], core: float = 1.0) -> list[tuple[str, str]]:
    """Pairs of words whose boxes overlap; with ``core`` below 1, only the middle of each box
    that high is compared (the letters' body, for text whose lines are set closer than the
    font's full height, as Typst's default lines are)."""
    found = []
    by_page: dict[int, list[Word]] = {}
    for word in words:
        cut = (word.y1 - word.y0) * (1 - core) / 2
        box = Word(word.page, word.x0, word.y0 + cut, word.x1, word.y1 - cut, word.text)
        by_page.setdefault(word.page, []).append(box)
    for page in by_page.values():
        page.sort(key=lambda w: w.y0)
        for index, a in enumerate(page):
            for b in page[index + 1 :]:
                if b.y0 >= a.y1 - 0.5:
                    break
                if (
                    min(a.x1, b.x1) - max(a.x0, b.x0) > 0.5
                    and min(a.y1, b.y1) - max(a.y0, b.y0) > 0.5
                ):
                    found.append((a.text, b.text))
    return found


def _check_sheets(pdf: Path, cards: list[CardView], language: str) -> None:
    words = _words(pdf)
    sheets = sum(len(card["pages"]) for card in cards)
    assert max(w.page for w in words) + 1 == math.ceil(sheets / 2)  # no sheet grew
    assert _overlaps(words) == []
    for word in words:
        assert word.x0 >= 0 and word.x1 <= A4_WIDTH, word
        assert (word.y0 < A4_HEIGHT / 2) == (word.y1 <= A4_HEIGHT / 2), word  # never on the cut
        assert word.y1 - word.y0 >= 9 * ASCENT_DESCENT * 0.97, word  # nothing below 9 pt
    index = 0
    for card in cards:
        pages = card["pages"]
        text = " ".join(_sheet_text(words, index + n) for n in range(len(pages)))
        assert all(
            _sheet_text(words, index + n).startswith(str(card["label"])) for n in range(len(pages))
        )
        for seating_round in card["rounds"]:
            for name in seating_round["members"]:
                assert f"{name} " in f"{text} ", (card["label"], name)
        for step in card["steps"]:
            assert step["time"] in text, (card["label"], step)
        for n in range(1, 9):
            assert f"({n})" in text
        if len(pages) > 1:
            for n in range(1, len(pages) + 1):
                sheet = SHEET_OF[language].format(number=n, count=len(pages))
                assert sheet in _sheet_text(words, index + n - 1)
        index += len(pages)


@pytest.fixture(scope="module")
def councils(
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, tuple[Path, list[CardView]]]:
    folder = tmp_path_factory.mktemp("cards")
    made = {}
    for language in LANGUAGES:
        analysis = analyse_file(str(_council(language, folder)))
        html = get("html").render(Job(analysis, options={"layout": "cards"}))
        page = folder / f"cards-{language}.html"
        page.write_text(str(html), encoding="utf-8")
        view = build_context(analysis, layout="cards")
        assert view["seating"] is not None
        made[language] = (page, view["seating"]["cards"])
    return made


needs_poppler = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)"
)


@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_typst_cards_hold_every_name_and_step_and_never_overprint(
    councils: dict[str, tuple[Path, list[CardView]]], language: str, tmp_path: Path
) -> None:
    pytest.importorskip("typst")
    page, cards = councils[language]
    assert any(len(card["pages"]) > 1 for card in cards)
    analysis = analyse_file(str(page.with_name(f"council-{language}.yaml")))
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(bytes(get("pdf").render(Job(analysis, options={"layout": "cards"}))))
    _check_sheets(pdf, cards, language)


@pytest.fixture(scope="module")
def big_table(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    """A council at one table: 80 long names, three rounds, a box taller than a page."""
    source = _council("nb", tmp_path_factory.mktemp("big"), BIG)
    source.write_text(
        source.read_text(encoding="utf-8").replace("{size: 8,", "{count: 1,"), encoding="utf-8"
    )
    return analyse_file(str(source))


BIG = 80


def _every_name_in_every_round(text: str) -> None:
    """All the names three times: a name broken at its hyphen at a line's end is joined."""
    joined = " ".join(re.sub(r"-\s*\n\s*", "-", text).split())
    numbers = re.findall(r"Kari Nordmann-Haugland Storvik (\d+)\b", joined)
    assert Counter(numbers) == {str(n): 3 for n in range(1, BIG + 1)}


@needs_poppler
def test_the_typst_table_list_goes_on_over_pages_for_a_table_taller_than_one(
    big_table: Analysis, tmp_path: Path
) -> None:
    pytest.importorskip("typst")
    pdf = tmp_path / "tables.pdf"
    pdf.write_bytes(bytes(get("pdf").render(Job(big_table, options={"layout": "tables"}))))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout  # -layout: without it, a line ending in a name's own hyphen loses the hyphen
    _every_name_in_every_round(text)
    words = _words(pdf)
    assert _overlaps(words, core=0.6) == []
    # Nothing below the page's text: the footer (its page number) is the lowest line.
    lowest = max(w.y1 for w in words if w.text.startswith("Side"))
    assert all(w.y1 <= lowest and w.x1 <= A4_WIDTH for w in words)


@pytest.fixture(scope="module")
def printed(
    councils: dict[str, tuple[Path, list[CardView]]],
    big_table: Analysis,
    tmp_path_factory: pytest.TempPathFactory,
    print_browser: Any,
) -> dict[str, Printed]:
    """Each language's cards and the big table's list printed by Chromium, side by side in
    one browser."""
    if MISSING:
        pytest.skip(SKIP_REASON)
    tables = tmp_path_factory.mktemp("list") / "tables.html"
    tables.write_text(
        str(get("html").render(Job(big_table, options={"layout": "tables"}))), encoding="utf-8"
    )
    pages = [*(councils[language][0] for language in LANGUAGES), tables]
    prints = print_pages(print_browser, pages)
    return dict(zip([*LANGUAGES, "tables"], prints, strict=True))


@pytest.mark.slow
@pytest.mark.xdist_group("print")
def test_the_printed_table_list_goes_on_over_pages_for_a_table_taller_than_one(
    printed: dict[str, Printed],
) -> None:
    _every_name_in_every_round("\n".join(printed["tables"].pages))
    # The box starts under its heading, not on a page of its own after a page of headings.
    assert all("Storvik" in page for page in printed["tables"].pages)


@pytest.mark.slow
@pytest.mark.xdist_group("print")
@pytest.mark.parametrize("language", LANGUAGES)
def test_printed_cards_hold_every_name_and_step_and_never_overprint(
    councils: dict[str, tuple[Path, list[CardView]]],
    printed: dict[str, Printed],
    language: str,
    tmp_path: Path,
) -> None:
    pdf = tmp_path / "cards.pdf"
    pdf.write_bytes(printed[language].pdf)
    _check_sheets(pdf, councils[language][1], language)
    assert min(font["pt"] for font in printed[language].fonts) >= 9
