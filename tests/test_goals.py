"""Goals tied to blocks (#23): ``serves``, evaluation tied to goals, and the coverage table."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from conftest import HEADER, ROOT, analyse, found
from documents import docx_text, html_text, missing_in_order, pdf_text
from planverksted.analysis import Analysis, analyse_file
from planverksted.runsheet import formats
from planverksted.runsheet.formats import Job
from planverksted.runsheet.view import build_context

GOALS = ROOT / "tests" / "data" / "goals.yaml"

TWO_GOALS = (
    "goals:\n  - {id: kunnskap, text: Kunnskapsgrunnlaget er avklart}\n  - Rammene er forstått\n"
)


def agenda(*lines: str) -> str:
    return 'start: "9:00"\n' + "agenda:\n" + "".join(f"  {line}\n" for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: [kunnskap]}"),
            [
                (
                    "goal-not-served",
                    5,
                    5,
                    'goal 2 "Rammene er forstått" is served by no block: no block or part '
                    "names it in serves",
                )
            ],
            id="not-served-at-the-goal",
        ),
        pytest.param(
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5}"),
            [],
            id="no-serves-no-warning",
        ),
        pytest.param(
            HEADER
            + TWO_GOALS
            + agenda(
                "- title: A",
                "  duration: 10",
                "  parts:",
                "    - {title: P, duration: 10, serves: [1, 2]}",
            ),
            [],
            id="served-by-numbers-in-a-part",
        ),
        pytest.param(
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: [kunskap, 2]}"),
            [
                (
                    "goal-not-served",
                    4,
                    5,
                    'goal 1 "Kunnskapsgrunnlaget er avklart" is served '
                    "by no block: no block or part names it in serves",
                ),
                ("goal-unknown", 8, 38, "serves: 'kunskap' names no goal"),
            ],
            id="unknown-id",
        ),
        pytest.param(
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: 3}"),
            [
                (
                    "goal-not-served",
                    4,
                    5,
                    'goal 1 "Kunnskapsgrunnlaget er avklart" is served '
                    "by no block: no block or part names it in serves",
                ),
                (
                    "goal-not-served",
                    5,
                    5,
                    'goal 2 "Rammene er forstått" is served by no '
                    "block: no block or part names it in serves",
                ),
                ("goal-unknown", 8, 37, "serves: '3' names no goal"),
            ],
            id="unknown-number",
        ),
        pytest.param(
            HEADER + agenda("- {title: A, duration: 5, serves: 1}"),
            [("goal-unknown", 5, 37, "serves: '1' names no goal")],
            id="serves-without-goals",
        ),
        pytest.param(
            HEADER
            + TWO_GOALS
            + agenda("- {title: A, duration: 5}")
            + "evaluation:\n  - {question: Avklart?, goal: kunnskap}\n  - Lært noe?\n",
            [
                (
                    "goal-not-evaluated",
                    5,
                    5,
                    'goal 2 "Rammene er forstått" has no evaluation question, though other '
                    "goals have one",
                )
            ],
            id="not-evaluated",
        ),
        pytest.param(
            HEADER
            + TWO_GOALS
            + agenda("- {title: A, duration: 5}")
            + "evaluation:\n  - question: Avklart?\n    goal: kunskap\n",
            [
                ("goal-unknown", 11, 11, "goal: 'kunskap' names no goal"),
            ],
            id="evaluation-unknown-goal",
        ),
        pytest.param(
            HEADER
            + "goals:\n  - {id: a, text: Første}\n  - {id: a, text: Andre}\n"
            + agenda("- {title: A, duration: 5}"),
            [("goal-duplicate", 5, 10, "goal 2 has the id 'a', which goal 1 has too")],
            id="duplicate-id",
        ),
        pytest.param(
            HEADER
            + "goals:\n  - text: Første\n    id: en\n  - text: Andre\n"
            + agenda("- {title: A, duration: 5, serves: [en, 2]}"),
            [],
            id="block-style-goal-is-no-colon-mistake",
        ),
    ],
)
def test_goal_findings(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        (
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: kunskap}"),
            "did you mean 'kunnskap'?",
        ),
        (
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: 9}"),
            "the goals are: kunnskap (1), 2",
        ),
        (
            HEADER + agenda("- {title: A, duration: 5, serves: 1}"),
            "the file has no goals: add them under goals",
        ),
        (
            HEADER + TWO_GOALS + agenda("- {title: A, duration: 5, serves: 1}"),
            "add serves: [2] to the blocks that work on it, or leave the goal out",
        ),
    ],
)
def test_goal_hints(text: str, hint: str) -> None:
    assert hint in [f.hint for f in analyse(text).findings]


def test_goal_findings_in_norwegian() -> None:
    text = HEADER + "language: nn\n" + TWO_GOALS + agenda("- {title: A, duration: 5, serves: 1}")
    (finding,) = analyse(text).findings
    from planverksted.lint.wording import in_language

    assert in_language(finding, "nn") == (
        "mål 2 «Rammene er forstått» blir ikkje følgt opp av nokon bolk: ingen bolk eller del "
        "har det i serves",
        "legg serves: [2] til bolkane som arbeider med det, eller ta bort målet",
    )
    assert in_language(finding, "nb")[0] == (
        "mål 2 «Rammene er forstått» blir ikke fulgt opp av noen bolk: ingen bolk eller del "
        "har det i serves"
    )


def test_plain_goals_and_evaluation_keep_their_meaning() -> None:
    analysis = analyse(
        HEADER
        + "goals: Ett mål\n"
        + agenda("- {title: A, time: 9-10}")
        + "evaluation:\n  - Hva var nyttig?\n"
    )
    assert analysis.findings == () and analysis.workshop is not None
    assert analysis.workshop.goal_texts == ("Ett mål",)
    assert analysis.workshop.evaluation_questions == ("Hva var nyttig?",)
    view = build_context(analysis)
    assert view["coverage"] == [] and view["goals"] == ["Ett mål"]
    assert all(row["goals"] == [] for row in view["days"][0]["blocks"])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            HEADER + 'goals: [Første, " "]\n' + agenda("- {title: A, time: 9-10}"),
            "item 2 is empty ('goals')",
        ),
        (
            HEADER + "goals:\n  a: b\n" + agenda("- {title: A, time: 9-10}"),
            "expected a list of text, found keys (a mapping) ('goals')",
        ),
        (
            HEADER + "goals:\n  - {id: a}\n" + agenda("- {title: A, time: 9-10}"),
            "goal 1 has no 'text'",
        ),
        (
            HEADER + "evaluation:\n  - {goal: 1}\n" + agenda("- {title: A, time: 9-10}"),
            "evaluation question 1 has no 'question'",
        ),
    ],
)
def test_malformed_goals(text: str, message: str) -> None:
    assert [f.message for f in analyse(text).findings] == [message]


# The coverage table.


@pytest.fixture(scope="module")
def goals_analysis() -> Analysis:
    analysis = analyse_file(str(GOALS))
    assert analysis.findings == ()
    return analysis


def test_coverage_counts_blocks_and_minutes(goals_analysis: Analysis) -> None:
    view = build_context(goals_analysis)
    table = [
        (goal["number"], goal["id"], [use["title"] for use in goal["blocks"]], goal["minutes"])
        for goal in view["coverage"]
    ]
    assert table == [
        (1, "kunnskap", ["Kunnskapsgrunnlag"], 30),
        (2, None, ["Innledning", "Planstrategi"], 20),
        (3, "samfunnsdel", ["Kunnskapsgrunnlag", "Planstrategi"], 30),
    ]
    rows = [
        (row["title"], row["goals_text"])
        for block in view["days"][0]["blocks"]
        for row in [block, *block["parts"]]
    ]
    assert rows == [
        ("Innledning", "2"),
        ("Kunnskapsgrunnlag", "1, 3"),
        ("Utfordringsbilde", ""),
        ("Gruppearbeid", "3"),
        ("Pause", ""),
        ("Planstrategi", "2, 3"),
        ("Film om planstrategi", "2, 3"),
        ("Plenum", ""),
    ]
    assert view["coverage"][1]["blocks"][1]["text"] == "13.55–14.20 Planstrategi (10 min)"


def test_the_handout_shows_the_goals_as_today(goals_analysis: Analysis) -> None:
    view = build_context(goals_analysis, audience="participant")
    assert view["coverage"] == []
    assert view["goals"] == [
        "Fått avklart om kunnskapsgrunnlaget er tilstrekkelig",
        "Bedre forståelse av rammer og handlingsrom",
        "Grunnlag for å vurdere gjeldende samfunnsdel",
    ]
    assert all(
        row["goals"] == []
        for block in view["days"][0]["blocks"]
        for row in [block, *block["parts"]]
    )


def make(analysis: Analysis, name: str, audience: str, language: str) -> Any:
    return formats.get(name).render(Job(analysis, audience, language, options={}))


def as_text(name: str, output: Any) -> str:
    if name == "html":
        return html_text(output)
    if name == "pdf":
        return pdf_text(output)
    if name == "docx":
        return docx_text(output)
    return str(output)


HEADINGS = {
    "nb": ("Mål og bolker", "Tid brukt", "Mål"),
    "nn": ("Mål og bolkar", "Tid brukt", "Mål"),
    "en": ("Goals and blocks", "Time spent", "Goals"),
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("name", ["html", "md", "terminal", "docx", "pdf"])
def test_every_format_shows_goal_numbers_and_the_coverage_table(
    goals_analysis: Analysis, name: str, language: str
) -> None:
    if name == "pdf":
        pytest.importorskip("typst")
    if name == "docx":
        pytest.importorskip("docx")
    view = build_context(goals_analysis, language=language)
    text = as_text(name, make(goals_analysis, name, "facilitator", language))
    heading, minutes_label, column = HEADINGS[language]
    # Each row's goal numbers, in agenda order, then the table: goal, its blocks, its minutes.
    # Tables (HTML, Markdown) have a column; the terminal, Word and PDF a line "Mål: 1, 3".
    tabular = name in ("html", "md")
    items = [column] if tabular else []
    for block in view["days"][0]["blocks"]:
        for row in [block, *block["parts"]]:
            items.append(row["title"])
            if row["goals_text"]:
                items.append(row["goals_text"] if tabular else f"{column}: {row['goals_text']}")
    # The terminal has no table: it names the time spent under each goal.
    items += [heading, minutes_label] if name != "terminal" else [heading]
    for goal in view["coverage"]:
        items += [f"{goal['number']}", goal["text"]]
        for use in goal["blocks"]:
            items += [use["time"], use["title"]]
        if name == "terminal":
            items.append(minutes_label)
        items.append(goal["duration"])
    assert missing_in_order(text, items) == []
    assert missing_in_order(text, items[::-1]) != []


@pytest.mark.parametrize("name", ["html", "md", "terminal", "docx"])
def test_no_format_shows_the_coverage_to_participants(goals_analysis: Analysis, name: str) -> None:
    if name == "docx":
        pytest.importorskip("docx")
    text = as_text(name, make(goals_analysis, name, "participant", "nb"))
    assert "Mål og bolker" not in text and "Tid brukt" not in text
    assert "Bedre forståelse av rammer og handlingsrom" in text


def test_html_numbers_the_goals_and_adds_one_column(goals_analysis: Analysis) -> None:
    html = make(goals_analysis, "html", "facilitator", "en")
    assert (
        '<section class="goals" aria-labelledby="goals">\n<h2 id="goals">Desired outcomes</h2>\n<ol>'
        in html
    )
    assert '<th scope="col" class="goal-numbers">Goals</th>' in html
    assert '<td class="goal-numbers" data-label="Goals">1, 3</td>' in html
    assert '<h2 id="coverage">Goals and blocks</h2>' in html


def test_a_file_without_serves_has_no_coverage_style(tmp_path: Path) -> None:
    analysis = analyse(HEADER + "goals: [Et mål]\n" + agenda("- {title: A, time: 9-10}"))
    html = make(analysis, "html", "facilitator", "nb")
    assert "coverage" not in html and "goal-numbers" not in html and "<ul>\n<li>Et mål" in html


def test_coverage_over_several_days_names_the_day() -> None:
    analysis = analyse(
        HEADER
        + "goals: [{id: a, text: Første}]\n"
        + "days:\n"
        + "  - {date: 2024-04-18, start: '9:00', agenda: [{title: A, duration: 30}]}\n"
        + "  - {date: 2024-04-19, start: '9:00', agenda: [{title: B, duration: 45, serves: a}]}\n"
    )
    assert analysis.findings == ()
    (goal,) = build_context(analysis)["coverage"]
    assert [use["text"] for use in goal["blocks"]] == ["Dag 2, 09.00–09.45 B (45 min)"]
    assert goal["duration"] == "45 min"


PARALLEL = (
    HEADER
    + "goals: [{id: helse, text: Helse}, {id: areal, text: Areal}]\n"
    + 'start: "9:00"\n'
    + "agenda:\n"
    + "  - title: Parallelle verksteder\n"
    + "    walk: 5\n"
    + "    parallel:\n"
    + "      - {title: Helse, duration: 40, serves: helse}\n"
    + "      - {title: Areal, duration: 30, serves: [areal, helse]}\n"
    + "      - {title: Oppvekst, duration: 20, serves: arael}\n"
)


def test_parallel_tracks_serve_goals_the_longest_counting() -> None:
    analysis = analyse(PARALLEL)
    assert [(f.code, f.line, f.column, f.hint) for f in analysis.findings] == [
        ("goal-unknown", 11, 49, "did you mean 'areal'?")
    ]
    fixed = analyse(PARALLEL.replace("serves: arael", "serves: areal"))
    assert fixed.findings == ()
    view = build_context(fixed)
    assert [(goal["text"], goal["minutes"]) for goal in view["coverage"]] == [
        ("Helse", 40),  # the tracks run at once: the longest, not 40 + 30
        ("Areal", 30),
    ]
    assert view["days"][0]["blocks"][0]["goals_text"] == "1, 2"
