"""The pipeline for one file: read, load, validate, resolve times, check, locate findings.

``analyse_file`` is what both ``check`` and ``render`` call; it never prints and never
raises for anything in the file: every problem comes back as a located finding.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from planverksted.lint.finding import CODES, Finding, Severity
from planverksted.source.load import Loaded, load_text, read_source
from planverksted.source.positions import Positions
from planverksted.timing.schedule import Schedule
from planverksted.workshop.model import Workshop


@dataclasses.dataclass(frozen=True)
class Analysis:
    """Everything known about one workshop file."""

    file: str
    findings: tuple[Finding, ...]
    workshop: Workshop | None = None
    schedule: Schedule | None = None

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
        return Analysis(display, _locate(findings, display, Positions()))
    return analyse_text(text, display, ignore)


def analyse_text(text: str, file: str = "<text>", ignore: Iterable[str] = ()) -> Analysis:
    """Analyse workshop text; ``file`` is the name findings carry."""
    from planverksted.lint.registry import run_checks
    from planverksted.timing.schedule import resolve_times
    from planverksted.workshop.validate import validate

    loaded: Loaded = load_text(text)
    findings = list(loaded.findings)
    if loaded.fatal:
        return Analysis(file, _locate(findings, file, loaded.positions))
    workshop, problems = validate(loaded.data)
    findings += problems
    if workshop is None:
        # A value the loader refused (an alias) is not also "missing": the loader's finding wins.
        claimed = _claimed(loaded.findings)
        findings = loaded.findings + [
            f
            for f in problems
            if f.path is None or loaded.positions.locate(f.path, key=f.key) not in claimed
        ]
        return Analysis(file, _locate(findings, file, loaded.positions))
    schedule, problems = resolve_times(workshop)
    findings += problems
    findings += run_checks(schedule)
    silenced = set(ignore) | set(workshop.checks.ignore)
    kept = [f for f in findings if not (f.code in silenced and CODES[f.code].ignorable)]
    return Analysis(file, _locate(kept, file, loaded.positions), workshop, schedule)


def _claimed(findings: list[Finding]) -> set[tuple[int, int]]:
    return {(finding.line, finding.column) for finding in findings}


def _locate(findings: list[Finding], file: str, positions: Positions) -> tuple[Finding, ...]:
    """Give every finding its file, line and column; drop repeats of the same spot and code."""
    located: dict[tuple[int, int, str, str], Finding] = {}
    for finding in findings:
        line, column = finding.line, finding.column
        if finding.path is not None:
            line, column = positions.locate(finding.path, key=finding.key)
        place = dataclasses.replace(finding, file=file, line=line or 1, column=column or 1)
        located.setdefault((place.line, place.column, place.code, place.message), place)
    stage = _stages()
    return tuple(
        sorted(located.values(), key=lambda f: (f.file, stage.get(f.code, 2), *f.sort_key()[1:]))
    )


def _stages() -> dict[str, int]:
    """Each code's stage, in the order a person fixes them: YAML, then structure, then times."""
    from planverksted.lint.registry import rule_modules

    order = {"Reading the file": 0, "Understanding it": 1}
    return {code.name: order.get(rule.section, 2) for rule in rule_modules() for code in rule.codes}
