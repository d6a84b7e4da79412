"""docs/format.md's key tables, generated from the model, so the page cannot drift from it.

Each key is declared once, in workshop/model.py, with its ``description`` beside it (as
mkdocs declares each option with its documentation); this module writes one table per
model class, and the table of built-in methods, between marker comments in the page:

    <!-- generated: block -->  ...  <!-- end generated -->

Rewrite the page with ``python -m planverksted.workshop.format_doc`` (or check it with
``--check``); a test fails when the committed page differs from a fresh generation.
"""

from __future__ import annotations

import re
import sys
import types
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from planverksted import i18n
from planverksted.workshop import kinds, model, programme
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method

PAGE = Path(__file__).resolve().parents[3] / "docs" / "format.md"
"""docs/format.md in a source checkout (the page is not installed with the package)."""

_MARKER = re.compile(
    r"(?P<open><!-- generated: (?P<name>[a-z-]+) -->\n)(?P<body>.*?)"
    r"(?P<close><!-- end generated -->)",
    re.DOTALL,
)

_HEADINGS: dict[type[BaseModel], str] = {
    model.Workshop: "the file",
    model.Block: "block",
    model.Part: "part",
    model.Person: "person",
    model.Method: "method",
    model.Step: "step",
    model.QuestionSet: "question set",
    model.Day: "day",
    model.Checks: "checks",
    model.Participant: "participant",
    model.Room: "room",
    model.Tables: "tables",
    model.Groups: "groups",
    model.Track: "track",
    model.Split: "split",
    model.Goal: "goal",
    model.LibraryBlock: "reusable block",
    programme.Programme: "programme",
    programme.ProgrammeWorkshop: "programme workshop",
    model.Question: "evaluation question",
}
"""Each model class, by the name its table has in the page (and a value of its type)."""


def _validator_of(alias: Any) -> Callable[..., Any]:
    """The function of the BeforeValidator in one of the model's ``Annotated`` types."""
    (before,) = alias.__metadata__
    function: Callable[..., Any] = before.func
    return function


def _or(words: list[str]) -> str:
    return ", ".join(words[:-1]) + " or " + words[-1] if len(words) > 1 else words[0]


def _code(words: typing.Iterable[object]) -> list[str]:
    return [f"`{word}`" for word in words]


def _value_words() -> dict[Callable[..., Any], str]:
    """How a value of each of the model's types is written, in a planner's words."""
    languages = i18n.LANGUAGES
    aliases = [f"`{alias}` means `{code}`" for alias, code in model.LANGUAGE_ALIASES.items()]
    flags = sorted(model.YES_WORDS) + sorted(model.NO_WORDS)
    return {
        _validator_of(model.Text): "text",
        _validator_of(model.TextList): "a list of text, or one text",
        _validator_of(model.Clock): "a time: `13.00`, `13:00`, `kl. 13.00`, `kl 9`, `13`",
        _validator_of(model.TimeRange): "a range: `13.00 – 13.10`, `13:00-13:10`, `9-10`",
        _validator_of(model.Duration): "a duration: `15`, `15 min`, `1 t 30 min`",
        _validator_of(
            model.Date
        ): "a date: `2024-04-18`, `18.04.2024`, `18. april 2024`, … (see Dates)",
        _validator_of(model.Language): _or(_code(languages)) + "; " + ", ".join(aliases),
        _validator_of(model.Kind): _or(_code(kinds.NAMES))
        + ", or a Norwegian word for one (below)",
        _validator_of(model.Flag): "yes or no: " + ", ".join(_code(flags)),
        _validator_of(model.Questions): (
            "a `questions` key, one question written out, or a list of questions"
        ),
        _validator_of(model.MethodKey): "a `methods` key or a built-in method",
        model.read_version: _or(_code(model.FORMAT_VERSIONS)),
        _validator_of(model.Count): f"a whole number from 1 to {model.MAX_COUNT:,}",
        _validator_of(model.Rounds): f"a whole number from 1 to {model.MAX_ROUNDS}",
        _validator_of(model.SizeRange): "a group size: `5`, or a range: `4-5`",
        _validator_of(model.NameGroups): (
            "a list of groups of names: `[[Ordføreren, Varaordføreren]]`; one list is one group"
        ),
        model._participants: "a list of participants, or a CSV or XLSX file's path",
        _validator_of(model.Serves): "goal ids or numbers: a list, or one",
    }


