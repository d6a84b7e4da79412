"""A workshop file's caps applied to what an import would write, before it is written.

The loader refuses a file over its size or its count of values (``source.load``), and the
time engine stops at its count of run-sheet rows (``lint.rules.caps``); a run-sheet within
the import's own caps can still make such a file (a hundred thousand short rows). Each cap
is read from where the loader or the engine defines it, and a file past one is refused
with the source row where it is passed: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from planverksted.errors import PlanverkstedError
from planverksted.importing.interpret import Comment, Imported
from planverksted.lint.rules import caps as rule_caps
from planverksted.source import load as loader
from planverksted.workshop.builtin_methods import BUILTIN_METHODS

_HINT = "import.cap.hint"


def values_in(value: Any) -> int:
    """The values the loader counts for ``value``: every mapping, key, list, item and text."""
    if isinstance(value, Comment):
        return values_in(value.value)
    if isinstance(value, Mapping):
        return 1 + sum(1 + values_in(item) for item in value.values())
    if isinstance(value, list):
        return 1 + sum(values_in(item) for item in value)
    return 1


def rows_in(block: Mapping[str, Any], methods: Mapping[str, Any] = {}) -> int:
    """The run-sheet rows a block makes, as the time engine counts them: itself, its parts,
    and the steps of the method each of them uses (the file's own ``methods``
    first, then the built-in ones)."""
    rows = 1
    method = block.get("method")
    if isinstance(method, str):
        found = methods.get(method) or BUILTIN_METHODS.get(method) or {}
        rows += len(found.get("steps", ()))
    for inner in block.get("parts", ()):
        if isinstance(inner, Mapping):
            rows += rows_in(inner, methods)
    return rows


def blocks_of(data: Mapping[str, Any]) -> Iterator[tuple[Mapping[str, Any], bool]]:
    """Each block to write, in order, and whether it is in a day's agenda."""
    for block in data.get("agenda", ()):
        yield block, False
    for day in data.get("days", ()):
        for block in day.get("agenda", ()):
            yield block, True


def _refuse(text_id: str, imported: Imported, file: str, block: Any, **args: Any) -> None:
    row = imported.sources.get(id(block), 0)
    raise PlanverkstedError.of(text_id, _HINT, file=file, row=row, **args)


def check_before_emit(imported: Imported, file: str) -> None:
    """Refuse, naming the source row, an import whose file would pass the values cap or
    the run-sheet rows cap."""
    data = imported.data
    blocks = list(blocks_of(data))
    counted = [values_in(block) for block, _ in blocks]
    values = values_in(data) - sum(counted)
    rows = 0
    for (block, _), count in zip(blocks, counted, strict=True):
        values += count
        if values > loader.MAX_VALUES:
            _refuse("import.cap.values", imported, file, block, cap=f"{loader.MAX_VALUES:,}")
        rows += rows_in(block, data.get("methods", {}))
        if rows > rule_caps.MAX_ROWS:
            _refuse("import.cap.rows", imported, file, block, cap=f"{rule_caps.MAX_ROWS:,}")


def check_size(imported: Imported, file: str, size: int, sizes: Callable[[], list[int]]) -> None:
    """Refuse, naming the source row, a written text of ``size`` bytes over the size cap;
    ``sizes()`` gives the bytes of each block of :func:`blocks_of`, in order."""
    if size <= loader.MAX_BYTES:
        return
    blocks = [block for block, _ in blocks_of(imported.data)]
    each = sizes()
    total = size - sum(each)
    passing: Any = None  # the text around the blocks alone is never that large
    for block, count in zip(blocks, each, strict=True):
        total += count
        if total > loader.MAX_BYTES:
            passing = block
            break
    _refuse("import.cap.bytes", imported, file, passing, mib=loader.MAX_BYTES // (1024 * 1024))


__all__ = ["blocks_of", "check_before_emit", "check_size", "rows_in", "values_in"]
