"""The programme overview's view: plain dicts of text, as every programme format draws them.

Title, goals (with the workshops that serve each), and a row a workshop: weekday and
date, time, venue, title, goals served, who leads, and what check says of it.
"""

from __future__ import annotations

import datetime as dt
from typing import TypedDict

from planverksted import i18n
from planverksted.lint.finding import Severity, count_by_severity
from planverksted.programme.analysis import Entry, ProgrammeAnalysis
from planverksted.timing.clock import format_range


class GoalRow(TypedDict):
    number: int
    id: str | None
    text: str
    workshops: list[str]
    workshops_text: str


class WorkshopRow(TypedDict):
    number: int
    file: str
    title: str
    date: str | None
    """``torsdag 18. april 2024`` (first – last day over several days); none when undated."""
    time: str | None
    venue: str | None
    goals: list[int]
    goals_text: str
    who: list[str]
    who_text: str
    status: str
    """What check says: ``Ingen merknader``, ``2 advarsler``, ``1 feil``, ``Kan ikke leses``."""
    status_kind: str
    """``ok``, ``warning``, ``error`` or ``missing``."""
    follows: str | None


class ProgrammeView(TypedDict):
    lang: str
    lang_tag: str
    labels: dict[str, str]
    title: str
    subtitle: str | None
    description: str | None
    organiser: str | None
    audience: str | None
    period: str | None
    goals: list[GoalRow]
    workshops: list[WorkshopRow]
    page_title: str


def build_programme_view(analysis: ProgrammeAnalysis, language: str | None = None) -> ProgrammeView:
    """The overview of ``analysis`` (a programme without errors of its own) in ``language``."""
    programme = analysis.programme
    if programme is None:
        raise ValueError("build_programme_view needs a programme that could be read")
    language = language or programme.language
    labels = i18n.labels(language)
    rows = [_row(entry, analysis, language, labels) for entry in analysis.entries]
    served: list[list[str]] = [[] for _ in programme.goals]
    for row in rows:
        for number in row["goals"]:
            served[number - 1].append(row["title"])
    goals: list[GoalRow] = [
        {
            "number": index + 1,
            "id": goal.id,
            "text": goal.text,
            "workshops": served[index],
            "workshops_text": "; ".join(served[index]) or labels["programme_no_workshop"],
        }
        for index, goal in enumerate(programme.goals)
    ]
    spans = [entry.span for entry in analysis.entries if entry.span is not None]
    period = None
    if spans:
        first = min(span[0] for span in spans).date()
        last = max(span[1] for span in spans).date()
        period = " – ".join(dict.fromkeys(i18n.format_date(day, language) for day in (first, last)))
    return {
        "lang": language,
        "lang_tag": i18n.catalogue(language).LANGUAGE_TAG,
        "labels": labels,
        "title": programme.programme,
        "subtitle": programme.subtitle,
        "description": programme.description,
        "organiser": programme.organiser,
        "audience": programme.audience,
        "period": period,
        "goals": goals,
        "workshops": rows,
        "page_title": f"{labels['programme_overview']} – {programme.programme}",
    }


def _row(
    entry: Entry, analysis: ProgrammeAnalysis, language: str, labels: dict[str, str]
) -> WorkshopRow:
    programme = analysis.programme
    assert programme is not None
    workshop = entry.analysis.workshop if entry.analysis else None
    goals = sorted(
        {
            index + 1
            for name in entry.spec.serves
            if (index := programme.goal_index(name)) is not None
        }
    )
    who = list(entry.leaders.values())
    date = time = None
    if entry.span is not None:
        start, end = entry.span
        date = " – ".join(
            dict.fromkeys(i18n.format_date(day, language) for day in (start.date(), end.date()))
        )
        if start.date() == end.date():
            time = format_range(_minutes(start), _minutes(end), language)
    elif workshop is not None and workshop.date is not None:
        date = i18n.format_date(workshop.date, language)
    status, kind = _status(entry, language, labels)
    follows = entry.spec.follows
    if follows is not None:
        earlier = next(
            (other for other in analysis.entries if other.spec.file.strip() == follows.strip()),
            None,
        )
        follows = earlier.title if earlier is not None else follows
    return {
        "number": entry.number,
        "file": entry.file,
        "title": entry.title,
        "date": date,
        "time": time,
        "venue": workshop.venue if workshop is not None else None,
        "goals": goals,
        "goals_text": ", ".join(str(number) for number in goals),
        "who": who,
        "who_text": ", ".join(who),
        "status": status,
        "status_kind": kind,
        "follows": follows,
    }


def _minutes(moment: dt.datetime) -> int:
    return moment.hour * 60 + moment.minute


def _status(entry: Entry, language: str, labels: dict[str, str]) -> tuple[str, str]:
    """What check says of the workshop, in a few words, and its kind."""
    if entry.analysis is None:
        return labels["programme_missing"], "missing"
    counts = count_by_severity(entry.analysis.findings)
    parts = [
        i18n.message(
            f"count.{severity}.{'one' if counts[severity] == 1 else 'many'}", language
        ).format(count=counts[severity])
        for severity in (Severity.ERROR, Severity.WARNING)
        if counts[severity]
    ]
    if not parts:
        return labels["programme_ok"], "ok"
    return ", ".join(parts), "error" if counts[Severity.ERROR] else "warning"
