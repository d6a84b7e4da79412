"""The table allocator's guarantees, as properties of generated councils.

Sizes differ by at most one; each mix value's count differs by at most one between tables
(one column); hosts sit at different tables and stay; apart and together are kept; with
rounds, no two people meet twice where the tables allow it; the same problem gives the
same tables, in any order it is written; adding or removing one person moves few others.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planverksted.seating.allocator import Problem, Result, allocate, size_ranges

PARTIES = ("Ap", "H", "Sp", "FrP", "SV", "KrF", "V", "")

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def councils(draw: st.DrawFn, *, hosts: bool = True, mix: bool = True) -> Problem:
    people = draw(st.integers(min_value=2, max_value=40))
    keys = tuple(f"person {number:02d}" for number in range(people))
    tables = draw(st.integers(min_value=1, max_value=max(1, min(8, people))))
    values = tuple((draw(st.sampled_from(PARTIES)),) if mix else () for _ in keys)
    host_count = draw(st.integers(min_value=0, max_value=tables)) if hosts else 0
    fixed = {keys[number]: number for number in range(host_count)}
    rounds = draw(st.integers(min_value=1, max_value=3))
    return Problem(keys, values, tables=tables, rounds=rounds, fixed=fixed)


def _sizes(result: Result) -> list[list[int]]:
    return [[len(table) for table in seating] for seating in result.rounds]


def _everyone_once(problem: Problem, result: Result) -> None:
    for seating in result.rounds:
        seated = [person for table in seating for person in table]
        assert sorted(seated) == sorted(problem.people)


@SETTINGS
@given(councils())
def test_everyone_is_seated_once_a_round_and_table_sizes_differ_by_at_most_one(
    problem: Problem,
) -> None:
    result = allocate(problem)
    _everyone_once(problem, result)
    for sizes in _sizes(result):
        assert len(sizes) == problem.tables
        assert max(sizes) - min(sizes) <= 1


@SETTINGS
@given(councils())
def test_each_party_is_spread_evenly_over_the_tables(problem: Problem) -> None:
    result = allocate(problem)
    party = {key: values[0] for key, values in zip(problem.people, problem.values, strict=True)}
    for seating in result.rounds:
        for value in set(party.values()):
            counts = [sum(1 for person in table if party[person] == value) for table in seating]
            assert max(counts) - min(counts) <= 1, (value, counts)


@SETTINGS
@given(councils())
def test_hosts_sit_at_their_own_table_first_in_every_round(problem: Problem) -> None:
    result = allocate(problem)
    for seating in result.rounds:
        for host, table in problem.fixed.items():
            assert seating[table][0] == host


@st.composite
def constrained(draw: st.DrawFn) -> Problem:
    base = draw(councils(mix=False))
    people = list(base.people)
    apart = draw(
        st.lists(st.lists(st.sampled_from(people), min_size=2, max_size=2, unique=True), max_size=3)
    )
    together = draw(
        st.lists(st.lists(st.sampled_from(people), min_size=2, max_size=2, unique=True), max_size=2)
    )
    return Problem(
        base.people,
        base.values,
        tables=max(2, base.tables),
        rounds=base.rounds,
        apart=tuple(tuple(group) for group in apart),
        together=tuple(tuple(group) for group in together),
    )


@SETTINGS
@given(constrained())
def test_apart_and_together_are_kept_or_said_to_be_impossible(problem: Problem) -> None:
    result = allocate(problem)
    said = {frozenset(conflict.people) for conflict in result.conflicts}
    kinds = {conflict.kind for conflict in result.conflicts}
    for seating in result.rounds:
        table_of = {person: number for number, table in enumerate(seating) for person in table}
        for a, b in problem.apart:
            if table_of[a] == table_of[b]:
                assert kinds & {"apart-unmet", "together-apart"}, (a, b)
        for a, b in problem.together:
            if table_of[a] != table_of[b]:
                assert said, (a, b)


def test_a_together_pair_that_is_also_apart_is_named() -> None:
    problem = Problem(("a", "b", "c", "d"), tables=2, apart=(("a", "b"),), together=(("a", "b"),))
    result = allocate(problem)
    assert [(c.kind, c.people) for c in result.conflicts] == [("together-apart", ("a", "b"))]
    table_of = result.table_of(0)
    assert table_of["a"] != table_of["b"]


def test_more_people_apart_than_tables_is_named_with_the_number_of_tables() -> None:
    problem = Problem(tuple("abcdef"), tables=2, apart=(("a", "b", "c"),))
    result = allocate(problem)
    assert [(c.kind, c.people, c.limit) for c in result.conflicts] == [
        ("apart-too-many", ("a", "b", "c"), 2)
    ]


def test_two_hosts_together_is_named() -> None:
    problem = Problem(tuple("abcdef"), tables=2, fixed={"a": 0, "b": 1}, together=(("a", "b"),))
    result = allocate(problem)
    assert [(c.kind, c.people) for c in result.conflicts] == [("together-fixed", ("a", "b"))]


def test_a_together_group_larger_than_a_table_is_named_with_the_largest_table() -> None:
    problem = Problem(tuple("abcdefgh"), tables=4, together=(("a", "b", "c"),))
    result = allocate(problem)
    assert [(c.kind, c.people, c.limit) for c in result.conflicts] == [
        ("together-too-big", ("a", "b", "c"), 2)
    ]


@st.composite
def rotations(draw: st.DrawFn) -> Problem:
    """Councils where no one need meet anyone twice: tables at most as large as their number
    (so each round can take one from each table of the round before), two rounds."""
    tables = draw(st.integers(min_value=3, max_value=6))
    people = draw(st.integers(min_value=tables, max_value=tables * (tables - 1)))
    keys = tuple(f"p{number:02d}" for number in range(people))
    host_count = draw(st.integers(min_value=0, max_value=tables))
    return Problem(keys, tables=tables, rounds=2, fixed={keys[n]: n for n in range(host_count)})


@SETTINGS
@given(rotations())
def test_no_two_people_meet_twice_where_the_tables_allow_it(problem: Problem) -> None:
    result = allocate(problem)
    met: Counter[tuple[str, str]] = Counter()
    for seating in result.rounds:
        for table in seating:
            met.update(itertools.combinations(sorted(table), 2))
    assert result.repeated_pairs == sum(1 for times in met.values() if times > 1)
    assert result.repeated_pairs == 0


@SETTINGS
@given(councils())
def test_the_same_problem_gives_the_same_tables_in_any_order(problem: Problem) -> None:
    first = allocate(problem)
    order = list(range(len(problem.people)))
    order.reverse()
    turned = Problem(
        tuple(problem.people[n] for n in order),
        tuple(problem.values[n] for n in order),
        tables=problem.tables,
        rounds=problem.rounds,
        fixed=dict(reversed(list(problem.fixed.items()))),
    )
    assert allocate(turned) == first
    assert allocate(problem) == first


def _with_previous(problem: Problem, result: Result, people: tuple[str, ...]) -> Problem:
    kept = set(people)
    values = dict(zip(problem.people, problem.values, strict=True))
    return Problem(
        people,
        tuple(
            values.get(key, ("Ap",) if problem.values and problem.values[0] else ())
            for key in people
        ),
        tables=problem.tables,
        rounds=problem.rounds,
        fixed={k: t for k, t in problem.fixed.items() if k in kept},
        previous=tuple(
            {key: table for key, table in result.table_of(n).items() if key in kept}
            for n in range(len(result.rounds))
        ),
    )


@SETTINGS
@given(councils(mix=False), st.booleans())
def test_one_more_or_one_fewer_moves_at_most_one_other(problem: Problem, add: bool) -> None:
    # One round: with more, new faces at each table come before staying put.
    problem = dataclasses.replace(problem, rounds=1)
    before = allocate(problem)
    if add:
        people = (*problem.people, "zz newcomer")
    else:
        movable = [key for key in problem.people if key not in problem.fixed]
        if len(problem.people) < 3 or not movable:
            return
        people = tuple(key for key in problem.people if key != movable[len(movable) // 2])
    after = allocate(_with_previous(problem, before, people))
    _everyone_once(_with_previous(problem, before, people), after)
    assert len(after.moved) <= 1
    for sizes in _sizes(after):
        assert max(sizes) - min(sizes) <= 1


@SETTINGS
@given(councils(hosts=False), st.booleans())
def test_one_more_or_one_fewer_keeps_the_balance(problem: Problem, add: bool) -> None:
    before = allocate(problem)
    people = (*problem.people, "zz newcomer") if add else problem.people[1:]
    changed = _with_previous(problem, before, people)
    after = allocate(changed)
    party = dict(zip(changed.people, changed.values, strict=True))
    for seating in after.rounds:
        for value in {values[0] for values in changed.values}:
            counts = [sum(1 for person in table if party[person][0] == value) for table in seating]
            assert max(counts) - min(counts) <= 1


def test_an_unchanged_council_moves_no_one() -> None:
    keys = tuple(f"p{n:02d}" for n in range(35))
    values = tuple((PARTIES[n % 7],) for n in range(35))
    problem = Problem(keys, values, tables=6, rounds=3, fixed={"p00": 0, "p01": 1})
    before = allocate(problem)
    again = allocate(_with_previous(problem, before, keys))
    assert again.moved == ()
    assert again.rounds == before.rounds


def test_size_ranges_fill_rooms_evenly_within_their_capacity() -> None:
    assert size_ranges(35, 6, (), [0] * 6) == [(5, 6)] * 6
    assert size_ranges(30, 3, (5, None, None), [0, 0, 0]) == [(5, 5), (12, 13), (12, 13)]
    assert size_ranges(10, 2, (), [7, 0]) == [(7, 7), (3, 3)]
    assert size_ranges(12, 2, (), [7, 0]) == [(7, 7), (5, 5)]
