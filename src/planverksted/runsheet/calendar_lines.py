"""Writing iCalendar (RFC 5545) content lines: escaped, folded, CRLF, in time linear in the text.

The calendar of a file at the size cap has hundreds of thousands of properties. icalendar
makes an object of each (with its parameters), and folds each line one character at a
time in Python; that took tens of seconds. Here a property is a line made from plain
values: TEXT escaped as RFC 5545 §3.3.11 has it (``\\``, ``;``, ``,`` and line breaks),
dates and times in their basic forms, and the line folded at 75 octets (a fold never
splits a UTF-8 sequence, nor a backslash escape from the character it escapes).
icalendar still reads calendars (:mod:`planverksted.runsheet.calendar_file`) and works out
a time zone's VTIMEZONE; a date or time in a zone other than the calendar's own (read back
from an earlier calendar) is written by icalendar too, so that its TZID is the one
icalendar would give it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

LIMIT = 75
"""The longest line, in octets, without its line end (RFC 5545 §3.1)."""

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Characters a calendar may not hold (RFC 5545's CONTROL, and C1); line breaks are escaped."""
_SPECIAL = re.compile(r"[\\;,\n]")
_ESCAPES = {"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"}


def printable(value: str) -> str:
    """``value`` with control characters as visible escapes (``\\x1b``), CR and CRLF as LF."""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL.search(value) is None:  # nearly always: one pass at C speed
        return value
    from planverksted.printable import escape_char

    return _CONTROL.sub(lambda found: escape_char(found.group()), value)


def text(value: str) -> str:
    """``value`` as a TEXT value: control characters shown (:func:`printable`), then
    backslash, semicolon, comma and line break escaped."""
    value = printable(value)
    if _SPECIAL.search(value) is None:
        return value
    return _SPECIAL.sub(lambda found: _ESCAPES[found.group()], value)


def fold(line: str) -> str:
    """``line`` folded: pieces of at most 74 octets, each after the first on a line of its
    own that starts with a space (75 octets with it), as icalendar folds.

    A piece never ends inside a UTF-8 sequence, and never with a backslash (or ``^``, the
    parameter escape) that begins an escape, which some calendar programs cannot join
    back across a fold.
    """
    if len(line) < LIMIT and (line.isascii() or len(line.encode()) < LIMIT):
        return line
    data = line.encode()
    if len(data) < LIMIT:
        return line
    pieces = []
    start, size = 0, len(data)
    while size - start >= LIMIT:
        end = start + LIMIT - 1
        while data[end] & 0xC0 == 0x80:  # inside a character: cut before it
            end -= 1
        if data[end - 1] in b"\\^" and end - 1 > start:
            end -= 1
        pieces.append(data[start:end])
        start = end
    pieces.append(data[start:])
    return b"\r\n ".join(pieces).decode()


def date_value(value: dt.date) -> str:
    return f"{value.year:04}{value.month:02}{value.day:02}"


def datetime_value(value: dt.datetime) -> str:
    """The local digits of ``value`` (``Z`` after them is the caller's, for UTC)."""
    return (
        f"{value.year:04}{value.month:02}{value.day:02}"
        f"T{value.hour:02}{value.minute:02}{value.second:02}"
    )


def duration_value(value: dt.timedelta) -> str:
    """A DURATION as icalendar writes it: ``PT1H30M``, ``P1DT2H``, ``-PT15M``, ``P0D``."""
    sign = ""
    if value.days < 0:
        sign, value = "-", -value
    time = ""
    if value.seconds:
        hours, rest = divmod(value.seconds, 3600)
        minutes, seconds = divmod(rest, 60)
        time = "T" + (f"{hours}H" if hours else "")
        time += f"{minutes}M" if minutes or (hours and seconds) else ""
        time += f"{seconds}S" if seconds else ""
    if value.days == 0 and time:
        return f"{sign}P{time}"
    return f"{sign}P{value.days}D{time}"


class Lines:
    """The content lines of a calendar as they are written, and the TZIDs they use."""

    def __init__(self, zone: dt.tzinfo, tzid: str) -> None:
        self.lines: list[str] = []
        self.zones: set[str] = set()
        """Every TZID a line names: each needs its VTIMEZONE."""
        self._zone = zone
        self._tzid = tzid

    def add(self, name: str, value: object) -> None:
        """One property: ``value`` a ``str`` (TEXT), ``int``, date, time or length."""
        if isinstance(value, str):
            self.lines.append(fold(f"{name}:{text(value)}"))
        elif isinstance(value, bool):  # pragma: no cover - no calendar value is one
            raise TypeError(name)
        elif isinstance(value, int):
            self.lines.append(f"{name}:{value}")
        elif isinstance(value, dt.datetime):
            self.lines.append(fold(self._datetime(name, value)))
        elif isinstance(value, dt.date):
            self.lines.append(f"{name};VALUE=DATE:{date_value(value)}")
        elif isinstance(value, dt.timedelta):
            self.lines.append(f"{name}:{duration_value(value)}")
        else:  # pragma: no cover - the writer passes only the types above
            raise TypeError(f"{name}: {type(value).__name__}")

    def _datetime(self, name: str, value: dt.datetime) -> str:
        if value.tzinfo is None:
            return f"{name}:{datetime_value(value)}"
        if value.tzinfo is self._zone:
            self.zones.add(self._tzid)
            return f"{name};TZID={self._tzid}:{datetime_value(value)}"
        if value.tzinfo is dt.UTC:
            return f"{name}:{datetime_value(value)}Z"
        # A time read back in another zone (or UTC as another object): as icalendar has it.
        from icalendar.parser import Contentline
        from icalendar.prop import vDDDTypes

        prop = vDDDTypes(value)
        tzid = prop.params.get("TZID")
        if tzid:
            self.zones.add(str(tzid))
        line: str = Contentline.from_parts(name, prop.params, prop.to_ical().decode())
        return str(line)

    def component(self, name: str, properties: Mapping[str, object], order: Iterable[str]) -> None:
        """``BEGIN:name``, the properties (those in ``order`` first, in it; then the rest
        in alphabetical order, as icalendar sorts them), ``END:name``."""
        self.lines.append(f"BEGIN:{name}")
        first = [key for key in order if key in properties]
        rest = sorted(key for key in properties if key not in first)
        for key in (*first, *rest):
            self.add(key, properties[key])
        self.lines.append(f"END:{name}")

    def text(self) -> str:
        """The lines, each ended by CRLF."""
        return "\r\n".join(self.lines) + "\r\n"
