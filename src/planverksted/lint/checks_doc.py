"""docs/checks.md, generated from the rule modules, so the page cannot drift from the code.

Regenerate with ``python -m planverksted.lint.checks_doc > docs/checks.md``; a test fails
when the committed page differs from a fresh generation.
"""

from __future__ import annotations

from planverksted.lint.registry import Code, rule_modules

INTRO = """\
# What `planverksted check` reports

<!-- Generated from src/planverksted/lint/rules/ by `python -m planverksted.lint.checks_doc`;
     edit the rule modules, not this page. -->

Every finding has a stable code, a severity, a message that names the blocks and times
involved, and the file, line and column it comes from:

    kjøreplan.yaml:73:11: warning[gap] 5 min unplanned between block "Om Tett på" (ends 13.15) and block "Plansystemet" (starts 13.20)
        hint: start it at 13.15, or fill the time with a block (a break is a block too)

Errors make `check` exit 1; warnings do too with `--strict`. Silence a code for one run with
`--ignore CODE`, or for the file with `checks: {ignore: [CODE]}`. Codes marked *always* mean the
file itself cannot be read or understood, or a block's times cannot be had; they cannot be
silenced, since no run-sheet could be made without them.

One line a code: severity, what it means, and a small example that triggers it.
"""


def _row(code: Code) -> str:
    severity = f"{code.severity}{'' if code.ignorable else ', always'}"
    return f"| `{code.name}` | {severity} | {code.summary} | {code.example} |"


def checks_markdown() -> str:
    """The whole page."""
    sections: dict[str, list[str]] = {}
    notes: dict[str, list[str]] = {}
    for rule in rule_modules():
        sections.setdefault(rule.section, []).extend(_row(code) for code in rule.codes)
        if rule.notes:
            notes.setdefault(rule.section, []).append(rule.notes.strip())
    parts = [INTRO]
    for section, rows in sections.items():
        table = ["| code | severity | meaning | example |", "| --- | --- | --- | --- |", *rows]
        parts.append(f"## {section}\n\n" + "\n".join(table) + "\n")
        parts.extend(note + "\n" for note in notes.get(section, ()))
    return "\n".join(parts)


if __name__ == "__main__":
    import sys

    sys.stdout.write(checks_markdown())
