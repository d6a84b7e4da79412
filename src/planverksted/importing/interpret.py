"""From a document's tables to a workshop: the run-sheet table's rows as blocks, parts, days.

The table is the first with a time column (or the one asked for). Each row is a block,
its ``time`` as the row wrote it; a row whose times lie inside the block before it is
one of that block's parts, and so is a line of a cell with a time of its own
(``Gruppearbeid, 15 min``). A row of one cell across the table is a heading: a day's
title when it names a day or a date, else a comment in the file. Kinds are guessed from
the words, questions of a group work kept as ``questions``. Nothing is dropped silently:
text that fits no key goes to ``notes`` (or ``description``), and what is left out is
said in a :class:`Note` naming the row and column.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from planverksted import i18n
from planverksted.errors import PlanverkstedError
from planverksted.importing import language as languages
from planverksted.importing.columns import (
    Role,
    header_row,
    is_time,
    kind_of,
    roles_from_content,
    roles_from_header,
)
from planverksted.importing.sheet import Cell, Document, Line, Table
from planverksted.timing import clock
from planverksted.workshop import kinds
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, method_data


@dataclasses.dataclass(frozen=True)
class Note:
    """Something the import left out or changed, worded by the catalogues' ``MESSAGES``."""

    text_id: str
    args: tuple[tuple[str, Any], ...] = ()

    def worded(self, language: str) -> str:
        return i18n.fill(i18n.message(self.text_id, language), language, dict(self.args))


def _note(text_id: str, **args: Any) -> Note:
    return Note(text_id, tuple(args.items()))


@dataclasses.dataclass(frozen=True)
class Comment:
    """A value written with a YAML comment after it (``duration: 10  # 13.40–13.50``)."""

    value: Any
    comment: str


@dataclasses.dataclass
class Imported:
    """The workshop read from a document, as the mapping to write, and what to tell."""

    data: dict[str, Any]
    notes: list[Note]
    table: int
    """The table used, from 1."""
    rows: int
    """Rows read from it (blocks, parts and headings)."""
    language: str | None
    headings: dict[int, list[str]] = dataclasses.field(default_factory=dict)
    """Comments to write before a block: id of the block's mapping → heading lines."""
    sources: dict[int, int] = dataclasses.field(default_factory=dict)
    """The source row of each block: id of the block's mapping → the row's number."""


# Kinds guessed from words, the first kind in this order that a word names: "Kort innlegg
# og innledning til gruppearbeid – vise film" is a film, "Presentasjon i plenum" plenary.
_GUESSES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Lunsj is a break, as the run-sheets have it (issue #24); a dinner or a breakfast is a meal.
    ("break", ("pause", "kaffipause", "kaffepause", "break", "coffee", "lunsj", "lunch")),
    ("meal", ("middag", "dinner", "måltid", "frokost", "frukost", "breakfast")),
    ("film", ("film", "video")),
    ("group", ("gruppearbeid", "gruppe", "grupper", "group", "groups", "breakout", "workshop")),
    ("plenary", ("plenum", "plenary", "plenumsdiskusjon")),
    ("summary", ("oppsummering", "summary", "wrap-up", "veien videre", "vegen vidare")),
    ("evaluation", ("evaluering", "evaluation", "tilbakemelding", "feedback")),
    (
        "intro",
        (
            "innledning",
            "innleiing",
            "velkommen",
            "velkomen",
            "welcome",
            "introduksjon",
            "introduction",
            "åpning",
            "opning",
            "opening",
        ),
    ),
    (
        "talk",
        (
            "innlegg",
            "foredrag",
            "føredrag",
            "presentasjon",
            "presentation",
            "talk",
            "keynote",
            "lecture",
            "forelesning",
        ),
    ),
)
_GUESS_PATTERNS = tuple(
    (kind, re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")", re.I))
    for kind, words in _GUESSES
)
# A compound ending in -pause (formiddagspause, lunsjpause) is a break too.
_PAUSE_COMPOUND = re.compile(r"\w+pause\b", re.I)

_LEADING_TIME = re.compile(
    r"^\s*(?P<time>(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–—]\s*\d{1,2}[.:]\d{2})?)[\s:,.–-]+"
)
_UNITS = "|".join(
    re.escape(word)
    for word in sorted((*clock.HOUR_WORDS, *clock.MINUTE_WORDS), key=len, reverse=True)
)
# "Gruppearbeid, 15 min", "Presentasjon i plenum (20 min.)": the words check reads for a length.
_TRAILING_DURATION = re.compile(
    rf"[\s,;:–—(-]*\(?(?P<duration>\d{{1,3}}\s*(?:{_UNITS})\.?)\)?[.]?\s*$", re.I
)
_QUESTION = re.compile(r"[^.?!:]*\?")
_TASK_WORDS = "|".join(re.escape(i18n.catalogue(code).LABELS["task"]) for code in i18n.LANGUAGES)
_TASK_LABEL = re.compile(rf"^(?:{_TASK_WORDS})\s+(?P<number>\d+)$", re.I)
"""A group work's pointer to its task, as planverksted's own run-sheets write it."""
_TASK_HEADING = re.compile(rf"^(?:{_TASK_WORDS})\s+(?P<number>\d+)\s+·", re.I)
_NUMBERED = re.compile(r"^\d+\.\s+(?P<text>.+)$")
_METHOD_LINE = re.compile(
    "^(?:"
    + "|".join(re.escape(i18n.catalogue(code).LABELS["method"]) for code in i18n.LANGUAGES)
    + r"):\s*(?P<name>.+)$",
    re.I,
)
_MATERIALS = re.compile(r"^(?:materiell|materials|utstyr|equipment)\s*:\s*(?P<items>.+)$", re.I)
_DAY_WORD = re.compile(r"(?<!\w)(?:dag|day)\s*\d+(?!\w)", re.I)
_DATE_IN_TEXT = re.compile(
    r"(?:(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d))"
    r"|(?:(?<!\d)\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d))"
    r"|(?:(?<!\d)\d{1,2}\.?\s+[^\W\d_]+\.?\s+\d{4}(?!\d))"
)
_SEVERITIES = frozenset(
    i18n.catalogue(code).LABELS[key].lower()
    for code in i18n.LANGUAGES
    for key in ("error", "warning", "info")
)
_FACILITATOR_ONLY = frozenset(
    i18n.catalogue(code).LABELS["facilitator_only"].lower() for code in i18n.LANGUAGES
)
_FACTS = {
    key: frozenset(
        {i18n.catalogue(code).LABELS[key].lower() for code in i18n.LANGUAGES} | set(extra)
    )
    for key, extra in (
        ("date", ("dato", "date", "dag")),
        ("time", ("tid", "time", "klokkeslett")),
        ("venue", ("sted", "stad", "venue", "place", "lokale")),
        ("audience", ("målgruppe", "audience", "deltakarar", "deltakere", "participants")),
        ("organiser", ("arrangør", "organiser", "organizer", "ansvarleg", "ansvarlig")),
    )
}


