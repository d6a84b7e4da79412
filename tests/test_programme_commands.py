"""The programme commands the docs quote work as quoted (#23, probe F10), and ``render
programme -o FILE --all DIR`` writes the overview and every workshop's documents, all or none.

Every command for a programme quoted in the examples' comments, the README and the user
guide is found by its text and run as a user would copy it, in a copy of the examples: a
command the docs promise and the program refuses fails here.
"""

from __future__ import annotations

import re
import shlex
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from planverksted.cli import shell as cli
from planverksted.i18n import catalogue
from shared_renders import shared_documents

QUOTED = re.compile(
    r"(?:planverksted )?((?:check|render) (?:examples/program/)?program\.yaml[^`\n]*)"
)
"""A programme command as the docs quote it: ``planverksted render program.yaml -o …``."""
DOCS = (ROOT / "README.md", ROOT / "docs" / "guide.md", *sorted((EXAMPLES / "program").glob("*")))


def quoted_commands() -> list[str]:
    found: dict[str, None] = {}
    for path in DOCS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if path.suffix == ".yaml" and not line.lstrip().startswith("#"):
                continue
            for match in QUOTED.finditer(line):
                found.setdefault(match.group(1).strip().rstrip(".,:;)"), None)
    return list(found)


def test_the_docs_quote_the_programme_commands() -> None:
    commands = quoted_commands()
    assert "render program.yaml -o program.pdf --all verksteder/" in commands
    assert "check program.yaml" in commands
    assert "check examples/program/program.yaml" in commands


@pytest.fixture(autouse=True)
def _documents_made_once(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each workshop's Word and PDF documents drawn once (tests/shared_renders.py): these
    tests are of where ``--all`` writes them and what it refuses, run again and again on the
    same examples."""
    with shared_documents(monkeypatch):
        yield


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the examples; the working folder is the programme's, as the comments say."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    monkeypatch.chdir(tmp_path / "examples" / "program")
    return tmp_path


@pytest.mark.parametrize("command", quoted_commands())
def test_a_quoted_programme_command_works(
    command: str, copied: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = shlex.split(command)
    if args[1].startswith("examples/"):
        monkeypatch.chdir(copied)
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 0, f"{command}\n{result.stderr}"
    if "--all" in args:
        folder = Path(args[args.index("--all") + 1])
        for workshop in ("kommunestyre-tett-pa", "2024-09-05-oppfolging", "2025-04-10-verksted"):
            assert (folder / workshop / "kjoreplan.html").is_file(), command


def speak(language: str) -> None:
    """The copied programme in ``language``: the program speaks the file's language (#20)."""
    programme = Path("program.yaml")
    text = programme.read_text(encoding="utf-8").replace(
        "\nlanguage: nb\n", f"\nlanguage: {language}\n"
    )
    programme.write_text(text, encoding="utf-8")


def workshops_made(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file()}


def test_o_with_all_puts_the_overview_at_o_and_the_workshops_in_the_folder(copied: Path) -> None:
    result = CliRunner().invoke(
        cli.app, ["render", "program.yaml", "-o", "oversikt.html", "--all", "ut"]
    )
    assert result.exit_code == 0, result.stderr
    assert "Tett på – kommunestyret i Lindesnes 2024–2027" in Path("oversikt.html").read_text(
        encoding="utf-8"
    )
    made = workshops_made(Path("ut"))
    # The overview goes where -o says, and only there.
    assert not any("/" not in name for name in made), made
    for workshop in ("kommunestyre-tett-pa", "2024-09-05-oppfolging", "2025-04-10-verksted"):
        assert {f"{workshop}/kjoreplan.md", f"{workshop}/program.md"} <= made


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_all_or_none_one_output_that_cannot_be_written_writes_nothing(
    copied: Path, language: str
) -> None:
    # The last workshop's run-sheet would go where a folder is: nothing at all is written.
    blocked = f"2025-04-10-verksted/{catalogue(language).FILE_NAMES['facilitator']}.md"
    (Path("ut") / blocked).mkdir(parents=True)
    speak(language)
    args = ["render", "program.yaml", "-o", "oversikt.html", "--all", "ut", "--lang", language]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 1, result.stderr
    assert not Path("oversikt.html").exists()
    assert workshops_made(Path("ut")) == set()
    assert sorted(str(p.relative_to("ut")) for p in Path("ut").rglob("*")) == [
        "2025-04-10-verksted",
        blocked,
    ]  # the folders this run made are gone again
    said = {
        "nb": "er en mappe",
        "nn": "er ei mappe",
        "en": "is a folder",
    }[language]
    assert said in result.stderr


def test_all_with_format_and_no_o_is_still_refused(copied: Path) -> None:
    speak("en")
    result = CliRunner().invoke(
        cli.app, ["render", "program.yaml", "--all", "ut", "--format", "pdf", "--lang", "en"]
    )
    assert result.exit_code == 2
    assert "--all writes every format by itself" in result.stderr
    assert not Path("ut").exists()


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nb", "-o {target} er også der et av verkstedenes dokumenter skal (--all ut)"),
        ("nn", "-o {target} er òg der eit av dokumenta til verkstadene skal (--all ut)"),
        ("en", "-o {target} is where one of the workshops' documents goes too (--all ut)"),
    ],
)
def test_o_naming_a_workshops_document_is_refused_and_nothing_is_written(
    copied: Path, language: str, said: str
) -> None:
    name = catalogue(language).FILE_NAMES["facilitator"]
    target = f"ut/2024-09-05-oppfolging/{name}.html"
    Path(target).parent.mkdir(parents=True)
    speak(language)
    args = ["render", "program.yaml", "-o", target, "--all", "ut", "--lang", language]
    result = CliRunner().invoke(cli.app, args)
    assert result.exit_code == 2, result.stderr
    assert said.format(target=target) in result.stderr
    assert [str(path) for path in Path("ut").rglob("*")] == ["ut/2024-09-05-oppfolging"]


