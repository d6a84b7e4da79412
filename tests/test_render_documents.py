"""PDF and Word: faithful to the HTML, tagged, in the right language, reproducible, safe."""

from __future__ import annotations

import importlib.util
import io
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, HANG, ROOT
from documents import docx_text, expected, html_text, missing_in_order, normal, notes, pdf_text
from planverksted.analysis import Analysis, analyse_file, analyse_text
from planverksted.cli import shell as cli
from planverksted.runsheet import formats
from planverksted.runsheet.formats import Job
from test_render_cli import run

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
FILES = [
    SEED,
    EXAMPLES / "tett-pa-samling-to-dagar.yaml",
    ROOT / "tests" / "data" / "render-en.yaml",
]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def make(
    analysis: Analysis,
    name: str,
    audience: str = "facilitator",
    language: str | None = None,
    **options: Any,
) -> Any:
    return formats.get(name).render(Job(analysis, audience, language, options=options))


def invoke(*args: object) -> Any:
    return CliRunner().invoke(cli.app, ["render", *map(str, args)])


@pytest.fixture(scope="module")
def analyses() -> dict[Path, Analysis]:
    return {path: analyse_file(str(path)) for path in FILES}


# Faithful to the same view: every format says the same things, in the same order.


@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("audience", ["facilitator", "participant"])
def test_pdf_and_docx_say_what_the_html_says_in_the_same_order(
    analyses: dict[Path, Analysis], file: Path, language: str, audience: str
) -> None:
    analysis = analyses[file]
    job = Job(analysis, audience, language)
    items = expected(job.view)
    texts = {
        "html": html_text(make(analysis, "html", audience, language)),
        "pdf": pdf_text(make(analysis, "pdf", audience, language)),
        "docx": docx_text(make(analysis, "docx", audience, language)),
    }
    for name, text in texts.items():
        assert missing_in_order(text, items) == [], name
        every = notes(analysis, language)
        hidden = [note for note in every if normal(note) in normal(text)]
        if audience == "participant":
            assert hidden == [], f"{name}: a facilitator's note in the handout"
        else:
            assert len(hidden) == len(every), name
    # The order check has teeth: the same items reversed are not found in order.
    assert missing_in_order(texts["pdf"], items[::-1]) != []


# PDF.


