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
import os
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


def _unfolded(text: str) -> Iterator[str]:
    """The content lines: any line end accepted, a line starting with a space or tab joined
    to the one before it (RFC 5545 folding)."""
    current: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and current:
            current.append(line[1:])
            continue
        if current:
            yield "".join(current)
        current = [line]
    if current:
        yield "".join(current)


def _events(lines: Iterator[str]) -> Iterator[list[str]]:
    """The lines of each VEVENT, without those of components inside it (a VALARM)."""
    inside: list[str] | None = None
    depth = 0
    for line in lines:
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
    for line in lines:
        parsed = _parts(line)
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


def _parts(line: str) -> tuple[str, Mapping[str, str], str] | None:
    """A content line's name, parameters and value (text unescaped); None if it is none."""
    if ":" not in line:
        return None
    from icalendar.parser import Contentline

    try:
        name, params, value = Contentline(line).parts()  # type: ignore[no-untyped-call]
    except Exception:  # icalendar's parser on text from anywhere: a line it cannot read is none
        return None
    tzid = params.get("TZID")
    return name.upper(), ({"TZID": str(tzid)} if tzid else {}), str(value)


def _sequence(value: str) -> int:
    """SEQUENCE as a number from 0 to :data:`MAX_SEQUENCE`; 0 when it is not one."""
    text = value.strip()
    if not text.isascii() or not text.isdigit():
        return 0
    # Python refuses to read a number of thousands of digits: a long one is simply large.
    return MAX_SEQUENCE if len(text) > 10 else min(int(text), MAX_SEQUENCE)


def _time(value: str, tzid: str | None) -> object:
    from icalendar.prop import vDDDTypes

    try:
        return vDDDTypes.from_ical(value.strip(), timezone=tzid)  # type: ignore[no-untyped-call]
    except Exception:  # a date, time or length that cannot be read is absent
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
