"""The PDF keeps the printed HTML's promises: read back from the PDF Typst makes.

For the seed, both examples and every starter, in nb, nn and en, and for each sheet (the
facilitator's run-sheet, the compact one, the participants' handout): page count, font
sizes, what is on which page, no block or task card split, no nearly empty page, each day
on a page of its own, the evaluation alone on the handout's last page with the title and
date, real page numbers where paper refers to a group task, and the logo clear of
everything. The PDFs are built once per test session, cached by what they are made from.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from documents import missing_in_order
from paper import PDFTOTEXT, Paper, content_key, figure_boxes, overlap, read, word_boxes
from planverksted.analysis import Analysis, analyse_file, analyse_text
from planverksted.runsheet import formats
from planverksted.runsheet.formats import Job

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
STARTERS = sorted((ROOT / "src" / "planverksted" / "workshop" / "starters").glob("*.yaml"))
FILES = [SEED, *sorted(set(EXAMPLES.glob("*.yaml")) - {SEED}), *STARTERS]
LANGUAGES = ["nb", "nn", "en"]
SHEETS = {
    "facilitator": ("facilitator", "full"),
    "compact": ("facilitator", "compact"),
    "participant": ("participant", "full"),
}
MIN_LINES = 4
"""A page holds at least this many lines besides its footer: never a line or two alone."""
TIME = re.compile(r"^\d\d[.:]\d\d–\d\d[.:]\d\d$")

Make = Callable[[Path, str, str], tuple[Paper, dict[str, Any]]]


@pytest.fixture(scope="session")
def analyses() -> dict[Path, Analysis]:
    return {path: analyse_file(str(path)) for path in FILES}


@pytest.fixture(scope="session")
def pdf_cache() -> dict[str, Paper]:
    """Built PDFs by what they are made from (template and data): each built once a session."""
    return {}


def build(
    cache: dict[str, Paper], analysis: Analysis, audience: str, language: str | None, layout: str
) -> tuple[Paper, dict[str, Any]]:
    job = Job(analysis, audience, language, options={"layout": layout})
    key = content_key(job.view, layout)
    if key not in cache:
        cache[key] = read(formats.get("pdf").render(job))
    return cache[key], dict(job.view)


@pytest.fixture(scope="session")
def make(analyses: dict[Path, Analysis], pdf_cache: dict[str, Paper]) -> Make:
    def made(file: Path, sheet: str, language: str) -> tuple[Paper, dict[str, Any]]:
        audience, layout = SHEETS[sheet]
        return build(pdf_cache, analyses[file], audience, language, layout)

    return made


CASES = [
    pytest.param(file, sheet, language, id=f"{file.stem}-{sheet}-{language}")
    for file in FILES
    for sheet in SHEETS
    for language in LANGUAGES
]


# The compact sheet.


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_seeds_compact_pdf_is_one_page_with_steps_inline_at_their_times(
    make: Make, language: str
) -> None:
    paper, view = make(SEED, "compact", language)
    assert paper.page_count == 1
    assert min(paper.sizes()) >= 9
    assert paper.body_size() >= 9
    # The rows' titles at the compact sheet's body size (steps and notes at 9 pt).
    titles = {
        row["title"]
        for day in view["days"]
        for block in day["blocks"]
        for row in [block, *block["parts"]]
    }
    pills = {
        row["kind_label"]
        for day in view["days"]
        for block in day["blocks"]
        for row in [block, *block["parts"]]
    }
    sized = [run for run in paper.runs[0] if run.text in titles - pills]
    assert len(sized) >= 10 and min(run.size for run in sized) >= 9.5
    lines = paper.lines(1)
    dot = ":" if language == "en" else "."
    # Every block and part at its clock time.
    for time in ("13.00–13.10", "13.40–14.15", "13.55–14.10", "14.15–14.30", "15.55–16.00"):
        assert any(line.startswith(time.replace(".", dot)) for line in lines), time
    # Each method step on a line of its own, at its clock time, inside its row.
    steps = [step for task in view["group_tasks"] for step in task["method"]["steps"]]
    assert len(steps) == 6
    for step in steps:
        assert any(f"{step['time']} {step['title']}" in line for line in lines), step
    # No task cards, no goals: the compact sheet is the agenda.
    labels = view["labels"]
    assert paper.pages_with(f"{labels['task']} 1") == []
    assert paper.pages_with(labels["goals"]) == []
    # The time column is bold, every row's time.
    times = [run for run in paper.runs[0] if TIME.match(run.text)]
    assert len(times) >= 15
    assert all(run.bold for run in times), [run for run in times if not run.bold]


# The participants' handout.


@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_handout_pdf_is_set_for_a_council_with_the_evaluation_to_tear_off(
    make: Make, file: Path, language: str
) -> None:
    paper, view = make(file, "participant", language)
    assert paper.body_size() >= 11
    assert min(paper.sizes()) >= 9
    if not view["evaluation"]:
        return
    labels, workshop = view["labels"], view["workshop"]
    last = paper.lines(paper.page_count)
    # The last page is the evaluation, headed by the workshop's title and date, and only it.
    heading = workshop["title"] + (f" · {workshop['date']}" if workshop["date"] else "")
    assert "".join(" ".join(last[:3]).split()).startswith("".join(heading.split())), last[:3]
    assert labels["evaluation"] in last
    assert paper.pages_with(labels["evaluation_intro"]) == [paper.page_count]
    assert missing_in_order("\n".join(last), view["evaluation"]) == []
    if paper.page_count > 1:
        assert (
            paper.pages_with(labels["task"]) == []
            or max(paper.pages_with(labels["task"])) < paper.page_count
        )


def test_the_seeds_handout_evaluation_page_reads_as_a_form(make: Make) -> None:
    paper, _ = make(SEED, "participant", "nb")
    assert paper.lines(paper.page_count)[:4] == [
        "Arbeidsverksted for kommunestyret · torsdag 18. april 2024",
        "Evaluering",
        "Vi vil gjerne høre hva du syntes. Noen få ord er nok.",
        "1. Hvor nyttig er disse øvelsene for deg og din kommune?",
    ]


# Every sheet.


@pytest.mark.parametrize(("file", "sheet", "language"), CASES)
def test_every_pdf_keeps_the_paper_promises(
    make: Make, file: Path, sheet: str, language: str
) -> None:
    paper, view = make(file, sheet, language)
    # Nothing under 9 pt.
    assert min(paper.sizes()) >= 9
    # No nearly empty page.
    for page in range(1, paper.page_count + 1):
        assert len(paper.lines(page)) >= MIN_LINES, (page, paper.lines(page))
    # No block split: its rows' times and titles, in order, on one page.
    for day in view["days"]:
        for block in day["blocks"]:
            rows = [block, *block["parts"]]
            # A title may wrap beside its kind and who: its first words stand by its time.
            items = [text for row in rows for text in (row["time"], row["title"][:12])]
            assert any(missing_in_order(page, items) == [] for page in paper.pages), items
    # No task card split: its heading, questions and steps on one page.
    if sheet != "compact":
        for task in view["group_tasks"]:
            items = [f"{task['heading']} · {task['time']}", *task["questions"]]
            if task["method"]:
                items += [step["time"] for step in task["method"]["steps"]]
            assert any(missing_in_order(page, items) == [] for page in paper.pages), items
    # Each day of several starts a page: its heading is the page's first line.
    if view["multi_day"]:
        for day in view["days"]:
            found = paper.pages_with(day["heading"])
            assert found, day["heading"]
            if day["number"] > 1:
                first = paper.lines(found[0])[0]
                assert found[0] > 1
                assert "".join(first.split()).startswith("".join(day["heading"].split())[:20]), (
                    day["heading"],
                    first,
                )


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("sheet", ["facilitator", "compact"])
def test_findings_are_worded_for_the_facilitator(make: Make, sheet: str, language: str) -> None:
    paper, _ = make(SEED, sheet, language)
    text = " ".join(" ".join(page.split()) for page in paper.pages)
    gap = {
        "nb": "13.15–13.20: 5 min uten plan",
        "nn": "13.15–13.20: 5 min utan plan",
        "en": "13:15–13:20: 5 min with nothing planned",
    }[language]
    method = {
        "nb": "13.55–14.10: IGP tar 19 min, men det er satt av 15 min",
        "nn": "13.55–14.10: IGP tek 19 min, men det er sett av 15 min",
        "en": "13:55–14:10: IGP takes 19 min, but only 15 min is set aside",
    }[language]
    assert gap in text
    assert method in text
    for jargon in ("checks:", "kind:", "max_without_break", "hint", "→"):
        assert jargon not in text


# Page references.


@pytest.mark.parametrize(
    ("language", "words"),
    [("nb", "se Gruppeoppgave {n} på side {page}"), ("nn", "sjå Gruppeoppgåve {n} på side {page}"),
     ("en", "see Group task {n} on page {page}")],
)  # fmt: skip
@pytest.mark.parametrize("file", [SEED, TWO_DAYS], ids=lambda path: path.stem)
@pytest.mark.parametrize("sheet", ["facilitator", "participant"])
def test_a_row_names_the_page_its_group_task_is_on(
    make: Make, file: Path, sheet: str, language: str, words: str
) -> None:
    paper, view = make(file, sheet, language)
    assert view["group_tasks"]
    for task in view["group_tasks"]:
        card = paper.pages_with(f"{task['heading']} · {task['time']}")
        assert len(card) == 1, task["heading"]
        reference = words.format(n=task["number"], page=card[0])
        assert paper.pages_with(reference), reference
    # No other page is named: each reference once, to its own card.
    text = "".join("".join(page.split()) for page in paper.pages)
    pattern = (
        re.escape("".join(words.split()))
        .replace(re.escape("{n}"), r"\d+")
        .replace(re.escape("{page}"), r"\d+")
    )
    assert len(re.findall(pattern, text)) == len(view["group_tasks"])


def test_a_page_reference_follows_its_card_to_a_later_page() -> None:
    """Many blocks push the cards further: the reference says the page they landed on."""
    text = (
        "planverksted: 1\ntitle: Lang\nstart: '8:00'\nagenda:\n"
        + "".join(f"  - {{title: Blokk {n}, duration: 5}}\n" for n in range(80))
        + "  - {title: Gruppe, kind: group, duration: 20, questions: [Hva nå?]}\n"
    )
    paper, _ = build({}, analyse_text(text), "facilitator", None, "full")
    card = paper.pages_with("Gruppeoppgave 1 · ")
    assert card and card[0] >= 3
    assert paper.pages_with(f"se Gruppeoppgave 1 på side {card[0]}")


# The logo.


def _png(width: int, height: int) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(b"\x00" + b"\x1d\x4f\x7a" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _svg(width: int, height: int) -> bytes:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><rect width="{width}" height="{height}" fill="#1d4f7a"/></svg>'
    ).encode()


LOGOS = {
    "wide.svg": _svg(200, 60),
    "wide.png": _png(1000, 100),
    "very-wide.svg": _svg(600, 60),
    "tall.svg": _svg(60, 200),
    "tall.png": _png(80, 400),
    "square.svg": _svg(100, 100),
    "square.png": _png(300, 300),
}
NATURAL = {"wide.svg": (200, 60), "wide.png": (1000, 100), "very-wide.svg": (600, 60), "tall.svg": (60, 200), "tall.png": (80, 400),
           "square.svg": (100, 100), "square.png": (300, 300)}  # fmt: skip
LONG_TITLE = (
    "Arbeidsverksted for kommunestyret om planstrategi, kommuneplanens samfunnsdel og samarbeid"
)


def logo_workshop(folder: Path, name: str) -> Path:
    (folder / name).write_bytes(LOGOS[name])
    source = folder / "verksted.yaml"
    text = SEED.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^title: .*$", f"title: {LONG_TITLE}", text)
    text = re.sub(r"(?m)^organiser: .*$", lambda m: m.group(0) + f"\norganiser_logo: {name}", text)
    source.write_text(text, encoding="utf-8")
    return source


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs poppler's pdftotext (Debian: poppler-utils)")
@pytest.mark.parametrize("name", list(LOGOS))
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_the_logo_in_the_pdf_never_overlaps_anything(
    tmp_path: Path, pdf_cache: dict[str, Paper], name: str, sheet: str
) -> None:
    analysis = analyse_file(str(logo_workshop(tmp_path, name)))
    audience, layout = SHEETS[sheet]
    paper, _ = build(pdf_cache, analysis, audience, None, layout)
    figures = figure_boxes(paper.data)
    assert len(figures) == 1
    page, logo = figures[0]
    assert page == 1
    x0, y0, x1, y1 = logo
    # The logo at its own proportions, of a size to be seen, inside the page's margins.
    natural = NATURAL[name]
    assert abs((x1 - x0) / (y1 - y0) - natural[0] / natural[1]) < 0.03 * natural[0] / natural[1], (
        logo
    )
    assert max(x1 - x0, y1 - y0) >= 30, logo
    assert x0 >= 28 and y0 >= 28 and x1 <= 595 - 28 and y1 <= 842 - 28, logo
    words = [(word, box) for number, word, box in word_boxes(paper.data) if number == 1]
    assert any(word == "planstrategi," for word, _ in words)  # the long title is there
    assert [(word, box) for word, box in words if overlap(box, logo)] == []


LONG = """\
planverksted: 1
title: Et svært langt verkstedsnavn om kommuneplanens samfunnsdel, arealdelen og handlingsdelen
date: 2024-04-18
start: "09:00"
agenda:
  - title: Innledning med en lang tittel som går over mange linjer i kolonnen for hva som skjer
    duration: 20
  - title: Gruppearbeid med lange spørsmål
    kind: group
    duration: 60
    method: 1-2-4-all
    questions:
      - Hva er den viktigste kunnskapen vi har om befolkningsutviklingen og arealbruken i kommunen?
      - Hvilke tre utfordringer bør kommunestyret prioritere i planperioden, og hvorfor akkurat disse?
      - Hva skal være annerledes om tolv år, og hvordan vil vi merke det i hverdagen?
      - Hvem må vi samarbeide med for å få det til?
      - Hva trenger vi å vite mer om før vi vedtar planstrategien?
      - Hva er det første konkrete steget?
  - {title: Pause, kind: break, duration: 15}
