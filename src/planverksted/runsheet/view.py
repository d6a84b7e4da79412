"""The view model: an analysed workshop as plain, typed dicts of text, lists and numbers.

Every template (Markdown, HTML, a user's own) and the terminal preview draw from
this one context, so they agree on what a run-sheet says. Everything is decided
here: which audience sees what, how people, questions and methods are resolved,
and which of the check's findings belong to which row, worded for the page. Templates
only loop and print. ``docs/templates.md`` documents every key; a test keeps the two
in step. The structures are ``TypedDict``s: still plain dicts for Jinja (and as fast),
but every key is known to the type checker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TypedDict

from planverksted import i18n
from planverksted.analysis import Analysis
from planverksted.goals.coverage import block_goals, coverage, served, uses_serves
from planverksted.lint.finding import Finding, Path, Severity
from planverksted.lint.wording import TEXTS, in_language, word
from planverksted.runsheet.seating_view import SeatingView, TrackView, seating_view, track_view
from planverksted.timing.clock import format_clock, format_range
from planverksted.timing.schedule import Schedule, TimedBlock, TimedDay, TimedPart, TimedStep
from planverksted.workshop.builtin_methods import builtin_method, is_builtin
from planverksted.workshop.model import Block, Part, Workshop
from planverksted.workshop.model import Step as MethodStep

AUDIENCES = ("facilitator", "participant")
LAYOUTS = ("full", "compact", "tables", "cards")
"""``full``: everything, in sections; ``compact``: the agenda on one page, steps inline;
``tables``: the facilitator's table list; ``cards``: a card for each table."""


class Person(TypedDict):
    name: str
    role: str | None
    organisation: str | None
    detail: str | None
    text: str


class FindingView(TypedDict):
    severity: str
    severity_label: str
    code: str
    text: str
    message: str
    hint: str | None
    line: int
    column: int
    where: str | None


class Row(TypedDict):
    id: str
    is_part: bool
    time: str
    start: str
    end: str
    minutes: int
    offset: int
    duration: str
    title: str
    kind: str
    kind_label: str
    who: list[Person]
    who_text: str
    description: str | None
    notes: str | None
    materials: list[str]
    facilitator_only: bool
    findings: list[FindingView]
    task: int | None
    see_task: str | None
    goals: list[int]
    goals_text: str
    link: str | None
    link_href: str | None
    parts: list[Row]
    tracks: list[TrackView]
    """A block's parallel tracks (seating, #22): side by side, each with its room."""


class Segment(TypedDict):
    kind: str
    kind_label: str
    title: str
    time: str
    left: float
    width: float


class Day(TypedDict):
    number: int
    label: str
    name: str
    heading: str
    date: str | None
    title: str | None
    time: str
    start: str
    end: str
    minutes: int
    blocks: list[Row]
    timeline: list[Segment]


class Step(TypedDict):
    time: str
    start: str
    end: str
    duration: str
    title: str
    note: str | None


class MethodView(TypedDict):
    key: str | None
    own: bool
    """The file's own method (its words are the file's), not a built-in one."""
    name: str
    description: str | None
    total: str
    steps: list[Step]


class Task(TypedDict):
    number: int
    id: str
    heading: str
    title: str
    part_of: str | None
    day: str | None
    time: str
    start: str
    end: str
    duration: str
    kind: str
    kind_label: str
    who: list[Person]
    who_text: str
    description: str | None
    notes: str | None
    questions_title: str | None
    questions: list[str]
    method: MethodView | None
    findings: list[FindingView]


class Use(TypedDict):
    when: str
    title: str


class Preparation(TypedDict):
    item: str
    uses: list[Use]
    needed_for: str


class CoverageUse(TypedDict):
    day: str | None
    time: str
    title: str
    minutes: int
    duration: str
    text: str


class CoverageRow(TypedDict):
    number: int
    id: str | None
    text: str
    blocks: list[CoverageUse]
    blocks_text: str
    minutes: int
    duration: str