def guess_kind(text: str) -> str | None:
    """The kind its words suggest (``Kaffepause`` is a break), or None."""
    for kind, pattern in _GUESS_PATTERNS:
        if pattern.search(text):
            return kind
    if _PAUSE_COMPOUND.search(text):
        return "break"
    return None


_BY = re.compile(r"(?<!\w)v/\s*(?P<who>[^\W\d_][^,;()–—]*?)\s*(?:$|[,;()–—])")
""""v/ordfører": who does it, as Norwegian run-sheets write it ("ved")."""


def who_in(text: str) -> str | None:
    """Who a title names with "v/" (``Oppsummering v/ordfører``), as written; else None."""
    found = _BY.search(text)
    # A name or a role is a few words; more is the text going on ("v/ordfører settes på …").
    if found is None or len(found["who"].split()) > 3:
        return None
    who = found["who"].strip()
    # One lower-case word reads as a people key (check's unknown-person): a title's
    # "v/ordfører" names a role, shown as a role is at the start of a line.
    if re.fullmatch(r"[^\W\d_A-ZÆØÅ][\w-]*", who) and who.islower():
        who = who[0].upper() + who[1:]
    return who


def method_in(text: str) -> str | None:
    """A built-in method a text names: "Gruppearbeid (IGP)" uses ``igp``."""
    for key, method in BUILTIN_METHODS.items():
        for name in (key, str(method.get("name", ""))):
            if name and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.I):
                return key
    return None


def choose_table(document: Document, number: int | None) -> int:
    """The index of the run-sheet table: the one asked for (from 1), or the first with times."""
    if not document.tables:
        raise PlanverkstedError.of("import.no-tables", "import.no-tables.hint", file=document.name)
    if number is not None:
        if not 1 <= number <= len(document.tables):
            raise PlanverkstedError.of(
                "import.table-number.one" if len(document.tables) == 1 else "import.table-number",
                "import.table-number.hint",
                file=document.name,
                number=number,
                count=len(document.tables),
            )
        return number - 1
    for index, table in enumerate(document.tables):
        if _layout(table) is not None:
            return index
    raise PlanverkstedError.of(
        "import.no-time-column.one" if len(document.tables) == 1 else "import.no-time-column",
        "import.no-time-column.hint",
        file=document.name,
        count=len(document.tables),
    )


@dataclasses.dataclass(frozen=True)
class _Layout:
    header: int | None
    roles: list[Role | None]
    headings: list[str]


def _layout(table: Table) -> _Layout | None:
    """Where the heading row is and what each column holds; None without a time column."""
    if not table.rows:
        return None
    header = header_row(table.rows, table.merged_rows)
    width = len(table.rows[0])
    if header is not None:
        roles = roles_from_header(table.rows[header])
        # A column the heading row names nothing for is judged by its content.
        open_roles: list[Role | None] = [None if r is Role.OTHER else r for r in roles]
        body = _body(table, header)
        guessed = roles_from_content(body, open_roles)
        # Only the time is looked for by content: a heading the table gives, it means.
        roles = [
            Role.TIME if r in (None, Role.OTHER) and g is Role.TIME else r
            for r, g in zip(roles, guessed, strict=True)
        ]
        roles = [
            Role.OTHER if r is None and not table.rows[header][i].empty else r
            for i, r in enumerate(roles)
        ]
        headings = [cell.text.replace("\n", " ") for cell in table.rows[header]]
    else:
        roles = roles_from_content(_body(table, None), [None] * width)
        headings = [""] * width
    if Role.TIME not in roles and Role.START not in roles:
        return None
    return _Layout(header, roles, headings)


def _body(table: Table, header: int | None) -> list[tuple[Cell, ...]]:
    start = 0 if header is None else header + 1
    return [
        row
        for index, row in enumerate(table.rows[start:], start)
        if index not in table.merged_rows and not _heading_text(row, table, index)
    ]


def _heading_text(row: Sequence[Cell], table: Table, index: int) -> str | None:
    """The text of a heading row (one cell across the table), else None."""
    if index in table.merged_rows:
        return row[0].text.replace("\n", " ").strip() or None
    # Without merges (CSV, Markdown): text in the first cell alone that is no time.
    if (
        len(row) > 1
        and not row[0].empty
        and all(cell.empty for cell in row[1:])
        and not is_time(row[0])
        and _duration_or_none(row[0].text) is None
    ):
        return row[0].text.replace("\n", " ").strip()
    return None


