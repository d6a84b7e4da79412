"""Programme files (#23): ``programme:`` with its workshops, checked together and rendered
as an overview (HTML, Markdown, PDF, Word, calendar), with ``--all`` each workshop too."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from documents import docx_text, html_text, missing_in_order, pdf_text
from planverksted.cli import shell as cli
from planverksted.programme.analysis import analyse_programme_file
from planverksted.programme.render import render_programme
from planverksted.programme.view import build_programme_view

PROGRAMME = EXAMPLES / "program" / "program.yaml"
SEED = EXAMPLES / "kommunestyre-tett-pa.yaml"


def invoke(*args: str) -> Any:
    return CliRunner().invoke(cli.app, [*args])


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def workshop(title: str, date: str | None, start: str, minutes: int, who: str = "") -> str:
    lines = ["planverksted: 1", f"title: {title}", f'start: "{start}"']
    if date:
        lines.append(f"date: {date}")
    lines += ["agenda:", f"  - {{title: X, duration: {minutes}{', who: ' + who if who else ''}}}"]
    return "\n".join(lines) + "\n"


@pytest.fixture
def in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


FAULTY = """\
planverksted: 1
programme: P
goals:
  - {id: g1, text: Mål en}
  - Mål to
workshops:
  - {file: a.yaml, serves: [g1]}
  - {file: b.yaml, serves: [g2], follows: d.yaml}
  - {file: c.yaml}
  - {file: d.yaml, follows: a.yaml}
  - {file: mangler.yaml}
  - {file: e.yaml, follows: e.yaml}
