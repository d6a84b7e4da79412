"""The people in the room as the documents show them: parallel tracks on the run-sheet
(title, room, time, who leads), and for ``--layout tables`` and ``--layout cards`` the
tables of every group work with their people.

Participants' names are personal data: they are put in the view only for the tables and
cards layouts, never for the run-sheet, the handout or the calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TypedDict

from planverksted import i18n
from planverksted.runsheet.card_pages import (
    CardPage,
    Entry,
    Section,
    card_pages,
    header_height,
    list_is_tall,
)
from planverksted.seating.plan import GroupWork, Seating, TrackSeats
from planverksted.timing.clock import format_clock, format_range
from planverksted.timing.schedule import TimedTrack
from planverksted.workshop.model import Workshop

SEATING_LAYOUTS = ("tables", "cards")
TABLE_BOX_WIDTH = 36.0
"""Millimetres of text in a table's box on the table list: four boxes across an A4 page."""
TRACK_BOX_WIDTH = 170.0
"""Millimetres of text in a track's box on the table list: the page's width."""
"""The layouts that show who sits where."""


class TrackView(TypedDict):
    title: str
    room: str | None
    """The room's name (a ``rooms`` key shown by its name)."""
    room_key: str | None
    time: str
    start: str
    end: str
    duration: str
    who_text: str
    description: str | None
    notes: str | None


class TableView(TypedDict):
    number: int
    label: str
    """ "Bord 3"."""
    host: str | None
    members: list[str]
    """Everyone at the table, the host first."""
    others: list[str]
    """Everyone but the host."""
    size: int
    tall: bool
    """Whether its box on the table list is taller than a page: it may then go on over the
    next page (a box that fits is kept whole)."""


class RoundView(TypedDict):
    number: int
    label: str
    """ "Runde 2", or "" for a group work of one round."""
    time: str | None
    tables: list[TableView]


class CardRound(TypedDict):
    label: str
    time: str | None
    members: list[str]


class StepView(TypedDict):
    time: str
    title: str


class CardView(TypedDict):
    group: str
    part_of: str | None
    time: str
    table: int
    label: str
    host: str | None
    rounds: list[CardRound]
    questions_title: str | None
    questions: list[str]
    method: str | None
    steps: list[StepView]
    pages: list[CardPage]
    """The A5 sheets the card takes, each with its columns and text size (see card_pages)."""


class GroupView(TypedDict):
    title: str
    part_of: str | None
    time: str
    tables_count: int
    rounds: list[RoundView]
    mix: list[str]


class TrackSeatsView(TypedDict):
    block: str
    title: str
    room: str | None
    time: str
    leaders: list[str]
    members: list[str]
    tall: bool
    """Whether its box on the table list is taller than a page (see TableView)."""


class SeatingView(TypedDict):
    title: str
    """ "Bordliste" or "Bordkort"."""
    groups: list[GroupView]
    cards: list[CardView]
    tracks: list[TrackSeatsView]


def track_view(
    timed: TimedTrack,
    workshop: Workshop,
    language: str,
    facilitator: bool,
    who_text: Callable[[Sequence[str]], str],
) -> TrackView:
    """One parallel track as the run-sheet shows it: no participants, only who leads."""
    track = timed.track
    room = workshop.rooms.get(track.room) if track.room is not None else None
    return {
        "title": track.title,
        "room": room.label(track.room or "") if room is not None else track.room,
        "room_key": track.room,
        "time": format_range(timed.start, timed.end, language),
        "start": format_clock(timed.start, language),
        "end": format_clock(timed.end, language),
        "duration": i18n.format_minutes(timed.end - timed.start, language),
        "who_text": who_text(track.who),
        "description": track.description,
        "notes": track.notes if facilitator else None,
    }


def seating_view(
    seating: Seating | None,
    layout: str,
    language: str,
    tasks: Mapping[tuple[str | int, ...], Mapping[str, object]],
) -> SeatingView | None:
    """The tables and cards of every group work, and who goes to which track; None for a
    layout that shows no one."""
    if layout not in SEATING_LAYOUTS:
        return None
    labels = i18n.labels_table(language)
    if seating is None:
        return {
            "title": labels["seating_cards" if layout == "cards" else "seating_table_list"],
            "groups": [],
            "cards": [],
            "tracks": [],
        }
    groups = [_group(work, labels, language) for work in seating.groups]
    cards = [
        card
        for work, group in zip(seating.groups, groups, strict=True)
        for card in _cards(group, tasks.get(work.path), labels)
    ]
    tracks: list[TrackSeatsView] = [_track(track, language) for track in seating.tracks]
    return {
        "title": labels["seating_cards" if layout == "cards" else "seating_table_list"],
        "groups": groups,
        "cards": cards,
        "tracks": tracks,
    }


