"""The pipeline for one file: read, load, validate, resolve times, check, locate findings.

``analyse_file`` is what both ``check`` and ``render`` call; it never prints and never
raises for anything in the file: every problem comes back as a located finding.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from planverksted.lint.finding import CODES, Finding, Severity
from planverksted.source.load import Loaded, load_text, read_source
from planverksted.source.positions import Positions
from planverksted.source.shared import Shared
from planverksted.timing.schedule import Schedule
from planverksted.workshop.model import Workshop

if TYPE_CHECKING:
    from planverksted.seating.plan import Seating


@dataclasses.dataclass(frozen=True)
class Analysis:
    """Everything known about one workshop file."""

    file: str
    findings: tuple[Finding, ...]
    workshop: Workshop | None = None
    schedule: Schedule | None = None
    language: str = "nb"
    """The file's language: the workshop's, or its ``language:`` line when it cannot be read."""
    logo: str | None = None
    """The ``organiser_logo`` as a ``data:`` URI, when it could be read."""
    sources: tuple[Path, ...] = ()
    """The shared files the workshop names (``people: felles/folk.yaml``), to watch."""
    seating: Seating | None = None
    """Who sits where: the tables of every group work, and the parallel tracks."""
    language_known: bool = True
    """False when the file's text could not be read at all (not UTF-8, not there): its
    ``language`` is then only the format's default, not anything the file says."""

    @property
    def told_language(self) -> str | None:
        """The file's language as far as its text tells (bokmål when it names none); None
        when its text could not be read, and so nothing is known of it."""
        return self.language if self.language_known else None

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)


def analyse_file(name: str, ignore: Iterable[str] = ()) -> Analysis:
    """Analyse the file at ``name`` (``-`` for standard input)."""
    display = "<stdin>" if name == "-" else name
    text, findings = read_source(name)
    if text is None:
        located = locate_findings(findings, display, Positions())
        return Analysis(display, located, language_known=False)
    return analyse_text(text, display, ignore, folder=None if name == "-" else Path(name).parent)


def unread(file: str, findings: list[Finding], language: str = "nb") -> Analysis:
    """The analysis of a file that could not be read: its reading findings, located."""
    return Analysis(file, locate_findings(findings, file, Positions()), language=language)


def analyse_text(
    text: str,
    file: str = "<text>",
    ignore: Iterable[str] = (),
    *,
    folder: Path | None = None,
    loaded: Loaded | None = None,
) -> Analysis:
    """Analyse workshop text; ``file`` is the name findings carry.

    ``folder`` is where files the workshop names (its logo) are found; the working folder
    when None.
    """
    from planverksted.lint.registry import run_checks
    from planverksted.lint.rules.glyphs import glyph_findings
    from planverksted.lint.rules.logo import read_logo
    from planverksted.lint.rules.print_caps import text_findings as print_text_findings
    from planverksted.source.shared import resolve_shared
    from planverksted.timing.schedule import resolve_times
    from planverksted.workshop.library import apply_library
    from planverksted.workshop.validate import validate

    loaded = loaded or load_text(text)
    findings = list(loaded.findings)
    if loaded.fatal:
        return Analysis(
            file, locate_findings(findings, file, loaded.positions), language=loaded.language
        )
    # Shared files (people: felles/folk.yaml) read in, then reusable blocks (use:) filled in.
    shared = resolve_shared(loaded.data, folder, file)
    data, used, unfilled = apply_library(shared.data)
    sources = tuple(shared_file.path for shared_file in shared.files)
    findings += shared.findings + used
    workshop, problems = validate(data)
    # A block whose use: names nothing lacks its title because of it: one finding, not two.
    problems = [f for f in problems if not (f.code == "missing-key" and f.path in unfilled)]
    problems, elsewhere = in_shared_files(problems, shared)
    elsewhere += shared.located
    findings += problems
    if workshop is None:
        # A value the loader refused (an alias) is not also "missing": the loader's finding wins.
        claimed = _claimed(loaded.findings)
        findings = [
            *loaded.findings,
            *shared.findings,
            *used,
            *(
                f
                for f in problems
                if f.path is None or loaded.positions.locate(f.path, key=f.key) not in claimed
            ),
        ]
        findings += _checks_of_valid_blocks(data, problems, set(ignore))
        located = locate_findings(findings, file, loaded.positions, elsewhere)
        return Analysis(file, located, language=loaded.language, sources=sources)
    schedule, problems = resolve_times(workshop)
    findings += problems
    checked = run_checks(schedule)
    if any(f.key == "people" and f.failed for f in shared.files):
        # The people file could not be read, or is not people (its own error says so): a
        # who naming one of its people is no slip of its own.
        checked = [f for f in checked if f.code != "unknown-person"]
    findings += checked
    logo, problems = read_logo(workshop, folder)
    findings += problems
    seating = None
    if _seats_anyone(workshop):
        from planverksted.seating.plan import plan_seating

        seating, problems = plan_seating(schedule, folder)
        findings += problems
        if seating.roster.file is not None:
            # The participant file is an input too: serve follows its saves.
            sources = (*sources, (folder or Path()) / seating.roster.file)
    findings += glyph_findings(loaded.data, workshop.language)
    findings += print_text_findings(loaded.data, workshop.language)
    silenced = set(ignore) | set(workshop.checks.ignore)

    def kept(found: list[Finding]) -> list[Finding]:
        return [f for f in found if not (f.code in silenced and CODES[f.code].ignorable)]

    located = locate_findings(kept(findings), file, loaded.positions, kept(elsewhere))
    return Analysis(
        file,
        located,
        workshop,
        schedule,
        workshop.language,
        logo,
        sources=sources,
        seating=seating,
    )


