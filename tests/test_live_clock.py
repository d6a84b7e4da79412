"""The clock means what it says (#19): +1 min, −1 min and a method longer than its part.

Held over every day of the examples, the starters and a workshop whose methods overrun,
at every boundary of the day and the seconds around it, from several states of the room.
The page's JavaScript is held to the same answers in test_live_browser.py.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from conftest import EXAMPLES, analyse
from live_samples import OVERRUN, SECRETS
from planverksted.analysis import analyse_file, analyse_text
from planverksted.runsheet.live import live_data, running_days
from planverksted.runsheet.live_terminal import Timekeeper
from planverksted.timing import running
from planverksted.workshop.scaffold import list_starters

MINUTE = 60


def hms(text: str) -> int:
    hours, minutes, *seconds = (int(p) for p in text.replace(".", ":").split(":"))
    return hours * 3600 + minutes * 60 + (seconds[0] if seconds else 0)


def _days() -> Iterator[tuple[str, running.Day]]:
    analyses = [(path.stem, analyse_file(str(path))) for path in sorted(EXAMPLES.glob("*.yaml"))]
    analyses += [(s.name, analyse_text(s.text, f"{s.name}.yaml")) for s in list_starters()]
    analyses += [("secrets", analyse(SECRETS)), ("overrun", analyse(OVERRUN))]
    for name, analysis in analyses:
        for index, day in enumerate(running_days(analysis)):
            yield f"{name}/{index + 1}", day
            yield f"{name}/{index + 1}/room", running.for_room(day)


DAYS = dict(_days())


def moments(day: running.Day) -> list[float]:
    """Every boundary and the seconds around it, and a walk through the day."""
    points = {b + d for b in running.boundaries(day) for d in (-61, -60, -30, -1, 0, 1, 30, 59)}
    points |= set(range((day.start - 3) * MINUTE, (day.end + 3) * MINUTE, 113))
    return sorted(points)


def states(clock: float) -> list[running.State]:
    """On time, late, early, holding a minute from +1 min, and with the clock stopped."""
    return [
        running.State(),
        running.State(150),
        running.State(-200),
        running.State(120, None, clock - 75),
        running.State(30, clock - 200),
    ]


def unit(day: running.Day, t: float) -> tuple[str, int | None, int | None, int | None]:
    moment = running.state_at(day, t)
    return (moment.phase, moment.block, moment.part, moment.step)


def left(day: running.Day, clock: float, state: running.State) -> float | None:
    moment = running.state_at(day, running.plan_time(clock, state))
    return moment.remaining(running.running_time(clock, state))


@pytest.mark.parametrize("name", sorted(DAYS))
def test_plus_gives_what_runs_now_one_more_minute_and_never_moves_back(name: str) -> None:
    day = DAYS[name]
    for clock in moments(day):
        for state in states(clock):
            before = running.plan_time(clock, state)
            after = running.press(day, state, clock, "plus")
            where = (name, clock, state)
            assert after.offset == state.offset + MINUTE, where
            if running.state_at(day, before).phase == "after":
                continue
            assert running.plan_time(clock, after) == before, where
            assert unit(day, running.plan_time(clock, after)) == unit(day, before), where
            was, now = left(day, clock, state), left(day, clock, after)
            assert was is not None and now == was + MINUTE, where


@pytest.mark.parametrize("name", sorted(DAYS))
def test_minus_takes_at_most_a_minute_and_at_most_what_is_left(name: str) -> None:
    day = DAYS[name]
    for clock in moments(day):
        for state in states(clock):
            t = running.plan_time(clock, state)
            moment = running.state_at(day, t)
            after = running.press(day, state, clock, "minus")
            moved = running.running_time(clock, after) - running.running_time(clock, state)
            where = (name, clock, state)
            if moment.unit_end is None:  # after the end: nothing runs to take it from
                assert moved == MINUTE, where
                continue
            was = moment.unit_end - running.running_time(clock, state)
            assert moved == min(MINUTE, was), where
            t_after = running.plan_time(clock, after)
            assert t <= t_after <= moment.unit_end, where
            if was > MINUTE:
                assert unit(day, t_after) == unit(day, t), where
                assert left(day, clock, after) == was - MINUTE, where
            else:  # what runs now ends now: the next unit starts with all of its time
                assert t_after == moment.unit_end, where


@pytest.mark.parametrize("name", sorted(DAYS))
def test_plus_then_minus_is_where_it_was(name: str) -> None:
    day = DAYS[name]
    for clock in moments(day):
        for state in states(clock):
            if running.state_at(day, running.plan_time(clock, state)).phase == "after":
                continue  # after the end, +1 min gives the last unit its last minute back
            back = running.press(day, running.press(day, state, clock, "plus"), clock, "minus")
            assert running.plan_time(clock, back) == running.plan_time(clock, state)
            assert running.running_time(clock, back) == running.running_time(clock, state)


@pytest.mark.parametrize("name", sorted(DAYS))
def test_next_shown_never_names_what_runs_now(name: str) -> None:
    """The room's "next" line: never the part or block that is on the screen already."""
    day = DAYS[name]
    for t in moments(day):
        shown = running.next_shown(day, t)
        if shown is None:
            continue
        now, then = running.state_at(day, t), running.state_at(day, shown)
        assert then.step is not None or (then.block, then.part) != (now.block, now.part)
        assert shown in running.boundaries(day)


