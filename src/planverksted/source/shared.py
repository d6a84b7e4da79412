"""Shared files: ``people:``, ``participants:`` or ``blocks:`` given as the path of a YAML file.

The path is relative to the file that names it. The shared file is read as a workshop file
is (``load``: the size cap, no tags or aliases, every scalar as text), after its target is
judged: a symbolic link counts as the file it points to, and only a regular file is read
(a FIFO or a device would block or never end). What it holds takes the place of the path
in the naming file's data; its faults are located in the shared file itself.
"""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path
from typing import Any

from planverksted.i18n import Key, Worded
from planverksted.lint.finding import Finding, Severity
from planverksted.lint.wording import finding
from planverksted.source.load import WORKSHOP_SUFFIXES, Loaded, load_text, read_source
from planverksted.workshop.model import describe_value

SHARED_KEYS: dict[str, type] = {"people": dict, "blocks": dict, "participants": list}
"""The top-level keys that may name a shared file, and what its top level must be."""


@dataclasses.dataclass(frozen=True)
class SharedFile:
    """One shared file a workshop names: under which key, its name for findings, its data."""

    key: str
    display: str
    """The file as findings name it: the naming file's folder joined with the path."""
    path: Path
    """Where it is on disk (for watching it)."""
    loaded: Loaded | None
    """None when it could not be read."""

    @property
    def failed(self) -> bool:
        """Whether it could not be read whole: unreadable, the wrong shape, or a YAML error
        (read past, its entries after the mistake may be lost or misread).

        Its own finding says why; what the naming file refers to in it (a ``who`` naming one
        of its people) is then no slip of the naming file's.
        """
        if self.loaded is None or self.loaded.data is None:
            return True
        return any(found.severity is Severity.ERROR for found in self.loaded.findings)


@dataclasses.dataclass
class Shared:
    """What resolving the shared files of one workshop's data gives."""

    data: Any
    files: list[SharedFile] = dataclasses.field(default_factory=list)
    findings: list[Finding] = dataclasses.field(default_factory=list)
    """Findings in the naming file (a path that cannot be read), located by path."""
    located: list[Finding] = dataclasses.field(default_factory=list)
    """Findings in the shared files, each already carrying its file, line and column."""

    def file_of(self, key: str) -> SharedFile | None:
        return next((file for file in self.files if file.key == key and file.loaded), None)


def is_shared_reference(key: str, value: Any) -> bool:
    """Whether ``value`` under top-level ``key`` names a YAML file to read."""
    return (
        key in SHARED_KEYS
        and isinstance(value, str)
        and value.strip().lower().endswith(WORKSHOP_SUFFIXES)
    )


def resolve_shared(data: Any, folder: Path | None, display: str) -> Shared:
    """``data`` with every shared file it names read in; ``display`` names the naming file."""
    result = Shared(data)
    if not isinstance(data, dict):
        return result
    resolved = dict(data)
    for key, expected in SHARED_KEYS.items():
        value = data.get(key)
        if not isinstance(value, str) or not is_shared_reference(key, value):
            continue
        reference = value.strip()
        path = (folder or Path()) / reference
        shown = os.path.normpath(Path(display).parent / reference)
        reason = unreadable_reason(path)
        text: str | None = None
        problems: list[Finding] = []
        if reason is None:
            text, problems = read_source(str(path))
        if reason is not None or text is None:
            if reason is None:
                reason = Worded.of("shared-file.os", error=problems[0].message if problems else "")
            result.findings.append(_unreadable_finding(key, reference, reason))
            result.files.append(SharedFile(key, shown, path, None))
            # Nothing is known of what it holds: the key stands empty, so nothing else is
            # reported about it (a who naming a key of the missing file is not a slip).
            resolved[key] = None
            continue
        loaded = load_text(text)
        located = [_in_file(f, shown) for f in loaded.findings]
        if not loaded.fatal and not isinstance(loaded.data, expected):
            located.append(_shape(key, shown, expected, loaded.data))
            loaded = dataclasses.replace(loaded, data=None)
        result.located += located
        result.files.append(SharedFile(key, shown, path, loaded))
        resolved[key] = loaded.data if not loaded.fatal else None
    result.data = resolved
    return result


def unreadable_reason(path: Path) -> Worded | None:
    """Why ``path`` is not a file to read (its target judged, for a link), or None."""
    if not path.name.lower().endswith(WORKSHOP_SUFFIXES):
        return Worded.of("shared-file.suffix")
    try:
        mode = path.stat().st_mode  # follows links: the target is what is read
    except FileNotFoundError:
        return Worded.of("shared-file.missing")
    except OSError as error:
        return Worded.of("shared-file.os", error=(error.strerror or str(error)).lower())
    if stat.S_ISDIR(mode):
        return Worded.of("shared-file.folder")
    if not stat.S_ISREG(mode):
        return Worded.of("shared-file.special")
    return None


def _unreadable_finding(key: str, reference: str, reason: Worded) -> Finding:
    return finding(
        "shared-file-unreadable",
        (key,),
        hint="shared-file-unreadable.hint",
        name=Key(reference),
        reason=reason,
        field=key,
    )


def _in_file(found: Finding, display: str) -> Finding:
    return dataclasses.replace(found, file=display, line=found.line or 1, column=found.column or 1)


def _shape(key: str, display: str, expected: type, data: Any) -> Finding:
    wanted = Worded.of("value.mapping" if expected is dict else "value.list")
    found = finding(
        "shared-file-shape",
        None,
        hint="shared-file-shape.hint" if expected is dict else "shared-file-shape.list.hint",
        line=1,
        column=1,
        field=key,
        expected=wanted,
        found=describe_value(data),
    )
    return dataclasses.replace(found, file=display)
