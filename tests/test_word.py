"""Word reads as a planner's Word file: columns sized to their content, the file's own text
in the file's language, named styles a reference document restyles, the handout's form on
a page of its own. Checked in the XML, and (where LibreOffice is installed) on the pages
LibreOffice sets from the file: no time and no word broken inside a cell.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from planverksted.analysis import Analysis, analyse_file, analyse_text
from planverksted.runsheet import formats
from planverksted.runsheet.columns import text_width
from planverksted.runsheet.formats import Job

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
STARTERS = sorted((ROOT / "src" / "planverksted" / "workshop" / "starters").glob("*.yaml"))
FILES = [SEED, *sorted(set(EXAMPLES.glob("*.yaml")) - {SEED}), *STARTERS]
LANGUAGES = ["nb", "nn", "en"]
AUDIENCES = ["facilitator", "participant"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.fixture(scope="session")
def word_analyses() -> dict[Path, Analysis]:
    return {path: analyse_file(str(path)) for path in FILES}


def make(analysis: Analysis, audience: str = "facilitator", language: str | None = None) -> bytes:
    data: bytes = formats.get("docx").render(Job(analysis, audience, language))
    return data


def document(data: bytes) -> Any:
    import docx

    return docx.Document(io.BytesIO(data))


def xml(data: bytes, name: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


# Columns sized to their content.


@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("audience", AUDIENCES)
def test_every_table_fills_the_text_width_and_gives_a_time_its_line(
    word_analyses: dict[Path, Analysis], file: Path, audience: str
) -> None:
    data = make(word_analyses[file], audience)
    time_label = Job(word_analyses[file], audience).view["labels"]["time"]
    doc = document(data)
    section = doc.sections[0]
    text_width = (section.page_width - section.left_margin - section.right_margin) / 12700
    assert doc.tables
    for table in doc.tables:
        grid = [int(col.get(f"{W}w")) / 20 for col in table._tbl.tblGrid.iter(f"{W}gridCol")]
        assert abs(sum(grid) - text_width) < 2, (grid, text_width)
        headers = [cell.text for cell in table.rows[0].cells]
        if time_label not in headers:
            continue
        column = headers.index(time_label)
        times = [
            row.cells[column].paragraphs[0].runs[0]
            for row in table.rows[1:]
            if re.fullmatch(r"\d\d[.:]\d\d–\d\d[.:]\d\d(\n.*)?", row.cells[column].text)
        ]
        assert times
        for time in times:
            wanted = text_width_of(time.text, time.style.name == "Strong")
            assert wanted <= grid[column], (time.text, grid)


def text_width_of(time: str, bold: bool) -> float:
    """A time at the tables' size, with the cell's own margins (0.19 cm a side)."""
    return text_width(time, 10, bold=bold) + 2 * 0.19 * 28.35


def test_the_old_fixed_columns_are_gone(word_analyses: dict[Path, Analysis]) -> None:
    """The agenda's kind column fits "Gruppearbeid" and the title column has the most room."""
    doc = document(make(word_analyses[SEED]))
    widths = [column.width.cm for column in doc.tables[0].columns]
    assert widths[2] > 2.2 + 0.2  # the Type column that broke "Gruppea|rbeid"
    assert widths[1] == max(widths)


@pytest.fixture(scope="session")
def set_by_libreoffice(
    word_analyses: dict[Path, Analysis], tmp_path_factory: pytest.TempPathFactory
) -> dict[tuple[str, str, str], tuple[str, dict[str, Any]]]:
    """Every file and audience as Word in every language, set on pages by LibreOffice in one
    run (one start-up of LibreOffice, not one a language): (language, stem, audience) →
    (``pdftotext -bbox`` of the pages, the view). Its tests are one group (pytest-xdist), so
    that one worker makes it once."""
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.skip("needs LibreOffice (apt-get install libreoffice-writer-nogui) and pdftotext")
    if not _metric_fonts():
        # Without them LibreOffice sets Cambria and Calibri in DejaVu, a quarter wider than
        # Word ever would: what it breaks then says nothing about the file.
        pytest.skip(
            "needs Caladea and Carlito, Cambria's and Calibri's metrics "
            "(apt-get install fonts-crosextra-caladea fonts-crosextra-carlito)"
        )
    return _set_by_libreoffice(word_analyses, tmp_path_factory.mktemp("word"), LANGUAGES)