class Fact(TypedDict):
    key: str
    label: str
    value: str


class WorkshopView(TypedDict):
    title: str
    subtitle: str | None
    description: str | None
    date: str | None
    time: str | None
    venue: str | None
    audience: str | None
    organiser: str | None
    logo: str | None
    footer: str | None


class View(TypedDict):
    """The whole context a template is given."""

    lang: str
    lang_tag: str
    """``lang`` with its region, as Word and Typst know it: ``nb-NO``, ``en-GB``."""
    source_lang: str
    """The file's own language: the language of every text written in it."""
    text_lang: str | None
    """``source_lang`` where it differs from ``lang`` (mark the file's text with it), else None."""
    audience: str
    facilitator: bool
    layout: str
    labels: dict[str, str]
    document: str
    document_for: str
    page_title: str
    workshop: WorkshopView
    facts: list[Fact]
    goals: list[str]
    coverage: list[CoverageRow]
    """Each goal with the blocks that serve it: for the facilitator, when the file uses
    ``serves`` (else empty, and no row shows goal numbers)."""
    multi_day: bool
    days: list[Day]
    group_tasks: list[Task]
    evaluation: list[str]
    preparations: list[Preparation]
    findings: list[FindingView]
    seating: SeatingView | None
    """Who sits where, for ``--layout tables`` and ``cards`` only (else None)."""


def build_context(
    analysis: Analysis,
    *,
    audience: str = "facilitator",
    language: str | None = None,
    layout: str = "full",
    findings: bool = True,
) -> View:
    """The context for rendering ``analysis`` for ``audience`` in ``language``.

    ``language`` overrides the file's own ``language``; ``layout`` is one of
    :data:`LAYOUTS`; ``findings=False`` leaves the check's findings out (``--no-findings``).
    The analysis must have a schedule (a file with errors has none worth rendering; the
    command refuses it).
    """
    if analysis.workshop is None or analysis.schedule is None:
        raise ValueError("build_context needs an analysis with a schedule")
    if audience not in AUDIENCES:
        raise ValueError(f"unknown audience {audience!r}")
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    workshop, schedule = analysis.workshop, analysis.schedule
    language = language or workshop.language
    builder = _Builder(
        workshop=workshop,
        language=language,
        facilitator=audience == "facilitator",
        multi_day=workshop.days is not None,
        findings=[f for f in analysis.findings if f.severity is not Severity.ERROR]
        if findings
        else [],
        logo=analysis.logo,
        serving=audience == "facilitator" and uses_serves(workshop),
    )
    view = builder.build(schedule.days, audience, layout, schedule)
    view["seating"] = seating_view(
        analysis.seating,
        layout,
        language,
        builder.tasks_by_path,
    )
    return view


def print_wording(finding: Finding, language: str) -> str | None:
    """A finding worded for the facilitator on paper: "13.15–13.20: 5 min uten plan".

    The rule modules give these as ``<text id>.print``: the times first, no key names and
    no advice on the file (the hints stay in ``check``). A finding without one is about the
    file rather than the day (an unknown ``who`` key, an unknown code to ignore) and is
    left off the page.
    """
    if finding.wording is None:
        return None
    text_id, _, pairs = finding.wording
    if f"{text_id}.print" not in TEXTS:
        return None
    return word(f"{text_id}.print", language, dict(pairs))


