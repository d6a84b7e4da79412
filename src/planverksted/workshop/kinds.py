"""The kinds of block and part, each declared once: its words, whether it rests, its colour.

Adding a kind is one entry here (and its colours in templates/style.css): the model, the
JSON Schema, the labels of every run-sheet and the terminal preview all read this table.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping


@dataclasses.dataclass(frozen=True)
class Kind:
    """One kind of block or part."""

    name: str
    """The name in the file (``kind: talk``), English as in FORMAT.md."""
    labels: Mapping[str, str]
    """Its word on a run-sheet, by language; a language's catalogue may give its own."""
    aliases: tuple[str, ...] = ()
    """Other words a planner may write for it (bokmål, nynorsk, English), in lower case."""
    rest: bool = False
    """A break from work: it ends a stretch for the no-break check."""
    terminal_colour: str = "white"
    """Its colour in the terminal preview, one of the 16 that every colour terminal has."""


ALL: tuple[Kind, ...] = (
    Kind(
        "intro",
        {"nb": "Innledning", "nn": "Innleiing", "en": "Introduction"},
        ("innledning", "innleiing", "velkommen"),
        terminal_colour="blue",
    ),
    Kind(
        "talk",
        {"nb": "Innlegg", "nn": "Innlegg", "en": "Talk"},
        ("innlegg", "foredrag"),
        terminal_colour="magenta",
    ),
    Kind("film", {"nb": "Film", "nn": "Film", "en": "Film"}, terminal_colour="bright_magenta"),
    Kind(
        "group",
        {"nb": "Gruppearbeid", "nn": "Gruppearbeid", "en": "Group work"},
        ("gruppearbeid", "gruppe"),
        terminal_colour="green",
    ),
    Kind(
        "plenary",
        {"nb": "Plenum", "nn": "Plenum", "en": "Plenary"},
        ("plenum",),
        terminal_colour="yellow",
    ),
    Kind(
        "break",
        {"nb": "Pause", "nn": "Pause", "en": "Break"},
        ("pause",),
        rest=True,
        terminal_colour="bright_black",
    ),
    Kind(
        "meal",
        {"nb": "Måltid", "nn": "Måltid", "en": "Meal"},
        ("lunsj", "lunch", "middag", "måltid"),
        rest=True,
        terminal_colour="bright_black",
    ),
    Kind(
        "summary",
        {"nb": "Oppsummering", "nn": "Oppsummering", "en": "Summary"},
        ("oppsummering",),
        terminal_colour="cyan",
    ),
    Kind(
        "evaluation",
        {"nb": "Evaluering", "nn": "Evaluering", "en": "Evaluation"},
        ("evaluering",),
        terminal_colour="bright_cyan",
    ),
    Kind("other", {"nb": "Annet", "nn": "Anna", "en": "Other"}, ("annet", "anna")),
)

BY_NAME: Mapping[str, Kind] = {kind.name: kind for kind in ALL}
NAMES: tuple[str, ...] = tuple(BY_NAME)
REST: frozenset[str] = frozenset(kind.name for kind in ALL if kind.rest)
ALIASES: Mapping[str, str] = {alias: kind.name for kind in ALL for alias in kind.aliases}
"""Every other word for a kind, and the kind it means."""