def interpret(document: Document, number: int | None = None) -> Imported:
    """The workshop in ``document``'s run-sheet table (``number`` from 1, or the first)."""
    index = choose_table(document, number)
    table = document.tables[index]
    layout = _layout(table)
    if layout is None:
        raise PlanverkstedError.of(
            "import.table-without-times",
            "import.no-time-column.hint",
            file=document.name,
            number=index + 1,
        )
    tables = [table]
    # Our own Word output gives each day a table of its own after the day's heading.
    for following in document.tables[index + 1 :]:
        if (
            following.heading
            and _names_day(following.heading)
            and following.rows
            and [c.text for c in following.rows[0]] == [c.text for c in table.rows[0]]
            and layout.header is not None
        ):
            tables.append(following)
        else:
            break
    reader = _Reader(document, layout)
    for each in tables:
        if len(tables) > 1 or (each.heading and _names_day(each.heading)):
            reader.heading(each.heading or "", starts_day=True)
        reader.table(each, skip_header=layout.header)
    reader.tracks(tables)
    return reader.finish(index + 1)


def _names_day(text: str) -> bool:
    return bool(_DAY_WORD.search(text)) or _date_in(text) is not None


def _date_in(text: str) -> dt.date | None:
    for match in _DATE_IN_TEXT.finditer(text):
        try:
            return clock.parse_date(match[0])
        except clock.ClockError:
            continue
    return None


def _said(date: dt.date) -> i18n.PerLanguage:
    """A date as each language writes it in running text."""
    return i18n.PerLanguage(lambda code: i18n.format_date(date, code))


def _date_line(texts: Sequence[str]) -> dt.date | None:
    """The date of the first text that is a date and nothing more (a weekday may come with
    it): a document's date line, as a run-sheet writes it under its title."""
    for text in texts:
        when = _date_in(text)
        if when is not None and not _without_date(text):
            return when
    return None


def _without_date(text: str) -> str:
    """A day's heading without its date: "Dag 1 – kunnskapsgrunnlag, tysdag 16. april 2024"."""
    weekdays = "|".join(re.escape(name) for name in i18n.weekday_names())
    stripped = _DATE_IN_TEXT.sub("", text)
    stripped = re.sub(rf"(?<!\w)(?:{weekdays})(?!\w)", "", stripped, flags=re.I)
    return stripped.strip(" ,–-:").strip()


@dataclasses.dataclass
class _Task:
    """A group task as planverksted's own run-sheets write it after the table."""

    questions: list[str] = dataclasses.field(default_factory=list)
    method: str | None = None
    title: str | None = None
    """The task's heading (the block's title), as the steps table after it is headed."""
    method_name: str | None = None
    method_description: str | None = None


def _tasks(texts: Sequence[str]) -> dict[int, _Task]:
    """The group tasks of the document's text: "Gruppeoppgave 1 · 13.55–14.10 · 15 min",
    its numbered questions and its "Metode: IGP – …" line, by number."""
    tasks: dict[int, _Task] = {}
    current: _Task | None = None
    for text in texts:
        heading = _TASK_HEADING.match(text)
        if heading:
            current = tasks.setdefault(int(heading["number"]), _Task())
            continue
        if current is None:
            continue
        if current.title is None:
            current.title = text
            continue
        numbered = _NUMBERED.match(text)
        if numbered:
            current.questions.append(numbered["text"].strip())
            continue
        method = _METHOD_LINE.match(text)
        if method and current.method is None:
            current.method = method_in(method["name"])
            # "Kafédialog – Samtalar ved små bord … (60 min)": its name and description.
            written = re.sub(r"\s*\([^()]*\)\s*$", "", method["name"]).strip()
            name, _dash, description = written.partition(" – ")
            current.method_name = name.strip() or None
            current.method_description = description.strip() or None
    return tasks


def _labels(key: str) -> frozenset[str]:
    return frozenset(i18n.catalogue(code).LABELS[key].lower() for code in i18n.LANGUAGES)


_TRACK_HEADER = tuple(_labels(key) for key in ("seating_track", "seating_room", "time", "who"))
"""planverksted's own table of a block's parallel tracks: track, room, time, who."""
_STEP_HEADER = tuple(_labels(key) for key in ("time", "step", "notes"))
"""planverksted's own table of a method's steps: time, step, and notes (facilitator's)."""
_PARALLEL_SUFFIXES = tuple(f" – {label}" for label in _labels("seating_parallel"))
_WHO_WITH_ROLE = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<role>[^()]+)\)$")


def _header_is(table: Table, header: Sequence[frozenset[str]], least: int) -> bool:
    if not table.rows:
        return False
    texts = [cell.text.strip().lower() for cell in table.rows[0]]
    return least <= len(texts) <= len(header) and all(
        text in words for text, words in zip(texts, header, strict=False)
    )


def _split_outside_brackets(text: str) -> list[str]:
    """ "Kari Vold (Leiar, Helse), Per Strand" → the two names with their brackets."""
    parts, depth, current = [], 0, ""
    for char in text:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return [part for part in parts if part]


@dataclasses.dataclass
class _Day:
    title: str | None = None
    date: dt.date | None = None
    end: str | None = None
    end_row: int = 0
    blocks: list[dict[str, Any]] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class _Open:
    """The block that rows inside its times become parts of."""

    block: dict[str, Any]
    start: int
    end: int
    cursor: int


