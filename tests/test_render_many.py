"""One command, every format: -o repeated, and --all DIR, each from one analysis."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES
from test_render_cli import SEED, SEED_WARNINGS, golden, run

TWO_DAYS = EXAMPLES / "tett-pa-samling-to-dagar.yaml"


def test_several_outputs_from_one_command_end_to_end(tmp_path: Path) -> None:
    pdf, docx, ics, html = (
        tmp_path / n for n in ("kjoreplan.pdf", "kjoreplan.docx", "dag.ics", "k.html")
    )
    result = run(SEED, "-o", pdf, "-o", docx, "-o", ics, "-o", html)
    assert result.returncode == 0, result.stderr
    # The file is checked once: its warnings are shown once, then each output.
    assert result.stderr.splitlines() == [
        *SEED_WARNINGS,
        f"planverksted: laget {pdf}",
        f"planverksted: laget {docx}",
        f"planverksted: laget {ics}",
        f"planverksted: laget {html}",
    ]
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert docx.read_bytes().startswith(b"PK")
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert html.read_text(encoding="utf-8") == golden("kommunestyre-tett-pa.facilitator.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "dag.ics",
        "k.html",
        "kjoreplan.docx",
        "kjoreplan.pdf",
    ]


def test_several_outputs_and_standard_output(tmp_path: Path) -> None:
    result = run(SEED, "-o", tmp_path / "a.html", "-o", "-", "--audience", "participant")
    assert result.returncode == 0
    assert result.stdout == golden("kommunestyre-tett-pa.participant.md")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["-o", "{tmp}/a.md", "-o", "{tmp}/a.md"], "planverksted: -o {tmp}/a.md står to ganger"),
        (["-o", "-", "-o", "-"], "planverksted: -o - (standard ut) står to ganger"),
        (
            ["-o", "{tmp}/a.md", "-o", "{tmp}/b.txt"],
            "planverksted: filnavnet {tmp}/b.txt sier ikke hvilket format det skal være",
        ),
        (
            ["-o", "{tmp}/a.html", "-o", "{tmp}/b.html", "--template", "{tmp}/t.html.j2"],
            "planverksted: en mal lager én utfil, men -o oppgir flere",
        ),
        (
            ["--all", "{tmp}", "-o", "{tmp}/a.md"],
            "planverksted: --all skriver alle formatene selv; den tar ikke -o, --format, --template eller --layout",
        ),
        (
            ["--all", "{tmp}", "--format", "md"],
            "planverksted: --all skriver alle formatene selv; den tar ikke -o, --format, --template eller --layout",
        ),
    ],
)
def test_several_outputs_are_checked_before_any_is_written(
    tmp_path: Path, args: list[str], message: str
) -> None:
    (tmp_path / "t.html.j2").write_text("{{ workshop.title }}", encoding="utf-8")
    result = run(SEED, *[arg.format(tmp=tmp_path) for arg in args])
    assert result.returncode == 2
    assert result.stderr.splitlines()[0] == message.format(tmp=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.html.j2"]


def test_one_bad_output_folder_writes_none_of_them(tmp_path: Path) -> None:
    result = run(SEED, "-o", tmp_path / "a.pdf", "-o", tmp_path / "missing" / "b.md")
    assert result.returncode == 1
    assert "mappen" in result.stderr and "finnes ikke" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_all_writes_the_run_sheet_and_the_handout_in_every_format_end_to_end(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "ut"
    result = run(SEED, "--all", folder)
    assert result.returncode == 0, result.stderr
    names = ["kjoreplan", "program"]
    suffixes = [".md", ".html", ".pdf", ".docx", ".ics"]
    assert result.stderr.splitlines()[len(SEED_WARNINGS) :] == [
        f"planverksted: laget {folder / (name + suffix)}" for suffix in suffixes for name in names
    ]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        n + s for n in names for s in suffixes
    )
    assert (folder / "program.html").read_text(encoding="utf-8") == golden(
        "kommunestyre-tett-pa.participant.html"
    )
    assert (folder / "kjoreplan.md").read_text(encoding="utf-8") == golden(
        "kommunestyre-tett-pa.facilitator.md"
    )


@pytest.mark.parametrize(
    ("language", "names"), [("nn", ["koyreplan", "program"]), ("en", ["runsheet", "programme"])]
)
def test_all_names_the_files_in_the_documents_language(
    tmp_path: Path, language: str, names: list[str]
) -> None:
    assert run(SEED, "--all", tmp_path, "--lang", language).returncode == 0
    assert {p.stem for p in tmp_path.iterdir()} == set(names)


def test_all_takes_the_files_own_language_for_names(tmp_path: Path) -> None:
    assert run(TWO_DAYS, "--all", tmp_path).returncode == 0
    assert {p.stem for p in tmp_path.iterdir()} == {"koyreplan", "program"}


def test_all_leaves_out_the_calendar_of_a_file_without_a_date(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(
        "planverksted: 1\ntitle: X\nstart: '9:00'\nagenda:\n  - {title: A, duration: 5}\n",
        encoding="utf-8",
    )
    result = run(source, "--all", tmp_path / "ut")
    assert result.returncode == 0
    assert result.stderr.splitlines()[0] == (
        "planverksted: ingen kalender, fordi filen ikke har noen dato (legg til en, for eksempel «date: 2024-04-18»)"
    )
    assert sorted(p.suffix for p in (tmp_path / "ut").iterdir()) == sorted(
        [".md", ".html", ".pdf", ".docx"] * 2
    )


def test_all_into_a_file_or_a_missing_parent_is_a_plain_error(tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    result = run(SEED, "--all", tmp_path / "a-file")
    assert result.returncode == 1
    assert (
        result.stderr.splitlines()[0]
        == f"planverksted: {tmp_path / 'a-file'} er en fil, ikke en mappe"
    )
    result = run(SEED, "--all", tmp_path / "no" / "ut")
    assert result.returncode == 1
    assert "finnes ikke" in result.stderr.splitlines()[0]


def test_all_without_the_optional_parts_writes_the_rest_and_names_the_installs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    from typer.testing import CliRunner

    from planverksted.cli import shell as cli

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name in ("typst", "docx") else real(name, *a),
    )
    result = CliRunner().invoke(cli.app, ["render", str(SEED), "--all", str(tmp_path)])
    assert result.exit_code == 0
    assert (
        "planverksted: ingen PDF: det krever en valgfri del; installer den med: "
        "pip install 'planverksted[pdf]'" in result.stderr.splitlines()
    )
    assert (
        "planverksted: ingen DOCX: det krever en valgfri del; installer den med: "
        "pip install 'planverksted[docx]'" in result.stderr.splitlines()
    )
    assert sorted(p.suffix for p in tmp_path.iterdir()) == sorted([".md", ".html", ".ics"] * 2)
