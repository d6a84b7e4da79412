"""Shell completion through typer's environment-variable protocol, as a shell calls it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from planverksted.workshop.builtin_methods import BUILTIN_METHODS
from planverksted.workshop.scaffold import list_starters
from test_new import BIN

STARTERS = [starter.name for starter in list_starters()]
# What a completion must never load: the template engine, the validation library and the
# validating pipeline (typer is pinned below 0.29, which would import pydantic itself).
HEAVY = (
    "jinja2",
    "pydantic",
    "planverksted.workshop.model",
    "planverksted.analysis",
    "planverksted.workshop.jsonschema",
)


def complete(shell: str, words: str) -> tuple[list[str], set[str]]:
    """The completion lines for ``words`` (the cursor at its end) and every module imported."""
    # COLUMNS is the user's terminal, not the shell's completion protocol: leave it out.
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("_TYPER") and k != "COLUMNS"
    }
    environment |= {"_PLANVERKSTED_COMPLETE": f"complete_{shell}", "PYTHONPROFILEIMPORTTIME": "1"}
    if shell == "bash":
        split = words.split()
        environment |= {"COMP_WORDS": words, "COMP_CWORD": str(len(split) - (words[-1] != " "))}
    else:
        environment |= {"_TYPER_COMPLETE_ARGS": words}
    result = subprocess.run(
        [str(BIN)], capture_output=True, text=True, env=environment, check=False
    )
    assert result.returncode == 0, result.stderr
    imported = {
        line.split("|")[-1].strip() for line in result.stderr.splitlines() if "import time" in line
    }
    assert "planverksted.cli.shell" in imported  # the import log is really there
    return result.stdout.splitlines(), imported


def test_starter_names_complete_for_the_starter_option() -> None:
    lines, imported = complete("bash", "planverksted new verksted.yaml --starter ")
    assert lines == STARTERS
    assert not [module for module in imported if module.startswith(HEAVY)]


def test_a_prefix_narrows_the_starters() -> None:
    lines, _ = complete("bash", "planverksted new verksted.yaml -s kom")
    assert lines == ["kommunestyre", "kommunestyre-kafedialog", "kommunestyre-nn"]


def test_method_names_complete_for_methods() -> None:
    lines, imported = complete("bash", "planverksted methods ")
    assert lines == list(BUILTIN_METHODS)
    assert not [module for module in imported if module.startswith(HEAVY)]
    assert complete("bash", "planverksted methods tr")[0] == ["troika", "triz"]


def test_command_names_complete_without_heavy_imports() -> None:
    lines, imported = complete("bash", "planverksted ch")
    assert lines == ["check"]
    assert not [module for module in imported if module.startswith(HEAVY)]


def test_zsh_shows_what_each_starter_is() -> None:
    lines, _ = complete("zsh", "planverksted new verksted.yaml --starter b")
    text = "\n".join(lines)
    assert '"blank":"Blank, with comments that teach the format (bokmål)"' in text
    assert '"blank-en":' in text
    assert "kommunestyre" not in text


@pytest.mark.parametrize("callback", ["_complete_starter", "_complete_method"])
def test_the_callbacks_import_neither_pydantic_nor_jinja2(callback: str) -> None:
    # The callbacks on their own, in a fresh interpreter: they read names from plain data.
    script = textwrap.dedent(
        f"""
        import sys
        from planverksted.cli import shell as cli
        before = set(sys.modules)
        names = [name for name, _ in cli.{callback}("")]
        loaded = sorted(set(sys.modules) - before)
        print(len(names), *[m for m in loaded if m.split(".")[0] in ("pydantic", "jinja2", "rich")])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    count, *heavy = result.stdout.split()
    assert int(count) == len(STARTERS if callback == "_complete_starter" else BUILTIN_METHODS)
    assert heavy == []