def _round_times(work: GroupWork, language: str) -> list[str | None]:
    """Each round's time: the method's steps when there is one a round (a café dialogue)."""
    steps = work.timed.steps
    if len(work.rounds) > 1 and len(steps) == len(work.rounds):
        return [format_range(step.start, step.end, language) for step in steps]
    return [None] * len(work.rounds)


def _group(work: GroupWork, labels: Mapping[str, str], language: str) -> GroupView:
    times = _round_times(work, language)
    rounds: list[RoundView] = []
    for number, seating_round in enumerate(work.rounds, 1):
        rounds.append(
            {
                "number": number,
                "label": f"{labels['seating_round']} {number}" if len(work.rounds) > 1 else "",
                "time": times[number - 1],
                "tables": [
                    {
                        "number": table.number,
                        "label": f"{labels['seating_table']} {table.number}",
                        "host": table.host,
                        "members": list(table.members),
                        "others": [
                            name
                            for index, name in enumerate(table.members)
                            if not (index == 0 and name == table.host)
                        ],
                        "size": len(table.members),
                        "tall": list_is_tall(table.members, TABLE_BOX_WIDTH),
                    }
                    for table in seating_round
                ],
            }
        )
    return {
        "title": work.title,
        "part_of": work.block if work.part is not None else None,
        "time": format_range(work.start, work.end, language),
        "tables_count": len(work.rounds[0]) if work.rounds else 0,
        "rounds": rounds,
        "mix": list(work.mix),
    }


def _cards(
    group: GroupView, task: Mapping[str, object] | None, labels: Mapping[str, str]
) -> list[CardView]:
    method = task.get("method") if task is not None else None
    steps: list[StepView] = []
    name = None
    if isinstance(method, Mapping):
        name = str(method.get("name"))
        raw = method.get("steps")
        if isinstance(raw, list):
            steps = [{"time": str(step["time"]), "title": str(step["title"])} for step in raw]
    questions = task.get("questions") if task is not None else None
    title = task.get("questions_title") if task is not None else None
    cards: list[CardView] = []
    for number in range(group["tables_count"]):
        rounds: list[CardRound] = [
            {
                "label": seating_round["label"],
                "time": seating_round["time"],
                "members": seating_round["tables"][number]["members"],
            }
            for seating_round in group["rounds"]
        ]
        first = group["rounds"][0]["tables"][number]
        card: CardView = {
            "group": group["title"],
            "part_of": group["part_of"],
            "time": group["time"],
            "table": first["number"],
            "label": first["label"],
            "host": first["host"],
            "rounds": rounds,
            "questions_title": str(title) if title else None,
            "questions": [str(q) for q in questions] if isinstance(questions, list) else [],
            "method": name,
            "steps": steps,
            "pages": [],
        }
        card["pages"] = _pages(card, labels)
        cards.append(card)
    return cards


def _pages(card: CardView, labels: Mapping[str, str]) -> list[CardPage]:
    """The sheets a card takes: its people round by round, its questions and its steps."""
    people: list[Section] = []
    for seating_round in card["rounds"]:
        heading = seating_round["label"] or labels["seating_people"]
        if seating_round["time"]:
            heading = f"{heading} · {seating_round['time']}"
        people.append(
            (
                Entry("heading", heading),
                [
                    Entry("host", name, mark=f"({labels['seating_host']})")
                    if index == 0 and name == card["host"]
                    else Entry("name", name)
                    for index, name in enumerate(seating_round["members"])
                ],
            )
        )
    work: list[Section] = []
    if card["questions"]:
        work.append(
            (
                Entry("heading", card["questions_title"] or labels["questions"]),
                [
                    Entry("question", question, number=index)
                    for index, question in enumerate(card["questions"], 1)
                ],
            )
        )
    if card["steps"]:
        work.append(
            (
                Entry("heading", f"{labels['method']}: {card['method']}"),
                [Entry("step", step["title"], time=step["time"]) for step in card["steps"]],
            )
        )
    time_line = f"{card['part_of']} · {card['time']}" if card["part_of"] else card["time"]
    header = header_height(card["label"], card["group"], time_line)
    return card_pages(people, work, header, labels["seating_card_of"])


def _track(track: TrackSeats, language: str) -> TrackSeatsView:
    leaders = set(track.leaders)
    members = [name for name in track.members if name not in leaders]
    return {
        "block": track.block,
        "title": track.track,
        "room": track.room_name,
        "time": format_range(track.start, track.end, language),
        "leaders": list(track.leaders),
        "members": members,
        "tall": list_is_tall([*track.leaders, *members], TRACK_BOX_WIDTH),
    }