def test_o_standard_output_with_all(copied: Path) -> None:
    result = CliRunner().invoke(cli.app, ["render", "program.yaml", "-o", "-", "--all", "ut"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Tett på – kommunestyret i Lindesnes 2024–2027\n")
    assert {path.name for path in Path("ut").iterdir()} == {
        "kommunestyre-tett-pa",
        "2024-09-05-oppfolging",
        "2025-04-10-verksted",
    }


# run and groups take one workshop: a programme is said to be one, in its language (F16's
# class: not three false errors of a workshop's keys).

ONE_WORKSHOP = {
    "nb": (
        "{command} tar én verkstedfil, og p.yaml er et program",
        "gi et av verkstedene i det, som «a.yaml»; check, render og serve tar programmet",
    ),
    "nn": (
        "{command} les éi verkstadfil, og p.yaml er eit program",
        "gi ein av verkstadene i det, til dømes «a.yaml»; check, render og serve les programmet",
    ),
    "en": (
        "{command} takes one workshop file, and p.yaml is a programme",
        "give one of its workshops, such as 'a.yaml'; check, render and serve take the programme",
    ),
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("command", ["run", "groups"])
def test_run_and_groups_say_a_programme_is_no_workshop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str, language: str
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("p.yaml").write_text(
        f"planverksted: 1\nprogramme: P\nlanguage: {language}\n"
        "workshops:\n  - {file: a.yaml}\n  - b.yaml\n",
        encoding="utf-8",
    )
    args = [command, "p.yaml"] + (["-o", "live.html"] if command == "run" else [])
    result = CliRunner().invoke(cli.app, args)
    message, hint = ONE_WORKSHOP[language]
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"planverksted: {message.format(command=command)}",
        f"    {'tips' if language != 'en' else 'hint'}: {hint}",
    ]
    assert not Path("live.html").exists()