def test_the_seed_as_pdf_end_to_end_is_tagged_a4_in_its_language(tmp_path: Path) -> None:
    from pypdf import PdfReader

    out = tmp_path / "kjoreplan.pdf"
    result = run(SEED, "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == f"planverksted: laget {out}"
    reader = PdfReader(out)
    root: Any = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root
    assert bool(root["/MarkInfo"]["/Marked"])
    assert root["/Lang"] == "nb-NO"
    assert reader.metadata is not None
    assert reader.metadata.title == "Kjøreplan – Arbeidsverksted for kommunestyret"
    assert "pdfuaid" in root["/Metadata"].get_object().get_data().decode("utf-8")
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert [round(float(x)) for x in page.mediabox] == [0, 0, 595, 842]  # A4 in points
    fonts = _fonts(reader)
    assert fonts and all(embedded for embedded in fonts.values()), fonts
    assert "Side 1 av 3" in reader.pages[0].extract_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kjoreplan.pdf"]


def _fonts(reader: Any) -> dict[str, bool]:
    """Each font of the document, and whether its program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = described["/FontDescriptor"].get_object()
            found[str(font["/BaseFont"])] = any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
    return found


@pytest.mark.parametrize(("language", "lang"), [("nn", "nn-NO"), ("en", "en-GB")])
def test_the_pdf_language_follows_the_document(
    analyses: dict[Path, Analysis], language: str, lang: str
) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(make(analyses[SEED], "pdf", language=language)))
    assert reader.trailer["/Root"]["/Lang"] == lang


def test_the_same_input_gives_the_same_pdf_and_docx_bytes(tmp_path: Path) -> None:
    for suffix in (".pdf", ".docx"):
        first, second = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        assert run(SEED, "-o", first).returncode == 0
        assert run(SEED, "-o", second, TZ="America/New_York").returncode == 0
        assert first.read_bytes() == second.read_bytes(), suffix


def test_a_block_is_never_split_across_pages(analyses: dict[Path, Analysis]) -> None:
    """In a long programme every block with its parts is on one page: its rows' times together."""
    from pypdf import PdfReader

    text = "planverksted: 1\ntitle: Lang\nstart: '8:00'\nagenda:\n" + "".join(
        f"  - title: Blokk {n}\n    parts:\n"
        + "".join(f"      - {{title: Del {n}.{p}, duration: 1}}\n" for p in range(1, 5))
        for n in range(1, 61)
    )
    analysis = analyse_text(text)
    reader = PdfReader(io.BytesIO(make(analysis, "pdf")))
    assert len(reader.pages) > 2
    seen = []
    for page in reader.pages:
        found = page.extract_text()
        for n in re.findall(r"^Blokk (\d+)$", found, re.MULTILINE):
            seen.append(n)
            assert all(f"Del {n}.{p}" in found for p in range(1, 5)), (n, found)
    assert seen == [str(n) for n in range(1, 61)]


def test_each_day_of_a_pdf_starts_a_page(analyses: dict[Path, Analysis]) -> None:
    """Day 2 of the two-day example opens its own page: no day heading at the foot of a page."""
    from pypdf import PdfReader

    two_days = EXAMPLES / "tett-pa-samling-to-dagar.yaml"
    reader = PdfReader(io.BytesIO(make(analyse_file(str(two_days)), "pdf")))
    firsts = {}
    for number, page in enumerate(reader.pages, 1):
        for line in page.extract_text().splitlines():
            if re.match(r"Dag \d – ", line):
                firsts.setdefault(line.split(" – ")[0], number)
    # Day 1 runs onto page 2 (its last blocks kept together); day 2 opens page 3.
    assert firsts == {"Dag 1": 1, "Dag 2": 3}
    page_three = reader.pages[2].extract_text().splitlines()
    agenda_lines = [line for line in page_three if line.strip()]
    assert any(line.startswith("Dag 2 – ") for line in agenda_lines[:3]), agenda_lines[:5]


def test_the_compact_layout_is_shorter(analyses: dict[Path, Analysis]) -> None:
    from pypdf import PdfReader

    def pages(audience: str, layout: str) -> int:
        data = make(analyses[SEED], "pdf", audience, layout=layout)
        return len(PdfReader(io.BytesIO(data)).pages)

    assert pages("participant", "compact") == 1
    assert pages("facilitator", "compact") == 1
    assert pages("facilitator", "full") == 3


def test_text_from_the_file_is_never_typst_markup(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    title = '#panic("no") *fet* $x^2$ #read("/etc/passwd") ] } // @preview <l>'
    source.write_text(
        f"planverksted: 1\ntitle: '{title}'\ndate: 2024-04-18\nstart: '9:00'\n"
        "agenda:\n  - {title: '#{1/0}', duration: 5}\n",
        encoding="utf-8",
    )
    result = run(source, "-o", tmp_path / "x.pdf")
    assert result.returncode == 0, result.stderr
    text = pdf_text((tmp_path / "x.pdf").read_bytes())
    assert normal(title) in normal(text)
    assert "#{1/0}" in text


def test_without_typst_the_pdf_names_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "typst" else real(name, *a)
    )
    result = invoke(SEED, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "planverksted: pdf krever en valgfri del av planverksted",
        "    tips: installer den med: pip install 'planverksted[pdf]'",
    ]
    assert list(tmp_path.iterdir()) == []


def test_without_python_docx_the_word_file_names_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "docx" else real(name, *a)
    )
    result = invoke(SEED, "-o", tmp_path / "x.pdf", "-o", tmp_path / "x.docx")
    assert result.exit_code == 2
    assert "installer den med: pip install 'planverksted[docx]'" in result.stderr
    assert list(tmp_path.iterdir()) == []  # nothing written, not even the PDF


def test_a_pdf_is_not_written_to_standard_output() -> None:
    result = run(SEED, "--format", "pdf")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "planverksted: PDF skrives til en fil, ikke til standard ut" in result.stderr


# A user's Typst template.


