"""Which characters a PDF can draw with Typst's bundled fonts, and a visible stand-in for the rest.

A PDF is made with the fonts built into Typst only (so it looks the same on every
computer, with no system font needed), and PDF/UA-1 refuses a character none of them has:
an emoji, Chinese, Japanese or Korean, most scripts beyond Latin, Greek, Cyrillic, Hebrew
and basic Arabic, a code point Unicode has not assigned. Such a character is drawn as
:data:`REPLACEMENT` (``�``), and ``check`` names it in a located warning (``glyph-missing``).

The table (:mod:`planverksted.glyph_ranges`) is generated from the fonts and checked
against Typst itself (``tools/glyph_coverage.py``, ``tests/test_glyphs.py``). A combining
mark is drawn only on a letter of the text font, Libertinus Serif: on a letter that comes
from a fallback font, the mark may be missing in that font, so it is counted as missing.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata

REPLACEMENT = "\ufffd"
"""What an undrawable character is drawn as: the replacement character, in every font."""


@functools.cache
def _table(name: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    from planverksted import glyph_ranges

    pairs = getattr(glyph_ranges, name)
    return tuple(a for a, _ in pairs), tuple(b for _, b in pairs)


def _in(table: str, character: str) -> bool:
    starts, ends = _table(table)
    point = ord(character)
    at = bisect.bisect_right(starts, point) - 1
    return at >= 0 and point <= ends[at]


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _all_drawn(text: str) -> bool:
    """Whether every character is drawn, whatever comes before it: judged on the distinct
    characters alone (a set, at C speed), no combining mark among them."""
    for character in set(text):
        if character.isascii():
            continue
        category = unicodedata.category(character)
        if category == "Cc":
            continue
        if category.startswith("M") or not _in("RANGES", character):
            return False
    return True


def _missing(text: str) -> list[tuple[int, str]]:
    """Where and which characters of ``text`` cannot be drawn (controls are not counted:
    every output shows them as escapes). ASCII is always drawn: only runs of other
    characters are looked at, each after an ASCII letter of the text font."""
    if text.isascii() or _all_drawn(text):
        return []
    missing = []
    for run in _NON_ASCII.finditer(text):
        base_in_text_font = True
        for at, character in enumerate(run.group(), run.start()):
            category = unicodedata.category(character)
            if category == "Cc":
                continue
            drawable = _in("RANGES", character)
            if category.startswith("M"):
                drawable = drawable and base_in_text_font
            else:
                base_in_text_font = _in("LIBERTINUS", character)
            if not drawable:
                missing.append((at, character))
    return missing


def undrawable(text: str) -> list[str]:
    """The characters of ``text`` the PDF cannot draw, each once, in order."""
    return list(dict.fromkeys(character for _, character in _missing(text)))


def drawable(text: str) -> str:
    """``text`` with every character the PDF cannot draw as :data:`REPLACEMENT`."""
    missing = _missing(text)
    if not missing:
        return text
    characters = list(text)
    for at, _ in missing:
        characters[at] = REPLACEMENT
    return "".join(characters)


def name(character: str) -> str:
    """A character as a message names it: ``👋 (U+1F44B)``."""
    return f"{character} (U+{ord(character):04X})"
