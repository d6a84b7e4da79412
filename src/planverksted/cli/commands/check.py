"""``planverksted check``: validate and time-check workshop files, like a linter."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from planverksted.analysis import analyse_file
from planverksted.errors import UsageError
from planverksted.lint.finding import CODES, Severity
from planverksted.lint.report import to_github, to_json, write_text
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
                raise UsageError(f"no workshop files (*.yaml, *.yml) in the folder {name}")
            files += found
        elif not path.exists():
            raise UsageError(f"no such file: {name}")
        else:
            files.append(name)
    return files


def _check_codes(codes: Sequence[str]) -> None:
    """An --ignore code that does not exist is a slip on the command line: say so."""
    for code in codes:
        if code not in CODES:
            guess = did_you_mean(code, CODES)
            hint = f"did you mean '{guess}'?" if guess else "the codes are in docs/checks.md"
            raise UsageError(f"--ignore {code}: there is no finding code called '{code}'", hint)


def run(names: Sequence[str], output_format: str, strict: bool, ignore: Sequence[str]) -> int:
    """Check every file; 0 when none has errors (nor warnings, with ``strict``), else 1."""
    _check_codes(ignore)
    files = expand_paths(names)
    findings = [finding for name in files for finding in analyse_file(name, ignore).findings]
    if output_format == "json":
        sys.stdout.write(to_json(findings, len(files)) + "\n")
    elif output_format == "github":
        if findings:
            sys.stdout.write(to_github(findings) + "\n")
    else:
        write_text(findings, len(files), sys.stdout)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return 1 if any(finding.severity in failing for finding in findings) else 0
