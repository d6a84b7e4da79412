"""The texts of a loaded workshop file that reach a document, each with its path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

Path = tuple[str | int, ...]

NOT_SHOWN: frozenset[Path] = frozenset(
    {("planverksted",), ("language",), ("organiser_logo",), ("checks",)}
)
"""Top-level values that never reach the page."""


def shown_texts(data: Any, path: Path = ()) -> Iterator[tuple[Path, str]]:
    """Every string value of ``data`` (as loaded) with its path, in the file's order."""
    if path[:1] in NOT_SHOWN:
        return
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, item in data.items():
            yield from shown_texts(item, (*path, str(key)))
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from shown_texts(item, (*path, index))
