"""``planverksted new``: a new workshop file from a starter, checked before it is written.

The starter's details (title, date, start, end, language) are replaced on its text, so
the new file keeps the starter's comments and layout. The starters' blocks carry no clock
times of their own: each follows the one before it from the day's start. So ``--start``
alone moves the whole day, and the planned end moves with it; ``--end`` alone does the
same from the other end. Given both, they are taken as written, and when the agenda does
not fill them exactly the file is still written, with check's warning about it.

Beside the new file goes ``planverksted.schema.json``, which the file's first line names
for editors: a local file works with no network. An existing schema file is replaced only
with ``--force``, unless it is already the same.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import shlex
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from planverksted import i18n
from planverksted.analysis import Analysis, analyse_text
from planverksted.cli import voice
from planverksted.cli.voice import say
from planverksted.errors import PlanverkstedError, UsageError, reason
from planverksted.i18n import Key, PerLanguage
from planverksted.lint.formatters.text import format_text
from planverksted.lint.wording import worded
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.suggest import did_you_mean
from planverksted.timing import clock
from planverksted.workshop import scaffold
from planverksted.workshop.jsonschema import SCHEMA_FILENAME, schema_text
from planverksted.writing import plan_output, write_atomic

T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class Details:
    """What the command line asks to fill in, as typed; None leaves the starter's own."""

    title: str | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    language: str | None = None


def list_starters() -> str:
    """The starters, one per line: the name, then what it is."""
    starters = scaffold.list_starters()
    width = max(len(starter.name) for starter in starters)
    table = i18n.catalogue(voice.language()).MESSAGES
    return "".join(
        f"{s.name:<{width}}  {table.get(f'starter.{s.name}', s.description)}\n" for s in starters
    )


def run(path: str | None, starter_name: str, details: Details, *, force: bool) -> int:
    """Write a new workshop file at ``path`` (``-``: print it); 0 when written."""
    if path is None:
        raise UsageError.of("new.no-path", "new.no-path.hint")
    starter = _starter(starter_name)
    if details.language is not None:
        starter = _starter_in(starter, details.language)
    # The new file's language is the one its messages speak (unless --lang says).
    voice.hear_file(scaffold.starter_language(starter))
    text = fill(starter.text, details)
    display = "<stdout>" if path == "-" else path
    analysis = _checked(text, display, details)
    if path == "-":
        sys.stdout.write(text)
        _report_findings(analysis)
        return 0
    target = Path(path)
    _refuse_to_overwrite(target, path, force)
    # Only a regular file is ever replaced, even with --force: not a device, FIFO or socket.
    plan_output(target, force=True)
    replacing = os.path.lexists(target)
    write_atomic(target, text)
    say(
        "new.replaced" if replacing else "new.created",
        plain=True,
        path=path,
        starter=starter.name,
        summary=_summary(analysis),
    )
    _write_schema(target.parent / SCHEMA_FILENAME, force=force)
    _report_findings(analysis)
    say("new.next", plain=True, path=shlex.quote(path))
    return 0


def fill(text: str, details: Details) -> str:
    """The starter's text with the details filled in, and a modeline naming the schema."""
    for key, value in _values(text, details).items():
        text = scaffold.set_top_level(text, key, value)
    return scaffold.with_modeline(text, SCHEMA_FILENAME)


def _values(text: str, details: Details) -> dict[str, str]:
    """The YAML to write on each top-level line the details change."""
    values: dict[str, str] = {}
    if details.title is not None:
        values["title"] = scaffold.yaml_quote(_title(details.title))
    if details.date is not None:
        values["date"] = _parse("--date", details.date, clock.parse_date).isoformat()
    start = None if details.start is None else _parse("--start", details.start, clock.parse_clock)
    end = None if details.end is None else _parse("--end", details.end, clock.parse_clock)
    if start is not None or end is not None:
        own_start, own_end = _starter_times(text)
        start, end = plan_day(own_start, own_end, start, end)
        # Written as the starter writes its own (the nynorsk ones "09.00", the others "09:00").
        style = "nn" if "." in (scaffold.top_level_value(text, "start") or "") else "en"
        values["start"] = f'"{clock.format_clock(start, style)}"'
        values["end"] = f'"{clock.format_clock(end, style)}"'
    if details.language is not None:
        values["language"] = details.language
    return values


