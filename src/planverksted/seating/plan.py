"""The seating plan of a workshop: who sits at which table in each group work and round,
who goes to which parallel track, and the findings about both.

It reads the timed schedule and the participants, resolves the names in ``hosts``,
``apart``, ``together`` and the tracks, asks the allocator for the tables, and checks what
the allocator cannot: people and rooms in two places at once, rooms over capacity, table
sizes against the method's group size, and walking time between rooms.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path as FilePath

from planverksted import i18n
from planverksted.i18n import At, Key, PerLanguage, Title, Worded
from planverksted.lint.finding import Finding, Path
from planverksted.lint.wording import finding, short_title, text
from planverksted.seating.allocator import Conflict, Problem, Result, allocate
from planverksted.seating.participants import Roster, read_participants
from planverksted.suggest import Guesser, fold
from planverksted.timing.schedule import Schedule, TimedBlock, TimedPart, TimedTrack
from planverksted.workshop.model import (
    Groups,
    Participant,
    Tables,
    Workshop,
    is_key_like,
    participant_column,
)

DEFAULT_TABLE_SIZE = 6
"""Table size when neither ``tables`` nor the method says: a common table in a council hall."""

Previous = Mapping[tuple[str, str | None], tuple[Mapping[str, int], ...]]
"""An earlier allocation: (block, part) → per round, each person's folded name → table."""


@dataclasses.dataclass(frozen=True)
class Seat:
    """Someone at a table or in a track: a participant, or a person seated as host."""

    key: str
    """The folded name: unique."""
    name: str
    columns: Mapping[str, str]


@dataclasses.dataclass(frozen=True)
class Table:
    number: int
    """1-based."""
    host: str | None
    members: tuple[str, ...]
    """Names, the host first."""
    balance: Mapping[str, Mapping[str, int]]
    """Per mix column, how many of each value sit here."""


@dataclasses.dataclass(frozen=True)
class GroupWork:
    """One group work's tables, round by round."""

    block: str
    part: str | None
    path: Path
    start: int
    end: int
    timed: TimedBlock | TimedPart
    mix: tuple[str, ...]
    rounds: tuple[tuple[Table, ...], ...]
    uneven: tuple[tuple[str, str, int], ...]
    """(column, value, by how much its count differs between tables) where more than one."""
    repeated_pairs: tuple[tuple[str, str], ...]
    """Pairs (names) who share a table in more than one round."""
    moved: tuple[str, ...] | None
    """Names at another table than the earlier allocation gave them; None without one."""

    @property
    def title(self) -> str:
        return self.part or self.block


@dataclasses.dataclass(frozen=True)
class TrackSeats:
    block: str
    track: str
    room: str | None
    """The room as written (a ``rooms`` key or a name)."""
    room_name: str | None
    """The room's name to show."""
    start: int
    end: int
    leaders: tuple[str, ...]
    members: tuple[str, ...]
    timed: TimedTrack


@dataclasses.dataclass(frozen=True)
class Seating:
    roster: Roster
    groups: tuple[GroupWork, ...] = ()
    tracks: tuple[TrackSeats, ...] = ()

    def previous(self) -> Previous:
        """This plan as the earlier allocation of a later one (``groups --since``)."""
        return previous_of(
            (work.block, work.part, [[table.members for table in r] for r in work.rounds])
            for work in self.groups
        )


def previous_of(
    allocations: Iterator[tuple[str, str | None, Sequence[Sequence[Sequence[str]]]]],
) -> Previous:
    """(block, part, rounds of tables of names) as an earlier allocation."""
    table: dict[tuple[str, str | None], tuple[Mapping[str, int], ...]] = {}
    for block, part, rounds in allocations:
        table[(block, part)] = tuple(
            {fold(name): number for number, members in enumerate(seats) for name in members}
            for seats in rounds
        )
    return table


def plan_seating(
    schedule: Schedule, folder: FilePath | None, previous: Previous | None = None
) -> tuple[Seating, list[Finding]]:
    """The seating of every group work and parallel block, and the findings about it."""
    workshop = schedule.workshop
    roster, findings = read_participants(workshop, folder)
    planner = _Planner(schedule, roster, findings, previous or {})
    groups = tuple(planner.group_works())
    tracks = tuple(planner.tracks())
    planner.double_bookings(groups, tracks)
    return Seating(roster, groups, tracks), findings


