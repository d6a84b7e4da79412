"""Several outputs are written all or none; empty names and special files are said plainly.

In process (typer's CliRunner), each test in its own folder: faults that a test cannot
make for real on every machine (a disk that fills up, a rename refused) are made by
standing in for the one call that would meet them.
"""

from __future__ import annotations

import errno
import os
import socket
import tempfile
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planverksted import writing
from planverksted.cli import shell
from planverksted.errors import OutputError, what_it_is

WORKSHOP = """\
planverksted: 1
title: Verksted
language: en
date: 2024-04-18
start: '13:00'
agenda:
  - {title: Innledning, duration: 30}
"""


def invoke(*args: object) -> Any:
    # The workshop here is English: the command speaks the file's language.
    return CliRunner().invoke(shell.app, [str(arg) for arg in args])


def messages(result: Any) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith(("planverksted:", "  "))]


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "w.yaml"
    path.write_text(WORKSHOP, encoding="utf-8")
    return path


def _leftovers(folder: Path) -> list[str]:
    """Temporary files or kept copies a write left behind (names starting with a dot)."""
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


def test_a_failing_write_leaves_every_output_as_it_was(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "gammel.md"
    old.write_text("den gamle\n", encoding="utf-8")
    new = tmp_path / "ny.html"
    failing = tmp_path / "sist.ics"
    real = tempfile.mkstemp

    def full_disk(*args: Any, **kwargs: Any) -> tuple[int, str]:
        if str(kwargs.get("prefix", "")).startswith(".sist.ics"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", full_disk)
    result = invoke("render", source, "-o", old, "-o", new, "-o", failing)
    assert result.exit_code == 1
    assert messages(result)[-1] == f"planverksted: cannot write {failing}: the disk is full"
    assert old.read_text(encoding="utf-8") == "den gamle\n"
    assert not new.exists() and not failing.exists()
    assert _leftovers(tmp_path) == []


def test_a_failing_rename_puts_back_those_already_renamed(
    tmp_path: Path, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = tmp_path / "gammel.md"
    old.write_text("den gamle\n", encoding="utf-8")
    old.chmod(0o640)
    new = tmp_path / "ny.html"
    failing = tmp_path / "sist.ics"
    real = Path.replace

    def refused(self: Path, target: Any) -> Path:
        if Path(target) == failing:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real(self, target)

    monkeypatch.setattr(Path, "replace", refused)
    result = invoke("render", source, "-o", old, "-o", new, "-o", failing)
    assert result.exit_code == 1
    assert messages(result)[-1] == f"planverksted: cannot write {failing}: permission denied"
    assert old.read_text(encoding="utf-8") == "den gamle\n"
    assert old.stat().st_mode & 0o777 == 0o640
    assert not new.exists() and not failing.exists()
    assert _leftovers(tmp_path) == []


def test_all_are_written_when_all_can_be(tmp_path: Path, source: Path) -> None:
    old = tmp_path / "gammel.md"
    old.write_text("den gamle\n", encoding="utf-8")
    targets = [old, tmp_path / "ny.html", tmp_path / "sist.ics"]
    result = invoke("render", source, *[arg for t in targets for arg in ("-o", t)])
    assert result.exit_code == 0, result.output
    assert messages(result)[-3:] == [f"planverksted: wrote {t}" for t in targets]
    assert "Innledning" in old.read_text(encoding="utf-8")
    assert all(target.stat().st_size > 0 for target in targets)
    assert _leftovers(tmp_path) == []


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes in any folder"
)
def test_a_folder_that_cannot_be_written_stops_all(tmp_path: Path, source: Path) -> None:
    locked = tmp_path / "låst"
    locked.mkdir()
    locked.chmod(0o500)
    first = tmp_path / "ny.html"
    try:
        result = invoke("render", source, "-o", first, "-o", locked / "x.md")
    finally:
        locked.chmod(0o700)
    assert result.exit_code == 1
    assert not first.exists()


def test_write_all_of_nothing_writes_nothing(tmp_path: Path) -> None:
    writing.write_all([])
    assert list(tmp_path.iterdir()) == []


def test_a_target_that_became_a_folder_meanwhile_undoes_the_others(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("a\n", encoding="utf-8")
    real = writing._stat
    looks: list[Path] = []

    def turned(path: Path) -> os.stat_result | None:
        # Checked as writable first; made a folder before it is renamed over.
        looks.append(path)
        if path == second and looks.count(second) == 2:
            second.mkdir()
        return real(path)

    monkeypatch.setattr(writing, "_stat", turned)
    with pytest.raises(OutputError) as raised:
        writing.write_all([(first, "A\n"), (second, "B\n")])
    assert raised.value.message == f"cannot write {second}: it is a folder, not a regular file"
    assert first.read_text(encoding="utf-8") == "a\n"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["render", "{source}", "--all", ""], "--all"),
        (["render", "{source}", "-o", ""], "-o"),
        (["render", "{source}", "-o", "x.html", "-o", ""], "-o"),
        (["render", "{source}", "-o", "x.html", "--template", ""], "--template"),
        (["render", "{source}", "-o", "x.docx", "--reference-docx", ""], "--reference-docx"),
        (["render", ""], "FILE"),
        (["check", ""], "check"),
    ],
)
def test_an_empty_name_is_a_usage_error(
    tmp_path: Path,
    source: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    option: str,
) -> None:
    work = tmp_path / "arbeid"
    work.mkdir()
    (work / "annen.yaml").write_text(WORKSHOP, encoding="utf-8")
    monkeypatch.chdir(work)
    result = invoke(*[arg.format(source=source) for arg in args])
    assert result.exit_code == 2, result.output
    assert messages(result) == [
        f"planverksted: {option} is given an empty name, which names no file or folder",
        f"    hint: give the name of a file or folder, or leave out {option}",
    ]
    assert sorted(path.name for path in work.iterdir()) == ["annen.yaml"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_check_passes_over_special_files_in_a_folder(tmp_path: Path) -> None:
    (tmp_path / "god.yaml").write_text(WORKSHOP, encoding="utf-8")
    os.mkfifo(tmp_path / "rør.yaml")
    os.mkfifo(tmp_path / "rør.yml")
    with socket.socket(socket.AF_UNIX) as listener:
        short = Path(tempfile.mkdtemp(dir="/tmp"))
        try:
            listener.bind(str(short / "s.yaml"))
            (tmp_path / "sokkel.yaml").symlink_to(short / "s.yaml")
            result = invoke("check", "--lang", "en", tmp_path)
        finally:
            (short / "s.yaml").unlink()
            short.rmdir()
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["no problems in 1 file"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_folder_of_special_files_only_has_no_workshop_files(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "rør.yaml")
    result = invoke("check", tmp_path)
    assert result.exit_code == 2
    assert messages(result) == [
        f"planverksted: no workshop files (*.yaml, *.yml) in the folder {tmp_path}"
    ]


def test_a_broken_link_in_a_folder_is_still_reported(tmp_path: Path) -> None:
    (tmp_path / "god.yaml").write_text(WORKSHOP, encoding="utf-8")
    (tmp_path / "borte.yaml").symlink_to(tmp_path / "ingen.yaml")
    result = invoke("check", "--lang", "en", tmp_path)
    assert result.exit_code == 1
    assert "borte.yaml:1:1: error[file-unreadable]" in result.stdout


@pytest.mark.parametrize(
    ("make", "en", "nb", "nn"),
    [
        ("file", None, None, None),
        ("folder", "a folder", "en mappe", "ei mappe"),
        ("fifo", "a named pipe (FIFO)", "et navngitt rør (FIFO)", "eit namngitt røyr (FIFO)"),
        ("none", "not there", "ikke til stede", "ikkje der"),
        ("device", "a device", "en enhet", "ei eining"),
    ],
)
def test_what_a_path_is_is_named(
    tmp_path: Path, make: str, en: str | None, nb: str | None, nn: str | None
) -> None:
    path = tmp_path / "x"
    if make == "file":
        path.write_text("x", encoding="utf-8")
    elif make == "folder":
        path.mkdir()
    elif make == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("named pipes are POSIX")
        os.mkfifo(path)
    elif make == "device":
        if not Path("/dev/null").exists():
            pytest.skip("no /dev/null")
        path = Path("/dev/null")
    assert (what_it_is(path), what_it_is(path, "nb"), what_it_is(path, "nn")) == (en, nb, nn)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_template_that_is_a_named_pipe_says_so(tmp_path: Path, source: Path) -> None:
    from planverksted.errors import TemplateError
    from planverksted.runsheet.templating import _render_user_template

    template = tmp_path / "mal.html.j2"
    os.mkfifo(template)
    with pytest.raises(TemplateError) as raised:
        _render_user_template({}, "html", template, [])
    assert raised.value.message == f"the template {template} is a named pipe (FIFO)"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_participant_file_that_is_a_named_pipe_is_not_called_missing(tmp_path: Path) -> None:
    from test_seating_participants import _analyse, _finding

    os.mkfifo(tmp_path / "deltakere.csv")
    analysis = _analyse(tmp_path, "deltakere.csv", None)
    assert _finding(analysis) == (
        "participants-file",
        3,
        15,
        "the participant file 'deltakere.csv' is not a regular file (a named pipe, a device or "
        "a socket)",
        "give the path of a CSV or XLSX file, relative to the workshop file",
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_groups_since_a_named_pipe_says_what_it_is(tmp_path: Path) -> None:
    from test_groups_command import COUNCIL

    workshop = tmp_path / "k.yaml"
    workshop.write_text(COUNCIL.replace("language: nb", "language: en"), encoding="utf-8")
    earlier = tmp_path / "gammel.yaml"
    os.mkfifo(earlier)
    result = invoke("groups", workshop, "--since", earlier)
    assert result.exit_code == 2
    assert messages(result) == [f"planverksted: {earlier} is a named pipe (FIFO), not a file"]