def _unwrap(annotation: Any) -> Any:
    """``X | None`` as ``X``: whether a key may be left out shows in the default column."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(options) == 1:
            return options[0]
    return annotation


def _value(field: FieldInfo, words: dict[Callable[..., Any], str]) -> str:
    for metadata in field.metadata:
        function = getattr(metadata, "func", None)
        if function is model.one_or_list:
            (item,) = {arg for arg in typing.get_args(field.annotation) if arg is not Ellipsis}
            return f"a list of {_HEADINGS[item]}s, or one text"
        if function in words:
            return words[function]
    annotation = _unwrap(field.annotation)
    if typing.get_origin(annotation) is typing.Annotated:
        return words[_validator_of(annotation)]
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is tuple and args[-1] is Ellipsis and args[0] in _HEADINGS:
        return f"a list of {_HEADINGS[args[0]]}s"
    if origin is dict and args[1] in _HEADINGS:
        shared = any(getattr(m, "func", None) is model.shared_or_empty for m in field.metadata)
        also = ", or a YAML file's path" if shared else ""
        return f"key → {_HEADINGS[args[1]]}{also}"
    if annotation in _HEADINGS:
        return _HEADINGS[annotation]
    raise LookupError(f"no words for the type {annotation!r}: say in format_doc how it is written")


def _default(field: FieldInfo) -> str:
    if field.is_required():
        return "required"
    default = field.get_default(call_default_factory=True)
    if default in (None, (), {}) or isinstance(default, BaseModel):
        return ""
    if isinstance(default, bool):
        return "`yes`" if default else "`no`"
    return f"`{default}`"


def key_table(cls: type[BaseModel]) -> str:
    """One model class's keys: key, value, default, meaning, in the model's order."""
    words = _value_words()
    rows = ["| key | value | default | meaning |", "| --- | --- | --- | --- |"]
    for name, field in cls.model_fields.items():
        meaning = (field.description or "").replace("|", "\\|")
        rows.append(f"| `{name}` | {_value(field, words)} | {_default(field)} | {meaning} |")
    return "\n".join(rows) + "\n"


def methods_table() -> str:
    """The built-in methods: key, name, the minutes of their steps, and where they come from."""
    rows = [
        "| key | name | minutes | a group | source |",
        "| --- | --- | --- | --- | --- |",
    ]
    for key in BUILTIN_METHODS:
        method = builtin_method(key)
        steps = f"{method.steps_text} = {method.total}"
        size = ""
        if method.group_size is not None:
            low, high = method.group_size
            size = f"{low}–{high}" if low != high else str(low)
        rows.append(f"| `{key}` | {method.name} | {steps} | {size} | {method.source} |")
    return "\n".join(rows) + "\n"


def kind_names_table() -> str:
    """The Norwegian (and other) names a file may use for a kind."""
    rows = ["| kind | also written |", "| --- | --- |"]
    rows += [
        f"| `{kind.name}` | {', '.join(_code(kind.aliases))} |"
        for kind in kinds.ALL
        if kind.aliases
    ]
    return "\n".join(rows) + "\n"


def tables() -> dict[str, str]:
    """Every generated table, by the name in its marker."""
    generated = {name.replace(" ", "-"): key_table(cls) for cls, name in _HEADINGS.items()}
    generated["builtin-methods"] = methods_table()
    generated["kind-names"] = kind_names_table()
    return generated


def _markers(page: str) -> Iterator[re.Match[str]]:
    return _MARKER.finditer(page)


def regenerate(page: str) -> str:
    """The page with every marked table written afresh from the model."""
    generated = tables()
    missing = set(generated) - {match["name"] for match in _markers(page)}
    if missing:
        raise LookupError(f"the page has no marker for: {', '.join(sorted(missing))}")

    def fill(match: re.Match[str]) -> str:
        name = match["name"]
        if name not in generated:
            raise LookupError(f"no table is generated for the marker {name!r}")
        return f"{match['open']}{generated[name]}{match['close']}"

    return _MARKER.sub(fill, page)


def main(argv: list[str]) -> int:
    """Rewrite docs/format.md; with ``--check``, only say whether it is up to date."""
    page = PAGE.read_text(encoding="utf-8")
    fresh = regenerate(page)
    if "--check" in argv:
        if fresh != page:
            sys.stderr.write(f"{PAGE} is stale: python -m planverksted.workshop.format_doc\n")
            return 1
        return 0
    if fresh != page:
        PAGE.write_text(fresh, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
