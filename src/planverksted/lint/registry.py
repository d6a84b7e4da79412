"""The registry: every finding code and every rule, gathered from the modules in ``lint/rules``.

A rule module declares, in one place, what it knows about its codes::

    SECTION = "Checking the schedule"   # the heading its codes are documented under
    ORDER = 30                           # where it runs, and where it is documented
    CODES = (Code("gap", WARNING, "unplanned minutes …", example="…"),)
    TEXTS = {"gap": {"en": "…", "nb": "…", "nn": "…"}, "gap.hint": {…}}
    def check(schedule): ...             # optional: rules that read the resolved schedule

Codes whose findings are made while reading, validating or timing the file have no
``check``: the stage that notices the fault makes the finding, and the module documents
and words it. Adding a module adds its codes, texts, docs and check; nothing else changes.
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
import pkgutil
from collections.abc import Callable, Iterator, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from planverksted.lint.severity import Severity

if TYPE_CHECKING:
    from planverksted.lint.finding import Finding
    from planverksted.timing.schedule import Schedule

Check = Callable[["Schedule"], Iterator["Finding"]]


@dataclasses.dataclass(frozen=True)
class Code:
    """A stable finding code, with its documentation."""

    name: str
    severity: Severity
    summary: str
    """What it means, in a line: the "meaning" column of docs/checks.md."""
    ignorable: bool = True
    """Whether ``checks: {ignore: [...]}`` and ``--ignore`` may silence it.

    Codes that mean the file could not be read or understood are not: silencing
    them would leave nothing trustworthy to check or render.
    """
    example: str = ""
    """A small example that triggers it (Markdown)."""


@dataclasses.dataclass(frozen=True)
class RuleModule:
    """One module of ``lint/rules``, as the registry sees it."""

    name: str
    section: str
    order: int
    codes: tuple[Code, ...]
    texts: Mapping[str, Mapping[str, str]]
    check: Check | None
    notes: str
    """Prose documented under the section's table, if any."""


def _rule_module(module: ModuleType) -> RuleModule:
    return RuleModule(
        name=module.__name__.rsplit(".", 1)[-1],
        section=module.SECTION,
        order=module.ORDER,
        codes=tuple(module.CODES),
        texts=getattr(module, "TEXTS", {}),
        check=getattr(module, "check", None),
        notes=getattr(module, "NOTES", ""),
    )


@functools.cache
def rule_modules() -> tuple[RuleModule, ...]:
    """Every rule module, in ``ORDER``."""
    from planverksted.lint import rules

    found = [
        _rule_module(importlib.import_module(f"{rules.__name__}.{info.name}"))
        for info in pkgutil.iter_modules(rules.__path__)
        if not info.name.startswith("_")
    ]
    return tuple(sorted(found, key=lambda rule: (rule.order, rule.name)))


@functools.cache
def codes() -> Mapping[str, Code]:
    """Every code by name, in documentation order."""
    table: dict[str, Code] = {}
    for rule in rule_modules():
        for code in rule.codes:
            if code.name in table:
                raise LookupError(f"finding code {code.name!r} is declared twice")
            table[code.name] = code
    return table


@functools.cache
def finding_texts() -> Mapping[str, Mapping[str, str]]:
    """Every rule's wording: text id → language → text."""
    texts: dict[str, Mapping[str, str]] = {}
    for rule in rule_modules():
        for text_id, wording in rule.texts.items():
            if text_id in texts:
                raise LookupError(f"finding text {text_id!r} is declared twice")
            texts[text_id] = wording
    return texts


def checks() -> tuple[Check, ...]:
    """The rules that read a resolved schedule, in the order they run."""
    return tuple(rule.check for rule in rule_modules() if rule.check is not None)


def run_checks(schedule: Schedule) -> list[Finding]:
    """Every rule's findings, in rule order."""
    return [finding for check in checks() for finding in check(schedule)]


class _Codes(Mapping[str, Code]):
    """``CODES``: a read-only view of :func:`codes` that loads the rules on first use."""

    def __getitem__(self, name: str) -> Code:
        return codes()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(codes())

    def __len__(self) -> int:
        return len(codes())

    def __contains__(self, name: object) -> bool:
        return name in codes()


CODES: Mapping[str, Code] = _Codes()