@pytest.mark.parametrize("name", sorted(DAYS))
def test_every_boundary_changes_what_runs(name: str) -> None:
    """The "next" key always moves the screen on; no planned start is passed silently."""
    day = DAYS[name]
    for b in running.boundaries(day):
        assert unit(day, b) != unit(day, b - 1)
        assert running.state_at(day, b).phase != "gap"
    for t in moments(day):
        target = running.next_start(day, t)
        if target is not None:
            assert unit(day, target) != unit(day, t) or running.state_at(day, t).phase == "gap"


def test_a_method_past_its_part_runs_at_the_run_sheets_times() -> None:
    day = DAYS["kommunestyre-tett-pa/1"]
    igp = day.blocks[3].parts[2]
    assert (igp.title, igp.end, running.overrun(igp)) == ("Gruppearbeid", hms("14:10") // 60, 4)
    assert [(s.start, s.end) for s in igp.steps][-1] == (hms("14:09") // 60, hms("14:14") // 60)
    for now, expected in [
        ("14:09", ("running", 3, 2, 2)),
        ("14:12", ("running", 3, 2, 2)),
        ("14:14", ("running", 3, 3, None)),
    ]:
        assert unit(day, hms(now)) == expected, now
    assert running.state_at(day, hms("14:12")).unit_end == hms("14:14")


@pytest.mark.parametrize(
    ("now", "block", "part", "step", "unit_end"),
    [
        ("09:12", 0, None, 1, "09:20"),  # the block's method runs on into the next block
        ("09:19", 0, None, 1, "09:20"),
        ("09:20", 1, 0, 0, "09:25"),  # the next block's first part, in its own overrun
        ("09:33", 1, 0, 1, "09:35"),  # past its block's end (09.30), to its method's end
        ("09:59", 2, None, 1, "10:00"),  # the day ends when the last method does
    ],
)
def test_methods_that_overrun_blocks_and_the_day(
    now: str, block: int, part: int | None, step: int, unit_end: str
) -> None:
    day = DAYS["overrun/1"]
    moment = running.state_at(day, hms(now))
    assert (moment.block, moment.part, moment.step, moment.unit_end) == (
        block,
        part,
        step,
        hms(unit_end),
    )
    assert day.end == hms("10:00") // 60


def keeper(now: str, language: str = "nb") -> Timekeeper:
    analysis = analyse_file(str(EXAMPLES / "kommunestyre-tett-pa.yaml"))
    fixed = (None, float(hms(now)))
    return Timekeeper(running_days(analysis), live_data(analysis, language), lambda: fixed)


def shown(timekeeper: Timekeeper) -> list[str]:
    return [text for _, text in timekeeper.lines()]


# The issue's own case: `run … --terminal --now 14:00`, + four times.
@pytest.mark.parametrize(
    ("keys", "step", "left_line"),
    [
        ([], "Dele rundt bordet · Steg 2 av 3", "9:00 igjen"),
        (["plus"], "Dele rundt bordet · Steg 2 av 3", "10:00 igjen"),
        (["plus"] * 4, "Dele rundt bordet · Steg 2 av 3", "13:00 igjen"),
        (["plus"] * 4 + ["minus"] * 4, "Dele rundt bordet · Steg 2 av 3", "9:00 igjen"),
        (["minus"] * 8, "Dele rundt bordet · Steg 2 av 3", "1:00 igjen"),
        # A minute less with one minute left ends the step; the next starts whole.
        (["minus"] * 9, "Drøfting: er det fellesnevnere? · Steg 3 av 3", "5:00 igjen"),
        (["minus"] * 10, "Drøfting: er det fellesnevnere? · Steg 3 av 3", "4:00 igjen"),
    ],
)
def test_the_terminal_at_14_00_with_plus_and_minus(
    keys: list[running.Action], step: str, left_line: str
) -> None:
    timekeeper = keeper("14:00")
    for key in keys:
        timekeeper.press(key)
    lines = shown(timekeeper)
    assert lines[1:4] == ["Kunnskapsgrunnlag", "Gruppearbeid", step]
    assert left_line in lines


def test_the_terminal_shows_the_overrun() -> None:
    assert "⚠ IGP går 4 min over planlagt slutt kl. 14.10" in shown(keeper("14:09"))
    assert "⚠ IGP runs 4 min past the planned end at 14:10" in shown(keeper("14:12", "en"))
    assert not any("⚠" in line for line in shown(keeper("14:14")))


def test_the_terminal_next_line_skips_the_part_going_on_alone() -> None:
    lines = shown(keeper("15:02"))
    assert "Neste kl. 15.35: Presentasjon i plenum" in lines
    assert not any(line.startswith("Neste kl. 15.04") for line in lines)


def test_the_work_grows_with_the_day_not_its_square(monkeypatch: pytest.MonkeyPatch) -> None:
    """A long day's boundaries look at a few items each, not at every block of the day."""
    lines = ["planverksted: 1", "title: Lang dag", "start: '00:01'", "agenda:"]
    lines += [
        f"  - {{title: B{n}, duration: 1, parts: [{{title: D, duration: 1}}]}}" for n in range(1200)
    ]
    day = running_days(analyse_text("\n".join(lines) + "\n", "lang.yaml"))[0]
    looked_at = 0
    containing = running._containing

    def counted(items: object, t: float, among: list[int] | None = None) -> int | None:
        nonlocal looked_at
        looked_at += len(among) if among is not None else len(items)  # type: ignore[arg-type]
        return containing(items, t, among)  # type: ignore[arg-type]

    monkeypatch.setattr(running, "_containing", counted)
    found = running.boundaries(day)
    shown = [running.next_shown(day, b) for b in found]
    assert len(found) == 1201 and shown[0] == found[1]
    assert looked_at < 20 * len(day.blocks)
