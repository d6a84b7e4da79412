"""Right answers at the edges: midnight, absurd lengths, unreadable folders, empty lists,
standard input twice, gaps that are not work, Python's internals, located bytes, and
thousands of findings kept readable."""

from __future__ import annotations

import json
import os
import re
import subprocess
import textwrap
from pathlib import Path
from typing import Any

import pytest

from conftest import HEADER, analyse, codes, found
from invoking import planverksted
from planverksted.cli.commands import check as check_command


def run(*args: object, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return planverksted(*args, input=stdin)


def test_method_steps_past_midnight_are_an_error_and_never_print_hour_24(tmp_path: Path) -> None:
    text = HEADER + 'start: "23.50"\nagenda:\n  - {title: Gruppe, duration: 10, method: igp}\n'
    assert found(text)[1] == (
        "step-past-midnight",
        5,
        43,
        'the steps of method IGP in "Gruppe" run past midnight (23.50 + 19 min)',
    )
    path = tmp_path / "w.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("render", path, "-f", "md")
    assert result.returncode == 1
    assert not re.search(r"24\.(?!00)[0-9]{2}", result.stdout + result.stderr)


@pytest.mark.parametrize("length", ["99999999", "9" * 5000, "99999999 min", "1" + "0" * 30 + " t"])
def test_an_absurd_length_is_a_finding_without_pythons_words(length: str) -> None:
    text = HEADER + (
        "methods:\n  m: {steps: [{title: S, duration: '" + length + "'}]}\n"
        'start: "09.00"\nagenda:\n  - {title: A, duration: 10, method: m}\n'
    )
    findings = analyse(text).findings
    assert [f.code for f in findings] == ["bad-duration"]
    message = findings[0].message
    assert "longer than a week, the cap" in message or "cannot read the duration" in message
    for internal in ("invalid literal", "Exceeds the limit", "set_int_max_str_digits"):
        assert internal not in message
    assert len(message) < 200


@pytest.mark.parametrize("version", ["١", "１", "0001", "1" * 5000])
def test_only_ascii_digits_count_as_a_version(version: str) -> None:
    text = f"planverksted: '{version}'\ntitle: V\nagenda:\n  - {{title: A, start: '9.00', duration: 5}}\n"
    findings = analyse(text).findings
    assert [f.code for f in findings] == ["bad-version"]
    assert "Exceeds" not in findings[0].message


def test_an_unreadable_folder_is_a_finding_not_no_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "ok.yaml").write_text(
        HEADER + "agenda:\n  - {title: A, start: '9.00', duration: 5}\n", encoding="utf-8"
    )
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "hidden.yaml").write_text("planverksted: 1\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, unreadable = check_command.gather([str(tmp_path)])
    assert files == [str(tmp_path / "ok.yaml")]
    assert [(f.code, f.file, f.message) for f in unreadable] == [
        ("file-unreadable", str(locked), "cannot read the folder: permission denied")
    ]
    assert check_command.run([str(tmp_path)], "text", False, []) == 1


@pytest.mark.parametrize(
    "body",
    [
        "questions: {q: {items: []}}\n",
        "questions: {q: []}\n",
        "goals: []\n",
        "evaluation: []\n",
        "checks: {ignore: []}\n",
        "agenda:\n  - {title: A, start: '9.00', duration: 5, who: []}\n",
        "agenda:\n  - {title: A, start: '9.00', duration: 5, materials: []}\n",
        "agenda:\n  - {title: A, start: '9.00', duration: 5, parts: []}\n",
        "agenda:\n  - {title: A, start: '9.00', duration: 5, questions: []}\n",
    ],
)
def test_an_empty_list_is_missing_value_for_every_list(body: str) -> None:
    agenda = "" if "agenda" in body else "agenda:\n  - {title: A, start: '9.00', duration: 5}\n"
    assert "missing-value" in codes(HEADER + body + agenda)


def test_standard_input_is_read_once() -> None:
    result = run("check", "-", "-", stdin=HEADER)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "planverksted: standard input (-) is given twice; it can be read only once",
        "    hint: give - once",
    ]


def test_a_hole_in_the_agenda_is_not_work_for_no_break() -> None:
    text = HEADER + textwrap.dedent(
        """\
        agenda:
          - {title: A, time: 9.00-10.00}
          - {title: B, time: 13.20-14.20}
        """
    )
    assert "no-break" not in codes(text)
    assert "gap" in codes(text)
    # A short gap does not rest anyone, and is not counted as work either.
    tight = HEADER + textwrap.dedent(
        """\
        agenda:
          - {title: A, time: 9.00-9.50}
          - {title: B, time: 9.55-10.40}
        """
    )
    assert (
        "no-break",
        5,
        5,
        '1 h 35 min without a break (09.00–10.40); the limit of 1 h 30 min is passed during block "B"',
    ) in found(tight)


@pytest.mark.parametrize(
    ("raw", "line", "column", "message"),
    [
        (b"planverksted: 1\ntitle: A\x00B\n", 2, 9, "a NUL byte (\\x00)"),
        (
            b"planverksted: 1\ntitle: Verksted\nvenue: \x1b[2J\n",
            3,
            8,
            "a control character (\\x1b)",
        ),
        (b"planverksted: 1\n\ntitle: A\x7fB\n", 3, 9, "a control character (\\x7f)"),
    ],
)
def test_bytes_yaml_refuses_are_located(
    tmp_path: Path, raw: bytes, line: int, column: int, message: str
) -> None:
    path = tmp_path / "w.yaml"
    path.write_bytes(raw + b"language: en\n")  # the file's language is the program's voice
    result = run("check", path)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == (
        f"{path}:{line}:{column}: error[yaml-syntax] the file holds {message}, "
        "which YAML does not allow"
    )


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_bom_is_named(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "w.yaml"
    path.write_bytes((HEADER + "agenda: []\n").encode(encoding))
    result = run("check", "--lang", "en", path)
    assert result.stdout.splitlines()[0] == (
        f"{path}:1:1: error[not-utf8] the file is UTF-16 text (Notepad's 'Unicode'), not UTF-8"
    )
    assert "position" not in result.stdout


def _many_gaps(blocks: int) -> str:
    lines = [HEADER.rstrip(), 'start: "00:00"', "agenda:"]
    lines += [
        f"  - {{title: B{n}, start: '{n // 60:02d}:{n % 60:02d}', duration: 1}}"
        for n in range(0, blocks * 2, 2)
    ]
    return "\n".join(lines) + "\n"


def test_thousands_of_findings_stay_readable(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(_many_gaps(700) + "language: en\n", encoding="utf-8")
    result = run("check", path, "--ignore", "no-break")
    lines = result.stdout.splitlines()
    gaps = [line for line in lines if re.search(r":[0-9]+:[0-9]+: warning\[gap\]", line)]
    assert len(gaps) == 10
    assert (
        f"{path}: … and 689 more warning[gap] like these (--format json lists every one)" in lines
    )
    assert lines[-1] == "699 warnings in 1 of 1 file"
    document = json.loads(run("check", path, "--ignore", "no-break", "--format", "json").stdout)
    assert len(document["findings"]) == 699
    rendered = run("render", path, "-f", "md", "--lang", "en")
    assert rendered.returncode == 0
    assert len(rendered.stderr.splitlines()) < 30
