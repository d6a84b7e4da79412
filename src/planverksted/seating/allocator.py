"""The table allocator: people to tables, round by round, balanced, constrained and stable.

Pure and deterministic: it knows people only by their keys (folded names) and the values
of the columns to mix, and gives the same tables for the same problem on any machine (no
hash randomisation: every order is by key, every tie broken by a checksum of the key, so
that adding one person does not reshuffle the rest).

Each round is built greedily (the fixed people first, then the others, each where it costs
least) and then improved by local search: moving one person (or a ``together`` group) to
another table, or swapping two, while that lowers the cost, within a budget of evaluations
proportional to the size of the problem. The cost, most important first: table sizes and
``apart`` pairs (hard), then the balance of every mix column, then pairs who met in an
earlier round, then people moved from an earlier allocation (``previous``).
"""

from __future__ import annotations

import dataclasses
import heapq
import zlib
from collections.abc import Mapping, Sequence

W_HARD = 1_000_000
"""A table outside its size, or two people who must be apart at one table."""
W_BALANCE = 1_000
"""A mix value's count at a table one outside the even share."""
W_MEET = 30
"""Two people at one table who met in an earlier round (per earlier meeting)."""
W_STAY = 10
"""A person not at the table an earlier allocation gave them."""

EVALUATIONS_PER_SEAT = 50
"""The local search's budget: this many evaluations per person and table, each round."""
MAX_EVALUATIONS = 400_000
"""The most evaluations in a round, however large the council: a conference of thousands
is seated well enough in seconds, not perfectly in hours."""
GREEDY_CHOICES = 32
"""Past this many tables, the greedy start looks only at the emptiest ones."""


