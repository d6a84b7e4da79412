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
    words: Mapping[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    """Other words a planner may write for it, by language, in lower case (``kaffepause``).

    Its label in each language is a word for it too (``kind: innlegg``), without saying so here.
    """
    rest: bool = False
    """A break from work: it ends a stretch for the no-break check."""
    terminal_colour: str = "white"
    """Its colour in the terminal preview, one of the 16 that every colour terminal has."""

    def words_in(self, language: str) -> tuple[str, ...]:
        """Every word for it in ``language``: its label first, then the others."""
        label = self.labels.get(language)
        found = [label.lower()] if label else []
        return tuple(dict.fromkeys([*found, *self.words.get(language, ())]))

    @property
    def aliases(self) -> tuple[str, ...]:
        """Every word for it in any language, other than its name."""
        every = [word for language in self.labels for word in self.words_in(language)]
        every += [word for words in self.words.values() for word in words]
        return tuple(word for word in dict.fromkeys(every) if word != self.name)


ALL: tuple[Kind, ...] = (
    Kind(
        "intro",
        {"nb": "Innledning", "nn": "Innleiing", "en": "Introduction"},
        {"nb": ("velkommen", "åpning"), "nn": ("velkomen", "opning"), "en": ("welcome",)},
        terminal_colour="blue",
    ),
    Kind(
        "talk",
        {"nb": "Innlegg", "nn": "Innlegg", "en": "Talk"},
        {"nb": ("foredrag", "presentasjon"), "nn": ("føredrag", "presentasjon")},
        terminal_colour="magenta",
    ),
    Kind("film", {"nb": "Film", "nn": "Film", "en": "Film"}, terminal_colour="bright_magenta"),
    Kind(
        "group",
        {"nb": "Gruppearbeid", "nn": "Gruppearbeid", "en": "Group work"},
        {"nb": ("gruppe",), "nn": ("gruppe",)},
        terminal_colour="green",
    ),
    Kind(
        "plenary",
        {"nb": "Plenum", "nn": "Plenum", "en": "Plenary"},
        {"nb": ("plenumsdiskusjon",), "nn": ("plenumsdiskusjon",)},
        terminal_colour="yellow",
    ),
    Kind(
        "break",
        {"nb": "Pause", "nn": "Pause", "en": "Break"},
        {"nb": ("kaffepause",), "nn": ("kaffipause", "kaffepause"), "en": ("coffee break",)},
        rest=True,
        terminal_colour="bright_black",
    ),
    Kind(
        "meal",
        {"nb": "Måltid", "nn": "Måltid", "en": "Meal"},
        {"nb": ("lunsj", "middag"), "nn": ("lunsj", "middag"), "en": ("lunch", "dinner")},
        rest=True,
        terminal_colour="bright_black",
    ),
    Kind(
        "summary",
        {"nb": "Oppsummering", "nn": "Oppsummering", "en": "Summary"},
        terminal_colour="cyan",
    ),
    Kind(
        "evaluation",
        {"nb": "Evaluering", "nn": "Evaluering", "en": "Evaluation"},
        terminal_colour="bright_cyan",
    ),
    Kind("other", {"nb": "Annet", "nn": "Anna", "en": "Other"}),
)

BY_NAME: Mapping[str, Kind] = {kind.name: kind for kind in ALL}
NAMES: tuple[str, ...] = tuple(BY_NAME)
REST: frozenset[str] = frozenset(kind.name for kind in ALL if kind.rest)
ALIASES: Mapping[str, str] = {alias: kind.name for kind in ALL for alias in kind.aliases}
"""Every other word for a kind, and the kind it means."""


def words(language: str) -> str:
    """The words for the kinds in ``language``, for a hint: "innledning, innlegg, …"."""
    return ", ".join(word for kind in ALL for word in kind.words_in(language))
