"""Starters: the files ``planverksted new`` begins from, and filling in their details as text.

A starter is a workshop file in ``planverksted/starters``, with a one-line description
on a ``# starter:`` comment near the top. Details (title, date, times, language) are
filled in on the text, line by line, so that the new file keeps the starter's comments
and layout. Nothing here imports pydantic: shell completion lists the starters too.
"""

from __future__ import annotations

import dataclasses
import importlib.resources
import re

STARTERS_PACKAGE = "planverksted.workshop.starters"
MODELINE = "# yaml-language-server: $schema="
"""How a YAML file names its JSON Schema for editors (yaml-language-server's modeline)."""
_DESCRIPTION = "# starter:"
_HEADER_LINES = 5
"""The modeline and the description are looked for in this many first lines."""

# A top-level key and its value on one line, e.g. `start: "13:00"   # a comment`. The value
# is a quoted scalar or plain text up to a comment; it may be empty (`date:`).
_TOP_LEVEL = (
    r"^(?P<key>{key}):(?P<value>[ \t]+(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\n]|'')*'"
    r"|[^ \t#\n][^#\n]*?))?(?P<comment>[ \t]+#[^\n]*)?[ \t]*$"
)


@dataclasses.dataclass(frozen=True)
class Starter:
    """A starter: its name (the file's stem), a one-line description and its text."""

    name: str
    description: str
    text: str


def list_starters() -> list[Starter]:
    """Every starter that comes with planverksted, by name."""
    folder = importlib.resources.files(STARTERS_PACKAGE)
    starters = []
    for entry in folder.iterdir():
        if entry.is_file() and entry.name.endswith(".yaml"):
            text = entry.read_text(encoding="utf-8")
            name = entry.name.removesuffix(".yaml")
            starters.append(Starter(name, describe(text), text))
    return sorted(starters, key=lambda starter: starter.name)


def starter_language(starter: Starter) -> str:
    """The language a starter is written in: its ``language:`` line (bokmål when it has none)."""
    from planverksted import i18n

    written = top_level_value(starter.text, "language")
    return (i18n.normalise(written) if written else None) or i18n.DEFAULT


def in_language(starter: Starter, language: str) -> Starter | None:
    """The starter ``starter`` as written in ``language``: itself, or its sibling in it.

    Siblings share a name and differ by a language suffix: ``blank`` (bokmål, the default),
    ``blank-nn``, ``blank-en``. None when there is none in ``language``.
    """
    from planverksted import i18n

    if starter_language(starter) == language:
        return starter
    base = starter.name
    for code in i18n.LANGUAGES:
        base = base.removesuffix(f"-{code}")
    for name in (f"{base}-{language}", base):
        sibling = find_starter(name)
        if sibling is not None and starter_language(sibling) == language:
            return sibling
    return None


def find_starter(name: str) -> Starter | None:
    """The starter called ``name``, or None."""
    return next((starter for starter in list_starters() if starter.name == name), None)


def describe(text: str) -> str:
    """The starter's description, from its ``# starter:`` line ("" when it has none)."""
    for line in text.splitlines()[:_HEADER_LINES]:
        if line.startswith(_DESCRIPTION):
            return line.removeprefix(_DESCRIPTION).strip()
    return ""


def with_modeline(text: str, schema: str) -> str:
    """The text with one modeline, naming ``schema``, as its first line.

    The starter's own modeline (which points into the source tree) and its description
    line are dropped: they mean nothing in the user's folder.
    """
    lines = text.splitlines(keepends=True)
    head = [line for line in lines[:_HEADER_LINES] if not line.startswith((MODELINE, _DESCRIPTION))]
    return f"{MODELINE}{schema}\n" + "".join(head + lines[_HEADER_LINES:])


def top_level_value(text: str, key: str) -> str | None:
    """The value written on the top-level ``key:`` line, unquoted; None when empty or absent."""
    match = _find(text, key)
    if match is None or match["value"] is None:
        return None
    value = match["value"].strip()
    if value.startswith('"'):
        return _unquote_double(value)
    if value.startswith("'"):
        return value[1:-1].replace("''", "'")
    return value


def set_top_level(text: str, key: str, value: str) -> str:
    """The text with ``value`` (already YAML) on the top-level ``key:`` line.

    The line's comment stays, in its column where the new value leaves room for it.
    Raises LookupError when the text has no such line, or more than one.
    """
    match = _find(text, key)
    if match is None:
        raise LookupError(f"the text has no top-level '{key}:' line")
    line = f"{key}: {value}"
    comment = match["comment"]
    if comment:
        column = match.start("comment") - match.start() + len(comment) - len(comment.lstrip())
        line += " " * max(1, column - len(line)) + comment.lstrip()
    return text[: match.start()] + line + text[match.end() :]


def _find(text: str, key: str) -> re.Match[str] | None:
    pattern = re.compile(_TOP_LEVEL.format(key=re.escape(key)), re.MULTILINE)
    matches = list(pattern.finditer(text))
    if len(matches) > 1:
        raise LookupError(f"the text has {len(matches)} top-level '{key}:' lines")
    return matches[0] if matches else None


_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
_UNESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\", "/": "/", "0": "\0"}
# What YAML lets stand as itself in a double-quoted scalar. U+0085, U+2028 and U+2029 are
# printable but break lines (in YAML 1.1, which PyYAML reads); U+FEFF is a byte-order mark.
_PRINTABLE = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def yaml_quote(text: str) -> str:
    """``text`` as a YAML double-quoted scalar that reads back exactly as ``text``."""
    out = ['"']
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif _PRINTABLE.fullmatch(char):
            out.append(char)
        elif ord(char) <= 0xFF:
            out.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    out.append('"')
    return "".join(out)


def _unquote_double(quoted: str) -> str:
    """Read back a double-quoted scalar as this module writes them."""

    def unescape(match: re.Match[str]) -> str:
        escape = match[1]
        if escape[0] in "xuU":
            return chr(int(escape[1:], 16))
        return _UNESCAPES.get(escape, escape)

    body = quoted[1:-1]
    return re.sub(r"\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", unescape, body)
