"""The time engine's rules stated one by one, each with a case that only that rule explains.

Written against the survivors of a mutation run (docs/mutation.md): every test here fails
when the rule it names is broken, where the broader tables in test_schedule.py did not.
"""

from __future__ import annotations

import pytest

from conftest import HEADER, analyse, found
from planverksted.timing.clock import format_clock


def agenda(*blocks: str) -> str:
    return HEADER + "agenda:\n" + "".join(f"  - {block}\n" for block in blocks)


def test_an_end_before_the_implied_start_with_a_duration_is_one_finding_without_negative_time() -> (
    None
):
    text = agenda("{title: A, time: 9.00-10.00}", '{title: B, end: "9.55", duration: 10}')
    assert found(text) == [
        (
            "ends-before-start",
            5,
            5,
            'block "B" ends before it starts: 10.00 (where the block before it ends) to 09.55',
        )
    ]


def test_an_end_before_a_given_start_with_a_duration_is_one_finding() -> None:
    text = agenda("{title: A, start: 10.00, end: 9.55, duration: 10}")
    assert [(code, message) for code, _, _, message in found(text)] == [
        ("ends-before-start", 'block "A" ends before it starts: 10.00 to 09.55')
    ]


def times(text: str) -> list[tuple[str, str]]:
    analysis = analyse(text)
    assert analysis.schedule is not None and not analysis.errors, analysis.findings
    return [(format_clock(b.start), format_clock(b.end)) for b in analysis.schedule.blocks()]


def test_a_start_an_end_and_a_duration_that_agree_are_no_conflict() -> None:
    text = agenda("{title: A, start: 9.00, end: 10.00, duration: 60}")
    assert found(text) == []
    assert times(text) == [("09.00", "10.00")]


def test_an_implied_start_an_end_and_a_duration_that_agree_are_no_conflict() -> None:
    text = agenda("{title: A, time: 9.00-9.30}", "{title: B, end: 10.00, duration: 30}")
    assert found(text) == []
    assert times(text) == [("09.00", "09.30"), ("09.30", "10.00")]


def test_a_block_with_only_a_start_ends_where_the_next_block_starts_not_the_one_before() -> None:
    text = agenda(
        "{title: A, start: 9.00, duration: 15}",
        "{title: B, start: 9.15}",
        "{title: C, start: 10.00, duration: 30}",
    )
    assert times(text) == [("09.00", "09.15"), ("09.15", "10.00"), ("10.00", "10.30")]


def test_the_next_start_may_come_from_a_range() -> None:
    text = agenda("{title: A, start: 9.00}", "{title: B, time: 9.40-10.00}")
    assert times(text) == [("09.00", "09.40"), ("09.40", "10.00")]


def test_the_last_block_with_only_a_start_ends_at_the_planned_end_not_the_next_days() -> None:
    text = HEADER + (
        "days:\n"
        "  - {end: 12.00, agenda: [{title: A, start: 9.00}]}\n"
        "  - {agenda: [{title: B, start: 8.00, duration: 30}]}\n"
    )
    analysis = analyse(text)
    assert analysis.schedule is not None and not analysis.errors, analysis.findings
    day = analysis.schedule.days[0]
    assert [(format_clock(b.start), format_clock(b.end)) for b in day.blocks] == [
        ("09.00", "12.00")
    ]


def test_a_block_with_only_a_start_before_a_next_block_at_the_same_time_has_no_end() -> None:
    text = agenda("{title: A, start: 9.00}", "{title: B, start: 9.00, duration: 10}")
    assert [code for code, *_ in found(text)][:1] == ["no-end"]


def test_a_block_may_start_at_midnight() -> None:
    text = agenda("{title: Natt, start: 0.00, duration: 30}")
    assert found(text) == []
    assert times(text) == [("00.00", "00.30")]


def test_a_block_may_end_at_midnight_but_not_a_minute_later() -> None:
    assert times(agenda("{title: A, start: 23.30, end: 24.00}")) == [("23.30", "24.00")]
    assert [code for code, *_ in found(agenda("{title: A, start: 23.30, duration: 31}"))] == [
        "past-midnight"
    ]


def test_the_first_block_given_an_end_and_a_duration_starts_at_end_minus_duration() -> None:
    assert times(agenda("{title: A, end: 0.30, duration: 30}")) == [("00.00", "00.30")]


def test_two_days_on_one_date_are_out_of_order() -> None:
    text = HEADER + (
        "days:\n"
        "  - {date: 2024-04-16, agenda: [{title: A, time: 9.00-10.00}]}\n"
        "  - {date: 2024-04-16, agenda: [{title: B, time: 9.00-10.00}]}\n"
    )
    assert found(text) == [
        ("day-order", 5, 12, "day 2 (2024-04-16) is not after day 1 (2024-04-16)")
    ]


def test_days_a_day_apart_are_in_order() -> None:
    text = HEADER + (
        "days:\n"
        "  - {date: 2024-04-16, agenda: [{title: A, time: 9.00-10.00}]}\n"
        "  - {date: 2024-04-17, agenda: [{title: B, time: 9.00-10.00}]}\n"
    )
    assert found(text) == []


