"""docs/guide.md tells the truth: its console sessions run as shown, its tables match the code."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from conftest import ROOT
from invoking import planverksted
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method
from planverksted.workshop.scaffold import list_starters, top_level_value

GUIDE = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
LANGUAGES = {"nb": "bokmål", "nn": "nynorsk", "en": "English"}


def console_sessions() -> list[tuple[str, str]]:
    """Each ``$ command`` in a console block, with the output shown under it."""
    sessions = []
    for indent, body in re.findall(r"^( *)```console\n(.*?)^\1```", GUIDE, re.DOTALL | re.M):
        lines = [line.removeprefix(indent) for line in body.splitlines()]
        for chunk in "\n".join(lines).split("$ ")[1:]:
            command, _, output = chunk.partition("\n")
            sessions.append((command, output))
    return sessions


def test_the_console_sessions_run_as_shown(tmp_path: Path) -> None:
    sessions = console_sessions()
    assert len(sessions) >= 4
    for command, output in sessions:
        program, *args = shlex.split(command)
        assert program == "planverksted"
        # In-process; standard output and error in the order a terminal shows them.
        result = planverksted(*args, cwd=tmp_path, env={"NO_COLOR": None}, merged=True)
        assert result.stdout == output.rstrip("\n") + "\n", command


def _table(heading: str) -> list[list[str]]:
    """The rows of the first table whose header row starts with ``| heading |``."""
    block = GUIDE[GUIDE.index(f"| {heading} |") :].split("\n\n")[0]
    return [[cell.strip() for cell in row.strip("|").split("|")] for row in block.splitlines()[2:]]


def test_the_starters_table_lists_every_starter_in_its_language() -> None:
    rows = {row[0].strip("`"): row[1] for row in _table("starter")}
    assert rows == {
        starter.name: LANGUAGES[str(top_level_value(starter.text, "language"))]
        for starter in list_starters()
    }


def test_the_methods_table_has_every_method_with_its_steps_and_total() -> None:
    rows = {row[0].strip("`"): (row[1], row[2]) for row in _table("method")}
    expected = {}
    for key in BUILTIN_METHODS:
        method = builtin_method(key)
        expected[key] = (
            " + ".join(str(step.duration) for step in method.steps),
            f"{method.total} min",
        )
    assert rows == expected
