"""The HTML run-sheet as a browser, a printer and a screen reader meet it.

Checked on every golden HTML file: self-contained, the language set, real table
headers, headings in order, unique ids, balanced tags; and in the style sheet: A4
print rules, a phone layout, and colour pairs with a contrast of at least 4.5:1.
"""

from __future__ import annotations

import itertools
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from conftest import ROOT
from planverksted.runsheet.templating import builtin_template_text
from planverksted.workshop.model import KINDS

GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.html"))
VOID = {"meta", "link", "br", "hr", "img", "input", "col", "area", "base", "wbr", "source"}


class Page(HTMLParser):
    """What the checks need from a page: tags in order, headings, ids, attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []
        self.headings: list[int] = []
        self.ids: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if attributes.get("id"):
            self.ids.append(str(attributes["id"]))
        if re.fullmatch(r"h[1-6]", tag):
            self.headings.append(int(tag[1]))
        if tag not in VOID:
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self.problems.append(f"</{tag}> closes <{self.open[-1] if self.open else None}>")
            return
        self.open.pop()


def parsed(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


@pytest.fixture(params=GOLDEN, ids=[path.name for path in GOLDEN])
def page(request: pytest.FixtureRequest) -> tuple[Path, Page]:
    return request.param, parsed(request.param)


def test_there_are_html_pages_to_check() -> None:
    assert len(GOLDEN) >= 4


def test_tags_are_balanced_and_ids_unique(page: tuple[Path, Page]) -> None:
    _, parsed_page = page
    assert parsed_page.problems == []
    assert parsed_page.open == []
    assert len(parsed_page.ids) == len(set(parsed_page.ids))


def test_every_link_and_label_points_at_an_element(page: tuple[Path, Page]) -> None:
    _, parsed_page = page
    ids = set(parsed_page.ids)
    for _, attributes in parsed_page.tags:
        if str(attributes.get("href", "")).startswith("#"):
            assert str(attributes["href"])[1:] in ids, attributes
        if "aria-labelledby" in attributes:
            assert attributes["aria-labelledby"] in ids, attributes


def test_the_page_is_self_contained(page: tuple[Path, Page]) -> None:
    path, parsed_page = page
    text = path.read_text(encoding="utf-8")
    assert "<script" not in text
    assert "@import" not in text
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", text)
    for tag, attributes in parsed_page.tags:
        assert "src" not in attributes, tag
        if "href" in attributes:
            assert str(attributes["href"]).startswith("#"), attributes["href"]
        assert tag != "link"


def test_language_charset_and_viewport(page: tuple[Path, Page]) -> None:
    path, parsed_page = page
    html = next(attributes for tag, attributes in parsed_page.tags if tag == "html")
    expected = "en" if path.name.startswith("render-en") else None
    assert html["lang"] in ("nb", "nn", "en")
    if expected:
        assert html["lang"] == expected
    metas = [attributes for tag, attributes in parsed_page.tags if tag == "meta"]
    assert {"charset": "utf-8"} in metas
    assert {"name": "viewport", "content": "width=device-width, initial-scale=1"} in metas


def test_every_header_cell_has_a_scope(page: tuple[Path, Page]) -> None:
    _, parsed_page = page
    header_cells = [attributes for tag, attributes in parsed_page.tags if tag == "th"]
    assert header_cells
    assert all(cell.get("scope") in ("col", "row") for cell in header_cells)


def test_headings_go_h1_h2_h3_without_skips(page: tuple[Path, Page]) -> None:
    _, parsed_page = page
    levels = parsed_page.headings
    assert levels[0] == 1
    assert levels.count(1) == 1
    for before, after in itertools.pairwise(levels):
        assert after <= before + 1, levels


# The style sheet.

CSS = builtin_template_text("style.css")


def test_print_rules_for_a4() -> None:
    assert re.search(r"@page\s*\{[^}]*size:\s*A4", CSS)
    assert "print-color-adjust: exact" in CSS
    assert "-webkit-print-color-adjust: exact" in CSS
    print_rules = CSS[CSS.index("@media print") :]
    assert re.search(r"\.agenda-table tbody,[^{]*\{[^}]*break-inside:\s*avoid", print_rules)


def test_a_layout_for_phones() -> None:
    assert re.search(r"@media \(max-width: \d+rem\)", CSS)


def colour(name: str) -> str:
    match = re.search(rf"--{name}:\s*(#[0-9a-fA-F]{{6}});", CSS)
    assert match, name
    return match.group(1)


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: str, other: str) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_computed_as_wcag_defines_it() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_label_is_readable(kind: str) -> None:
    assert contrast(colour(f"kind-{kind}-fg"), colour(f"kind-{kind}-bg")) >= 4.5
    assert colour(f"kind-{kind}-bar")


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("ink", "#ffffff"),
        ("muted", "#ffffff"),
        ("muted", "soft"),
        ("accent", "#ffffff"),
        ("flag-ink", "flag-bg"),
        ("ink", "soft"),
        ("kind-group-fg", "#ffffff"),
    ],
)
def test_text_colours_are_readable(text: str, background: str) -> None:
    back = background if background.startswith("#") else colour(background)
    assert contrast(colour(text), back) >= 4.5
