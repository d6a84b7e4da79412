"""What render makes of a workshop: escaping, audiences, languages and the view model."""

from __future__ import annotations

import re

import pytest

from conftest import analyse
from planverksted.analysis import Analysis
from planverksted.runsheet.templating import escape_markdown, render
from planverksted.runsheet.view import View, build_context

HOSTILE = """\
planverksted: 1
title: "Plan | økonomi <script>alert(1)</script>"
language: en
date: 2024-04-16
start: "09:00"
agenda:
  - title: "A | B <b>bold</b> & co"
    duration: 10
    notes: "Note <img src=x onerror=alert(1)> | pipe\\nsecond line"
    who: "<i>Someone</i>"
  - title: "# Not a heading"
    duration: 5
    description: "- not a list\\n1. not a list either"
"""


def rendered(text: str, output_format: str, audience: str = "facilitator", **kw: str) -> str:
    return render(build_context(analyse(text), audience=audience, **kw), output_format)


def table_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("|")]


def cells(line: str) -> int:
    """How many cells a Markdown table line has: its unescaped pipes, less one."""
    return len(re.findall(r"(?<!\\)\|", line)) - 1


# Escaping.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain text", "plain text"),
        ("a | b", "a \\| b"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("Plan & økonomi", "Plan &amp; økonomi"),
        ("line one\nline two", "line one<br>line two"),
        ("line one\r\nline two\n", "line one<br>line two"),
        (
            "*bold* _em_ `code` [link](x) ~strike~",
            "\\*bold\\* \\_em\\_ \\`code\\` \\[link\\](x) \\~strike\\~",
        ),
        ("back\\slash", "back\\\\slash"),
        ("# heading", "\\# heading"),
        ("- item", "\\- item"),
        ("1. item", "1\\. item"),
        ("---", "\\---"),
        ("13.00–13.10", "13.00–13.10"),
        ("Post-it-lapper", "Post-it-lapper"),
    ],
)
def test_escape_markdown(text: str, expected: str) -> None:
    assert escape_markdown(text) == expected


def test_markdown_table_cannot_be_broken_by_a_title_or_note() -> None:
    markdown = rendered(HOSTILE, "md")
    assert markdown.splitlines()[0] == "# Plan \\| økonomi &lt;script&gt;alert(1)&lt;/script&gt;"
    assert (
        "| 09:00–09:10 | A \\| B &lt;b&gt;bold&lt;/b&gt; &amp; co |  | &lt;i&gt;Someone&lt;/i&gt; "
        "| Note &lt;img src=x onerror=alert(1)&gt; \\| pipe<br>second line |"
    ) in markdown.splitlines()
    assert "| 09:10–09:15 | \\# Not a heading<br>\\- not a list<br>1\\. not a list either |" in (
        markdown
    )
    lines = table_lines(markdown)
    assert len(lines) == 4  # header, rule, two blocks: nothing split a row
    assert {cells(line) for line in lines} == {5}


def test_markdown_lets_no_raw_html_through() -> None:
    markdown = rendered(HOSTILE, "md")
    for tag in ("<script", "<b>", "<img", "<i>"):
        assert tag not in markdown


def test_html_escapes_titles_notes_and_people() -> None:
    html = rendered(HOSTILE, "html")
    assert "<title>Run-sheet – Plan | økonomi &lt;script&gt;alert(1)&lt;/script&gt;</title>" in html
    assert '<span class="title">A | B &lt;b&gt;bold&lt;/b&gt; &amp; co</span>' in html
    assert (
        '<span class="note">Note &lt;img src=x onerror=alert(1)&gt; | pipe\nsecond line</span>'
        in html
    )
    assert '<span class="name">&lt;i&gt;Someone&lt;/i&gt;</span>' in html
    for tag in ("<script", "<b>", "<img", "<i>"):
        assert tag not in html


def test_every_golden_markdown_table_keeps_its_columns() -> None:
    from conftest import ROOT

    for golden in sorted((ROOT / "tests" / "golden").glob("*.md")):
        if golden.name == "README.md":
            continue
        widths: list[int] = []
        for line in [*golden.read_text(encoding="utf-8").splitlines(), ""]:
            if line.startswith("|"):
                widths.append(cells(line))
            elif widths:
                assert len(set(widths)) == 1, (golden.name, widths)
                widths = []


# Audiences.

PRIVATE = """\
planverksted: 1
title: Verksted
date: 2024-04-16
start: "09:00"
end: "10:30"
methods:
  egen:
    steps:
      - {title: Tenk selv, duration: 5, note: STEP-NOTE}
      - {title: Del, duration: 10}
agenda:
  - title: Rigging
    duration: 15
    facilitator_only: true
    notes: NOTE-ON-HIDDEN-BLOCK
    materials: [Forlengelsesledning]
  - title: Velkommen
    kind: intro
    duration: 15
    notes: BLOCK-NOTE
    materials: [Navnelapper]
  - title: Arbeid
    duration: 45
    parts:
      - {title: Innledning, kind: talk, duration: 10, notes: PART-NOTE}
      - {title: Skjult del, duration: 5, facilitator_only: yes}
      - {title: Grupper, kind: group, duration: 15, method: egen, questions: [Hva nå?]}
      - {title: Plenum, kind: plenary, duration: 10}
  - {title: Avslutning, kind: summary, duration: 15}
"""
FACILITATOR_ONLY = [
    "Rigging",
    "NOTE-ON-HIDDEN-BLOCK",
    "BLOCK-NOTE",
    "PART-NOTE",
    "Skjult del",
    "STEP-NOTE",
    "Forlengelsesledning",
    "Navnelapper",
    "Bare for prosessleder",
    "Forberedelser",
    "Notater",
]


