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
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted import __version__
from planverksted.errors import PlanverkstedError
from planverksted.runsheet.calendar_file import MAX_SEQUENCE, EarlierEvent, read_earlier
from planverksted.runsheet.calendar_lines import Lines, printable
from planverksted.runsheet.formats import Job, OutputFormat

if TYPE_CHECKING:
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


def prepare(job: Job) -> None:
    """Import icalendar once, in the command's process (not again in each render's child)."""
    import icalendar  # noqa: F401


def render(job: Job) -> str:
    """The job's workshop as an iCalendar file (text with CRLF line ends, as RFC 5545 has it)."""
    analysis = job.analysis
    if analysis.workshop is None or analysis.schedule is None:  # pragma: no cover - refused earlier
        raise ValueError("a calendar needs an analysis with a schedule")
    view: View = job.view
    days = {day.index + 1: day for day in analysis.schedule.days}
    shown = [(day, days[day["number"]]) for day in view["days"]]
    undated = [_printable(day["name"]) for day, timed in shown if timed.date is None]
    if undated:
        if view["multi_day"]:
            raise PlanverkstedError.of(
                "ics.no-date.days", "ics.no-date.days.hint", days=", ".join(undated)
            )
        raise PlanverkstedError.of("ics.no-date", "ics.no-date.hint")
    zone = _zone()
    previous = read_earlier(job.target, WORKSHOP)
    stamp = _now()
    title = _printable(view["workshop"]["title"])
    # Made once, not once a day: a file of a thousand days has thousands of tasks.
    tasks = {task["number"]: task for task in view["group_tasks"]}
    events: list[Event] = []
    made: set[str] = set()
    dated: dict[dt.date, int] = {}
    for day, timed in shown:
        assert timed.date is not None  # checked above
        # Two days on one date (check warns) are two days still: the second one's events
        # are told apart by which day of that date they are.
        repeat = dated.get(timed.date, 0)
        dated[timed.date] = repeat + 1
        if view["facilitator"]:
            keyed = _block_events(view, day, timed, zone, tasks)
        else:
            keyed = [_day_event(view, day, timed, zone)]
        for key, event in keyed:
            uid = _uid(title, timed.date, key + (f"\nday {repeat}" if repeat else ""))
            uid = _unique(uid, made)
            event["UID"] = uid
            event[WORKSHOP] = title
            _sequence(event, previous.get(uid), stamp)
            events.append(event)
            made.add(uid)
    # An event of this workshop that the calendar already there had, and this one has not
    # (a block taken out, a day moved), is sent as cancelled, so that it leaves calendars.
    for uid, old in previous.items():
        if uid not in made and old.workshop == title:
            cancelled = _cancelled(old, stamp)
            if cancelled is not None:
                events.append(cancelled)
    return _calendar(view["lang"], _printable(view["page_title"]), events, zone)


Event = dict[str, object]
"""An event's properties by name (``SUMMARY``, ``DTSTART`` …): text as ``str``, times as
``date``/``datetime``, a length as ``timedelta``, ``SEQUENCE`` as ``int``."""

EVENT_ORDER = ("SUMMARY", "DTSTART", "DTEND", "DURATION", "DTSTAMP", "UID", "SEQUENCE")
"""The properties an event starts with (the rest follow in alphabetical order): the order
icalendar wrote them in, so that a calendar written before reads the same."""


def _calendar(language: str, name: str, events: list[Event], zone: dt.tzinfo) -> str:
    """The calendar's text: its properties, the time zones its events use, the events."""
    body = Lines(zone, TIMEZONE)
    for event in events:
        body.component("VEVENT", event, EVENT_ORDER)
    head = Lines(zone, TIMEZONE)
    head.lines.append("BEGIN:VCALENDAR")
    head.add("VERSION", "2.0")
    head.add("PRODID", f"-//planverksted//planverksted {__version__}//{language.upper()}")
    head.add("CALSCALE", "GREGORIAN")
    head.add("METHOD", "PUBLISH")
    head.add("X-WR-CALNAME", name)
    head.add("X-WR-TIMEZONE", TIMEZONE)
    # The time zones before the events that use them, as Outlook wants. A handout of a
    # programme that is all facilitator_only has no events, and needs no zone.
    if body.zones:
        dates = [_date(event["DTSTART"]) for event in events]  # type: ignore[arg-type]
        # A day either side, for the hours the zone's offset moves an event across midnight
        # (and none past the first and last day a date can be).
        last = _shifted(max(dates), 2)
        # At least a year, so that the zone has its standard time in it, even in 9999.
        first = min(_shifted(min(dates), -1), _shifted(last, -366))
        for tzid in sorted(body.zones, key=lambda tzid: (tzid != TIMEZONE, tzid)):
            head.lines += _vtimezone(tzid, first, last)
    return head.text() + body.text() + "END:VCALENDAR\r\n"


def _vtimezone(tzid: str, first: dt.date, last: dt.date) -> list[str]:
    """The VTIMEZONE of ``tzid`` from ``first`` to ``last``, as icalendar works it out; none
    for a zone it does not know (a calendar program then takes the TZID as it is)."""
    from icalendar import Timezone

    try:
        timezone = Timezone.from_tzid(tzid, first_date=first, last_date=last)
    except ValueError:
        return []
    text: str = timezone.to_ical().decode("utf-8")
    return text.removesuffix("\r\n").split("\r\n")


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
    assert timed.date is not None
    workshop = view["workshop"]
    summary = workshop["title"]
    if view["multi_day"]:
        summary = f"{summary} – {day['name']}"
    event: Event = {"SUMMARY": _printable(summary)}
    blocks = _shown_blocks(timed, day)
    _times(event, timed.date, zone, min(b.start for b in blocks), max(b.end for b in blocks))
    if workshop["venue"]:
        event["LOCATION"] = _printable(workshop["venue"])
    lines = []
    if workshop["subtitle"]:
        lines += [workshop["subtitle"], ""]
    for block in day["blocks"]:
        lines += list(_row_lines(block))
    if view["evaluation"]:
        lines += ["", view["labels"]["evaluation"] + ":"]
        lines += [f"{number}. {question}" for number, question in enumerate(view["evaluation"], 1)]
    event["DESCRIPTION"] = _description(lines)
    event["TRANSP"] = "OPAQUE"
    return "day", event


