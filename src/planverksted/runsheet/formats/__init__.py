"""The output formats, one module each, behind one registry.

A format module declares what it is and renders a :class:`Job`::

    FORMAT = OutputFormat("pdf", suffixes=(".pdf",), binary=True, extra="pdf", requires=("typst",))
    def render(job: Job) -> str | bytes: ...

``render -o FILE`` chooses the format by the file's suffix, ``--format`` by name, and the
command line's choices come from here. Adding a format is adding a module (and its
template): nothing else names the formats. A module imports only what is cheap at the
top; what is heavy (rich, Jinja, typst, python-docx) it imports inside ``render``.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import importlib.util
import pkgutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from planverksted.analysis import Analysis
    from planverksted.runsheet.view import View


@dataclasses.dataclass(frozen=True)
class OutputFormat:
    """What a format is, as the command line and the registry need to know it."""

    name: str
    """Its ``--format`` name."""
    suffixes: tuple[str, ...] = ()
    """Output file suffixes that mean it, in lower case, the usual one first."""
    binary: bool = False
    """It renders bytes (PDF, DOCX), not text."""
    to_file: Literal["yes", "no", "only"] = "yes"
    """``no``: only shown on a terminal (the preview); ``only``: never to standard output."""
    templates: tuple[str, ...] = ()
    """Suffixes of the user templates it takes (``.html`` in ``x.html.j2``); none: no --template."""
    extra: str | None = None
    """The optional dependency it needs: ``pip install 'planverksted[EXTRA]'``."""
    requires: tuple[str, ...] = ()
    """Modules that must be importable for it (those of ``extra``)."""
    rank: int = 100
    """Where it comes in lists of formats (help and messages): lower first."""
    summary: str = ""
    """What it is, as a noun phrase for messages and help: "the terminal preview"."""
    layouts: tuple[str, ...] = ("full",)
    """The ``--layout`` values it draws (``compact``: the run-sheet on one page)."""

    def available(self) -> bool:
        """Whether what it needs is installed."""
        return all(importlib.util.find_spec(name) is not None for name in self.requires)


@dataclasses.dataclass
class Job:
    """One output to make: the analysed file, for whom, in which language, how."""

    analysis: Analysis
    audience: str = "facilitator"
    language: str | None = None
    template: Path | None = None
    target: Path | None = None
    """Where it will be written, if to a file (a calendar reads the one already there)."""
    width: int = 100
    color_system: str | None = None
    options: Mapping[str, Any] = dataclasses.field(default_factory=dict)
    """Format-specific settings from the command line (``layout``, ``reference_docx`` …)."""
    template_files: list[Path] = dataclasses.field(default_factory=list)
    """Every file of the user's that ``template`` read (itself, what it includes), as the
    render found them: no output of the same run may replace one."""

    @functools.cached_property
    def view(self) -> View:
        """The view model every document draws from, built once per job."""
        from planverksted.runsheet.view import build_context

        return build_context(
            self.analysis,
            audience=self.audience,
            language=self.language,
            layout=self.options.get("layout", "full"),
            findings=self.options.get("findings", True),
        )


Render = Callable[[Job], "str | bytes"]


@dataclasses.dataclass(frozen=True)
class Registered:
    """A format and its renderer."""

    format: OutputFormat
    render: Render
    prepare: Callable[[Job], None] | None = None
    """What can be done once in the command's own process before ``render`` runs in a
    capped child (compiling a built-in template, importing a library), so that every
    child inherits it instead of doing it again."""


@functools.cache
def names() -> tuple[str, ...]:
    """Every format's name, without importing the modules (for the command line)."""
    return tuple(
        sorted(
            info.name for info in pkgutil.iter_modules(__path__) if not info.name.startswith("_")
        )
    )


@functools.cache
def get(name: str) -> Registered:
    """The format called ``name``; KeyError when there is none."""
    if name not in names():
        raise KeyError(name)
    module = importlib.import_module(f"{__name__}.{name}")
    declared: OutputFormat = module.FORMAT
    if declared.name != name:
        raise LookupError(f"format module {name} declares the name {declared.name!r}")
    return Registered(declared, module.render, getattr(module, "prepare", None))


def every() -> tuple[Registered, ...]:
    """Every format, in ``rank`` order."""
    return tuple(sorted((get(name) for name in names()), key=lambda entry: entry.format.rank))


def by_suffix(suffix: str) -> Registered | None:
    """The format an output file's suffix means (``.htm`` → html), or None."""
    suffix = suffix.lower()
    return next((entry for entry in every() if suffix in entry.format.suffixes), None)


def suffixes() -> tuple[str, ...]:
    """Every output suffix some format writes: what ``render -o`` may replace."""
    return tuple(suffix for entry in every() for suffix in entry.format.suffixes)