def plan_day(own_start: int, own_end: int, start: int | None, end: int | None) -> tuple[int, int]:
    """The day's start and end: one given alone moves the whole day, keeping its length."""
    length = own_end - own_start
    if start is not None and end is not None:
        if end <= start:
            raise UsageError.of(
                "new.end-before-start",
                "new.end-before-start.hint",
                end=_clock(end),
                start=_clock(start),
            )
        return start, end
    if start is not None:
        if start + length > clock.MINUTES_PER_DAY:
            raise UsageError.of(
                "new.past-midnight",
                "new.past-midnight.hint",
                length=_length(length),
                start=_clock(start),
            )
        return start, start + length
    if end is not None:
        if end - length < 0:
            raise UsageError.of(
                "new.before-midnight",
                "new.before-midnight.hint",
                length=_length(length),
                end=_clock(end),
            )
        return end - length, end
    return own_start, own_end


def _clock(minutes: int) -> PerLanguage:
    return PerLanguage(functools.partial(clock.format_clock, minutes))


def _length(minutes: int) -> PerLanguage:
    return PerLanguage(functools.partial(clock.format_duration, minutes))


def _parse(option: str, raw: str, parser: Callable[[str], T]) -> T:
    try:
        return parser(raw)
    except clock.ClockError as error:
        raise UsageError.worded(functools.partial(_option_wording, option, error)) from None


def _option_wording(option: str, error: clock.ClockError, language: str) -> tuple[str, str | None]:
    message, hint = error.worded(language)
    return f"{option}: {message}", hint


def _title(title: str) -> str:
    if not title.strip():
        raise UsageError.of("new.empty-title", "new.empty-title.hint")
    for char in title:
        # A lone surrogate is a byte the terminal's encoding could not read.
        if unicodedata.category(char) in ("Cc", "Cs"):
            raise UsageError.of("new.control-title", "new.control-title.hint", char=repr(char))
    return title


def _starter(name: str) -> scaffold.Starter:
    starter = scaffold.find_starter(name)
    if starter is not None:
        return starter
    names = [starter.name for starter in scaffold.list_starters()]
    guess = did_you_mean(name, names)
    hint = "did-you-mean" if guess else "new.unknown-starter.hint"
    raise UsageError.of(
        "new.unknown-starter", hint, name=Key(name), guess=Key(guess or ""), names=", ".join(names)
    )


def _starter_in(starter: scaffold.Starter, language: str) -> scaffold.Starter:
    """The starter in ``language`` (``blank`` with --language nn is ``blank-nn``), or refuse."""
    found = scaffold.in_language(starter, language)
    if found is not None:
        return found
    names = [s.name for s in scaffold.list_starters() if scaffold.starter_language(s) == language]
    raise UsageError.of(
        "new.no-starter-in-language",
        "new.no-starter-in-language.hint",
        name=Key(starter.name),
        has=PerLanguage(functools.partial(_language_name, scaffold.starter_language(starter))),
        wanted=PerLanguage(functools.partial(_language_name, language)),
        names=", ".join(names),
    )


def _language_name(code: str, language: str) -> str:
    """ "en (engelsk)" in a Norwegian message, "en (English)" in an English one."""
    return f"{code} ({i18n.language_name(code, language)})"


def _starter_times(text: str) -> tuple[int, int]:
    """The starter's own planned start and end: every starter has both."""
    start, end = scaffold.top_level_value(text, "start"), scaffold.top_level_value(text, "end")
    if start is None or end is None:
        raise RuntimeError("the starter has no top-level start and end")
    return clock.parse_clock(start), clock.parse_clock(end)