"""


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_tall_task_card_that_fits_a_page_is_kept_whole(language: str) -> None:
    """Six questions with lines to write on: the card moves whole to the next page."""
    paper, view = build({}, analyse_text(LONG), "participant", language, "full")
    task = view["group_tasks"][0]
    items = [f"{task['heading']} · {task['time']}", *task["questions"]]
    items += [step["time"] for step in task["method"]["steps"]]
    assert [n for n, page in enumerate(paper.pages, 1) if missing_in_order(page, items) == []] == [
        2
    ]


# The logo on the printed HTML: the same logos, measured in Chromium under print media at
# the width of an A4 page's text (210 mm less the 14 mm margins of style.css's @page).

_LOGO_BOXES = """
() => {
  const logo = document.querySelector("img.logo");
  if (!logo) return null;
  const box = logo.getBoundingClientRect();
  const hits = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      const x = Math.min(r.right, box.right) - Math.max(r.left, box.left);
      const y = Math.min(r.bottom, box.bottom) - Math.max(r.top, box.top);
      if (x > 0.5 && y > 0.5) hits.push(node.textContent.trim().slice(0, 40));
    }
  }
  const page = document.documentElement.clientWidth;
  return {left: box.left, right: box.right, width: box.width, height: box.height, page, hits};
}
"""


def _logo_boxes(browser: Any, page: Path, width: int, media: str) -> Any:
    """The logo's box and the text it overlaps, on ``page`` at ``width`` px under ``media``,
    in a tab of the test process's printing browser (conftest.py)."""
    with browser.tabs(1) as (session,):
        browser.send(
            "Emulation.setDeviceMetricsOverride", session,
            width=width, height=1000, deviceScaleFactor=1, mobile=media == "screen",
        )  # fmt: skip
        browser.send("Emulation.setEmulatedMedia", session, media=media)
        browser.send("Page.navigate", session, url=page.as_uri())
        browser.wait_for("Page.loadEventFired", session)
        return browser.send(
            "Runtime.evaluate", session, expression=f"({_LOGO_BOXES})()", returnByValue=True
        )["result"]["value"]


