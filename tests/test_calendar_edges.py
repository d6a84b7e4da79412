"""The calendar holds for every file check passes, and reads back any earlier file at its path.

Each case is rendered for both audiences and the result held to RFC 5545 as a calendar
program reads it: CRLF lines of at most 75 octets, no control characters, one UID per
event, a time zone with an observance, a start on every event.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from planverksted.cli import shell
from planverksted.runsheet import calendar_file

STAMP = "1700000000"


def workshop(title: str = "Verksted", **extra: str) -> str:
    """A workshop file's text; ``days`` replaces the one day of the default."""
    days = extra.get("days") or (
        f"date: {extra.get('date', '2024-04-18')}\n"
        f"start: '{extra.get('start', '13:00')}'\n"
        "agenda:\n"
        f"  - {{title: {extra.get('block', 'Innledning')}, duration: {extra.get('length', '30')}}}\n"
        "  - {title: Pause, kind: break, duration: 15}\n"
    )
    return f"planverksted: 1\ntitle: {title}\n{days}"


def render(source: Path, out: Path, *args: str) -> Any:
    return CliRunner().invoke(shell.app, ["render", str(source), "-o", str(out), *args])


def made(tmp_path: Path, text: str, *args: str, name: str = "k.ics") -> tuple[Path, Path]:
    source = tmp_path / "w.yaml"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / name
    result = render(source, out, *args)
    assert result.exit_code == 0, result.output
    return source, out


def valid(data: bytes) -> list[Any]:
    """The calendar's events, once it has passed every rule a calendar program relies on."""
    from icalendar import Calendar

    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    for line in lines:
        assert b"\n" not in line and b"\r" not in line
        assert len(line) <= 75, line
        text = line.decode("utf-8")  # a fold never splits a character
        assert not re.search("[\x00-\x08\x0a-\x1f\x7f-\x9f]", text), line
    calendar = Calendar.from_ical(data)
    assert not calendar.errors
    for zone in calendar.walk("VTIMEZONE"):
        assert zone.subcomponents, "a VTIMEZONE needs a STANDARD or DAYLIGHT"
    events = list(calendar.walk("VEVENT"))
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids), "one UID per event"
    for event in events:
        assert not event.errors, event.errors
        assert "DTSTART" in event and "DTSTAMP" in event
        assert not ("DTEND" in event and "DURATION" in event)
    return events


TWO_ON_ONE_DATE = "days:\n" + "".join(
    f"  - date: 2024-04-18\n    start: '{start}'\n    agenda:\n"
    "      - {title: Samme, duration: 30}\n      - {title: Samme, duration: 30}\n"
    for start in ("09:00", "13:00")
)
EDGES = {
    "title over two lines": workshop("|\n  Første linje\n  andre linje"),
    "title with control characters": workshop('"A\\x1bB\\x7fC\\x85D\\tE\\rF"'),
    "long title of many scripts": workshop('"' + "Velkommen 👋 计划 مرحبا ÆØÅ " * 120 + '"'),
    "long block title": workshop(block='"' + "ø" * 3000 + '"'),
    "first date there is": workshop(date="0001-01-01", start="00:00"),
    "last date there is, ending at midnight": workshop(
        date="9999-12-31", start="23:15", length="30"
    ),
    "last date there is, midday": workshop(date="9999-12-31"),
    "two days on one date": workshop(days=TWO_ON_ONE_DATE),
    "first and last date": workshop(
        days="days:\n"
        "  - {date: 0001-01-01, start: '00:00', agenda: [{title: A, duration: 10}]}\n"
        "  - {date: 9999-12-31, start: '23:50', agenda: [{title: A, duration: 10}]}\n"
    ),
}


@pytest.mark.parametrize("audience", ["facilitator", "participant"])
@pytest.mark.parametrize("case", EDGES)
def test_every_file_check_passes_makes_a_valid_calendar(
    tmp_path: Path, case: str, audience: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STAMP)
    check = CliRunner().invoke(shell.app, ["check", "--lang", "en", "-"], input=EDGES[case])
    assert "error" not in check.output, check.output
    _, out = made(tmp_path, EDGES[case], "-a", audience)
    events = valid(out.read_bytes())
    assert events


