"""Text the PDF cannot draw: characters none of Typst's bundled fonts has.

The PDF is made with the fonts built into Typst, the same on every computer; an emoji,
Chinese, Japanese or Korean, most scripts beyond Latin, Greek, Cyrillic, Hebrew and basic
Arabic are in none of them (invisible and unassigned code points are written as escapes,
``\u05f6``, in every output but HTML and Markdown). The PDF is still
made, with ``�`` in their place (:mod:`planverksted.glyphs`), and ``check`` says so where
the text is, naming the characters. Every other format shows them as written.
"""

from __future__ import annotations

from typing import Any

from planverksted import glyphs
from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.texts import shown_texts
from planverksted.lint.wording import PerLanguage, finding, text
from planverksted.printable import visible

SECTION = "Checking the schedule"
ORDER = 125

MAX_FINDINGS = 20
"""Texts named one by one; the rest are counted in one more finding."""
_NAMED = 5
"""Characters named in one finding; the rest are counted."""

CODES = (
    Code(
        "glyph-missing",
        WARNING,
        "text with characters no font of the PDF has (an emoji, Chinese, Japanese or Korean, "
        "a rare script): the PDF shows `\ufffd` in their place",
        example='`title: "Velkommen 👋"`',
    ),
)

TEXTS = {
    "glyph-missing": {
        "en": "the PDF cannot draw {characters}: no font it has holds them, so it shows "
        "\ufffd in their place",
        "nb": "PDF-en kan ikke vise {characters}: ingen av skriftene i PDF-en har disse "
        "tegnene, så de vises som \ufffd",
        "nn": "PDF-en kan ikkje vise {characters}: ingen av skriftene i PDF-en har desse "
        "teikna, så dei blir viste som \ufffd",
    },
    "glyph-missing.hint": {
        "en": "the other formats show them as written; for the PDF, write them in words",
        "nb": "de andre formatene viser dem som de er skrevet; skriv dem med ord for PDF-en",
        "nn": "dei andre formata viser dei som dei er skrivne; skriv dei med ord for PDF-en",
    },
    "glyph-missing.and-more": {
        "en": "{named} and {count} more",
        "nb": "{named} og {count} til",
        "nn": "{named} og {count} til",
    },
    "glyph-missing.more": {
        "en": "{count} more texts have characters the PDF cannot draw",
        "nb": "{count} tekster til har tegn PDF-en ikke kan tegne",
        "nn": "{count} tekstar til har teikn PDF-en ikkje kan teikne",
    },
}
"""No ``.print`` texts: these are about the PDF, not the day, and stay off the page."""


def glyph_findings(data: Any, language: str) -> list[Finding]:
    """A warning for each text of the file (``data`` as loaded) the PDF cannot draw whole."""
    found: list[Finding] = []
    more = 0
    first_unnamed: tuple[str | int, ...] | None = None
    for path, value in shown_texts(data):
        # What the PDF is given: invisible characters already written as escapes (\u200b).
        missing = glyphs.undrawable(visible(value, newlines=True))
        if not missing:
            continue
        if len(found) == MAX_FINDINGS:
            more += 1
            first_unnamed = first_unnamed or path
            continue
        found.append(
            finding(
                "glyph-missing",
                path,
                times=language,
                hint="glyph-missing.hint",
                characters=_characters(missing),
            )
        )
    if more:
        # Placed at the first text not named.
        found.append(finding("glyph-missing", first_unnamed, times=language,
                             text="glyph-missing.more", count=more))  # fmt: skip
    return found


def _characters(missing: list[str]) -> PerLanguage:
    named = ", ".join(glyphs.name(character) for character in missing[:_NAMED])
    rest = len(missing) - _NAMED

    def words(language: str) -> str:
        if rest <= 0:
            return named
        return text("glyph-missing.and-more", language).format(named=named, count=rest)

    return PerLanguage(words)