def _assert_clear(found: Any, name: str) -> None:
    assert found is not None
    assert found["hits"] == []
    assert found["width"] > 10 and found["height"] > 10
    assert found["left"] >= 0 and found["right"] <= found["page"] + 0.5
    natural = NATURAL[name]
    assert (
        abs(found["width"] / found["height"] - natural[0] / natural[1])
        < 0.05 * natural[0] / natural[1]
    )


@pytest.mark.xdist_group("chromium-logo")
@pytest.mark.parametrize("name", list(LOGOS))
@pytest.mark.parametrize("sheet", list(SHEETS))
def test_the_logo_in_the_printed_html_never_overlaps_anything(
    tmp_path: Path, print_browser: Any, name: str, sheet: str
) -> None:
    audience, layout = SHEETS[sheet]
    analysis = analyse_file(str(logo_workshop(tmp_path, name)))
    page = tmp_path / "k.html"
    page.write_text(formats.get("html").render(Job(analysis, audience, options={"layout": layout})))
    _assert_clear(_logo_boxes(print_browser, page, 688, "print"), name)


@pytest.mark.xdist_group("chromium-logo")
@pytest.mark.parametrize("name", list(LOGOS))
@pytest.mark.parametrize("width", [360, 390, 768, 1280])
def test_the_logo_on_a_screen_never_overlaps_anything_nor_runs_off_it(
    tmp_path: Path, print_browser: Any, name: str, width: int
) -> None:
    # A phone shows the logo above the title, no wider than the screen; the page never
    # scrolls sideways because of it.
    analysis = analyse_file(str(logo_workshop(tmp_path, name)))
    page = tmp_path / "k.html"
    page.write_text(formats.get("html").render(Job(analysis, "facilitator", options={})))
    found = _logo_boxes(print_browser, page, width, "screen")
    _assert_clear(found, name)
    assert found["right"] <= width