# The time engine's own findings in full (the rules' are in test_rules_edges.py).
TIME_FINDINGS = [
    pytest.param(
        "language: en\nagenda:\n  - {title: A, start: 9.00, end: 10.00, duration: 45}\n",
        [
            (
                "conflicting-times",
                5,
                51,
                "block \"A\": 09:00–10:00 is 1 h, but 'duration' says 45 min",
                "give the time once, or make the two agree",
            )
        ],
        id="conflict-in-english-times",
    ),
    pytest.param(
        "agenda:\n  - {title: A, duration: 10}\n",
        [
            (
                "no-start",
                4,
                5,
                'block "A": cannot tell when it starts',
                "give it a start (start: 13:00 or time: 13:00–13:10), or give the workshop a start",
            )
        ],
        id="no-start",
    ),
    pytest.param(
        "agenda:\n  - {title: A, start: 9.00}\n",
        [
            (
                "no-end",
                4,
                5,
                'block "A": cannot tell when it ends (it starts at 09.00)',
                "give it an end, a duration (duration: 15 min) or parts",
            )
        ],
        id="no-end",
    ),
    pytest.param(
        "agenda:\n  - {title: A, start: 10.00, end: 10.00, duration: 10}\n",
        [
            (
                "ends-before-start",
                4,
                5,
                'block "A" ends at the time it starts: 10.00 to 10.00',
                "check the end time, or the times of the blocks before it",
            )
        ],
        id="end-at-start-with-a-duration",
    ),
    pytest.param(
        "agenda:\n  - {title: A, duration: 10}\n  - {title: B, time: 10.00-9.00}\n",
        [
            (
                "no-start",
                4,
                5,
                'block "A": cannot tell when it starts',
                "give it a start (start: 13:00 or time: 13:00–13:10), or give the workshop a start",
            ),
            (
                "ends-before-start",
                5,
                22,
                'block "B" ends before it starts: 10.00 to 09.00',
                "check the end time, or the times of the blocks before it",
            ),
        ],
        id="after-an-unresolved-block",
    ),
    pytest.param(
        "agenda:\n  - title: A\n    start: 9.00\n    end: 9.30\n    parts: [{title: a, duration: 20}]\n",
        [
            (
                "unplanned-time",
                7,
                5,
                'the parts of block "A" take 20 min of its 30 min (09.00–09.30): 10 min unplanned',
                "lengthen a part, or add one for the rest of the time",
            )
        ],
        id="parts-short-of-start-and-end",
    ),
    pytest.param(
        "end: 11.00\ndays:\n  - agenda: [{title: A, time: 9.00-10.00}]\n",
        [
            (
                "short-of-end",
                5,
                14,
                'the agenda ends at 10.00 (block "A"), 1 h before the planned end at 11.00',
                "lengthen a block, or move the planned end",
            )
        ],
        id="days-take-the-workshops-end",
    ),
    pytest.param(
        "days:\n  - agenda: [{title: A, start: 9.00, end: 10.00, duration: 45}]\n",
        [
            (
                "conflicting-times",
                4,
                60,
                "block \"A\": 09.00–10.00 is 1 h, but 'duration' says 45 min",
                "give the time once, or make the two agree",
            )
        ],
        id="a-time-fault-in-a-day",
    ),
    pytest.param(
        "agenda:\n  - {title: A, start: 23.30, duration: 1 t}\n",
        [
            (
                "past-midnight",
                4,
                5,
                'block "A" runs past midnight (23.30 + 1 h)',
                "split the programme into days",
            )
        ],
        id="past-midnight",
    ),
    pytest.param(
        "agenda:\n  - {title: A, start: 0.00, duration: 1441}\n",
        [
            (
                "past-midnight",
                4,
                5,
                'block "A" runs past midnight (00.00 + 24 h 1 min)',
                "split the programme into days",
            )
        ],
        id="from-midnight-past-the-next",
    ),
]


@pytest.mark.parametrize(("body", "expected"), TIME_FINDINGS)
def test_each_time_fault_says_what_is_wrong_and_what_to_do(
    body: str, expected: list[tuple[str, int, int, str, str | None]]
) -> None:
    assert [
        (f.code, f.line, f.column, f.message, f.hint) for f in analyse(HEADER + body).findings
    ] == expected


def test_a_one_day_workshop_is_one_day_at_the_agenda_with_the_workshops_times() -> None:
    analysis = analyse(HEADER + "start: 9.00\nend: 10.00\nagenda:\n  - {title: A, duration: 60}\n")
    assert analysis.schedule is not None
    (day,) = analysis.schedule.days
    assert (day.index, day.agenda_path, day.path, day.planned_start, day.planned_end, day.size) == (
        0,
        ("agenda",),
        (),
        9 * 60,
        10 * 60,
        1,
    )


def test_a_day_of_several_is_found_at_its_place_under_days() -> None:
    analysis = analyse(
        HEADER + "days:\n  - agenda: [{title: A, time: 9.00-10.00}]\n"
        "  - {start: 8.00, end: 9.00, agenda: [{title: B, time: 8.00-9.00}]}\n"
    )
    assert analysis.schedule is not None
    day = analysis.schedule.days[1]
    assert (day.index, day.agenda_path, day.path, day.planned_start, day.planned_end) == (
        1,
        ("days", 1, "agenda"),
        ("days", 1),
        8 * 60,
        9 * 60,
    )
