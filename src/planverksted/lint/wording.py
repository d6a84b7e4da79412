"""Wording a finding in any language, from the texts of the rules and of the catalogues.

A finding keeps the id of its text and the raw values its message needs (clock times and
lengths as minutes, titles and keys as written, places in the file), so it can be worded
again in the language of the file, of ``check --lang`` or of a run-sheet. Its ``message``
is the English. The texts are the rule modules' ``TEXTS`` and the catalogues' ``FINDINGS``
(``i18n/<language>.py``), a catalogue's text winning over a rule's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from planverksted import i18n
from planverksted.i18n import At, Key, Minutes, PerLanguage, Place, Title, Worded
from planverksted.lint.finding import Finding, Path
from planverksted.timing.clock import format_clock, format_duration

if TYPE_CHECKING:
    from planverksted.timing.schedule import Schedule

__all__ = [
    "TEXTS",
    "At",
    "Key",
    "Minutes",
    "PerLanguage",
    "Place",
    "Spaces",
    "Title",
    "Worded",
    "finding",
    "in_language",
    "schedule_finding",
    "short_title",
    "text",
    "word",
    "worded",
]


GENERAL_TEXTS: Mapping[str, Mapping[str, str]] = {}
"""Texts that belong to no one rule: they live in the catalogues' ``FINDINGS`` (i18n)."""


def text(text_id: str, language: str) -> str:
    """The text ``text_id`` (unfilled) in ``language``: the catalogue's, else the rule's own.

    Nothing falls back to another language: a text missing in one is a KeyError (and a
    failing test, see ``i18n.missing_keys``).
    """
    own = i18n.catalogue(language).FINDINGS.get(text_id)
    if own is not None:
        return str(own)
    from planverksted.lint.registry import finding_texts

    return finding_texts()[text_id][language]


class Spaces(int):
    """A number of spaces: "1 space", "2 spaces" in English, "2 mellomrom" in Norwegian."""


class _Texts(Mapping[str, Mapping[str, str]]):
    """``TEXTS``: every finding text (the rules' and the catalogues'), by id and language."""

    def _all(self) -> Mapping[str, Mapping[str, str]]:
        return _all_texts()

    def __getitem__(self, text_id: str) -> Mapping[str, str]:
        return self._all()[text_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())


@functools.cache
def _all_texts() -> Mapping[str, Mapping[str, str]]:
    from planverksted.lint.registry import finding_texts

    ids = [*finding_texts()]
    for module in i18n.catalogues().values():
        ids += [text_id for text_id in module.FINDINGS if text_id not in ids]
    return {
        text_id: {language: text(text_id, language) for language in i18n.LANGUAGES}
        for text_id in ids
    }


TEXTS: Mapping[str, Mapping[str, str]] = _Texts()
"""Text id → language → text, for every finding worded through the catalogue."""


def short_title(title: str) -> str:
    """A title for a message: on one line, and cut after 50 characters."""
    title = " ".join(title.split())
    return f"{title[:50]}…" if len(title) > 51 else title


def word(text_id: str, language: str, args: Mapping[str, Any], times: str | None = None) -> str:
    """The text ``text_id`` in ``language``, its slots filled with ``args`` written for it.

    Clock times are written as in ``times`` (a language), by default as in ``language``.
    """
    return text(text_id, language).format_map(
        {name: _written(value, language, times or language) for name, value in args.items()}
    )


def _written(value: Any, language: str, times: str) -> str:
    if isinstance(value, At):
        return format_clock(value, times)
    if isinstance(value, Minutes):
        return format_duration(value, language)
    if isinstance(value, Spaces):
        return text(f"value.spaces.{'one' if value == 1 else 'many'}", language).format(
            count=int(value)
        )
    if isinstance(value, Title):
        return i18n.quote(short_title(value), language)
    if isinstance(value, Key):
        return i18n.quote(value, language, key=True)
    if isinstance(value, Worded):
        return word(value.text_id, language, dict(value.args), times)
    if isinstance(value, Place):
        if not value.steps:
            return text("place.file", language)
        return text("place.of", language).join(
            word(step.text_id, language, dict(step.args), times) for step in reversed(value.steps)
        )
    if isinstance(value, PerLanguage):
        return value.function(language)
    if isinstance(value, dt.date):
        return i18n.format_short_date(value, language)
    return str(value)


def finding(
    code: str,
    path: Path | None,
    *,
    times: str = "en",
    text: str | None = None,
    hint: str | None = None,
    key: bool = False,
    line: int = 0,
    column: int = 0,
    **args: Any,
) -> Finding:
    """A finding worded from the catalogue in English, clock times written as in ``times``.

    The message is the text ``text`` (by default the code's own); ``hint`` names a hint text.
    A finding made where only the file's marks are known gives ``line`` and ``column``.
    """
    text_id = text or code
    return Finding(
        code,
        word(text_id, "en", args, times),
        word(hint, "en", args, times) if hint else None,
        path=path,
        key=key,
        line=line,
        column=column,
        wording=(text_id, hint, tuple(args.items())),
    )


def in_language(found: Finding, language: str) -> tuple[str, str | None]:
    """A finding's message and hint in ``language``, its times in that language's style too."""
    if found.wording is None:
        return found.message, found.hint
    text_id, hint_id, pairs = found.wording
    args = dict(pairs)
    return word(text_id, language, args), word(hint_id, language, args) if hint_id else None


def worded(found: Finding, language: str) -> Finding:
    """The finding with its message and hint in ``language``."""
    message, hint = in_language(found, language)
    return dataclasses.replace(found, message=message, hint=hint)


def schedule_finding(schedule: Schedule, code: str, path: Path, **wording: Any) -> Finding:
    """A rule's finding, its clock times written in the workshop's own style."""
    return finding(code, path, times=schedule.language, **wording)