def _set_by_libreoffice(
    analyses: dict[Path, Analysis], folder: Path, languages: list[str]
) -> dict[tuple[str, str, str], tuple[str, dict[str, Any]]]:
    views = {}
    for language in languages:
        for file, analysis in analyses.items():
            for audience in AUDIENCES:
                name = f"{file.stem}.{audience}.{language}"
                (folder / f"{name}.docx").write_bytes(make(analysis, audience, language))
                views[language, file.stem, audience] = (
                    name,
                    Job(analysis, audience, language).view,
                )
    profile = folder / "profile"
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to",
         "pdf", "--outdir", str(folder), *sorted(str(p) for p in folder.glob("*.docx"))],
        capture_output=True, timeout=900, check=True, env={**os.environ, "HOME": str(folder)},
    )  # fmt: skip
    found = {}
    for key, (name, view) in views.items():
        words = subprocess.run(
            ["pdftotext", "-bbox", str(folder / f"{name}.pdf"), "-"],
            capture_output=True, text=True, encoding="utf-8", check=True, timeout=120,
        ).stdout  # fmt: skip
        found[key] = (words, dict(view))
    return found


def _metric_fonts() -> bool:
    """Whether fontconfig knows Caladea and Carlito (what LibreOffice sets Word's fonts in)."""
    if shutil.which("fc-list") is None:
        return False
    listed = subprocess.run(
        ["fc-list", ":", "family"], capture_output=True, text=True, encoding="utf-8", timeout=120
    ).stdout
    return "Caladea" in listed and "Carlito" in listed


def _words(bbox: str) -> list[str]:
    import html

    return [html.unescape(word) for word in re.findall(r"<word [^>]*>([^<]*)</word>", bbox)]


# One LibreOffice run sets every document: its tests share one worker (pytest-xdist).
@pytest.mark.xdist_group("libreoffice")
@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("language", LANGUAGES)
def test_libreoffice_sets_no_time_and_no_word_broken(
    set_by_libreoffice: dict[tuple[str, str, str], tuple[str, dict[str, Any]]],
    file: Path,
    audience: str,
    language: str,
) -> None:
    bbox, view = set_by_libreoffice[language, file.stem, audience]
    words = set(_words(bbox))
    rows = [
        row for day in view["days"] for block in day["blocks"] for row in [block, *block["parts"]]
    ]
    steps = [s for task in view["group_tasks"] if task["method"] for s in task["method"]["steps"]]
    # A time is one word on the page: "13.00–13.10", never "13.00–" and "13.10".
    broken_times = [item["time"] for item in rows + steps if item["time"] not in words]
    assert broken_times == []
    # Titles, kinds and names break only between words.
    texts = [row["title"] for row in rows] + [row["kind_label"] for row in rows]
    texts += [person["name"] for row in rows for person in row["who"]]
    wanted = {word for text in texts for word in text.split()}
    broken = sorted(word for word in wanted if word not in words)
    assert broken == []


# The file's own text in the file's language; named styles.


def _lang_of_runs(data: bytes) -> dict[str, set[str]]:
    """Each run's text → the languages its run properties name (none: the document's)."""
    from lxml import etree

    root = etree.fromstring(xml(data).encode("utf-8"))
    found: dict[str, set[str]] = {}
    for run in root.iter(f"{W}r"):
        text = "".join(t.text or "" for t in run.iter(f"{W}t")).strip()
        if not text:
            continue
        lang = run.find(f"{W}rPr/{W}lang")
        found.setdefault(text, set()).add(lang.get(f"{W}val") if lang is not None else "")
    return found


