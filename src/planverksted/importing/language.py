"""Which language a run-sheet is written in (nb, nn or en): a small word-list scorer.

Each list holds common words that only that language writes so (``ikke``/``ikkje``,
``hva``/``kva``; no word Norwegian writes too, such as ``for`` or ``to``); the language
with the most hits wins, when it wins clearly: by two hits or more, or by the only one
(a short run-sheet may hold a single telling word, "Velkommen").
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


WORDS: dict[str, frozenset[str]] = {
    "nb": _words(
        "ordfører ordføreren ansvarlig avslutning bare blir dere deres egen eget egne "
        "etter forventninger "
        "fra gjennomgang gruppene hele hjem hjemme hva hvem hvilke hvilken hvor hvordan "
        "hvorfor ikke innhold innledning jeg kjøreplan kommunen mange mellom mye noe "
        "noen notater også oppsummering planlegger sammen skal spørsmål tilbakemelding "
        "varighet veien velkommen videre vår våre være vært ønsker ønsket"
    ),
    "nn": _words(
        "ordførar ordføraren ansvarleg avslutting berre blir dagar dei eg eige eigen eigne "
        "ein eit "
        "forventningar frå gjennomgang gruppene heile heim heime ikkje innhald innleiing "
        "kommunen kor korleis kva kven kvifor køyreplan lengd mange mellom mykje noko "
        "nokon notat oppsummering planleggar prosessleiar saman samlinga skal spørsmål "
        "tilbakemelding vegen velkomen vere vidare vore vår òg ønskt"
    ),
    "en": _words(
        "agenda and are break closing coffee discussion duration evaluation from "
        "group how introduction is lunch notes of opening our plenary presentation "
        "questions responsible session summary talk the time we welcome what when "
        "where who why with work you your"
    ),
}
_WORD = re.compile(r"[^\W\d_]+")
_MIN_HITS = 2


def detect(texts: Iterable[str]) -> str | None:
    """nb, nn or en, when the texts' words say so clearly; None when they do not."""
    scores = dict.fromkeys(WORDS, 0)
    for text in texts:
        for word in _WORD.findall(text.lower()):
            for language, words in WORDS.items():
                if word in words:
                    scores[language] += 1
    # Words both Norwegian forms share (mellom, skal) count for both and decide nothing.
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top == second or (top < _MIN_HITS and second > 0):
        return None
    return best
