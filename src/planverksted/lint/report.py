"""Output formats for findings, kept apart from the checking: text, json and github.

Text is ``file:line:col: severity[code] message`` with an indented hint, coloured
on a terminal (via rich) and plain when piped or when NO_COLOR is set.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from typing import IO

from planverksted.lint.finding import CODES, Finding, Severity, count_by_severity
from planverksted.printable import visible

_JSON_HIDDEN = re.compile("[\x7f-\x9f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")

_STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}


def summary_line(findings: Sequence[Finding], files: int) -> str:
    """``2 errors, 1 warning in 1 of 3 files`` or ``no problems in 3 files``."""
    counts = count_by_severity(findings)
    noun = "file" if files == 1 else "files"
    parts = [
        f"{counts[severity]} {label}{'' if counts[severity] == 1 else 's'}"
        for severity, label in (
            (Severity.ERROR, "error"),
            (Severity.WARNING, "warning"),
            (Severity.INFO, "note"),
        )
        if counts[severity]
    ]
    if not parts:
        return f"no problems in {files} {noun}"
    affected = len({finding.file for finding in findings})
    return f"{', '.join(parts)} in {affected} of {files} {noun}"


REPEATS_SHOWN = 10
"""Text output shows this many findings of one code in one file; the rest are counted."""


def format_text(finding: Finding) -> str:
    """One finding as plain text: the located line, then the hint indented under it.

    Text from the file (in the message, the hint, the file's name) shows its control
    characters as escapes: a finding is always one line, and never acts on a terminal.
    """
    line = (
        f"{visible(finding.file)}:{finding.line}:{finding.column}: "
        f"{finding.severity}[{finding.code}] {visible(finding.message)}"
    )
    return f"{line}\n    hint: {visible(finding.hint)}" if finding.hint else line


def grouped(findings: Sequence[Finding]) -> Iterator[Finding | str]:
    """The findings to show, with a line instead of the repeats past :data:`REPEATS_SHOWN`.

    "w.yaml: … and 10,498 more warning[gap] like these (--format json lists every one)"
    follows the last finding of the file that has them.
    """
    seen: dict[tuple[str, str], int] = {}
    for index, finding in enumerate(findings):
        key = (finding.file, finding.code)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] <= REPEATS_SHOWN:
            yield finding
        last_of_file = index + 1 == len(findings) or findings[index + 1].file != finding.file
        if last_of_file:
            for (file, code), count in seen.items():
                if file == finding.file and count > REPEATS_SHOWN:
                    severity = CODES[code].severity
                    yield (
                        f"{visible(file)}: … and {count - REPEATS_SHOWN:,} more "
                        f"{severity}[{code}] like these (--format json lists every one)"
                    )


def wants_colour(stream: IO[str]) -> bool:
    """Colour only on a terminal, and not when NO_COLOR is set or the terminal is dumb."""
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def write_text(findings: Sequence[Finding], files: int, stream: IO[str]) -> None:
    """Findings and a summary; colour only where :func:`wants_colour` says."""
    if not wants_colour(stream):
        for item in grouped(findings):
            stream.write((item if isinstance(item, str) else format_text(item)) + "\n")
        stream.write(summary_line(findings, files) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=stream, highlight=False, soft_wrap=True)
    for finding in grouped(findings):
        if isinstance(finding, str):
            console.print(f"[dim]{escape(finding)}[/dim]")
            continue
        style = _STYLES[finding.severity]
        console.print(
            f"[bold]{escape(visible(finding.file))}:{finding.line}:{finding.column}:[/bold] "
            f"[{style}]{finding.severity}[/{style}][dim]\\[{finding.code}][/dim] "
            f"{escape(visible(finding.message))}"
        )
        if finding.hint:
            console.print(f"    [dim]hint:[/dim] {escape(visible(finding.hint))}")
    worst = max((finding.severity for finding in findings), default=None)
    mark = {Severity.ERROR: "[bold red]✗[/]", Severity.WARNING: "[yellow]![/]"}.get(
        worst if worst is not None else Severity.INFO, "[green]✓[/]"
    )
    console.print(f"{mark} {summary_line(findings, files)}")


def to_json(findings: Sequence[Finding], files: int) -> str:
    counts = count_by_severity(findings)
    document = {
        "findings": [
            {
                "file": finding.file,
                "line": finding.line,
                "column": finding.column,
                "severity": str(finding.severity),
                "code": finding.code,
                "message": finding.message,
                "hint": finding.hint,
            }
            for finding in findings
        ],
        "summary": {
            "files": files,
            "errors": counts[Severity.ERROR],
            "warnings": counts[Severity.WARNING],
            "info": counts[Severity.INFO],
        },
    }
    # JSON escapes C0 controls itself; DEL, C1 and invisible format characters too, here.
    return _JSON_HIDDEN.sub(
        lambda match: f"\\u{ord(match[0]):04x}", json.dumps(document, ensure_ascii=False, indent=2)
    )


def _github_escape(text: str, *, property_value: bool = False) -> str:
    """Text safe in a workflow command: visible controls, escaped line ends, no ``::``."""
    text = visible(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if property_value:
        return text.replace(":", "%3A").replace(",", "%2C")
    # A "::" in the message could be read as the start of another command by a lax reader.
    return text.replace("::", ": :")


def to_github(findings: Sequence[Finding]) -> str:
    """GitHub Actions workflow commands, which annotate the lines in a pull request."""
    command = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
    lines = []
    for finding in findings:
        message = finding.message + (f" (hint: {finding.hint})" if finding.hint else "")
        file = _github_escape(finding.file, property_value=True)
        lines.append(
            f"::{command[finding.severity]} file={file},line={finding.line},col={finding.column},"
            f"title={_github_escape(finding.code, property_value=True)}::{_github_escape(message)}"
        )
    return "\n".join(lines)