class _Planner:
    def __init__(
        self, schedule: Schedule, roster: Roster, findings: list[Finding], previous: Previous
    ) -> None:
        self.schedule = schedule
        self.workshop: Workshop = schedule.workshop
        self.language = self.workshop.language
        self.roster = roster
        self.findings = findings
        self.previous = previous
        self.seats = {key: _seat(p) for key, p in roster.by_name().items()}
        choices = [p.name for p in roster.participants]
        for key, person in self.workshop.people.items():
            choices += [key, person.name]
        self.guesser = Guesser(choices)
        # Each (person key, place) booked, with its time: (start, end, what, path).
        self.bookings: dict[str, list[tuple[int, int, Worded, Path, str]]] = {}
        # (text, path) of the findings said once for the whole file: a `tables:` setting
        # that every group work shares is reported at its place once, not once a group work.
        self.said: set[tuple[str, Path]] = set()

    def say_once(self, said: Finding, text_id: str, path: Path) -> None:
        if (text_id, path) not in self.said:
            self.said.add((text_id, path))
            self.findings.append(said)

    # -- names ---------------------------------------------------------------------------

    def resolve(self, name: str, path: Path, key: str, *, free: bool = False) -> Seat | None:
        """The participant or person ``name`` names, or None (with an unknown-participant
        finding, unless ``free`` text is allowed and it does not read as a key)."""
        folded = fold(name)
        if folded in self.seats:
            return self.seats[folded]
        person_key = self.workshop.person_key(name)
        if person_key is not None:
            person = self.workshop.people[person_key]
            if fold(person.name) in self.seats:
                return self.seats[fold(person.name)]
            return Seat(fold(person.name), person.name, {})
        guess = self.guesser.guess(name)
        if free and not is_key_like(name) and guess is None:
            # Free text (a leader from outside) is shown as written, unless it reads as a
            # key or as a misspelt name of someone known.
            return None
        self.findings.append(
            finding(
                "unknown-participant",
                path,
                times=self.language,
                hint="unknown-participant.guess" if guess else "unknown-participant.hint",
                name=Title(name),
                place=Key(key),
                guess=Title(guess or ""),
            )
        )
        return None

    # -- group work ----------------------------------------------------------------------

    def group_works(self) -> Iterator[GroupWork]:
        tables = self.workshop.tables
        for block in self.schedule.blocks():
            group_parts = [
                part
                for part in block.parts
                if part.part.groups is not None
                or (tables is not None and part.part.kind == "group")
            ]
            if block.block.groups is not None or (
                tables is not None and block.block.kind == "group" and not group_parts
            ):
                work = self.group_work(block, None, block.block.groups)
                if work is not None:
                    yield work
            for part in group_parts:
                work = self.group_work(block, part, part.part.groups)
                if work is not None:
                    yield work

    def group_work(
        self, block: TimedBlock, part: TimedPart | None, groups: Groups | None
    ) -> GroupWork | None:
        timed: TimedBlock | TimedPart = part if part is not None else block
        path = timed.path
        here = (*path, "groups") if groups is not None else ("tables",)
        settings = _merged(self.workshop.tables, groups)
        title = timed.part.title if isinstance(timed, TimedPart) else timed.block.title
        if not self.roster.participants:
            if self.roster.file is None:
                self.findings.append(
                    finding(
                        "groups-infeasible",
                        here,
                        times=self.language,
                        text="groups-infeasible.no-participants",
                        hint="groups-infeasible.no-participants.hint",
                        title=Title(title),
                    )
                )
            return None
        people = dict(self.seats)
        hosts: list[Seat] = []
        where = _where(groups, self.workshop.tables, timed)
        for number, name in enumerate(settings.hosts):
            seat = self.resolve(name, (*where["hosts"], number), "hosts")
            if seat is None:
                continue
            if any(host.key == seat.key for host in hosts):
                self._double(seat, title, where["hosts"], number)
                continue
            hosts.append(seat)
            people.setdefault(seat.key, seat)
        count = _table_count(
            len(people), settings, timed.method.group_size if timed.method else None
        )
        if len(hosts) > count:
            self.findings.append(
                finding(
                    "too-many-hosts",
                    where["hosts"],
                    times=self.language,
                    hint="too-many-hosts.hint",
                    title=Title(title),
                    hosts=len(hosts),
                    tables=count,
                )
            )
            hosts = hosts[:count]
        if settings.count is not None and settings.count > len(people):
            # More tables asked for than there are people: say so, never lower it silently.
            self.say_once(
                finding(
                    "table-size",
                    where["count"],
                    times=self.language,
                    text="table-size.count",
                    hint="table-size.count.hint",
                    title=Title(title),
                    asked=settings.count,
                    people=len(people),
                ),
                "table-size.count",
                where["count"],
            )
        apart = self.name_groups(settings.apart, where["apart"], "apart", title)
        together = self.name_groups(settings.together, where["together"], "together", title)
        mix = self.mix_columns(settings.mix, where["mix"])
        keys = sorted(people)
        previous = self.previous.get((block.block.title, part.part.title if part else None), ())
        problem = Problem(
            people=tuple(keys),
            values=tuple(tuple(people[k].columns.get(c, "") for c in mix) for k in keys),
            tables=count,
            rounds=settings.rounds,
            fixed={host.key: number for number, host in enumerate(hosts)},
            apart=apart,
            together=together,
            previous=previous,
        )
        result = allocate(problem)
        self.conflicts(result.conflicts, people, title, where)
        for number, host in enumerate(hosts):
            self.book(
                host.key, timed.start, timed.end, _table_place(number + 1, title), path, host.name
            )
        work = _group_work(block, part, timed, mix, people, hosts, problem, result, bool(previous))
        self.table_size(work, timed, where)
        return work

    def name_groups(
        self, groups: tuple[tuple[str, ...], ...], path: Path, key: str, title: str
    ) -> tuple[tuple[str, ...], ...]:
        resolved = []
        for number, group in enumerate(groups):
            seats = [
                self.resolve(name, (*path, number, index), key) for index, name in enumerate(group)
            ]
            found = [seat for seat in seats if seat is not None]
            distinct = {seat.key: seat.name for seat in found}
            if len(found) == len(group) and len(distinct) < 2:
                # One person (or one named twice) is no constraint: there is no one to keep
                # them apart from or together with; a slip, most likely a name left out.
                self.say_once(
                    finding(
                        "groups-infeasible",
                        (*path, number),
                        times=self.language,
                        text=f"groups-infeasible.{key}-one",
                        hint="groups-infeasible.one.hint",
                        title=Title(title),
                        people=_and(list(distinct.values())),
                    ),
                    key,
                    (*path, number),
                )
            resolved.append(tuple(distinct))
        return tuple(resolved)

    def mix_columns(self, mix: tuple[str, ...], path: Path) -> tuple[str, ...]:
        known = sorted({c for seat in self.seats.values() for c in seat.columns})
        columns = []
        for number, column in enumerate(mix):
            meant = participant_column(column)
            if meant in known:
                columns.append(meant)
                continue
            self.findings.append(
                finding(
                    "unknown-participant",
                    (*path, number),
                    times=self.language,
                    text="unknown-participant.column",
                    hint="unknown-participant.column.hint",
                    name=Key(column),
                    known=", ".join(known) or "–",
                )
            )
        return tuple(columns)

    def conflicts(
        self,
        conflicts: tuple[Conflict, ...],
        people: Mapping[str, Seat],
        title: str,
        where: Mapping[str, Path],
    ) -> None:
        for conflict in conflicts:
            listed = _and([people[key].name for key in conflict.people])
            key = "together" if conflict.kind.startswith("together") else "apart"
            self.findings.append(
                finding(
                    "groups-infeasible",
                    where[key],
                    times=self.language,
                    text=f"groups-infeasible.{conflict.kind}",
                    hint="groups-infeasible.hint",
                    title=Title(title),
                    people=listed,
                    limit=conflict.limit,
                )
            )

    def table_size(
        self, work: GroupWork, timed: TimedBlock | TimedPart, where: Mapping[str, Path]
    ) -> None:
        method = timed.method
        if method is None or method.group_size is None or not work.rounds:
            return
        low, high = method.group_size
        sizes = sorted({len(table.members) for table in work.rounds[0]})
        if sizes[0] >= low and sizes[-1] <= high:
            return
        people = sum(len(table.members) for table in work.rounds[0])
        self.findings.append(
            finding(
                "table-size",
                where["size"],
                times=self.language,
                hint="table-size.hint",
                title=Title(work.title),
                sizes=_span(sizes[0], sizes[-1]),
                method=Title(method.label(timed.method_key)),
                fits=_span(low, high),
                largest=high,
                count=-(-people // high),
            )
        )

    # -- parallel tracks -------------------------------------------------------------------

    def tracks(self) -> Iterator[TrackSeats]:
        for block in self.schedule.blocks():
            if block.tracks:
                yield from self.block_tracks(block)

    def block_tracks(self, block: TimedBlock) -> Iterator[TrackSeats]:
        rooms = self.workshop.rooms
        title = block.block.title
        listed: list[list[Seat]] = []
        leaders: list[list[Seat]] = []
        free_leaders: list[list[str]] = []
        fixed: dict[str, int] = {}
        for number, timed in enumerate(block.tracks):
            track = timed.track
            members: list[Seat] = []
            heads: list[Seat] = []
            texts: list[str] = []
            for index, name in enumerate(track.who):
                seat = self.resolve(name, (*timed.path, "who", index), "who", free=True)
                if seat is None:
                    texts.append(name)
                    continue
                heads.append(seat)
            for index, name in enumerate(track.participants):
                seat = self.resolve(name, (*timed.path, "participants", index), "participants")
                if seat is not None:
                    members.append(seat)
            for seat in [*heads, *members]:
                if seat.key in self.seats:
                    fixed.setdefault(seat.key, number)
                self.book(
                    seat.key,
                    timed.start,
                    timed.end,
                    _track_place(track.title),
                    timed.path,
                    seat.name,
                )
            listed.append(members)
            leaders.append(heads)
            free_leaders.append(texts)
        # Rooms: the same room twice at once, and walking between rooms.
        seen: dict[str, TimedTrack] = {}
        for timed in block.tracks:
            room = _room_key(timed.track.room, rooms)
            if room is None:
                continue
            if room in seen:
                self.findings.append(
                    finding(
                        "room-double-booked",
                        (*timed.path, "room"),
                        times=self.language,
                        hint="room-double-booked.hint",
                        room=Title(_room_name(timed.track.room, rooms)),
                        start=At(max(timed.start, seen[room].start)),
                        first=Title(seen[room].title),
                        second=Title(timed.title),
                    )
                )
            else:
                seen[room] = timed
        if len(seen) > 1 and block.block.walk is None:
            self.findings.append(
                finding(
                    "no-walk-time",
                    (*block.path, "parallel"),
                    times=self.language,
                    hint="no-walk-time.hint",
                    block=Title(title),
                )
            )
        # Everyone not listed is spread over the tracks, within the rooms' capacity.
        capacity: list[int | None] = []
        for number, timed in enumerate(block.tracks):
            cap = _capacity(timed.track.room, rooms)
            others = len(leaders[number]) - sum(1 for s in leaders[number] if s.key in self.seats)
            capacity.append(
                None if cap is None else max(0, cap - others - len(free_leaders[number]))
            )
        keys = sorted(self.seats)
        mix = (
            self.mix_columns(block.block.split.mix, (*block.path, "split", "mix"))
            if block.block.split
            else ()
        )
        allocation: tuple[tuple[str, ...], ...] = tuple(() for _ in block.tracks)
        if keys:
            total = sum(c for c in capacity if c is not None)
            if all(c is not None for c in capacity) and total < len(keys):
                self.findings.append(
                    finding(
                        "room-over-capacity",
                        (*block.path, "parallel"),
                        times=self.language,
                        text="room-over-capacity.total",
                        hint="room-over-capacity.hint",
                        block=Title(title),
                        count=len(keys),
                        capacity=total,
                    )
                )
                capacity = [None] * len(capacity)
            result = allocate(
                Problem(
                    people=tuple(keys),
                    values=tuple(
                        tuple(self.seats[k].columns.get(c, "") for c in mix) for k in keys
                    ),
                    tables=len(block.tracks),
                    capacity=tuple(capacity),
                    fixed=fixed,
                )
            )
            allocation = result.rounds[0]
        for number, timed in enumerate(block.tracks):
            leading = [seat.name for seat in leaders[number]] + free_leaders[number]
            seated = (
                [self.seats[key].name for key in allocation[number]]
                if keys
                else [seat.name for seat in listed[number]]
            )
            everyone = list(dict.fromkeys([*leading, *seated]))
            cap = _capacity(timed.track.room, rooms)
            if cap is not None and len(everyone) > cap:
                self.findings.append(
                    finding(
                        "room-over-capacity",
                        (*timed.path, "room"),
                        times=self.language,
                        hint="room-over-capacity.hint",
                        room=Title(_room_name(timed.track.room, rooms)),
                        capacity=cap,
                        title=Title(timed.title),
                        count=len(everyone),
                    )
                )
            yield TrackSeats(
                block=title,
                track=timed.title,
                room=timed.track.room,
                room_name=_room_name(timed.track.room, rooms) if timed.track.room else None,
                start=timed.start,
                end=timed.end,
                leaders=tuple(leading),
                members=tuple(everyone),
                timed=timed,
            )

    # -- two places at once ------------------------------------------------------------------

    def book(self, key: str, start: int, end: int, place: Worded, path: Path, name: str) -> None:
        self.bookings.setdefault(key, []).append((start, end, place, path, name))

    def _double(self, seat: Seat, title: str, path: Path, number: int) -> None:
        """A host named twice: host of two tables at once."""
        self.findings.append(
            finding(
                "person-double-booked",
                (*path, number),
                times=self.language,
                text="person-double-booked.host",
                hint="person-double-booked.hint",
                name=Title(seat.name),
                title=Title(title),
            )
        )

    def double_bookings(
        self, groups: tuple[GroupWork, ...], tracks: tuple[TrackSeats, ...]
    ) -> None:
        for bookings in self.bookings.values():
            ordered = sorted(bookings, key=lambda b: (b[0], b[1], b[3]))
            for index, (start, end, place, path, name) in enumerate(ordered):
                for other in ordered[:index]:
                    if other[0] < end and start < other[1] and other[3] != path:
                        self.findings.append(
                            finding(
                                "person-double-booked",
                                path,
                                times=self.language,
                                hint="person-double-booked.hint",
                                name=Title(name),
                                start=At(max(start, other[0])),
                                first=other[2],
                                second=place,
                            )
                        )
                        break


def _seat(participant: Participant) -> Seat:
    return Seat(fold(participant.name), participant.name, participant.columns)


@dataclasses.dataclass(frozen=True)
class _Settings:
    count: int | None
    size: int | None
    mix: tuple[str, ...]
    hosts: tuple[str, ...]
    apart: tuple[tuple[str, ...], ...]
    together: tuple[tuple[str, ...], ...]
    rounds: int


def _merged(tables: Tables | None, groups: Groups | None) -> _Settings:
    """The top-level ``tables`` with a group work's own ``groups`` over it."""
    base = tables or Tables()
    own = groups or Groups()
    count, size = base.count, base.size
    if own.count is not None or own.size is not None:
        count, size = own.count, own.size
    return _Settings(
        count=count,
        size=size,
        mix=own.mix if own.mix is not None else base.mix,
        hosts=own.hosts if own.hosts is not None else base.hosts,
        apart=own.apart if own.apart is not None else base.apart,
        together=own.together if own.together is not None else base.together,
        rounds=own.rounds or 1,
    )


def _where(
    groups: Groups | None, tables: Tables | None, timed: TimedBlock | TimedPart
) -> dict[str, Path]:
    """Where each key of the seating was given: the group work's own, else ``tables``;
    ``size`` is where the tables' size or count was given, else the method."""
    path = timed.path
    places: dict[str, Path] = {}
    for key in ("hosts", "apart", "together", "mix", "count", "size"):
        if groups is not None and getattr(groups, key) is not None:
            places[key] = (*path, "groups", key)
        elif tables is not None and getattr(tables, key) not in (None, ()):
            places[key] = ("tables", key)
        else:
            places[key] = (*path, "groups") if groups is not None else ("tables",)
    given = [places[key] for key in ("size", "count") if places[key][-1] == key]
    method = timed.part.method if isinstance(timed, TimedPart) else timed.block.method
    places["size"] = given[0] if given else (*path, "method") if method else path
    return places


def _table_count(people: int, settings: _Settings, group_size: tuple[int, int] | None) -> int:
    """The number of tables: ``count``, else as few of ``size`` (or the method's largest
    group) as hold everyone; never more tables than people (the rest would stand empty)."""
    if settings.count is not None:
        return max(1, min(settings.count, people))
    size = settings.size or (group_size[1] if group_size else DEFAULT_TABLE_SIZE)
    return max(1, -(-people // size))


def _group_work(
    block: TimedBlock,
    part: TimedPart | None,
    timed: TimedBlock | TimedPart,
    mix: tuple[str, ...],
    people: Mapping[str, Seat],
    hosts: list[Seat],
    problem: Problem,
    result: Result,
    compared: bool,
) -> GroupWork:
    host_keys = {host.key for host in hosts}
    rounds = []
    for seating in result.rounds:
        tables = []
        for number, keys in enumerate(seating):
            host = next((people[k].name for k in keys if k in host_keys), None)
            balance = {
                column: _tally(people[k].columns.get(column, "") for k in keys) for column in mix
            }
            tables.append(Table(number + 1, host, tuple(people[k].name for k in keys), balance))
        rounds.append(tuple(tables))
    uneven = []
    for column in mix:
        values = sorted({people[k].columns.get(column, "") for k in people})
        for value in values:
            spread = max(
                (
                    max(t.balance[column].get(value, 0) for t in r)
                    - min(t.balance[column].get(value, 0) for t in r)
                    for r in rounds
                ),
                default=0,
            )
            if spread > 1:
                uneven.append((column, value, spread))
    met: dict[tuple[str, str], int] = {}
    for seating in result.rounds:
        for keys in seating:
            for a in keys:
                for b in keys:
                    if a < b:
                        met[(a, b)] = met.get((a, b), 0) + 1
    together = _together_pairs(problem.together)
    repeated = tuple(
        (people[a].name, people[b].name)
        for (a, b), times in sorted(met.items())
        if times > 1 and (a, b) not in together
    )
    return GroupWork(
        block=block.block.title,
        part=part.part.title if part is not None else None,
        path=timed.path,
        start=timed.start,
        end=timed.end,
        timed=timed,
        mix=mix,
        rounds=tuple(rounds),
        uneven=tuple(uneven),
        repeated_pairs=repeated,
        moved=tuple(people[k].name for k in result.moved if k in people) if compared else None,
    )


def _together_pairs(together: tuple[tuple[str, ...], ...]) -> set[tuple[str, str]]:
    """Pairs kept together on purpose: their meeting again is no repeat."""
    return {(a, b) for group in together for a in group for b in group if a < b}


def _tally(values: Iterator[str]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    return dict(sorted(counts.items()))


def _span(low: int, high: int) -> str:
    return f"{low}–{high}" if low != high else str(low)


def _and(names: list[str]) -> PerLanguage:
    """ "«A», «B» og «C»": names in the language's quotes, the last joined by its "and"."""

    def listed(language: str) -> str:
        quoted = [i18n.quote(short_title(name), language) for name in names]
        if len(quoted) < 2:
            return "".join(quoted)
        return f"{', '.join(quoted[:-1])} {text('seating.and', language)} {quoted[-1]}"

    return PerLanguage(listed)


def _table_place(number: int, title: str) -> Worded:
    return Worded.of("seating.table", number=number, title=Title(title))


def _track_place(title: str) -> Worded:
    return Worded.of("seating.track", title=Title(title))


def _room_key(room: str | None, rooms: Mapping[str, object]) -> str | None:
    if room is None:
        return None
    if room in rooms:
        return room
    folded = fold(room)
    for key, value in rooms.items():
        if fold(key) == folded or fold(getattr(value, "name", None) or "") == folded:
            return key
    return folded


def _room_name(room: str | None, rooms: Mapping[str, object]) -> str:
    if room is None:
        return ""
    key = _room_key(room, rooms)
    found = rooms.get(key or "")
    name = getattr(found, "name", None)
    return str(name) if name else room


def _capacity(room: str | None, rooms: Mapping[str, object]) -> int | None:
    key = _room_key(room, rooms)
    found = rooms.get(key or "")
    capacity = getattr(found, "capacity", None)
    return int(capacity) if capacity is not None else None
