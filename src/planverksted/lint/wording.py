"""The wording of the schedule's findings in English, bokmål and nynorsk, in one place.

`check` prints findings in English; a run-sheet shows them in its own language. So a
finding made here keeps the raw values its message needs (clock times and lengths as
minutes, titles as written) and can be worded again in any language.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from planverksted.lint.finding import Finding, Path

if TYPE_CHECKING:
    from planverksted.timing.schedule import Schedule
from planverksted.timing.clock import format_clock, format_duration


class At(int):
    """A clock time (minutes after midnight): 13.15 in Norwegian, 13:15 in English."""


class Minutes(int):
    """A length in minutes: 1 t 30 min in Norwegian, 1 h 30 min in English."""


class Spaces(int):
    """A number of spaces: "1 space", "2 spaces" in English, "2 mellomrom" in Norwegian."""


class Title(str):
    """A block's title: "Pause" in English, «Pause» in Norwegian."""

    __slots__ = ()


GENERAL_TEXTS: Mapping[str, Mapping[str, str]] = {
    "did-you-mean": {
        "en": "did you mean '{guess}'?",
        "nb": "mente du «{guess}»?",
        "nn": "meinte du «{guess}»?",
    },
}
"""Texts that belong to no one rule."""


class _Texts(Mapping[str, Mapping[str, str]]):
    """``TEXTS``: every finding text, the rules' own (``lint/rules``) and the general ones."""

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

    return {**finding_texts(), **GENERAL_TEXTS}


TEXTS: Mapping[str, Mapping[str, str]] = _Texts()
"""Text id → language → text, for every finding worded through the catalogue."""


def short_title(title: str) -> str:
    """A title for a message: on one line, and cut after 50 characters."""
    title = " ".join(title.split())
    return f"{title[:50]}…" if len(title) > 51 else title


def word(text_id: str, language: str, args: dict[str, Any], times: str | None = None) -> str:
    """The text ``text_id`` in ``language``, its slots filled with ``args`` written for it.

    Clock times are written as in ``times`` (a language), by default as in ``language``.
    """
    return TEXTS[text_id][language].format_map(
        {name: _written(value, language, times or language) for name, value in args.items()}
    )


def _written(value: Any, language: str, times: str) -> str:
    if isinstance(value, At):
        return format_clock(value, times)
    if isinstance(value, Minutes):
        return format_duration(value, language)
    if isinstance(value, Spaces):
        if language == "en":
            return f"{int(value)} space" if value == 1 else f"{int(value)} spaces"
        return f"{int(value)} mellomrom"
    if isinstance(value, Title):
        title = short_title(value)
        return f'"{title}"' if language == "en" else f"«{title}»"
    if isinstance(value, dt.date):
        return value.isoformat() if language == "en" else value.strftime("%d.%m.%Y")
    return str(value)


def finding(
    code: str,
    path: Path,
    *,
    times: str,
    text: str | None = None,
    hint: str | None = None,
    key: bool = False,
    **args: Any,
) -> Finding:
    """A finding worded from the catalog in English, clock times written as in ``times``.

    The message is the text ``text`` (by default the code's own); ``hint`` names a hint text.
    """
    text_id = text or code
    return Finding(
        code,
        word(text_id, "en", args, times),
        word(hint, "en", args, times) if hint else None,
        path=path,
        key=key,
        wording=(text_id, hint, tuple(args.items())),
    )


def in_language(found: Finding, language: str) -> tuple[str, str | None]:
    """A finding's message and hint in ``language``, its times in that language's style too.

    A finding with no catalog wording (one about reading the file) comes as it was made.
    """
    if found.wording is None:
        return found.message, found.hint
    text_id, hint_id, pairs = found.wording
    args = dict(pairs)
    return word(text_id, language, args), word(hint_id, language, args) if hint_id else None


def schedule_finding(schedule: Schedule, code: str, path: Path, **wording: Any) -> Finding:
    """A rule's finding, its clock times written in the workshop's own style."""
    return finding(code, path, times=schedule.language, **wording)