def test_a_users_typst_template_gets_the_view_as_data(tmp_path: Path) -> None:
    template = tmp_path / "plakat.typ"
    template.write_text(
        "#let data = json(bytes(sys.inputs.data))\n"
        "#set document(title: data.view.page_title)\n"
        "#set text(lang: data.view.lang)\n"
        "= #data.view.workshop.title\n"
        "#for day in data.view.days [#for block in day.blocks [- #block.time #block.title\n]]\n",
        encoding="utf-8",
    )
    out = tmp_path / "plakat.pdf"
    result = run(SEED, "--template", template, "-o", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out.read_bytes())
    assert "Arbeidsverksted for kommunestyret" in text
    assert "13.00–13.10 Innledning ved ordfører" in text


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (
            '#read("../secret.txt")\n',
            # Typst's own words quoted in the workshop's language (bokmål).
            "planverksted: malfeil i {tmp}/t/plakat.typ:1: Typst melder: «path "
            '`"../secret.txt"` would escape the project root»',
        ),
        (
            '#import "@preview/cetz:0.3.0"\n',
            # Worded by the catalogue: in the workshop's language (bokmål).
            "planverksted: malfeil i {tmp}/t/plakat.typ:1: malen importerer Typst-pakken "
            "@preview/cetz:0.3.0, men planverksted leser og laster aldri ned pakker",
        ),
        (
            "#let x = (\n",
            "planverksted: malfeil i {tmp}/t/plakat.typ:1: Typst melder: «unclosed delimiter",
        ),
        (
            "#data.nothing\n",
            "planverksted: malfeil i {tmp}/t/plakat.typ:1: Typst melder: «unknown variable",
        ),
    ],
)
def test_a_broken_or_reaching_typst_template_is_a_plain_error(
    tmp_path: Path, source: str, message: str
) -> None:
    (tmp_path / "secret.txt").write_text("secret", encoding="utf-8")
    folder = tmp_path / "t"
    folder.mkdir()
    template = folder / "plakat.typ"
    template.write_text(source, encoding="utf-8")
    result = run(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith("planverksted:")]
    assert lines[-1].startswith(message.format(tmp=tmp_path)), lines
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


# Word.


def _xml(data: bytes, name: str = "word/document.xml") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return package.read(name).decode("utf-8")


@pytest.mark.parametrize(("language", "tag"), [("nb", "nb-NO"), ("nn", "nn-NO"), ("en", "en-GB")])
def test_word_has_real_headings_tables_and_the_proofing_language(
    analyses: dict[Path, Analysis], language: str, tag: str
) -> None:
    import docx

    data = make(analyses[SEED], "docx", language=language)
    document = docx.Document(io.BytesIO(data))
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings[0] == ("Heading 1", "Arbeidsverksted for kommunestyret")
    assert {name for name, _ in headings} == {"Heading 1", "Heading 2", "Heading 3"}
    agenda = document.tables[0]
    assert len(agenda.rows) > 10
    header = agenda.rows[0]._tr
    assert header.find(f"{W}trPr/{W}tblHeader") is not None
    assert all(row._tr.find(f"{W}trPr/{W}cantSplit") is not None for row in agenda.rows)
    styles = _xml(data, "word/styles.xml")
    assert "<w:rPrDefault><w:rPr>" in styles
    assert re.search(rf'<w:docDefaults>.*<w:lang w:val="{tag}"', styles, re.DOTALL)
    heading = document.styles["Heading 1"].element
    assert heading.find(f"{W}rPr/{W}lang").get(f"{W}val") == tag
    assert document.core_properties.language == tag
    assert document.core_properties.title.endswith("Arbeidsverksted for kommunestyret")
    assert document.sections[0].page_width is not None
    assert round(document.sections[0].page_width.cm, 1) == 21.0


def test_word_keeps_a_block_with_its_parts(analyses: dict[Path, Analysis]) -> None:
    import docx

    document = docx.Document(io.BytesIO(make(analyses[SEED], "docx")))
    rows = document.tables[0].rows
    titles = [row.cells[1].paragraphs[0].text for row in rows]
    first, last = titles.index("Kunnskapsgrunnlag"), titles.index("Plenum")
    for row in rows[first:last]:
        assert all(p.paragraph_format.keep_with_next for p in row.cells[1].paragraphs)
    assert not rows[last].cells[1].paragraphs[0].paragraph_format.keep_with_next


