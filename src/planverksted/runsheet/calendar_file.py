"""Reading back a calendar (.ics) that an earlier render wrote: bounded, and total.

A re-render to the same path reads the calendar already there, to keep each unchanged
event's SEQUENCE and DTSTAMP and to send a block taken out as cancelled. That file may
have been edited by hand, by another program, or be no calendar at all, so it is read
the way a careful reader reads anything handed over: at most :data:`MAX_BYTES` (a larger
file is not read, and is treated as no calendar); not through a special file (a FIFO is
never opened to wait on); bytes that are not UTF-8 replaced; lines that are not content
lines skipped; and each property decoded on its own, so that one that cannot be read
(``DTSTAMP:garbage``) is simply absent and the rest of its event still counts. An event
without a UID cannot be matched to anything, and is left out.

Nothing here raises for what the file holds: the worst a file can do is to be ignored.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import os
import re
import stat
from collections.abc import Iterator, Mapping
from pathlib import Path

MAX_BYTES = 32 * 1024 * 1024
"""The largest earlier calendar read back. A calendar of the largest workshop file (4 MiB,
ten thousand blocks) is well under it; a larger file is treated as no calendar."""

MAX_SEQUENCE = 2**31 - 1
"""SEQUENCE is a 32-bit integer in RFC 5545: a larger one read back counts as this."""

TEXTS = ("UID", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS")
"""Properties read as text."""
TIMES = ("DTSTART", "DTEND", "DURATION", "DTSTAMP")
"""Properties read as a date, a time or a length."""


@dataclasses.dataclass(frozen=True)
class EarlierEvent:
    """What the earlier calendar said about one event: only what could be read.

    ``values`` maps a property's name (``SUMMARY``, ``DTSTART`` …) to its decoded value:
    text as ``str``, ``DTSTART``/``DTEND`` as a ``date`` or ``datetime``, ``DURATION`` as a
    ``timedelta``. ``stamp`` is the DTSTAMP when it is a time in UTC, else None.
    """

    uid: str
    values: Mapping[str, object]
    sequence: int = 0
    stamp: dt.datetime | None = None
    workshop: str | None = None
    """The ``X-PLANVERKSTED-WORKSHOP`` title: which workshop the event came from."""


def read_earlier(target: Path | None, workshop_property: str) -> dict[str, EarlierEvent]:
    """The events of the calendar at ``target``, by UID; none when there is none to read."""
    if target is None:
        return {}
    data = _read_capped(target)
    if data is None:
        return {}
    return parse(data.decode("utf-8", errors="replace"), workshop_property)


def parse(text: str, workshop_property: str) -> dict[str, EarlierEvent]:
    """The events of calendar ``text``, by UID (the last one of a UID given twice)."""
    events: dict[str, EarlierEvent] = {}
    for lines in _events(_unfolded(text)):
        event = _event(lines, workshop_property)
        if event is not None:
            events[event.uid] = event
    return events


def _read_capped(target: Path) -> bytes | None:
    """The file's bytes, when it is a regular file of at most :data:`MAX_BYTES`; else None."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(target, flags)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size > MAX_BYTES:
            return None
        chunks = []
        left = MAX_BYTES + 1
        while left > 0:
            chunk = os.read(descriptor, min(left, 1024 * 1024))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        data = b"".join(chunks)
        # The file may have grown since it was looked at: the cap holds for what was read.
        return None if len(data) > MAX_BYTES else data
    except OSError:
        return None
    finally:
        with contextlib.suppress(OSError):
            os.close(descriptor)


_FOLD = re.compile("\n[ \t]")


def _unfolded(text: str) -> list[str]:
    """The content lines: any line end accepted, a line starting with a space or tab joined
    to the one before it (RFC 5545 folding)."""
    return _FOLD.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).split("\n")


def _events(lines: list[str]) -> Iterator[list[str]]:
    """The lines of each VEVENT, without those of components inside it (a VALARM)."""
    inside: list[str] | None = None
    depth = 0
    for line in lines:
        # Only BEGIN and END lines change where we are: the rest is told apart cheaply.
        head = line.lstrip()[:4].upper()
        if head not in ("BEGI", "END:"):
            if inside is not None and depth == 0:
                inside.append(line)
            continue
        word = line.strip().upper()
        if word == "BEGIN:VEVENT" and inside is None:
            inside, depth = [], 0
        elif inside is None:
            continue
        elif word.startswith("BEGIN:"):
            depth += 1
        elif word == "END:VEVENT" and depth == 0:
            yield inside
            inside = None
        elif word.startswith("END:"):
            depth = max(0, depth - 1)
        elif depth == 0:
            inside.append(line)


