"""Text no bundled font can draw: the PDF is still made (``�`` in its place), and check warns
where the text is, naming the characters."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planverksted import glyphs
from planverksted.analysis import analyse_text
from planverksted.cli import shell as cli
from planverksted.glyph_ranges import RANGES
from planverksted.lint.wording import in_language

HINT = "the other formats show them as written; for the PDF, write them in words"


def text_of(title: str, notes: str = "Notater") -> str:
    return (
        f"planverksted: 1\ntitle: {json.dumps(title, ensure_ascii=False)}\nlanguage: en\nstart: '09:00'\n"
        f"agenda:\n  - {{title: Åpning, duration: 10, notes: {json.dumps(notes, ensure_ascii=False)}}}\n"
    )


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("Velkommen 👋", "the PDF cannot draw 👋 (U+1F44B)"),
        ("中文 会议", "the PDF cannot draw 中 (U+4E2D), 文 (U+6587), 会 (U+4F1A), 议 (U+8BAE)"),
        ("ᚠᚢᚦᚨᚱᚲᚷ", "the PDF cannot draw ᚠ (U+16A0), ᚢ (U+16A2), ᚦ (U+16A6), ᚨ (U+16A8), "
         "ᚱ (U+16B1) and 2 more"),
        ("中\u0301", "the PDF cannot draw 中 (U+4E2D), \u0301 (U+0301)"),
        ("👍🏽", "the PDF cannot draw 👍 (U+1F44D), 🏽 (U+1F3FD)"),
    ],
)  # fmt: skip
def test_text_the_pdf_cannot_draw_is_a_located_warning(title: str, message: str) -> None:
    analysis = analyse_text(text_of(title), "w.yaml")
    assert [(f.code, f.line, f.column, f.message, f.hint) for f in analysis.findings] == [
        ("glyph-missing", 2, 8, f"{message}: no font it has holds them, so it shows \ufffd in "
         "their place", HINT)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "title",
    [
        "Åse, Ørjan og Æsir – «kl. 13.00» … €",
        "Ελληνικά, Кириллица, Čeština, Sámegiella: Áŋŋel",
        "שָׁלוֹם and مرحبا",  # Hebrew with its points, Arabic
        "a\u0301 e\u0308",  # combining marks on letters of the text font
        "zero\u200bwidth \u202eoverride\u202c",  # written as escapes (\u200b): drawn
    ],
)
def test_text_the_pdf_draws_is_not_a_finding(title: str) -> None:
    assert analyse_text(text_of(title), "w.yaml").findings == ()


def test_the_warning_speaks_every_language() -> None:
    (found,) = analyse_text(text_of("Hei 👋"), "w.yaml").findings
    assert in_language(found, "nb") == (
        "PDF-en kan ikke vise 👋 (U+1F44B): ingen av skriftene i PDF-en har disse tegnene, så de "
        "vises som \ufffd",
        "de andre formatene viser dem som de er skrevet; skriv dem med ord for PDF-en",
    )
    assert in_language(found, "nn")[0] == (
        "PDF-en kan ikkje vise 👋 (U+1F44B): ingen av skriftene i PDF-en har desse teikna, så dei "
        "blir viste som \ufffd"
    )


def test_many_texts_are_named_up_to_the_cap_then_counted() -> None:
    agenda = "".join(f"  - {{title: 'Bolk {n} 🙂', duration: 5}}\n" for n in range(25))
    text = (
        "planverksted: 1\ntitle: T\nlanguage: en\nstart: '09:00'\n"
        "checks: {ignore: [no-break]}\nagenda:\n" + agenda
    )
    found = analyse_text(text, "w.yaml").findings
    assert len(found) == 21
    assert [f.line for f in found] == list(range(7, 28))
    assert found[20].message == "5 more texts have characters the PDF cannot draw"


def test_ignoring_the_code_silences_it() -> None:
    text = text_of("Hei 👋") + "checks: {ignore: [glyph-missing]}\n"
    assert analyse_text(text, "w.yaml").findings == ()


def test_drawable_replaces_only_what_cannot_be_drawn() -> None:
    assert glyphs.drawable("Hei 👋 på deg, 中\u0301!") == "Hei \ufffd på deg, \ufffd\ufffd!"
    assert glyphs.drawable("Åse") == "Åse"


def test_the_whole_pdf_and_every_format_are_made(tmp_path: Path) -> None:
    pytest.importorskip("typst")
    from pypdf import PdfReader

    source = tmp_path / "w.yaml"
    source.write_text(
        text_of("Velkommen 👋 中文", notes="שלום, مرحبا, ᚠᚢᚦ, 👍🏽") + "date: 2024-04-18\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli.app, ["render", str(source), "--all", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    made = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert any(name.endswith(".pdf") for name in made) and len(made) >= 8, made
    pdf = next((tmp_path / "out").glob("*.pdf"))
    assert "Velkommen \ufffd \ufffd\ufffd" in PdfReader(pdf).pages[0].extract_text()


def test_a_character_the_table_lets_through_is_replaced_all_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last line of defence: Typst names a character it cannot draw, and the PDF is
    made again with it replaced."""
    pytest.importorskip("typst")
    from planverksted.analysis import analyse_file
    from planverksted.runsheet import formats

    source = tmp_path / "w.yaml"
    source.write_text(text_of("Velkommen 👋 og 中"), encoding="utf-8")
    analysis = analyse_file(str(source))
    monkeypatch.setattr(glyphs, "drawable", lambda text: text)
    assert formats.get("pdf").render(formats.Job(analysis))


