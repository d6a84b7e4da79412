""" "Did you mean …?": the one way planverksted guesses what a mistyped name meant."""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Iterable

CUTOFF = 0.6
"""How alike (difflib's ratio, 0 to 1) a guess must be to what was written."""

MAX_COMPARED = 200
"""At most this many choices are compared with one word: beyond it, those that share its
first two letters (else its first), so that a guess costs the same for 60 or 60,000 choices."""

_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "å": "a", "ä": "a", "ö": "o"})


def fold(text: str) -> str:
    """Text as compared: case-folded, æ ø å as ae o a, accents off, spaces trimmed."""
    folded = text.strip().casefold()
    if folded.isascii():
        return folded
    folded = unicodedata.normalize("NFKD", folded.translate(_LETTERS))
    # Accents and invisible characters (a zero-width space pasted into a key) do not count.
    return "".join(
        ch for ch in folded if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf"
    )


class Guesser:
    """Guesses among a fixed set of choices; fold them once, then ask as often as needed."""

    def __init__(self, choices: Iterable[str]) -> None:
        self._by_folded: dict[str, str] = {}
        for choice in choices:
            self._by_folded.setdefault(fold(choice), choice)
        self._by_start: dict[str, list[str]] = {}
        for key in self._by_folded:
            self._by_start.setdefault(key[:1], []).append(key)
            self._by_start.setdefault(key[:2], []).append(key)

    def guess(self, written: str) -> str | None:
        """The choice ``written`` most likely meant, or None when none is close enough.

        A choice that starts with what was written (``kafe`` for ``kafedialog``) wins when
        it is the only one; otherwise the closest by :data:`CUTOFF`, on folded text.
        """
        target = fold(written)
        if not target:
            return None
        if target in self._by_folded:
            return self._by_folded[target]
        if len(self._by_folded) > MAX_COMPARED:
            # Never a list of every choice per guess: that alone made 1,440 guesses among
            # 60,000 people take seconds.
            keys = self._by_start.get(target[:2]) or self._by_start.get(target[:1], [])
            keys = keys[:MAX_COMPARED]
        else:
            keys = list(self._by_folded)
        starting = [key for key in keys if key.startswith(target)]
        if len(starting) == 1:
            return self._by_folded[starting[0]]
        matches = difflib.get_close_matches(target, keys, n=1, cutoff=CUTOFF)
        return self._by_folded[matches[0]] if matches else None


def did_you_mean(written: str, choices: Iterable[str]) -> str | None:
    """:meth:`Guesser.guess` for one question; build a :class:`Guesser` to ask many."""
    return Guesser(choices).guess(written)