def _event(lines: list[str], workshop_property: str) -> EarlierEvent | None:
    values: dict[str, object] = {}
    sequence = 0
    stamp: dt.datetime | None = None
    workshop: str | None = None
    wanted = frozenset((*TEXTS, *TIMES, "SEQUENCE", workshop_property.upper()))
    for line in lines:
        parsed = _parts(line, wanted)
        if parsed is None:
            continue
        name, params, value = parsed
        if name in TEXTS:
            values[name] = value
        elif name == workshop_property:
            workshop = value
        elif name == "SEQUENCE":
            sequence = _sequence(value)
        elif name in TIMES:
            decoded = _time(value, params.get("TZID"))
            if name == "DTSTAMP":
                stamp = _utc(decoded)
            elif _fits(name, decoded):
                values[name] = decoded
    uid = values.pop("UID", "")
    if not isinstance(uid, str) or not uid.strip():
        return None
    return EarlierEvent(uid, values, sequence, stamp, workshop)


_NAME_END = re.compile(r"[;:]")
_PARAMETERS = re.compile(r'(?:[^":]+|"[^"]*")*')
"""A content line's parameters: up to the first colon outside double quotes."""
_TZID = re.compile(r';[ \t]*TZID[ \t]*=[ \t]*(?:"([^"]*)"|([^;]*))', re.IGNORECASE)
_ESCAPED = re.compile(r"\\([\\,;:nN])")


def _parts(line: str, wanted: frozenset[str]) -> tuple[str, Mapping[str, str], str] | None:
    """A content line's name, parameters (only TZID) and value (text unescaped), when its
    name is one of ``wanted``; None for any other line, or one that is no content line.

    Written for speed (an earlier calendar can have hundreds of thousands of lines), and
    read as icalendar reads a line: the value starts at the first colon outside quotes;
    ``\\n`` is a line break and ``\\,``, ``\\;``, ``\\:``, ``\\\\`` the character escaped.
    """
    found = _NAME_END.search(line)
    if found is None:
        return None
    name = line[: found.start()].strip().upper()
    if name not in wanted:
        return None
    params: dict[str, str] = {}
    if found.group() == ";":
        end = _PARAMETERS.match(line, found.start()).end()  # type: ignore[union-attr]
        if end >= len(line):  # no value: no content line
            return None
        tzid = _TZID.search(line, found.start(), end)
        if tzid is not None:
            value = tzid.group(1) if tzid.group(1) is not None else tzid.group(2)
            if value.strip():
                params["TZID"] = value.strip()
        value_start = end + 1
    else:
        value_start = found.end()
    value = line[value_start:]
    if "\\" in value:
        value = _ESCAPED.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)
    return name, params, value


def _sequence(value: str) -> int:
    """SEQUENCE as a number from 0 to :data:`MAX_SEQUENCE`; 0 when it is not one."""
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        return 0
    # Python refuses to read a number of thousands of digits: a long one is simply large.
    return MAX_SEQUENCE if len(text) > 10 else min(int(text), MAX_SEQUENCE)


_DATETIME = re.compile(r"(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)(Z?)", re.ASCII)
"""The form nearly every time has: read here, without icalendar's objects, for speed."""


@functools.lru_cache(maxsize=4096)
def _time(value: str, tzid: str | None) -> object:
    """A DATE-TIME, DATE or DURATION value as icalendar reads it; None if it is none.

    Kept for the next few thousand: every event has the same DTSTAMP, and a block's end is
    the next one's start."""
    text = value.strip()
    found = _DATETIME.fullmatch(text)
    if found is not None:
        zone = None if tzid is None else _known_zone(tzid)
        if tzid is None or zone is not None:
            year, month, day, hour, minute, second = map(int, found.groups()[:6])
            try:
                if zone is not None:  # a time with a TZID is in that zone, even with a Z
                    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
                if found.group(7):
                    return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
                return dt.datetime(year, month, day, hour, minute, second)
            except ValueError:
                return None
    from icalendar.prop import vDDDTypes

    try:
        return vDDDTypes.from_ical(text, timezone=tzid)  # type: ignore[no-untyped-call]
    except Exception:  # a date, time or length that cannot be read is absent
        return None


@functools.lru_cache(maxsize=64)
def _known_zone(tzid: str) -> dt.tzinfo | None:
    """The zone a TZID names, as icalendar finds it (also for names that are not IANA's);
    None for one it does not know."""
    from icalendar.timezone import tzp

    try:
        return tzp.timezone(tzid)
    except Exception:  # a name from anywhere: one icalendar cannot look up is unknown
        return None


def _fits(name: str, value: object) -> bool:
    if name == "DURATION":
        return isinstance(value, dt.timedelta) and value >= dt.timedelta(0)
    return isinstance(value, dt.date)


def _utc(value: object) -> dt.datetime | None:
    """A DTSTAMP is a time in UTC; anything else (a date, a local time) is no stamp."""
    if not isinstance(value, dt.datetime) or value.tzinfo is None:
        return None
    try:
        return value.astimezone(dt.UTC)
    except (OverflowError, ValueError):
        return None
