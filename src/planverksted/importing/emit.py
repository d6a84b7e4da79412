"""Writing the imported workshop as YAML text, block-styled like the starters.

Every string is written plain where YAML reads it back as the same text, else in double
quotes; times always in quotes (``"13:10"`` unquoted is a number in YAML 1.1); text of
several lines as a literal block (``|-``). :func:`verify` loads what was written with
planverksted's own loader and compares: a difference is a bug, never a file written; a
text over one of the loader's caps is refused plainly (``importing.caps`` refuses it
before, naming the row).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import yaml

from planverksted.errors import PlanverkstedError
from planverksted.importing.interpret import Comment
from planverksted.printable import visible
from planverksted.source.load import load_text
from planverksted.workshop.scaffold import yaml_quote

_QUOTED_KEYS = frozenset({"time", "start", "end", "date"})
"""Keys whose values are always quoted: a time unquoted may read as a number."""
_INDENT = "  "
_RESOLVER = yaml.resolver.Resolver()
_PLAIN_SAFE = re.compile(r"[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+")
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"


def plain_ok(text: str) -> bool:
    """Whether ``text`` can be written without quotes and read back as the same string."""
    if not text or text != text.strip() or not _PLAIN_SAFE.fullmatch(text):
        return False
    if text[0] in _INDICATORS or text.startswith(("---", "...")):
        return False
    if ": " in text or " #" in text or text.endswith(":") or "\t" in text:
        return False
    resolved = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return bool(resolved == "tag:yaml.org,2002:str")


def scalar(value: Any, key: str | None = None) -> str:
    """One scalar as YAML text."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    # A duration with a comma, plain, is a decimal comma the loader stops at ("1,5 t").
    if key in _QUOTED_KEYS or not plain_ok(text) or (key == "duration" and "," in text):
        return yaml_quote(text)
    return text


def _literal_ok(text: str) -> bool:
    """Whether a text of several lines reads back the same as a literal block (``|-``)."""
    lines = text.split("\n")
    return (
        bool(lines[0].strip())
        and not lines[0][0].isspace()
        and not text.endswith("\n")
        and all(_PLAIN_SAFE.fullmatch(line) or not line for line in lines)
        and all(line == line.rstrip() for line in lines)
        and "\r" not in text
    )


def _value(value: Any, key: str, indent: str) -> list[str]:
    """The lines of ``key: value`` at ``indent``."""
    comment = ""
    if isinstance(value, Comment):
        comment = f"  # {_comment_text(value.comment)}" if value.comment else ""
        value = value.value
    if isinstance(value, Mapping):
        if not value:
            return [f"{indent}{key}: {{}}{comment}"]
        return [f"{indent}{key}:{comment}", *_mapping(value, indent + _INDENT)]
    if isinstance(value, list):
        if not value:
            return [f"{indent}{key}: []{comment}"]
        return [f"{indent}{key}:{comment}", *_sequence(value, indent + _INDENT)]
    if isinstance(value, str) and "\n" in value:
        if _literal_ok(value):
            body = [f"{indent}{_INDENT}{line}" if line else "" for line in value.split("\n")]
            return [f"{indent}{key}: |-{comment}", *body]
        return [f"{indent}{key}: {yaml_quote(value)}{comment}"]
    return [f"{indent}{key}: {scalar(value, key)}{comment}"]


def _mapping(data: Mapping[str, Any], indent: str) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        lines += _value(value, key, indent)
    return lines


def _sequence(
    items: Sequence[Any], indent: str, comments: Mapping[int, list[str]] = {}
) -> list[str]:
    lines: list[str] = []
    for item in items:
        for comment in comments.get(id(item), ()):
            lines.append(f"{indent}# {_comment_text(comment)}")
        if isinstance(item, Mapping) and item:
            inner = _mapping(item, indent + _INDENT)
            # The first key goes on the dash's line: "- time: ...".
            lines.append(f"{indent}- {inner[0][len(indent) + len(_INDENT) :]}")
            lines += inner[1:]
        elif isinstance(item, str) and "\n" in item:
            lines.append(f"{indent}- {yaml_quote(item)}")
        else:
            lines.append(f"{indent}- {scalar(item)}")
    return lines


def _comment_text(text: str) -> str:
    """One line of a comment: no line breaks, no control characters (shown as escapes)."""
    return visible(" ".join(text.split()))


def block_bytes(block: Mapping[str, Any], in_day: bool, comments: Mapping[int, list[str]]) -> int:
    """The bytes ``block`` takes in the text :func:`emit` writes (in a day's agenda or not)."""
    lines = _sequence([block], _INDENT * (3 if in_day else 1), comments)
    return sum(len(line.encode("utf-8")) + 1 for line in lines)


def emit(
    data: Mapping[str, Any],
    header: Sequence[str] = (),
    comments: Mapping[int, list[str]] = {},
    *,
    check: bool = True,
) -> str:
    """The workshop ``data`` as YAML text, ``header`` as comment lines on top.

    ``comments`` are lines to write before a block (by the ``id`` of its mapping): the
    run-sheet's headings that named no day. With ``check`` the text is verified as it is
    returned (:func:`verify`); without, the caller does it.
    """
    lines = [f"# {_comment_text(line)}" if line else "#" for line in header]
    for key, value in data.items():
        if key == "agenda" and isinstance(value, list) and value:
            lines += [""] if lines else []
            lines.append(f"{key}:")
            lines += _sequence(value, _INDENT, comments)
        elif key == "days" and isinstance(value, list):
            lines += [""] if lines else []
            lines.append("days:")
            for day in value:
                head = {k: v for k, v in day.items() if k != "agenda"}
                first = True
                for inner in _mapping(head, _INDENT * 2):
                    lines.append(f"{_INDENT}- {inner[len(_INDENT) * 2 :]}" if first else inner)
                    first = False
                empty = "" if day["agenda"] else " []"
                agenda = f"{_INDENT * 2}agenda:{empty}"
                lines.append(f"{_INDENT}- agenda:{empty}" if first else agenda)
                lines += _sequence(day["agenda"], _INDENT * 3, comments)
        elif key == "people" and isinstance(value, Mapping):
            lines += [""] if lines else []
            lines += _value(value, key, "")
        else:
            lines += _value(value, key, "")
    text = "\n".join(lines) + "\n"
    if check:
        verify(text, data)
    return text


_CAP_CODES = frozenset({"file-too-large", "too-deep"})
"""The loader's findings for a text over one of its caps: refused, never a crash."""


def verify(text: str, data: Mapping[str, Any], file: str = "") -> None:
    """The text loads back as ``data`` (every scalar as text, as the loader gives them).

    A text over one of the loader's caps is a plain refusal (naming ``file``); any other
    difference is a bug of the writer.
    """
    loaded = load_text(text)
    if loaded.fatal and any(found.code in _CAP_CODES for found in loaded.findings):
        raise PlanverkstedError.of("import.cap.read-back", "import.cap.hint", file=file)
    if loaded.fatal or loaded.data != _as_loaded(data):
        raise RuntimeError("the imported workshop does not read back as it was written")


def _as_loaded(value: Any) -> Any:
    if isinstance(value, Comment):
        return _as_loaded(value.value)
    if isinstance(value, Mapping):
        return {str(k): _as_loaded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_loaded(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
