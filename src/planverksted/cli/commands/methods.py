"""``planverksted methods``: the built-in group methods, their steps, minutes and sources."""

from __future__ import annotations

import sys
from typing import IO

from planverksted import i18n
from planverksted.cli import voice
from planverksted.errors import PlanverkstedError
from planverksted.i18n import Key
from planverksted.lint.formatters.text import wants_colour
from planverksted.suggest import did_you_mean
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method, find_method_key

Line = tuple[str, str]
"""A line of output and its style on a terminal ("" for none)."""


def run(name: str | None, language: str | None = None) -> int:
    """List the methods, or show one in full; 1 when there is no method called ``name``.

    Their words are in ``language``, else in the command line's (the locale's, else English).
    """
    language = language or voice.language()
    lines = method_table(language) if name is None else method_detail(_key(name), language)
    _write(lines, sys.stdout)
    return 0


def method_table(language: str = i18n.DEFAULT) -> list[Line]:
    """One row a method: name, steps, total and description, in columns."""
    rows = [
        tuple(
            i18n.message(f"methods.{column}", language)
            for column in ("name", "steps", "total", "description")
        )
    ]
    for key in BUILTIN_METHODS:
        method = builtin_method(key, language)
        steps = method.steps_text
        rows.append((key, steps, f"{method.total} min", method.description or ""))
    # The last column is left ragged, so that no line ends in spaces.
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = [
        "  ".join([*(cell.ljust(width) for cell, width in zip(row, widths, strict=False)), row[3]])
        for row in rows
    ]
    return [(lines[0], "bold"), *((line, "") for line in lines[1:])]


def method_detail(key: str, language: str = i18n.DEFAULT) -> list[Line]:
    """A method in full: what it is, each step with its minutes, and where the timings are from."""
    method = builtin_method(key, language)
    title = method.label(key)
    if method.description:
        title += f" – {method.description}"
    steps = method.steps_text
    lines: list[Line] = [
        (f"{key}: {title}", "bold"),
        (
            _filled(
                language,
                _steps_count(len(method.steps)),
                total=f"{method.total} min",
                count=len(method.steps),
                steps=steps,
            ),
            "",
        ),
        ("", ""),
    ]
    offsets = []
    elapsed = 0
    for step in method.steps:
        offsets.append(f"{elapsed}–{elapsed + step.duration}")
        elapsed += step.duration
    span = max(len(offset) for offset in offsets)
    minutes = max(len(f"{step.duration} min") for step in method.steps)
    indent = " " * (2 + span + 2 + minutes + 2)
    for offset, step in zip(offsets, method.steps, strict=True):
        lines.append((f"  {offset:>{span}}  {f'{step.duration} min':>{minutes}}  {step.title}", ""))
        if step.note:
            lines.append((indent + step.note, "dim"))
    lines += [
        ("", ""),
        (_filled(language, "methods.source", source=method.source), "dim"),
        (_filled(language, "methods.usage", key=key), ""),
    ]
    return lines


def _key(name: str) -> str:
    found = find_method_key(name, set())
    if found is not None:
        return found[0]
    known = list(BUILTIN_METHODS)
    # "kafé" and "kafe" find kafedialog: did_you_mean folds accents and takes a unique prefix.
    guess = did_you_mean(name, known)
    raise PlanverkstedError.of(
        "methods.unknown",
        "did-you-mean" if guess else "methods.unknown.hint",
        name=Key(name),
        guess=Key(guess or ""),
        names=", ".join(known),
    )


def _steps_count(count: int) -> str:
    return "methods.summary.one" if count == 1 else "methods.summary.many"


def _filled(language: str, text_id: str, **args: object) -> str:
    return i18n.fill(i18n.message(text_id, language), language, args)


def _write(lines: list[Line], stream: IO[str]) -> None:
    """Plain text when piped or with NO_COLOR; a little emphasis on a terminal."""
    if not wants_colour(stream):
        stream.write("".join(f"{text}\n" for text, _ in lines))
        return
    from rich.console import Console
    from rich.text import Text

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for text, style in lines:
        console.print(Text(text, style=style))
