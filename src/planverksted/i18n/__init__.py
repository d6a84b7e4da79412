"""Every word a rendered run-sheet shows, in bokmål (nb), nynorsk (nn) and English (en).

One table per language, all with the same keys (a test keeps them in step), plus the
names of weekdays and months for writing dates. Times of day are written by
:mod:`planverksted.timing.clock`; this module only chooses the words around them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from planverksted.workshop import kinds

LANGUAGES = ("nb", "nn", "en")

_NB: dict[str, str] = {
    # The two documents: the facilitator's run-sheet and the participants' programme.
    "runsheet": "Kjøreplan",
    "programme": "Program",
    "runsheet_for": "Kjøreplan for prosessleder",
    "programme_for": "Program for deltakere",
    # Facts about the workshop.
    "date": "Dato",
    "time": "Tid",
    "venue": "Sted",
    "audience": "Deltakere",
    "organiser": "Arrangør",
    "day": "Dag",
    # Sections.
    "goals": "Ønsket resultat",
    "agenda": "Program",
    "group_work": "Gruppearbeid",
    "evaluation": "Evaluering",
    "preparations": "Forberedelser",
    "findings": "Merknader fra kontrollen",
    # Table headers and field names.
    "what": "Hva",
    "kind": "Type",
    "who": "Hvem",
    "notes": "Notater",
    "materials": "Materiell",
    "questions": "Spørsmål",
    "method": "Metode",
    "step": "Steg",
    "part_of": "Del av",
    "needed_for": "Trengs til",
    "task": "Gruppeoppgave",
    "facilitator_only": "Bare for prosessleder",
    "evaluation_intro": "Vi vil gjerne høre hva du syntes. Skriv gjerne kort.",
    "minutes": "min",
    # Severities of the check's findings.
    "error": "Feil",
    "warning": "Advarsel",
    "info": "Merknad",
    "made_with": "Laget med planverksted",
    # On paper: where a group task is, and the page counter ("Side 2 av 3").
    "see_task": "se {task} under {section}",
    "page": "Side",
    "page_of": "av",
}

_NN: dict[str, str] = {
    "runsheet": "Køyreplan",
    "programme": "Program",
    "runsheet_for": "Køyreplan for prosessleiar",
    "programme_for": "Program for deltakarar",
    "date": "Dato",
    "time": "Tid",
    "venue": "Stad",
    "audience": "Deltakarar",
    "organiser": "Arrangør",
    "day": "Dag",
    "goals": "Ønska resultat",
    "agenda": "Program",
    "group_work": "Gruppearbeid",
    "evaluation": "Evaluering",
    "preparations": "Førebuingar",
    "findings": "Merknader frå kontrollen",
    "what": "Kva",
    "kind": "Type",
    "who": "Kven",
    "notes": "Notat",
    "materials": "Materiell",
    "questions": "Spørsmål",
    "method": "Metode",
    "step": "Steg",
    "part_of": "Del av",
    "needed_for": "Trengst til",
    "task": "Gruppeoppgåve",
    "facilitator_only": "Berre for prosessleiar",
    "evaluation_intro": "Vi vil gjerne høyre kva du syntest. Skriv gjerne kort.",
    "minutes": "min",
    "error": "Feil",
    "warning": "Åtvaring",
    "info": "Merknad",
    "made_with": "Laga med planverksted",
    "see_task": "sjå {task} under {section}",
    "page": "Side",
    "page_of": "av",
}

_EN: dict[str, str] = {
    "runsheet": "Run-sheet",
    "programme": "Programme",
    "runsheet_for": "Run-sheet for the facilitator",
    "programme_for": "Programme for participants",
    "date": "Date",
    "time": "Time",
    "venue": "Venue",
    "audience": "Participants",
    "organiser": "Organiser",
    "day": "Day",
    "goals": "Desired outcomes",
    "agenda": "Agenda",
    "group_work": "Group work",
    "evaluation": "Evaluation",
    "preparations": "Preparations",
    "findings": "Notes from the check",
    "what": "What",
    "kind": "Type",
    "who": "Who",
    "notes": "Notes",
    "materials": "Materials",
    "questions": "Questions",
    "method": "Method",
    "step": "Step",
    "part_of": "Part of",
    "needed_for": "Needed for",
    "task": "Group task",
    "facilitator_only": "Facilitator only",
    "evaluation_intro": "We would like to hear what you thought. A few words are enough.",
    "minutes": "min",
    "error": "Error",
    "warning": "Warning",
    "info": "Note",
    "made_with": "Made with planverksted",
    "see_task": "see {task} under {section}",
    "page": "Page",
    "page_of": "of",
}


def _with_kinds(language: str, table: dict[str, str]) -> dict[str, str]:
    """A label table with ``kind_<name>`` for every kind: the catalogue's word, else the kind's."""
    return {
        **{
            f"kind_{kind.name}": kind.labels[language]
            for kind in kinds.ALL
            if language in kind.labels
        },
        **table,
    }


LABELS: Mapping[str, Mapping[str, str]] = {
    language: _with_kinds(language, table)
    for language, table in (("nb", _NB), ("nn", _NN), ("en", _EN))
}
"""Language → label key → text."""

WEEKDAYS: Mapping[str, tuple[str, ...]] = {
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    "nn": ("måndag", "tysdag", "onsdag", "torsdag", "fredag", "laurdag", "sundag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
"""Weekday names, Monday first (as ``date.weekday()`` counts)."""

_NORWEGIAN_MONTHS = (
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
)
MONTHS: Mapping[str, tuple[str, ...]] = {
    "nb": _NORWEGIAN_MONTHS,
    "nn": _NORWEGIAN_MONTHS,
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
"""Month names, January first."""


def labels(language: str) -> dict[str, str]:
    """A copy of the label table for ``language`` (nb, nn or en)."""
    return dict(LABELS[language])


def kind_label(kind: str, language: str) -> str:
    """The word for a block's kind: ``talk`` is "Innlegg" in nb and nn, "Talk" in en."""
    return LABELS[language][f"kind_{kind}"]


def format_date(date: dt.date, language: str) -> str:
    """A date as written in running text: "tirsdag 16. april 2024", "Tuesday 16 April 2024"."""
    weekday = WEEKDAYS[language][date.weekday()]
    month = MONTHS[language][date.month - 1]
    if language == "en":
        return f"{weekday} {date.day} {month} {date.year}"
    return f"{weekday} {date.day}. {month} {date.year}"


def format_minutes(minutes: int, language: str) -> str:
    """A length as planners write it on a run-sheet: always in minutes, "90 min"."""
    return f"{minutes} {LABELS[language]['minutes']}"
