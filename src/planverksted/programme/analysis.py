"""A programme file analysed: its own faults, each workshop it lists analysed, and the checks
that need them all (dates, order, overlaps, double-booked people, goals, ``follows``).

Each workshop's findings stay its own (under its own path); the programme's are located in
the programme file. Nothing here prints or raises for anything in the files.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted import i18n
from planverksted.analysis import Analysis, analyse_file, in_shared_files, locate_findings
from planverksted.errors import UsageError
from planverksted.goals.coverage import agenda_items
from planverksted.i18n import Key, PerLanguage, Title, Worded
from planverksted.lint.finding import CODES, Finding
from planverksted.lint.finding import Path as DataPath
from planverksted.lint.wording import finding
from planverksted.source.load import WORKSHOP_SUFFIXES, Loaded, load_text, read_source
from planverksted.source.positions import Positions
from planverksted.source.shared import resolve_shared, unreadable_reason
from planverksted.suggest import fold
from planverksted.timing.clock import format_range

if TYPE_CHECKING:
    from planverksted.workshop.programme import Programme, ProgrammeWorkshop


@dataclasses.dataclass(frozen=True)
class Entry:
    """One workshop of the programme, as listed, and what analysing its file gave."""

    index: int
    spec: ProgrammeWorkshop
    file: str
    """The workshop file as findings name it (joined to the programme file's folder)."""
    analysis: Analysis | None
    """None when the file cannot be read (``workshop-missing``)."""

    @property
    def number(self) -> int:
        return self.index + 1

    @functools.cached_property
    def span(self) -> tuple[dt.datetime, dt.datetime] | None:
        """From its first block's start to its last block's end, when it is dated and timed."""
        schedule = self.analysis.schedule if self.analysis else None
        if schedule is None:
            return None
        days = [day for day in schedule.days if day.blocks]
        if not days or any(day.date is None for day in days):
            return None
        first, last = days[0], days[-1]
        assert first.date is not None and last.date is not None
        start = min(block.start for block in first.blocks)
        end = max(block.end for block in last.blocks)
        midnight = dt.datetime.combine(first.date, dt.time())
        last_midnight = dt.datetime.combine(last.date, dt.time())
        return midnight + dt.timedelta(minutes=start), last_midnight + dt.timedelta(minutes=end)

    @property
    def title(self) -> str:
        workshop = self.analysis.workshop if self.analysis else None
        return workshop.title if workshop is not None else self.spec.file

    @functools.cached_property
    def leaders(self) -> dict[str, str]:
        """Who leads in it (every ``who``), folded name → name as shown."""
        workshop = self.analysis.workshop if self.analysis else None
        if workshop is None:
            return {}
        found: dict[str, str] = {}
        for item, _ in agenda_items(workshop):
            for name in item.who:
                key = workshop.person_key(name)
                shown = workshop.people[key].name if key is not None else name
                found.setdefault(fold(shown), shown)
        return found


@dataclasses.dataclass(frozen=True)
class ProgrammeAnalysis:
    """Everything known about one programme file and its workshops."""

    file: str
    findings: tuple[Finding, ...]
    """The programme's own findings (located in the programme file or its shared files)."""
    programme: Programme | None = None
    entries: tuple[Entry, ...] = ()
    language: str = "nb"
    sources: tuple[Path, ...] = ()

    @property
    def told_language(self) -> str:
        """The programme's language, as :attr:`Analysis.told_language` says a workshop's (a
        programme file is read whenever it is analysed)."""
        return self.language

    def workshop_analyses(self) -> list[Analysis]:
        return [entry.analysis for entry in self.entries if entry.analysis is not None]

    @property
    def all_findings(self) -> tuple[Finding, ...]:
        """The programme's findings, then each workshop's (each file once)."""
        seen: set[tuple[str, int, int, str, str]] = set()
        kept: list[Finding] = []
        for found in (*self.findings, *(f for a in self.workshop_analyses() for f in a.findings)):
            place = (found.file, found.line, found.column, found.code, found.message)
            if place not in seen:
                seen.add(place)
                kept.append(found)
        return tuple(kept)


def refusal_of_programme(name: str, command: str) -> tuple[UsageError, str] | None:
    """The usage error a one-workshop command (``run``, ``groups``) gives a programme file,
    and the programme's language to say it in; None when ``name`` is no programme file.

    A programme read as a workshop would be three false errors (no title, two unknown
    keys): the command says what the file is instead, and which files it can take.
    """
    from planverksted.workshop.programme import is_programme

    if name == "-":
        return None  # standard input is read once, by the command itself
    text, _ = read_source(name, special=False)
    if text is None:
        return None
    loaded = load_text(text)
    if loaded.fatal or not is_programme(loaded.data):
        return None
    listed = loaded.data.get("workshops")
    first = next(
        (
            str(item.get("file") if isinstance(item, dict) else item).strip()
            for item in (listed if isinstance(listed, list) else [])
            if isinstance(item, (dict, str)) and (not isinstance(item, dict) or item.get("file"))
        ),
        None,
    )
    hint = "programme.one-workshop.hint" if first else "programme.one-workshop.none"
    error = UsageError.of(
        "programme.one-workshop", hint, command=command, file=name, workshop=Key(first or "")
    )
    return error, loaded.language


def analyse_any(name: str, ignore: Iterable[str] = ()) -> Analysis | ProgrammeAnalysis:
    """The file at ``name`` analysed as what it is: a programme, or a workshop."""
    from planverksted.analysis import analyse_text
    from planverksted.workshop.programme import is_programme

    text, _ = read_source(name)
    if text is None:
        return analyse_file(name, ignore)
    display = "<stdin>" if name == "-" else name
    folder = None if name == "-" else Path(name).parent
    loaded = load_text(text)
    if not loaded.fatal and is_programme(loaded.data):
        return analyse_programme_text(text, display, ignore, folder=folder, loaded=loaded)
    return analyse_text(text, display, ignore, folder=folder, loaded=loaded)


def analyse_programme_file(name: str, ignore: Iterable[str] = ()) -> ProgrammeAnalysis:
    """Analyse the programme file at ``name`` and every workshop it lists."""
    text, findings = read_source(name)
    display = "<stdin>" if name == "-" else name
    if text is None:
        return ProgrammeAnalysis(display, locate_findings(findings, display, Positions()))
    folder = None if name == "-" else Path(name).parent
    return analyse_programme_text(text, display, ignore, folder=folder, loaded=None)


def analyse_programme_text(
    text: str,
    file: str,
    ignore: Iterable[str] = (),
    *,
    folder: Path | None = None,
    loaded: Loaded | None = None,
) -> ProgrammeAnalysis:
    """Analyse programme text; ``file`` names it in findings, ``folder`` is where it lies."""
    from planverksted.workshop.programme import Programme
    from planverksted.workshop.validate import validate_as

    loaded = loaded or load_text(text)
    findings = list(loaded.findings)
    if loaded.fatal:
        return ProgrammeAnalysis(
            file, locate_findings(findings, file, loaded.positions), language=loaded.language
        )
    shared = resolve_shared(loaded.data, folder, file)
    findings += shared.findings
    programme, problems = validate_as(Programme, shared.data)
    here, there = in_shared_files(problems, shared)
    findings += here
    sources = tuple(shared_file.path for shared_file in shared.files)
    if programme is None:
        located = locate_findings(findings, file, loaded.positions, [*there, *shared.located])
        return ProgrammeAnalysis(file, located, language=loaded.language, sources=sources)
    entries: list[Entry] = []
    for index, spec in enumerate(programme.workshops):
        reference = spec.file.strip()
        shown = os.path.normpath((folder or Path()) / reference)
        reason = (
            unreadable_reason(Path(shown))
            if reference.lower().endswith(WORKSHOP_SUFFIXES)
            else Worded.of("shared-file.suffix")
        )
        if reason is not None:
            findings.append(
                finding(
                    "workshop-missing",
                    ("workshops", index, "file"),
                    hint="workshop-missing.hint",
                    number=index + 1,
                    name=Key(spec.file),
                    reason=reason,
                )
            )
            entries.append(Entry(index, spec, shown, None))
            continue
        entries.append(Entry(index, spec, shown, analyse_file(shown, ignore)))
    findings += _checks(programme, entries)
    silenced = set(ignore) | set(programme.checks.ignore)
    findings = [f for f in findings if not (f.code in silenced and CODES[f.code].ignorable)]
    located = locate_findings(findings, file, loaded.positions, [*there, *shared.located])
    return ProgrammeAnalysis(file, located, programme, tuple(entries), programme.language, sources)


def _when(span: tuple[dt.datetime, dt.datetime]) -> PerLanguage:
    """``18.04.2024 13.00–16.00`` (a span over days: its first and last date)."""

    def written(language: str) -> str:
        start, end = span
        first = i18n.format_short_date(start.date(), language)
        if start.date() == end.date():
            minutes = (start.hour * 60 + start.minute, end.hour * 60 + end.minute)
            return f"{first} {format_range(*minutes, language)}"
        return f"{first}–{i18n.format_short_date(end.date(), language)}"

    return PerLanguage(written)


def _at(index: int, key: str | None = None) -> DataPath:
    return ("workshops", index, key) if key else ("workshops", index)


def _checks(programme: Programme, entries: list[Entry]) -> list[Finding]:
    """The findings that need every workshop: dates, order, overlaps, people, goals, follows."""
    found: list[Finding] = []
    dated = [entry for entry in entries if entry.span is not None]
    for entry in entries:
        workshop = entry.analysis.workshop if entry.analysis else None
        # A workshop that could not be understood says so itself; only a readable one
        # without a date is the programme's business.
        if (
            workshop is not None
            and entry.analysis
            and entry.analysis.schedule
            and entry.span is None
        ):
            found.append(
                finding(
                    "workshop-no-date",
                    _at(entry.index, "file"),
                    hint="workshop-no-date.hint",
                    number=entry.number,
                    name=Title(entry.title),
                )
            )
    latest: Entry | None = None
    for entry in dated:
        assert entry.span is not None
        if latest is not None and latest.span is not None and entry.span[0] < latest.span[0]:
            found.append(
                finding(
                    "workshop-order",
                    _at(entry.index, "file"),
                    hint="workshop-order.hint",
                    number=entry.number,
                    name=Title(entry.title),
                    date=entry.span[0].date(),
                    before=latest.number,
                    other=Title(latest.title),
                    other_date=latest.span[0].date(),
                )
            )
        if latest is None or latest.span is None or entry.span[0] >= latest.span[0]:
            latest = entry
    # Overlaps: sorted by start, each against those still running (bounded by the overlaps).
    ordered = sorted(dated, key=lambda e: (e.span[0] if e.span else dt.datetime.min, e.index))
    running: list[Entry] = []
    for entry in ordered:
        assert entry.span is not None
        running = [other for other in running if other.span and other.span[1] > entry.span[0]]
        for other in running:
            assert other.span is not None
            first, second = sorted((other, entry), key=lambda e: e.index)
            assert first.span is not None and second.span is not None
            found.append(
                finding(
                    "workshop-overlap",
                    _at(second.index, "file"),
                    hint="workshop-overlap.hint",
                    number=second.number,
                    name=Title(second.title),
                    when=_when(second.span),
                    before=first.number,
                    other=Title(first.title),
                    other_when=_when(first.span),
                )
            )
            for folded in sorted(set(first.leaders) & set(second.leaders)):
                found.append(
                    finding(
                        "person-double-booked",
                        _at(second.index, "file"),
                        text="person-double-booked.workshops",
                        hint="person-double-booked.workshops.hint",
                        person=second.leaders[folded],
                        first=Title(first.title),
                        second=Title(second.title),
                        when=_when(
                            (max(first.span[0], second.span[0]), min(first.span[1], second.span[1]))
                        ),
                    )
                )
        running.append(entry)
    found += _goals(programme, entries)
    found += _follows(entries)
    return found


def _goals(programme: Programme, entries: list[Entry]) -> list[Finding]:
    from planverksted.lint.rules.goals import known_goals

    found: list[Finding] = []
    served: set[int] = set()
    ids = [goal.id.strip() for goal in programme.goals if goal.id is not None]
    from planverksted.suggest import Guesser

    guesser = Guesser(ids)
    for entry in entries:
        for number, name in enumerate(entry.spec.serves):
            index = programme.goal_index(name)
            if index is not None:
                served.add(index)
                continue
            where = _at(entry.index, "serves")
            if len(entry.spec.serves) > 1:
                where = (*where, number)
            guess = guesser.guess(name)
            hint = (
                "did-you-mean"
                if guess
                else "goal-unknown.hint"
                if programme.goals
                else "goal-unknown.none"
            )
            found.append(
                finding(
                    "goal-unknown",
                    where,
                    hint=hint,
                    field="serves",
                    ref=Key(name),
                    guess=Key(guess or ""),
                    known=known_goals(programme.goals),
                )
            )
    for index, goal in enumerate(programme.goals):
        if index in served:
            continue
        ref = goal.id.strip() if goal.id is not None else str(index + 1)
        found.append(
            finding(
                "goal-not-served",
                ("goals", index),
                text="goal-not-served.programme",
                hint="goal-not-served.programme.hint",
                number=index + 1,
                goal=Title(goal.text),
                plain=ref,
            )
        )
    return found


def _follows(entries: list[Entry]) -> list[Finding]:
    found: list[Finding] = []
    by_file: dict[str, Entry] = {}
    for entry in entries:
        by_file.setdefault(os.path.normcase(os.path.normpath(entry.spec.file.strip())), entry)
    for entry in entries:
        follows = entry.spec.follows
        if follows is None:
            continue
        other = by_file.get(os.path.normcase(os.path.normpath(follows.strip())))
        where = _at(entry.index, "follows")
        if other is None or other is entry:
            found.append(
                finding(
                    "follows-not-earlier",
                    where,
                    hint="follows-not-earlier.hint",
                    number=entry.number,
                    name=Title(entry.title),
                    other=Key(follows),
                )
            )
            continue
        if entry.span is None or other.span is None:
            if other.index > entry.index:
                found.append(
                    finding(
                        "follows-not-earlier",
                        where,
                        hint="follows-not-earlier.hint",
                        number=entry.number,
                        name=Title(entry.title),
                        other=Key(follows),
                    )
                )
            continue
        if other.span[0] >= entry.span[0]:
            found.append(
                finding(
                    "follows-not-earlier",
                    where,
                    text="follows-not-earlier.later",
                    hint="follows-not-earlier.hint",
                    number=entry.number,
                    name=Title(entry.title),
                    date=entry.span[0].date(),
                    other=Key(follows),
                    other_date=other.span[0].date(),
                )
            )
    return found