def test_a_title_keeps_its_line_break_and_shows_control_characters(tmp_path: Path) -> None:
    _, out = made(tmp_path, EDGES["title with control characters"], "-a", "participant")
    [event] = valid(out.read_bytes())
    assert str(event["SUMMARY"]) == "A\\x1bB\\x7fC\\x85D\tE\nF"
    _, out = made(tmp_path, EDGES["title over two lines"], "-a", "participant")
    [event] = valid(out.read_bytes())
    assert str(event["SUMMARY"]) == "Første linje\nandre linje\n"
    assert (
        "\r\nX-PLANVERKSTED-WORKSHOP:Første linje\\nandre linje\\n\r\n" in out.read_bytes().decode()
    )


def test_an_end_past_the_last_date_is_a_duration(tmp_path: Path) -> None:
    _, out = made(tmp_path, EDGES["last date there is, ending at midnight"])
    first, pause = valid(out.read_bytes())
    assert first.decoded("DTSTART").replace(tzinfo=None) == dt.datetime(9999, 12, 31, 23, 15)
    assert first.decoded("DTEND").replace(tzinfo=None) == dt.datetime(9999, 12, 31, 23, 45)
    assert pause.decoded("DURATION") == dt.timedelta(minutes=15)
    assert "DTEND" not in pause


def test_two_days_on_one_date_are_told_apart_the_same_way_each_time(tmp_path: Path) -> None:
    source, out = made(tmp_path, EDGES["two days on one date"])
    first = [str(event["UID"]) for event in valid(out.read_bytes())]
    assert len(first) == 4
    before = out.read_bytes()
    assert render(source, out).exit_code == 0
    assert out.read_bytes() == before
    other = tmp_path / "other.ics"
    assert render(source, other).exit_code == 0
    assert [str(event["UID"]) for event in valid(other.read_bytes())] == first


def test_a_date_used_once_keeps_the_uid_it_always_had(tmp_path: Path) -> None:
    """Calendars sent before two days could share a date still match their events."""
    import hashlib

    _, out = made(tmp_path, workshop(), "-a", "participant")
    [event] = valid(out.read_bytes())
    digest = hashlib.sha256(b"Verksted\n2024-04-18\nday").hexdigest()
    assert str(event["UID"]) == f"{digest[:32]}@planverksted"


def _edited(text: str, case: str) -> bytes:
    """The calendar ``text`` as a person or a program may have left it."""
    crlf = text.replace("\n", "\r\n")
    edits: dict[str, bytes] = {
        "garbage stamp": re.sub(r"DTSTAMP:\S+", "DTSTAMP:garbage", text).encode(),
        "all-day start": re.sub(
            r"DTSTART;TZID=Europe/Oslo:(\d{8})T\d{6}", r"DTSTART;VALUE=DATE:\1", text
        ).encode(),
        "broken lines": text.replace("SUMMARY:", "SUMMARY\r\n:;;=\r\n").encode(),
        "no line ends": text.replace("\r\n", "").encode(),
        "bare LF": text.replace("\r\n", "\n").encode(),
        "latin-1": text.encode("latin-1", errors="replace"),
        "utf-16": text.encode("utf-16"),
        "binary": os.urandom(4096),
        "empty": b"",
        "sequence too large": re.sub(r"SEQUENCE:\d+", "SEQUENCE:" + "9" * 5000, text).encode(),
        "sequence not a number": re.sub(r"SEQUENCE:\d+", "SEQUENCE:-x", text).encode(),
        "end before start": re.sub(r"DTEND;", "DTEND;VALUE=DATE:19000101\r\nX-OLD;", text).encode(),
        "unknown zone": text.replace("TZID=Europe/Oslo", "TZID=Mars/Olympus").encode(),
        "no uid": re.sub(r"UID:\S+", "UID:", text).encode(),
        "nested alarm": text.replace(
            "END:VEVENT", "BEGIN:VALARM\r\nUID:alarm\r\nEND:VALARM\r\nEND:VEVENT"
        ).encode(),
        "unclosed event": crlf.rsplit("END:VEVENT", 1)[0].encode(),
    }
    return edits[case]


EDITS = [
    "garbage stamp",
    "all-day start",
    "broken lines",
    "no line ends",
    "bare LF",
    "latin-1",
    "utf-16",
    "binary",
    "empty",
    "sequence too large",
    "sequence not a number",
    "end before start",
    "unknown zone",
    "no uid",
    "nested alarm",
    "unclosed event",
]


