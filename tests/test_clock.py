"""The time arithmetic: every form FORMAT.md allows, and the edges just outside it."""

from __future__ import annotations

import datetime as dt

import pytest

from planverksted.timing import clock
from planverksted.timing.clock import ClockError


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("13:00", 13 * 60),
        ("13.00", 13 * 60),
        ("9:05", 9 * 60 + 5),
        ("09.05", 9 * 60 + 5),
        ("00:00", 0),
        ("23:59", 23 * 60 + 59),
        ("24:00", 24 * 60),
        (" 13.10 ", 13 * 60 + 10),
        ("kl. 13.00", 13 * 60),
        ("kl 8.30", 8 * 60 + 30),
        # Norwegian habits: a bare whole hour where a time is expected, with or without "kl".
        ("kl 9", 9 * 60),
        ("kl. 9", 9 * 60),
        ("kl 13", 13 * 60),
        ("Kl.13", 13 * 60),
        ("13", 13 * 60),
        ("9", 9 * 60),
        ("09", 9 * 60),
        ("0", 0),
        ("24", 24 * 60),
    ],
)
def test_parse_clock_reads_every_written_form(text: str, minutes: int) -> None:
    assert clock.parse_clock(text) == minutes


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        (
            "13:1",
            "cannot read the time '13:1'",
            "write the minutes with two digits, like 13:10 or 13:05",
        ),
        (
            "13.1",
            "cannot read the time '13.1'",
            "a time is hours and minutes, not a decimal: half past nine is 09:30",
        ),
        (
            "9.5",
            "cannot read the time '9.5'",
            "a time is hours and minutes, not a decimal: half past nine is 09:30",
        ),
        (
            "kl 9.5",
            "cannot read the time 'kl 9.5'",
            "a time is hours and minutes, not a decimal: half past nine is 09:30",
        ),
        ("25", "'25' is not a time of day", "hours go from 00 to 23 and minutes from 00 to 59"),
        ("kl.", "cannot read the time 'kl.'", "write a 24-hour time such as 13:00"),
        ("1300", "cannot read the time '1300'", "separate hours and minutes, like 13.00"),
        (
            "24:01",
            "'24:01' is not a time of day",
            "hours go from 00 to 23 and minutes from 00 to 59",
        ),
        (
            "12:60",
            "'12:60' is not a time of day",
            "hours go from 00 to 23 and minutes from 00 to 59",
        ),
        (
            "25.00",
            "'25.00' is not a time of day",
            "hours go from 00 to 23 and minutes from 00 to 59",
        ),
        ("ett", "cannot read the time 'ett'", "write a 24-hour time such as 13:00"),
        ("", "cannot read the time ''", "write a 24-hour time such as 13:00"),
    ],
)
def test_parse_clock_refuses_with_a_hint(text: str, message: str, hint: str) -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_clock(text)
    assert (caught.value.message, caught.value.hint) == (message, hint)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13.00 – 13.10", (780, 790)),
        ("13:00-13:10", (780, 790)),
        ("13.00—13.10", (780, 790)),
        ("9:00 - 10:30", (540, 630)),
        ("13.00 –13.10", (780, 790)),
    ],
)
def test_parse_range_takes_any_dash_and_spacing(text: str, expected: tuple[int, int]) -> None:
    assert clock.parse_range(text) == expected


@pytest.mark.parametrize("text", ["13.00", "13.00 til 13.10", "13.00 – ", "– 13.10", "a-b"])
def test_parse_range_refuses_what_is_not_a_range(text: str) -> None:
    with pytest.raises(ClockError):
        clock.parse_range(text)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("15", 15),
        ("15 min", 15),
        ("15min", 15),
        ("15m", 15),
        ("1 t", 60),
        ("1h", 60),
        ("1 t 30 min", 90),
        ("1h30m", 90),
        ("2 timer", 120),
        ("45 minutter", 45),
        ("1 time 5 min", 65),
        ("90 MIN", 90),
        ("1", 1),
    ],
)
def test_parse_duration_reads_every_form(text: str, minutes: int) -> None:
    assert clock.parse_duration(text) == minutes


