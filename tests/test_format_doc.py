"""docs/format.md: its key tables are generated from the model and its example checks as said."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from pydantic import Field

from conftest import ROOT
from planverksted.analysis import analyse_text
from planverksted.workshop import format_doc, model

PAGE = ROOT / "docs" / "format.md"


def test_the_committed_page_is_the_generated_one() -> None:
    page = PAGE.read_text(encoding="utf-8")
    assert page == format_doc.regenerate(page), (
        "docs/format.md is stale: python -m planverksted.workshop.format_doc"
    )


def test_the_command_rewrites_nothing_on_a_fresh_page_and_says_so_with_check() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "planverksted.workshop.format_doc", "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (result.returncode, result.stderr) == (0, "")


@pytest.mark.parametrize(
    "cls",
    [
        model.Workshop,
        model.Block,
        model.Part,
        model.Person,
        model.Method,
        model.Step,
        model.QuestionSet,
        model.Day,
        model.Checks,
    ],
)
def test_every_key_of_the_model_is_on_the_page_with_its_description(cls: type) -> None:
    page = PAGE.read_text(encoding="utf-8")
    table = format_doc.key_table(cls)
    assert table in page
    for name, field in cls.model_fields.items():
        assert re.search(rf"^\| `{name}` \|.*\| {re.escape(field.description)} \|$", table, re.M)


def test_a_new_key_is_documented_by_its_description_alone() -> None:
    class Wider(model.Block):
        room: model.Text | None = Field(None, description="The room | hall it is held in.")

    last = format_doc.key_table(Wider).splitlines()[-1]
    assert last == "| `room` | text |  | The room \\| hall it is held in. |"


def test_required_keys_and_defaults_are_shown() -> None:
    table = format_doc.key_table(model.Part)
    assert "| `duration` | a duration: `15`, `15 min`, `1 t 30 min` | required |" in table
    assert "| `facilitator_only` | yes or no:" in table and "| `no` |" in table
    assert "| `other` |" in format_doc.key_table(model.Block)


def test_a_page_without_a_marker_for_a_table_is_refused() -> None:
    page = PAGE.read_text(encoding="utf-8").replace("<!-- generated: step -->", "")
    with pytest.raises(LookupError, match="step"):
        format_doc.regenerate(page)


def test_every_built_in_method_is_in_the_page_with_its_minutes() -> None:
    from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method

    page = PAGE.read_text(encoding="utf-8")
    for key in BUILTIN_METHODS:
        method = builtin_method(key)
        assert f"| `{key}` | {method.name} | {method.steps_text} = {method.total} |" in page


def test_the_whole_file_example_reports_the_seeds_two_faults() -> None:
    page = PAGE.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", page, re.DOTALL)
    assert example is not None
    analysis = analyse_text(example[1], "format.md")
    assert analysis.workshop is not None
    assert [(f.code, f.line) for f in analysis.findings] == [
        ("gap", 47),
        ("method-too-long", 60),
    ]
