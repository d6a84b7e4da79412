"""A user's Typst template reads only regular files of its own folder, never a package, and
its compile is capped in time and memory like every render."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from english_seed import english_copy
from planverksted import capped
from planverksted.cli import shell as cli

pytest.importorskip("typst")

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


@pytest.fixture(autouse=True, scope="module")
def _english_seed(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The seed marked English: the command speaks the file's language, and these tests
    read its messages in English."""
    global SEED
    SEED = english_copy(tmp_path_factory.mktemp("seed"))


HEAD = '#set document(title: "T")\n#set text(lang: "nb")\n'


def invoke(*args: object) -> Any:
    # In English: the messages here are read as English (the seed is a bokmål file).
    return CliRunner().invoke(cli.app, ["render", "--lang", "en", *map(str, args)])


def last_error(result: Any) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("planverksted: ")]
    return lines[-1] if lines else result.output


def make(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder / next(iter(files))


PACKAGE = (
    "planverksted: template error at {where}: the Typst package @preview/cetz:0.2.2 is "
    "imported, and packages are never read or downloaded"
)


@pytest.mark.parametrize(
    ("files", "where"),
    [
        ({"plain.typ": '#import "@preview/cetz:0.2.2": *\n'}, "plain.typ:1"),
        ({"joined.typ": '#import "@pre" + "view/cetz:0.2.2": *\n'}, "joined.typ:1"),
        (
            {"variable.typ": '#let p = "@preview/cetz:0.2.2"\n#import p: *\n'},
            "variable.typ:2",
        ),
        (
            {"main.typ": '#import "lib/mine.typ": *\n',
             "lib/mine.typ": '#import "@preview/cetz:0.2.2": *\n'},
            "lib/mine.typ:1",
        ),
        ({"included.typ": '#include "@preview/cetz:0.2.2"\n'}, "included.typ:1"),
    ],
)  # fmt: skip
def test_no_package_is_ever_read_or_fetched(
    tmp_path: Path, files: dict[str, str], where: str
) -> None:
    template = make(tmp_path / "t", files)
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    folder = tmp_path / "t"
    assert last_error(result) == PACKAGE.format(where=f"{folder}/{where}")
    assert not (tmp_path / "x.pdf").exists()


def test_a_package_in_the_users_own_package_folders_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Where Typst would look by itself: XDG data and cache folders.
    for variable in ("XDG_DATA_HOME", "XDG_CACHE_HOME"):
        home = tmp_path / variable
        package = home / "typst/packages/local/mine/0.1.0"
        make(package, {"typst.toml": '[package]\nname = "mine"\nversion = "0.1.0"\n'
                       'entrypoint = "lib.typ"\n', "lib.typ": "#let x = 1\n"})  # fmt: skip
        monkeypatch.setenv(variable, str(home))
    template = make(tmp_path / "t", {"main.typ": '#import "@local/mine:0.1.0": x\n#x\n'})
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert "the Typst package @local/mine:0.1.0 is imported" in last_error(result)


@pytest.mark.parametrize("how", ['#read("leak")', '#json("leak")', '#include "leak"'])
def test_a_link_out_of_the_folder_is_not_followed(tmp_path: Path, how: str) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret\n", encoding="utf-8")
    folder = tmp_path / "t"
    template = make(folder, {"main.typ": HEAD + how + "\n"})
    (folder / "leak").symlink_to(secret)
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert last_error(result) == (
        f"planverksted: template error at {template}:3: leak is a link to {secret}, outside "
        f"the template folder {folder}"
    )


def test_etc_passwd_through_a_link_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    template = make(folder, {"main.typ": HEAD + '#read("passwd")\n'})
    (folder / "passwd").symlink_to("/etc/passwd")
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert "passwd is a link to /etc/passwd, outside the template folder" in last_error(result)
    assert "root:" not in result.output


def test_an_absolute_or_parent_path_stays_in_the_folder(tmp_path: Path) -> None:
    (tmp_path / "secret.txt").write_text("the secret\n", encoding="utf-8")
    for path in ("../secret.txt", "/../secret.txt", str(tmp_path / "secret.txt")):
        template = make(tmp_path / "t", {"main.typ": HEAD + f'#read("{path}")\n'})
        result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
        assert result.exit_code == 1, path
        assert "the secret" not in result.output
        assert str(tmp_path / "t" / "main.typ") + ":3" in last_error(result)


def test_files_and_links_inside_the_folder_are_read(tmp_path: Path) -> None:
    folder = tmp_path / "t"
    template = make(
        folder,
        {
            "main.typ": HEAD + '#import "lib/words.typ": greeting\n#greeting #read("alias")\n',
            "lib/words.typ": '#let greeting = "Hei"\n',
            "real.txt": "fra fila",
        },
    )
    (folder / "alias").symlink_to(folder / "real.txt")
    os.mkfifo(folder / "pipe")  # never opened: a pipe would block the reader
    (folder / ".hidden").mkdir()
    target = tmp_path / "x.pdf"
    result = invoke(SEED, "--template", template, "-o", target)
    assert result.exit_code == 0, result.output
    from pypdf import PdfReader

    assert "Hei fra fila" in PdfReader(target).pages[0].extract_text()


def test_a_folder_over_the_caps_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from planverksted.runsheet.formats import pdf

    monkeypatch.setattr(pdf, "MAX_TEMPLATE_FILES", 3)
    folder = tmp_path / "t"
    template = make(folder, {"main.typ": HEAD, **{f"{n}.txt": "x" for n in range(3)}})
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert last_error(result) == (
        f"planverksted: the template's folder {folder} is larger than a template may read: "
        "at most 3 files, 64 MB and 16 folders deep"
    )


@pytest.mark.parametrize(
    ("body", "patch", "message"),
    [
        (
            "#for i in range(100000) { for j in range(100000) { } }\n",
            ("MAX_CPU_SECONDS", 1),
            "making x.pdf used more than the cap of 1 seconds of processor time; it was stopped",
        ),
        (
            "#let a = ()\n#for i in range(1000000000) { a.push(str(i) * 1000) }\n",
            ("MAX_MEMORY", 512 * 1024 * 1024),
            "making x.pdf needed more than the cap of 512 MB of memory; it was stopped",
        ),
    ],
)
def test_a_typst_template_that_runs_away_is_stopped_at_a_cap(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    patch: tuple[str, int],
    message: str,
) -> None:
    monkeypatch.setattr(capped, *patch)
    template = make(tmp_path / "t", {"main.typ": HEAD + body})
    result = invoke(SEED, "--template", template, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 1
    assert last_error(result) == f"planverksted: {message}"


def test_a_planverksted_folder_in_the_working_folder_is_not_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The compiler's process imports the installed planverksted, not a folder of the user's."""
    shadow = tmp_path / "planverksted"
    shadow.mkdir()
    (shadow / "__init__.py").write_text("raise SystemExit('shadowed')\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke(SEED, "-o", tmp_path / "x.pdf")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")
