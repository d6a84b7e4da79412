"""The languages planverksted writes: one catalogue module per language, named by its code.

``nb.py``, ``nn.py`` and ``en.py`` each hold everything written in that language: the
labels of a run-sheet, weekday and month names, how times and dates are written (the
separator of a time, the hour word, "kl.", the quotes, the date format), the words of the
built-in methods, the findings' texts that belong to no rule module (and, where given,
the rule modules' own texts: a catalogue's ``FINDINGS`` win), and the command line's
messages. The catalogues are found here (as ``lint/registry`` finds the rules), so the
languages are defined once, by the files: adding ``sv.py`` with every key that ``en.py``
has adds Swedish. Nothing falls back to another language: :func:`missing_keys` says what a
catalogue lacks, and a test holds every catalogue complete.
"""

from __future__ import annotations

import datetime as dt
import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Mapping
from types import ModuleType
from typing import Any

from planverksted.workshop import kinds

REFERENCE = "en"
"""The catalogue whose keys every other catalogue must have."""
DEFAULT = "nb"
"""The language of a file that names none."""

_TEXT_TABLES = ("LABELS", "FINDINGS", "MESSAGES", "LIVE", "YAML_PROBLEMS")
_SCALARS = (
    "NAME",
    "TIME_SEPARATOR",
    "HOUR_WORD",
    "CLOCK_WORD",
    "QUOTES",
    "KEY_QUOTES",
    "DATE_FORMAT",
    "SHORT_DATE_FORMAT",
    "LIST_AND",
    "WEEKDAYS",
    "MONTHS",
    "MONTH_ABBREVIATIONS",
    "METHODS",
    "LANGUAGE_TAG",
    "FILE_NAMES",
)


class At(int):
    """A clock time (minutes after midnight) in a message: 13.15 in Norwegian, 13:15 in English."""


class Minutes(int):
    """A length in minutes in a message: 1 t 30 min in Norwegian, 1 h 30 min in English."""


class Title(str):
    """A block's title in a message: "Pause" in English, «Pause» in Norwegian."""

    __slots__ = ()


class Key(str):
    """A key, code or value as written in the file: 'titel' in English, «titel» in Norwegian."""

    __slots__ = ()


# Plain classes, not dataclasses: every command imports this module, and a dataclass costs
# a millisecond of start-up to make.
class Worded:
    """A text of the catalogue inside another, worded in the same language: a value described."""

    __slots__ = ("args", "text_id")

    def __init__(self, text_id: str, args: tuple[tuple[str, Any], ...] = ()) -> None:
        self.text_id = text_id
        self.args = args

    @classmethod
    def of(cls, text_id: str, **args: Any) -> Worded:
        return cls(text_id, tuple(args.items()))

    def __repr__(self) -> str:
        return f"Worded({self.text_id!r}, {self.args!r})"


class Place:
    """Where in the file, as a planner names it: 'part 2 "Film" of block 4 "Innledning"'.

    Its steps go from the top of the file down; it is written innermost first.
    """

    __slots__ = ("steps",)

    def __init__(self, steps: tuple[Worded, ...] = ()) -> None:
        self.steps = steps

    def __repr__(self) -> str:
        return f"Place({self.steps!r})"


class PerLanguage:
    """A value that is itself worded per language, by a function of the language."""

    __slots__ = ("function",)

    def __init__(self, function: Callable[[str], str]) -> None:
        self.function = function

    def __str__(self) -> str:
        """The English, where a value is written without a language (a log, an old caller)."""
        return self.function(REFERENCE)


def worded(text_id: str, **args: Any) -> PerLanguage:
    """The command-line message ``text_id`` filled with ``args``, in whatever language it is
    written in: a value for another message, or for :class:`PerLanguage`'s callers."""
    return PerLanguage(lambda language: fill(message(text_id, language), language, args))


def language_name(code: str, language: str) -> str:
    """The name of the language ``code`` as a sentence in ``language`` writes it: "engelsk"
    in Norwegian, "English" in English (a catalogue without the table: its own ``NAME``)."""
    names = getattr(catalogue(language), "LANGUAGE_NAMES", {})
    return str(names.get(code) or catalogue(code).NAME)


def column_name(column: str, language: str) -> str:
    """A participant column as ``language`` names it: ``party`` is "parti" in Norwegian; a
    column of the planner's own (``kommune``) as written."""
    names = getattr(catalogue(language), "PARTICIPANT_COLUMN_NAMES", {})
    return str(names.get(column, column))


