"""The clock at the edges a mutation run found untested (docs/mutation.md)."""

from __future__ import annotations

import pytest

from planverksted.timing import clock
from planverksted.timing.clock import ClockError


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("930", "separate hours and minutes, like 9.30"),
        ("0930", "separate hours and minutes, like 09.30"),
        ("1305", "separate hours and minutes, like 13.05"),
    ],
)
def test_a_time_without_a_separator_is_split_before_its_last_two_digits(
    text: str, hint: str
) -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_clock(text)
    assert caught.value.hint == hint


@pytest.mark.parametrize("text", ["13.00", "13.00 til 13.10", "kl. 13"])
def test_a_range_without_a_dash_says_so_and_shows_one(text: str) -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_range(text)
    assert (caught.value.message, caught.value.hint) == (
        f"cannot read the time range {text!r}",
        "write a start and an end, like 13:00–13:10",
    )


def test_a_date_in_neither_form_shows_both() -> None:
    with pytest.raises(ClockError) as caught:
        clock.parse_date("18/04/2024")
    assert (caught.value.message, caught.value.hint) == (
        "cannot read the date '18/04/2024'",
        "write the date as 2024-04-18 or 18 April 2024",
    )


def test_a_clock_error_reads_as_its_message() -> None:
    with pytest.raises(ClockError, match=r"^cannot read the time 'ett'$"):
        clock.parse_clock("ett")


@pytest.mark.parametrize(
    ("raw", "hint"),
    [
        # "kl." in any case, as planners write it at the start of a line.
        ("KL. 9.5", "clock.time.decimal.hint"),
        ("Kl 9.5", "clock.time.decimal.hint"),
        ("kl. 9.5", "clock.time.decimal.hint"),
        ("KL 9:5", "clock.time.one-digit.hint"),
        ("Kl. 13:5", "clock.time.one-digit.hint"),
        ("1300", "clock.time.digits.hint"),
    ],
)
def test_a_time_hint_reads_kl_in_any_case(raw: str, hint: str) -> None:
    with pytest.raises(ClockError) as raised:
        clock.parse_clock(raw)
    assert raised.value.hint_text == hint


def test_the_digits_hint_shows_the_time_split_and_other_hints_show_no_example() -> None:
    with pytest.raises(ClockError) as raised:
        clock.parse_clock("1300")
    assert raised.value.values["example"] == "13.00"
    with pytest.raises(ClockError) as raised:
        clock.parse_clock("13.5")
    assert raised.value.values["example"] == ""
