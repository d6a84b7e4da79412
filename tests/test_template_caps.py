"""User templates are confined: includes only inside the template folder, capped run time,
output and widths, each refused with a plain message naming the cap."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from english_seed import english_copy
from planverksted.analysis import analyse_file
from planverksted.cli import shell as cli
from planverksted.errors import TemplateError
from planverksted.runsheet import templating
from planverksted.runsheet.view import build_context

SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed in English: the command speaks the file's language."""
    return english_copy(tmp_path_factory.mktemp("seed"))


def invoke(*args: object) -> Any:
    return CliRunner().invoke(cli.app, ["render", *map(str, args)])


def last_error(result: Any) -> str:
    lines = [line for line in result.stderr.splitlines() if line.startswith("planverksted: ")]
    return lines[-1]


@pytest.fixture(scope="module")
def context() -> dict[str, Any]:
    return build_context(analyse_file(str(SEED)))


def render(folder: Path, text: str, context: dict[str, Any]) -> str:
    template = folder / "mine.md.j2"
    template.write_text(text, encoding="utf-8")
    return templating.render(context, "md", template)


def test_an_include_that_links_outside_the_folder_is_refused(tmp_path: Path, english: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the secret\n", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "leak").symlink_to(secret)
    (folder / "hostname").symlink_to("/etc/hostname")
    for name in ("leak", "hostname"):
        mine = folder / "mine.md.j2"
        mine.write_text(f"{{% include '{name}' %}}\n", encoding="utf-8")
        result = invoke(english, "--template", mine, "-f", "md")
        assert result.exit_code == 1
        assert "outside the template folder" in last_error(result)
        assert "the secret" not in result.stdout


def test_an_include_by_a_relative_path_out_of_the_folder_is_not_found(
    tmp_path: Path, english: Path
) -> None:
    (tmp_path / "secret.md").write_text("the secret\n", encoding="utf-8")
    folder = tmp_path / "templates"
    folder.mkdir()
    mine = folder / "mine.md.j2"
    mine.write_text("{% include '../secret.md' %}\n", encoding="utf-8")
    result = invoke(english, "--template", mine, "-f", "md")
    assert result.exit_code == 1
    assert "no template named '../secret.md'" in last_error(result)


def test_a_link_that_stays_inside_the_folder_is_followed(
    tmp_path: Path, context: dict[str, Any]
) -> None:
    (tmp_path / "real.md").write_text("{{ workshop.title }}\n", encoding="utf-8")
    (tmp_path / "alias.md").symlink_to(tmp_path / "real.md")
    assert render(tmp_path, "{% include 'alias.md' %}", context) == (
        "Arbeidsverksted for kommunestyret\n"
    )


def test_an_include_of_a_folder_or_fifo_is_not_a_template(
    tmp_path: Path, context: dict[str, Any]
) -> None:
    import os

    (tmp_path / "sub").mkdir()
    os.mkfifo(tmp_path / "pipe")
    for name in ("sub", "pipe"):
        with pytest.raises(TemplateError, match=f"no template named '{name}'"):
            render(tmp_path, f"{{% include '{name}' %}}", context)


@pytest.mark.parametrize(
    ("text", "cap"),
    [
        ("{{ 'x' * 10**8 }}", "a value longer than the cap of 64,000,000 characters"),
        ("{{ 10**8 * 'x' }}", "a value longer than the cap of 64,000,000 characters"),
        ("{{ 'x' | center(10**9) }}", "a width over the cap of 10,000"),
        ("{{ 'x'.center(10**9) }}", "a width over the cap of 10,000"),
        ("{{ 'x'.ljust(10**9) }}", "a width over the cap of 10,000"),
        ("{{ '%999999999d' % 1 }}", "a width over the cap of 10,000"),
        ("{{ '%*d' % (10**9, 1) }}", "a width over the cap of 10,000"),
        ("{{ '{:>999999999}'.format(1) }}", "a width over the cap of 10,000"),
        ("{{ '%999999999d' | format(1) }}", "a width over the cap of 10,000"),
        ("{{ 10 ** 1000000 }}", "a number of more than 10,000 digits"),
        (
            "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
            "output over the cap of 64,000,000 characters",
        ),
    ],
)
def test_what_a_template_builds_is_capped(
    tmp_path: Path, context: dict[str, Any], text: str, cap: str
) -> None:
    with pytest.raises(TemplateError) as raised:
        render(tmp_path, text, context)
    assert raised.value.message.endswith(f"not allowed in a template: {cap}")


def test_ordinary_formatting_is_not_refused(tmp_path: Path, context: dict[str, Any]) -> None:
    text = (
        "{{ '%5d|%s' % (12345, 'a') }} {{ 'x' | center(9) }} {{ '{:>6}'.format('ab') }} "
        "{{ 'Rom 12345: %s' % 'A' }} {{ '-' * 20 }} {{ 2 ** 10 }}"
    )
    # Markdown output: each value escaped and trimmed.
    assert render(tmp_path, text, context) == "12345\\|a x ab Rom 12345: A \\" + "-" * 20 + " 1024"


def test_a_template_that_runs_too_long_is_stopped(
    tmp_path: Path, context: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(templating, "MAX_TEMPLATE_SECONDS", 0.5)
    with pytest.raises(TemplateError) as raised:
        render(
            tmp_path,
            "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
            context,
        )
    assert raised.value.message == (
        "the template mine.md.j2 ran longer than the cap of 0.5 seconds"
    )


def test_the_time_cap_end_to_end_names_the_cap(tmp_path: Path, english: Path) -> None:
    assert templating.MAX_TEMPLATE_SECONDS == 20.0
    mine = tmp_path / "mine.md.j2"
    mine.write_text("{{ 'x' * 10**8 }}", encoding="utf-8")
    result = invoke(english, "--template", mine, "-f", "md")
    assert result.exit_code == 1
    assert last_error(result) == (
        f"planverksted: template error at {mine}:1: not allowed in a template: "
        "a value longer than the cap of 64,000,000 characters"
    )
