"""The printed documents (PDF, Word) have caps of their own: past one, check says where, and
render refuses them before any work (--all leaves them out), making every other format."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planverksted.analysis import analyse_text
from planverksted.cli import shell as cli
from planverksted.lint.rules import print_caps
from planverksted.lint.wording import in_language


def programme(blocks: int, steps: int = 0, title: str = "T") -> str:
    lines = ["planverksted: 1", f"title: {title}", "language: en", "date: 2024-04-18",
             "checks: {ignore: [no-break]}"]  # fmt: skip
    if steps:
        lines += ["methods:", "  m:", "    steps:"]
        lines += [f"      - {{title: S{n}, duration: 1}}" for n in range(steps)]
    lines += ["days:"]
    for day in range(0, blocks, 10):
        lines += ["  - start: '08:00'", "    agenda:"]
        method = ", method: m" if steps else ""
        lines += [f"      - {{title: B, duration: 20{method}}}"] * min(10, blocks - day)
    return "\n".join(lines) + "\n"


def invoke(*args: object) -> Any:
    return CliRunner().invoke(cli.app, ["render", *map(str, args)])


@pytest.fixture
def small_caps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(print_caps, "MAX_PRINT_ROWS", 30)
    monkeypatch.setattr(print_caps, "MAX_PRINT_CHARACTERS", 200)


def codes(text: str) -> list[tuple[str, int, int]]:
    return [(f.code, f.line, f.column) for f in analyse_text(text, "w.yaml").findings]


def test_the_row_that_passes_the_cap_is_named(small_caps: None) -> None:
    # Ten blocks of a two-step method: three rows each; the 11th block passes 30.
    (found,) = analyse_text(programme(11, steps=2), "w.yaml").findings
    assert (found.code, found.line, found.column) == ("too-large-to-print", 26, 9)
    assert found.message == (
        "the run-sheet has more than 30 rows (blocks, parts and method steps), more than a "
        "PDF or Word document is made of; the cap is passed here"
    )
    assert in_language(found, "nn")[0] == (
        "køyreplanen har fleire enn 30 rader (bolkar, delar og steg i metodar), fleire enn "
        "ein PDF eller eit Word-dokument blir laga av; grensa er nådd her"
    )
    assert analyse_text(programme(10, steps=2), "w.yaml").findings == ()


def test_the_text_that_passes_the_cap_is_named(small_caps: None) -> None:
    (found,) = analyse_text(programme(1, title="x" * 201), "w.yaml").findings
    assert (found.code, found.line, found.column) == ("too-large-to-print", 2, 8)
    assert found.message == (
        "the file has more than 200 characters of text, more than a PDF or Word document is "
        "made of; the cap is passed here"
    )


def test_the_caps_cannot_be_silenced() -> None:
    from planverksted.lint.finding import CODES

    assert CODES["too-large-to-print"].ignorable is False


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_render_refuses_a_printed_document_before_any_work(
    small_caps: None, tmp_path: Path, suffix: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planverksted import capped

    def never(*args: object, **kwargs: object) -> object:
        raise AssertionError("no render may start")

    monkeypatch.setattr(capped, "run", never)
    source = tmp_path / "w.yaml"
    source.write_text(programme(11, steps=2), encoding="utf-8")
    result = invoke(source, "-o", tmp_path / f"x{suffix}", "-o", tmp_path / "x.html")
    assert result.exit_code == 1
    name = suffix[1:].upper()
    assert f"planverksted: the {name} is not made: the file is over a cap of the printed " \
        "documents (see the warning above)" in result.stderr  # fmt: skip
    assert not list(tmp_path.glob("x.*"))


def test_all_leaves_the_printed_documents_out_and_makes_the_rest(
    small_caps: None, tmp_path: Path
) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(programme(11, steps=2), encoding="utf-8")
    result = invoke(source, "--all", tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert "no PDF or Word document, as the file is over their caps" in result.stderr
    made = sorted(path.suffix for path in (tmp_path / "out").iterdir())
    assert ".pdf" not in made and ".docx" not in made
    assert {".html", ".md", ".ics"} <= set(made)


def test_the_caps_are_what_the_docs_say() -> None:
    from conftest import ROOT

    performance = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    assert f"{print_caps.MAX_PRINT_ROWS:,} rows" in performance
    assert f"{print_caps.MAX_PRINT_CHARACTERS:,} characters" in performance
