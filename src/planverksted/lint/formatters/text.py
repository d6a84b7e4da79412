"""Findings as text: ``file:line:col: severity[code] message`` with an indented hint.

Coloured on a terminal (via rich), plain when piped or when NO_COLOR is set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import IO

from planverksted.i18n import message
from planverksted.lint.finding import CODES, Finding, Severity, count_by_severity
from planverksted.printable import visible

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def severity_word(severity: Severity, language: str) -> str:
    """ "warning", "advarsel" (nb), "åtvaring" (nn): the code after it stays as it is."""
    return message(f"severity.{severity}", language)


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


REPEATS_SHOWN = 10
"""Text output shows this many findings of one code in one file; the rest are counted."""


def format_text(finding: Finding, language: str = "en") -> str:
    """One finding as plain text: the located line, then the hint indented under it.

    Text from the file (in the message, the hint, the file's name) shows its control
    characters as escapes: a finding is always one line, and never acts on a terminal.
    """
    line = (
        f"{visible(finding.file)}:{finding.line}:{finding.column}: "
        f"{severity_word(finding.severity, language)}[{finding.code}] {visible(finding.message)}"
    )
    if not finding.hint:
        return line
    return f"{line}\n    {message('hint', language)}: {visible(finding.hint)}"


def grouped(
    findings: Sequence[Finding], language: str = "en", languages: Sequence[str] | None = None
) -> Iterator[tuple[Finding | str, str]]:
    """The findings to show, with a line instead of the repeats past :data:`REPEATS_SHOWN`,
    each with the language it is written in (its own in ``languages``, else ``language``).

    "w.yaml: … and 10,498 more warning[gap] like these (--format json lists every one)"
    follows the last finding of the file that has them.
    """
    seen: dict[tuple[str, str], int] = {}
    for index, finding in enumerate(findings):
        own = languages[index] if languages is not None else language
        key = (finding.file, finding.code)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= REPEATS_SHOWN:
            yield finding, own
        last_of_file = index + 1 == len(findings) or findings[index + 1].file != finding.file
        if last_of_file:
            for (file, code), count in seen.items():
                if file == finding.file and count > REPEATS_SHOWN:
                    more = f"{count - REPEATS_SHOWN:,}".replace(
                        ",", "\u00a0" if own != "en" else ","
                    )
                    line = f"{visible(file)}: " + message("more-like-these", own).format(
                        count=more, kind=f"{severity_word(CODES[code].severity, own)}[{code}]"
                    )
                    yield line, own


def wants_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and not when NO_COLOR is set or the terminal is dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def write_text(
    findings: Sequence[Finding],
    files: int,
    stream: IO[str],
    language: str = "en",
    languages: Sequence[str] | None = None,
) -> None:
    """Findings and a summary; colour only where :func:`wants_colour` says.

    The findings come worded; ``language`` words the summary, and the severity words and
    the hints' label of each finding unless ``languages`` (one for each finding: files in
    several languages) says another for it.
    """
    if not wants_colour(stream):
        for item, own in grouped(findings, language, languages):
            stream.write((item if isinstance(item, str) else format_text(item, own)) + "\n")
        stream.write(summary_line(findings, files, language) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for finding, own in grouped(findings, language, languages):
        if isinstance(finding, str):
            console.print(f"[dim]{escape(finding)}[/dim]")
            continue
        style = _STYLES[finding.severity]
        console.print(
            f"[bold]{escape(visible(finding.file))}:{finding.line}:{finding.column}:[/bold] "
            f"[{style}]{severity_word(finding.severity, own)}[/{style}]"
            f"[dim]\\[{finding.code}][/dim] "
            f"{escape(visible(finding.message))}"
        )
        if finding.hint:
            hint = escape(visible(finding.hint))
            console.print(f"    [dim]{message('hint', own)}:[/dim] {hint}")
    worst = max((finding.severity for finding in findings), default=None)
    mark = {Severity.ERROR: "[bold red]✗[/]", Severity.WARNING: "[yellow]![/]"}.get(
        worst if worst is not None else Severity.INFO, "[green]✓[/]"
    )
    console.print(f"{mark} {summary_line(findings, files, language)}")
