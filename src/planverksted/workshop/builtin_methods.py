"""The built-in library of group methods, each with the source of its timings.

A file's own ``methods`` of the same key win over these.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planverksted.workshop.model import Method, Workshop

BUILTIN_METHODS: dict[str, dict[str, Any]] = {
    "igp": {
        "name": "IGP",
        "description": "Individuelt – gruppe – plenum",
        "source": (
            "Distriktssenteret and Agder fylkeskommune, 'Slik får vi bedre planpolitikere', "
            "Kommuneplankonferansen 2024: 2 min alone, 12 min round the table, 5 min in plenary"
        ),
        "steps": [
            {"title": "Reflekter", "duration": "2", "note": "Ta utgangspunkt i egen kommune"},
            {"title": "Dele rundt bordet", "duration": "12"},
            {"title": "Drøfting: er det fellesnevnere?", "duration": "5"},
        ],
    },
    "1-2-4-all": {
        "name": "1-2-4-All",
        "description": "Alene, i par, i firer, så alle sammen",
        "source": (
            "Liberating Structures (Lipmanowicz and McCandless), 1-2-4-All: "
            "1 min alone, 2 min in pairs, 4 min in foursomes, 5 min all together"
        ),
        "steps": [
            {"title": "Alene: tenk over spørsmålet", "duration": "1"},
            {"title": "I par: del og bygg videre", "duration": "2"},
            {"title": "I firer: se etter likheter og forskjeller", "duration": "4"},
            {"title": "Alle: hva er det viktigste som kom fram?", "duration": "5"},
        ],
    },
    "kafedialog": {
        "name": "Kafédialog",
        "description": "Samtaler ved små bord i tre runder; alle bytter bord mellom rundene",
        "source": (
            "The World Café Community Foundation, 'World Café Method' (theworldcafe.com): "
            "three or more rounds of conversation of about 20 minutes each, one host staying "
            "at each table; the harvest in plenary is not timed there, so plan it as a part "
            "of its own"
        ),
        "steps": [
            {
                "title": "Runde 1",
                "duration": "20",
                "note": "Fire eller fem ved hvert bord; skriv og tegn på duken",
            },
            {
                "title": "Runde 2",
                "duration": "20",
                "note": "Bytt bord; bordverten blir igjen og forteller hva som kom fram",
            },
            {"title": "Runde 3", "duration": "20", "note": "Bytt bord igjen, eller gå tilbake"},
        ],
    },
    "troika": {
        "name": "Troikakonsultasjon",
        "description": "Tre og tre gir hverandre råd på en utfordring hver",
        "source": (
            "Liberating Structures (Lipmanowicz and McCandless), Troika Consulting (30 min): "
            "1 min to think; then for each client 1-2 min to share the question, 1-2 min of "
            "clarifying questions, 4-5 min of advice with the client's back turned, 1-2 min "
            "on what was most valuable; here 2 + 2 + 4 + 1 for each of three clients"
        ),
        "steps": [
            {"title": "Tenk over utfordringen og hva slags hjelp du trenger", "duration": "1"},
            {
                "title": "Klient 1",
                "duration": "9",
                "note": (
                    "2 min utfordringen, 2 min oppklarende spørsmål, 4 min råd mens klienten "
                    "snur ryggen til, 1 min: hva var mest nyttig?"
                ),
            },
            {"title": "Klient 2", "duration": "9", "note": "Som for klient 1, med en ny klient"},
            {"title": "Klient 3", "duration": "9", "note": "Som for klient 1, med en ny klient"},
        ],
    },
    "triz": {
        "name": "TRIZ",
        "description": "Hva må vi slutte med? Fra verst tenkelige resultat til første steg",
        "source": (
            "Liberating Structures (Lipmanowicz and McCandless), TRIZ (35 min): an "
            "introduction, then three segments of 10 min each, each run as 1-2-4-All; the "
            "introduction has the 5 min left of the 35"
        ),
        "steps": [
            {"title": "Innledning: hva er det verst tenkelige resultatet?", "duration": "5"},
            {"title": "Lag en liste over alt som sikrer det verste resultatet", "duration": "10"},
            {"title": "Hva gjør vi allerede som ligner på dette?", "duration": "10"},
            {"title": "Hva er første steg for å slutte med det?", "duration": "10"},
        ],
    },
}
"""Raw method data, validated by the same model as a file's own methods."""


def find_method_key(key: str, own_keys: set[str]) -> tuple[str, bool] | None:
    """Resolve a ``method`` reference: (key, is_own), own methods first, then built-ins.

    Keys match exactly first, then regardless of case (``IGP`` finds ``igp``).
    """
    if key in own_keys:
        return key, True
    if key in BUILTIN_METHODS:
        return key, False
    folded = key.casefold()
    for own in sorted(own_keys):
        if own.casefold() == folded:
            return own, True
    for builtin in BUILTIN_METHODS:
        if builtin.casefold() == folded:
            return builtin, False
    return None


def resolve_method(workshop: Workshop, key: str) -> Method | None:
    """The method a ``method:`` key names in this workshop, or None when none does."""
    found = find_method_key(key, set(workshop.methods))
    if found is None:
        return None
    name, own = found
    return workshop.methods[name] if own else builtin_method(name)


@functools.cache
def builtin_method(key: str) -> Method:
    """A built-in method as a validated model (imported late: completion needs no pydantic)."""
    from planverksted.workshop.model import Method

    return Method.model_validate(BUILTIN_METHODS[key])
