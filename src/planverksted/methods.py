"""The built-in library of group methods, each with the source of its timings.

A file's own ``methods`` of the same key win over these.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from planverksted.model import Method, Workshop

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
    from planverksted.model import Method

    return Method.model_validate(BUILTIN_METHODS[key])
