"""``planverksted run --terminal``: now, next and the countdown on the facilitator's laptop.

The same logic as the live page (:mod:`planverksted.timing.running`), drawn with rich's
Live display. Keys: → or n next, ← or p previous, + and − one minute, space stops and
starts the clock, q or Esc quits. Keys are read without echo (termios on POSIX, msvcrt
on Windows); where standard input is no terminal the view runs without keys until
Ctrl-C. Where standard output is no terminal, the view is printed once, as plain text.
The terminal is restored on every way out, Ctrl-C included (exit 0).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterator
from typing import IO, TYPE_CHECKING, Any, Literal

from planverksted.analysis import Analysis
from planverksted.printable import visible
from planverksted.timing import running

if TYPE_CHECKING:
    from rich.console import RenderableType

View = dict[str, Any]

KEYS: dict[str, running.Action | Literal["quit"]] = {
    "\x1b[C": "next",
    "\x1bOC": "next",
    "\x1b[6~": "next",
    "n": "next",
    "N": "next",
    "\x1b[D": "previous",
    "\x1bOD": "previous",
    "\x1b[5~": "previous",
    "p": "previous",
    "P": "previous",
    "+": "plus",
    "=": "plus",
    "-": "minus",
    " ": "pause",
    "q": "quit",
    "Q": "quit",
    "\x1b": "quit",
    "\x03": "quit",
}
"""What a key (as the terminal sends it) does."""

_WINDOWS_KEYS = {"M": "\x1b[C", "K": "\x1b[D", "Q": "\x1b[6~", "I": "\x1b[5~"}
"""msvcrt's second code after \\xe0 or \\x00, as the escape sequence of the same key."""


def plain(text: str) -> str:
    """Text from the file with its control characters made visible and harmless.

    The one escaping of every output that is not HTML or Markdown: ``\x1b`` shows as such.
    """
    return visible(text, newlines=True)


