"""Caps on what the printed documents (PDF and Word) lay out, below the caps of the file.

Typesetting costs far more per row and per character than HTML or Markdown: a file under
the rows cap (200,000) took four minutes and 11.7 GB as PDF. So the PDF and the Word
document are made of at most :data:`MAX_PRINT_ROWS` rows and :data:`MAX_PRINT_CHARACTERS`
characters of text, which each make in a few seconds and a few hundred MB
(docs/performance.md). Past a cap, ``check`` says where, and ``render`` makes every other
format but refuses those two before any work starts (``--all`` leaves them out).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.texts import shown_texts
from planverksted.lint.wording import finding, schedule_finding
from planverksted.timing.schedule import Schedule

SECTION = "Reading the file"
ORDER = 16

MAX_PRINT_ROWS = 5_000
"""Rows (blocks, parts and method steps) of a PDF or Word document: a few weeks of
full-day workshops, laid out in about 4 s and 500 MB as PDF."""
MAX_PRINT_CHARACTERS = 500_000
"""Characters of text in the file that a PDF or Word document lays out: 3,000,000 in one
title took 10 s and 900 MB as PDF."""
PRINTED = ("pdf", "docx")
"""The formats these caps hold for."""

CODES = (
    Code(
        "too-large-to-print",
        WARNING,
        f"a run-sheet of more than {MAX_PRINT_ROWS:,} rows, or a file of more than "
        f"{MAX_PRINT_CHARACTERS:,} characters of text: too much for the PDF and the Word "
        "document, which are not made (every other format is)",
        ignorable=False,
        example="2,000 blocks that each use a method of 10 steps",
    ),
)

TEXTS = {
    "too-large-to-print": {
        "en": "the run-sheet has more than {cap} rows (blocks, parts and method steps), "
        "more than a PDF or Word document is made of; the cap is passed here",
        "nb": "kjøreplanen har flere enn {cap} rader (bolker, deler og steg i metoder), "
        "flere enn planverksted lager PDF eller Word-dokument av; grensen er nådd her",
        "nn": "køyreplanen har fleire enn {cap} rader (bolkar, delar og steg i metodar), "
        "fleire enn ein PDF eller eit Word-dokument blir laga av; grensa er nådd her",
    },
    "too-large-to-print.text": {
        "en": "the file has more than {cap} characters of text, more than a PDF or Word "
        "document is made of; the cap is passed here",
        "nb": "filen har flere enn {cap} tegn med tekst, flere enn planverksted lager PDF "
        "eller Word-dokument av; grensen er nådd her",
        "nn": "fila har fleire enn {cap} teikn med tekst, fleire enn ein PDF eller eit "
        "Word-dokument blir laga av; grensa er nådd her",
    },
    "too-large-to-print.hint": {
        "en": "the other formats are made; for a PDF or Word document, split the programme "
        "into several files",
        "nb": "de andre formatene blir laget; del programmet opp i flere filer for å få PDF "
        "eller Word",
        "nn": "dei andre formata blir laga; del programmet opp i fleire filer for å få PDF "
        "eller Word",
    },
}
"""No ``.print`` texts: about the documents, not the day."""


def check(schedule: Schedule) -> Iterator[Finding]:
    """The row that passes :data:`MAX_PRINT_ROWS`, if one does."""
    rows = 0
    for day in schedule.days:
        for block in day.blocks:
            rows += 1 + len(block.steps) + len(block.tracks)
            rows += sum(1 + len(part.steps) for part in block.parts)
            if rows > MAX_PRINT_ROWS:
                yield schedule_finding(
                    schedule,
                    "too-large-to-print",
                    block.path,
                    hint="too-large-to-print.hint",
                    cap=_number(MAX_PRINT_ROWS),
                )
                return


def text_findings(data: Any, language: str) -> list[Finding]:
    """The text that passes :data:`MAX_PRINT_CHARACTERS`, if one does (``data`` as loaded)."""
    total = 0
    for path, value in shown_texts(data):
        total += len(value)
        if total > MAX_PRINT_CHARACTERS:
            return [
                finding(
                    "too-large-to-print",
                    path,
                    times=language,
                    text="too-large-to-print.text",
                    hint="too-large-to-print.hint",
                    cap=_number(MAX_PRINT_CHARACTERS),
                )
            ]
    return []


def _number(value: int) -> Any:
    from planverksted.lint.wording import PerLanguage

    def written(language: str) -> str:
        grouped = f"{value:,}"
        return grouped if language == "en" else grouped.replace(",", "\u00a0")

    return PerLanguage(written)