def _block_events(
    view: View, day: Day, timed: TimedDay, zone: dt.tzinfo, tasks: Mapping[int, Task]
) -> list[tuple[str, Event]]:
    """One event for each block: its parts, people, notes and materials in the description;
    ``tasks`` are the view's group tasks by number."""
    labels = view["labels"]
    venue = _printable(view["workshop"]["venue"]) if view["workshop"]["venue"] else None
    seen: dict[str, int] = {}
    events = []
    for block, timed_block in zip(day["blocks"], _shown_blocks(timed, day), strict=True):
        title = _printable(block["title"])
        event: Event = {"SUMMARY": title}
        _times(event, timed.date, zone, timed_block.start, timed_block.end)
        if venue:
            event["LOCATION"] = venue
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
        event["DESCRIPTION"] = _description(lines)
        if block["kind"] in ("break", "meal"):
            event["TRANSP"] = "TRANSPARENT"
        # A title used twice in a day (two breaks) is told apart by which one it is.
        occurrence = seen.get(title, 0)
        seen[title] = occurrence + 1
        key = f"block\n{title}" + (f"\n{occurrence}" if occurrence else "")
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
    events = []
    for track, timed_track in zip(block.get("tracks", []), timed_block.tracks, strict=False):
        title = _printable(track["title"])
        event: Event = {"SUMMARY": _printable(f"{block['title']}: {title}")}
        _times(event, timed.date, zone, timed_track.start, timed_track.end)
        if track["room"]:
            event["LOCATION"] = _printable(track["room"])
        lines = []
        if track["who_text"]:
            lines.append(f"{labels['who']}: {track['who_text']}")
        if track["description"]:
            lines.append(track["description"])
        if track["notes"]:
            lines.append(f"{labels['notes']}: {track['notes']}")
        event["DESCRIPTION"] = _description(lines)
        events.append((f"{key}\ntrack\n{title}", event))
    return events


def _description(lines: list[str]) -> str:
    """The lines of a description as one text, control characters shown as escapes."""
    return _printable("\n".join(lines)).strip()


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
    event["DTSTART"] = _at(date, start, zone)
    try:
        event["DTEND"] = _at(date, end, zone)
    except OverflowError:
        # Midnight after 31 December 9999 is a date no calendar can write: the length is.
        event["DURATION"] = dt.timedelta(minutes=end - start)


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


def _printable(value: str) -> str:
    """``value`` with control characters as visible escapes (``\\x1b``), CR as LF."""
    return printable(value)


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
        event["SEQUENCE"], event["DTSTAMP"] = 0, stamp
    elif previous.stamp is not None and all(_same(event, previous, n) for n in COMPARED):
        event["SEQUENCE"], event["DTSTAMP"] = previous.sequence, previous.stamp
    else:
        event["SEQUENCE"], event["DTSTAMP"] = min(previous.sequence + 1, MAX_SEQUENCE), stamp


def _cancelled(old: EarlierEvent, stamp: dt.datetime) -> Event | None:
    """``old`` as a cancelled event (the next SEQUENCE, unless it was cancelled already);
    None when what was read of it has no start, which an event must have."""
    start = old.values.get("DTSTART")
    if not isinstance(start, dt.date):
        return None
    event: Event = {}
    for name in ("SUMMARY", "LOCATION"):
        if name in old.values:
            event[name] = _printable(str(old.values[name]))
    event["DTSTART"] = start
    end = old.values.get("DTEND")
    length = old.values.get("DURATION")
    if isinstance(end, dt.date) and _same_kind(start, end) and _after(end, start):
        event["DTEND"] = end
    elif isinstance(length, dt.timedelta):
        event["DURATION"] = length
    event["UID"] = _printable(old.uid)
    event[WORKSHOP] = _printable(old.workshop or "")
    event["STATUS"] = "CANCELLED"
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
        return bool(event[name] == previous.values[name])
    except (ValueError, TypeError, OverflowError):
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
    zone = _zone()
    previous = read_earlier(target, WORKSHOP)
    stamp = _now()
    mark = _printable(name)
    events: list[Event] = []
    made: set[str] = set()
    for key, job in jobs:
        analysis = job.analysis
        if analysis.schedule is None:
            continue
        view: View = job.view
        days = {day.index + 1: day for day in analysis.schedule.days}
        for day in view["days"]:
            timed = days[day["number"]]
            if timed.date is None:
                continue
            _, event = _day_event(view, day, timed, zone)
            uid = _unique(_uid(name, timed.date, f"workshop\n{key}\n{day['number']}"), made)
            event["UID"] = uid
            event[WORKSHOP] = mark
            _sequence(event, previous.get(uid), stamp)
            events.append(event)
            made.add(uid)
    for uid, old in previous.items():
        if uid not in made and old.workshop == mark:
            cancelled = _cancelled(old, stamp)
            if cancelled is not None:
                events.append(cancelled)
    return _calendar(language, mark, events, zone)
