"""Outputs never destroy what is not an earlier output: devices, FIFOs, sockets, any input of
the same run, a file of another kind without --force; signals leave no temporary file.

End to end through the command line, as a user (or root) would run it: in-process, save
where the test needs the process's own standard input or signals."""

from __future__ import annotations

import os
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import EXAMPLES, HANG
from invoking import planverksted

BIN = Path(sys.executable).with_name("planverksted")
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def run(
    *args: object, stdin: object = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    if stdin is None:
        return planverksted(*args, cwd=cwd)
    return subprocess.run(
        [str(BIN), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        stdin=stdin,  # type: ignore[arg-type]
        cwd=cwd,
        timeout=HANG,
    )


def first_error(result: subprocess.CompletedProcess[str]) -> str:
    return next(line for line in result.stderr.splitlines() if line.startswith("planverksted:"))


@pytest.mark.parametrize("command", ["render", "schema"])
def test_a_device_is_never_replaced(command: str) -> None:
    args = {
        "render": ("render", SEED, "-f", "md", "-o", "/dev/null"),
        "schema": ("schema", "-o", "/dev/null", "--force"),
    }[command]
    before = Path("/dev/null").stat()
    result = run(*args)
    assert result.returncode == 1
    # The workshop file's language; schema has none, so it speaks the locale's (English).
    assert (
        first_error(result)
        == {
            "render": "planverksted: kan ikke skrive /dev/null: det er en enhet, ikke en vanlig fil",
            "schema": "planverksted: cannot write /dev/null: it is a device, not a regular file",
        }[command]
    )
    after = Path("/dev/null").stat()
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_fifo_is_refused_and_its_reader_never_waits(tmp_path: Path) -> None:
    fifo = tmp_path / "out.md"
    os.mkfifo(fifo)
    norwegian = (
        f"planverksted: kan ikke skrive {fifo}: det er et navngitt rør (FIFO), ikke en vanlig fil"
    )
    english = f"planverksted: cannot write {fifo}: it is a named pipe (FIFO), not a regular file"
    for args, expected in (
        (("render", SEED, "-o", fifo), norwegian),
        (("render", SEED, "-o", fifo, "--force"), norwegian),
        (("schema", "-o", tmp_path / "out.md", "--force"), english),
    ):
        result = run(*args)
        assert result.returncode == 1, result.stderr
        assert first_error(result) == expected
    link = tmp_path / "link.html"
    link.symlink_to(fifo)
    assert run("render", SEED, "-o", link).returncode == 1
    workshop_fifo = tmp_path / "w.yaml"
    os.mkfifo(workshop_fifo)
    made = run("new", workshop_fifo, "--force")
    assert made.returncode == 1
    assert "navngitt rør (FIFO)" in first_error(made)
    assert stat.S_ISFIFO(fifo.stat().st_mode) and stat.S_ISFIFO(workshop_fifo.stat().st_mode)


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.html"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        result = run("render", SEED, "-o", path, "--force")
    finally:
        server.close()
    assert result.returncode == 1
    assert first_error(result) == (
        f"planverksted: kan ikke skrive {path}: det er et nettverksendepunkt (socket), ikke en vanlig fil"
    )
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_standard_inputs_file_is_never_the_output(tmp_path: Path) -> None:
    source = tmp_path / "x.yaml"
    source.write_bytes(SEED.read_bytes())
    with source.open("rb") as stdin:
        result = run("render", "-", "-f", "md", "-o", source, "--force", stdin=stdin)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-2:] == [
        # Standard input is read after the outputs are checked: its language is not known yet.
        f"planverksted: the output {source} is the file on standard input; it would be overwritten",
        "    hint: write the run-sheet to another file, like -o runsheet.html",
    ]
    assert source.read_bytes() == SEED.read_bytes()


def test_the_template_and_what_it_includes_are_never_the_output(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    main = folder / "mine.md.j2"
    main.write_text("{% include 'part.md' %}\n", encoding="utf-8")
    part = folder / "part.md"
    part.write_text("{{ workshop.title }}\n", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(part)
    for target, what in (
        (main, "selve malen"),
        (part, "en fil som malen tar med"),
        (link, "en fil som malen tar med"),
    ):
        result = run("render", SEED, "--template", main, "-f", "md", "-o", target, "--force")
        assert result.returncode == 2, result.stderr
        assert (
            f"planverksted: utfilen {target} er {what}; den ville blitt skrevet over"
            in result.stderr
        )
    assert main.read_text(encoding="utf-8") == "{% include 'part.md' %}\n"
    assert part.read_text(encoding="utf-8") == "{{ workshop.title }}\n"


def test_only_an_earlier_output_is_replaced_without_force(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text("planverksted: 1\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("mine\n", encoding="utf-8")
    for target in (other, notes):
        result = run("render", SEED, "-f", "md", "-o", target)
        assert result.returncode == 1
        assert first_error(result).startswith(
            f"planverksted: {target} finnes allerede og er ikke laget av planverksted før"
        )
        assert "bruk --force" in result.stderr
    assert other.read_text(encoding="utf-8") == "planverksted: 1\n"
    assert notes.read_text(encoding="utf-8") == "mine\n"
    forced = run("render", SEED, "-f", "md", "-o", notes, "--force")
    assert forced.returncode == 0
    assert notes.read_text(encoding="utf-8").startswith("# ")
    earlier = tmp_path / "out.html"
    earlier.write_text("old", encoding="utf-8")
    assert run("render", SEED, "-o", earlier).returncode == 0
    # A link is judged by what it points to: out.md pointing at a workshop file.
    link = tmp_path / "out.md"
    link.symlink_to(other)
    refused = run("render", SEED, "-o", link)
    assert refused.returncode == 1
    assert f"(gjennom lenken til {other})" in first_error(refused)
    assert other.read_text(encoding="utf-8") == "planverksted: 1\n"


def test_schema_replaces_only_a_json_file(tmp_path: Path) -> None:
    notes = tmp_path / "schema.txt"
    notes.write_text("mine\n", encoding="utf-8")
    assert run("schema", "-o", notes).returncode == 1
    assert notes.read_text(encoding="utf-8") == "mine\n"
    workshop = tmp_path / "w.yaml"
    workshop.write_text("planverksted: 1\n", encoding="utf-8")
    link = tmp_path / "s.json"
    link.symlink_to(workshop)
    refused = run("schema", "-o", link)
    assert refused.returncode == 1
    assert workshop.read_text(encoding="utf-8") == "planverksted: 1\n"
    old = tmp_path / "old.json"
    old.write_text("{}", encoding="utf-8")
    assert run("schema", "-o", old).returncode == 0
    assert run("schema", "-o", notes, "--force").returncode == 0


_WRITE_THEN_SIGNAL = textwrap.dedent(
    """\
    import os, signal, sys
    from pathlib import Path
    from planverksted import writing

    def stopped(descriptor):
        os.kill(os.getpid(), signal.{name})

    writing.os.fsync = stopped
    writing.write_atomic(Path(sys.argv[1]), "the new run-sheet")
    """
)


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, name: str
) -> None:
    target = tmp_path / "out.md"
    target.write_text("the old run-sheet", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", _WRITE_THEN_SIGNAL.format(name=name), str(target)],
        capture_output=True,
        text=True,
        check=False,
        timeout=HANG,
    )
    assert result.returncode == -getattr(signal, name), result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_text(encoding="utf-8") == "the old run-sheet"
    assert [path.name for path in tmp_path.iterdir()] == ["out.md"]


def test_write_atomic_takes_bytes(tmp_path: Path) -> None:
    from planverksted.writing import write_atomic

    target = tmp_path / "out.pdf"
    write_atomic(target, b"%PDF-1.7\r\n\x00\xff")
    assert target.read_bytes() == b"%PDF-1.7\r\n\x00\xff"


def test_new_succeeds_with_a_warning_when_the_schema_cannot_be_written(tmp_path: Path) -> None:
    (tmp_path / "planverksted.schema.json").mkdir()
    result = run("new", "w.yaml", cwd=tmp_path)
    assert result.returncode == 0
    assert (tmp_path / "w.yaml").is_file()
    assert (
        "planverksted: advarsel: verkstedfilen er skrevet, men ikke skjemaet ved siden av"
        in result.stderr
    )
    fifo_folder = tmp_path / "f"
    fifo_folder.mkdir()
    os.mkfifo(fifo_folder / "planverksted.schema.json")
    beside_fifo = run("new", "w.yaml", cwd=fifo_folder)  # must not hang reading the FIFO
    assert beside_fifo.returncode == 0
    assert "navngitt rør (FIFO)" in beside_fifo.stderr
    rerun = run("new", "w2.yaml", cwd=tmp_path)
    assert rerun.returncode == 0


@pytest.mark.parametrize(
    "args",
    [
        ("check", "{long}.yaml"),
        ("render", "{long}.yaml"),
        ("render", "{seed}", "-o", "{long}.html"),
        ("render", "{seed}", "--template", "{long}.md.j2", "-f", "md"),
        ("new", "{long}.yaml"),
        ("schema", "-o", "{long}.json"),
        ("check", "{locked}/w.yaml"),
        ("render", "{locked}/w.yaml"),
        ("render", "{seed}", "-o", "{locked}/out.html"),
        ("render", "{seed}", "--template", "{locked}/t.md.j2", "-f", "md"),
        ("new", "{locked}/w.yaml"),
        ("schema", "-o", "{locked}/s.json"),
    ],
)
def test_odd_paths_give_plain_messages(tmp_path: Path, args: tuple[str, ...]) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "w.yaml").write_bytes(SEED.read_bytes())
    locked.chmod(0)
    try:
        names = {"long": str(tmp_path / ("x" * 300)), "locked": str(locked), "seed": str(SEED)}
        # root reads through a locked folder; drop to "nobody" where we can to see the refusal.
        result = run(*(arg.format(**names) for arg in args))
    finally:
        locked.chmod(0o755)
    assert result.returncode in (0, 1, 2), result.stderr
    assert "Traceback" not in result.stderr
    assert "internal error" not in result.stderr


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("check", "{locked}/w.yaml"), 1),
        (("render", "{locked}/w.yaml"), 1),
        (("render", "{seed}", "-o", "{locked}/out.html"), 1),
        (("render", "{seed}", "--template", "{locked}/t.md.j2", "-f", "md"), 1),
        (("new", "{locked}/w.yaml"), 1),
        (("schema", "-o", "{locked}/s.json"), 1),
    ],
)
def test_a_folder_without_search_permission_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], code: int
) -> None:
    """As a user who may not enter the folder (root may, so the refusal is simulated)."""
    from typer.testing import CliRunner

    from planverksted.cli import shell

    locked = tmp_path / "locked"
    real_stat = os.stat

    def stat_refused(path: object, *rest: object, **options: object) -> os.stat_result:
        if str(locked) in os.fsdecode(path):  # type: ignore[arg-type]
            raise PermissionError(13, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_stat(path, *rest, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "stat", stat_refused)
    names = {"locked": str(locked), "seed": str(SEED)}
    result = CliRunner().invoke(shell.app, [arg.format(**names) for arg in args])
    assert result.exit_code == code, result.output
    output = result.stdout + result.stderr
    # In the file's language where it can be read (bokmål), else the locale's (English).
    assert "permission denied" in output or "ingen tilgang" in output
    assert "internal error" not in output and "Traceback" not in output
