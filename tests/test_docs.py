"""docs/checks.md documents exactly the codes the registry has, with their severities."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import ROOT
from planverksted.lint.finding import CODES


def test_checks_doc_lists_every_code_once_with_its_severity() -> None:
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (\w+)(, always)? \|", text, flags=re.MULTILINE)
    documented = {code: (severity, bool(always)) for code, severity, always in rows}
    assert len(rows) == len(documented), "a code is documented twice"
    assert documented == {
        name: (str(code.severity), not code.ignorable) for name, code in CODES.items()
    }


def test_readme_tables_name_every_starter_and_method_with_its_steps() -> None:
    from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method
    from planverksted.workshop.scaffold import list_starters

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    starters = re.findall(r"^   \| `([a-z-]+)` \| [^|]+ \|$", readme, flags=re.MULTILINE)
    assert starters == [starter.name for starter in list_starters()]
    methods = re.findall(
        r"^   \| `([a-z0-9-]+)` \| ([\d + ]+) \| (\d+) min \|", readme, re.MULTILINE
    )
    assert [name for name, _, _ in methods] == list(BUILTIN_METHODS)
    for name, steps, total in methods:
        method = builtin_method(name)
        assert steps.strip() == " + ".join(str(step.duration) for step in method.steps)
        assert int(total) == method.total


def test_checks_doc_is_generated_from_the_rules() -> None:
    from planverksted.lint.checks_doc import checks_markdown

    committed = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    assert committed == checks_markdown(), (
        "docs/checks.md is stale: python -m planverksted.lint.checks_doc > docs/checks.md"
    )


def test_a_new_rule_module_is_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Adding a check costs one module in lint/rules: its code, docs, wording and check."""
    import importlib
    import sys

    from planverksted.analysis import analyse_text
    from planverksted.lint import registry, rules
    from planverksted.lint.checks_doc import checks_markdown

    module = tmp_path / "long_titles.py"
    module.write_text(
        '"""Titles longer than a line of the run-sheet."""\n'
        "from planverksted.lint.registry import Code\n"
        "from planverksted.lint.severity import WARNING\n"
        "from planverksted.lint.wording import Title, schedule_finding\n"
        'SECTION = "Checking the schedule"\n'
        "ORDER = 999\n"
        'CODES = (Code("long-title", WARNING, "a title over 60 characters", example="…"),)\n'
        "TEXTS = {\n"
        '    "long-title": {"en": "title {block} is long", "nb": "tittelen {block} er lang",\n'
        '                   "nn": "tittelen {block} er lang"},\n'
        "}\n"
        "def check(schedule):\n"
        "    for block in schedule.blocks():\n"
        "        if len(block.title) > 60:\n"
        '            yield schedule_finding(schedule, "long-title", block.path,'
        " block=Title(block.title))\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(rules, "__path__", [*rules.__path__, str(tmp_path)])
    for cached in (registry.rule_modules, registry.codes, registry.finding_texts):
        cached.cache_clear()
    from planverksted.lint import wording

    wording._all_texts.cache_clear()
    try:
        text = (
            "planverksted: 1\ntitle: T\nagenda:\n  - time: 9.00 - 9.10\n    title: "
            + "x" * 70
            + "\n"
        )
        analysis = analyse_text(text)
        assert [f.code for f in analysis.findings] == ["long-title"]
        assert analysis.findings[0].line == 4
        assert "| `long-title` | warning | a title over 60 characters | … |" in checks_markdown()
        assert "long-title" in registry.CODES
    finally:
        monkeypatch.undo()
        sys.modules.pop("planverksted.lint.rules.long_titles", None)
        for cached in (registry.rule_modules, registry.codes, registry.finding_texts):
            cached.cache_clear()
        wording._all_texts.cache_clear()
        importlib.invalidate_caches()
