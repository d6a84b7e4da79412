"""The checks: each code FORMAT.md asks for, with its exact message and position."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES, HEADER, analyse, codes, found
from planverksted.analysis import analyse_file


def agenda(*lines: str, head: str = "") -> str:
    return HEADER + head + "agenda:\n" + "".join(f"  {line}\n" for line in lines)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00}", "- {title: B, time: 9.50-10.30}"),
            [
                (
                    "overlap",
                    5,
                    22,
                    'block "B" starts at 09.50, before block "A" ends at 10.00 (10 min overlap)',
                )
            ],
            id="overlap",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00}", "- {title: B, start: 10.05, duration: 5}"),
            [
                (
                    "gap",
                    5,
                    23,
                    '5 min unplanned between block "A" (ends 10.00) and block "B" (starts 10.05)',
                )
            ],
            id="gap",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.15-10.00}", head="start: 9.00\n"),
            [
                (
                    "gap",
                    5,
                    22,
                    '15 min unplanned between the planned start at 09.00 and block "A" at 09.15',
                )
            ],
            id="gap-at-start",
        ),
        pytest.param(
            agenda("- {title: A, time: 8.45-10.00}", head="start: 9.00\n"),
            [
                (
                    "early-start",
                    5,
                    22,
                    'block "A" starts at 08.45, 15 min before the planned start at 09.00',
                )
            ],
            id="early-start",
        ),
        pytest.param(
            agenda(
                "- title: A",
                "  time: 9.00-9.30",
                "  parts:",
                "    - {title: a, duration: 20}",
                "    - {title: b, duration: 15}",
            ),
            [
                (
                    "parts-too-long",
                    6,
                    5,
                    'the parts of block "A" take 35 min, but the block has 30 min (09.00–09.30)',
                )
            ],
            id="parts-too-long",
        ),
        pytest.param(
            agenda(
                "- title: A",
                "  start: 9.00",
                "  duration: 30",
                "  parts:",
                "    - {title: a, duration: 20}",
            ),
            [
                (
                    "unplanned-time",
                    7,
                    5,
                    'the parts of block "A" take 20 min of its 30 min '
                    "(09.00–09.30): 10 min unplanned",
                )
            ],
            id="unplanned-time",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-9.10, method: igp}"),
            [
                (
                    "method-too-long",
                    4,
                    41,
                    'method IGP takes 19 min (2 + 12 + 5), but block "A" has 10 min (09.00–09.10)',
                )
            ],
            id="method-too-long-block",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00}", head="end: 9.45\n"),
            [
                (
                    "past-end",
                    5,
                    5,
                    'the agenda runs to 10.00 (block "A"), 15 min past the planned end at 09.45',
                )
            ],
            id="past-end",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00}", head="end: 10.30\n"),
            [
                (
                    "short-of-end",
                    5,
                    5,
                    'the agenda ends at 10.00 (block "A"), 30 min before the planned end at 10.30',
                )
            ],
            id="short-of-end",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00}", "- {title: B, duration: 45}"),
            [
                (
                    "no-break",
                    5,
                    5,
                    "1 h 45 min without a break (09.00–10.45); the limit of 1 h 30 min"
                    ' is passed during block "B"',
                )
            ],
            id="no-break",
        ),
        pytest.param(
            agenda(
                "- {title: A, time: 9.00-10.00}",
                "- {title: B, duration: 45}",
                head="checks: {max_without_break: 2 t}\n",
            ),
            [],
            id="no-break-limit-raised",
        ),
        pytest.param(
            agenda(
                "- {title: A, time: 9.00-10.00, who: ordforr}",
                head="people:\n  ordforer: {name: Ordføreren}\n",
            ),
            [
                (
                    "unknown-person",
                    6,
                    39,
                    "who: 'ordforr' is not a key under people, so it is shown as written",
                )
            ],
            id="unknown-person",
        ),
        pytest.param(
            agenda("- {title: A, time: 9.00-10.00, method: igpp}"),
            [
                (
                    "unknown-method",
                    4,
                    42,
                    "method: 'igpp' is neither defined under methods nor built in",
                )
            ],
            id="unknown-method",
        ),
        pytest.param(
            agenda(
                "- {title: A, time: 9.00-10.00, questions: planer2}",
                head="questions:\n  planer: {items: [Hva?]}\n",
            ),
            [("unknown-questions", 6, 45, "questions: 'planer2' is not defined under questions")],
            id="unknown-questions",
        ),
        pytest.param(
            agenda(
                "- {title: A, time: 9.00-10.00}", head="checks: {ignore: [gapp, yaml-syntax]}\n"
            ),
            [
                ("unknown-code", 3, 19, "'gapp' is not a finding code"),
                (
                    "unknown-code",
                    3,
                    25,
                    "'yaml-syntax' cannot be ignored: without it the file, "
                    "or a block's times, cannot be understood",
                ),
            ],
            id="unknown-code",
        ),
    ],
)
def test_check(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "who",
    ["Rådgiver i fylkeskommunen", "Johnny", "ordforer", "[ordforer, kd]", "Kari Nordmann"],
)
def test_free_text_and_known_people_are_fine(who: str) -> None:
    text = agenda(
        f"- {{title: A, time: 9.00-10.00, who: {who}}}",
        head="people:\n  ordforer: {name: O}\n  kd: {name: K}\n",
    )
    assert codes(text) == []


def test_hints_name_what_was_probably_meant() -> None:
    text = agenda(
        "- {title: A, time: 9.00-10.00, who: ordforr, method: IPG, questions: planr}",
        head="people:\n  ordforer: {name: O}\nquestions:\n  planer: {items: [Hva?]}\n",
    )
    assert [(f.code, f.hint) for f in analyse(text).findings] == [
        ("unknown-person", "did you mean 'ordforer'?"),
        ("unknown-method", "did you mean 'igp'?"),
        ("unknown-questions", "did you mean 'planer'?"),
    ]


@pytest.mark.parametrize("key", ["igp", "IGP", "1-2-4-all"])
def test_built_in_methods_need_no_definition(key: str) -> None:
    assert codes(agenda(f"- {{title: A, time: 9.00-9.30, method: {key}}}")) == []


def test_a_files_own_method_wins_over_the_built_in() -> None:
    text = agenda(
        "- {title: A, time: 9.00-9.10, method: igp}",
        head="methods:\n  igp: {name: Kort IGP, steps: [{title: Alt, duration: 10}]}\n",
    )
    assert codes(text) == []


def test_a_break_part_resets_the_stretch() -> None:
    text = agenda(
        "- title: A",
        "  start: 9.00",
        "  parts:",
        "    - {title: a, duration: 80}",
        "    - {title: Pause, kind: pause, duration: 10}",
        "    - {title: b, duration: 80}",
    )
    assert codes(text) == []


def test_days_out_of_order() -> None:
    text = HEADER + (
        "days:\n"
        "  - {date: 2024-04-17, agenda: [{title: A, time: 9.00-10.00}]}\n"
        "  - {date: 2024-04-16, agenda: [{title: B, time: 9.00-10.00}]}\n"
    )
    assert found(text) == [
        ("day-order", 5, 12, "day 2 (2024-04-16) is not after day 1 (2024-04-17)")
    ]


def test_findings_can_be_ignored_in_the_file() -> None:
    text = agenda(
        "- {title: A, time: 9.00-10.00}",
        "- {title: B, time: 10.05-10.10}",
        head="checks:\n  ignore: [gap]\n",
    )
    assert codes(text) == []


def test_the_seed_workshop_shows_its_two_faults() -> None:
    analysis = analyse_file(str(EXAMPLES / "kommunestyre-tett-pa.yaml"))
    assert [(f.code, str(f.severity), f.line, f.column, f.message) for f in analysis.findings] == [
        (
            "gap",
            "warning",
            73,
            11,
            '5 min unplanned between block "Om Tett på og presentasjon av '
            'laget" (ends 13.15) and block "Plansystemet, koplinga plan og økonomi" (starts 13.20)',
        ),
        (
            "method-too-long",
            "warning",
            92,
            17,
            "method IGP takes 19 min (2 + 12 + 5), but part "
            '"Gruppearbeid" of block "Kunnskapsgrunnlag" has 15 min (13.55–14.10)',
        ),
    ]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yaml")), ids=lambda p: p.name)
def test_every_example_has_no_errors(path: object) -> None:
    analysis = analyse_file(str(path))
    assert analysis.errors == ()
    assert analysis.schedule is not None


def test_the_multi_day_example_is_clean() -> None:
    analysis = analyse_file(str(EXAMPLES / "tett-pa-samling-to-dagar.yaml"))
    assert analysis.findings == ()
    assert analysis.schedule is not None and len(analysis.schedule.days) == 2


SHIPPED = sorted(
    [
        *EXAMPLES.glob("*.yaml"),
        *(EXAMPLES.parent / "src" / "planverksted" / "workshop" / "starters").glob("*.yaml"),
    ]
)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_files_read_the_same_without_libyaml(path: object) -> None:
    """PyYAML's pure-Python parser is stricter than libyaml (a '?' in a flow list); the files
    we ship must read with both, so that they work wherever PyYAML has no libyaml."""
    import yaml

    text = Path(str(path)).read_text(encoding="utf-8")
    assert list(yaml.parse(text, Loader=yaml.SafeLoader))


def test_a_blocks_own_method_is_checked_when_it_has_parts_too() -> None:
    text = agenda(
        "- title: A", "  time: 9.00-9.10", "  method: igp", "  parts:",
        "    - {title: a, duration: 5}", "    - {title: b, duration: 5}",
    )  # fmt: skip
    assert found(text) == [
        ("method-too-long", 6, 13, 'method IGP takes 19 min (2 + 12 + 5), but block "A" has '
         "10 min (09.00–09.10)"),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("questions", "expected"),
    [
        ("Planer", []),  # the set 'planer', whatever the case
        ("PLANER", []),
        ("Hva er viktigst for oss?", []),  # a question written out
        ("budsjett", ["unknown-questions"]),  # reads as a key: a set defined nowhere
    ],
)
def test_questions_name_a_set_by_its_key_whatever_the_case(
    questions: str, expected: list[str]
) -> None:
    text = agenda(
        f"- {{title: A, time: 9.00-10.00, questions: {questions}}}",
        head="questions:\n  planer: {title: Planer, items: [Hva?], method: 1-2-4-all}\n",
    )
    analysis = analyse(text)
    assert [f.code for f in analysis.findings] == expected
    assert analysis.schedule is not None
    block = analysis.schedule.blocks()[0]
    assert block.method_key == ("1-2-4-all" if not expected and "?" not in questions else None)


def test_a_who_that_reads_as_a_key_but_names_no_one_is_reported() -> None:
    text = agenda("- {title: A, time: 9.00-10.00, who: johnny}", head="people:\n  kd: {name: K}\n")
    assert [(f.code, f.message, f.hint) for f in analyse(text).findings] == [
        ("unknown-person", "who: 'johnny' is not a key under people, so it is shown as written",
         "add it under people, or write the name as it should be shown, like 'Ordføreren'"),
    ]  # fmt: skip