"""


def test_the_programme_checks_with_exact_codes_and_places(in_tmp: Path) -> None:
    write("a.yaml", workshop("A", "2024-04-18", "13:00", 80, "Kari"))
    write("b.yaml", workshop("B", "2024-04-18", "14:00", 60, "Kari"))
    write("c.yaml", workshop("C", None, "14:00", 60))
    write("d.yaml", workshop("D", "2024-03-01", "14:00", 60))
    write("e.yaml", workshop("E", "2024-05-01", "14:00", 60))
    write("p.yaml", FAULTY)
    analysis = analyse_programme_file("p.yaml")
    assert [(f.file, f.line, f.column, f.code, f.message) for f in analysis.findings] == [
        (
            "p.yaml",
            5,
            5,
            "goal-not-served",
            'goal 2 "Mål to" is served by no workshop: no workshop names it in serves',
        ),
        (
            "p.yaml",
            8,
            12,
            "person-double-booked",
            'Kari leads in both "A" and "B", which overlap (2024-04-18 14:00–14:20)',
        ),
        (
            "p.yaml",
            8,
            12,
            "workshop-overlap",
            'workshop 2 "B" (2024-04-18 14:00–15:00) overlaps workshop 1 "A" '
            "(2024-04-18 13:00–14:20)",
        ),
        ("p.yaml", 8, 28, "goal-unknown", "serves: 'g2' names no goal"),
        ("p.yaml", 9, 12, "workshop-no-date", 'workshop 3 "C" has no date'),
        (
            "p.yaml",
            10,
            12,
            "workshop-order",
            'workshop 4 "D" (2024-03-01) is listed after workshop 2 "B" (2024-04-18), '
            "which comes later",
        ),
        (
            "p.yaml",
            10,
            29,
            "follows-not-earlier",
            "workshop 4 \"D\" (2024-03-01) follows 'a.yaml' (2024-04-18), which is not earlier",
        ),
        (
            "p.yaml",
            11,
            12,
            "workshop-missing",
            "workshop 5 'mangler.yaml' cannot be read: there is no such file",
        ),
        (
            "p.yaml",
            12,
            29,
            "follows-not-earlier",
            "workshop 6 \"E\" follows 'e.yaml', which is not an earlier workshop of the programme",
        ),
    ]


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda: Path("w.yaml").mkdir(), "it is a folder"),
        (lambda: os.mkfifo("w.yaml"), "it is not a regular file"),
        (lambda: write("w.txt", "x"), "a shared file's name ends in .yaml or .yml"),
    ],
    ids=["folder", "fifo", "suffix"],
)
def test_a_workshop_that_is_no_file_is_missing(in_tmp: Path, make: Any, reason: str) -> None:
    make()
    name = "w.txt" if reason.startswith("a shared") else "w.yaml"
    write("p.yaml", f"planverksted: 1\nprogramme: P\nworkshops:\n  - {name}\n")
    ((line, column, code, message),) = [
        (f.line, f.column, f.code, f.message) for f in analyse_programme_file("p.yaml").findings
    ]
    assert (line, column, code) == (4, 5, "workshop-missing")
    assert message == f"workshop 1 '{name}' cannot be read: {reason}"


def test_a_programme_fault_is_worded_in_its_language(in_tmp: Path) -> None:
    write("p.yaml", "planverksted: 1\nprogramme: P\nlanguage: nn\nworkshops: [mangler.yaml]\n")
    result = invoke("check", "p.yaml")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == (
        "p.yaml:4:13: feil[workshop-missing] verkstad 1 «mangler.yaml» kan ikkje lesast: "
        "fila finst ikkje"
    )


def test_an_unknown_programme_key_says_which_keys_there_are(in_tmp: Path) -> None:
    write("p.yaml", "planverksted: 1\nprogramme: P\nverksteder: []\nworkshops: [a.yaml]\n")
    write("a.yaml", workshop("A", "2024-04-18", "13:00", 60))
    codes = [(f.code, f.line) for f in analyse_programme_file("p.yaml").findings]
    assert codes == [("unknown-key", 3)]


def test_check_lists_each_file_once_under_its_own_path(in_tmp: Path) -> None:
    write("prog/a.yaml", workshop("A", "2024-04-18", "13:00", 120, "Kari"))
    write("prog/b.yaml", workshop("B", "2024-09-18", "13:00", 60))
    write("prog/p.yaml", "planverksted: 1\nprogramme: P\nworkshops: [a.yaml, b.yaml]\n")
    # The files name no language: they are bokmål, and so is what check says of them.
    result = invoke("check", "--lang", "en", "prog", "prog/a.yaml", "prog/p.yaml")
    lines = [line for line in result.stdout.splitlines() if not line.startswith(" ")]
    assert lines == [
        "prog/a.yaml:6:5: advarsel[no-break] 2 t uten pause (13.00–15.00), mer enn grensen "
        "på 1 t 30 min (i «X»)",
        "1 advarsel i 1 av 3 filer",
    ]


def test_the_example_programme_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(EXAMPLES.parent)
    result = invoke("check", "--lang", "en", "examples/program/program.yaml")
    assert result.exit_code == 0
    located = re.findall(r"^(\S+?):(\d+):(\d+): (\w+)\[([\w-]+)\]", result.stdout, re.MULTILINE)
    assert located == [
        ("examples/kommunestyre-tett-pa.yaml", "73", "11", "advarsel", "gap"),
        ("examples/kommunestyre-tett-pa.yaml", "92", "17", "advarsel", "method-too-long"),
    ]
    # The programme and its workshops are bokmål: the summary too, whatever --lang says.
    assert result.stdout.splitlines()[-1] == "2 advarsler i 1 av 6 filer"
    folder = invoke("check", "--lang", "en", "examples")
    assert folder.exit_code == 0
    # Every file once: each workshop, the programme, its shared people and films, and the
    # participants' CSV beside the workshop with parallel rooms. The folder holds files in
    # several languages: its summary is in --lang's.
    every = len([path for path in EXAMPLES.rglob("*") if path.suffix in (".yaml", ".csv")])
    assert folder.stdout.splitlines()[-1] == f"2 warnings in 1 of {every} files"


# The overview.


@pytest.fixture(scope="module")
def example() -> Any:
    analysis = analyse_programme_file(str(PROGRAMME))
    assert analysis.findings == ()
    return analysis


DATES = {
    "nb": ["torsdag 18. april 2024", "torsdag 5. september 2024", "torsdag 10. april 2025"],
    "nn": ["torsdag 18. april 2024", "torsdag 5. september 2024", "torsdag 10. april 2025"],
    "en": ["Thursday 18 April 2024", "Thursday 5 September 2024", "Thursday 10 April 2025"],
}
TIMES = {
    "nb": ["13.00–16.00", "17.00–19.00", "13.00–16.00"],
    "nn": ["13.00–16.00", "17.00–19.00", "13.00–16.00"],
    "en": ["13:00–16:00", "17:00–19:00", "13:00–16:00"],
}
STATUS = {
    "nb": ["2 advarsler", "Ingen merknader", "Ingen merknader"],
    "nn": ["2 åtvaringar", "Ingen merknader", "Ingen merknader"],
    "en": ["2 warnings", "No findings", "No findings"],
}


def test_the_view_has_a_row_a_workshop(example: Any) -> None:
    view = build_programme_view(example)
    rows = [
        (w["date"], w["time"], w["venue"], w["title"], w["goals_text"], w["who_text"], w["status"])
        for w in view["workshops"]
    ]
    assert rows == [
        (
            "torsdag 18. april 2024",
            "13.00–16.00",
            "Kommunestyresalen",
            "Arbeidsverksted for kommunestyret",
            "1, 2, 3",
            "Ordføreren, Kommunedirektøren, Johnny",
            "2 advarsler",
        ),
        (
            "torsdag 5. september 2024",
            "17.00–19.00",
            "Kommunestyresalen",
            "Oppfølging – planstrategien før vedtak",
            "1",
            "Ordføreren, Planleggeren, Kommunedirektøren",
            "Ingen merknader",
        ),
        (
            "torsdag 10. april 2025",
            "13.00–16.00",
            "Kommunestyresalen",
            "Årlig verksted – samfunnsdelen og kunnskapsgrunnlaget",
            "2, 3",
            "Ordføreren, Johnny, Kommunedirektøren",
            "Ingen merknader",
        ),
    ]
    assert view["goals"][0]["workshops"] == [
        "Arbeidsverksted for kommunestyret",
        "Oppfølging – planstrategien før vedtak",
    ]


def as_text(name: str, output: str | bytes) -> str:
    if name == "html":
        assert isinstance(output, str)
        return html_text(output)
    if name == "pdf":
        assert isinstance(output, bytes)
        return pdf_text(output)
    if name == "docx":
        assert isinstance(output, bytes)
        return docx_text(output)
    assert isinstance(output, str)
    return output


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("name", ["html", "md", "pdf", "docx"])
def test_every_format_shows_the_overview(example: Any, name: str, language: str) -> None:
    if name == "pdf":
        pytest.importorskip("typst")
    if name == "docx":
        pytest.importorskip("docx")
    view = build_programme_view(example, language)
    text = as_text(name, render_programme(example, name, language))
    items = [view["title"], view["labels"]["goals"]]
    for goal in view["goals"]:
        items.append(goal["text"])
    items.append(view["labels"]["programme_workshops"])
    for number, row in enumerate(view["workshops"]):
        items += [DATES[language][number], TIMES[language][number], row["venue"], row["title"]]
        items += [row["goals_text"], *row["who"], STATUS[language][number]]
    assert missing_in_order(text, items) == []
    assert missing_in_order(text, items[::-1]) != []


def test_the_calendar_has_every_workshop_with_stable_uids(example: Any, tmp_path: Path) -> None:
    pytest.importorskip("icalendar")
    target = tmp_path / "program.ics"
    first = render_programme(example, "ics", None, target)
    assert isinstance(first, str)
    target.write_text(first, encoding="utf-8", newline="")
    again = render_programme(example, "ics", None, target)
    uids = re.findall(r"^UID:(.+?)\r$", first, re.MULTILINE)
    assert len(uids) == 3 and len(set(uids)) == 3
    assert re.findall(r"^UID:(.+?)\r$", again, re.MULTILINE) == uids
    assert re.findall(r"^DTSTART;TZID=Europe/Oslo:(\S+)\r$", first, re.MULTILINE) == [
        "20240418T130000",
        "20240905T170000",
        "20250410T130000",
    ]
    assert again == first  # nothing changed, nothing is sent again


def test_render_all_makes_the_overview_and_each_workshop(tmp_path: Path) -> None:
    out = tmp_path / "ut"
    result = invoke("render", str(PROGRAMME), "--all", str(out))
    assert result.exit_code == 0, result.stderr
    made = {str(path.relative_to(out)) for path in out.rglob("*") if path.is_file()}
    overview = {"program.html", "program.md", "program.pdf", "program.docx", "program.ics"}
    assert overview <= made
    for folder in ("kommunestyre-tett-pa", "2024-09-05-oppfolging", "2025-04-10-verksted"):
        assert {f"{folder}/kjoreplan.html", f"{folder}/program.html"} <= made
    # The second workshop's people and films are the programme's shared files.
    handout = (out / "2024-09-05-oppfolging" / "kjoreplan.md").read_text(encoding="utf-8")
    assert "Planleggeren (Arealplanlegger)" in handout
    assert "Film 3: Hva er en planstrategi?" in handout


def test_render_to_files_and_standard_output(tmp_path: Path) -> None:
    result = invoke("render", str(PROGRAMME))
    assert result.exit_code == 0
    assert result.stdout.startswith("# Tett på – kommunestyret i Lindesnes 2024–2027\n")
    target = tmp_path / "program.html"
    assert invoke("render", str(PROGRAMME), "-o", str(target), "--lang", "en").exit_code == 0
    assert '<html lang="en">' in target.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--template", "x.html.j2"), "a programme is rendered as its overview; --template"),
        (("--audience", "participant"), "a programme is rendered as its overview; --audience"),
        (("-o", "x.txt"), "a programme overview is made as HTML, Markdown, PDF, Word"),
    ],
)
def test_render_refuses_what_a_programme_has_not(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    english = tmp_path / "program.yaml"
    english.write_text(
        PROGRAMME.read_text(encoding="utf-8").replace("\nlanguage: nb\n", "\nlanguage: en\n"),
        encoding="utf-8",
    )
    result = invoke("render", str(english), *args)
    assert result.exit_code == 2
    assert message in result.stderr


def test_a_programme_with_errors_is_not_rendered(in_tmp: Path) -> None:
    write("p.yaml", "planverksted: 1\nprogramme: P\nworkshops: [mangler.yaml]\n")
    result = invoke("render", "p.yaml", "-o", "p.html")
    assert result.exit_code == 1 and not Path("p.html").exists()
    write("a.yaml", "planverksted: 1\ntitle: A\nagenda: [{title: X}]\n")
    write("q.yaml", "planverksted: 1\nprogramme: Q\nworkshops: [a.yaml]\n")
    result = invoke("render", "q.yaml", "--all", "ut")
    assert result.exit_code == 1 and not Path("ut").exists()


# The programme file's JSON Schema, for editors.


def test_the_programme_schema_is_committed_and_takes_the_example() -> None:
    import json

    import jsonschema
    import yaml

    from planverksted.workshop.jsonschema import PROGRAMME_SCHEMA_FILENAME, programme_schema_text

    committed = EXAMPLES.parent / PROGRAMME_SCHEMA_FILENAME
    assert committed.read_text(encoding="utf-8") == programme_schema_text()
    schema = json.loads(programme_schema_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    example = yaml.safe_load(PROGRAMME.read_text(encoding="utf-8"))
    assert list(validator.iter_errors(example)) == []
    # Its first line points editors at it.
    assert PROGRAMME.read_text(encoding="utf-8").startswith(
        f"# yaml-language-server: $schema=../../{PROGRAMME_SCHEMA_FILENAME}\n"
    )
    shorthand = {"planverksted": 1, "programme": "P", "workshops": ["a.yaml"]}
    assert list(validator.iter_errors(shorthand)) == []
    wrong = {"planverksted": 1, "programme": "P", "workshops": [{"fil": "a.yaml"}]}
    assert list(validator.iter_errors(wrong)) != []


def test_schema_prints_the_programme_schema() -> None:
    from planverksted.workshop.jsonschema import programme_schema_text

    result = invoke("schema", "--programme")
    assert (result.exit_code, result.stdout) == (0, programme_schema_text())
