"""Clock arithmetic: reading and writing times, ranges, durations and dates.

This is the only module that knows how a time of day is written or added up.
A time of day is a whole number of minutes after midnight; a duration is a
whole number of minutes. Parsers raise :class:`ClockError` with a plain
message and, where one helps, a hint.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

MINUTES_PER_DAY = 24 * 60
MAX_DURATION = 7 * MINUTES_PER_DAY
"""The longest duration read: a week. Longer is a slip (or a digit held down), never a plan."""


class ClockError(ValueError):
    """A time, range, duration or date that cannot be read."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


# "13:00", "13.00", "9:05", optionally "kl." / "kl" before it, as Norwegians write.
_TIME = re.compile(r"(?:kl\.?\s*)?(?P<h>\d{1,2})[:.](?P<m>\d{2})", re.IGNORECASE | re.ASCII)
_RANGE_DASHES = "-–—"  # hyphen, en dash, em dash
_RANGE = re.compile(
    rf"(?P<a>[^{_RANGE_DASHES}]+?)\s*[{_RANGE_DASHES}]\s*(?P<b>[^{_RANGE_DASHES}]+)"
)

_HOUR_WORDS = ("h", "t", "hr", "hrs", "hour", "hours", "time", "timer", "timar", "tim")
_MINUTE_WORDS = ("m", "min", "mins", "minute", "minutes", "minutt", "minutter", "minuttar")
_DURATION_TOKEN = re.compile(r"(?P<n>[0-9]+)\s*(?P<unit>[a-zæøå]+)?\.?", re.IGNORECASE)
_MAX_TEXT = 64
"""No time, range, duration or date is written in more characters than this."""
_MAX_DIGITS = 6
"""Numbers in a duration have at most this many digits: more is never a plan (and Python
refuses to read thousands of digits at all)."""

_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", re.ASCII)
_NORWEGIAN_DATE = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})", re.ASCII)


def parse_clock(text: str) -> int:
    """Read a 24-hour time of day such as ``13:00``, ``13.00`` or ``9:05``."""
    raw = text.strip()
    match = _TIME.fullmatch(raw)
    if match is None:
        raise ClockError(f"cannot read the time {_shown(raw)}", _time_hint(raw))
    hours, minutes = int(match["h"]), int(match["m"])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ClockError(
            f"{_shown(raw)} is not a time of day",
            "hours go from 00 to 23 and minutes from 00 to 59",
        )
    return hours * 60 + minutes


def _time_hint(raw: str) -> str:
    if re.fullmatch(r"[0-9]{1,2}", raw):
        return f"write hours and minutes, like {int(raw):02d}.00"
    if re.fullmatch(r"[0-9]{3,4}", raw):
        return f"separate hours and minutes, like {raw[:-2]}.{raw[-2:]}"
    if re.fullmatch(r"[0-9]{1,2}[:.][0-9]", raw):
        return "write the minutes with two digits, like 13.10 or 13:05"
    return "write a 24-hour time such as 13.00 or 13:00"


def parse_range(text: str) -> tuple[int, int]:
    """Read ``13.00 – 13.10`` (hyphen, en or em dash; spaces optional)."""
    raw = text.strip()
    # No time range is longer than this; the cut keeps the pattern's work bounded.
    match = _RANGE.fullmatch(raw) if len(raw) <= _MAX_TEXT else None
    if match is None:
        raise ClockError(
            f"cannot read the time range {_shown(raw)}",
            "write a start and an end, like 13.00 – 13.10",
        )
    return parse_clock(match["a"]), parse_clock(match["b"])


def parse_duration(text: str) -> int:
    """Read whole minutes: ``15``, ``15 min``, ``15m``, ``1 t``, ``1h``, ``1 t 30 min``."""
    raw = text.strip()
    if len(raw) > _MAX_TEXT:
        raise ClockError(f"cannot read the duration {_shown(raw)}", _duration_hint(raw))
    if raw.isascii() and raw.isdigit():
        return _positive(_number(raw, raw), raw)
    total, pos, seen_unit = 0, 0, False
    compact = raw.lower()
    while pos < len(compact):
        if compact[pos].isspace():
            pos += 1
            continue
        match = _DURATION_TOKEN.match(compact, pos)
        if match is None or match.end() == pos:
            raise ClockError(f"cannot read the duration {_shown(raw)}", _duration_hint(raw))
        number, unit = _number(match["n"], raw), (match["unit"] or "")
        if unit in _HOUR_WORDS:
            total += number * 60
        elif unit in _MINUTE_WORDS:
            total += number
        else:
            raise ClockError(f"cannot read the duration {_shown(raw)}", _duration_hint(raw))
        seen_unit = True
        pos = match.end()
    if not seen_unit:
        raise ClockError(f"cannot read the duration {_shown(raw)}", _duration_hint(raw))
    return _positive(total, raw)


def _number(digits: str, raw: str) -> int:
    if len(digits.lstrip("0")) > _MAX_DIGITS:
        raise _too_long(raw)
    return int(digits)


def _too_long(raw: str) -> ClockError:
    return ClockError(
        f"the duration {_shown(raw)} is longer than a week, the cap",
        "write the length in whole minutes or hours, like 90 or 1 t 30 min",
    )


def _shown(raw: str) -> str:
    """The text as written, cut short when it is long."""
    return repr(raw if len(raw) <= 40 else raw[:40] + "…")


def _positive(minutes: int, raw: str) -> int:
    if minutes <= 0:
        raise ClockError(f"the duration {_shown(raw)} is not at least one minute")
    if minutes > MAX_DURATION:
        raise _too_long(raw)
    return minutes


def _duration_hint(raw: str) -> str:
    if re.fullmatch(r"[0-9]+[.,][0-9]+\s*\w*", raw):
        return "use whole minutes, like 90 or 1 t 30 min"
    return "write whole minutes (15), or 15 min, 1 t, 1 t 30 min"


def parse_date(text: str) -> dt.date:
    """Read ``2024-04-18`` or ``18.04.2024``."""
    raw = text.strip()
    match = _ISO_DATE.fullmatch(raw) or _NORWEGIAN_DATE.fullmatch(raw)
    if match is None:
        raise ClockError(
            f"cannot read the date {_shown(raw)}", "write the date as 2024-04-18 or 18.04.2024"
        )
    try:
        return dt.date(int(match["y"]), int(match["m"]), int(match["d"]))
    except ValueError:
        raise ClockError(f"{_shown(raw)} is not a date in the calendar") from None


@functools.lru_cache(maxsize=8192)
def format_clock(minutes: int, language: str = "nb") -> str:
    """Write a time of day: ``13.00`` in Norwegian, ``13:00`` in English."""
    hours, mins = divmod(minutes, 60)
    separator = ":" if language == "en" else "."
    return f"{hours:02d}{separator}{mins:02d}"


def format_range(start: int, end: int, language: str = "nb") -> str:
    """Write ``13.00–13.10`` (en dash, no spaces)."""
    return f"{format_clock(start, language)}–{format_clock(end, language)}"


def format_duration(minutes: int, language: str = "en") -> str:
    """Write a duration for a message: ``5 min``; ``1 h 30 min`` (``1 t 30 min`` in Norwegian)."""
    hours, mins = divmod(minutes, 60)
    if not hours:
        return f"{mins} min"
    hour = "h" if language == "en" else "t"
    return f"{hours} {hour} {mins} min" if mins else f"{hours} {hour}"
