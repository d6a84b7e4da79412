"""The output formats: one module each, found by the registry; a new format is one file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES
from planverksted.cli.commands import render as command
from planverksted.runsheet import formats

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def _clear() -> None:
    formats.names.cache_clear()
    formats.get.cache_clear()


def test_every_format_declares_itself() -> None:
    for entry in formats.every():
        assert entry.format.name in formats.names()
        assert all(s.startswith(".") and s == s.lower() for s in entry.format.suffixes)
    assert formats.by_suffix(".HTM") is formats.get("html")
    assert formats.by_suffix(".yaml") is None
    assert formats.get("terminal").format.to_file == "no"


def test_a_new_format_is_one_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "txt.py").write_text(
        '"""Plain text: one line a block."""\n'
        "from planverksted.runsheet.formats import Job, OutputFormat\n"
        'FORMAT = OutputFormat("txt", suffixes=(".txt",), summary="plain text")\n'
        "def render(job: Job) -> str:\n"
        "    return ''.join(\n"
        "        f\"{row['time']} {row['title']}\\n\"\n"
        "        for day in job.view['days'] for row in day['blocks']\n"
        "    )\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(formats, "__path__", [*formats.__path__, str(plugins)])
    _clear()
    try:
        out = tmp_path / "plan.txt"
        assert command.run(str(SEED), output=str(out)) == 0
        lines = out.read_text(encoding="utf-8").splitlines()
        assert lines[0] == "13.00–13.10 Innledning ved ordfører – ønska resultat for dagen"
        assert ".txt" in formats.suffixes()
    finally:
        monkeypatch.undo()
        sys.modules.pop("planverksted.runsheet.formats.txt", None)
        _clear()


def test_a_format_whose_extra_is_missing_names_the_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planverksted.errors import UsageError

    plugins = tmp_path / "plugins"
    plugins.mkdir()
    (plugins / "fancy.py").write_text(
        "from planverksted.runsheet.formats import Job, OutputFormat\n"
        'FORMAT = OutputFormat("fancy", suffixes=(".fancy",), extra="fancy",'
        ' requires=("no_such_module_here",))\n'
        "def render(job: Job) -> str:\n"
        "    raise AssertionError('not reached')\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(formats, "__path__", [*formats.__path__, str(plugins)])
    _clear()
    try:
        with pytest.raises(UsageError) as raised:
            command.run(str(SEED), output=str(tmp_path / "x.fancy"))
        assert raised.value.hint == "install it with: pip install 'planverksted[fancy]'"
        assert not (tmp_path / "x.fancy").exists()
    finally:
        monkeypatch.undo()
        sys.modules.pop("planverksted.runsheet.formats.fancy", None)
        _clear()
