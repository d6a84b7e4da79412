"""Findings as text: ``file:line:col: severity[code] message`` with an indented hint.

Coloured on a terminal (via rich), plain when piped or when NO_COLOR is set.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import IO

from planverksted.i18n import message
from planverksted.lint.finding import Finding, Severity, count_by_severity

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def _count(what: str, count: int, language: str) -> str:
    return message(f"count.{what}.{'one' if count == 1 else 'many'}", language).format(count=count)


def summary_line(findings: Sequence[Finding], files: int, language: str = "en") -> str:
    """``2 errors, 1 warning in 1 of 3 files`` or ``no problems in 3 files``, in ``language``."""
    counts = count_by_severity(findings)
    parts = [
        _count(str(severity), counts[severity], language)
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        if counts[severity]
    ]
    all_files = _count("file", files, language)
    if not parts:
        return message("summary.none", language).format(files=all_files)
    affected = len({finding.file for finding in findings})
    return message("summary.found", language).format(
        counts=", ".join(parts), affected=affected, files=all_files
    )


def format_text(finding: Finding, language: str = "en") -> str:
    """One finding as plain text: the located line, then the hint indented under it."""
    line = (
        f"{finding.file}:{finding.line}:{finding.column}: "
        f"{finding.severity}[{finding.code}] {finding.message}"
    )
    return f"{line}\n    {message('hint', language)}: {finding.hint}" if finding.hint else line


def wants_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and not when NO_COLOR is set or the terminal is dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def write_text(
    findings: Sequence[Finding], files: int, stream: IO[str], language: str = "en"
) -> None:
    """Findings and a summary; colour only where :func:`wants_colour` says.

    The findings come worded; ``language`` words the summary and the hints' label.
    """
    if not wants_colour(stream):
        for finding in findings:
            stream.write(format_text(finding, language) + "\n")
        stream.write(summary_line(findings, files, language) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for finding in findings:
        style = _STYLES[finding.severity]
        console.print(
            f"[bold]{escape(finding.file)}:{finding.line}:{finding.column}:[/bold] "
            f"[{style}]{finding.severity}[/{style}][dim]\\[{finding.code}][/dim] "
            f"{escape(finding.message)}"
        )
        if finding.hint:
            console.print(f"    [dim]{message('hint', language)}:[/dim] {escape(finding.hint)}")
    worst = max((finding.severity for finding in findings), default=None)
    mark = {Severity.ERROR: "[bold red]✗[/]", Severity.WARNING: "[yellow]![/]"}.get(
        worst if worst is not None else Severity.INFO, "[green]✓[/]"
    )
    console.print(f"{mark} {summary_line(findings, files, language)}")
