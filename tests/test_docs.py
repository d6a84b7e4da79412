"""docs/checks.md documents exactly the codes the registry has, with their severities."""

from __future__ import annotations

import re

from conftest import ROOT
from planverksted.findings import CODES


def test_checks_doc_lists_every_code_once_with_its_severity() -> None:
    text = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]+)` \| (\w+)(, always)? \|", text, flags=re.MULTILINE)
    documented = {code: (severity, bool(always)) for code, severity, always in rows}
    assert len(rows) == len(documented), "a code is documented twice"
    assert documented == {
        name: (str(code.severity), not code.ignorable) for name, code in CODES.items()
    }
