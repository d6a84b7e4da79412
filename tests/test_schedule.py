"""The time engine: FORMAT.md's rules for block times, each at its edges, day by day."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import HEADER, analyse, found
from planverksted.timing.clock import format_clock


def times(text: str) -> list[str]:
    """Each resolved block as '09.00–10.00', with its parts as '+09.00–09.10'."""
    analysis = analyse(text)
    assert analysis.schedule is not None, analysis.findings
    rows = []
    for block in analysis.schedule.blocks():
        rows.append(f"{format_clock(block.start)}–{format_clock(block.end)}")
        rows += [f"+{format_clock(p.start)}–{format_clock(p.end)}" for p in block.parts]
    return rows


@pytest.mark.parametrize(
    ("agenda", "expected"),
    [
        pytest.param("- {title: A, time: 9.00 – 10.00}", ["09.00–10.00"], id="time-range"),
        pytest.param("- {title: A, start: 9.00, end: 10.00}", ["09.00–10.00"], id="start-end"),
        pytest.param(
            "- {title: A, start: 9.00, duration: 1 t}", ["09.00–10.00"], id="start-duration"
        ),
        pytest.param("- {title: A, end: 10.00, duration: 60}", ["09.00–10.00"], id="end-duration"),
        pytest.param(
            "- {title: A, time: 9.00-10.00}\n- {title: B, duration: 15}",
            ["09.00–10.00", "10.00–10.15"],
            id="start-is-previous-end",
        ),
        pytest.param(
            "- {title: A, time: 9.00-10.00}\n- {title: B, end: 10.30}",
            ["09.00–10.00", "10.00–10.30"],
            id="start-from-previous-end-to-given-end",
        ),
        pytest.param(
            "- title: A\n  start: 9.00\n  parts:\n    - {title: a, duration: 10}\n"
            "    - {title: b, duration: 20}",
            ["09.00–09.30", "+09.00–09.10", "+09.10–09.30"],
            id="end-from-parts",
        ),
        pytest.param(
            "- {title: A, start: 9.00}\n- {title: B, start: 9.45, duration: 15}",
            ["09.00–09.45", "09.45–10.00"],
            id="ends-where-the-next-starts",
        ),
        pytest.param(
            "- {title: A, start: 23.00, duration: 1 t}",
            ["23.00–24.00"],
            id="ends-at-midnight",
        ),
    ],
)
def test_block_times(agenda: str, expected: list[str]) -> None:
    text = HEADER + "agenda:\n" + "".join(f"  {line}\n" for line in agenda.splitlines())
    assert times(text) == expected


def test_first_block_starts_at_the_day_start_and_last_ends_at_the_planned_end() -> None:
    text = (
        HEADER + "start: 9.00\nend: 11.00\nagenda:\n  - {title: A, duration: 30}\n"
        "  - {title: B, start: 10.00}\n"
    )
    assert times(text) == ["09.00–09.30", "10.00–11.00"]


@pytest.mark.parametrize(
    ("agenda", "expected"),
    [
        pytest.param(
            "- {title: A, time: 9.00-10.00, start: 9.15}",
            (
                "conflicting-times",
                4,
                41,
                "block \"A\": 'time' starts at 09.00 but 'start' says 09.15",
            ),
            id="time-vs-start",
        ),
        pytest.param(
            "- {title: A, time: 9.00-10.00, end: 10.15}",
            ("conflicting-times", 4, 39, "block \"A\": 'time' ends at 10.00 but 'end' says 10.15"),
            id="time-vs-end",
        ),
        pytest.param(
            "- {title: A, start: 9.00, end: 10.00, duration: 45}",
            (
                "conflicting-times",
                4,
                51,
                "block \"A\": 09.00–10.00 is 1 h, but 'duration' says 45 min",
            ),
            id="end-vs-duration",
        ),
        pytest.param(
            "- {title: A, time: 10.00-9.00}",
            ("ends-before-start", 4, 22, 'block "A" ends before it starts: 10.00 to 09.00'),
            id="reversed-range",
        ),
        pytest.param(
            "- {title: A, time: 10.00-10.00}",
            ("ends-before-start", 4, 22, 'block "A" ends at the time it starts: 10.00 to 10.00'),
            id="zero-length",
        ),
        pytest.param(
            "- {title: A, time: 9.00-10.00}\n- {title: B, end: 9.30}",
            (
                "ends-before-start",
                5,
                5,
                'block "B" ends before it starts: 10.00 (where the block before it ends) to 09.30',
            ),
            id="implicit-start-after-end",
        ),
        pytest.param(
            "- {title: A, duration: 10}",
            ("no-start", 4, 5, 'block "A": cannot tell when it starts'),
            id="no-start",
        ),
        pytest.param(
            "- {title: A, start: 9.00}",
            ("no-end", 4, 5, 'block "A": cannot tell when it ends (it starts at 09.00)'),
            id="no-end",
        ),
        pytest.param(
            "- {title: A, start: 23.30, duration: 1 t}",
            ("past-midnight", 4, 5, 'block "A" runs past midnight (23.30 + 1 h)'),
            id="past-midnight",
        ),
    ],
)
def test_times_that_cannot_be_had(agenda: str, expected: tuple[str, int, int, str]) -> None:
    text = HEADER + "agenda:\n" + "".join(f"  {line}\n" for line in agenda.splitlines())
    assert found(text)[0] == expected


def test_an_unresolved_block_is_reported_once_not_for_every_block_after_it() -> None:
    text = (
        HEADER + "agenda:\n  - {title: A, duration: 10}\n  - {title: B, duration: 10}\n"
        "  - {title: C, time: 9.00-9.10}\n"
    )
    assert [code for code, *_ in found(text)] == ["no-start"]


def test_method_steps_are_laid_from_the_part_start() -> None:
    text = HEADER + (
        "agenda:\n  - title: A\n    start: 13.40\n    parts:\n"
        "      - {title: Innledning, duration: 15}\n"
        "      - {title: Gruppe, duration: 20, method: igp}\n"
    )
    analysis = analyse(text)
    assert analysis.schedule is not None
    part = analysis.schedule.blocks()[0].parts[1]
    assert [(format_clock(s.start), format_clock(s.end), s.title) for s in part.steps] == [
        ("13.55", "13.57", "Reflekter"),
        ("13.57", "14.09", "Del rundt bordet"),
        ("14.09", "14.14", "Drøft: er det fellesnevnere?"),
    ]


def test_a_question_set_brings_its_method() -> None:
    text = HEADER + (
        "questions:\n  q: {items: [Hva?], method: 1-2-4-all}\n"
        "agenda:\n  - {title: A, time: 9.00-9.30, questions: q}\n"
    )
    analysis = analyse(text)
    assert analysis.schedule is not None
    block = analysis.schedule.blocks()[0]
    assert (block.method_key, len(block.steps), block.steps[-1].end) == (
        "1-2-4-all",
        4,
        9 * 60 + 12,
    )


def test_days_resolve_one_by_one_and_take_dates_from_the_workshop() -> None:
    text = HEADER + (
        "date: 2024-04-16\nstart: 9.00\n"
        "days:\n"
        "  - agenda: [{title: A, duration: 60}]\n"
        "  - start: 10.00\n    agenda: [{title: B, duration: 30}]\n"
        "  - date: 20.04.2024\n    agenda: [{title: C, duration: 15}]\n"
    )
    analysis = analyse(text)
    assert analysis.schedule is not None and analysis.findings == ()
    days = analysis.schedule.days
    assert [d.date for d in days] == [
        dt.date(2024, 4, 16),
        dt.date(2024, 4, 17),
        dt.date(2024, 4, 20),
    ]
    assert [(format_clock(d.blocks[0].start), format_clock(d.blocks[0].end)) for d in days] == [
        ("09.00", "10.00"),
        ("10.00", "10.30"),
        ("09.00", "09.15"),
    ]
    assert days[1].blocks[0].path == ("days", 1, "agenda", 0)


@pytest.mark.parametrize(
    ("agenda", "expected"),
    [
        pytest.param(
            "- {title: A, end: 00.10, duration: 30}",
            ("past-midnight", 'block "A" would start before midnight (00.10 minus 30 min)'),
            id="before-midnight",
        ),
        pytest.param(
            "- {title: A, start: 24.00, duration: 30}",
            ("past-midnight", 'block "A" runs past midnight (24.00 + 30 min)'),
            id="starts-at-24",
        ),
        pytest.param(
            "- {title: A, start: 9.00, duration: 99999999}",
            (
                "bad-duration",
                "the duration '99999999' is longer than a week, the cap ('duration' of block 1 \"A\")",
            ),
            id="huge-duration",
        ),
        pytest.param(
            "- {title: A, time: 9.00-9.30}\n- {title: B, end: 10.00, duration: 20}",
            (
                "conflicting-times",
                'block "B": 09.30 (where the block before it ends)–10.00 is '
                "30 min, but 'duration' says 20 min",
            ),
            id="implied-start-named",
        ),
    ],
)
def test_impossible_times_are_errors_and_never_reach_a_run_sheet(
    agenda: str, expected: tuple[str, str]
) -> None:
    text = HEADER + "agenda:\n" + "".join(f"  {line}\n" for line in agenda.splitlines())
    analysis = analyse(text)
    assert [(f.code, f.message) for f in analysis.errors] == [expected]
