"""`planverksted render` from the command line: formats, safety, exit codes, end to end."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from invoking import planverksted
from planverksted.cli import shell as cli
from planverksted.cli.commands.render import choose_format
from planverksted.errors import UsageError

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"
GOLDEN = ROOT / "tests" / "golden"
SEED_WARNINGS = [
    f"{SEED}:73:11: advarsel[gap] 5 min uten plan mellom «Om Tett på og presentasjon av "
    "laget» (slutter kl. 13.15) og «Plansystemet, koplinga plan og økonomi» (starter kl. 13.20)",
    "    tips: start bolken kl. 13.15, eller fyll tiden med en bolk (en pause er også en bolk)",
    f"{SEED}:92:17: advarsel[method-too-long] metoden IGP tar 19 min (2 + 12 + 5), men "
    "delen «Gruppearbeid» i «Kunnskapsgrunnlag» har 15 min (13.55–14.10)",
    "    tips: gi den 19 min, eller kort ned stegene i metoden",
    "2 advarsler i 1 av 1 fil",
]
BROKEN = """\
planverksted: 1
title: X
agenda:
  - {title: A, duration: 5, kidn: talk}
"""


def run(*args: object, stdin: str | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """The command, as a user runs it (standard output is a pipe, not a terminal): in-process
    (tests/invoking.py)."""
    return planverksted(
        "render", *args, input=stdin, env={"NO_COLOR": None, "COLUMNS": None, **env}
    )


def invoke(*args: object) -> Any:
    return CliRunner().invoke(cli.app, ["render", *map(str, args)])


def golden(name: str) -> str:
    return (GOLDEN / name).read_text(encoding="utf-8")


# End to end, through the installed console script.


def test_renders_html_to_a_file_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "kjoreplan.html"
    result = run(SEED, "-o", out)
    assert result.returncode == 0
    assert result.stdout == ""
    assert result.stderr.splitlines() == [*SEED_WARNINGS, f"planverksted: laget {out}"]
    assert out.read_text(encoding="utf-8") == golden("kommunestyre-tett-pa.facilitator.html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kjoreplan.html"]


def test_piped_without_a_format_gives_markdown_end_to_end() -> None:
    result = run(SEED, "--audience", "participant")
    assert result.returncode == 0
    assert result.stdout == golden("kommunestyre-tett-pa.participant.md")
    assert result.stderr.splitlines() == SEED_WARNINGS


def test_reads_standard_input_end_to_end() -> None:
    result = run("-", "--format", "md", stdin=SEED.read_text(encoding="utf-8"))
    assert result.returncode == 0
    assert result.stdout == golden("kommunestyre-tett-pa.facilitator.md")
    assert result.stderr.splitlines()[0].startswith("<stdin>:73:11: advarsel[gap]")


def test_terminal_preview_is_plain_when_piped_end_to_end() -> None:
    result = run(SEED, "--format", "terminal", COLUMNS="90")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "\x1b[" not in result.stdout
    assert lines[:4] == [
        "Arbeidsverksted for kommunestyret",
        "Planstrategi og kommuneplanens samfunnsdel",
        "Kjøreplan for prosessleder",
        "torsdag 18. april 2024 · 13.00–16.00 · Kommunestyresalen · Kommunestyret · Agder",
    ]
    assert max(len(line) for line in lines) <= 90
    assert "13.40–14.15   Kunnskapsgrunnlag" in result.stdout


def test_a_file_with_errors_is_not_rendered_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "w.yaml"
    source.write_text(BROKEN, encoding="utf-8")
    out = tmp_path / "out.html"
    out.write_text("the old run-sheet", encoding="utf-8")
    result = run(source, "-o", out)
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        f"{source}:4:29: feil[unknown-key] ukjent nøkkel «kidn» i bolk 1 «A»",
        "    tips: mente du «kind»?",
        "1 feil i 1 av 1 fil",
        "planverksted: ikke laget, fordi filen har feil (se over)",
    ]
    assert out.read_text(encoding="utf-8") == "the old run-sheet"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.html", "w.yaml"]


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need extra rights on Windows")
def test_never_writes_over_the_workshop_file_end_to_end(tmp_path: Path) -> None:
    source = tmp_path / "w.html"  # an odd name, so that the suffix does not stop it first
    source.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    before = source.read_bytes()
    link = tmp_path / "link.html"
    link.symlink_to(source)
    for target in (source, tmp_path / "." / "w.html", link):
        result = run(source, "-o", target)
        assert result.returncode == 2
        assert result.stderr.splitlines() == [
            f"planverksted: utfilen {target} er selve verkstedfilen; den ville blitt skrevet over",
            "    tips: skriv kjøreplanen til en annen fil, for eksempel -o kjoreplan.html",
        ]
    assert source.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "heavy"),
    [
        (["--help"], ("jinja2", "markupsafe", "pydantic", "rich", "yaml")),
        # typer itself coerces a command's options with pydantic, so only jinja2 and rich here.
        (["render", "--help"], ("jinja2", "markupsafe", "rich", "yaml")),
    ],
)
def test_help_does_not_import_the_heavy_modules(args: list[str], heavy: tuple[str, ...]) -> None:
    code = (
        "import sys\n"
        "from planverksted.cli import shell as cli\n"
        "try:\n"
        f"    cli.app({args!r})\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.stderr.strip() == "[]"
    assert "render" in result.stdout


# Choosing the format.


@pytest.mark.parametrize(
    ("asked", "output", "template", "terminal", "expected"),
    [
        (None, "out.md", None, True, "md"),
        (None, "out.markdown", None, True, "md"),
        (None, "out.html", None, False, "html"),
        (None, "OUT.HTM", None, False, "html"),
        ("html", "out.html", None, False, "html"),
        ("md", "notes.txt", None, False, "md"),
        (None, None, None, True, "terminal"),
        (None, None, None, False, "md"),
        ("html", None, None, True, "html"),
        (None, None, "mine.html.j2", True, "html"),
        (None, None, "mine.md.jinja", True, "md"),
        (None, "out.md", "mine.html.j2", True, "md"),
    ],
)
def test_choose_format(
    asked: str | None, output: str | None, template: str | None, terminal: bool, expected: str
) -> None:
    target = Path(output) if output else None
    path = Path(template) if template else None
    assert choose_format(asked, target, path, terminal) == expected


@pytest.mark.parametrize(
    ("asked", "output", "message"),
    [
        (None, "out.txt", "cannot tell the format from the file name out.txt"),
        ("md", "out.html", "--format md does not match the output file out.html"),
        ("terminal", "out.md", "the terminal preview is not written to a file"),
    ],
)
def test_choose_format_refuses(asked: str | None, output: str, message: str) -> None:
    with pytest.raises(UsageError) as raised:
        choose_format(asked, Path(output), None, True)
    assert raised.value.message == message


# Exit codes and messages.


@pytest.mark.parametrize(
    ("args", "code", "first_line"),
    [
        (["{tmp}/none.yaml"], 2, "planverksted: no such file: {tmp}/none.yaml"),
        (["{tmp}"], 2, "planverksted: {tmp} is a folder; render takes one workshop file"),
        (
            [SEED, "-o", "{tmp}/out.txt"],
            2,
            "planverksted: filnavnet {tmp}/out.txt sier ikke hvilket format det skal være",
        ),
        (
            [SEED, "-o", "{tmp}/missing/out.md"],
            1,
            "planverksted: kan ikke skrive {tmp}/missing/out.md: mappen {tmp}/missing finnes ikke",
        ),
        (
            [SEED, "-o", "{tmp}/folder.md"],
            1,
            "planverksted: {tmp}/folder.md er en mappe, ikke en fil",
        ),
    ],
)
def test_plain_errors_and_exit_codes(
    tmp_path: Path, args: list[object], code: int, first_line: str
) -> None:
    (tmp_path / "folder.md").mkdir()
    result = invoke(*[str(arg).format(tmp=tmp_path) for arg in args])
    assert result.exit_code == code
    messages = [line for line in result.stderr.splitlines() if line.startswith("planverksted:")]
    assert messages[0] == first_line.format(tmp=tmp_path)
    assert "Traceback" not in result.stderr


def test_overwriting_an_earlier_output_is_normal(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("an earlier run-sheet", encoding="utf-8")
    result = invoke(SEED, "-o", out, "--lang", "en")
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith(
        "# Arbeidsverksted for kommunestyret\n\n**Planstrategi og kommuneplanens samfunnsdel**\n\n"
        "*Run-sheet for the facilitator*\n\n- **Date:** Thursday 18 April 2024\n"
        "- **Time:** 13:00–16:00\n"
    )


def test_a_clean_file_prints_nothing_on_standard_error(tmp_path: Path) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(
        'planverksted: 1\ntitle: Kort\nstart: "09:00"\nagenda:\n  - {title: Alt, duration: 30}\n',
        encoding="utf-8",
    )
    result = invoke(clean, "--format", "md")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "| 09.00–09.30 | Alt |  |  |  |" in result.stdout.splitlines()


def test_the_audience_and_language_options_are_checked() -> None:
    result = invoke(SEED, "--audience", "everyone")
    assert result.exit_code == 2
    result = invoke(SEED, "--lang", "de")
    assert result.exit_code == 2


@pytest.mark.parametrize("option", ["--lang", "--language"])
def test_lang_and_language_are_the_same_option(option: str) -> None:
    result = invoke(SEED, "--format", "md", option, "nn")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[4] == "*Køyreplan for prosessleiar*"
    assert "- **Dato:** torsdag 18. april 2024" in result.stdout.splitlines()