@dataclasses.dataclass
class _Builder:
    workshop: Workshop
    language: str
    facilitator: bool
    multi_day: bool
    findings: list[Finding]
    logo: str | None = None
    serving: bool = False
    """Whether rows show the goals they serve (the facilitator's sheet of a file using serves)."""
    labels: dict[str, str] = dataclasses.field(init=False)
    tasks: list[Task] = dataclasses.field(default_factory=list)
    preparations: dict[str, Preparation] = dataclasses.field(default_factory=dict)
    laid_steps: dict[int, tuple[tuple[TimedStep, ...], list[Step]]] = dataclasses.field(
        default_factory=dict
    )
    rows_by_path: dict[Path, Row] = dataclasses.field(default_factory=dict)
    tasks_by_path: dict[Path, Task] = dataclasses.field(default_factory=dict)

    def __post_init__(self) -> None:
        self.labels = i18n.labels(self.language)

    def build(
        self, days: Sequence[TimedDay], audience: str, layout: str, schedule: Schedule
    ) -> View:
        workshop, labels = self.workshop, self.labels
        # A day with nothing for its readers (all of it facilitator_only) is left out.
        day_views = [self.day(day) for day in days if any(self.shown(b.block) for b in day.blocks)]
        findings = self.attach_findings()
        facilitator = self.facilitator
        dates = [day.date for day in days if day.date is not None]
        date = (
            " – ".join(
                dict.fromkeys(i18n.format_date(d, self.language) for d in (dates[0], dates[-1]))
            )
            if dates
            else None
        )
        time = day_views[0]["time"] if len(day_views) == 1 else None
        facts: list[Fact] = [
            {"key": key, "label": labels[key], "value": value}
            for key, value in (
                ("date", date),
                ("time", time),
                ("venue", workshop.venue),
                ("audience", workshop.audience),
                ("organiser", workshop.organiser),
            )
            if value
        ]
        document = labels["runsheet" if facilitator else "programme"]
        source = self.workshop.language
        return {
            "lang": self.language,
            "lang_tag": i18n.catalogue(self.language).LANGUAGE_TAG,
            "source_lang": source,
            # WCAG 2.1, 3.1.2 (language of parts): the file's own text is marked with its
            # language wherever the page speaks another.
            "text_lang": source if source != self.language else None,
            "audience": audience,
            "facilitator": facilitator,
            "layout": layout,
            "labels": labels,
            "document": document,
            "document_for": labels["runsheet_for" if facilitator else "programme_for"],
            "page_title": f"{document} – {workshop.title}",
            "workshop": {
                "title": workshop.title,
                "subtitle": workshop.subtitle,
                "description": workshop.description,
                "date": date,
                "time": time,
                "venue": workshop.venue,
                "audience": workshop.audience,
                "organiser": workshop.organiser,
                "logo": self.logo,
                "footer": workshop.footer,
            },
            "facts": facts,
            "goals": list(workshop.goal_texts),
            "coverage": self.coverage(schedule) if self.serving else [],
            "multi_day": self.multi_day,
            "days": day_views,
            "group_tasks": self.tasks,
            "evaluation": list(workshop.evaluation_questions),
            "preparations": self.preparation_list() if facilitator else [],
            "findings": findings if facilitator else [],
            "seating": None,
        }

    def day(self, day: TimedDay) -> Day:
        # The day as its readers see it: a participant's day starts with the first block shown.
        # build() passes only days with something shown, and a file with time errors is never
        # rendered, so every block here has its times.
        blocks = [block for block in day.blocks if self.shown(block.block)]
        # Blocks out of order (an overlap the file silenced) may start before the first one.
        start = min(block.start for block in blocks)
        end = max(block.end for block in blocks)
        date = i18n.format_date(day.date, self.language) if day.date is not None else None
        label = f"{self.labels['day']} {day.index + 1}"
        # "Dag 1 – Dag 1: utfordringer" says it twice: a title that names its day stands alone.
        titled = day.title is not None and day.title.casefold().startswith(label.casefold())
        name = day.title if titled and day.title else " – ".join(t for t in (label, day.title) if t)
        rows = [self.block(block, day, start) for block in blocks]
        return {
            "number": day.index + 1,
            "label": label,
            "name": name,
            "heading": f"{name}, {date}" if date else name,
            "date": date,
            "title": day.title,
            "time": format_range(start, end, self.language),
            "start": format_clock(start, self.language),
            "end": format_clock(end, self.language),
            "minutes": end - start,
            "blocks": rows,
            "timeline": self.timeline(rows, end - start),
        }

    def timeline(self, blocks: list[Row], minutes: int) -> list[Segment]:
        """The day as proportional segments (parts where a block has them), in per cent."""
        segments: list[Segment] = []
        for block in blocks:
            for row in block["parts"] or [block]:
                segments.append(
                    {
                        "kind": row["kind"],
                        "kind_label": i18n.kind_label(row["kind"], self.language),
                        "title": row["title"],
                        "time": row["time"],
                        "left": round(100 * row["offset"] / minutes, 3) if minutes else 0,
                        "width": round(100 * row["minutes"] / minutes, 3) if minutes else 0,
                    }
                )
        return segments

    def shown(self, item: Block | Part) -> bool:
        return self.facilitator or not item.facilitator_only

    def block(self, timed: TimedBlock, day: TimedDay, day_start: int) -> Row:
        view = self.row(timed.block, timed.start, timed.end, timed.path, day_start, part=False)
        self.gather_materials(timed.block, timed.start, day)
        self.link_task(view, self.task(timed, None, day))
        for part in timed.parts:
            if not self.shown(part.part):
                continue
            row = self.row(part.part, part.start, part.end, part.path, day_start, part=True)
            self.gather_materials(part.part, part.start, day)
            self.link_task(row, self.task(part, timed, day))
            view["parts"].append(row)
        view["tracks"] = [
            track_view(track, self.workshop, self.language, self.facilitator, self.who_text)
            for track in timed.tracks
        ]
        return view

    def who_text(self, names: Sequence[str]) -> str:
        return ", ".join(person["text"] for person in self.who(names))

    def link_task(self, row: Row, number: int | None) -> None:
        """A row's group task, and how paper refers to it: "se Gruppeoppgave 1 under …"."""
        if number is None:
            return
        row["task"] = number
        row["see_task"] = self.labels["see_task"].format(
            task=f"{self.labels['task']} {number}", section=self.labels["group_work"]
        )

    def row(
        self, item: Block | Part, start: int, end: int, path: Path, day_start: int, *, part: bool
    ) -> Row:
        """What blocks and parts have in common: one row of the agenda."""
        language = self.language
        # "other" is the default kind: a label only when the planner chose it.
        labelled = item.kind != "other" or "kind" in item.model_fields_set
        who = self.who(item.who)
        view: Row = {
            "id": "row-" + "-".join(str(step + 1) for step in path if isinstance(step, int)),
            "is_part": part,
            "time": format_range(start, end, language),
            "start": format_clock(start, language),
            "end": format_clock(end, language),
            "minutes": end - start,
            "offset": start - day_start,
            "duration": i18n.format_minutes(end - start, language),
            "title": item.title,
            "kind": item.kind,
            "kind_label": i18n.kind_label(item.kind, language) if labelled else "",
            "who": who,
            "who_text": ", ".join(person["text"] for person in who),
            "description": item.description,
            "notes": item.notes if self.facilitator else None,
            "materials": list(item.materials) if self.facilitator else [],
            "facilitator_only": item.facilitator_only,
            "findings": [],
            "task": None,
            "see_task": None,
            "goals": [],
            "goals_text": "",
            "link": item.link,
            # Only a web address is made a link: never javascript: or a local file.
            "link_href": item.link.strip()
            if item.link and item.link.strip().lower().startswith(("https://", "http://"))
            else None,
            "parts": [],
            "tracks": [],
        }
        if self.serving:
            numbers = (
                [index + 1 for index in sorted(served(item, self.workshop))]
                if part
                else [index + 1 for index in block_goals(item, self.workshop)]
                if isinstance(item, Block)
                else []
            )
            view["goals"] = numbers
            view["goals_text"] = ", ".join(str(number) for number in numbers)
        self.rows_by_path[path] = view
        return view

    def coverage(self, schedule: Schedule) -> list[CoverageRow]:
        """Each goal, the blocks that serve it (with the minutes of each), the minutes in all."""
        language = self.language
        rows: list[CoverageRow] = []
        for entry in coverage(schedule):
            uses: list[CoverageUse] = []
            for use in entry.uses:
                timed = use.block
                day = (
                    f"{self.labels['day']} {timed.path[1] + 1}"
                    if self.multi_day and isinstance(timed.path[1], int)
                    else None
                )
                time = format_range(timed.start, timed.end, language)
                duration = i18n.format_minutes(use.minutes, language)
                when = f"{day}, {time}" if day else time
                uses.append(
                    {
                        "day": day,
                        "time": time,
                        "title": timed.title,
                        "minutes": use.minutes,
                        "duration": duration,
                        "text": f"{when} {timed.title} ({duration})",
                    }
                )
            rows.append(
                {
                    "number": entry.number,
                    "id": entry.goal.id,
                    "text": entry.goal.text,
                    "blocks": uses,
                    "blocks_text": "; ".join(use["text"] for use in uses)
                    or self.labels["coverage_none"],
                    "minutes": entry.minutes,
                    "duration": i18n.format_minutes(entry.minutes, language),
                }
            )
        return rows

    def who(self, names: Sequence[str]) -> list[Person]:
        people: list[Person] = []
        for name in names:
            key = self.workshop.person_key(name)
            person = self.workshop.people[key] if key is not None else None
            if person is None:
                people.append(
                    {"name": name, "role": None, "organisation": None, "detail": None, "text": name}
                )
                continue
            # "Ordføreren (Ordfører)" says it twice: a role the name already holds is left out.
            role = person.role
            if role is not None and role.casefold() in person.name.casefold():
                role = None
            detail = ", ".join(d for d in (role, person.organisation) if d) or None
            people.append(
                {
                    "name": person.name,
                    "role": person.role,
                    "organisation": person.organisation,
                    "detail": detail,
                    "text": f"{person.name} ({detail})" if detail else person.name,
                }
            )
        return people

    def preparation_list(self) -> list[Preparation]:
        """Each material once, with every use of it ("kl. 13.50: Film; kl. 14.30: Film om
        planstrategi"): the time, then after a colon what it is used in."""
        for entry in self.preparations.values():
            entry["needed_for"] = "; ".join(
                f"{use['when']}: {use['title']}" for use in entry["uses"]
            )
        return list(self.preparations.values())

    def gather_materials(self, item: Block | Part, start: int, day: TimedDay) -> None:
        if not self.facilitator:
            return
        clock_word = i18n.catalogue(self.language).CLOCK_WORD
        # "Brukes kl. 13.50 Film": the time as running text writes it.
        when = f"{clock_word} {format_clock(start, self.language)}".strip()
        if self.multi_day:
            # Inside a sentence ("Trengs til dag 2, kl. 14.30 …"): the word as running text
            # writes it, not the heading's capital.
            when = f"{self.labels['day'].lower()} {day.index + 1}, {when}"
        for material in item.materials:
            entry = self.preparations.setdefault(
                material, {"item": material, "uses": [], "needed_for": ""}
            )
            entry["uses"].append({"when": when, "title": item.title})

    def task(
        self, timed: TimedBlock | TimedPart, block: TimedBlock | None, day: TimedDay
    ) -> int | None:
        """Register a group task (group kind, questions or a method); its number, or None."""
        item = timed.part if isinstance(timed, TimedPart) else timed.block
        if not (item.kind == "group" or item.questions is not None or timed.method_key):
            return None
        language = self.language
        questions_title, questions = self.questions(item)
        who = self.who(item.who)
        number = len(self.tasks) + 1
        method = timed.method
        builtin = is_builtin(self.workshop, timed.method_key) if timed.method_key else None
        if builtin is not None:
            # A built-in method speaks the run-sheet's language, whatever the file's.
            method = builtin_method(builtin, language)
        self.tasks.append(
            {
                "number": number,
                "id": f"task-{number}",
                "heading": f"{self.labels['task']} {number}",
                "title": item.title,
                "part_of": block.title if block is not None else None,
                "day": f"{self.labels['day']} {day.index + 1}" if self.multi_day else None,
                "time": format_range(timed.start, timed.end, language),
                "start": format_clock(timed.start, language),
                "end": format_clock(timed.end, language),
                "duration": i18n.format_minutes(timed.end - timed.start, language),
                "kind": item.kind,
                "kind_label": i18n.kind_label(item.kind, language),
                "who": who,
                "who_text": ", ".join(person["text"] for person in who),
                "description": item.description,
                "notes": item.notes if self.facilitator else None,
                "questions_title": questions_title,
                "questions": questions,
                "method": None
                if method is None
                else {
                    "key": timed.method_key,
                    "own": builtin is None,
                    "name": method.label(timed.method_key),
                    "description": method.description,
                    "total": i18n.format_minutes(method.total, language),
                    "steps": self.steps(timed.steps, method.steps),
                },
                "findings": [],
            }
        )
        self.tasks_by_path[timed.path] = self.tasks[-1]
        return number

    def steps(self, steps: tuple[TimedStep, ...], words: Sequence[MethodStep]) -> list[Step]:
        """The steps' views, in the words of ``words`` (the method in this language).

        Steps the schedule laid out once (one method at one time, used by many blocks) get
        their views once too, shared. Past the cap on steps, the schedule lays out fewer
        steps than the method has: only those laid out are shown.
        """
        known = self.laid_steps.get(id(steps))
        if known is not None and known[0] is steps:
            return known[1]
        views = [self.step(step, word) for step, word in zip(steps, words, strict=False)]
        self.laid_steps[id(steps)] = (steps, views)
        return views

    def step(self, step: TimedStep, words: MethodStep) -> Step:
        """A method's step at its time, in the words of ``words``."""
        language = self.language
        return {
            "time": format_range(step.start, step.end, language),
            "start": format_clock(step.start, language),
            "end": format_clock(step.end, language),
            "duration": i18n.format_minutes(step.end - step.start, language),
            "title": words.title,
            "note": words.note if self.facilitator else None,
        }

    def questions(self, item: Block | Part) -> tuple[str | None, list[str]]:
        """A question set's title and items, or the questions as written."""
        if item.questions is None:
            return None, []
        if isinstance(item.questions, str):
            set_key = self.workshop.question_set_key(item.questions)
            if set_key is None:
                # One question written out (or a set defined nowhere, when check's error about
                # it is silenced): shown as written.
                return None, [item.questions]
            question_set = self.workshop.questions[set_key]
            return question_set.title, list(question_set.items)
        return None, list(item.questions)

    def attach_findings(self) -> list[FindingView]:
        """Every finding worded for the page, each also on the row (and group task) it is about.

        Findings with no wording for the page (see :func:`print_wording`) are left out.
        """
        views: list[FindingView] = []
        for finding in self.findings:
            text = print_wording(finding, self.language)
            if text is None:
                continue
            path = self.path_of(finding.path)
            row = self.rows_by_path.get(path) if path else None
            message, hint = in_language(finding, self.language)
            view: FindingView = {
                "severity": str(finding.severity),
                "severity_label": self.labels[str(finding.severity)],
                "code": finding.code,
                "text": text,
                "message": message,
                "hint": hint,
                "line": finding.line,
                "column": finding.column,
                "where": f"{row['time']} {row['title']}" if row is not None else None,
            }
            views.append(view)
            if row is not None and self.facilitator:
                row["findings"].append(view)
                task = self.tasks_by_path.get(path)
                if task is not None:
                    task["findings"].append(view)
        return views

    def path_of(self, path: Path | None) -> Path:
        """The longest prefix of ``path`` that is a row (block or part); () when none is."""
        if path is None:
            return ()
        for length in range(len(path), 0, -1):
            if path[:length] in self.rows_by_path:
                return path[:length]
        return ()