@pytest.mark.parametrize(
    ("text", "message", "hint"),
    [
        ("0", "the duration '0' is not at least one minute", None),
        ("0 min", "the duration '0 min' is not at least one minute", None),
        ("1,5 t", "cannot read the duration '1,5 t'", "use whole minutes, like 90 or 1 h 30 min"),
        ("15.5", "cannot read the duration '15.5'", "use whole minutes, like 90 or 1 h 30 min"),
        (
            "15 sek",
            "cannot read the duration '15 sek'",
            "write whole minutes (15), or 15 min, 1 h, 1 h 30 min",
        ),
        (
            "min",
            "cannot read the duration 'min'",
            "write whole minutes (15), or 15 min, 1 h, 1 h 30 min",
        ),
        ("", "cannot read the duration ''", "write whole minutes (15), or 15 min, 1 h, 1 h 30 min"),
        (
            "-5",
            "cannot read the duration '-5'",
            "write whole minutes (15), or 15 min, 1 h, 1 h 30 min",
        ),
    ],
)
def test_parse_duration_refuses_with_a_hint(text: str, message: str, hint: str | None) -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_duration(text)
    assert (caught.value.message, caught.value.hint) == (message, hint)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("2024-04-18", dt.date(2024, 4, 18)),
        ("18.04.2024", dt.date(2024, 4, 18)),
        ("8.4.2024", dt.date(2024, 4, 8)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        # Norwegian habits, and dates as planverksted itself writes them.
        ("18. april 2024", dt.date(2024, 4, 18)),
        ("18. apr. 2024", dt.date(2024, 4, 18)),
        ("18. apr 2024", dt.date(2024, 4, 18)),
        ("18 April 2024", dt.date(2024, 4, 18)),
        ("1. januar 2025", dt.date(2025, 1, 1)),
        ("18.04.24", dt.date(2024, 4, 18)),
        ("18/4-2024", dt.date(2024, 4, 18)),
        ("18/4 2024", dt.date(2024, 4, 18)),
        ("18/4-24", dt.date(2024, 4, 18)),
        ("torsdag 18. april 2024", dt.date(2024, 4, 18)),
        ("Torsdag 18. april 2024", dt.date(2024, 4, 18)),
        ("torsdag, 18.04.2024", dt.date(2024, 4, 18)),
        ("tysdag 16. april 2024", dt.date(2024, 4, 16)),
        ("Thursday 18 April 2024", dt.date(2024, 4, 18)),
        ("søndag 8. des. 2024", dt.date(2024, 12, 8)),
    ],
)
def test_parse_date_reads_both_forms(text: str, date: dt.date) -> None:
    assert clock.parse_date(text) == date


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("31.02.2024", "'31.02.2024' is not a date in the calendar"),
        ("2023-02-29", "'2023-02-29' is not a date in the calendar"),
        ("18/04/2024", "cannot read the date '18/04/2024'"),
        ("18. aprill 2024", "cannot read the date '18. aprill 2024'"),
        ("18.04.2024.", "cannot read the date '18.04.2024.'"),
        ("18/4/2024", "cannot read the date '18/4/2024'"),
        ("18.4.202", "cannot read the date '18.4.202'"),
        ("30. februar 2024", "'30. februar 2024' is not a date in the calendar"),
        (
            "fredag 18. april 2024",
            "'fredag 18. april 2024': 2024-04-18 is a torsdag, not a fredag",
        ),
        (
            "Monday 18 April 2024",
            "'Monday 18 April 2024': 2024-04-18 is a Thursday, not a Monday",
        ),
    ],
)
def test_parse_date_refuses(text: str, message: str) -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_date(text)
    assert caught.value.message == message


@pytest.mark.parametrize(
    ("language", "expected"), [("nb", "13.00–13.10"), ("nn", "13.00–13.10"), ("en", "13:00–13:10")]
)
def test_format_range_in_each_language(language: str, expected: str) -> None:
    assert clock.format_range(780, 790, language) == expected


@pytest.mark.parametrize(
    ("minutes", "text"), [(5, "5 min"), (60, "1 h"), (90, "1 h 30 min"), (125, "2 h 5 min")]
)
def test_format_duration(minutes: int, text: str) -> None:
    assert clock.format_duration(minutes) == text


@pytest.mark.parametrize(
    ("parser", "text"),
    [(clock.parse_clock, "٩:٠٠"), (clock.parse_duration, "١٥"), (clock.parse_duration, "١٥ min"),
     (clock.parse_date, "٢٠٢٤-٠٤-١٨")],
)  # fmt: skip
def test_only_ascii_digits_are_read(parser: object, text: str) -> None:
    with pytest.raises(ClockError):
        parser(text)  # type: ignore[operator]
