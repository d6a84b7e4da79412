"""``planverksted check``: validate and time-check workshop files, like a linter."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Sequence
from pathlib import Path

from planverksted import i18n
from planverksted.analysis import analyse_file
from planverksted.errors import UsageError
from planverksted.i18n import Key
from planverksted.lint.finding import CODES, Finding, Severity
from planverksted.lint.formatters.github import to_github
from planverksted.lint.formatters.json import to_json
from planverksted.lint.formatters.text import write_text
from planverksted.lint.wording import in_language
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.suggest import did_you_mean


def expand_paths(names: Sequence[str]) -> list[str]:
    """Files as given; a folder stands for the workshop files below it, in name order.

    Hidden folders (.git, .venv) are left out: they hold tools' files, not workshops.
    """
    files: list[str] = []
    for name in names:
        if name == "-":
            files.append(name)
            continue
        path = Path(name)
        if path.is_dir():
            found = sorted(
                str(child)
                for child in path.rglob("*")
                if child.suffix.lower() in WORKSHOP_SUFFIXES
                and child.is_file()
                and not any(part.startswith(".") for part in child.relative_to(path).parts)
            )
            if not found:
                raise UsageError.of("no-workshop-files", folder=name)
            files += found
        elif not path.exists():
            raise UsageError.of("no-such-file", file=name)
        else:
            files.append(name)
    return files


def worded(finding: Finding, language: str) -> Finding:
    """The finding with its message and hint in ``language``."""
    message, hint = in_language(finding, language)
    return dataclasses.replace(finding, message=message, hint=hint)


def _shared_language(languages: Sequence[str]) -> str:
    """The files' language when they share one; else the default (bokmål)."""
    return languages[0] if len(set(languages)) == 1 else i18n.DEFAULT


def _check_codes(codes: Sequence[str]) -> None:
    """An --ignore code that does not exist is a slip on the command line: say so."""
    for code in codes:
        if code not in CODES:
            guess = did_you_mean(code, CODES)
            hint = "did-you-mean" if guess else "unknown-code.hint"
            raise UsageError.of(
                "unknown-code", hint, raw=code, code=Key(code), guess=Key(guess or "")
            )


def run(
    names: Sequence[str],
    output_format: str,
    strict: bool,
    ignore: Sequence[str],
    language: str | None = None,
) -> int:
    """Check every file; 0 when none has errors (nor warnings, with ``strict``), else 1.

    Findings are worded in ``language``, else in each file's own language (bokmål when
    the file names none).
    """
    _check_codes(ignore)
    files = expand_paths(names)
    analyses = [analyse_file(name, ignore) for name in files]
    findings = [
        worded(finding, language or analysis.language)
        for analysis in analyses
        for finding in analysis.findings
    ]
    used = language or _shared_language([analysis.language for analysis in analyses])
    if output_format == "json":
        sys.stdout.write(to_json(findings, len(files), used) + "\n")
    elif output_format == "github":
        if findings:
            sys.stdout.write(to_github(findings) + "\n")
    else:
        write_text(findings, len(files), sys.stdout, used)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return 1 if any(finding.severity in failing for finding in findings) else 0
