"""Text from a file made safe for a terminal or a CI log: control characters made visible.

Every output that is not HTML or Markdown (check's text and github output, the terminal
preview, the command's own messages) prints values from a file through :func:`visible`,
so a title holding ``\\x1b[2J`` or a key holding a line break shows as those characters,
never acts on the terminal or starts a line of its own.
"""

from __future__ import annotations

from typing import Any

_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Control, format (zero-width, bidi), surrogate, private, unassigned, line/paragraph separators."""


def escape_char(char: str) -> str:
    """``\\x1b``, ``\\n``, ``\\u200b``: one character as a visible escape."""
    code = ord(char)
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char)
    if named is not None:
        return named
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def visible(text: str, *, newlines: bool = False) -> str:
    """``text`` with every control or invisible character written as an escape.

    With ``newlines``, a line break stays a line break (multi-line notes in the preview).
    """
    if text.isprintable():
        return text
    import unicodedata  # only for text that needs it: start-up is budgeted

    return "".join(
        char
        if (char == "\n" and newlines) or char == " " or unicodedata.category(char) not in _HIDDEN
        else escape_char(char)
        for char in text
    )


def invisible_characters(text: str) -> list[str]:
    """The invisible characters in ``text``, named: ``U+200B ZERO WIDTH SPACE``."""
    import unicodedata

    named = []
    for char in dict.fromkeys(text):
        if unicodedata.category(char) in _HIDDEN:
            name = unicodedata.name(char, "a control character")
            named.append(f"U+{ord(char):04X} {name}")
    return named


def visible_view(value: Any) -> Any:
    """A view model (dicts, lists, text) with every text made :func:`visible`, line breaks kept."""
    if isinstance(value, str):
        return visible(value, newlines=True)
    if isinstance(value, dict):
        return {key: visible_view(item) for key, item in value.items()}
    if isinstance(value, list):
        return [visible_view(item) for item in value]
    return value