@dataclasses.dataclass(frozen=True)
class Problem:
    """Who is to be seated, at how many tables, for how many rounds, under what constraints."""

    people: tuple[str, ...]
    """Each person's key: unique (the folded name)."""
    values: tuple[tuple[str, ...], ...] = ()
    """Per person, the value of each column to mix (``""`` where the person has none)."""
    tables: int = 1
    rounds: int = 1
    capacity: tuple[int | None, ...] = ()
    """Per table, the most it holds (a room's capacity), or () for no limit."""
    fixed: Mapping[str, int] = dataclasses.field(default_factory=dict)
    """People who sit at one table in every round: hosts, a track's leader and members."""
    apart: tuple[tuple[str, ...], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    previous: tuple[Mapping[str, int], ...] = ()
    """Per round, each person's table in an earlier allocation: moved as few as possible."""


@dataclasses.dataclass(frozen=True)
class Conflict:
    """A constraint that cannot be kept, and why (``kind``), with the people it concerns."""

    kind: str
    """``together-fixed``, ``together-apart``, ``together-too-big``, ``apart-too-many``,
    ``apart-fixed`` (found before allocating: the constraint is left out) or ``apart-unmet``
    (the search found no seating that keeps it)."""
    people: tuple[str, ...]
    limit: int = 0
    """The number the constraint runs into: the largest table, the number of tables."""


@dataclasses.dataclass(frozen=True)
class Result:
    rounds: tuple[tuple[tuple[str, ...], ...], ...]
    """Round → table → the people at it: fixed people first, then by key."""
    conflicts: tuple[Conflict, ...]
    repeated_pairs: int
    """Pairs (not kept together on purpose) who share a table in more than one round."""
    moved: tuple[str, ...]
    """People of ``previous`` at another table in some round than it gave them."""

    def table_of(self, round_index: int) -> dict[str, int]:
        return {person: t for t, table in enumerate(self.rounds[round_index]) for person in table}


def checksum(key: str) -> int:
    """The seeded tie-break of a person: the same on every machine, unmoved by others."""
    return zlib.crc32(key.encode("utf-8"))


def size_ranges(
    people: int, tables: int, capacity: Sequence[int | None], fixed: Sequence[int]
) -> list[tuple[int, int]]:
    """Each table's smallest and largest size: as even as the capacities and the fixed
    people allow (``q`` or ``q + 1``, with ``q`` the highest level that still fits)."""
    caps = [
        people if not capacity or capacity[t] is None else int(capacity[t] or 0)
        for t in range(tables)
    ]
    floor = [min(fixed[t], people) for t in range(tables)]

    def level(q: int) -> list[int]:
        return [max(floor[t], min(q, caps[t])) for t in range(tables)]

    q = 0
    while q < people and sum(level(q + 1)) <= people:
        q += 1
    low, high = level(q), level(q + 1)
    if sum(low) >= people:
        # Everyone fits at the even level: no table takes one more.
        high = low
    return list(zip(low, high, strict=True))


def _outside(value: int, low: int, high: int) -> int:
    return low - value if value < low else value - high if value > high else 0


class _Round:
    """One round's seating and its cost, changed one move at a time."""

    def __init__(
        self,
        problem: _Prepared,
        met: list[dict[int, int]],
        previous: Mapping[int, int],
    ) -> None:
        self.p = problem
        self.previous = previous
        tables = problem.tables
        self.table = [-1] * len(problem.units)
        self.size = [0] * tables
        self.members: list[set[int]] = [set() for _ in range(tables)]
        self.counts = [{value: [0] * tables for value in share} for share in problem.shares]
        # What each person costs beside another: apart (hard) and every earlier meeting.
        self.beside: list[dict[int, int]] = []
        for person in range(len(problem.keys)):
            costs = {other: times * W_MEET for other, times in met[person].items()}
            for other in problem.apart[person]:
                costs[other] = costs.get(other, 0) + W_HARD
            self.beside.append(costs)
        # Per person and table: what the people seated there cost beside that person.
        self.load = [[0] * tables for _ in problem.keys]

    def company(self, unit: int, table: int) -> int:
        """What ``unit``'s people cost at ``table`` (others of the unit aside): those they
        must not sit with, those they met before, and not staying where they were."""
        cost = 0
        load = self.load
        for person in self.p.units[unit]:
            cost += load[person][table]
            if self.previous and self.previous.get(person, table) != table:
                cost += W_STAY
        return cost

    def pair(self, unit: int, other: int) -> int:
        """What the people of two units cost beside each other."""
        return sum(
            self.beside[a].get(b, 0) for a in self.p.units[unit] for b in self.p.units[other]
        )

    def counts_delta(self, table: int, leaving: int, coming: int) -> int:
        """The change in size and balance cost at ``table`` when unit ``leaving`` goes (-1
        for none) and unit ``coming`` comes (-1 for none)."""
        p = self.p
        units = p.units
        change = (len(units[coming]) if coming >= 0 else 0) - (
            len(units[leaving]) if leaving >= 0 else 0
        )
        low, high = p.ranges[table]
        before = self.size[table]
        delta = (_outside(before + change, low, high) - _outside(before, low, high)) * W_HARD
        for column, share in enumerate(p.shares):
            changes: dict[str, int] = {}
            if leaving >= 0:
                for person in units[leaving]:
                    value = p.values[person][column]
                    changes[value] = changes.get(value, 0) - 1
            if coming >= 0:
                for person in units[coming]:
                    value = p.values[person][column]
                    changes[value] = changes.get(value, 0) + 1
            counts = self.counts[column]
            for value, step in changes.items():
                if step:
                    now = counts[value][table]
                    lo, hi = share[value][table]
                    delta += (_outside(now + step, lo, hi) - _outside(now, lo, hi)) * W_BALANCE
        return delta

    def place_cost(self, unit: int, table: int) -> int:
        return self.company(unit, table) + self.counts_delta(table, -1, unit)

    def move_delta(self, unit: int, table: int) -> int:
        home = self.table[unit]
        return (
            self.place_cost(unit, table)
            - self.company(unit, home)
            + self.counts_delta(home, unit, -1)
        )

    def swap_delta(self, unit: int, other: int) -> int:
        home, there = self.table[unit], self.table[other]
        return (
            self.company(unit, there)
            - self.company(unit, home)
            + self.company(other, home)
            - self.company(other, there)
            - 2 * self.pair(unit, other)
            + self.counts_delta(home, unit, other)
            + self.counts_delta(there, other, unit)
        )

    def _apply(self, unit: int, table: int, sign: int) -> None:
        p = self.p
        load = self.load
        for person in p.units[unit]:
            if sign > 0:
                self.members[table].add(person)
            else:
                self.members[table].discard(person)
            for other, cost in self.beside[person].items():
                load[other][table] += sign * cost
            for column in range(len(p.shares)):
                self.counts[column][p.values[person][column]][table] += sign
        self.size[table] += sign * len(p.units[unit])

    def place(self, unit: int, table: int) -> None:
        if self.table[unit] >= 0:
            self._apply(unit, self.table[unit], -1)
        self._apply(unit, table, +1)
        self.table[unit] = table

    def total(self) -> int:
        """The whole round's cost, counted afresh (the search keeps only differences)."""
        p = self.p
        cost = 0
        for table in range(p.tables):
            low, high = p.ranges[table]
            cost += _outside(self.size[table], low, high) * W_HARD
            for column, share in enumerate(p.shares):
                for value, ranges in share.items():
                    lo, hi = ranges[table]
                    cost += _outside(self.counts[column][value][table], lo, hi) * W_BALANCE
        for unit in range(len(p.units)):
            # Each pair is counted from both sides; staying is counted once.
            cost += self.company(unit, self.table[unit])
        stay = sum(
            W_STAY
            for person, table in self.previous.items()
            if self.table[p.unit_of[person]] != table
        )
        return (cost + stay) // 2

    def spread_key(self, unit: int, table: int) -> int:
        """How many at ``table`` share the unit's values already: the greedy's tie-break."""
        return sum(
            self.counts[column][self.p.values[person][column]][table]
            for person in self.p.units[unit]
            for column in range(len(self.p.shares))
        )


@dataclasses.dataclass
class _Prepared:
    """The problem in indexes: people in key order, units of ``together`` people."""

    keys: list[str]
    index: dict[str, int]
    values: list[tuple[str, ...]]
    tables: int
    units: list[tuple[int, ...]]
    unit_of: list[int]
    fixed_unit: dict[int, int]
    apart: list[set[int]]
    ranges: list[tuple[int, int]]
    shares: list[dict[str, list[tuple[int, int]]]]
    """Per mix column, per value, per table: the range of counts that is an even share."""
    conflicts: list[Conflict]


def _prepare(problem: Problem) -> _Prepared:
    keys = sorted(problem.people)
    index = {key: number for number, key in enumerate(keys)}
    by_key = dict(zip(problem.people, problem.values or [()] * len(problem.people), strict=True))
    columns = len(problem.values[0]) if problem.values else 0
    values = [tuple(by_key[key]) if by_key[key] else ("",) * columns for key in keys]
    tables = max(1, problem.tables)
    conflicts: list[Conflict] = []
    fixed = {
        index[key]: table
        for key, table in sorted(problem.fixed.items())
        if key in index and 0 <= table < tables
    }
    apart: list[set[int]] = [set() for _ in keys]

    def known(group: Sequence[str]) -> list[int]:
        return sorted({index[key] for key in group if key in index})

    apart_pairs: set[tuple[int, int]] = set()
    for group in problem.apart:
        members = known(group)
        if len(members) > tables:
            conflicts.append(Conflict("apart-too-many", tuple(keys[m] for m in members), tables))
            continue
        clash = [
            (a, b)
            for a in members
            for b in members
            if a < b and a in fixed and fixed.get(b) == fixed[a]
        ]
        if clash:
            a, b = clash[0]
            conflicts.append(Conflict("apart-fixed", (keys[a], keys[b])))
            continue
        for a in members:
            for b in members:
                if a < b:
                    apart_pairs.add((a, b))
    # Units: union of the together groups that can be kept.
    parent = list(range(len(keys)))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    largest = max(high for _, high in _ranges(problem, tables, fixed, len(keys)))
    for group in problem.together:
        members = known(group)
        if len(members) < 2:
            continue
        trial = parent[:]
        for other in members[1:]:
            a, b = root(members[0]), root(other)
            if a != b:
                parent[max(a, b)] = min(a, b)
        unit = [m for m in range(len(keys)) if root(m) == root(members[0])]
        tables_fixed = sorted({fixed[m] for m in unit if m in fixed})
        clash = [(a, b) for (a, b) in sorted(apart_pairs) if a in unit and b in unit]
        problem_kind = ""
        people: tuple[str, ...] = ()
        limit = 0
        if len(tables_fixed) > 1:
            problem_kind = "together-fixed"
            people = tuple(keys[m] for m in unit if m in fixed)
        elif clash:
            problem_kind = "together-apart"
            people = (keys[clash[0][0]], keys[clash[0][1]])
        elif len(unit) > largest:
            problem_kind, limit = "together-too-big", largest
            people = tuple(keys[m] for m in members)
        if problem_kind:
            parent[:] = trial
            conflicts.append(Conflict(problem_kind, people, limit))
    for a, b in apart_pairs:
        apart[a].add(b)
        apart[b].add(a)
    groups: dict[int, list[int]] = {}
    for person in range(len(keys)):
        groups.setdefault(root(person), []).append(person)
    units = [tuple(people) for _, people in sorted(groups.items())]
    unit_of = [0] * len(keys)
    fixed_unit: dict[int, int] = {}
    for number, cluster in enumerate(units):
        for person in cluster:
            unit_of[person] = number
            if person in fixed and number not in fixed_unit:
                fixed_unit[number] = fixed[person]
    fixed_count = [0] * tables
    for number, table in fixed_unit.items():
        fixed_count[table] += len(units[number])
    ranges = size_ranges(len(keys), tables, problem.capacity, fixed_count)
    shares = []
    total = len(keys)
    proportional = bool(problem.capacity) and any(c is not None for c in problem.capacity)
    for column in range(columns):
        tally: dict[str, int] = {}
        for row in values:
            tally[row[column]] = tally.get(row[column], 0) + 1
        share: dict[str, list[tuple[int, int]]] = {}
        for value, count in sorted(tally.items()):
            if proportional:
                share[value] = [
                    (count * low // total, -(-count * high // total)) for low, high in ranges
                ]
            else:
                share[value] = [(count // tables, -(-count // tables))] * tables
        shares.append(share)
    return _Prepared(
        keys, index, values, tables, units, unit_of, fixed_unit, apart, ranges, shares, conflicts
    )


def _ranges(
    problem: Problem, tables: int, fixed: Mapping[int, int], people: int
) -> list[tuple[int, int]]:
    counts = [0] * tables
    for table in fixed.values():
        counts[table] += 1
    return size_ranges(people, tables, problem.capacity, counts)


def allocate(problem: Problem) -> Result:
    """Seat everyone, every round: the allocation, what could not be kept, and how well."""
    p = _prepare(problem)
    n = len(p.keys)
    met: list[dict[int, int]] = [{} for _ in range(n)]
    rounds: list[tuple[tuple[str, ...], ...]] = []
    unmet: set[tuple[int, int]] = set()
    budget = min(EVALUATIONS_PER_SEAT * max(1, n) * p.tables, MAX_EVALUATIONS)
    for number in range(max(1, problem.rounds)):
        earlier = problem.previous[number] if number < len(problem.previous) else {}
        previous = {
            p.index[key]: table
            for key, table in earlier.items()
            if key in p.index and 0 <= table < p.tables
        }
        state = _Round(p, met, previous)
        _construct(state, previous)
        _search(state, budget)
        for table in range(p.tables):
            seated = sorted(state.members[table])
            for a in seated:
                for b in seated:
                    if a < b:
                        if b in p.apart[a]:
                            unmet.add((a, b))
                        if p.unit_of[a] != p.unit_of[b]:
                            met[a][b] = met[a].get(b, 0) + 1
                            met[b][a] = met[b].get(a, 0) + 1
        rounds.append(
            tuple(
                tuple(
                    p.keys[person]
                    for person in sorted(
                        state.members[table],
                        key=lambda person: (p.unit_of[person] not in p.fixed_unit, person),
                    )
                )
                for table in range(p.tables)
            )
        )
    conflicts = list(p.conflicts)
    conflicts += [Conflict("apart-unmet", (p.keys[a], p.keys[b])) for a, b in sorted(unmet)]
    repeated = sum(1 for a in range(n) for b, times in met[a].items() if a < b and times > 1)
    moved = _moved(problem, rounds)
    return Result(tuple(rounds), tuple(conflicts), repeated, moved)


def _moved(problem: Problem, rounds: list[tuple[tuple[str, ...], ...]]) -> tuple[str, ...]:
    moved: set[str] = set()
    for number, earlier in enumerate(problem.previous[: len(rounds)]):
        now = {person: t for t, table in enumerate(rounds[number]) for person in table}
        moved.update(key for key, table in earlier.items() if key in now and now[key] != table)
    return tuple(sorted(moved))


def _construct(state: _Round, previous: Mapping[int, int]) -> None:
    """The greedy start: fixed units at their tables, then units where an earlier
    allocation had them, then the rest one by one where each costs least."""
    p = state.p
    for unit, table in sorted(p.fixed_unit.items()):
        state.place(unit, table)
    rest = [unit for unit in range(len(p.units)) if unit not in p.fixed_unit]
    if previous:
        kept = []
        for unit in rest:
            tables = {previous.get(person, -1) for person in p.units[unit]}
            if len(tables) == 1 and -1 not in tables:
                (table,) = tables
                if state.size[table] + len(p.units[unit]) <= p.ranges[table][1]:
                    state.place(unit, table)
                    continue
            kept.append(unit)
        rest = kept
    tally: dict[tuple[str, ...], int] = {}
    for unit in rest:
        for person in p.units[unit]:
            tally[p.values[person]] = tally.get(p.values[person], 0) + 1
    # Largest units first, then the rarest kinds of person (they have the fewest good
    # places), then by the seeded checksum of the first member's key.
    rest.sort(
        key=lambda unit: (
            -len(p.units[unit]),
            tally[p.values[p.units[unit][0]]],
            p.values[p.units[unit][0]],
            checksum(p.keys[p.units[unit][0]]),
            unit,
        )
    )
    for unit in rest:
        size = len(p.units[unit])
        fits = [t for t in range(p.tables) if state.size[t] + size <= p.ranges[t][1]]
        choices = fits or list(range(p.tables))
        if len(choices) > GREEDY_CHOICES:
            choices = heapq.nsmallest(GREEDY_CHOICES, choices, key=lambda t: (state.size[t], t))
        best = min(
            choices,
            key=lambda t: (state.place_cost(unit, t), state.spread_key(unit, t), state.size[t], t),
        )
        state.place(unit, best)


class _Random:
    """A small seeded generator (64-bit LCG), the same on every machine and Python."""

    def __init__(self, seed: int) -> None:
        self.state = seed & 0xFFFFFFFFFFFFFFFF

    def below(self, limit: int) -> int:
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & (2**64 - 1)
        return (self.state >> 33) % limit


SEED = 0x5EA7
"""The seed of the search's perturbations: fixed, so every machine seats the same."""


def _search(state: _Round, budget: int) -> None:
    """Local search; then, while people still meet again (or are moved from where an earlier
    allocation sat them) and budget is left, annealing: seeded swaps, a worse one taken
    now and then (less often as the search cools, never one that breaks the balance), then
    local search from the best seating found."""
    p = state.p
    spent = _improve(state, budget // 4)
    current = state.total()
    if current % W_BALANCE == 0:
        return
    best, best_table = current, state.table[:]
    movable = [unit for unit in range(len(p.units)) if unit not in p.fixed_unit]
    if len(movable) < 2:
        return
    random = _Random(SEED)
    steps = max(0, budget - spent - budget // 4)
    hot = 2 * W_MEET
    for step in range(steps):
        unit = movable[random.below(len(movable))]
        other = movable[random.below(len(movable))]
        if state.table[other] == state.table[unit] or len(p.units[other]) != len(p.units[unit]):
            continue
        delta = state.swap_delta(unit, other)
        # Linear acceptance on integers: the same on every machine, unlike exp().
        temperature = 1 + hot * (steps - step) // steps
        if delta <= 0 or (delta < temperature and random.below(temperature) > delta):
            home = state.table[unit]
            state.place(unit, state.table[other])
            state.place(other, home)
            current += delta
            if current < best:
                best, best_table = current, state.table[:]
                if best % W_BALANCE == 0:
                    break
    for unit, table in enumerate(best_table):
        if state.table[unit] != table:
            state.place(unit, table)
    _improve(state, budget // 4)


def _improve(state: _Round, budget: int, focus: Sequence[int] | None = None) -> int:
    """Local search: moves and swaps that lower the cost, until none does or the budget
    of evaluations is spent; the evaluations spent. With ``focus``, only those units are
    tried (with any partner)."""
    p = state.p
    movable = [unit for unit in range(len(p.units)) if unit not in p.fixed_unit]
    tried = sorted(set(focus)) if focus is not None else movable
    evaluations = 0
    improved = True
    while improved and evaluations < budget:
        improved = False
        for unit in tried:
            for table in range(p.tables):
                if table == state.table[unit]:
                    continue
                evaluations += 1
                if state.move_delta(unit, table) < 0:
                    state.place(unit, table)
                    improved = True
            for other in movable:
                if (other <= unit and focus is None) or other == unit:
                    continue
                if state.table[other] == state.table[unit]:
                    continue
                if len(p.units[other]) != len(p.units[unit]):
                    continue
                evaluations += 1
                if state.swap_delta(unit, other) < 0:
                    home = state.table[unit]
                    state.place(unit, state.table[other])
                    state.place(other, home)
                    improved = True
            if evaluations >= budget:
                break
    return evaluations