def _drawable_points() -> list[int]:
    return [
        point
        for start, end in RANGES
        for point in range(start, end + 1)
        if unicodedata.category(chr(point)) != "Cc"
    ]


@pytest.mark.parametrize("style", ["", '#set text(weight: "bold")', '#set text(style: "italic")'])
def test_every_character_the_table_calls_drawable_is_drawn_by_typst(
    tmp_path: Path, style: str
) -> None:
    """The table against Typst itself: every character in it, on a letter, under PDF/UA-1.
    A typst whose fonts changed fails here: regenerate with tools/glyph_coverage.py."""
    typst = pytest.importorskip("typst")
    main = tmp_path / "all.typ"
    main.write_text(
        '#set document(title: "t")\n#set text(lang: "nb", font: "Libertinus Serif")\n'
        f"{style}\n#let d = json(bytes(sys.inputs.data))\n#for t in d [#t ]\n",
        encoding="utf-8",
    )
    points = _drawable_points()
    items = ["x" + chr(point) for point in points]
    typst.compile(
        str(main),
        font_paths=[],
        ignore_system_fonts=True,
        sys_inputs={"data": json.dumps(items)},
        pdf_standards="ua-1",
    )


@pytest.mark.parametrize("character", ["👋", "中", "ᚠ", "\U0001f3fd", "ก"])
def test_a_character_outside_the_table_is_refused_by_typst(tmp_path: Path, character: str) -> None:
    typst = pytest.importorskip("typst")
    assert glyphs.undrawable(character) == [character]
    main = tmp_path / "one.typ"
    main.write_text(
        '#set document(title: "t")\n#set text(lang: "nb")\n'
        "#let d = json(bytes(sys.inputs.data))\n#d\n",
        encoding="utf-8",
    )
    with pytest.raises(typst.TypstError, match="could not be displayed"):
        typst.compile(
            str(main),
            font_paths=[],
            ignore_system_fonts=True,
            sys_inputs={"data": json.dumps(character)},
            pdf_standards="ua-1",
        )


def test_the_check_needs_no_typst(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "typst", None)
    found: Any = analyse_text(text_of("Hei 👋"), "w.yaml").findings
    assert [f.code for f in found] == ["glyph-missing"]