@pytest.mark.parametrize(
    ("file", "language", "own", "document_tag"),
    [
        (SEED, "en", "nb-NO", "en-GB"),
        (SEED, "nn", "nb-NO", "nn-NO"),
        (TWO_DAYS, "nb", "nn-NO", "nb-NO"),
        (TWO_DAYS, "en", "nn-NO", "en-GB"),
    ],
)
def test_the_files_own_text_is_marked_with_its_language(
    word_analyses: dict[Path, Analysis], file: Path, language: str, own: str, document_tag: str
) -> None:
    data = make(word_analyses[file], "facilitator", language)
    view = Job(word_analyses[file], "facilitator", language).view
    runs = _lang_of_runs(data)
    # The document speaks its language: its defaults, and every label unmarked.
    assert f'<w:lang w:val="{document_tag}"/>' in xml(data, "word/styles.xml")
    labels = view["labels"]
    for label in (labels["time"], labels["what"], labels["who"], labels["agenda"]):
        assert runs[label] == {""}, label
    # The file's own words carry the file's language, as the HTML marks them.
    own_texts = [view["workshop"]["title"], *view["goals"]]
    own_texts += [row["title"] for day in view["days"] for row in day["blocks"]]
    own_texts += [q for task in view["group_tasks"] for q in task["questions"]]
    # ("Pause" is also the document's kind label, a run of its own in the document's language.)
    kinds = {row["kind_label"] for day in view["days"] for row in day["blocks"]}
    for text in [text for text in own_texts if text not in kinds]:
        assert runs[text] == {own}, text


def test_a_file_in_the_documents_language_marks_no_run(word_analyses: dict[Path, Analysis]) -> None:
    assert "<w:lang " not in xml(make(word_analyses[SEED], "facilitator", "nb"))


@pytest.mark.parametrize("audience", AUDIENCES)
def test_formatting_is_by_named_styles(word_analyses: dict[Path, Analysis], audience: str) -> None:
    data = make(word_analyses[SEED], audience)
    body = xml(data)
    # No direct formatting of text: bold, italic, size, colour and font come from styles.
    assert re.findall(r"<w:(?:b|i|sz|color|rFonts)\b", body) == []
    used = set(re.findall(r'<w:rStyle w:val="([^"]+)"/>', body))
    assert {"Strong", "Detail"} <= used
    assert set(re.findall(r'<w:tblStyle w:val="([^"]+)"/>', body)) == {"Run-sheetTable"}
    doc = document(data)
    assert {p.style.name for p in doc.paragraphs} >= {"Heading 1", "Heading 2", "Heading 3"}


def test_a_reference_document_restyles_the_run_sheet(tmp_path: Path) -> None:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    reference = docx.Document()
    detail = reference.styles.add_style("Detail", WD_STYLE_TYPE.CHARACTER)
    detail.font.color.rgb = RGBColor(0x00, 0x80, 0x00)
    table = reference.styles.add_style("Run-sheet Table", WD_STYLE_TYPE.TABLE)
    table.font.size = Pt(12)
    path = tmp_path / "kommunemal.docx"
    reference.save(str(path))
    analysis = analyse_file(str(SEED))
    data = formats.get("docx").render(Job(analysis, options={"reference_docx": str(path)}))
    doc = document(data)
    assert doc.styles["Detail"].font.color.rgb == RGBColor(0x00, 0x80, 0x00)
    assert doc.styles["Run-sheet Table"].font.size == Pt(12)
    assert 'w:rStyle w:val="Detail"' in xml(data)
    # Columns are sized for the reference's 12 pt: a bold time at 12 pt fits its column.
    assert doc.tables[0].columns[0].width.pt >= text_width("13.00–13.10", 12, bold=True)


# What Word carries of the paper's promises.


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_word_handout_has_the_evaluation_on_a_page_of_its_own(
    word_analyses: dict[Path, Analysis], language: str
) -> None:
    doc = document(make(word_analyses[SEED], "participant", language))
    view = Job(word_analyses[SEED], "participant", language).view
    breaks = [p for p in doc.paragraphs if p.paragraph_format.page_break_before]
    assert [p.text for p in breaks] == [f"{view['workshop']['title']} · {view['workshop']['date']}"]
    texts = [p.text for p in doc.paragraphs]
    start = texts.index(breaks[0].text)
    assert texts[start + 1] == view["labels"]["evaluation"]
    assert view["labels"]["task"] not in " ".join(texts[start:])