def test_word_takes_the_styles_of_a_reference_document(tmp_path: Path) -> None:
    import docx
    from docx.shared import RGBColor

    reference = docx.Document()
    reference.styles["Heading 1"].font.color.rgb = RGBColor(0x12, 0x34, 0x56)
    reference.styles["Heading 1"].font.name = "Kommunefont"
    reference.add_paragraph("Gammel tekst fra malen")
    path = tmp_path / "kommunemal.docx"
    reference.save(str(path))
    out = tmp_path / "kjoreplan.docx"
    result = run(SEED, "-o", out, "--reference-docx", path)
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert document.styles["Heading 1"].font.name == "Kommunefont"
    assert document.styles["Heading 1"].font.color.rgb == RGBColor(0x12, 0x34, 0x56)
    assert "Gammel tekst" not in docx_text(out.read_bytes())
    assert document.paragraphs[1].text == "Arbeidsverksted for kommunestyret"

    # A Word template (.dotx) is taken too.
    template = tmp_path / "kommunemal.dotx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(template, "w") as copy:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"document.main+xml", b"template.main+xml")
            copy.writestr(info, content)
    assert run(SEED, "-o", out, "--reference-docx", template).returncode == 0


@pytest.mark.parametrize(
    ("make_file", "code", "message"),
    [
        (None, 2, "planverksted: referansedokumentet {ref} finnes ikke"),
        ("not a zip", 1, "planverksted: referansedokumentet {ref} er ikke et Word-dokument"),
        ("zip", 1, "planverksted: referansedokumentet {ref} er ikke et Word-dokument"),
    ],
)
def test_a_missing_or_invalid_reference_document_is_a_plain_error(
    tmp_path: Path, make_file: str | None, code: int, message: str
) -> None:
    reference = tmp_path / "kommunemal.docx"
    if make_file == "not a zip":
        reference.write_text("tekst", encoding="utf-8")
    elif make_file == "zip":
        with zipfile.ZipFile(reference, "w") as package:
            package.writestr("hello.txt", "hei")
    result = run(SEED, "-o", tmp_path / "x.docx", "--reference-docx", reference)
    assert result.returncode == code
    lines = [line for line in result.stderr.splitlines() if line.startswith("planverksted:")]
    assert lines[-1].startswith(message.format(ref=reference)), lines
    assert not (tmp_path / "x.docx").exists()


def test_reference_docx_needs_a_word_output(tmp_path: Path) -> None:
    result = run(SEED, "-o", tmp_path / "x.html", "--reference-docx", SEED)
    assert result.returncode == 2
    assert "--reference-docx gjelder Word" in result.stderr


