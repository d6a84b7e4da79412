"""Validation: unknown keys with the key probably meant, wrong types, missing values, versions,
choices — each with its exact code, message and position."""

from __future__ import annotations

import pytest

from conftest import HEADER, analyse, found

BLOCK = "agenda:\n  - {title: A, time: 13.00-13.10}\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "planverksted: 1\ntitel: X\n" + BLOCK,
            [("unknown-key", 2, 1, "unknown key 'titel' in the file")],
            id="titel",
        ),
        pytest.param(
            HEADER + "agenda:\n  - {title: A, duraton: 10}\n",
            [("unknown-key", 4, 16, "unknown key 'duraton' in block 1 \"A\"")],
            id="duraton",
        ),
        pytest.param(
            HEADER + "agenda:\n  - title: A\n    varighet: 10\n",
            [("unknown-key", 5, 5, "unknown key 'varighet' in block 1 \"A\"")],
            id="norwegian-key",
        ),
        pytest.param(
            HEADER + "agenda:\n  - title: A\n    time: 9.00-10.00\n    parts:\n"
            "      - {title: B, duration: 10, start: 9.00}\n",
            [("unknown-key", 7, 34, 'unknown key \'start\' in part 1 "B" of block 1 "A"')],
            id="start-on-a-part",
        ),
        pytest.param(
            "planverksted: 1\n" + BLOCK,
            [("missing-key", 1, 1, "the file has no 'title'")],
            id="no-title",
        ),
        pytest.param(
            "title: A\n" + BLOCK,
            [("missing-key", 1, 1, "the file has no 'planverksted'")],
            id="no-version",
        ),
        pytest.param(
            HEADER + "agenda:\n  - title: A\n    parts:\n      - {title: B}\n",
            [("missing-key", 6, 9, 'part 1 "B" of block 1 "A" has no \'duration\'')],
            id="part-without-duration",
        ),
        pytest.param(
            "planverksted: 2\ntitle: A\n" + BLOCK,
            [
                (
                    "bad-version",
                    1,
                    15,
                    "planverksted: 2 is not a format version this planverksted "
                    "reads (it reads version 1) ('planverksted')",
                )
            ],
            id="version-2",
        ),
        pytest.param(
            HEADER + "goals:\n  a: b\n" + BLOCK,
            [("wrong-type", 4, 3, "expected a list of text, found keys (a mapping) ('goals')")],
            id="goals-mapping",
        ),
        pytest.param(
            HEADER + "venue: [a, b]\n" + BLOCK,
            [("wrong-type", 3, 8, "expected text, found a list ('venue')")],
            id="venue-list",
        ),
        pytest.param(
            HEADER + "people:\n  kd: [a]\n" + BLOCK,
            [("wrong-type", 4, 7, "expected keys (a mapping), found a list (person 'kd')")],
            id="person-list",
        ),
        pytest.param(
            HEADER + "agenda: Innledning\n",
            [("wrong-type", 3, 9, "expected a list, found the text 'Innledning' ('agenda')")],
            id="agenda-text",
        ),
        pytest.param(
            HEADER + "agenda:\n  - {title: A, kind: pausee, time: 9.00-10.00}\n",
            [("bad-value", 4, 22, "'pausee' is not a kind of block ('kind' of block 1 \"A\")")],
            id="bad-kind",
        ),
        pytest.param(
            HEADER + "language: de\n" + BLOCK,
            [("bad-value", 3, 11, "the language 'de' is not one planverksted writes ('language')")],
            id="bad-language",
        ),
        pytest.param(
            HEADER + "date: 31.02.2024\n" + BLOCK,
            [("bad-date", 3, 7, "'31.02.2024' is not a date in the calendar ('date')")],
            id="bad-date",
        ),
        pytest.param(
            HEADER + "agenda:\n  - title: A\n    duration: en halvtime\n",
            [
                (
                    "bad-duration",
                    5,
                    15,
                    "cannot read the duration 'en halvtime' ('duration' of block 1 \"A\")",
                )
            ],
            id="bad-duration",
        ),
        pytest.param(
            HEADER + "start: 9.00\nagenda:\n  - title: A\n    duration: 1,5 t\n",
            [("decimal-comma-duration", 6, 16, "a duration cannot have a decimal comma: '1,5 t'")],
            id="decimal-comma-duration",
        ),
        pytest.param(
            HEADER + "agenda:\n  - title:\n    time: 9.00-10.00\n",
            [("missing-value", 4, 11, "no value is given ('title' of block 1)")],
            id="empty-title",
        ),
        pytest.param(
            HEADER + "agenda: []\n",
            [("missing-value", 3, 9, "the list is empty ('agenda')")],
            id="empty-agenda",
        ),
        pytest.param(
            HEADER + "start: 9.00\n",
            [("missing-key", 1, 1, "the file has no agenda")],
            id="no-agenda",
        ),
        pytest.param(
            HEADER + BLOCK + "days:\n  - agenda: [{title: B, time: 9.00-10.00}]\n",
            [("bad-value", 1, 1, "the file has both 'agenda' and 'days'")],
            id="agenda-and-days",
        ),
        pytest.param(
            HEADER + "methods:\n  m: {name: M, steps: [{title: S, duration: 2}], tid: 3}\n" + BLOCK,
            [("unknown-key", 4, 50, "unknown key 'tid' in method 'm'")],
            id="method-key",
        ),
    ],
)
def test_invalid_files(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


def test_unknown_key_hints_at_the_key_meant() -> None:
    hints = [
        f.hint for f in analyse("planverksted: 1\ntitel: X\nsted: Y\nzzz: 1\n" + BLOCK).findings
    ]
    assert hints[:2] == ["did you mean 'title'?", "did you mean 'venue'?"]
    assert hints[2] is not None and hints[2].startswith("the keys here are: planverksted, title,")


def test_every_problem_at_once() -> None:
    text = HEADER + (
        "agenda:\n"
        "  - {title: A, time: 25.00-26.00}\n"
        "  - {title: B, duration: fem}\n"
        "  - {titel: C}\n"
    )
    # The misspelt 'titel' is reported once, as unknown; not again as a missing 'title'.
    assert [(code, line) for code, line, _, _ in found(text)] == [
        ("bad-time", 4),
        ("bad-duration", 5),
        ("unknown-key", 6),
    ]


@pytest.mark.parametrize(
    ("written", "kind"),
    [
        ("pause", "break"),
        ("Gruppearbeid", "group"),
        ("plenum", "plenary"),
        ("lunsj", "meal"),
        ("innlegg", "talk"),
        ("innleiing", "intro"),
        ("TALK", "talk"),
    ],
)
def test_norwegian_kind_names(written: str, kind: str) -> None:
    analysis = analyse(HEADER + f"agenda:\n  - {{title: A, kind: {written}, time: 9.00-10.00}}\n")
    assert analysis.workshop is not None and analysis.workshop.agenda is not None
    assert analysis.workshop.agenda[0].kind == kind


def test_friendly_shorthands() -> None:
    text = HEADER + (
        "people:\n  kd: Kommunedirektøren\n"
        "goals: Ett mål\n"
        "questions:\n  q: [Første?, Andre?]\n"
        "agenda:\n"
        "  - {title: A, time: 9.00-10.00, who: kd, materials: Flipover,"
        " questions: Hva er viktigst for oss?}\n"
    )
    analysis = analyse(text)
    assert analysis.findings == ()
    workshop = analysis.workshop
    assert workshop is not None and workshop.agenda is not None
    assert workshop.people["kd"].name == "Kommunedirektøren"
    assert workshop.goal_texts == ("Ett mål",)
    assert workshop.questions["q"].items == ("Første?", "Andre?")
    block = workshop.agenda[0]
    assert (block.who, block.materials) == (("kd",), ("Flipover",))
    assert block.questions == "Hva er viktigst for oss?"  # no set has this name: a question


def test_model_is_frozen() -> None:
    workshop = analyse(HEADER + BLOCK).workshop
    assert workshop is not None
    with pytest.raises(Exception, match="frozen"):
        workshop.title = "Annen"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADER + 'goals: [Første, " "]\n' + BLOCK, "item 2 is empty ('goals')"),
        (HEADER + 'evaluation: [""]\n' + BLOCK, "item 1 is empty ('evaluation')"),
        (
            HEADER + 'agenda:\n  - {title: A, time: 13.00-13.10, materials: [Flipover, ""]}\n',
            "item 2 is empty ('materials' of block 1 \"A\")",
        ),
    ],
)
def test_an_empty_item_in_a_list_is_reported(text: str, expected: str) -> None:
    assert [(code, message) for code, _, _, message in found(text)] == [("missing-value", expected)]
