"""Exit 3 only for a real bug: pipes that close, closed or full streams, any console encoding;
and nothing from a file reaches a terminal or a CI log as control characters.

End to end: what only a process has (a pipe closed by its reader, a full disk or a closed
descriptor as a standard stream, a console whose encoding comes from the locale) through the
installed command, as a user's shell runs it; a console of another encoding, and what reaches
a terminal, through the console script run in-process with its streams as that console gives
them."""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import EXAMPLES, HANG
from invoking import console_script, planverksted

BIN = Path(sys.executable).with_name("planverksted")
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def shell(script: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    return subprocess.run(
        ["bash", "-c", "set -o pipefail; " + script],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        check=False,
        env=environment | {"P": str(BIN), "SEED": str(SEED)} | env,
        timeout=HANG,
    )


def terminal(*args: object) -> subprocess.CompletedProcess[str]:
    """``planverksted *args`` in-process, its output read as a terminal or a CI log gets it."""
    return planverksted(*args, env={"NO_COLOR": None, "TERM": None})


def test_a_reader_that_stops_early_ends_the_run_quietly() -> None:
    for command in ('"$P" check "$SEED"', '"$P" render "$SEED" -f md', '"$P" schema'):
        result = shell(command + " | head -1")
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr
        assert "planverksted:" not in result.stderr, command
        assert len(result.stdout.splitlines()) == 1


def test_a_big_render_into_a_closed_pipe_is_quiet(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench import programme

    big = tmp_path / "big.yaml"
    big.write_text(programme(2000), encoding="utf-8")
    result = shell(f'"$P" render {big} -f html | head -c 100 > /dev/null')
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize(
    ("command", "message"),
    [
        # The seed is a bokmål file: what goes wrong around it is said in bokmål.
        ('"$P" check "$SEED"', "kan ikke skrive til standard ut: disken er full"),
        ('"$P" render "$SEED" -f md', "kan ikke skrive til standard ut: disken er full"),
        ('"$P" schema', "cannot write to standard output: the disk is full"),
        ('"$P" methods', "cannot write to standard output: the disk is full"),
    ],
)
def test_a_full_disk_on_standard_output_is_a_plain_error(command: str, message: str) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    result = shell(command + " > /dev/full")
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1] == f"planverksted: {message}"


def test_closed_streams_are_no_crash() -> None:
    closed_stdout = shell('"$P" check "$SEED" >&-')
    assert closed_stdout.returncode == 0
    assert "Traceback" not in closed_stdout.stderr
    closed_stdin = shell('"$P" check - <&-')
    assert closed_stdin.returncode == 1
    assert "feil[empty-file]" in closed_stdin.stdout
    # Warnings go to a closed standard error: lost, but the run-sheet is still made.
    closed_stderr = shell('"$P" render "$SEED" -f md 2>&-')
    assert closed_stderr.returncode == 0
    assert closed_stderr.stdout.startswith("# Arbeidsverksted for kommunestyret")


CONSOLE_COMMANDS = (
    ["check", SEED],
    ["render", SEED, "-f", "md"],
    ["render", SEED, "-f", "terminal"],
    ["methods", "igp"],
    ["new", "--list"],
)


def in_console(encoding: str | None, *args: object) -> subprocess.CompletedProcess[str]:
    """``planverksted *args`` in a console of ``encoding`` (None: the C locale's), as text.

    A console whose encoding ``PYTHONIOENCODING`` names differs from another only in the
    standard streams the interpreter makes: the console script runs in-process, with those
    streams. The C locale (``LC_ALL=C``, no UTF-8 mode) changes the whole interpreter (the
    locale's encoding, the file system's): the installed command runs, in a process.
    """
    if encoding is None:
        command = " ".join(['"$P"', *(shlex.quote(str(arg)) for arg in args)])
        return shell(command, LC_ALL="C", PYTHONUTF8="0", PYTHONIOENCODING="")
    done = console_script(*args, encoding=encoding, env={"NO_COLOR": None, "TERM": None})
    return subprocess.CompletedProcess(
        done.args,
        done.returncode,
        done.stdout.decode(encoding, "replace"),
        done.stderr.decode(encoding, "replace"),
    )


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", None], ids=["ascii", "cp1252", "C-locale"])
def test_any_console_encoding_still_gets_the_output(encoding: str | None, tmp_path: Path) -> None:
    for command in CONSOLE_COMMANDS:
        result = in_console(encoding, *command)
        assert result.returncode == 0, (command, result.stderr)
        assert "Traceback" not in result.stderr
        assert result.stdout.strip()
    preview = in_console(encoding, "render", SEED, "-f", "terminal").stdout
    if encoding == "ascii":
        # ASCII drawing, not question marks: the flag and the timeline have their fallbacks.
        assert "! Advarsel:" in preview
        bar = next(line for line in preview.splitlines() if line.startswith("#"))
        assert set(bar) <= set("#=-."), bar
    # Files are read and written as UTF-8 whatever the locale.
    out = tmp_path / "out.md"
    written = in_console(encoding, "render", SEED, "-o", out)
    assert written.returncode == 0
    assert "Kjøreplan" in out.read_text(encoding="utf-8")


def _hostile(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            planverksted: 1
            language: en
            title: "Verksted\\e[2J\\e]0;owned\\a"
            start: "09:00"
            people:
              "kari\\n::error file=README.md,line=1::Injected": {name: Kari}
            agenda:
              - title: "Gruppe\\e[1A\\e[2K"
                duration: 100
                who: "ola\\u200b"
                method: "m\\n::warning::x"
              - {title: "Slutt\\r", duration: 5}
            """
        ),
        encoding="utf-8",
    )
    return path


def _no_control(text: str) -> None:
    allowed = {"\n"}
    assert not [c for c in text if (ord(c) < 32 or 0x7F <= ord(c) < 0xA0) and c not in allowed]
    assert "\u200b" not in text


def test_control_characters_from_a_file_are_made_visible_in_check(tmp_path: Path) -> None:
    path = _hostile(tmp_path)
    text = terminal("check", "--lang", "en", path).stdout
    _no_control(text)
    assert "\\x1b[1A\\x1b[2K" in text
    assert "'ola\\u200b'" in text
    github = terminal("check", path, "--format", "github").stdout
    _no_control(github)
    for line in github.splitlines():
        assert line.startswith(("::error ", "::warning ", "::notice "))
        assert line.count("::") == 2  # its own two, none from the file
    assert not any(line.startswith("::error file=README.md") for line in github.splitlines())
    document = json.loads(terminal("check", path, "--format", "json").stdout)
    assert any("\x1b" in f["message"] for f in document["findings"])  # JSON keeps it, escaped


def test_control_characters_from_a_file_are_made_visible_in_the_preview(tmp_path: Path) -> None:
    path = tmp_path / "ok.yaml"
    path.write_text(
        'planverksted: 1\ntitle: "Verksted\\e[2J"\nstart: "09:00"\n'
        'agenda:\n  - {title: "A\\e]0;x\\a", duration: 10, notes: "B\\e[1A"}\n',
        encoding="utf-8",
    )
    result = terminal("render", path, "-f", "terminal")
    assert result.returncode == 0, result.stderr
    _no_control(result.stdout)
    assert "Verksted\\x1b[2J" in result.stdout
    assert "A\\x1b]0;x\\x07" in result.stdout


def test_an_invisible_character_in_a_key_is_named(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        'planverksted: 1\nlanguage: en\n"title\\u200b": Verksted\nagenda: []\n', encoding="utf-8"
    )
    text = terminal("check", "--lang", "en", path).stdout
    assert (
        "unknown key 'title\\u200b' in the file (it holds U+200B ZERO WIDTH SPACE, "
        "which does not show)"
    ) in text
