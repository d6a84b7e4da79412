"""The README shows what the tool does: check's answer as check prints it, pictures of the
PDF the Quick start makes, no sentence twice, and its outputs kept out of git."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ROOT
from planverksted.cli import shell as cli

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readmes_check_example_is_what_check_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    block = re.search(r"```console\n\$ planverksted (check [^\n]+)\n(.*?)```", README, re.DOTALL)
    assert block is not None
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(cli.app, block.group(1).split())
    assert result.stdout == block.group(2)
    assert "advarsler" in block.group(2)  # the bokmål file is answered in bokmål


def test_the_readmes_pictures_are_the_pages_of_the_pdfs(tmp_path: Path) -> None:
    """docs/img holds one picture a page of each PDF tools/paper_pictures.py makes."""
    import io

    from pypdf import PdfReader

    from planverksted.analysis import analyse_file
    from planverksted.runsheet import formats
    from planverksted.runsheet.formats import Job

    assert "python tools/paper_pictures.py" in README
    analysis = analyse_file(str(ROOT / "examples" / "kommunestyre-tett-pa.yaml"))
    sheets = {
        "kjoreplan": Job(analysis),
        "kjoreplan-kompakt": Job(analysis, options={"layout": "compact"}),
        "program-deltakere": Job(analysis, "participant"),
    }
    for name, job in sheets.items():
        pages = len(PdfReader(io.BytesIO(formats.get("pdf").render(job))).pages)
        pictures = sorted((ROOT / "docs" / "img").glob(f"{name}-[0-9]*.png"))
        assert [p.name for p in pictures] == [f"{name}-{n}.png" for n in range(1, pages + 1)]
    for shown in re.findall(r"\]\((docs/img/[^)]+\.png)\)", README):
        assert (ROOT / shown).is_file(), shown


def said_twice(text: str) -> list[str]:
    """Sentences of ``text`` (outside code) that begin as another does, or begin in lowercase
    after a full stop (a sentence cut and pasted back in)."""
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    sentences = [" ".join(s.split()) for s in re.split(r"(?<=[.!?])\s+", prose)]
    openings = [s[:40] for s in sentences if len(s) > 40 and not s.startswith(("|", "-", "`"))]
    twice = {opening for opening in openings if openings.count(opening) > 1}
    restarted = {s[:40] for s in sentences if re.match(r"[a-zæøå]+\. ", s)}
    return sorted(twice | restarted)


def test_no_sentence_of_the_readme_is_said_twice() -> None:
    assert said_twice(README) == []
    garbled = "It grows\nlinearly. The numbers are in the docs and how to reproduce them.\nlinearly. The numbers are in the docs and how to reproduce them (`bench`)."
    assert said_twice(garbled) != []


def test_git_ignores_what_the_quick_start_and_the_three_steps_write() -> None:
    ignored = (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    sections = re.findall(
        r"## (?:Quick start|A workshop in three steps)\n(.*?)\n## ", README, re.DOTALL
    )
    assert len(sections) == 2
    commands = "\n".join(
        re.findall(r"```(?:sh|powershell)\n(.*?)```", "\n".join(sections), re.DOTALL)
    )
    written = set(re.findall(r"-o (\S+)", commands)) | set(
        re.findall(r"planverksted new (\S+)", commands)
    )
    assert {"kjoreplan.pdf", "kjoreplan.html", "verksted.yaml"} <= written
    assert sorted(name for name in written if f"/{name}" not in ignored) == []
