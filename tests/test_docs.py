"""docs/checks.md documents exactly the codes the registry has, with their severities."""

from __future__ import annotations

import re

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