def _tagged_languages(data: bytes) -> dict[str, int]:
    """How many structure elements of the tagged PDF carry each ``/Lang``."""
    import io

    from pypdf import PdfReader

    found: dict[str, int] = {}

    def walk(node: Any) -> None:
        node = node.get_object()
        if hasattr(node, "keys"):
            if "/Lang" in node:
                found[str(node["/Lang"])] = found.get(str(node["/Lang"]), 0) + 1
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(PdfReader(io.BytesIO(data)).trailer["/Root"]["/StructTreeRoot"])
    return found


@pytest.mark.parametrize(
    ("file", "language", "own"),
    [(SEED, "en", "nb-NO"), (SEED, "nn", "nb-NO"), (TWO_DAYS, "nb", "nn-NO"), (TWO_DAYS, "en", "nn-NO")],
)  # fmt: skip
def test_the_files_own_text_in_the_pdf_is_tagged_with_its_language(
    make: Make, file: Path, language: str, own: str
) -> None:
    paper, view = make(file, "facilitator", language)
    tagged = _tagged_languages(paper.data)
    # The title, every row's title, the questions, the goals: at least one element each.
    rows = sum(
        len(day["blocks"]) + sum(len(b["parts"]) for b in day["blocks"]) for day in view["days"]
    )
    assert set(tagged) == {own}
    assert tagged[own] >= rows


@pytest.mark.parametrize("file", [SEED, TWO_DAYS], ids=lambda path: path.stem)
def test_a_pdf_in_the_files_own_language_tags_no_part_with_another(make: Make, file: Path) -> None:
    language = "nb" if file == SEED else "nn"
    paper, _ = make(file, "facilitator", language)
    assert _tagged_languages(paper.data) == {}


SOFT = rb"0\.9568\d* 0\.9647\d* 0\.9725\d* scn"
"""The fill of a break's band on the compact sheet (#f4f6f8, as style.css shades it)."""


@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
def test_the_compact_pdf_sets_each_break_and_meal_apart(make: Make, file: Path) -> None:
    import io

    from pypdf import PdfReader

    paper, view = make(file, "compact", "nb")
    pages = PdfReader(io.BytesIO(paper.data)).pages
    content = b"".join(page.get_contents().get_data() for page in pages)
    breaks = [b for day in view["days"] for b in day["blocks"] if b["kind"] in ("break", "meal")]
    # One shaded band, ruled above and below, for each break or meal, and nothing else shaded.
    assert len(re.findall(SOFT, content)) == len(breaks)