@pytest.mark.parametrize("case", EDITS)
def test_an_earlier_calendar_in_any_state_is_rendered_over(
    tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STAMP)
    source, out = made(tmp_path, workshop())
    out.write_bytes(_edited(out.read_text(encoding="utf-8"), case))
    # Fewer blocks: the one taken out is sent as cancelled, when what is left of it allows.
    source.write_text(workshop().replace("  - {title: Pause, kind: break, duration: 15}\n", ""))
    result = render(source, out)
    assert result.exit_code == 0, result.output
    events = valid(out.read_bytes())
    assert str(events[0]["SUMMARY"]) == "Innledning"
    assert "STATUS" not in events[0]
    for event in events[1:]:
        assert str(event["STATUS"]) == "CANCELLED"
        assert 0 <= int(event["SEQUENCE"]) <= 2**31 - 1


def test_an_unreadable_stamp_makes_the_event_new_and_the_rest_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STAMP)
    source, out = made(tmp_path, workshop())
    text = out.read_text(encoding="utf-8")
    first_stamp = text.index("DTSTAMP:")
    out.write_text(text[:first_stamp] + "DTSTAMP:garbage" + text[first_stamp + 24 :])
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(int(STAMP) + 3600))
    assert render(source, out).exit_code == 0
    first, pause = valid(out.read_bytes())
    assert (int(first["SEQUENCE"]), int(pause["SEQUENCE"])) == (1, 0)
    assert first.decoded("DTSTAMP") == dt.datetime(2023, 11, 14, 23, 13, 20, tzinfo=dt.UTC)
    assert pause.decoded("DTSTAMP") == dt.datetime(2023, 11, 14, 22, 13, 20, tzinfo=dt.UTC)


def test_an_all_day_event_of_the_workshop_is_cancelled_as_all_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", STAMP)
    source, out = made(tmp_path, workshop())
    out.write_bytes(_edited(out.read_text(encoding="utf-8"), "all-day start"))
    source.write_text(workshop(block="Annet"))
    assert render(source, out).exit_code == 0
    events = {str(event["SUMMARY"]): event for event in valid(out.read_bytes())}
    assert set(events) == {"Annet", "Pause", "Innledning"}
    old = events["Innledning"]
    assert str(old["STATUS"]) == "CANCELLED"
    assert old.decoded("DTSTART") == dt.date(2024, 4, 18)
    assert "DTEND" not in old  # its time-of-day end does not fit an all-day start
    assert int(old["SEQUENCE"]) == 1
    assert "STATUS" not in events["Pause"] and int(events["Pause"]["SEQUENCE"]) == 1


def test_a_calendar_over_the_cap_is_not_read(tmp_path: Path) -> None:
    source, out = made(tmp_path, workshop())
    with out.open("r+b") as handle:  # sparse: no real disk used
        handle.truncate(calendar_file.MAX_BYTES + 1)
    assert calendar_file.read_earlier(out, "X-PLANVERKSTED-WORKSHOP") == {}
    assert render(source, out).exit_code == 0
    assert [int(e["SEQUENCE"]) for e in valid(out.read_bytes())] == [0, 0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_special_file_is_never_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "k.ics"
    os.mkfifo(fifo)
    assert calendar_file.read_earlier(fifo, "X") == {}
    assert calendar_file.read_earlier(tmp_path, "X") == {}
    assert calendar_file.read_earlier(tmp_path / "none.ics", "X") == {}


def test_what_is_read_back_is_only_what_could_be_read() -> None:
    text = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSEQUENCE:3\r\nDTSTAMP:20240101T100000Z\r\n"
        "DTSTART;TZID=Europe/Oslo:20240418T130000\r\nDTEND:garbage\r\nSUMMARY:Hei\\, du\r\n"
        " og deg\r\nX-W:Verk\\nsted\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:no uid\r\n"
        "END:VEVENT\r\nBEGIN:VEVENT\r\nUID:b\r\nDTSTAMP:20240101\r\nDURATION:-PT1H\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    events = calendar_file.parse(text, "X-W")
    assert set(events) == {"a", "b"}
    a, b = events["a"], events["b"]
    assert (a.sequence, a.workshop) == (3, "Verk\nsted")
    assert a.stamp == dt.datetime(2024, 1, 1, 10, tzinfo=dt.UTC)
    assert a.values == {
        "DTSTART": dt.datetime(2024, 4, 18, 13, tzinfo=a.values["DTSTART"].tzinfo),  # type: ignore[attr-defined]
        "SUMMARY": "Hei, duog deg",
    }
    assert (b.stamp, b.values, b.sequence) == (None, {}, 0)
