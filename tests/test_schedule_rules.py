"""The time engine's rules stated one by one, each with a case that only that rule explains.

Written against the survivors of a mutation run (docs/mutation.md): every test here fails
when the rule it names is broken, where the broader tables in test_schedule.py did not.
"""

from __future__ import annotations

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
