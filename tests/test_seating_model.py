"""The format's people in the room: participants, rooms, tables, groups and parallel tracks."""

from __future__ import annotations

import pytest

from conftest import HEADER, analyse, found
from planverksted.timing.schedule import parallel_length, resolve_times
from planverksted.workshop.builtin_methods import builtin_method

PEOPLE = """people:
  kd: {name: Kommunedirektøren}
participants:
  - {name: Kari Nordmann, parti: Ap, rolle: politikar}
  - Ola Hansen
  - {navn: Siri Dahl, role: administrasjon}
rooms:
  salen: {name: Kommunestyresalen, capacity: 40}
  rom1: Grupperom 1
tables: {count: 2, mix: [party], apart: [Kari Nordmann, Ola Hansen]}
"""

PARALLEL = """agenda:
  - title: Parallelle verkstader
    start: "14.30"
    walk: 5 min
    parallel:
      - {title: Helse og omsorg, room: rom1, who: kd, duration: 40}
      - {title: Oppvekst, room: salen, duration: 45}
    split: {mix: [party]}
  - {title: Oppsummering, duration: 10}
"""


def test_people_rooms_tables_and_tracks_are_read() -> None:
    analysis = analyse(HEADER + PEOPLE + PARALLEL)
    assert analysis.errors == ()
    workshop = analysis.workshop
    assert workshop is not None
    assert workshop.participants is not None and not isinstance(workshop.participants, str)
    kari, ola, siri = workshop.participants
    assert (kari.name, kari.columns) == ("Kari Nordmann", {"party": "Ap", "role": "politikar"})
    assert (ola.name, ola.columns) == ("Ola Hansen", {})
    assert (siri.name, siri.columns) == ("Siri Dahl", {"role": "administrasjon"})
    assert workshop.rooms["rom1"].label("rom1") == "Grupperom 1"
    assert workshop.rooms["salen"].capacity == 40
    assert workshop.tables is not None
    assert workshop.tables.apart == (("Kari Nordmann", "Ola Hansen"),)
    assert workshop.tables.mix == ("party",)


def test_a_parallel_block_lasts_walk_and_the_longest_track() -> None:
    analysis = analyse(HEADER + PARALLEL)
    assert analysis.schedule is not None
    block, summary = analysis.schedule.blocks()
    assert (block.start, block.end) == (14 * 60 + 30, 15 * 60 + 20)
    assert parallel_length(block.block) == 50
    assert [(t.title, t.start, t.end) for t in block.tracks] == [
        ("Helse og omsorg", 14 * 60 + 35, 15 * 60 + 15),
        ("Oppvekst", 14 * 60 + 35, 15 * 60 + 20),
    ]
    assert summary.start == 15 * 60 + 20


def test_a_parallel_block_with_its_own_end_keeps_it() -> None:
    text = HEADER + PARALLEL.replace('start: "14.30"', 'time: "14.30-16.00"')
    analysis = analyse(text)
    assert analysis.schedule is not None
    assert analysis.schedule.blocks()[0].end == 16 * 60


def test_participants_may_name_a_file() -> None:
    analysis = analyse(HEADER + "participants: kommunestyret.csv\n" + PARALLEL)
    assert analysis.workshop is not None
    assert analysis.workshop.participants == "kommunestyret.csv"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HEADER + "tables: {count: 5, size: 6}\n" + PARALLEL,
            [
                (
                    "bad-value",
                    3,
                    9,
                    "both 'count' and 'size' are given ('tables')",
                )
            ],
            id="count-and-size",
        ),
        pytest.param(
            HEADER + "tables: {count: fem}\n" + PARALLEL,
            [("bad-value", 3, 17, "'fem' is not a whole number from 1 ('count' of 'tables')")],
            id="count-not-a-number",
        ),
        pytest.param(
            HEADER + "tables: {size: 0}\n" + PARALLEL,
            [("bad-value", 3, 16, "'0' is not a whole number from 1 ('size' of 'tables')")],
            id="size-zero",
        ),
        pytest.param(
            HEADER
            + "tables: {count: 2}\nagenda:\n  - {title: A, duration: 5, groups: {rounds: 50}}\n",
            [
                (
                    "bad-value",
                    5,
                    46,
                    "'50' rounds are more than 20, the most a group work has "
                    "('rounds' of 'groups' of block 1 \"A\")",
                )
            ],
            id="rounds-past-the-cap",
        ),
        pytest.param(
            HEADER + "participants: {name: Kari}\n" + PARALLEL,
            [
                (
                    "wrong-type",
                    3,
                    15,
                    "expected a list of participants or the name of a CSV or XLSX file, "
                    "found keys (a mapping) ('participants')",
                )
            ],
            id="participants-mapping",
        ),
        pytest.param(
            HEADER + "tables: {apart: [[A, B], C]}\n" + PARALLEL,
            [
                (
                    "wrong-type",
                    3,
                    17,
                    "group 2 should be a list of names, found the text 'C' ('apart' of 'tables')",
                )
            ],
            id="apart-not-groups",
        ),
        pytest.param(
            HEADER
            + "agenda:\n  - title: A\n    parts: [{title: B, duration: 5}]\n"
            + "    parallel: [{title: C, duration: 5}]\n",
            [("bad-value", 4, 5, "the block has both 'parts' and 'parallel' (block 1 \"A\")")],
            id="parts-and-parallel",
        ),
        pytest.param(
            HEADER + "methods:\n  m:\n    steps: [{title: A, duration: 5}]\n"
            "    group_size: 5-4\n" + PARALLEL,
            [("bad-value", 6, 17, "'5-4' is not a group size ('group_size' of method 'm')")],
            id="group-size-backwards",
        ),
    ],
)
def test_faults_in_the_new_keys(text: str, expected: list[tuple[str, int, int, str]]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("key", "size"),
    [
        ("igp", (4, 6)),
        ("1-2-4-all", (4, 4)),
        ("kafedialog", (4, 5)),
        ("troika", (3, 3)),
        ("triz", (4, 7)),
    ],
)
def test_built_in_methods_have_a_group_size_from_their_sources(
    key: str, size: tuple[int, int]
) -> None:
    assert builtin_method(key).group_size == size


def test_a_file_without_the_new_keys_times_as_before() -> None:
    analysis = analyse(HEADER + "agenda:\n  - {title: A, time: 13.00-13.10}\n")
    assert analysis.workshop is not None
    schedule, findings = resolve_times(analysis.workshop)
    assert findings == []
    assert schedule.blocks()[0].tracks == ()
    assert analysis.workshop.participants is None and analysis.workshop.tables is None
