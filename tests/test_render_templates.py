"""User templates (--template): the documented context, the sandbox, and errors with file:line."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT, analyse
from english_seed import english_copy
from planverksted.analysis import analyse_file
from planverksted.cli import shell as cli
from planverksted.runsheet.templating import render
from planverksted.runsheet.view import build_context

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed in English: the command speaks the file's language."""
    return english_copy(tmp_path_factory.mktemp("seed"))


HINT = "    hint: see docs/templates.md for what a template is given\n"
SANDBOX_HINT = "    hint: templates run in a sandbox: use the variables in docs/templates.md\n"
WARNINGS = 5  # the seed's two warnings (with hints) and the summary, on stderr first


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli.app, ["render", *map(str, args)])


def template(tmp_path: Path, text: str, name: str = "mine.md.j2") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(result: Any) -> str:
    """Standard error without the check's warnings, which always come first."""
    return "".join(result.stderr.splitlines(keepends=True)[WARNINGS:])


# A user's template gets the context and the escaping of its format.


def test_a_user_template_renders_with_the_context(tmp_path: Path) -> None:
    mine = template(
        tmp_path,
        "{{ workshop.title }} | {{ document }}\n"
        "{% for day in days %}{% for block in day.blocks %}"
        "{{ block.time }} {{ block.title }}\n{% endfor %}{% endfor %}",
    )
    result = invoke(SEED, "--template", mine)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Arbeidsverksted for kommunestyret | Kjøreplan"
    assert lines[1:4] == [
        "13.00–13.10 Innledning ved ordfører – ønska resultat for dagen",
        "13.10–13.15 Om Tett på og presentasjon av laget",
        "13.20–13.40 Plansystemet, koplinga plan og økonomi",
    ]


def test_html_templates_are_autoescaped_and_safe_is_the_way_out(tmp_path: Path) -> None:
    analysis = analyse(
        'planverksted: 1\ntitle: "<b>Tittel</b>"\nstart: "09:00"\nagenda:\n'
        "  - {title: A, duration: 5}\n"
    )
    context = build_context(analysis)
    mine = template(tmp_path, "{{ workshop.title }}|{{ '<hr>' | safe }}", "mine.html.j2")
    assert render(context, "html", mine) == "&lt;b&gt;Tittel&lt;/b&gt;|<hr>"
    mine_md = template(tmp_path, "{{ workshop.title }}|{{ '<hr>' | safe }}", "mine.md.j2")
    assert render(context, "md", mine_md) == "&lt;b&gt;Tittel&lt;/b&gt;|<hr>"


def test_the_format_follows_the_template_name(tmp_path: Path) -> None:
    # A pipe is escaped in Markdown and not in HTML, so the output tells the format.
    for name, expected in (("page.html.j2", "<p>a|b en</p>"), ("page.md.j2", "<p>a\\|b en</p>")):
        mine = template(tmp_path, "<p>{{ 'a|b' }} {{ lang }}</p>", name)
        result = invoke(SEED, "--template", mine, "--lang", "en")
        assert result.exit_code == 0
        assert result.stdout == expected


def test_templates_can_include_and_extend_the_builtin_ones(tmp_path: Path) -> None:
    context = build_context(analyse_file(str(SEED)))
    builtin = render(context, "html")
    extending = template(tmp_path, '{% extends "builtin/runsheet.html.j2" %}', "x.html.j2")
    assert render(context, "html", extending) == builtin
    style = template(tmp_path, '<style>{% include "builtin/style.css" %}</style>', "s.html.j2")
    assert "@page" in render(context, "html", style)
    template(tmp_path, "from a neighbour", "part.j2")
    neighbour = template(tmp_path, '{% include "part.j2" %}!', "n.md.j2")
    assert render(context, "md", neighbour) == "from a neighbour!"


def test_the_example_in_the_docs_renders(tmp_path: Path) -> None:
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    example = re.search(r"```jinja\n(.*?)```", docs, re.DOTALL)
    assert example is not None
    mine = template(tmp_path, example.group(1), "wall.md.j2")
    context = build_context(analyse_file(str(SEED)), audience="participant")
    lines = render(context, "md", mine).splitlines()
    assert lines[:3] == [
        "# Arbeidsverksted for kommunestyret",
        "Dato: torsdag 18. april 2024",
        "Tid: 13.00–16.00",
    ]
    assert "- 13.00–13.10 Innledning ved ordfører – ønska resultat for dagen (Ordføreren)" in lines


# Template errors: a plain message with the template's file and line, exit 1, nothing written.

ERROR_CASES = [
    (
        "syntax",
        "# {{ workshop.title }}\n{% if %}\n",
        "template syntax error at {file}:2: Jinja says: \"Expected an expression, got 'end of "
        "statement block'\"\n" + HINT,
    ),
    (
        "undefined",
        "ok\n{{ titel }}\n",
        "template error at {file}:2: 'titel' is not defined\n" + HINT,
    ),
    (
        "undefined attribute",
        "{% for d in days %}\n{{ d.blocks[0].nothing }}\n{% endfor %}\n",
        "template error at {file}:2: 'dict object' has no field 'nothing'\n" + HINT,
    ),
    (
        "sandbox",
        "{{ ''.__class__.__mro__ }}\n",
        'template error at {file}:1: not allowed in a template: Jinja says: "access to '
        "attribute '__class__' of 'str' object is unsafe.\"\n" + SANDBOX_HINT,
    ),
    (
        "immutable context",
        "\n\n{{ goals.append('x') }}\n",
        'template error at {file}:3: not allowed in a template: Jinja says: "access to '
        "attribute 'append' of 'list' object is unsafe.\"\n" + SANDBOX_HINT,
    ),
    (
        "missing include",
        'a\n\n{% include "nope.j2" %}\n',
        "template error at {file}:3: no template named 'nope.j2' next to mine.md.j2 or among "
        "the built-in templates\n" + HINT,
    ),
    (
        "error in an expression",
        "{{ 1 / 0 }}\n",
        'template error at {file}:1: Python says: "ZeroDivisionError: division by zero"\n' + HINT,
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in ERROR_CASES], ids=[case[0] for case in ERROR_CASES]
)
def test_template_errors_are_plain_messages_with_file_and_line(
    tmp_path: Path, english: Path, text: str, expected: str
) -> None:
    mine = template(tmp_path, text)
    out = tmp_path / "out.md"
    result = invoke(english, "--template", mine, "-o", out)
    assert result.exit_code == 1
    assert errors_of(result) == "planverksted: " + expected.format(file=mine)
    assert "Traceback" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.md.j2"]


