"""What runs at a moment of the day, given the offset: timing/running.py against the seed."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import EXAMPLES, analyse
from planverksted.analysis import analyse_file
from planverksted.runsheet.live import running_days
from planverksted.timing import running


def hms(text: str) -> int:
    parts = [int(p) for p in text.replace(".", ":").split(":")]
    hours, minutes, seconds = ([*parts, 0])[:3]
    return hours * 3600 + minutes * 60 + seconds


SEED = running_days(analyse_file(str(EXAMPLES / "kommunestyre-tett-pa.yaml")))[0]


def describe(day: running.Day, t: int) -> tuple[str, str | None, str | None, str | None, str]:
    moment = running.state_at(day, t)
    block = day.blocks[moment.block] if moment.block is not None else None
    part = block.parts[moment.part] if block and moment.part is not None else None
    container = part or block
    step = container.steps[moment.step] if container and moment.step is not None else None
    remaining = moment.remaining(t)
    return (
        moment.phase,
        block.title if block else None,
        part.title if part else None,
        step.title if step else None,
        running.format_countdown(remaining) if remaining is not None else "",
    )


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        ("12:59:30", ("before", None, None, None, "0:30")),
        (
            "13:00",
            ("running", "Innledning ved ordfører – ønska resultat for dagen", None, None, "10:00"),
        ),
        (
            "13:09:59",
            ("running", "Innledning ved ordfører – ønska resultat for dagen", None, None, "0:01"),
        ),
        ("13:17", ("gap", None, None, None, "3:00")),
        ("13:55:28", ("running", "Kunnskapsgrunnlag", "Gruppearbeid", "Reflekter", "1:32")),
        ("13:57", ("running", "Kunnskapsgrunnlag", "Gruppearbeid", "Dele rundt bordet", "12:00")),
        # The IGP's last step (5 min) runs as the run-sheet shows it, 14.09-14.14, past the
        # end of its 15-minute part (14.10); Plenum, planned from 14.10, gets what is left.
        (
            "14:09:30",
            (
                "running",
                "Kunnskapsgrunnlag",
                "Gruppearbeid",
                "Drøfting: er det fellesnevnere?",
                "4:30",
            ),
        ),
        (
            "14:13:59",
            (
                "running",
                "Kunnskapsgrunnlag",
                "Gruppearbeid",
                "Drøfting: er det fellesnevnere?",
                "0:01",
            ),
        ),
        ("14:14", ("running", "Kunnskapsgrunnlag", "Plenum", None, "1:00")),
        ("14:20", ("running", "Pause", None, None, "10:00")),
        # The 50-minute group work outlasts its 19-minute method: the part itself counts down.
        (
            "15:05",
            (
                "running",
                "Planstrategi og kommuneplanens samfunnsdel",
                "Gruppearbeid",
                None,
                "30:00",
            ),
        ),
        ("16:00", ("after", None, None, None, "")),
    ],
)
def test_state_at_the_seed(now: str, expected: tuple[str, ...]) -> None:
    assert describe(SEED, hms(now)) == expected


@pytest.mark.parametrize(
    ("now", "next_at", "previous_at"),
    [
        ("12:00", "13:00", None),
        ("13:00", "13:10", "13:00"),
        ("13:12", "13:20", "13:00"),  # the gap at 13.15 is skipped
        ("13:17", "13:20", "13:10"),  # in the gap: back to the block before it
        ("13:57", "14:09", "13:55"),
        ("13:56", "13:57", "13:50"),
        # The IGP runs on to 14.14: Plenum's planned 14.10 is no boundary.
        ("14:09", "14:14", "13:57"),
        ("14:12", "14:14", "13:57"),
        ("14:14", "14:15", "14:09"),
        ("15:58", "16:00", "15:35"),  # back to the unit before this one
        ("16:30", None, "15:55"),
    ],
)
def test_next_and_previous(now: str, next_at: str | None, previous_at: str | None) -> None:
    t = hms(now)
    assert running.next_start(SEED, t) == (hms(next_at) if next_at else None)
    assert running.previous_start(SEED, t) == (hms(previous_at) if previous_at else None)


def test_offset_pause_and_resume() -> None:
    clock = hms("14:00")
    assert running.plan_time(clock, running.State(6 * 60)) == hms("13:54")
    offset = running.offset_to(hms("14:09"), clock, None)
    assert offset == -9 * 60
    # Paused at 14.00, resumed at 14.03: three more minutes behind.
    assert running.plan_time(hms("14:03"), running.State(0, hms("14:00"))) == hms("14:00")
    assert running.resume(0, hms("14:03"), hms("14:00")) == 180
    paused = running.press(SEED, running.State(), hms("14:00"), "pause")
    assert paused == running.State(0, hms("14:00"))
    assert running.press(SEED, paused, hms("14:03"), "pause") == running.State(180)


def test_running_late_pushes_the_break_and_the_end() -> None:
    late = running.collisions(SEED, hms("13:57"), 6 * 60)
    assert [(c.what, c.planned, c.expected) for c in late] == [
        ("break", hms("14:15"), hms("14:21")),
        ("end", hms("16:00"), hms("16:06")),
    ]
    assert running.collisions(SEED, hms("13:57"), 20) == []  # under half a minute: on time
    assert running.collisions(SEED, hms("13:57"), -300) == []
    # Past the break, only the end is left to push.
    assert [c.what for c in running.collisions(SEED, hms("14:20"), 120)] == ["end"]
    assert running.expected_end(SEED, 360) == hms("16:06")


def test_room_leaves_out_what_is_for_the_facilitator() -> None:
    analysis = analyse(
        """
        planverksted: 1
        title: T
        agenda:
          - {time: 13.00-13.10, title: Velkommen}
          - {time: 13.10-13.20, title: Rigging, facilitator_only: true}
          - time: 13.20-13.40
            title: Arbeid
            parts:
              - {title: Forklaring, duration: 5, facilitator_only: true}
              - {title: Grupper, duration: 15}
        """
    )
    day = running_days(analysis)[0]
    room = running.for_room(day)
    assert [b.title for b in room.blocks] == ["Velkommen", "Arbeid"]
    assert running.state_at(room, hms("13:15")).phase == "gap"
    moment = running.state_at(room, hms("13:22"))
    # The block alone until its first part the room sees begins (not to the block's end).
    assert (moment.block, moment.part, moment.unit_end) == (1, None, hms("13:25"))
    assert running.state_at(day, hms("13:22")).part == 0


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        (None, (0, None)),
        (dt.date(2024, 4, 15), (0, "before")),
        (dt.date(2024, 4, 16), (0, None)),
        (dt.date(2024, 4, 17), (1, None)),
        (dt.date(2024, 4, 18), (1, "after")),
    ],
)
def test_pick_day(date: dt.date | None, expected: tuple[int, str | None]) -> None:
    days = running_days(analyse_file(str(EXAMPLES / "tett-pa-samling-to-dagar.yaml")))
    assert running.pick_day(days, date) == expected


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (0.2, "0:01"), (91.2, "1:32"), (720, "12:00"), (3600, "1:00:00"), (-5, "0:00")],
)
def test_format_countdown(seconds: float, text: str) -> None:
    assert running.format_countdown(seconds) == text


@pytest.mark.parametrize(("seconds", "minutes"), [(29, 0), (30, 1), (-30, -1), (-29, 0), (390, 7)])
def test_whole_minutes(seconds: float, minutes: int) -> None:
    assert running.whole_minutes(seconds) == minutes