def _checked(text: str, display: str, details: Details) -> Analysis:
    """Analyse the new text; a starter that does not come out clean is a bug, never shown."""
    analysis = analyse_text(text, display)
    workshop = analysis.workshop
    if analysis.errors or workshop is None:
        problems = "; ".join(finding.message for finding in analysis.errors)
        raise RuntimeError(f"the new file does not check: {problems}")
    wanted = {
        "title": details.title,
        "language": details.language,
        "date": None if details.date is None else clock.parse_date(details.date),
    }
    for key, value in wanted.items():
        if value is not None and getattr(workshop, key) != value:
            raise RuntimeError(f"{key} was not filled in as asked")
    return analysis


def _refuse_to_overwrite(target: Path, path: str, force: bool) -> None:
    if target.suffix not in WORKSHOP_SUFFIXES:
        raise UsageError.of(
            "new.suffix", "new.suffix.hint", path=path, suggestion=target.with_suffix(".yaml")
        )
    try:
        is_dir = target.is_dir()
    except OSError as error:
        raise PlanverkstedError.of("output.cannot", path=path, reason=reason(error)) from None
    if is_dir:
        raise PlanverkstedError.of("new.folder", "new.folder.hint", path=path)
    # lexists: a link to nowhere is something there too, and writing would follow it.
    if os.path.lexists(target) and not force:
        raise PlanverkstedError.of("new.exists", "new.exists.hint", path=path)


def _write_schema(path: Path, *, force: bool) -> None:
    """Write the schema beside the new file; an existing one is replaced only when asked.

    The workshop file is already written: a schema that cannot be written is a warning,
    never a failure, so the command stays all or nothing where it matters (a rerun of a
    failed command finds no half-made workshop in its way).
    """
    text = schema_text()
    try:
        plan_output(path, replaces=(".json",), force=True)
        current = _current_schema(path)
        if current == text:
            say("new.schema-same", plain=True, path=path)
            return
        if current is not None and not force:
            say("new.schema-kept", path=path)
            _hint("new.schema-kept.hint", path=path)
            return
        write_atomic(path, text)
    except PlanverkstedError as error:
        language = voice.language()
        warning = i18n.message("severity.warning", language)
        message = voice.words("new.schema-failed", error=error.in_language(language)[0])
        print(f"planverksted: {warning}: {message}", file=sys.stderr)
        _hint("new.schema-failed.hint", path=path)
        return
    say("new.schema-created" if current is None else "new.schema-replaced", plain=True, path=path)


def _hint(text_id: str, **args: object) -> None:
    """A hint under the line before, indented, in the run's language."""
    hint = i18n.message("hint", voice.language())
    print(f"    {hint}: {voice.words(text_id, **args)}", file=sys.stderr)


def _current_schema(path: Path) -> str | None:
    """The text of an existing schema file ("" when unreadable), None when there is none."""
    if not os.path.lexists(path):
        return None
    try:
        # plan_output made sure it is a regular file (or a link to one): reading cannot hang.
        with path.open("rb") as handle:
            return handle.read(len(schema_text()) * 2).decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _summary(analysis: Analysis) -> str:
    """'"Arbeidsverksted", 13.00–16.00, 8 blocks' or '..., 2 days, 26 blocks'."""
    schedule = analysis.schedule
    workshop = analysis.workshop
    if schedule is None or workshop is None:  # pragma: no cover - _checked made sure
        return ""
    language = voice.language()
    blocks = sum(day.size for day in schedule.days)
    parts = [i18n.quote(workshop.title, language)]
    first = schedule.days[0]
    if first.planned_start is not None and first.planned_end is not None:
        parts.append(clock.format_range(first.planned_start, first.planned_end, language))
    if workshop.date is not None:
        parts.append(i18n.format_date(workshop.date, language))
    if len(schedule.days) > 1:
        parts.append(voice.words("new.days", count=len(schedule.days)))
    count = "count.block.one" if blocks == 1 else "count.block.many"
    parts.append(voice.words(count, count=blocks))
    return ", ".join(parts)


def _report_findings(analysis: Analysis) -> None:
    """Warnings the new file already has: start and end that the agenda does not fill."""
    if not analysis.findings:
        return
    count = len(analysis.findings)
    say("new.findings.one" if count == 1 else "new.findings.many", count=count)
    language = voice.language()
    for finding in analysis.findings:
        print(format_text(worded(finding, language), language), file=sys.stderr)
