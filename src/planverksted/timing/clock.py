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
from typing import Any

from planverksted import i18n
from planverksted.i18n import Key

MINUTES_PER_DAY = 24 * 60
MAX_DURATION = 7 * MINUTES_PER_DAY
"""The longest duration read: a week. Longer is a slip (or a digit held down), never a plan."""


class ClockError(ValueError):
    """A time, range, duration or date that cannot be read.

    It carries the id of its text in the catalogues (``i18n``) and the values to fill in,
    so that it can be worded in any language; ``message`` and ``hint`` are the English.
    """

    def __init__(self, text: str, hint: str | None = None, **args: Any) -> None:
        super().__init__(text)
        self.text = text
        self.hint_text = hint
        self.values = args

    def worded(self, language: str) -> tuple[str, str | None]:
        """The message and hint in ``language``."""
        from planverksted.lint.wording import word

        hint = word(self.hint_text, language, self.values) if self.hint_text else None
        return word(self.text, language, self.values), hint

    @property
    def message(self) -> str:
        return self.worded("en")[0]

    @property
    def hint(self) -> str | None:
        return self.worded("en")[1]

    def __str__(self) -> str:
        return self.message


# "13:00", "13.00", "9:05", a bare whole hour "13", optionally "kl." / "kl" before it, as
# Norwegians write.
_TIME = re.compile(r"(?:kl\.?\s*)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?", re.IGNORECASE | re.ASCII)
_RANGE_DASHES = "-–—"  # hyphen, en dash, em dash
_RANGE = re.compile(
    rf"(?P<a>[^{_RANGE_DASHES}]+?)\s*[{_RANGE_DASHES}]\s*(?P<b>[^{_RANGE_DASHES}]+)"
)

# The unit words a duration may use; the JSON Schema builds its pattern from them.
HOUR_WORDS = ("h", "t", "hr", "hrs", "hour", "hours", "time", "timer", "timar", "tim")
MINUTE_WORDS = ("m", "min", "mins", "minute", "minutes", "minutt", "minutter", "minuttar")
_DURATION_TOKEN = re.compile(r"(?P<n>[0-9]+)\s*(?P<unit>[a-zæøå]+)?\.?", re.IGNORECASE)
_MAX_TEXT = 64
"""No time, range, duration or date is written in more characters than this."""
_MAX_DIGITS = 6
"""Numbers in a duration have at most this many digits: more is never a plan (and Python
refuses to read thousands of digits at all)."""

_ISO_DATE = re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", re.ASCII)
# 18.04.2024, 18.04.24, 18/4-2024, 18/4 2024, 18/4-24.
_NUMERIC_DATE = re.compile(
    r"(?P<d>\d{1,2})(?:\.(?P<m>\d{1,2})\.|/(?P<m2>\d{1,2})[-\s])(?P<y>\d{4}|\d{2})", re.ASCII
)
# 18. april 2024, 18. apr. 2024, 18 April 2024.
_WORDED_DATE = re.compile(r"(?P<d>[0-9]{1,2})\.?\s+(?P<month>[^\W\d_]+)\.?\s+(?P<y>[0-9]{4})")
# A weekday before the date, as planverksted writes it: "torsdag 18. april 2024".
_WEEKDAY = re.compile(r"(?P<weekday>[^\W\d_]+),?\s+(?P<rest>[0-9].*)", re.DOTALL)


def parse_clock(text: str) -> int:
    """Read a 24-hour time of day: ``13:00``, ``13.00``, ``9:05``, ``kl 9``, or the hour ``13``."""
    raw = text.strip()
    match = _TIME.fullmatch(raw)
    if match is None:
        raise ClockError("clock.time", _time_hint(raw), raw=_shown(raw), example=_example(raw))
    hours, minutes = int(match["h"]), int(match["m"] or 0)
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        raise ClockError("clock.not-time", "clock.not-time.hint", raw=_shown(raw))
    return hours * 60 + minutes


def _time_hint(raw: str) -> str:
    if re.fullmatch(r"[0-9]{3,4}", raw):
        return "clock.time.digits.hint"
    if re.fullmatch(r"(?:kl\.?\s*)?[0-9]{1,2}\.[0-9]", raw, re.IGNORECASE):
        return "clock.time.decimal.hint"
    if re.fullmatch(r"(?:kl\.?\s*)?[0-9]{1,2}:[0-9]", raw, re.IGNORECASE):
        return "clock.time.one-digit.hint"
    return "clock.time.hint"


def _example(raw: str) -> str:
    return f"{raw[:-2]}.{raw[-2:]}" if re.fullmatch(r"[0-9]{3,4}", raw) else ""


def parse_range(text: str) -> tuple[int, int]:
    """Read ``13.00 – 13.10`` (hyphen, en or em dash; spaces optional); ``kl 9-10`` too."""
    raw = text.strip()
    # No time range is longer than this; the cut keeps the pattern's work bounded.
    match = _RANGE.fullmatch(raw) if len(raw) <= _MAX_TEXT else None
    if match is None:
        raise ClockError("clock.range", "clock.range.hint", raw=_shown(raw))
    return parse_clock(match["a"]), parse_clock(match["b"])


