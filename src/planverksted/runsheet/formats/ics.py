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
the old calendar had and the new one has not (a block taken out) is kept as cancelled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

from planverksted import __version__
from planverksted.errors import PlanverkstedError
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
COMPARED = ("DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION", "STATUS")
"""What makes an event changed, so that it gets the next SEQUENCE."""

WORKSHOP = "X-PLANVERKSTED-WORKSHOP"
"""The workshop's title on each event: a re-render cancels only its own workshop's events."""


def render(job: Job) -> str:
    """The job's workshop as an iCalendar file (text with CRLF line ends, as RFC 5545 has it)."""
    from icalendar import Calendar

    analysis = job.analysis
    if analysis.workshop is None or analysis.schedule is None:  # pragma: no cover - refused earlier
        raise ValueError("a calendar needs an analysis with a schedule")
    view = job.view
    days = {day.index + 1: day for day in analysis.schedule.days}
    shown = [(day, days[day["number"]]) for day in view["days"]]
    undated = [day["name"] for day, timed in shown if timed.date is None]
    if undated:
        where = "the file" if not view["multi_day"] else ", ".join(undated)
        raise PlanverkstedError(
            f"a calendar needs the date, and {where} has none",
            "add the day to the file, like  date: 2024-04-18"
            + ("  (under each day in days:)" if view["multi_day"] else ""),
        )
    zone = _zone()
    previous = _previous_events(job.target)
    calendar = Calendar()
    calendar.add("prodid", f"-//planverksted//planverksted {__version__}//{view['lang'].upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", view["page_title"])
    calendar.add("x-wr-timezone", TIMEZONE)
    stamp = _now()
    title = view["workshop"]["title"]
    made: set[str] = set()
    for day, timed in shown:
        assert timed.date is not None  # checked above
        if view["facilitator"]:
            events = _block_events(view, day, timed, zone)
        else:
            events = [_day_event(view, day, timed, zone)]
        for key, event in events:
            uid = _uid(title, timed.date, key)
            event.add("uid", uid)
            event.add(WORKSHOP, title)
            _sequence(event, previous.get(uid), stamp)
            calendar.add_component(event)
            made.add(uid)
    # An event of this workshop that the calendar already there had, and this one has not
    # (a block taken out, a day moved), is sent as cancelled, so that it leaves calendars.
    for uid, old in previous.items():
        if uid not in made and str(old.get(WORKSHOP, "")) == title:
            calendar.add_component(_cancelled(old, stamp))
    dates = [event.decoded("DTSTART").date() for event in calendar.walk("VEVENT")]
    # A handout of a programme that is all facilitator_only has no events, and needs no zone.
    if dates:
        calendar.add_missing_timezones(
            first_date=min(dates) - dt.timedelta(days=1),
            last_date=max(dates) + dt.timedelta(days=2),
        )
    # The time zone before the events that use it, as Outlook wants (icalendar 6 appends it).
    calendar.subcomponents.sort(key=lambda component: component.name != "VTIMEZONE")
    text: str = calendar.to_ical().decode("utf-8")
    return text


def _zone() -> dt.tzinfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return ZoneInfo(TIMEZONE)
    except ZoneInfoNotFoundError:
        raise PlanverkstedError(
            f"this computer has no time zone data for {TIMEZONE}",
            "install it with: pip install tzdata",
        ) from None


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
    event.add("dtend", _at(date, end, zone))


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


def _now() -> dt.datetime:
    """Now, in UTC; ``SOURCE_DATE_EPOCH`` fixes it for reproducible builds."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(tz=dt.UTC).replace(microsecond=0)


def _previous_events(target: Path | None) -> dict[str, Event]:
    """The events of the calendar already at ``target``, by UID; none when there is none.

    A file there that is not a calendar is simply replaced, as any output is.
    """
    from icalendar import Calendar

    if target is None:
        return {}
    try:
        data = target.read_bytes()
    except OSError:
        return {}
    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, TypeError, IndexError):
        return {}
    return {
        str(event["UID"]): cast("Event", event)
        for calendar in calendars
        for event in calendar.walk("VEVENT")
        if "UID" in event
    }


def _sequence(event: Event, previous: Event | None, stamp: dt.datetime) -> None:
    """SEQUENCE and DTSTAMP: kept when the event is as it was, else the next and now."""
    if previous is None:
        event.add("sequence", 0)
        event.add("dtstamp", stamp)
        return
    try:
        sequence = int(previous.get("SEQUENCE", 0))
    except (TypeError, ValueError):
        sequence = 0
    if all(_same(event, previous, name) for name in COMPARED) and "DTSTAMP" in previous:
        event.add("sequence", sequence)
        event.add("dtstamp", previous.decoded("DTSTAMP"))
        return
    event.add("sequence", sequence + 1)
    event.add("dtstamp", stamp)


def _cancelled(old: Event, stamp: dt.datetime) -> Event:
    """``old`` as a cancelled event: the next SEQUENCE, unless it was cancelled already."""
    from icalendar import Event

    event = Event()
    for name in ("SUMMARY", "DTSTART", "DTEND", "LOCATION", "UID", WORKSHOP):
        if name in old:
            event.add(
                name.lower(), old.decoded(name) if name in ("DTSTART", "DTEND") else old[name]
            )
    event.add("status", "CANCELLED")
    _sequence(event, old, stamp)
    return event


def _same(event: Event, previous: Event, name: str) -> bool:
    if (name in event) != (name in previous):
        return False
    if name not in event:
        return True
    try:
        return bool(event.decoded(name) == previous.decoded(name))
    except (ValueError, KeyError, TypeError):
        return False
