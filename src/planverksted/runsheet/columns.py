"""Column widths sized to their content, for tables whose layout is fixed (Word's).

A Word table with a fixed layout keeps the widths it is given: a column narrower than a
word breaks the word ("Innledni|ng"), one narrower than a time breaks the time. Here each
column gets at least its longest word (a time counts as one word) and, where the page has
room, its longest line; the column that holds the titles takes the rest. Widths of text
are estimated from Cambria's advance widths (the body font of a new Word document from
python-docx's template; LibreOffice sets it in the metric-compatible Caladea), with some
room to spare, so that Calibri or Aptos, which set narrower, fit too.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

_LOWER = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzæøå",
        (0.45, 0.50, 0.40, 0.50, 0.44, 0.30, 0.44, 0.50, 0.25, 0.24, 0.47, 0.25, 0.76, 0.50,
         0.48, 0.50, 0.50, 0.37, 0.37, 0.31, 0.50, 0.45, 0.69, 0.44, 0.45, 0.40, 0.68, 0.48, 0.45),
        strict=True,
    )
)  # fmt: skip
"""Advance widths of lowercase letters in ems, as Caladea (Cambria's metrics) sets them."""
_NARROW = frozenset("fijlrtI!'|.,:;()[]{} ")
_WIDE = frozenset("mwMWæÆœŒ@%")
DIGIT, UPPER, NARROW, WIDE, DASH, OTHER = 0.47, 0.56, 0.26, 0.82, 0.5, 0.5
BOLD = 1.1
"""How much wider bold text sets than regular."""
SPARE = 1.15
"""Room to spare over the estimate, for fonts that set a little wider."""


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of ``text`` on one line at ``size`` points, in points (an estimate)."""
    ems = 0.0
    for character in text:
        lower = _LOWER.get(character)
        if lower is not None:
            ems += lower
        elif character.isdigit():
            ems += DIGIT
        elif character in _NARROW:
            ems += NARROW
        elif character in _WIDE:
            ems += WIDE
        elif character in "–-":
            ems += DASH
        elif character.isupper():
            ems += UPPER
        else:
            ems += OTHER
    return ems * size * (BOLD if bold else 1.0) * SPARE


@dataclasses.dataclass(frozen=True)
class Text:
    """A piece of a column's content: its words may be broken between, never inside."""

    text: str
    size: float
    bold: bool = False
    whole: bool = False
    """Never broken at all (a time: "13.00–13.10")."""

    def least(self) -> float:
        """The narrowest this text can be set: its longest word (or all of it, if whole)."""
        words = [self.text] if self.whole else self.text.split()
        return max((text_width(word, self.size, bold=self.bold) for word in words), default=0.0)

    def most(self) -> float:
        """Its width on one line."""
        return text_width(self.text, self.size, bold=self.bold)


@dataclasses.dataclass(frozen=True)
class Column:
    """What a column holds, and how much of the page it may ask for on one line."""

    texts: Sequence[Text]
    share: float = 1.0
    """The most of the table's width it asks for to set its longest line unbroken."""
    rest: bool = False
    """The column that takes what the others leave (the titles)."""


FLOOR = 0.4
"""The share of the table the ``rest`` column (the titles) keeps before others grow."""


def fit(columns: Sequence[Column], total: float, padding: float) -> list[float]:
    """Widths (in points, summing to ``total``) for ``columns``, each with ``padding`` inside.

    Every column gets its longest word; then each column that is not the ``rest`` column
    grows to its longest line (capped at its ``share`` of ``total``) while the ``rest``
    column keeps :data:`FLOOR` of the table; the ``rest`` column takes what is left.
    """
    least = [max((t.least() for t in c.texts), default=0.0) + padding for c in columns]
    most = [
        max(least[n], min(max((t.most() for t in c.texts), default=0.0) + padding, c.share * total))
        for n, c in enumerate(columns)
    ]
    rest = next((n for n, c in enumerate(columns) if c.rest), len(columns) - 1)
    floor = max(least[rest], FLOOR * total)
    others = [n for n in range(len(columns)) if n != rest]
    widths = list(least)
    room = total - sum(least[n] for n in others) - floor
    wanted = sum(most[n] - least[n] for n in others)
    if wanted > 0 and room > 0:
        scale = min(1.0, room / wanted)
        for n in others:
            widths[n] = least[n] + scale * (most[n] - least[n])
    widths[rest] = total - sum(widths[n] for n in others)
    if widths[rest] < least[rest]:
        # Even the longest words do not fit side by side: a column that holds times keeps
        # them whole, the others share what is left by their longest words.
        kept = [n for n, c in enumerate(columns) if any(t.whole for t in c.texts)]
        left = total - sum(least[n] for n in kept)
        shared = sum(least[n] for n in range(len(columns)) if n not in kept)
        return [
            least[n] if n in kept else least[n] * max(left, 0.0) / shared
            for n in range(len(columns))
        ]
    return widths


def texts(values: Iterable[str | None], size: float, *, bold: bool = False) -> list[Text]:
    """The non-empty ``values`` as breakable texts of one size and weight."""
    return [Text(value, size, bold) for value in values if value]