def in_shared_files(problems: list[Finding], shared: Shared) -> tuple[list[Finding], list[Finding]]:
    """Validation findings in the naming file, and those located in the shared files."""
    here: list[Finding] = []
    there: list[Finding] = []
    for finding in problems:
        path = finding.path
        source = shared.file_of(str(path[0])) if path else None
        if source is None or source.loaded is None or not path:
            here.append(finding)
            continue
        line, column = source.loaded.positions.locate(path[1:], key=finding.key)
        if (line, column) in _claimed(source.loaded.findings):
            continue  # what the loader refused there (an alias) is not also "missing"
        there.append(
            dataclasses.replace(finding, file=source.display, line=line or 1, column=column or 1)
        )
    return here, there


def _seats_anyone(workshop: Workshop) -> bool:
    """Whether the file says anything about the people in the room (else nothing is planned,
    and nothing of the seating is imported)."""
    return (
        workshop.participants is not None
        or workshop.tables is not None
        or any(
            block.parallel or block.groups or any(part.groups for part in block.parts)
            for day in (workshop.days or ())
            for block in day.agenda
        )
        or any(
            block.parallel or block.groups or any(part.groups for part in block.parts)
            for block in workshop.agenda or ()
        )
    )


def _checks_of_valid_blocks(
    data: object, problems: list[Finding], ignore: set[str]
) -> list[Finding]:
    """The checks a validation error would hide, run on the blocks it does not touch.

    The invalid blocks are left out and the rest validated again. Reference checks
    (``who``, ``method``, ``questions``) hold for every block left; the timing checks only
    for blocks before the first one left out, since every later time may lean on it.
    """
    from planverksted.lint.registry import run_checks
    from planverksted.lint.rules import references
    from planverksted.timing.schedule import resolve_times
    from planverksted.workshop.validate import validate, without_blocks

    salvaged = without_blocks(data, [f.path for f in problems])
    if salvaged is None:
        return []
    reduced, renumber = salvaged
    workshop, again = validate(reduced)
    if workshop is None or again:
        return []
    schedule, timing = resolve_times(workshop)
    references_codes = {code.name for code in references.CODES}
    silenced = ignore | set(workshop.checks.ignore)
    kept = []
    for finding in timing + run_checks(schedule):
        if finding.path is None or (finding.code in silenced and CODES[finding.code].ignorable):
            continue
        reference = finding.code in references_codes
        place = renumber(finding.path) or ((finding.path, True) if reference else None)
        if place is None or (place[1] and not reference):
            continue
        kept.append(dataclasses.replace(finding, path=place[0]))
    return kept


def _claimed(findings: list[Finding]) -> set[tuple[int, int]]:
    return {(finding.line, finding.column) for finding in findings}


def locate_findings(
    findings: list[Finding],
    file: str,
    positions: Positions,
    elsewhere: Iterable[Finding] = (),
) -> tuple[Finding, ...]:
    """Give every finding its file, line and column; drop repeats of the same spot and code.

    ``elsewhere`` are findings already located in other files (the shared files).
    """
    located: dict[tuple[str, int, int, str, str], Finding] = {}
    for finding in findings:
        line, column = finding.line, finding.column
        if finding.path is not None:
            line, column = positions.locate(finding.path, key=finding.key)
        place = dataclasses.replace(finding, file=file, line=line or 1, column=column or 1)
        located.setdefault((file, place.line, place.column, place.code, place.message), place)
    for place in elsewhere:
        located.setdefault((place.file, place.line, place.column, place.code, place.message), place)
    stage = _stages()
    # In the order a person fixes them, across the file and the shared files it names: a
    # broken people file (YAML, its shape) before what the file says of its people.
    return tuple(
        sorted(
            located.values(),
            key=lambda f: (stage.get(f.code, 2), f.file != file, f.file, *f.sort_key()[1:]),
        )
    )


def _stages() -> dict[str, int]:
    """Each code's stage, in the order a person fixes them: YAML, then structure, then times."""
    from planverksted.lint.registry import rule_modules

    order = {"Reading the file": 0, "Understanding it": 1}
    return {code.name: order.get(rule.section, 2) for rule in rule_modules() for code in rule.codes}