class _Reader:
    def __init__(self, document: Document, layout: _Layout) -> None:
        self.document = document
        self.layout = layout
        self.roles = layout.roles
        self.has_notes = Role.NOTES in layout.roles
        self.days: list[_Day] = [_Day()]
        self.notes: list[Note] = []
        self.people: dict[str, dict[str, str]] = {}
        self.rows = 0
        self.open: _Open | None = None
        self.preamble: list[str] = []
        self.comments: dict[int, list[str]] = {}
        self.sources: dict[int, int] = {}
        self.pending_comments: list[str] = []
        self.tasks = _tasks(document.texts)
        self.methods: dict[str, dict[str, Any]] = {}
        self.own_steps()

    # planverksted's own Word output: a method's steps, a block's parallel tracks.

    def own_steps(self) -> None:
        """A group task's steps table, as planverksted's Word output writes it: the method
        as the file had it. The same steps as a built-in method's (in any language) are that
        method; other steps are the file's own method, kept under the name it was shown by."""
        by_title = {task.title: task for task in self.tasks.values() if task.title}
        for table in self.document.tables:
            task = by_title.get(table.heading or "")
            if task is None or task.method_name is None or not _header_is(table, _STEP_HEADER, 2):
                continue
            steps: list[dict[str, Any]] = []
            for row, number in zip(table.rows[1:], table.numbers[1:], strict=False):
                try:
                    start, end = clock.parse_range(row[0].text.strip())
                except clock.ClockError:
                    self.notes.append(
                        _note(
                            "import.steps-lost",
                            row=number,
                            method=i18n.Key(task.method_name),
                            text=i18n.Key(row[0].text[:60]),
                        )
                    )
                    steps = []
                    break
                step: dict[str, Any] = {"title": row[1].text.strip(), "duration": end - start}
                if len(row) > 2 and not row[2].empty:
                    step["note"] = row[2].text.strip()
                steps.append(step)
            if not steps or any(not step["title"] for step in steps):
                continue
            shown = [(step["title"], step["duration"]) for step in steps]
            if task.method is not None and any(
                shown
                == [
                    (s["title"], int(s["duration"]))
                    for s in method_data(task.method, code)["steps"]
                ]
                for code in i18n.LANGUAGES
            ):
                continue
            key = task.method or _slug(task.method_name) or "metode"
            method: dict[str, Any] = {"name": task.method_name}
            if task.method_description:
                method["description"] = task.method_description
            method["steps"] = steps
            self.methods[key] = method
            task.method = key

    def tracks(self, skip: Sequence[Table]) -> None:
        """Each table of parallel tracks, as planverksted's Word output writes it after the
        run-sheet, back on the block its caption names; one that names no block is said."""
        blocks = [block for day in self.days for block in day.blocks]
        for number, table in enumerate(self.document.tables, 1):
            if any(table is used for used in skip) or not _header_is(table, _TRACK_HEADER, 4):
                continue
            caption = table.caption or ""
            title = next(
                (
                    caption[: -len(end)]
                    for end in _PARALLEL_SUFFIXES
                    if caption.lower().endswith(end)
                ),
                None,
            )
            block = next(
                (
                    b
                    for b in blocks
                    if title is not None and b.get("title") == title and "parallel" not in b
                ),
                None,
            )
            if block is None:
                self.notes.append(
                    _note("import.track-lost", table=number, text=i18n.Key(caption[:60]))
                )
                continue
            tracks: list[dict[str, Any]] = []
            starts: list[int] = []
            for row in table.rows[1:]:
                lines = [line.text for line in row[0].lines]
                if not lines:
                    continue
                track: dict[str, Any] = {"title": lines[0]}
                if len(lines) > 1:
                    track["description"] = "\n".join(lines[1:])
                if not row[1].empty:
                    track["room"] = row[1].text.strip()
                who = [self.track_person(name) for name in _split_outside_brackets(row[3].text)]
                if who:
                    track["who"] = who[0] if len(who) == 1 else who
                try:
                    start, end = clock.parse_range(row[2].text.strip())
                    track["duration"] = end - start
                    starts.append(start)
                except clock.ClockError:
                    self.notes.append(
                        _note(
                            "import.not-a-time",
                            row=table.numbers[table.rows.index(row)],
                            column=i18n.Key(table.rows[0][2].text),
                            text=i18n.Key(row[2].text[:60]),
                        )
                    )
                tracks.append(track)
            written = block.get("time") or block.get("start")
            begins = _range_start(str(written)) if written else None
            if begins is not None and starts and min(starts) > begins:
                block["walk"] = min(starts) - begins
            block["parallel"] = tracks

    def track_person(self, text: str) -> str:
        """A track's leader as the Word output writes one: "Kari Vold (Kommunalsjef)"."""
        found = _WHO_WITH_ROLE.match(text)
        if found is None:
            return text
        return self.person(found["name"].strip(), found["role"].strip())

    # Headings and days.

    def heading(self, text: str, *, starts_day: bool) -> None:
        self.open = None
        day = self.days[-1]
        if starts_day or _names_day(text):
            if day.blocks or day.title is not None or day.date is not None:
                self.days.append(_Day())
                day = self.days[-1]
            day.date = _date_in(text)
            title = _without_date(text) if day.date is not None else text
            day.title = title or None
            return
        if not any(d.blocks for d in self.days):
            self.preamble.append(text)
            return
        self.pending_comments.append(text)

    # Rows.

    def table(self, table: Table, skip_header: int | None) -> None:
        for index, row in enumerate(table.rows):
            number = table.numbers[index]
            if skip_header is not None and index <= skip_header:
                if index < skip_header:
                    self.above_header(row)
                continue
            self.rows += 1
            heading = _heading_text(row, table, index)
            if heading is not None:
                self.heading(heading, starts_day=False)
                continue
            if all(cell.empty for cell in row):
                continue
            self.row(row, number)

    def above_header(self, row: Sequence[Cell]) -> None:
        texts = [cell.text.replace("\n", " ").strip() for cell in row if not cell.empty]
        if not texts:
            return
        if len(texts) == 2 and texts[0].rstrip(":").lower() in set().union(*_FACTS.values()):
            self.preamble.append(f"{texts[0].rstrip(':')}: {texts[1]}")
            return
        self.preamble.append(" ".join(texts))

    def column(self, row: Sequence[Cell], role: Role) -> tuple[int, Cell] | None:
        for index, (cell, column_role) in enumerate(zip(row, self.roles, strict=False)):
            if column_role is role and not cell.spanned:
                return index, cell
        return None

    def heading_of(self, index: int) -> str:
        heading = self.layout.headings[index] if index < len(self.layout.headings) else ""
        # A heading as written, quoted; a column without one by its number.
        return i18n.Key(heading) if heading else str(index + 1)

    def row(self, row: Sequence[Cell], number: int) -> None:
        # A finding of planverksted's own check, as its Word output writes it under a block.
        spanned = [cell for cell in row if not cell.empty]
        if (
            len(spanned) == 1
            and row[0].empty
            and len(row) > 2
            and all(cell.spanned for cell in row[row.index(spanned[0]) + 1 :])
            and spanned[0].text.split(":", 1)[0].strip().lower() in _SEVERITIES
        ):
            self.notes.append(_note("import.finding-row", row=number))
            return
        day = self.days[-1]
        # A spreadsheet's date-time in a time column says the day as well.
        dated = [
            cell.date
            for cell, role in zip(row, self.roles, strict=False)
            if cell.date and role in (Role.TIME, Role.START, Role.END, Role.DATE)
        ]
        if dated:
            when = dated[0]
            if day.date is not None and when != day.date and day.blocks:
                self.open = None
                self.days.append(_Day(date=when))
            elif day.date is None:
                day.date = when
        item: dict[str, Any] = {}
        extra: list[str] = []
        start = end = None
        written_start = written_end = None
        duration_text: str | None = None
        time_text: str | None = None
        for index, cell in enumerate(row):
            role = self.roles[index] if index < len(self.roles) else Role.OTHER
            if cell.empty or cell.spanned:
                continue
            if role is Role.TIME:
                time_text, start, end, more, other = self.time_cell(cell, number, index)
                duration_text = duration_text or more
                extra += other
            elif role is Role.START:
                written_start = self.clock_cell(cell)
            elif role is Role.END:
                written_end = self.clock_cell(cell)
            elif role is Role.DURATION:
                # A spreadsheet's time cell used for a length: 00:15 is 15 minutes.
                duration_text = str(cell.minutes) if cell.minutes else cell.text.strip()
            elif role is Role.DATE:
                self.date_cell(cell, number, index)
        if written_start is not None:
            start = _clock_or_none(written_start)
        if written_end is not None:
            end = _clock_or_none(written_end)
        what = self.column(row, Role.WHAT)
        lines = list(what[1].lines) if what else []
        if not lines:
            # No title: the row's first other text stands for it.
            for role in (Role.KIND, Role.NOTES, Role.WHO, Role.OTHER):
                found = self.column(row, role)
                if found is not None and not found[1].empty:
                    lines = [Line(found[1].lines[0].text)]
                    break
        if not lines and (extra or duration_text is not None):
            # Text where the time goes, or a time and a length with no title: kept as the title.
            lines = [Line(extra.pop(0) if extra else time_text or written_start or "")]
        if not lines or not lines[0].text:
            if time_text is not None or written_start is not None:
                # Only a time: the day's end when it is the last row.
                self.days[-1].end = time_text or written_start
                self.days[-1].end_row = number
                self.open = None
            return
        day = self.days[-1]
        if day.end is not None:
            # A row with only a time, and more after it: said in a warning, not the day's end.
            self.notes.append(_note("import.time-only", row=day.end_row, time=i18n.Key(day.end)))
            day.end = None
        item["title"] = lines[0].text
        # Times: as the row wrote them.
        if written_start is not None or written_end is not None:
            if written_start is not None:
                item["start"] = written_start
            if written_end is not None:
                item["end"] = written_end
        elif time_text is not None:
            item["time" if end is not None or _dashed(time_text) else "start"] = time_text
        minutes = _duration_or_none(duration_text)
        hours = _decimal_hours(duration_text)
        if hours is not None:
            # "1,5 t", as Norwegian writes an hour and a half: the minutes, the words kept after.
            minutes = hours
        if duration_text is not None and (start is None or end is None or minutes != (end - start)):
            if hours is not None:
                item["duration"] = Comment(hours, duration_text)
            else:
                item["duration"] = (
                    minutes if minutes is not None and duration_text.isdigit() else duration_text
                )
        # Kind, who, notes and the rest of the row.
        self.rest_of_row(row, item, number, extra, lines, end)
        if "who" not in item and Role.WHO not in self.roles:
            named = who_in(item["title"])
            if named:
                item["who"] = named
        self.place(item, start, end, minutes, number)

    def time_cell(
        self, cell: Cell, number: int, index: int
    ) -> tuple[str | None, int | None, int | None, str | None, list[str]]:
        """The time as written, its start and end, a duration under it, and other lines."""
        lines = [line.text for line in cell.lines]
        first = lines[0].strip() if lines else ""
        extra: list[str] = []
        duration: str | None = None
        if cell.minutes is not None:
            return first, cell.minutes, None, None, []
        # "13.00–13.10 (10 min)": the duration in brackets after the time.
        bracket = re.fullmatch(r"(.+?)\s*\((\d+\s*\w*)\)\s*", first)
        if bracket and _duration_or_none(bracket[2]) is not None:
            first, duration = bracket[1].strip(), bracket[2]
        for line in lines[1:]:
            if duration is None and _duration_or_none(line) is not None:
                duration = line.strip()
            else:
                extra.append(line)
        start = end = None
        try:
            start, end = clock.parse_range(first)
        except clock.ClockError:
            try:
                start = clock.parse_clock(first)
            except clock.ClockError:
                if not re.search(r"\d", first):
                    # Words where the time goes ("Etter lunsj"): kept in the notes.
                    extra.insert(0, first)
                    self.notes.append(
                        _note(
                            "import.not-a-time",
                            row=number,
                            column=self.heading_of(index),
                            text=i18n.Key(first[:60]),
                        )
                    )
                    return None, None, None, duration, extra
        return first, start, end, duration, extra

    def clock_cell(self, cell: Cell) -> str:
        return cell.lines[0].text.strip() if cell.lines else ""

    def date_cell(self, cell: Cell, number: int, index: int) -> None:
        when = cell.date
        if when is None:
            try:
                when = clock.parse_date(cell.text.strip())
            except clock.ClockError:
                when = _date_in(cell.text)
        day = self.days[-1]
        if when is None:
            self.notes.append(
                _note(
                    "import.not-a-date",
                    row=number,
                    column=self.heading_of(index),
                    text=i18n.Key(cell.text[:60]),
                )
            )
            return
        if day.date is None:
            day.date = when
        elif when != day.date:
            self.open = None
            self.days.append(_Day(date=when))

    def rest_of_row(
        self,
        row: Sequence[Cell],
        item: dict[str, Any],
        number: int,
        extra: list[str],
        lines: list[Line],
        block_end: int | None,
    ) -> None:
        kind: str | None = None
        method_named: str | None = None
        notes: list[str] = []
        description: list[str] = []
        materials: list[str] = []
        questions: list[str] = []
        parts: list[dict[str, Any]] = []
        for index, cell in enumerate(row):
            role = self.roles[index] if index < len(self.roles) else Role.OTHER
            if role is Role.WHO and cell.spanned and cell.above:
                # Who is merged down over several rows (Word): each of them has them.
                item["who"] = self.who(Cell(cell.above))
                continue
            if cell.empty or cell.spanned:
                continue
            if role is Role.KIND:
                kind = kind_of(cell.text)
                if kind is None:
                    notes.append(f"{self.heading_of(index)}: {cell.text}")
                    self.notes.append(
                        _note(
                            "import.unknown-kind",
                            row=number,
                            column=self.heading_of(index),
                            text=i18n.Key(cell.text[:60]),
                        )
                    )
            elif role is Role.WHO:
                item["who"] = self.who(cell)
            elif role is Role.NOTES:
                for line in cell.lines:
                    if line.text.lower() in _FACILITATOR_ONLY:
                        item["facilitator_only"] = True
                    else:
                        notes.append(line.text)
            elif role is Role.OTHER or role is None:
                heading = self.layout.headings[index] if index < len(self.layout.headings) else ""
                text = cell.text
                notes.append(f"{heading}: {text}" if heading else text)
        notes = [*extra, *notes]
        title_kind = guess_kind(lines[0].text)
        # The lines of the "what" cell after its title.
        for line in lines[1:]:
            text = line.text
            task_label = _TASK_LABEL.match(text)
            if task_label:
                task = self.tasks.get(int(task_label["number"]))
                if task is None:
                    self.notes.append(_note("import.task-label", row=number, text=i18n.Key(text)))
                    continue
                # The task written out after the table: its questions and method.
                questions += task.questions
                if task.method:
                    method_named = task.method
                continue
            found = _MATERIALS.match(text)
            if found:
                materials += [m.strip() for m in found["items"].split(",") if m.strip()]
                continue
            part = _part_from_line(line)
            if part is not None:
                parts.append(part)
                continue
            if text.rstrip().endswith("?"):
                questions.append(text)
                continue
            (description if self.has_notes and line.text and not parts else notes).append(text)
        # A kind column decides (empty: no kind, unless the title names a break or a meal);
        # without one, the words do.
        if kind is None and Role.KIND in self.roles and title_kind in kinds.REST:
            kind = title_kind
        if kind is None and Role.KIND not in self.roles:
            kind = title_kind
            # A short line under the title says what kind it is ("Korte innlegg").
            short = [text for text in description + notes if len(text.split()) <= 4]
            if kind is None and not parts and short:
                kind = guess_kind(short[0])
            if kind is None and questions:
                kind = "group"
        group_text = " ".join(line.text for line in lines)
        if kind == "group":
            rest, asked = _split_questions(lines[0])
            if asked:
                item["title"] = rest or item["title"]
                questions = asked + questions
            method = method_in(group_text) or method_named
            if method:
                item["method"] = method
        elif questions:
            notes += questions
            questions = []
        if kind and kind != "other":
            item["kind"] = kind
        if questions:
            item["questions"] = questions
        if materials:
            item["materials"] = materials
        if description:
            item["description"] = "\n".join(description)
        if parts:
            notes += _part_starts(parts, block_end)
            if parts:
                item["parts"] = parts
        if notes:
            item["notes"] = "\n".join(notes)

    def who(self, cell: Cell) -> Any:
        """Who, as written; a name with a detail under it (Word's grey line) is a person."""
        names: list[tuple[str, list[str]]] = []
        for line in cell.lines:
            if line.muted and names:
                names[-1][1].append(line.text)
            else:
                names.append((line.text, []))
        # Cells merged in Word bring the text of each along: one name twice is one name.
        names = [n for i, n in enumerate(names) if n not in names[:i]]
        if not any(detail for _, detail in names):
            texts = [name for name, _ in names]
            return texts[0] if len(texts) == 1 else texts
        keys = []
        for name, detail in names:
            key = self.person(name, ", ".join(detail))
            keys.append(key)
        return keys[0] if len(keys) == 1 else keys

    def person(self, name: str, role: str) -> str:
        base = _slug(name) or "person"
        key, count = base, 1
        while key in self.people and self.people[key] != _person(name, role):
            count += 1
            key = f"{base}-{count}"
        self.people[key] = _person(name, role)
        return key

    def place(
        self,
        item: dict[str, Any],
        start: int | None,
        end: int | None,
        minutes: int | None,
        number: int,
    ) -> None:
        """The row as a part of the open block when its times lie inside it, else a block."""
        day = self.days[-1]
        current = self.open
        if current is not None and start is not None and end is not None and "parts" not in item:
            inside = current.cursor <= start and end <= current.end and start < end
            first_fits = bool(current.block.get("parts")) or start == current.start
            # Two rows of the same times are two blocks (an overlap check will name), unless
            # the first is a bare heading of its parts, as planverksted's Word output writes.
            container = (end - start) < (current.end - current.start) or not (
                {"kind", "who"} & set(current.block)
            )
            if inside and first_fits and container:
                self.as_part(current, item, start, end)
                return
        item = _ordered(item)
        if self.pending_comments:
            self.comments[id(item)] = self.pending_comments
            self.pending_comments = []
        day.blocks.append(item)
        self.sources[id(item)] = number
        if start is not None and end is not None and end > start and "parts" not in item:
            self.open = _Open(item, start, end, start)
        else:
            self.open = None

    def as_part(self, current: _Open, item: dict[str, Any], start: int, end: int) -> None:
        part: dict[str, Any] = {"title": item["title"]}
        for key in ("kind", "who", "method", "questions", "materials", "description", "notes"):
            if key in item:
                part[key] = item[key]
        written = item.get("time") or item.get("start") or ""
        if start == current.cursor:
            part["duration"] = end - start
        else:
            # Parts follow each other from the block's start: the gap stays in a comment.
            part["duration"] = Comment(end - start, str(written))
        if item.get("facilitator_only"):
            part["facilitator_only"] = True
        current.block.setdefault("parts", []).append(_ordered(part))
        current.cursor = end

    def finish(self, table_number: int) -> Imported:
        data: dict[str, Any] = {"planverksted": 1}
        document = self.document
        facts = _facts([*document.texts, *self.preamble])
        title = document.title
        preamble = [text for text in self.preamble if not _is_fact(text)]
        if title is None and preamble:
            title = preamble.pop(0)
        if title is None:
            title = re.sub(r"[_]+", " ", document.name.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        data["title"] = title
        if document.subtitle:
            data["subtitle"] = document.subtitle
        detected = self.language()
        if detected is not None:
            data["language"] = detected
        for day in self.days:
            if day.end is not None and not day.blocks:
                # A time alone, and no block before it to end: said, not kept.
                self.notes.append(
                    _note("import.time-only", row=day.end_row, time=i18n.Key(day.end))
                )
                day.end = None
        days = [day for day in self.days if day.blocks or day.title or day.date]
        if not days:
            days = [_Day()]
        date = facts.get("date")
        when = None
        if date is not None:
            try:
                when = clock.parse_date(date)
            except clock.ClockError:
                when = _date_in(date)
        if when is None:
            # A line that is a date and nothing more: "torsdag 18. april 2024".
            when = _date_line([*document.texts, *self.preamble])
        if when is None and len(days) == 1:
            shown = [title, document.subtitle or "", *preamble]
            when = days[0].date or _date_in(" ".join(shown))
        if len(days) == 1 and when is not None:
            data["date"] = when.isoformat()
        elif when is not None:
            # Several days: the document's date is the first day's (the later ones count on
            # from it when they show none), never dropped without a word.
            if days[0].date is None:
                data["date"] = when.isoformat()
            elif days[0].date != when:
                self.notes.append(
                    _note("import.date-left-out", date=_said(when), first=_said(days[0].date))
                )
        for key in ("venue", "organiser", "audience"):
            if key in facts:
                data[key] = facts[key]
        if len(days) == 1 and "time" in facts:
            try:
                start, end = clock.parse_range(facts["time"])
                data["start"] = clock.format_clock(start, "en")
                data["end"] = clock.format_clock(end, "en")
            except clock.ClockError:
                pass
        if len(days) == 1 and days[0].end is not None:
            data["end"] = days[0].end
        if preamble:
            data["description"] = "\n".join(preamble)
        if len(days) == 1 and days[0].title:
            if "subtitle" not in data:
                data["subtitle"] = days[0].title
            else:
                data["description"] = "\n".join(
                    filter(None, [data.get("description"), days[0].title])
                )
        if self.people:
            data["people"] = self.people
        if self.methods:
            data["methods"] = self.methods
        if len(days) == 1:
            data["agenda"] = days[0].blocks
        else:
            data["days"] = [
                {
                    **({"date": day.date.isoformat()} if day.date else {}),
                    **({"title": day.title} if day.title else {}),
                    **({"end": day.end} if day.end else {}),
                    "agenda": day.blocks,
                }
                for day in days
            ]
        if self.pending_comments:
            # Headings after the last block: kept as the description's last lines.
            data["description"] = "\n".join(
                filter(None, [data.get("description"), *self.pending_comments])
            )
        return Imported(
            data, self.notes, table_number, self.rows, detected, self.comments, self.sources
        )

    def language(self) -> str | None:
        declared = self.document.language
        if declared:
            # "nb-NO", "nn-NO", "en-GB"; "no" says Norwegian, not which form: the words decide.
            base = declared.replace("_", "-").split("-")[0].lower()
            code = i18n.normalise(base) if base != "no" else None
            if code is not None:
                return code
        texts = [*self.document.texts, *self.preamble, *self.layout.headings]
        texts += [_all_text(day.blocks) for day in self.days]
        return languages.detect(texts)


def _all_text(blocks: list[dict[str, Any]]) -> str:
    out: list[str] = []
    for block in blocks:
        for key in ("title", "notes", "description"):
            if isinstance(block.get(key), str):
                out.append(block[key])
        out += [part["title"] for part in block.get("parts", ())]
    return " ".join(out)


def _facts(texts: Sequence[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for text in texts:
        label, colon, value = text.partition(":")
        if not colon or not value.strip():
            continue
        for key, words in _FACTS.items():
            if label.strip().lower() in words and key not in found:
                found[key] = value.strip()
    return found


def _is_fact(text: str) -> bool:
    label, colon, value = text.partition(":")
    return bool(colon and value.strip()) and any(
        label.strip().lower() in words for words in _FACTS.values()
    )


_ORDER = (
    "time",
    "start",
    "end",
    "title",
    "kind",
    "who",
    "duration",
    "method",
    "questions",
    "materials",
    "description",
    "notes",
    "facilitator_only",
    "parts",
)


def _ordered(item: dict[str, Any]) -> dict[str, Any]:
    """A block's or part's keys in the order the starters write them: times, title, kind, …"""
    rank = {key: number for number, key in enumerate(_ORDER)}
    return dict(sorted(item.items(), key=lambda pair: rank.get(pair[0], len(rank))))


def _person(name: str, role: str) -> dict[str, str]:
    return {"name": name, "role": role} if role else {"name": name}


def _slug(name: str) -> str:
    table = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "é": "e", "ö": "o", "ä": "a"})
    text = name.lower().translate(table)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:40]