@pytest.mark.parametrize("output_format", ["md", "html"])
def test_participants_see_no_notes_and_nothing_for_the_facilitator(output_format: str) -> None:
    participant = rendered(PRIVATE, output_format, "participant")
    facilitator = rendered(PRIVATE, output_format, "facilitator")
    for text in FACILITATOR_ONLY:
        assert text in facilitator, text
        assert text not in participant, text
    for shared in ("Velkommen", "Innledning", "Grupper", "Hva nå?", "Tenk selv", "Avslutning"):
        assert shared in participant, shared


def test_participants_see_no_findings() -> None:
    text = PRIVATE.replace('end: "10:30"', 'end: "11:00"')  # short of the end: a warning
    assert analyse(text).warnings
    for output_format in ("md", "html"):
        assert "før planlagt slutt" not in rendered(text, output_format, "participant")
        assert "før planlagt slutt" in rendered(text, output_format, "facilitator")


def test_participant_handout_has_room_to_write_and_an_evaluation_form() -> None:
    text = PRIVATE + "evaluation:\n  - Hva var nyttig?\n"
    html = rendered(text, "html", "participant")
    lines = '<span class="write" aria-hidden="true"><span></span><span></span><span></span></span>'
    assert f'<li><span class="question">Hva nå?</span>{lines}</li>' in html
    assert f'<li><span class="question">Hva var nyttig?</span>{lines}</li>' in html
    assert '<div class="form">' in html
    assert lines not in rendered(text, "html", "facilitator")


def test_participant_day_starts_with_the_first_block_shown() -> None:
    context = build_context(analyse(PRIVATE), audience="participant")
    assert context["workshop"]["time"] == "09.15–10.30"
    assert [block["title"] for block in context["days"][0]["blocks"]] == [
        "Velkommen",
        "Arbeid",
        "Avslutning",
    ]
    facilitator = build_context(analyse(PRIVATE))
    assert facilitator["workshop"]["time"] == "09.00–10.30"


# Languages.

LANGUAGE_CASES = [
    ("nb", "| Tid | Hva | Type | Hvem | Notater |", "tirsdag 16. april 2024", "09.00–09.15"),
    ("nn", "| Tid | Kva | Type | Kven | Notat |", "tysdag 16. april 2024", "09.00–09.15"),
    ("en", "| Time | What | Type | Who | Notes |", "Tuesday 16 April 2024", "09:00–09:15"),
]


@pytest.mark.parametrize(("language", "header", "date", "first"), LANGUAGE_CASES)
def test_the_files_language_decides_labels_dates_and_times(
    language: str, header: str, date: str, first: str
) -> None:
    markdown = rendered(PRIVATE + f"language: {language}\n", "md")
    assert header in markdown.splitlines()
    assert date in markdown
    assert f"| {first} | Rigging<br>" in markdown


@pytest.mark.parametrize(("language", "header", "date", "first"), LANGUAGE_CASES)
def test_lang_overrides_the_file(language: str, header: str, date: str, first: str) -> None:
    markdown = rendered(PRIVATE + "language: nn\n", "md", language=language)
    assert header in markdown.splitlines()
    assert date in markdown
    html = rendered(PRIVATE + "language: nn\n", "html", language=language)
    assert html.startswith(f'<!DOCTYPE html>\n<html lang="{language}">\n')
    assert f'<span class="range">{first}</span>' in html


@pytest.mark.parametrize(
    ("language", "goals", "kind"),
    [
        ("nb", "Ønsket resultat", "Innledning"),
        ("nn", "Ønskt resultat", "Innleiing"),
        ("en", "Desired outcomes", "Introduction"),
    ],
)
def test_section_and_kind_labels(language: str, goals: str, kind: str) -> None:
    html = rendered(PRIVATE + "goals: [Et mål]\n", "html", language=language)
    assert f'<h2 id="goals">{goals}</h2>' in html
    assert f'<span class="pill intro">{kind}</span>' in html


# The view model.


def context_of(text: str, **kw: str) -> View:
    return build_context(analyse(text), **kw)