@dataclasses.dataclass
class Timekeeper:
    """The state of a run in the terminal: which day, the offset and the pause."""

    days: list[running.Day]
    data: View
    clock: Callable[[], tuple[dt.date | None, float]]
    state: running.State = dataclasses.field(default_factory=running.State)

    @property
    def offset(self) -> float:
        return self.state.offset

    @property
    def paused_at(self) -> float | None:
        return self.state.paused_at

    def where(self) -> tuple[int, running.Phase | None, float, float]:
        """The day's index, a phase that overrides the clock, the clock and the plan time."""
        date, seconds = self.clock()
        index, override = running.pick_day(self.days, date)
        return index, override, seconds, running.plan_time(seconds, self.state)

    def press(self, action: running.Action) -> None:
        """What a key does (:func:`running.press`); nothing on another day than the workshop's."""
        index, override, clock, _ = self.where()
        if override is None:
            self.state = running.press(self.days[index], self.state, clock, action)

    def _running_time(self) -> float:
        return running.running_time(self.clock()[1], self.state)

    def lines(self) -> list[tuple[str, str]]:
        """What to show now, as (style, text) lines; the facilitator sees everything."""
        words = self.data["labels"]
        language = self.data["lang"]
        index, override, clock, t = self.where()
        day, day_data = self.days[index], self.data["days"][index]

        def at(seconds: float) -> str:
            return _clock(int(seconds // 60 + 0.5), language)

        out = [("bold", f"{plain(self.data['title'])}    {_clock(int(clock // 60), language)}")]
        if len(self.days) > 1:
            out.append(("", plain(day_data["heading"])))
        moment = running.state_at(day, t) if override is None else running.Moment(override)
        if moment.phase == "before":
            start = at(day.start * 60 + self.offset)
            if override is not None:
                out.append(
                    ("bold", words["starts_on"].format(date=day_data["date_text"], time=start))
                )
            else:
                out.append(("bold", words["starts_at"].format(time=start)))
                left = _countdown(moment, self._running_time())
                out.append(("bold cyan", f"{left} {words['until_start']}"))
        elif moment.phase == "gap":
            assert moment.unit_end is not None
            title = plain(_title_at(day, moment.unit_end))
            when = at(moment.unit_end + self.offset)
            out.append(("bold", words["next_at"].format(time=when, title=title)))
            left = _countdown(moment, self._running_time())
            out.append(("bold cyan", f"{left} {words['until_start']}"))
        elif moment.phase == "running":
            out.extend(self._running(day, day_data, moment, t))
        else:
            out.append(("bold", words["done"]))
            if index + 1 < len(self.days):
                following = self.days[index + 1]
                name = (
                    self.data["days"][index + 1]["date_text"]
                    or self.data["days"][index + 1]["label"]
                )
                continues = words["continues"].format(
                    date=name, time=_clock(following.start, language)
                )
                out.append(("", continues))
        out.append(("", self.status(day, moment)))
        for found in running.collisions(day, t, self.offset):
            if found.what == "break" and found.block is not None:
                text = words["pushed"].format(
                    title=plain(day.blocks[found.block].title),
                    planned=at(found.planned),
                    expected=at(found.expected),
                )
            else:
                text = words["past_end"].format(
                    n=running.whole_minutes(found.expected - found.planned), time=at(found.planned)
                )
            out.append(("bold red", f"⚠ {words['warning']}: {text}"))
        return out

    def status(self, day: running.Day, moment: running.Moment) -> str:
        """How late or early the day runs, whether the clock stands, and the expected end."""
        words, language = self.data["labels"], self.data["lang"]
        minutes = running.whole_minutes(self.offset)
        if moment.phase == "after":
            status = words["finished"]
        elif minutes > 0:
            status = words["behind"].format(n=minutes)
        elif minutes < 0:
            status = words["ahead"].format(n=-minutes)
        else:
            status = words["on_time"]
        if self.paused_at is not None:
            status += " · " + words["paused"]
        planned = day.planned_end if day.planned_end is not None else day.end
        end = words["expected_end"].format(
            expected=_clock(
                running.whole_minutes(running.expected_end(day, self.offset)), language
            ),
            planned=_clock(planned, language),
        )
        return f"{status} · {end}"

    def summary(self) -> str:
        index, override, _, t = self.where()
        day = self.days[index]
        moment = running.state_at(day, t) if override is None else running.Moment(override)
        return self.status(day, moment)

    def _running(
        self, day: running.Day, day_data: View, moment: running.Moment, t: float
    ) -> list[tuple[str, str]]:
        words = self.data["labels"]
        assert moment.block is not None
        block, block_data = day.blocks[moment.block], day_data["blocks"][moment.block]
        out = []
        item_data = block_data
        container: running.Block | running.Part = block
        if moment.part is not None:
            out.append(("", plain(block.title)))
            item_data = block_data["parts"][moment.part]
            container = block.parts[moment.part]
        out.append(("bold", plain(item_data["title"])))
        if moment.step is not None:
            steps = item_data["steps"]
            step_of = words["step_of"].format(n=moment.step + 1, m=len(steps))
            out.append(("bold yellow", f"{plain(steps[moment.step]['title'])} · {step_of}"))
            if steps[moment.step]["note"]:
                out.append(("dim", plain(steps[moment.step]["note"])))
        out.append(("bold cyan", f"{_countdown(moment, self._running_time())} {words['left']}"))
        # A method longer than its part: said while its step past the part's end runs.
        if moment.unit_end is not None and moment.unit_end > container.end * running.MINUTE:
            over = words["overrun"].format(
                method=plain(item_data["method"] or item_data["title"]),
                n=item_data["overrun"],
                time=_clock(container.end, self.data["lang"]),
            )
            out.append(("bold red", f"⚠ {over}"))
        for key in ("who", "notes"):
            if item_data.get(key):
                out.append(("dim", f"{words[key]}: {plain(item_data[key])}"))
        # A parallel track's notes, for the facilitator as the block's own (seating, #22).
        for track in item_data.get("tracks") or []:
            if track.get("notes"):
                note = f"{words['notes']} ({plain(track['title'])}): {plain(track['notes'])}"
                out.append(("dim", note))
        after = running.next_shown(day, t)
        if after is not None and after < day.end * 60:
            when = _clock(int((after + self.offset) // 60 + 0.5), self.data["lang"])
            title = plain(_title_at(day, after))
            out.append(("", words["next_at"].format(time=when, title=title)))
        return out


def _title_at(day: running.Day, t: float) -> str:
    """The most specific title of what runs at ``t``."""
    moment = running.state_at(day, t)
    if moment.block is None:
        return ""
    block = day.blocks[moment.block]
    part = block.parts[moment.part] if moment.part is not None else None
    container = part if part is not None else block
    if moment.step is not None:
        return container.steps[moment.step].title
    return container.title


def _countdown(moment: running.Moment, t: float) -> str:
    remaining = moment.remaining(t)
    return running.format_countdown(remaining) if remaining is not None else ""


def _clock(minutes: int, language: str) -> str:
    from planverksted.timing.clock import format_clock

    return format_clock(minutes % (24 * 60), language)


def _renderable(keeper: Timekeeper, *, keys: bool) -> RenderableType:
    from rich.console import Group
    from rich.text import Text

    lines: list[RenderableType] = [Text(text, style=style) for style, text in keeper.lines()]
    if keys:
        lines.append(Text(""))
        lines.append(Text(keeper.data["labels"]["terminal_keys"], style="dim"))
    return Group(*lines)


def _system_clock() -> tuple[dt.date | None, float]:
    now = dt.datetime.now()
    return now.date(), now.hour * 3600 + now.minute * 60 + now.second + now.microsecond / 1e6


@contextlib.contextmanager
def _key_reader(stream: IO[str]) -> Iterator[Callable[[float], str | None] | None]:
    """A function that waits up to a timeout for a key, or None where keys cannot be read.

    On POSIX the terminal goes to cbreak mode (no echo, no line buffering) and is restored
    however the block is left. Ctrl-C arrives as a key, not as SIGINT: a program started
    in the background by a shell inherits SIGINT ignored, and Ctrl-C must still end the view.
    """
    try:
        is_terminal = stream.isatty()
        descriptor = stream.fileno()
    except (AttributeError, OSError, ValueError):
        is_terminal = False
    if not is_terminal:
        yield None
        return
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        def read_windows(timeout: float) -> str | None:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                if msvcrt.kbhit():
                    char: str = msvcrt.getwch()
                    if char in ("\x00", "\xe0"):
                        return _WINDOWS_KEYS.get(msvcrt.getwch())
                    return char
                time.sleep(0.02)
            return None

        yield read_windows
        return
    import select
    import termios
    import tty

    saved = termios.tcgetattr(descriptor)
    try:
        tty.setcbreak(descriptor)
        attributes = termios.tcgetattr(descriptor)
        attributes[3] &= ~termios.ISIG  # Ctrl-C as the key "\x03" (KEYS: quit)
        termios.tcsetattr(descriptor, termios.TCSANOW, attributes)

        def read_posix(timeout: float) -> str | None:
            ready, _, _ = select.select([descriptor], [], [], timeout)
            if not ready:
                return None
            return os.read(descriptor, 32).decode("utf-8", errors="replace")

        yield read_posix
    finally:
        termios.tcsetattr(descriptor, termios.TCSADRAIN, saved)


def run_terminal(
    analysis: Analysis,
    language: str | None,
    now: tuple[dt.date | None, int] | None,
    *,
    stdin: IO[str] | None = None,
    stdout: IO[str] | None = None,
) -> int:
    """Run the terminal view until q, Esc or Ctrl-C; 0 always (the day is the user's)."""
    from rich.console import Console

    from planverksted.runsheet.live import live_data, running_days

    stdin = stdin if stdin is not None else sys.stdin
    stdout = stdout if stdout is not None else sys.stdout
    fixed = now
    keeper = Timekeeper(
        running_days(analysis),
        live_data(analysis, language),
        (lambda: fixed) if fixed is not None else _system_clock,
    )
    if not stdout.isatty():
        for _, text in keeper.lines():
            stdout.write(text + "\n")
        return 0
    console = Console(file=stdout, highlight=False, markup=False, emoji=False)
    from rich.live import Live

    try:
        with (
            _key_reader(stdin) as read_key,
            Live(
                _renderable(keeper, keys=read_key is not None),
                console=console,
                screen=True,
                auto_refresh=False,
                transient=True,
            ) as live,
        ):
            while True:
                key = read_key(0.25) if read_key is not None else None
                if read_key is None:
                    time.sleep(0.25)
                action = KEYS.get(key) if key is not None else None
                if action == "quit":
                    break
                if action is not None:
                    keeper.press(action)
                live.update(_renderable(keeper, keys=read_key is not None), refresh=True)
    except KeyboardInterrupt:
        pass
    console.print(plain(keeper.summary()), markup=False, highlight=False)
    return 0