def number(value: int) -> PerLanguage:
    """A whole number as the language groups its digits: "1 000 000" (a no-break space) in
    Norwegian, "1,000,000" in English."""

    def words(language: str) -> str:
        grouped = f"{value:,}"
        return grouped if language == REFERENCE else grouped.replace(",", "\u00a0")

    return PerLanguage(words)


def choices_of(items: list[str]) -> PerLanguage:
    """ "html, md or pdf" in whatever language the message is written in."""
    return PerLanguage(lambda language: choices(items, language))


@functools.cache
def catalogues() -> Mapping[str, ModuleType]:
    """Every catalogue module in this package, by language code, in name order."""
    found = {
        info.name: importlib.import_module(f"{__name__}.{info.name}")
        for info in pkgutil.iter_modules(__path__)
        if not info.name.startswith("_")
    }
    # The default first, English last: the order the command line and docs list them in.
    order = sorted(found, key=lambda code: (code != DEFAULT, code == REFERENCE, code))
    return {code: found[code] for code in order}


def languages() -> tuple[str, ...]:
    """The language codes, the default first: ``("nb", "nn", "en")``."""
    return tuple(catalogues())


@functools.cache
def aliases() -> Mapping[str, str]:
    """Other names for the languages (``no`` → ``nb``), from each catalogue's ``ALIASES``."""
    return {alias: code for code, module in catalogues().items() for alias in module.ALIASES}


def normalise(name: str) -> str | None:
    """A language code for ``name`` as a planner writes it (``NO``, ``nb``, ``nno``), or None."""
    text = name.strip().lower()
    text = aliases().get(text, text)
    return text if text in catalogues() else None


def catalogue(language: str) -> ModuleType:
    """The catalogue module of ``language``."""
    return catalogues()[language]


@functools.cache
def labels_table(language: str) -> Mapping[str, str]:
    """Label key → text for ``language``, with ``kind_<name>`` for every kind.

    A kind's word comes from the catalogue when it gives one, else from workshop/kinds.py.
    """
    table = catalogue(language).LABELS
    return {
        **{
            f"kind_{kind.name}": kind.labels[language]
            for kind in kinds.ALL
            if language in kind.labels
        },
        **table,
    }


def labels(language: str) -> dict[str, str]:
    """A copy of the label table for ``language``."""
    return dict(labels_table(language))


def kind_label(kind: str, language: str) -> str:
    """The word for a block's kind: ``talk`` is "Innlegg" in nb and nn, "Talk" in en."""
    return labels_table(language)[f"kind_{kind}"]


def message(text_id: str, language: str) -> str:
    """A command-line message's text (unfilled) in ``language``."""
    return str(catalogue(language).MESSAGES[text_id])


def fill(template: str, language: str, args: Mapping[str, Any]) -> str:
    """A command-line message's ``template`` filled in: keys quoted as ``language`` quotes them."""
    values = {}
    for name, value in args.items():
        if isinstance(value, Key):
            values[name] = quote(value, language, key=True)
        elif isinstance(value, PerLanguage):
            values[name] = value.function(language)
        else:
            values[name] = str(value)
    return template.format_map(values)


def format_date(date: dt.date, language: str) -> str:
    """A date as written in running text: "tirsdag 16. april 2024", "Tuesday 16 April 2024"."""
    module = catalogue(language)
    return str(
        module.DATE_FORMAT.format(
            weekday=module.WEEKDAYS[date.weekday()],
            day=date.day,
            month=module.MONTHS[date.month - 1],
            year=date.year,
        )
    )


def format_short_date(date: dt.date, language: str) -> str:
    """A date in a message: "18.04.2024" in Norwegian, "2024-04-18" in English."""
    return str(
        catalogue(language).SHORT_DATE_FORMAT.format(day=date.day, month=date.month, year=date.year)
    )


def format_minutes(minutes: int, language: str) -> str:
    """A length as planners write it on a run-sheet: always in minutes, "90 min"."""
    return f"{minutes} {labels_table(language)['minutes']}"


def quote(text: str, language: str, *, key: bool = False) -> str:
    """``text`` in the language's quotes: «Pause», "Pause"; a key in 'title' in English."""
    opening, closing = catalogue(language).KEY_QUOTES if key else catalogue(language).QUOTES
    return f"{opening}{text}{closing}"


def choices(items: list[str], language: str) -> str:
    """ "nb, nn or en": a list of choices, its last joined by the language's "or"."""
    if len(items) < 2:
        return "".join(items)
    return f"{', '.join(items[:-1])} {catalogue(language).LIST_AND} {items[-1]}"


def weekday_names() -> Mapping[str, int]:
    """Every catalogue's weekday names, lower case, to the weekday they name (Monday is 0)."""
    return {
        name.lower(): number
        for module in catalogues().values()
        for number, name in enumerate(module.WEEKDAYS)
    }