@pytest.mark.parametrize("audience", AUDIENCES)
def test_each_day_in_word_starts_a_page(word_analyses: dict[Path, Analysis], audience: str) -> None:
    doc = document(make(word_analyses[TWO_DAYS], audience))
    view = Job(word_analyses[TWO_DAYS], audience).view
    headings = {p.text: p.paragraph_format.page_break_before for p in doc.paragraphs}
    assert [headings[day["heading"]] for day in view["days"]] == [False, True]


def test_findings_in_word_are_worded_for_the_facilitator(
    word_analyses: dict[Path, Analysis],
) -> None:
    text = " ".join(p.text for p in document(make(word_analyses[SEED])).paragraphs)
    assert "Advarsel: 13.15–13.20: 5 min uten plan" in text
    assert "hint" not in text


# The logo.


@pytest.mark.parametrize(("width", "height"), [(1000, 100), (80, 400), (300, 300), (2000, 60)])
def test_the_word_logo_stands_alone_and_fits_its_box(
    tmp_path: Path, width: int, height: int
) -> None:
    from docx.shared import Cm

    from test_paper import _png

    (tmp_path / "logo.png").write_bytes(_png(width, height))
    text = SEED.read_text(encoding="utf-8").replace(
        "organiser: Agder", "organiser_logo: logo.png\norganiser: Agder"
    )
    (tmp_path / "w.yaml").write_text(text, encoding="utf-8")
    doc = document(make(analyse_file(str(tmp_path / "w.yaml"))))
    picture = doc.inline_shapes[0]
    assert picture.width <= Cm(4.5) + 1 and picture.height <= Cm(1.6) + 1
    assert max(picture.width / Cm(4.5), picture.height / Cm(1.6)) > 0.99  # it fills its box
    assert abs(picture.width / picture.height - width / height) < 0.02 * width / height
    holder = doc.paragraphs[0]
    assert holder.text == "" and len(holder._p.findall(f".//{W}drawing")) == 1


def test_word_tables_for_a_long_title_still_fit(tmp_path: Path) -> None:
    long = "Kommuneplanens samfunnsdel " * 8
    text = (
        "planverksted: 1\ntitle: T\nstart: '9:00'\nagenda:\n"
        f"  - {{title: '{long}', duration: 10, who: Kommunedirektøren i Kristiansand}}\n"
    )
    doc = document(make(analyse_text(text)))
    widths = [column.width.cm for column in doc.tables[0].columns]
    assert abs(sum(widths) - 17) < 0.1
    assert widths[1] == max(widths)


def test_a_reference_without_the_writers_styles_gets_them(tmp_path: Path) -> None:
    """No "Table Grid" and no "Strong" in the municipality's document: the writer adds its
    own, in the order Word's schema wants a style's parts."""
    import docx
    from docx.oxml.ns import qn
    from lxml import etree

    reference = docx.Document()
    for style in list(reference.styles.element.findall(qn("w:style"))):
        if style.find(qn("w:name")).get(qn("w:val")) in ("Table Grid", "Strong"):
            reference.styles.element.remove(style)
    path = tmp_path / "kommunemal.docx"
    reference.save(str(path))
    data = formats.get("docx").render(
        Job(analyse_file(str(SEED)), options={"reference_docx": str(path)})
    )
    root = etree.fromstring(xml(data, "word/styles.xml").encode("utf-8"))
    table = root.find(f"{W}style[@{W}styleId='Run-sheetTable']")
    assert [etree.QName(child).localname for child in table] == [
        "name", "pPr", "rPr", "tblPr", "tblStylePr"
    ]  # fmt: skip
    assert table.find(f"{W}tblPr/{W}tblBorders") is not None
    strong = root.find(f"{W}style[@{W}styleId='Strong']")
    assert strong.get(f"{W}type") == "character"
    assert strong.find(f"{W}rPr/{W}b") is not None
