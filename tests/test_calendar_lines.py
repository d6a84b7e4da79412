"""The calendar's own content-line writer: escaped, folded and read back by icalendar as written."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planverksted.runsheet import calendar_file
from planverksted.runsheet.calendar_lines import Lines, duration_value, fold, text

OSLO = ZoneInfo("Europe/Oslo")


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Velkommen", "Velkommen"),
        ("a, b; c", "a\\, b\\; c"),
        ("C:\\mappe", "C:\\\\mappe"),
        ("\\N is no line break", "\\\\N is no line break"),
        ("to\nlinjer", "to\\nlinjer"),
        ("CRLF\r\nCR\rslutt", "CRLF\\nCR\\nslutt"),
        ("ESC\x1b DEL\x7f NEL\x85 TAB\t", "ESC\\\\x1b DEL\\\\x7f NEL\\\\x85 TAB\t"),
        ("Velkommen 👋 计划 مرحبا", "Velkommen 👋 计划 مرحبا"),
    ],
)
def test_text_is_escaped_as_rfc_5545_has_it(value: str, written: str) -> None:
    assert text(value) == written


@pytest.mark.parametrize(
    ("length", "written"),
    [
        (dt.timedelta(minutes=15), "PT15M"),
        (dt.timedelta(hours=1, minutes=30), "PT1H30M"),
        (dt.timedelta(hours=2), "PT2H"),
        (dt.timedelta(hours=1, seconds=5), "PT1H0M5S"),
        (dt.timedelta(days=1, hours=2), "P1DT2H"),
        (dt.timedelta(days=2), "P2D"),
        (dt.timedelta(0), "P0D"),
        (dt.timedelta(minutes=-15), "-PT15M"),
    ],
)
def test_a_length_is_written_as_icalendar_writes_it(length: dt.timedelta, written: str) -> None:
    from icalendar.prop import vDuration

    assert duration_value(length) == written == vDuration(length).to_ical().decode()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["a", " ", "\\", "^", ";", "ø", "€", "👋", "计", "x"])))
def test_a_fold_is_icalendars_and_never_splits_a_character(line: str) -> None:
    from icalendar.parser.string import _foldline

    folded = fold(line)
    assert folded == _foldline(line)
    pieces = folded.encode().split(b"\r\n")
    for number, piece in enumerate(pieces):
        assert len(piece) <= 75
        piece.decode("utf-8")  # whole characters only
        assert number == 0 or piece.startswith(b" ")
    assert folded.replace("\r\n ", "") == line


def test_a_long_line_is_folded_without_splitting_an_escape() -> None:
    folded = fold("DESCRIPTION:" + "a" * 61 + "\\nb")
    assert folded == "DESCRIPTION:" + "a" * 61 + "\r\n \\nb"


@settings(max_examples=200, deadline=None)
@given(
    summary=st.text(max_size=300),
    start=st.datetimes(min_value=dt.datetime(1, 1, 2), max_value=dt.datetime(9999, 12, 30)),
    minutes=st.integers(min_value=0, max_value=10_000),
)
def test_what_is_written_reads_back_the_same_with_icalendar(
    summary: str, start: dt.datetime, minutes: int
) -> None:
    from icalendar import Calendar

    begin = start.replace(microsecond=0, tzinfo=OSLO)
    lines = Lines(OSLO, "Europe/Oslo")
    lines.lines.append("BEGIN:VCALENDAR")
    lines.add("VERSION", "2.0")
    lines.add("PRODID", "-//test//test//EN")
    event = {
        "SUMMARY": summary,
        "DTSTART": begin,
        "DURATION": dt.timedelta(minutes=minutes),
        "DTSTAMP": dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC),
        "UID": "x@planverksted",
        "SEQUENCE": 7,
        "X-PLANVERKSTED-WORKSHOP": summary,
    }
    lines.component("VEVENT", event, ("SUMMARY", "DTSTART", "DURATION", "DTSTAMP", "UID"))
    lines.lines.append("END:VCALENDAR")
    data = lines.text().encode()
    for line in data.split(b"\r\n")[:-1]:
        assert len(line) <= 75
    [read] = Calendar.from_ical(data).walk("VEVENT")
    shown = summary.replace("\r\n", "\n").replace("\r", "\n")
    assert str(read["SUMMARY"]) == text_shown(shown)
    assert read.decoded("DTSTART") == begin
    assert read.decoded("DURATION") == dt.timedelta(minutes=minutes)
    assert read.decoded("DTSTAMP") == dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC)
    assert int(read["SEQUENCE"]) == 7
    assert lines.zones == {"Europe/Oslo"}
    # The calendar's own reader of an earlier file reads it the same way.
    [earlier] = calendar_file.parse(data.decode(), "X-PLANVERKSTED-WORKSHOP").values()
    assert earlier.values["SUMMARY"] == text_shown(shown)
    assert earlier.workshop == text_shown(shown)
    assert earlier.values["DTSTART"] == begin
    assert (earlier.sequence, earlier.stamp) == (7, event["DTSTAMP"])


def text_shown(value: str) -> str:
    """``value`` as the calendar shows it: control characters as escapes."""
    from planverksted.runsheet.calendar_lines import printable

    return printable(value)


def test_a_time_in_another_zone_is_written_as_icalendar_writes_it() -> None:
    lines = Lines(OSLO, "Europe/Oslo")
    lines.add("DTSTART", dt.datetime(2024, 4, 18, 13, tzinfo=ZoneInfo("America/New_York")))
    lines.add("DTEND", dt.datetime(2024, 4, 18, 13, tzinfo=ZoneInfo("UTC")))
    lines.add("DTSTAMP", dt.datetime(2024, 4, 18, 13))
    lines.add("RDATE", dt.date(2024, 4, 18))
    assert lines.lines == [
        "DTSTART;TZID=America/New_York:20240418T130000",
        "DTEND:20240418T130000Z",
        "DTSTAMP:20240418T130000",
        "RDATE;VALUE=DATE:20240418",
    ]
    assert lines.zones == {"America/New_York"}


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("DTSTART;TZID=Europe/Oslo:20240418T130000", dt.datetime(2024, 4, 18, 13, tzinfo=OSLO)),
        (
            'DTSTART;X-A="a:b;c";TZID="Europe/Oslo":20240418T130000',
            dt.datetime(2024, 4, 18, 13, tzinfo=OSLO),
        ),
        ("dtstart ; tzid = Europe/Oslo:20240418T130000", dt.datetime(2024, 4, 18, 13, tzinfo=OSLO)),
        ("DTSTART:20240418T110000Z", dt.datetime(2024, 4, 18, 13, tzinfo=OSLO)),
        ("DTSTART;TZID=Mars/Olympus:20240418T130000", dt.datetime(2024, 4, 18, 13)),
        ("DTSTART;VALUE=DATE:20240418", dt.date(2024, 4, 18)),
        ("DTSTART:20241318T130000", None),
        ("DTSTART:garbage", None),
        ("DTSTART;TZID=Europe/Oslo", None),
        ('DTSTART;X-A="unclosed:20240418T130000', None),
    ],
)
def test_an_earlier_calendars_times_are_read_as_icalendar_reads_them(
    line: str, start: dt.datetime | None
) -> None:
    data = f"BEGIN:VEVENT\r\nUID:a\r\n{line}\r\nEND:VEVENT\r\n"
    [event] = calendar_file.parse(data, "X-W").values()
    assert event.values.get("DTSTART") == start
    if isinstance(start, dt.datetime):
        assert (event.values["DTSTART"].tzinfo is None) == (start.tzinfo is None)  # type: ignore[attr-defined]