def _dashed(text: str) -> bool:
    return any(dash in text for dash in "-–—")


_DECIMAL_HOURS = re.compile(
    r"(?P<whole>\d{1,2}),(?P<part>\d{1,2})\s*(?:t|time|timer|timar|h|hr|hrs|hour|hours)\.?",
    re.IGNORECASE,
)


def _decimal_hours(text: str | None) -> int | None:
    """The minutes of hours written with a decimal comma ("1,5 t", "2,25 timer"), else None."""
    found = _DECIMAL_HOURS.fullmatch(text.strip()) if text else None
    if found is None:
        return None
    return round(float(f"{found['whole']}.{found['part']}") * 60)


def _range_start(text: str) -> int | None:
    try:
        return clock.parse_range(text)[0]
    except clock.ClockError:
        return _clock_or_none(text)


def _clock_or_none(text: str) -> int | None:
    try:
        return clock.parse_clock(text)
    except clock.ClockError:
        return None


def _duration_or_none(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return clock.parse_duration(text)
    except clock.ClockError:
        return None


def _split_questions(line: Line) -> tuple[str, list[str]]:
    """A line's text without its questions, and the questions (italics, or ending in "?")."""
    text = line.text
    stretches = [stretch for stretch in line.emphasis if len(stretch) > 3]
    if not stretches:
        stretches = [match.strip() for match in _QUESTION.findall(text) if len(match.strip()) > 3]
    rest = text
    asked: list[str] = []
    for stretch in stretches:
        rest = rest.replace(stretch, " ")
        # An italic stretch of several questions is several questions.
        several = [q.strip() for q in _QUESTION.findall(stretch) if q.strip()]
        whole = "".join(several).replace(" ", "") == stretch.replace(" ", "")
        asked += several if len(several) > 1 and whole else [stretch]
    rest = " ".join(rest.split()).strip(" ,.;:–—-")
    return rest, asked


def _part_from_line(line: Line) -> dict[str, Any] | None:
    """A line of a cell with a time of its own, as a part: "Presentasjon i plenum, 20 min."."""
    text = line.text
    start = end = duration = None
    rest = text
    leading = _LEADING_TIME.match(text)
    if leading:
        try:
            start, end = clock.parse_range(leading["time"])
        except clock.ClockError:
            try:
                start = clock.parse_clock(leading["time"])
            except clock.ClockError:
                start = None
        if start is not None:
            rest = text[leading.end() :]
    if start is None:
        trailing = _TRAILING_DURATION.search(text)
        if trailing is None or trailing.start() == 0:
            return None
        duration = _duration_or_none(trailing["duration"])
        if duration is None:
            return None
        rest = text[: trailing.start()]
    shown = Line(rest, emphasis=line.emphasis)
    kind = guess_kind(rest)
    part: dict[str, Any] = {}
    title = rest.strip(" ,.;:–—-")
    questions: list[str] = []
    if kind == "group":
        remaining, questions = _split_questions(shown)
        title = remaining or title
    part["title"] = title or text
    named = who_in(part["title"])
    if named:
        part["who"] = named
    if kind and kind != "other":
        part["kind"] = kind
    if start is not None and end is not None:
        part["duration"] = end - start
    elif start is not None:
        part["_start"] = start
        part["_line"] = text
    else:
        part["duration"] = duration
    if kind == "group":
        method = method_in(text)
        if method:
            part["method"] = method
    if questions:
        part["questions"] = questions
    return _ordered(part)


def _part_starts(parts: list[dict[str, Any]], block_end: int | None) -> list[str]:
    """Parts written with a start only ("13.40 Utfordringsbilde") last until the next one, the
    last until the block's end; one whose end nothing tells is no part: its line is returned."""
    left: list[str] = []
    for index, part in enumerate(parts):
        start = part.pop("_start", None)
        line = part.pop("_line", None)
        if start is None:
            continue
        following = next((p["_start"] for p in parts[index + 1 :] if "_start" in p), block_end)
        if following is not None and following > start:
            part["duration"] = following - start
        else:
            left.append(str(line))
    parts[:] = [part for part in parts if "duration" in part]
    return left