def test_people_are_resolved_and_free_text_kept() -> None:
    text = """\
    planverksted: 1
    title: Verksted
    start: "09:00"
    people:
      ordforer: {name: Ordføreren, role: Ordfører}
      johnny: {name: Johnny, role: Rådgiver, organisation: Agder fylkeskommune}
      kari: {name: Kari}
    agenda:
      - {title: Innledning, duration: 10, who: [ordforer, johnny, kari, Noen fra salen]}
    """
    row = context_of(text)["days"][0]["blocks"][0]
    # The role is left out where the name already says it (not "Ordføreren (Ordfører)").
    assert [person["text"] for person in row["who"]] == [
        "Ordføreren",
        "Johnny (Rådgiver, Agder fylkeskommune)",
        "Kari",
        "Noen fra salen",
    ]
    assert row["who_text"] == (
        "Ordføreren, Johnny (Rådgiver, Agder fylkeskommune), Kari, Noen fra salen"
    )


def test_question_sets_are_resolved_and_inline_questions_kept() -> None:
    text = """\
    planverksted: 1
    title: Verksted
    start: "09:00"
    questions:
      planer:
        title: Hvilke planer trenger vi?
        method: igp
        items: [Har vi kunnskapen?, Gir samfunnsdelen nok rom?]
    agenda:
      - {title: Gruppearbeid, kind: group, duration: 20, questions: planer}
      - {title: Grupper igjen, duration: 10, questions: [Hva nå?]}
      - {title: Plenum, kind: plenary, duration: 10}
    """
    tasks = context_of(text)["group_tasks"]
    assert [(t["number"], t["title"], t["questions_title"], t["questions"]) for t in tasks] == [
        (
            1,
            "Gruppearbeid",
            "Hvilke planer trenger vi?",
            ["Har vi kunnskapen?", "Gir samfunnsdelen nok rom?"],
        ),
        (2, "Grupper igjen", None, ["Hva nå?"]),
    ]
    method = tasks[0]["method"]
    assert method is not None
    assert (method["name"], method["total"]) == ("IGP", "19 min")
    assert [(s["time"], s["title"]) for s in method["steps"]] == [
        ("09.00–09.02", "Reflekter"),
        ("09.02–09.14", "Del rundt bordet"),
        ("09.14–09.19", "Drøft: er det fellesnevnere?"),
    ]


def test_findings_are_attached_to_the_rows_they_concern() -> None:
    context = build_context(analyse_example())
    findings = context["findings"]
    assert [(f["code"], f["where"]) for f in findings] == [
        ("gap", "13.20–13.40 Plansystemet, koplinga plan og økonomi"),
        ("method-too-long", "13.55–14.10 Gruppearbeid"),
    ]
    blocks = context["days"][0]["blocks"]
    assert [f["code"] for f in blocks[2]["findings"]] == ["gap"]
    assert [f["code"] for f in blocks[3]["parts"][2]["findings"]] == ["method-too-long"]
    assert [f["code"] for f in context["group_tasks"][0]["findings"]] == ["method-too-long"]
    assert blocks[3]["findings"] == []


def test_preparations_gather_every_material_once_in_agenda_order() -> None:
    preparations = build_context(analyse_example())["preparations"]
    assert [(p["item"], p["needed_for"]) for p in preparations] == [
        (
            "Film om kunnskapsgrunnlag",
            "kl. 13.50: Kort innlegg og innledning til gruppearbeid – vise film",
        ),
        ("Projektor og lyd", "kl. 13.50: Kort innlegg og innledning til gruppearbeid – vise film"),
        ("Post-it-lapper", "kl. 13.55: Gruppearbeid"),
        ("Tusjer", "kl. 13.55: Gruppearbeid"),
        ("Film om planstrategi", "kl. 14.30: Kort innledning og film om planstrategi"),
        ("Flip-over-ark per gruppe", "kl. 14.45: Gruppearbeid"),
    ]


def test_time_errors_cannot_be_silenced_so_no_block_is_ever_dropped() -> None:
    text = """\
    planverksted: 1
    title: Verksted
    checks: {ignore: [no-start]}
    agenda:
      - {title: Uten start, duration: 10}
    """
    assert [(f.code, f.message) for f in analyse(text).findings] == [
        (
            "unknown-code",
            "'no-start' cannot be ignored: without it the file, or a block's times, cannot be "
            "understood",
        ),
        ("no-start", 'block "Uten start": cannot tell when it starts'),
    ]


def analyse_example() -> Analysis:
    from conftest import EXAMPLES
    from planverksted.analysis import analyse_file

    return analyse_file(str(EXAMPLES / "kommunestyre-tett-pa.yaml"))


def test_a_day_with_nothing_for_participants_is_left_out_of_the_handout() -> None:
    text = """\
    planverksted: 1
    title: Samling
    days:
      - title: Forberedelse
        start: "09:00"
        agenda:
          - {title: Rigging, duration: 30, facilitator_only: true}
      - title: Verkstedet
        start: "09:00"
        agenda:
          - {title: Velkommen, duration: 15}
    """
    participant = build_context(analyse(text), audience="participant")
    assert [day["title"] for day in participant["days"]] == ["Verkstedet"]
    facilitator = build_context(analyse(text), audience="facilitator")
    assert [day["title"] for day in facilitator["days"]] == ["Forberedelse", "Verkstedet"]
