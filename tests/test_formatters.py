"""The formatters of lint/formatters: github's escaping of workflow commands, at its edges."""

from __future__ import annotations

import pytest

from planverksted.lint.finding import Finding
from planverksted.lint.formatters.github import github_escape, to_github


@pytest.mark.parametrize(
    ("text", "in_message", "in_property"),
    [
        ("100% ferdig", "100%25 ferdig", "100%25 ferdig"),
        # Control characters from a file are made visible first: a line end never ends the
        # command, and a raw one never reaches the log (issue #9).
        ("a\nb", "a\\nb", "a\\nb"),
        ("a\r\nb", "a\\r\\nb", "a\\r\\nb"),
        ("a::error::b", "a: :error: :b", "a%3A%3Aerror%3A%3Ab"),
        ("kl. 13:00, sal 2", "kl. 13:00, sal 2", "kl. 13%3A00%2C sal 2"),
        # The escape character is escaped first, so an escape in the text stays text.
        ("%0A", "%250A", "%250A"),
        ("%3A", "%253A", "%253A"),
    ],
)
def test_workflow_command_escaping(text: str, in_message: str, in_property: str) -> None:
    assert github_escape(text) == in_message
    assert github_escape(text, property_value=True) == in_property


def test_an_annotation_escapes_file_and_title_as_properties_and_the_message_as_data() -> None:
    finding = Finding(
        "gap",
        "5 min: between A, B\nand C",
        "fill it: 100%",
        file="C:\\plan, v2.yaml",
        line=3,
        column=7,
    )
    assert to_github([finding]) == (
        "::warning file=C%3A\\plan%2C v2.yaml,line=3,col=7,title=gap::"
        "5 min: between A, B\\nand C (hint: fill it: 100%25)"
    )


def test_one_line_a_finding_with_the_severity_as_the_command_and_no_hint_when_none() -> None:
    findings = [
        Finding("bad-time", "cannot read", file="a.yaml", line=1, column=2),
        Finding("gap", "a gap", "start it earlier", file="a.yaml", line=4, column=5),
    ]
    assert to_github(findings).split("\n") == [
        "::error file=a.yaml,line=1,col=2,title=bad-time::cannot read",
        "::warning file=a.yaml,line=4,col=5,title=gap::a gap (hint: start it earlier)",
    ]
    assert to_github([]) == ""
