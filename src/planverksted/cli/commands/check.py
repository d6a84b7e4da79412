"""``planverksted check``: validate and time-check workshop files, like a linter."""

from __future__ import annotations

import dataclasses
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from planverksted.analysis import Analysis
from planverksted.cli import voice
from planverksted.errors import UsageError, reason
from planverksted.i18n import Key
from planverksted.lint.finding import CODES, Finding, Severity
from planverksted.lint.formatters.text import write_text
from planverksted.lint.wording import finding as make_finding
from planverksted.lint.wording import worded
from planverksted.programme.analysis import ProgrammeAnalysis, analyse_any
from planverksted.source.load import WORKSHOP_SUFFIXES
from planverksted.suggest import did_you_mean


def expand_paths(names: Sequence[str]) -> list[str]:
    """Files as given; a folder stands for the workshop files below it, in name order."""
    files, _ = gather(names)
    return files


def gather(names: Sequence[str]) -> tuple[list[str], list[Finding]]:
    """Files as given, a folder standing for the workshop files below it, in name order;
    and a ``file-unreadable`` finding for each file or folder that cannot be read.

    Hidden folders (.git, .venv) are left out: they hold tools' files, not workshops.
    Standard input (``-``) is read once: a second ``-`` is a usage error.
    """
    files: list[str] = []
    unreadable: list[Finding] = []
    stdin_seen = False
    for name in names:
        if not name:
            raise UsageError.of("empty-name", "empty-name.hint", option="check")
        if name == "-":
            if stdin_seen:
                raise UsageError.of("stdin-twice", "stdin-twice.hint")
            stdin_seen = True
            files.append(name)
            continue
        try:
            status = Path(name).stat()
        except FileNotFoundError:
            raise UsageError.of("no-such-file", file=name) from None
        except OSError as error:
            unreadable.append(_unreadable(name, error, "file"))
            continue
        if not stat.S_ISDIR(status.st_mode):
            files.append(name)
            continue
        found: list[str] = []

        def failed(error: OSError, name: str = name) -> None:
            unreadable.append(_unreadable(error.filename or name, error, "folder"))

        for folder, subfolders, children in os.walk(name, onerror=failed):
            subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
            found += [
                str(Path(folder, child))
                for child in children
                if not child.startswith(".")
                and Path(child).suffix.lower() in WORKSHOP_SUFFIXES
                and _walked_file(Path(folder, child))
            ]
        if not found and not unreadable:
            raise UsageError.of("no-workshop-files", folder=name)
        files += sorted(found)
    return files, unreadable


def _walked_file(path: Path) -> bool:
    """Whether a folder's walk checks ``path``: a regular file (or a link to one).

    A named pipe, a device or a socket named ``*.yaml`` is passed over without a word, as
    ``find -type f`` and linters do: reading one would wait for ever or read for ever. A
    link that leads nowhere is kept, so that check says it cannot be read.
    """
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return True


def _unreadable(name: str, error: OSError, what: str) -> Finding:
    found = make_finding(
        "file-unreadable",
        None,
        text="file-unreadable" if what == "file" else "file-unreadable.folder",
        hint="file-unreadable.hint",
        line=1,
        column=1,
        reason=reason(error),
    )
    return dataclasses.replace(found, file=os.fsdecode(name))


def _covered(analysed: Sequence[Analysis | ProgrammeAnalysis]) -> set[str]:
    """The files checked through others: shared files, and the workshops programmes list."""
    paths: list[str | Path] = []
    for item in analysed:
        paths += item.sources
        if isinstance(item, ProgrammeAnalysis):
            for entry in item.entries:
                paths.append(entry.file)
                if entry.analysis is not None:
                    paths += entry.analysis.sources
    return {os.path.realpath(path) for path in paths}


def _once(files: list[str]) -> list[str]:
    """Each file once (the first name it was reached by), in the order first reached."""
    kept: dict[str, str] = {}
    for name in files:
        kept.setdefault(name if name == "-" else os.path.realpath(name), name)
    return list(kept.values())


def summary_language(languages: Sequence[str], given: str | None = None) -> str:
    """The language of what is not one file's own (the summary, an unreadable file's line):
    the files' language when they share one; else (a set in several languages, or no file
    read at all) ``given`` (``--lang``), else the locale's."""
    if languages and len(set(languages)) == 1:
        return languages[0]
    return given or voice.unfiled()


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

    Each file's findings are worded in its own language (bokmål when the file names
    none); the summary in the files' language when they share one, else in ``language``
    (``--lang``), else in the locale's (:mod:`planverksted.cli.voice`).
    """
    _check_codes(ignore)
    files, unreadable = gather(names)
    # Each file once, however it is reached: named, and found in a folder too.
    files = _once(files)

    analysed = [analyse_any(name, ignore) for name in files]
    programmes = [item for item in analysed if isinstance(item, ProgrammeAnalysis)]
    # A programme checks the workshops it lists, each under its own path; a shared file
    # (people: felles/folk.yaml) is checked through the files that name it. Found in a
    # folder, or named too, neither is checked again on its own.
    covered = _covered(analysed)
    analyses = [
        item
        for item in analysed
        if isinstance(item, Analysis)
        and (item.file == "<stdin>" or os.path.realpath(item.file) not in covered)
    ]
    every: list[Analysis | ProgrammeAnalysis] = [*programmes, *analyses]
    files_count = (
        len(every)
        + len(unreadable)
        + len(covered - {os.path.realpath(item.file) for item in every})
    )
    told = {id(item): item.told_language for item in every}
    languages = [known for known in told.values() if known is not None]
    used = summary_language(languages, language)
    voice.hear_file(used)
    seen: set[tuple[str, int, int, str, str]] = set()
    findings = [worded(finding, used) for finding in unreadable]
    spoken = [used for _ in findings]

    def add(found: Iterable[Finding], own_language: str) -> None:
        for finding in found:
            # One file's faults once, however many files name it.
            place = (finding.file, finding.line, finding.column, finding.code, finding.message)
            if place in seen:
                continue
            seen.add(place)
            findings.append(worded(finding, own_language))
            spoken.append(own_language)

    for item in every:
        add(item.findings, told[id(item)] or used)
        if isinstance(item, ProgrammeAnalysis):
            for entry in item.entries:
                if entry.analysis is not None:
                    add(entry.analysis.findings, entry.analysis.told_language or used)
    if output_format == "json":
        from planverksted.lint.formatters.json import to_json

        sys.stdout.write(to_json(findings, files_count, used, spoken) + "\n")
    elif output_format == "github":
        from planverksted.lint.formatters.github import to_github

        if findings:
            sys.stdout.write(to_github(findings, used, spoken) + "\n")
    else:
        write_text(findings, files_count, sys.stdout, used, spoken)
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return 1 if any(finding.severity in failing for finding in findings) else 0
