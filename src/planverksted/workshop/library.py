"""Reusable blocks: a top-level ``blocks:`` (key → block) and ``use: key`` on a block or part.

A block or part that uses one gets the library block's keys, its own keys winning; this
happens on the loaded data, before validation, so every later stage sees ordinary blocks.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from planverksted.i18n import Key
from planverksted.lint.finding import Finding, Path
from planverksted.lint.wording import finding
from planverksted.suggest import Guesser

LISTED = 20
"""A hint lists at most this many of the blocks that are defined."""


def _agenda_items(data: dict[str, Any]) -> Iterator[tuple[dict[str, Any], Path]]:
    """Every block and part mapping of the loaded data, with its path."""
    agendas: list[tuple[Path, Any]] = [(("agenda",), data.get("agenda"))]
    days = data.get("days")
    if isinstance(days, list):
        agendas += [
            (("days", n, "agenda"), day.get("agenda"))
            for n, day in enumerate(days)
            if isinstance(day, dict)
        ]
    for agenda_path, agenda in agendas:
        if not isinstance(agenda, list):
            continue
        for index, block in enumerate(agenda):
            if not isinstance(block, dict):
                continue
            path = (*agenda_path, index)
            yield block, path
            parts = block.get("parts")
            if isinstance(parts, list):
                for number, part in enumerate(parts):
                    if isinstance(part, dict):
                        yield part, (*path, "parts", number)


def apply_library(data: Any) -> tuple[Any, list[Finding], set[Path]]:
    """``data`` with every ``use`` filled in from ``blocks``; findings; paths left unfilled.

    The paths are the blocks and parts whose ``use`` names nothing: a key they lack (their
    title) is not also reported as missing.
    """
    if not isinstance(data, dict):
        return data, [], set()
    users = [(item, path) for item, path in _agenda_items(data) if "use" in item]
    if not users:
        return data, [], set()
    library = data.get("blocks")
    entries: dict[str, Any] = library if isinstance(library, dict) else {}
    guesser = Guesser(sorted(entries))
    known = sorted(entries)
    listed = ", ".join(known[:LISTED])
    if len(known) > LISTED:
        listed += f", … (+{len(known) - LISTED:,})"
    findings: list[Finding] = []
    unfilled: set[Path] = set()
    replacements: dict[Path, dict[str, Any]] = {}
    for item, path in users:
        name = item["use"]
        if not isinstance(name, str):
            continue  # the model says what is wrong with it
        entry = entries.get(name.strip())
        if isinstance(entry, dict):
            replacements[path] = {**entry, **item}
            continue
        if entry is not None:
            continue  # a library block that is not keys: its own finding says so
        guess = guesser.guess(name)
        hint = "did-you-mean" if guess else "block-unknown.hint" if known else "block-unknown.none"
        findings.append(
            finding(
                "block-unknown",
                (*path, "use"),
                hint=hint,
                name=Key(name),
                guess=Key(guess or ""),
                known=listed,
            )
        )
        unfilled.add(path)
    return _replaced(data, replacements), findings, unfilled


def _replaced(data: dict[str, Any], replacements: dict[Path, dict[str, Any]]) -> dict[str, Any]:
    """A copy of ``data`` (shallow, but new along every replaced path) with the replacements."""
    if not replacements:
        return data
    result = dict(data)
    # Each container on a replaced path is copied once, however many replacements it holds.
    copied: set[int] = {id(result)}
    for path, value in replacements.items():
        node: Any = result
        for step in path[:-1]:
            child = node[step]
            if id(child) not in copied:
                child = dict(child) if isinstance(child, dict) else list(child)
                node[step] = child
                copied.add(id(child))
            node = child
        node[path[-1]] = value
    return result