def parse_duration(text: str) -> int:
    """Read whole minutes: ``15``, ``15 min``, ``15m``, ``1 t``, ``1h``, ``1 t 30 min``."""
    raw = text.strip()
    if len(raw) > _MAX_TEXT:
        raise ClockError("clock.duration", _duration_hint(raw), raw=_shown(raw))
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
            raise ClockError("clock.duration", _duration_hint(raw), raw=_shown(raw))
        number, unit = _number(match["n"], raw), (match["unit"] or "")
        if unit in HOUR_WORDS:
            total += number * 60
        elif unit in MINUTE_WORDS:
            total += number
        else:
            raise ClockError("clock.duration", _duration_hint(raw), raw=_shown(raw))
        seen_unit = True
        pos = match.end()
    if not seen_unit:
        raise ClockError("clock.duration", _duration_hint(raw), raw=_shown(raw))
    return _positive(total, raw)


def _number(digits: str, raw: str) -> int:
    if len(digits.lstrip("0")) > _MAX_DIGITS:
        raise _too_long(raw)
    return int(digits)


def _too_long(raw: str) -> ClockError:
    return ClockError("clock.duration.too-long", "clock.duration.too-long.hint", raw=_shown(raw))


def _shown(raw: str) -> Key:
    """The text as written, cut short when it is long."""
    return Key(raw if len(raw) <= 40 else raw[:40] + "…")


def _positive(minutes: int, raw: str) -> int:
    if minutes <= 0:
        raise ClockError("clock.duration.zero", raw=_shown(raw))
    if minutes > MAX_DURATION:
        raise _too_long(raw)
    return minutes


def _duration_hint(raw: str) -> str:
    if re.fullmatch(r"[0-9]+[.,][0-9]+\s*\w*", raw):
        return "clock.duration.decimal.hint"
    return "clock.duration.hint"


def parse_date(text: str) -> dt.date:
    """Read a date as Norwegians write it, or as ISO 8601.

    ``2024-04-18``, ``18.04.2024``, ``18.04.24``, ``18/4-2024``, ``18. april 2024``,
    ``18. apr. 2024``, and any of these after a weekday (``torsdag 18. april 2024``), which
    must then be the date's own weekday.
    """
    raw = text.strip()
    weekday: str | None = None
    body = raw
    prefixed = _WEEKDAY.fullmatch(raw)
    if prefixed is not None and prefixed["weekday"].lower() in i18n.weekday_names():
        weekday, body = prefixed["weekday"], prefixed["rest"].strip()
    date = _date(body, raw)
    if weekday is not None and i18n.weekday_names()[weekday.lower()] != date.weekday():
        language = next(
            code
            for code in i18n.LANGUAGES
            if weekday.lower() in (name.lower() for name in i18n.catalogue(code).WEEKDAYS)
        )
        actual = i18n.catalogue(language).WEEKDAYS[date.weekday()]
        raise ClockError(
            "clock.weekday",
            "clock.weekday.hint",
            raw=_shown(raw),
            date=date,
            actual=actual,
            written=weekday,
        )
    return date


def _date(body: str, raw: str) -> dt.date:
    year: int | str
    match = _ISO_DATE.fullmatch(body)
    if match is not None:
        year, month, day = match["y"], int(match["m"]), int(match["d"])
    elif (match := _NUMERIC_DATE.fullmatch(body)) is not None:
        year, month, day = match["y"], int(match["m"] or match["m2"]), int(match["d"])
    elif (match := _WORDED_DATE.fullmatch(body)) is not None:
        number = i18n.month_names().get(match["month"].lower())
        if number is None:
            raise ClockError("clock.date", "clock.date.hint", raw=_shown(raw))
        year, month, day = match["y"], number, int(match["d"])
    else:
        raise ClockError("clock.date", "clock.date.hint", raw=_shown(raw))
    # A two-digit year is this century's, as on a Norwegian form: 18.04.24 is 2024.
    full_year = int(year) + 2000 if len(str(year)) == 2 else int(year)
    try:
        return dt.date(full_year, month, day)
    except ValueError:
        raise ClockError("clock.not-date", raw=_shown(raw)) from None


@functools.lru_cache(maxsize=8192)
def format_clock(minutes: int, language: str = "nb") -> str:
    """Write a time of day: ``13.00`` in Norwegian, ``13:00`` in English."""
    hours, mins = divmod(minutes, 60)
    return f"{hours:02d}{i18n.catalogue(language).TIME_SEPARATOR}{mins:02d}"


def format_range(start: int, end: int, language: str = "nb") -> str:
    """Write ``13.00–13.10`` (en dash, no spaces)."""
    return f"{format_clock(start, language)}–{format_clock(end, language)}"


def format_duration(minutes: int, language: str = "en") -> str:
    """Write a duration for a message: ``5 min``; ``1 h 30 min`` (``1 t 30 min`` in Norwegian)."""
    hours, mins = divmod(minutes, 60)
    if not hours:
        return f"{mins} min"
    hour = i18n.catalogue(language).HOUR_WORD
    return f"{hours} {hour} {mins} min" if mins else f"{hours} {hour}"