@pytest.mark.skipif(shutil.which("libreoffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_word_file(tmp_path: Path) -> None:
    out = tmp_path / "kjoreplan.docx"
    assert run(SEED, "-o", out).returncode == 0
    converted = subprocess.run(
        ["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    assert converted.returncode == 0, converted.stderr
    text = pdf_text((tmp_path / "kjoreplan.pdf").read_bytes())
    assert missing_in_order(text, expected(Job(analyse_file(str(SEED))).view)) == []


def test_the_typst_example_in_the_docs_renders(tmp_path: Path) -> None:
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    example = re.search(r"```typst\n(.*?)```", docs, re.DOTALL)
    assert example is not None
    template = tmp_path / "plakat.typ"
    template.write_text(example.group(1), encoding="utf-8")
    out = tmp_path / "plakat.pdf"
    result = run(SEED, "--template", template, "-o", out)
    assert result.returncode == 0, result.stderr
    text = pdf_text(out.read_bytes())
    assert "13.00–13.10 Innledning ved ordfører" in text


@pytest.mark.parametrize(
    ("template", "output", "message"),
    [
        ("mine.html.j2", "x.pdf", "PDF bruker en mal som heter *.typ, ikke mine.html.j2"),
        ("plakat.typ", "x.html", "malen plakat.typ lager PDF, ikke html"),
        ("plakat.typ", None, "PDF skrives til en fil, ikke til standard ut"),
    ],
)
def test_a_typst_template_makes_a_pdf_and_nothing_else(
    tmp_path: Path, template: str, output: str | None, message: str
) -> None:
    (tmp_path / template).write_text("x", encoding="utf-8")
    result = run(
        SEED, "--template", tmp_path / template, *(["-o", tmp_path / output] if output else [])
    )
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == f"planverksted: {message}"


def test_a_block_or_task_taller_than_a_page_breaks_instead_of_running_off_it() -> None:
    from pypdf import PdfReader

    parts = "".join(f"      - {{title: Del {n}, duration: 1}}\n" for n in range(70))
    questions = "".join(f"      - Spørsmål nummer {n}?\n" for n in range(70))
    text = (
        "planverksted: 1\ntitle: Lang\nstart: '8:00'\nagenda:\n  - title: Stor\n    parts:\n"
        + parts
        + "  - title: Gruppe\n    kind: group\n    duration: 30\n    questions:\n"
        + questions
    )
    for audience in ("facilitator", "participant"):
        reader = PdfReader(io.BytesIO(make(analyse_text(text), "pdf", audience)))
        found = "\n".join(page.extract_text() for page in reader.pages)
        # The handout sets a part's time and title on one line; the run-sheet adds its length.
        assert re.findall(r"\bDel (\d+)$", found, re.MULTILINE) == [str(n) for n in range(70)]
        assert len(re.findall(r"Spørsmål nummer \d+\?", found)) == 70


# The order of properties Word's schema (ECMA-376, CT_RPr and CT_PPr) requires: Word reports
# a file whose properties are out of this order as damaged, where python-docx reads it fine.
RUN_ORDER = [
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
]
PARAGRAPH_ORDER = [
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
]


@pytest.mark.parametrize("audience", ["facilitator", "participant"])
def test_word_properties_are_in_the_order_word_requires(
    analyses: dict[Path, Analysis], audience: str
) -> None:
    from lxml import etree

    data = make(analyses[FILES[2]], "docx", audience)
    checked = 0
    for part in ("word/document.xml", "word/styles.xml"):
        root = etree.fromstring(_xml(data, part).encode("utf-8"))
        for name, order in (("rPr", RUN_ORDER), ("pPr", PARAGRAPH_ORDER)):
            for element in root.iter(f"{W}{name}"):
                names = [etree.QName(child).localname for child in element]
                known = [order.index(n) for n in names if n in order]
                assert known == sorted(known), (part, names)
                checked += 1
    assert checked > 100


@pytest.mark.parametrize("file", FILES, ids=lambda path: path.stem)
@pytest.mark.parametrize("layout", ["full", "compact"])
def test_the_built_in_typst_template_compiles_without_warnings(
    analyses: dict[Path, Analysis], file: Path, layout: str
) -> None:
    """No missing glyph, no layout that did not settle: Typst warns of both and goes on."""
    import typst

    from planverksted.runsheet.formats.pdf import PDF_STANDARD, _builtin_template, pdf_data

    template = _builtin_template()
    for audience in ("facilitator", "participant"):
        view = Job(analyses[file], audience).view
        _, warnings = typst.compile_with_warnings(
            template,
            root=template.parent,
            font_paths=[],
            ignore_system_fonts=True,
            sys_inputs={"data": pdf_data(view, layout)},
            pdf_standards=PDF_STANDARD,
        )
        assert [warning.message for warning in warnings] == []


@pytest.mark.parametrize("name", ["logo.png", "logo.svg"])
def test_the_logo_and_the_footer_in_pdf_and_word(tmp_path: Path, name: str) -> None:
    import docx
    from pypdf import PdfReader

    from test_sheet import PNG, SVG

    (tmp_path / name).write_bytes(PNG if name.endswith(".png") else SVG)
    source = tmp_path / "verksted.yaml"
    source.write_text(
        "planverksted: 1\ntitle: Verksted\norganiser: Agder fylkeskommune\n"
        f"organiser_logo: {name}\nfooter: 'Spørsmål? Kari, tlf. 400 00 000'\n"
        "start: '9:00'\nagenda:\n  - {title: Alt, duration: 10}\n",
        encoding="utf-8",
    )
    pdf, word = tmp_path / "k.pdf", tmp_path / "k.docx"
    result = run(source, "-o", pdf, "-o", word)
    assert result.returncode == 0, result.stderr
    reader = PdfReader(pdf)
    assert "Spørsmål? Kari, tlf. 400 00 000" in reader.pages[0].extract_text()
    # The logo, drawn from the bytes the template was given, tagged with its alternative text.
    assert b"/Alt(Agder fylkeskommune)" in pdf.read_bytes()
    document = docx.Document(str(word))
    assert document.sections[0].footer.paragraphs[0].text == "Spørsmål? Kari, tlf. 400 00 000"
    pictures = document.inline_shapes
    assert len(pictures) == (1 if name.endswith(".png") else 0)
    if pictures:
        assert pictures[0]._inline.docPr.get("descr") == "Agder fylkeskommune"