def test_an_error_in_an_included_template_names_that_template(
    tmp_path: Path, english: Path
) -> None:
    inner = template(tmp_path, "fine\n{{ nothing_here }}\n", "inner.j2")
    mine = template(tmp_path, '{% include "inner.j2" %}\n')
    result = invoke(english, "--template", mine)
    assert result.exit_code == 1
    assert errors_of(result) == (
        f"planverksted: template error at {inner}:2: 'nothing_here' is not defined\n" + HINT
    )


def test_a_template_that_is_not_utf8(tmp_path: Path, english: Path) -> None:
    mine = tmp_path / "mine.md.j2"
    mine.write_bytes(b"\xff\xfe{{ x }}")
    result = invoke(english, "--template", mine)
    assert result.exit_code == 1
    assert errors_of(result) == f"planverksted: the template {mine} is not UTF-8 text\n"


def test_a_template_that_calls_itself_without_end(tmp_path: Path, english: Path) -> None:
    mine = template(tmp_path, "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}")
    result = invoke(english, "--template", mine)
    assert result.exit_code == 1
    assert errors_of(result) == (
        f"planverksted: template error in {mine}: it calls itself without end\n" + HINT
    )


def test_a_template_error_speaks_the_files_language(tmp_path: Path) -> None:
    mine = template(tmp_path, "ok\n{{ titel }}\n{{ x }}\n")
    result = invoke(SEED, "--template", mine, "--lang", "en")
    assert result.exit_code == 1
    assert errors_of(result) == (
        f"planverksted: malfeil i {mine}:2: «titel» er ikke definert\n"
        "    tips: se docs/templates.md for hva en mal får\n"
    )


def test_a_failing_template_leaves_an_existing_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("the old run-sheet\n", encoding="utf-8")
    mine = template(tmp_path, "{{ nope }}")
    result = invoke(SEED, "--template", mine, "-o", out)
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "the old run-sheet\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.md.j2", "out.md"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--template", "{dir}/none.md.j2"], "malen {dir}/none.md.j2 finnes ikke"),
        (["--template", "{dir}"], "malen {dir} er en mappe"),
        (
            ["--template", "{dir}/plain.j2"],
            "malnavnet {dir}/plain.j2 sier ikke hvilket format malen lager",
        ),
        (
            ["--template", "{dir}/mine.md.j2", "--format", "terminal"],
            "en mal lager md, html eller pdf, ikke forhåndsvisningen i terminalen",
        ),
    ],
)
def test_template_usage_errors(tmp_path: Path, args: list[str], expected: str) -> None:
    template(tmp_path, "x")
    template(tmp_path, "x", "plain.j2")
    result = invoke(SEED, *[arg.format(dir=tmp_path) for arg in args])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[0] == "planverksted: " + expected.format(dir=tmp_path)


# docs/templates.md lists every variable of the context, and nothing else.

# Where each list or mapping of the context leads, named as docs/templates.md names it.
STRUCTURE = {
    ("context", "workshop"): "workshop",
    ("context", "facts"): "fact",
    ("context", "days"): "day",
    ("context", "group_tasks"): "task",
    ("context", "preparations"): "preparation",
    ("context", "findings"): "finding",
    ("context", "labels"): "labels",
    ("context", "coverage"): "coverage",
    ("coverage", "blocks"): "goal_use",
    ("day", "blocks"): "row",
    ("day", "timeline"): "segment",
    ("row", "parts"): "row",
    ("row", "tracks"): "track",
    ("row", "who"): "person",
    ("row", "findings"): "finding",
    ("task", "who"): "person",
    ("task", "method"): "method",
    ("task", "findings"): "finding",
    ("method", "steps"): "step",
    ("preparation", "uses"): "use",
}


def collect(kind: str, value: Any, found: dict[str, set[str]]) -> None:
    """Every key of every structure in ``value``, by the structure's documented name."""
    if isinstance(value, list):
        for item in value:
            collect(kind, item, found)
        return
    if not isinstance(value, dict):
        return
    found.setdefault(kind, set()).update(value)
    for key, item in value.items():
        inner = STRUCTURE.get((kind, key))
        if inner is not None:
            collect(inner, item, found)


def documented() -> dict[str, set[str]]:
    docs = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    sections = re.split(r"^### `(\w+)`$", docs, flags=re.MULTILINE)
    return {
        name: set(re.findall(r"^\| `(\w+)` \|", body, flags=re.MULTILINE))
        for name, body in zip(sections[1::2], sections[2::2], strict=True)
    }


def test_docs_list_every_context_variable_and_no_other() -> None:
    found: dict[str, set[str]] = {}
    data = ROOT / "tests" / "data"
    for source in [*EXAMPLES.glob("*.yaml"), data / "render-en.yaml", data / "goals.yaml"]:
        analysis = analyse_file(str(source))
        for audience in ("facilitator", "participant"):
            collect("context", build_context(analysis, audience=audience), found)
    assert documented() == found
