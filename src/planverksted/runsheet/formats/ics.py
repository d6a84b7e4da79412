"""Calendar (iCalendar, .ics): the workshop as events at their Oslo times, to import or send.

For participants (``--audience participant``) one event a day: the title, the venue, the
day's span and its programme as plain text. For the facilitator (the default audience) one
event a block, with its parts, people, notes and materials. Times are in Europe/Oslo with
the VTIMEZONE that describes it for the workshop's dates. Each event's UID comes from the
file's title, the date and the block (its title and, for a title used twice that day, which
one), not from its time: a re-sent calendar moves an event instead of adding a second one.
A re-render to the same path reads the calendar already there, and an event whose time or
text changed gets the next SEQUENCE (and a new DTSTAMP); an unchanged one keeps both, so
rendering an unchanged file again gives the same bytes. An event of the same workshop that
the old calendar had and the new one has not (a block taken out) is kept as cancelled;
events of other workshops, or without the workshop's mark, are not kept (the file is this
workshop's calendar). The old calendar is read by :mod:`planverksted.runsheet.calendar_file`:
with a size cap, and whatever part of it cannot be read counts as absent.

Every text is written as RFC 5545 wants it: line breaks escaped, control characters shown
as escapes (``\\x1b``; a calendar may not hold them), long lines folded at 75 octets. A
block that ends at midnight after 31 December 9999 (a time no calendar can write) gets a
DURATION instead of a DTEND.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from planverksted import __version__
from planverksted.errors import PlanverkstedError
from planverksted.runsheet.calendar_file import MAX_SEQUENCE, EarlierEvent, read_earlier
from planverksted.runsheet.formats import Job, OutputFormat

if TYPE_CHECKING:
    from icalendar import Event

    from planverksted.runsheet.view import Day, Row, Task, View
    from planverksted.timing.schedule import TimedBlock, TimedDay

FORMAT = OutputFormat(
    "ics",
    suffixes=(".ics",),
    rank=60,
    summary="a calendar (iCalendar): one event a day, or a block for the facilitator",
)

TIMEZONE = "Europe/Oslo"
UID_DOMAIN = "planverksted"
COMPARED = ("DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS")
"""What makes an event changed, so that it gets the next SEQUENCE."""

WORKSHOP = "X-PLANVERKSTED-WORKSHOP"
"""The workshop's title on each event: a re-render cancels only its own workshop's events."""


def render(job: Job) -> str:
    """The job's workshop as an iCalendar file (text with CRLF line ends, as RFC 5545 has it)."""
    from icalendar import Calendar, vText

    analysis = job.analysis
    if analysis.workshop is None or analysis.schedule is None:  # pragma: no cover - refused earlier
        raise ValueError("a calendar needs an analysis with a schedule")
    view: View = _printable(job.view)
    days = {day.index + 1: day for day in analysis.schedule.days}
    shown = [(day, days[day["number"]]) for day in view["days"]]
    undated = [day["name"] for day, timed in shown if timed.date is None]
    if undated:
        if view["multi_day"]:
            raise PlanverkstedError.of(
                "ics.no-date.days", "ics.no-date.days.hint", days=", ".join(undated)
            )
        raise PlanverkstedError.of("ics.no-date", "ics.no-date.hint")
    zone = _zone()
    previous = read_earlier(job.target, WORKSHOP)
    calendar = Calendar()
    calendar.add("prodid", f"-//planverksted//planverksted {__version__}//{view['lang'].upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(view["page_title"]))
    calendar.add("x-wr-timezone", TIMEZONE)
    stamp = _now()
    title = view["workshop"]["title"]
    made: set[str] = set()
    dated: dict[dt.date, int] = {}
    for day, timed in shown:
        assert timed.date is not None  # checked above
        # Two days on one date (check warns) are two days still: the second one's events
        # are told apart by which day of that date they are.
        repeat = dated.get(timed.date, 0)
        dated[timed.date] = repeat + 1
        if view["facilitator"]:
            events = _block_events(view, day, timed, zone)
        else:
            events = [_day_event(view, day, timed, zone)]
        for key, event in events:
            uid = _uid(title, timed.date, key + (f"\nday {repeat}" if repeat else ""))
            uid = _unique(uid, made)
            event.add("uid", uid)
            event.add(WORKSHOP, vText(title))
            _sequence(event, previous.get(uid), stamp)
            calendar.add_component(event)
            made.add(uid)
    # An event of this workshop that the calendar already there had, and this one has not
    # (a block taken out, a day moved), is sent as cancelled, so that it leaves calendars.
    for uid, old in previous.items():
        if uid not in made and old.workshop == title:
            cancelled = _cancelled(old, stamp)
            if cancelled is not None:
                calendar.add_component(cancelled)
    dates = [_date(event.decoded("DTSTART")) for event in calendar.walk("VEVENT")]
    # A handout of a programme that is all facilitator_only has no events, and needs no zone.
    if dates:
        # A day either side, for the hours the zone's offset moves an event across midnight
        # (and none past the first and last day a date can be).
        last = _shifted(max(dates), 2)
        # At least a year, so that the zone has its standard time in it, even in 9999.
        first = min(_shifted(min(dates), -1), _shifted(last, -366))
        calendar.add_missing_timezones(first_date=first, last_date=last)
    # The time zone before the events that use it, as Outlook wants (icalendar 6 appends it).
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _zone() -> dt.tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(TIMEZONE)
    except ZoneInfoNotFoundError:
        raise PlanverkstedError.of("ics.no-zone", "ics.no-zone.hint", zone=TIMEZONE) from None


def _at(date: dt.date, minutes: int, zone: dt.tzinfo) -> dt.datetime:
    """The wall-clock time ``minutes`` after midnight of ``date``, in ``zone``."""
    return dt.datetime.combine(date, dt.time(), tzinfo=zone) + dt.timedelta(minutes=minutes)


def _day_event(view: View, day: Day, timed: TimedDay, zone: dt.tzinfo) -> tuple[str, Event]:
    """One event for the whole day, its programme in the description."""
    from icalendar import Event

    assert timed.date is not None
    workshop = view["workshop"]
    event = Event()
    summary = workshop["title"]
    if view["multi_day"]:
        summary = f"{summary} – {day['name']}"
    event.add("summary", summary)
    blocks = _shown_blocks(timed, day)
    _times(event, timed.date, zone, min(b.start for b in blocks), max(b.end for b in blocks))
    if workshop["venue"]:
        event.add("location", workshop["venue"])
    lines = []
    if workshop["subtitle"]:
        lines += [workshop["subtitle"], ""]
    for block in day["blocks"]:
        lines += list(_row_lines(block))
    if view["evaluation"]:
        lines += ["", view["labels"]["evaluation"] + ":"]
        lines += [f"{number}. {question}" for number, question in enumerate(view["evaluation"], 1)]
    event.add("description", "\n".join(lines).strip())
    event.add("transp", "OPAQUE")
    return "day", event


def _block_events(
    view: View, day: Day, timed: TimedDay, zone: dt.tzinfo
) -> list[tuple[str, Event]]:
    """One event for each block: its parts, people, notes and materials in the description."""
    from icalendar import Event

    labels = view["labels"]
    tasks = {task["number"]: task for task in view["group_tasks"]}
    seen: dict[str, int] = {}
    events = []
    for block, timed_block in zip(day["blocks"], _shown_blocks(timed, day), strict=True):
        event = Event()
        event.add("summary", block["title"])
        _times(event, timed.date, zone, timed_block.start, timed_block.end)
        if view["workshop"]["venue"]:
            event.add("location", view["workshop"]["venue"])
        lines = []
        if block["kind_label"]:
            lines.append(f"{labels['kind']}: {block['kind_label']}")
        if block["who_text"]:
            lines.append(f"{labels['who']}: {block['who_text']}")
        if block["description"]:
            lines.append(block["description"])
        if block["notes"]:
            lines.append(f"{labels['notes']}: {block['notes']}")
        if block["materials"]:
            lines.append(f"{labels['materials']}: {', '.join(block['materials'])}")
        for part in block["parts"]:
            lines += list(_row_lines(part, indent=""))
        for row in [block, *block["parts"]]:
            if row["task"] is not None:
                lines += list(_task_lines(tasks[row["task"]], labels))
        event.add("description", "\n".join(lines).strip())
        if block["kind"] in ("break", "meal"):
            event.add("transp", "TRANSPARENT")
        # A title used twice in a day (two breaks) is told apart by which one it is.
        occurrence = seen.get(block["title"], 0)
        seen[block["title"]] = occurrence + 1
        key = f"block\n{block['title']}" + (f"\n{occurrence}" if occurrence else "")
        events.append((key, event))
        events += _track_events(block, timed_block, timed, zone, key, labels)
    return events


def _track_events(
    block: Row,
    timed_block: TimedBlock,
    timed: TimedDay,
    zone: dt.tzinfo,
    key: str,
    labels: Mapping[str, str],
) -> list[tuple[str, Event]]:
    """One event for each parallel track, in its room (LOCATION); who leads it, never who
    takes part (seating, #22)."""
    from icalendar import Event

    events = []
    for track, timed_track in zip(block.get("tracks", []), timed_block.tracks, strict=False):
        event = Event()
        event.add("summary", f"{block['title']}: {track['title']}")
        _times(event, timed.date, zone, timed_track.start, timed_track.end)
        if track["room"]:
            event.add("location", track["room"])
        lines = []
        if track["who_text"]:
            lines.append(f"{labels['who']}: {track['who_text']}")
        if track["description"]:
            lines.append(track["description"])
        if track["notes"]:
            lines.append(f"{labels['notes']}: {track['notes']}")
        event.add("description", "\n".join(lines).strip())
        events.append((f"{key}\ntrack\n{track['title']}", event))
    return events


def _shown_blocks(timed: TimedDay, day: Day) -> list[TimedBlock]:
    """The day's timed blocks that the view shows, in the same order as its rows."""
    ids = {block["id"] for block in day["blocks"]}
    return [
        block
        for block in timed.blocks
        if "row-" + "-".join(str(step + 1) for step in block.path if isinstance(step, int)) in ids
    ]


def _times(event: Event, date: dt.date | None, zone: dt.tzinfo, start: int, end: int) -> None:
    assert date is not None  # render refuses a day without one
    event.add("dtstart", _at(date, start, zone))
    try:
        event.add("dtend", _at(date, end, zone))
    except OverflowError:
        # Midnight after 31 December 9999 is a date no calendar can write: the length is.
        event.add("duration", dt.timedelta(minutes=end - start))


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


LAST_ZONE_DATE = dt.date(9998, 12, 31)
"""The latest date the VTIMEZONE is worked out to: icalendar searches up to a year past the
date it is given, and Python has no date after 9999. The last observance it lists goes on
(RFC 5545), so an event in 9999 still has its offset."""


def _shifted(date: dt.date, days: int) -> dt.date:
    """``date`` moved by ``days``, within the dates the time zone can be worked out for."""
    try:
        moved = date + dt.timedelta(days=days)
    except OverflowError:
        moved = dt.date.max if days > 0 else dt.date.min
    return min(moved, LAST_ZONE_DATE)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
"""Characters a calendar may not hold (RFC 5545's CONTROL, and C1); line breaks are escaped."""


def _printable(value: Any) -> Any:
    """The view with control characters in its texts as visible escapes (\\x1b), CR as LF."""
    if isinstance(value, str):
        if "\r" in value:
            value = value.replace("\r\n", "\n").replace("\r", "\n")
        if _CONTROL.search(value) is None:  # nearly always: one pass at C speed
            return value
        from planverksted.printable import escape_char

        return _CONTROL.sub(lambda found: escape_char(found.group()), value)
    if isinstance(value, dict):
        return {key: _printable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_printable(item) for item in value]
    return value


def _row_lines(row: Row, indent: str = "") -> Iterator[str]:
    """A row of the programme as plain text: time, title, who; its parts below it."""
    who = f" · {row['who_text']}" if row["who_text"] else ""
    yield f"{indent}{row['time']}  {row['title']}{who}"
    if row["description"]:
        yield f"{indent}    {row['description']}"
    if row["notes"]:  # only ever there for the facilitator
        yield f"{indent}    {row['notes']}"
    for part in row["parts"]:
        yield from _row_lines(part, indent + "    ")


def _task_lines(task: Task, labels: dict[str, str]) -> Iterator[str]:
    yield ""
    yield f"{task['heading']}: {task['title']}"
    if task["questions"]:
        title = f": {task['questions_title']}" if task["questions_title"] else ""
        yield f"{labels['questions']}{title}"
        for number, question in enumerate(task["questions"], 1):
            yield f"{number}. {question}"
    if task["method"]:
        method = task["method"]
        yield f"{labels['method']}: {method['name']} ({method['total']})"
        for step in method["steps"]:
            note = f" – {step['note']}" if step["note"] else ""
            yield f"{step['time']}  {step['title']}{note}"


def _uid(title: str, date: dt.date, key: str) -> str:
    """A UID from what names the event, not from its time: the same event keeps it."""
    digest = hashlib.sha256(f"{title}\n{date.isoformat()}\n{key}".encode()).hexdigest()
    return f"{digest[:32]}@{UID_DOMAIN}"


def _unique(uid: str, made: set[str]) -> str:
    """``uid``, or, if an event of this calendar has it already, the next free one after it.

    The keys already tell every event apart; this holds the rule "one UID, one event" for
    any key two events might still share, the same way on every render.
    """
    candidate, number = uid, 1
    while candidate in made:
        digest = hashlib.sha256(f"{uid}\n{number}".encode()).hexdigest()
        candidate, number = f"{digest[:32]}@{UID_DOMAIN}", number + 1
    return candidate


def _now() -> dt.datetime:
    """Now, in UTC; ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def _sequence(event: Event, previous: EarlierEvent | None, stamp: dt.datetime) -> None:
    """SEQUENCE and DTSTAMP: kept when the event is as it was, else the next and now."""
    if previous is None:
        event.add("sequence", 0)
        event.add("dtstamp", stamp)
        return
    if previous.stamp is not None and all(_same(event, previous, n) for n in COMPARED):
        event.add("sequence", previous.sequence)
        event.add("dtstamp", previous.stamp)
        return
    event.add("sequence", min(previous.sequence + 1, MAX_SEQUENCE))
    event.add("dtstamp", stamp)


def _cancelled(old: EarlierEvent, stamp: dt.datetime) -> Event | None:
    """``old`` as a cancelled event (the next SEQUENCE, unless it was cancelled already);
    None when what was read of it has no start, which an event must have."""
    from icalendar import Event, vText

    start = old.values.get("DTSTART")
    if not isinstance(start, dt.date):
        return None
    event = Event()
    for name in ("SUMMARY", "LOCATION"):
        if name in old.values:
            event.add(name.lower(), vText(str(old.values[name])))
    event.add("dtstart", start)
    end = old.values.get("DTEND")
    length = old.values.get("DURATION")
    if isinstance(end, dt.date) and _same_kind(start, end) and _after(end, start):
        event.add("dtend", end)
    elif isinstance(length, dt.timedelta):
        event.add("duration", length)
    event.add("uid", old.uid)
    event.add(WORKSHOP, vText(old.workshop or ""))
    event.add("status", "CANCELLED")
    _sequence(event, old, stamp)
    return event


def _same_kind(a: dt.date, b: dt.date) -> bool:
    """Both dates, both local times, or both times with a zone: an event's two ends agree."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return (a.tzinfo is None) == (b.tzinfo is None)
    return not isinstance(a, dt.datetime) and not isinstance(b, dt.datetime)


def _after(end: dt.date, start: dt.date) -> bool:
    try:
        return end > start
    except (TypeError, OverflowError):
        return False


def _same(event: Event, previous: EarlierEvent, name: str) -> bool:
    if (name in event) != (name in previous.values):
        return False
    if name not in event:
        return True
    try:
        return bool(event.decoded(name) == previous.values[name])
    except (ValueError, KeyError, TypeError, OverflowError):
        return False


# --- programmes (#23): one calendar with every workshop of a programme. ---


def render_programme(
    jobs: Sequence[tuple[str, Job]], name: str, language: str, target: Path | None
) -> str:
    """One calendar for several workshops: a participant's event for each day of each.

    ``jobs`` pairs each workshop's key (its file, as the programme names it) with its job;
    ``name`` (the programme's title) names the calendar and marks its events, so that a
    re-render to ``target`` moves, updates and cancels only the programme's own events.
    A UID comes from the programme, the workshop's key and the date: stable across
    re-renders, whatever the times. Workshops without a date are left out.
    """
    from icalendar import Calendar, vText

    zone = _zone()
    previous = read_earlier(target, WORKSHOP)
    calendar = Calendar()
    calendar.add("prodid", f"-//planverksted//planverksted {__version__}//{language.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", vText(_printable(name)))
    calendar.add("x-wr-timezone", TIMEZONE)
    stamp = _now()
    made: set[str] = set()
    for key, job in jobs:
        analysis = job.analysis
        if analysis.schedule is None:
            continue
        view: View = _printable(job.view)
        days = {day.index + 1: day for day in analysis.schedule.days}
        for day in view["days"]:
            timed = days[day["number"]]
            if timed.date is None:
                continue
            _, event = _day_event(view, day, timed, zone)
            uid = _unique(_uid(name, timed.date, f"workshop\n{key}\n{day['number']}"), made)
            event.add("uid", uid)
            event.add(WORKSHOP, vText(_printable(name)))
            _sequence(event, previous.get(uid), stamp)
            calendar.add_component(event)
            made.add(uid)
    for uid, old in previous.items():
        if uid not in made and old.workshop == name:
            cancelled = _cancelled(old, stamp)
            if cancelled is not None:
                calendar.add_component(cancelled)
    dates = [_date(event.decoded("DTSTART")) for event in calendar.walk("VEVENT")]
    if dates:
        last = _shifted(max(dates), 2)
        first = min(_shifted(min(dates), -1), _shifted(last, -366))
        calendar.add_missing_timezones(first_date=first, last_date=last)
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    text: str = calendar.to_ical().decode("utf-8")
    return text
