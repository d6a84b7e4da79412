"""The built-in library of group methods, each with the source of its timings.

Their words are in the catalogues of i18n, in every language planverksted writes.

A file's own ``methods`` of the same key win over these.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from planverksted import i18n

if TYPE_CHECKING:
    from planverksted.workshop.model import Method, Workshop

TIMINGS: dict[str, dict[str, Any]] = {
    "igp": {
        "minutes": (2, 12, 5),
        # The seed shares "round the table"; a table of 4-6 lets each speak in 12 minutes
        # (2 min each), as the Tett på groups sat.
        "group_size": "4-6",
    },
    "1-2-4-all": {
        "minutes": (1, 2, 4, 5),
        # Pairs, then foursomes: a table of four.
        "group_size": "4",
    },
    "kafedialog": {
        "minutes": (20, 20, 20),
        # "Four (or five) people at each table" (World Café hosting guide).
        "group_size": "4-5",
    },
    "troika": {
        "minutes": (1, 9, 9, 9),
        # "Groups of 3" (trios): one client and two consultants at a time.
        "group_size": "3",
    },
    "triz": {
        "minutes": (5, 10, 10, 10),
        # "Groups of 4 to 7" (Liberating Structures, TRIZ: how groups are configured).
        "group_size": "4-7",
    },
}
"""Each built-in method's key, the minutes of its steps and the group size.

Their words (name, description, the source of the timings, the steps' titles and notes)
are in each language's catalogue (``i18n/<language>.py``, ``METHODS``), so a method reads
the same in nb, nn and en.
"""


def method_data(key: str, language: str = i18n.DEFAULT) -> dict[str, Any]:
    """The raw data of a built-in method in ``language``, as a file's own method is written."""
    words = i18n.method_words(key, language)
    timing = TIMINGS[key]
    steps = []
    for (title, note), minutes in zip(words["steps"], timing["minutes"], strict=True):
        step = {"title": title, "duration": str(minutes)}
        if note is not None:
            step["note"] = note
        steps.append(step)
    return {
        "name": words["name"],
        "description": words["description"],
        "source": words["source"],
        "steps": steps,
        "group_size": timing["group_size"],
    }


BUILTIN_METHODS: dict[str, dict[str, Any]] = {key: method_data(key) for key in TIMINGS}
"""Raw method data in bokmål (the default language), validated by the same model as a file's
own methods; :func:`builtin_method` gives one in any language."""


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
    return workshop.methods[name] if own else builtin_method(name, workshop.language)


def is_builtin(workshop: Workshop, key: str) -> str | None:
    """The built-in method's key that ``key`` names in this workshop, or None (its own, or none)."""
    found = find_method_key(key, set(workshop.methods))
    return found[0] if found is not None and not found[1] else None


@functools.cache
def builtin_method(key: str, language: str = i18n.DEFAULT) -> Method:
    """A built-in method as a validated model in ``language``.

    (pydantic is imported late: completion needs no pydantic.)
    """
    from planverksted.workshop.model import Method

    return Method.model_validate(method_data(key, language))
