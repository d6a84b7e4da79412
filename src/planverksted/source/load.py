"""Loading: a workshop file's bytes become plain data (dicts, lists, text) with positions.

YAML is read as data only. Every scalar is kept as the text the user wrote (so an
unquoted ``13:10`` stays "13:10", never the YAML 1.1 number 790, and ``no`` stays
"no"); only the model decides what a value means. Tags, anchors and aliases are
refused, and the size and nesting depth are capped, so no file can run code,
build objects or blow up in memory.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import sys
from collections.abc import Callable
from pathlib import Path as FsPath
from typing import TYPE_CHECKING, Any

import yaml

from planverksted import i18n
from planverksted.errors import reason as plain_reason
from planverksted.i18n import Key
from planverksted.lint.finding import Finding, Path
from planverksted.lint.wording import finding
from planverksted.printable import escape_char
from planverksted.source.positions import Positions

if TYPE_CHECKING:
    from planverksted.source.diagnose import Diagnosis

WORKSHOP_SUFFIXES = (".yaml", ".yml")
"""What a workshop file's name ends with."""
MAX_BYTES = 4 * 1024 * 1024
"""Size cap: a workshop of ten thousand blocks is about 1.5 MiB."""
MAX_DEPTH = 32
"""Nesting cap: the format itself never nests deeper than ten."""
MAX_VALUES = 500_000
"""Cap on keys, values and items together, which bounds memory whatever the text."""

_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclasses.dataclass
class Loaded:
    """What loading gives: the data (None when it could not be had), positions and findings."""

    data: Any
    positions: Positions
    findings: list[Finding]
    language: str = "nb"
    """The file's language, from its ``language:`` line even when the YAML cannot be read."""
    diagnoses: list[Diagnosis] = dataclasses.field(default_factory=list)
    """The YAML mistakes read past, each with its fix, in the order they were found."""

    @property
    def fatal(self) -> bool:
        """True when there is nothing trustworthy to validate."""
        return self.data is None


class _StopError(Exception):
    """Raised inside composition when going on would be unsafe or pointless."""


class _FixableError(Exception):
    """Raised inside composition at a mistake YAML accepts but the planner did not mean."""

    def __init__(self, diagnosis: Diagnosis) -> None:
        super().__init__(diagnosis.finding.message)
        self.diagnosis = diagnosis


def read_source(name: str, *, special: bool = True) -> tuple[str | None, list[Finding]]:
    """Read a file (or standard input for ``-``) as text, within the size cap.

    With ``special=False`` only a regular file is read: a named pipe or a device is a
    ``file-unreadable`` finding that says what it is, and is never opened to wait on (the
    preview watches a file that may be replaced by anything).
    """
    try:
        if name == "-":
            raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        elif not special:
            raw_or_kind = _read_regular(name)
            if isinstance(raw_or_kind, str):
                text = f"file-special.{raw_or_kind}"
                return None, [
                    finding(
                        "file-unreadable",
                        None,
                        text=text,
                        hint="file-special.hint",
                        line=1,
                        column=1,
                    )
                ]
            raw = raw_or_kind
        else:
            with FsPath(name).open("rb") as handle:
                raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        reason = plain_reason(error)
        return None, [finding("file-unreadable", None, line=1, column=1, reason=reason)]
    if len(raw) > MAX_BYTES:
        return None, [
            finding(
                "file-too-large",
                None,
                hint="file-too-large.hint",
                line=1,
                column=1,
                mib=MAX_BYTES // (1024 * 1024),
            )
        ]
    return decode(raw)