def month_names() -> Mapping[str, int]:
    """Every catalogue's month names and abbreviations, lower case, to the month (January: 1)."""
    table: dict[str, int] = {}
    for module in catalogues().values():
        for names in (module.MONTHS, module.MONTH_ABBREVIATIONS):
            for number, name in enumerate(names, 1):
                table[name.lower()] = number
    return table


def method_words(key: str, language: str) -> Mapping[str, Any]:
    """The words of the built-in method ``key`` in ``language``: name, description, steps."""
    return dict(catalogue(language).METHODS[key])


def required_keys() -> Mapping[str, frozenset[str]]:
    """What every catalogue must give: per table, the keys of the reference catalogue.

    ``FINDINGS`` must also hold every text of every rule module that does not word it in
    this language itself (a rule's ``TEXTS`` have en, nb and nn).
    """
    reference = catalogue(REFERENCE)
    required = {table: frozenset(getattr(reference, table)) for table in _TEXT_TABLES}
    required["METHODS"] = frozenset(reference.METHODS)
    return required


def missing_keys(language: str) -> list[str]:
    """Every key ``language``'s catalogue lacks, as ``TABLE.key`` (empty when complete)."""
    from planverksted.lint.registry import finding_texts

    module = catalogue(language)
    missing = [name for name in _SCALARS if not hasattr(module, name)]
    for table, keys in required_keys().items():
        given = getattr(module, table, {})
        missing += [f"{table}.{key}" for key in sorted(keys - set(given))]
    findings = getattr(module, "FINDINGS", {})
    missing += [
        f"FINDINGS.{text_id}"
        for text_id, wording in finding_texts().items()
        if language not in wording and text_id not in findings
    ]
    missing += [
        f"LABELS.kind_{kind.name}"
        for kind in kinds.ALL
        if language not in kind.labels and f"kind_{kind.name}" not in getattr(module, "LABELS", {})
    ]
    reference_methods = catalogue(REFERENCE).METHODS
    for key, words in getattr(module, "METHODS", {}).items():
        if key in reference_methods:
            missing += [
                f"METHODS.{key}.{part}" for part in reference_methods[key] if part not in words
            ]
        if key in reference_methods and len(words.get("steps", ())) != len(
            reference_methods[key]["steps"]
        ):
            missing.append(f"METHODS.{key}.steps")
    for name, count in (("WEEKDAYS", 7), ("MONTHS", 12), ("MONTH_ABBREVIATIONS", 12)):
        if hasattr(module, name) and len(getattr(module, name)) != count:
            missing.append(f"{name} (needs {count})")
    return missing


@functools.cache
def _yaml_patterns() -> list[tuple[re.Pattern[str], str]]:
    """Each of PyYAML's problem texts as a pattern: its %r, %s and %d are the values."""
    patterns = []
    for text in catalogue(REFERENCE).YAML_PROBLEMS:
        parts = re.split(r"(%[rsd])", text)
        body = "".join(
            "(.+?)" if part in ("%r", "%s") else r"(\d+)" if part == "%d" else re.escape(part)
            for part in parts
        )
        patterns.append((re.compile(body + r"\Z", re.DOTALL), text))
    # The longest first: "while parsing a block mapping" before "while parsing a %s".
    return sorted(patterns, key=lambda pair: -len(pair[1].replace("%r", "").replace("%s", "")))


def yaml_problem(text: str, language: str) -> str:
    """PyYAML's (or libyaml's) problem or context ``text`` in ``language``: from the
    catalogues' ``YAML_PROBLEMS``, the values it names quoted as keys are; a text no
    catalogue knows (a new PyYAML) is quoted in a plain sentence of the language."""
    text = " ".join(text.split())
    table = catalogue(language).YAML_PROBLEMS
    for pattern, template in _yaml_patterns():
        match = pattern.match(text)
        if match is None:
            continue
        values = [_yaml_value(value, language) for value in match.groups()]
        return str(table[template]).format(*values)
    return fill(str(catalogue(language).FINDINGS["yaml-syntax.unknown"]), language, {"text": text})


def _yaml_value(value: str, language: str) -> str:
    """A value PyYAML wrote as Python would ('x', "'"), quoted as the language quotes keys."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    return quote(value, language, key=True) if not value.isdigit() else value


LANGUAGES: tuple[str, ...] = languages()
"""The language codes, one per catalogue file, the default first."""
LANGUAGE_ALIASES: Mapping[str, str] = aliases()
"""Other names for them: ``no`` and ``nob`` are bokmål, ``nno`` nynorsk, ``eng`` English."""