def _read_regular(name: str) -> bytes | str:
    """The first ``MAX_BYTES + 1`` bytes of a regular file, or what else it is (``fifo``…)."""
    import errno
    import os
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(name, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISFIFO(mode):
            return "fifo"
        if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
            return "device"
        if stat.S_ISSOCK(mode):
            return "socket"
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), name)
        if not stat.S_ISREG(mode):
            return "other"
        chunks, size = [], 0
        while size <= MAX_BYTES:
            chunk = os.read(descriptor, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def decode(raw: bytes) -> tuple[str | None, list[Finding]]:
    """Bytes to text: UTF-8, with or without a BOM; CRLF line ends become LF."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or _looks_like_utf16(raw):
        return None, [
            finding("not-utf8", None, text="not-utf8.utf16", hint="not-utf8.hint", line=1, column=1)
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        return None, [
            finding(
                "not-utf8",
                None,
                hint="not-utf8.hint",
                line=line,
                column=column,
                byte=f"{raw[error.start]:02x}",
            )
        ]
    return text.replace("\r\n", "\n"), []


MAX_SYNTAX_FAULTS = 20
"""Syntax faults read past in one file; after that, the file is too broken to say more."""


def _looks_like_utf16(raw: bytes) -> bool:
    """UTF-16 without a byte order mark: a NUL in every other byte of the first line or so."""
    head = raw[:200]
    if len(head) < 4:
        return False
    return head[1::2].count(0) > len(head) // 4 or head[0::2].count(0) > len(head) // 4


_YAML_ALLOWS = "\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff"
"""What YAML allows in a file (PyYAML's reader refuses the rest with only an offset)."""


@functools.cache
def _not_yaml() -> re.Pattern[str]:
    # Compiled on first use: the character ranges take milliseconds, and start-up is budgeted.
    return re.compile(f"[^{_YAML_ALLOWS}]")


def _control_character(text: str) -> Finding | None:
    """A located finding for the first character YAML does not allow, if there is one."""
    if text.isascii() and text.isprintable():
        return None  # the usual file: nothing to look for
    match = _not_yaml().search(text)
    if match is None:
        return None
    start = match.start()
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    char = match[0]
    return finding(
        "yaml-syntax",
        None,
        text="yaml-syntax.nul" if char == "\0" else "yaml-syntax.control",
        hint="yaml-syntax.control.hint",
        line=line,
        column=column,
        char=escape_char(char),
    )


_LANGUAGE = re.compile(r"^language:[ \t]*[\"']?([A-Za-z]+)", re.MULTILINE)


def sniff_language(text: str) -> str:
    """The file's language from its top-level ``language:`` line, read even when YAML cannot be."""
    match = _LANGUAGE.search(text)
    found = i18n.normalise(match[1]) if match else None
    return found or i18n.DEFAULT


def load_text(text: str) -> Loaded:
    """Compose YAML text into plain data and positions, or findings that say why not.

    A syntax fault is named (``source.diagnose``) and then fixed, or its line blanked, and
    the text read again: so one missing quote does not hide the faults and checks after it.
    """
    positions = Positions()
    language = sniff_language(text)
    control = _control_character(text)
    if control is not None:
        return Loaded(None, positions, [control], language)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        return _empty(positions, "empty-file", language)
    diagnoses: list[Diagnosis] = []
    for _ in range(MAX_SYNTAX_FAULTS):
        positions = Positions()
        loader = _Loader(text)
        composer = _Composer(positions, loader.get_event, text, language)
        try:
            data = composer.compose()
        except yaml.MarkedYAMLError as error:
            from planverksted.source.diagnose import diagnose_syntax

            diagnosis = diagnose_syntax(text, error)
        except _FixableError as fixable:
            diagnosis = fixable.diagnosis
        except yaml.YAMLError as error:  # pragma: no cover - every PyYAML parse error is marked
            found = [finding("yaml-syntax", None, line=1, column=1, problem=str(error))]
            return Loaded(None, positions, [*_findings(diagnoses), *found], language, diagnoses)
        except _StopError:
            found = _findings(diagnoses) + composer.findings
            return Loaded(None, positions, found, language, diagnoses)
        else:
            if data is None and not composer.findings and not diagnoses:
                # A document that is only "~", "null" or "---": there is YAML, but no workshop.
                return _empty(positions, "empty-file.document", language)
            found = _findings(diagnoses) + composer.findings
            return Loaded(data, positions, found, language, diagnoses)
        finally:
            loader.dispose()
        diagnoses.append(diagnosis)
        repaired = diagnosis.apply(text)
        if repaired == text:
            break
        text = repaired
    return Loaded(None, positions, _findings(diagnoses), language, diagnoses)


def _findings(diagnoses: list[Diagnosis]) -> list[Finding]:
    return [diagnosis.finding for diagnosis in diagnoses]


def _empty(positions: Positions, text: str, language: str) -> Loaded:
    found = finding("empty-file", None, text=text, hint="empty-file.hint", line=1, column=1)
    return Loaded(None, positions, [found], language)


_SCALAR, _ALIAS = yaml.ScalarEvent, yaml.AliasEvent
_SEQUENCE_START, _SEQUENCE_END = yaml.SequenceStartEvent, yaml.SequenceEndEvent
_MAPPING_START, _MAPPING_END = yaml.MappingStartEvent, yaml.MappingEndEvent
_NODE_STARTS = (_SCALAR, _ALIAS, _SEQUENCE_START, _MAPPING_START)


class _Composer:
    """Builds dicts, lists and text from PyYAML events, recording where each came from.

    This is the loader's hot loop (a programme of 10,000 blocks is over 100,000 events),
    so events are pulled straight from the parser and dispatched on their exact type.
    """

    def __init__(
        self, positions: Positions, next_event: Callable[[], Any], text: str, language: str
    ) -> None:
        self.text = text
        self.language = language
        self.positions = positions
        self.values = positions.values
        self.next_event = next_event
        self.findings: list[Finding] = []
        self.count = 0

    def compose(self) -> Any:
        data: Any = None
        documents = 0
        while True:
            event = self.next_event()
            kind = type(event)
            if kind is yaml.StreamEndEvent:
                return data
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    self._stop_with("multiple-documents", event, "multiple-documents.hint")
            elif kind in _NODE_STARTS:
                data = self._node(event, (), 1)

    def _stop_with(self, code: str, event: Any, hint: str | None = None, **args: Any) -> None:
        self.findings.append(_at(code, event, hint=hint, **args))
        raise _StopError

    def _node(self, event: Any, path: Path | None, depth: int) -> Any:
        """Compose one node; ``path`` None composes it only to skip it."""
        self._admit(event)
        if path is not None:
            mark = event.start_mark
            self.values[path] = (mark.line + 1, mark.column + 1)
        kind = type(event)
        if kind is _SCALAR:
            return _scalar(event)
        if kind is _ALIAS:
            return None
        if depth > MAX_DEPTH:
            self._stop_with("too-deep", event, "too-deep.hint", depth=MAX_DEPTH)
        if kind is _SEQUENCE_START:
            return self._sequence(path, depth)
        return self._mapping(path, depth, event)

    def _admit(self, event: Any) -> None:
        """Count the node against the cap; refuse aliases, anchors and tags."""
        self.count += 1
        if self.count > MAX_VALUES:
            self._stop_with(
                "file-too-large",
                event,
                "file-too-large.hint",
                text="file-too-large.values",
                count=f"{MAX_VALUES:,}",
            )
        if type(event) is _ALIAS:
            self.findings.append(_at("yaml-alias", event, "yaml-alias.hint", anchor=event.anchor))
            return
        if event.anchor:
            self.findings.append(
                _at(
                    "yaml-alias",
                    event,
                    "yaml-alias.anchor.hint",
                    text="yaml-alias.anchor",
                    anchor=event.anchor,
                )
            )
        if event.tag not in (None, "!"):
            self.findings.append(_at("yaml-tag", event, "yaml-tag.hint", tag=_short_tag(event.tag)))

    def _sequence(self, path: Path | None, depth: int) -> list[Any]:
        items: list[Any] = []
        next_event = self.next_event
        while True:
            event = next_event()
            if type(event) is _SEQUENCE_END:
                return items
            child = None if path is None else (*path, len(items))
            items.append(self._node(event, child, depth + 1))

    def _mapping(self, path: Path | None, depth: int, start: Any) -> dict[str, Any]:
        mapping: dict[str, Any] = {}
        first_seen: dict[str, int] = {}
        next_event = self.next_event
        keys = self.positions.keys
        # Where each key of this mapping starts (index into the text), for the diagnoses.
        starts: list[tuple[str, int, int]] = []
        previous_value: Any = None
        while True:
            event = next_event()
            kind = type(event)
            if kind is _MAPPING_END:
                if (
                    len(starts) == 1
                    and path
                    and isinstance(path[-1], int)
                    and path[-2:-1] in _TEXT_LISTS
                    and (path[-2], starts[0][0]) not in _ITEM_KEYS
                ):
                    self._colon_in_item(start, starts[0][1])
                return mapping
            key: str | None = None
            if kind is _SCALAR:
                self._admit(event)
                key = _scalar(event) or ""
            elif kind is _ALIAS:
                self._admit(event)
            else:
                self.findings.append(_at("wrong-type", event, text="wrong-type.key"))
                self._node(event, None, depth + 1)
            value_event = next_event()
            mark = event.start_mark
            line = mark.line + 1
            if start.flow_style and kind is _SCALAR:
                self._flow_fragment(event, value_event, previous_value)
            if key is not None and key in first_seen:
                self._missing_dash(start, path, key, starts, mark)
                self.findings.append(
                    _at(
                        "duplicate-key",
                        event,
                        "duplicate-key.hint",
                        name=Key(key),
                        first=first_seen[key],
                    )
                )
                key = None
            if key is not None:
                starts.append((key, mark.index, line))
            previous_value = value_event
            if key == "duration" and type(value_event) is _SCALAR and not value_event.style:
                self._decimal_comma(value_event)
            if key is None or path is None:
                self._node(value_event, None, depth + 1)
                continue
            first_seen[key] = line
            child = (*path, key)
            keys[child] = (line, mark.column + 1)
            mapping[key] = self._node(value_event, child, depth + 1)

    def _colon_in_item(self, start: Any, key_start: int) -> None:
        """``- Spørsmål: hva nå?`` in a list of text: the ``: `` made the item a key."""
        if start.flow_style:
            return
        from planverksted.source.diagnose import colon_in_item

        diagnosis = colon_in_item(self.text, key_start)
        if diagnosis is not None:
            raise _FixableError(diagnosis)

    def _flow_fragment(self, key: Any, value: Any, previous_value: Any) -> None:
        """In ``{…}``, text with no ``:`` after it: a comma cut the value before it in two."""
        key_end: Any = key.end_mark
        value_start: Any = value.start_mark
        previous_start: Any = getattr(previous_value, "start_mark", None)
        if (
            key.style
            or type(value) is not _SCALAR
            or value.value
            or value_start.index != key_end.index
            or type(previous_value) is not _SCALAR
            or previous_value.style
        ):
            return
        from planverksted.source.diagnose import comma_in_flow

        diagnosis = comma_in_flow(self.text, previous_start.index, key_end.index, self.language)
        if diagnosis is not None:
            raise _FixableError(diagnosis)

    def _decimal_comma(self, value: Any) -> None:
        """``duration: 1,5 t``: a decimal comma, which a duration cannot have."""
        if "," not in value.value:
            return
        from planverksted.source.diagnose import decimal_comma

        mark = value.start_mark
        diagnosis = decimal_comma(
            self.text, mark.index, value.end_mark.index, mark.line, mark.column, self.language
        )
        if diagnosis is not None:
            raise _FixableError(diagnosis)

    def _missing_dash(
        self, start: Any, path: Path | None, key: str, starts: list[tuple[str, int, int]], mark: Any
    ) -> None:
        """Keys that repeat inside one item of a list: a new item began without its ``- ``.

        The new item starts after a blank line or comment (how people space out blocks),
        else at the first of the keys a block is begun with (``title``, ``time`` …) just
        before the repeat. A repeat with neither is a key written twice, not a new item.
        """
        if start.flow_style or not path or not isinstance(path[-1], int):
            return
        from planverksted.source.diagnose import missing_dash

        first = next(index for name, index, _ in starts if name == key)
        begin = mark.index
        spaced = False
        for name, index, _ in reversed(starts):
            if index <= first:
                break
            lines_between = self.text[index:begin].split("\n")[1:-1]
            spaced = any(
                not part.strip() or part.lstrip().startswith("#") for part in lines_between
            )
            if spaced or name not in _HEAD_KEYS:
                break
            begin = index
        head = _key_at(self.text, begin)
        if not spaced and head not in _HEAD_KEYS:
            return
        diagnosis = missing_dash(self.text, begin, head, start.start_mark.line + 1)
        if diagnosis is not None:
            raise _FixableError(diagnosis)


_TEXT_LISTS = frozenset({("goals",), ("evaluation",), ("items",), ("questions",), ("materials",)})
"""Lists whose items are text: an item there that reads as a key had a ``: `` in its text."""
_ITEM_KEYS = frozenset(
    {("goals", "text"), ("goals", "id"), ("evaluation", "question"), ("evaluation", "goal")}
)
"""Keys an item of those lists may have as a mapping (``- text: …`` is a goal, not a colon)."""
_HEAD_KEYS = frozenset({"time", "start", "end", "date", "title"})
"""Keys a block, part or day is usually begun with: a new item may start with them."""


def _key_at(text: str, index: int) -> str:
    end = text.find(":", index)
    return text[index:end].strip() if end >= 0 else ""


def _scalar(event: Any) -> str | None:
    """The text as written; a plain empty, ``~`` or ``null`` is no value at all."""
    value: str = event.value
    return None if event.style in (None, "") and value in _NULLS else value


def _at(code: str, event: Any, hint: str | None = None, **args: Any) -> Finding:
    mark = event.start_mark
    return finding(code, None, hint=hint, line=mark.line + 1, column=mark.column + 1, **args)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org") else tag
