"""The JSON Schema of a workshop file, generated from the same pydantic model that validates it.

Editors (through yaml-language-server) use it for completion, hover documentation and
checking as you type. It is never written by hand: pydantic walks :class:`Workshop`, and
this module only says how each of the model's *before* validators reads the file, since
pydantic cannot see inside them (a ``Clock`` is an ``int`` to pydantic, but the text
``13:00`` in the file). A before validator without a JSON form here stops generation, so
the schema cannot silently drift from the validator.

The schema describes the file as an editor reads it: YAML 1.2, where an unquoted
``13:10`` is text but ``13.00`` is the number 13.0 and ``15`` the number 15. It never
rejects a file that ``planverksted check`` accepts, with two exceptions, both in the
editor's favour: ``kind``, ``language`` and yes/no values are completed and checked in
lower case, and ``true``/``false`` where text is expected must be quoted.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any, cast

from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from planverksted import i18n
from planverksted.timing import clock
from planverksted.workshop import model, programme
from planverksted.workshop.builtin_methods import BUILTIN_METHODS

SCHEMA_FILENAME = "planverksted.schema.json"
PROGRAMME_SCHEMA_FILENAME = "planverksted-programme.schema.json"
"""The programme file's schema (#23), beside the workshop file's."""
"""The schema's file name, beside the workshop files that refer to it."""

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"urn:planverksted:workshop-format:{max(model.FORMAT_VERSIONS)}"
"""A URN, not a URL: the schema lives beside the files, and no editor should fetch it."""


def _any_case(word: str) -> str:
    """``min`` as ``[mM][iI][nN]``: JSON Schema patterns have no case-insensitive flag."""
    return "".join(f"[{ch.lower()}{ch.upper()}]" if ch.isalpha() else ch for ch in word)


# The patterns follow clock.py's parsers; tests compare the two on many strings. They are
# ECMA-262 regular expressions (as JSON Schema requires) that Python's re reads the same way.
# A bare whole hour ("13", "kl 9") is a time too, as Norwegians write it.
_TIME = (
    rf"(?:{_any_case('kl')}\.?\s*)?"
    r"(?:(?:[01]?[0-9]|2[0-3])(?:[:.][0-5][0-9])?|24(?:[:.]00)?)"
)
TIME_PATTERN = rf"^\s*{_TIME}\s*$"
RANGE_PATTERN = rf"^\s*{_TIME}\s*[-–—]\s*{_TIME}\s*$"
_UNITS = "|".join(
    _any_case(unit)
    for unit in sorted(clock.HOUR_WORDS + clock.MINUTE_WORDS, key=lambda u: (-len(u), u))
)
# At least one digit from 1 to 9 somewhere: a duration of no minutes is not one.
DURATION_PATTERN = rf"^\s*(?=.*[1-9])(?:[0-9]+|(?:[0-9]+\s*(?:{_UNITS})\.?\s*)+)\s*$"
_DAY = "(?:0?[1-9]|[12][0-9]|3[01])"
_MONTH = "(?:0?[1-9]|1[0-2])"
_YEAR = "(?:[0-9]{4}|[0-9]{2})"
_MONTH_NAMES = "|".join(
    _any_case(name) for name in sorted(i18n.month_names(), key=lambda n: (-len(n), n))
)
_WEEKDAY_NAMES = "|".join(
    _any_case(name) for name in sorted(i18n.weekday_names(), key=lambda n: (-len(n), n))
)
# 2024-04-18, 18.04.2024, 18.04.24, 18/4-2024, 18. april 2024, 18. apr. 2024, each
# perhaps after a weekday ("torsdag 18. april 2024"; check compares the two).
DATE_PATTERN = (
    rf"^\s*(?:(?:{_WEEKDAY_NAMES}),?\s+)?"
    rf"(?:[0-9]{{4}}-{_MONTH}-{_DAY}|{_DAY}\.{_MONTH}\.{_YEAR}|{_DAY}/{_MONTH}[-\s]{_YEAR}"
    rf"|{_DAY}\.?\s+(?:{_MONTH_NAMES})\.?\s+[0-9]{{4}})\s*$"
)

_TEXT: JsonSchemaValue = {
    "type": ["string", "number"],
    "pattern": r"\S",
    "patternErrorMessage": "the text is empty",
}
_TEXT_ITEM: JsonSchemaValue = {"type": ["string", "number"]}
_TEXT_LIST: JsonSchemaValue = {
    "anyOf": [_TEXT, {"type": "array", "items": _TEXT_ITEM, "minItems": 1}, {"type": "null"}]
}
_CLOCK: JsonSchemaValue = {
    "anyOf": [
        {
            "type": "string",
            "pattern": TIME_PATTERN,
            "patternErrorMessage": "write a 24-hour time such as 13.00 or 13:00",
        },
        {
            "type": "number",
            "minimum": 0,
            "maximum": 24,
            "description": "An unquoted 13.00, which YAML 1.2 reads as a number.",
        },
    ],
    "examples": ["13:00", "13.00", "9:05", "kl. 9"],
}
_TIME_RANGE: JsonSchemaValue = {
    "type": "string",
    "pattern": RANGE_PATTERN,
    "patternErrorMessage": "write a start and an end, like 13.00 – 13.10",
    "examples": ["13.00 – 13.10", "13:00-13:10"],
}
_DURATION: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "description": "Whole minutes."},
        {
            "type": "string",
            "pattern": DURATION_PATTERN,
            "patternErrorMessage": "write whole minutes (15), or 15 min, 1 t, 1 t 30 min",
        },
    ],
    "examples": [15, "15 min", "1 t 30 min", "1h30m"],
}
_DATE: JsonSchemaValue = {
    "type": "string",
    "pattern": DATE_PATTERN,
    "patternErrorMessage": "write the date as 2024-04-18, 18.04.2024 or 18. april 2024",
    "examples": ["2024-04-18", "18.04.2024", "18. april 2024"],
}


_COUNT: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": model.MAX_COUNT},
        {"type": "string", "pattern": r"^\s*[0-9]+\s*$"},
    ],
    "examples": [5, 6],
}
_ROUNDS: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 1, "maximum": model.MAX_ROUNDS},
        {"type": "string", "pattern": r"^\s*[0-9]+\s*$"},
    ],
    "examples": [3],
}
_SIZE_RANGE: JsonSchemaValue = {
    "anyOf": [
        {"type": "integer", "minimum": 1},
        {"type": "string", "pattern": r"^\s*[0-9]+\s*(?:[-–—]\s*[0-9]+\s*)?$"},
    ],
    "examples": [5, "4-5"],
}
_NAME_GROUPS: JsonSchemaValue = {
    "anyOf": [
        {"type": "array", "items": {"type": "array", "items": _TEXT_ITEM, "minItems": 1}},
        {"type": "array", "items": _TEXT_ITEM, "minItems": 1},
        {"type": "null"},
    ],
    "examples": [[["Ordføreren", "Varaordføreren"]]],
}


def _constant(form: JsonSchemaValue) -> Callable[[JsonSchemaValue], JsonSchemaValue]:
    # A copy each time: pydantic writes defaults and descriptions into what it is given.
    return lambda inner: copy.deepcopy(form)


def _as_is(inner: JsonSchemaValue) -> JsonSchemaValue:
    """A validator that only words the errors of what its inner schema already says."""
    return inner


def _or_null(inner: JsonSchemaValue) -> JsonSchemaValue:
    """An empty value (``people:`` with nothing after it) means none: an empty mapping."""
    return {"anyOf": [inner, {"type": "null"}]}


def _or_path(inner: JsonSchemaValue) -> JsonSchemaValue:
    """Keys, nothing, or the path of a shared YAML file (``people: felles/folk.yaml``)."""
    path = {
        "type": "string",
        "pattern": r"\.[yY][aA]?[mM][lL]\s*$",
        "description": "The path of a YAML file, relative to this one, that holds them.",
    }
    return {"anyOf": [inner, path, {"type": "null"}]}


def _one_or_list(inner: JsonSchemaValue) -> JsonSchemaValue:
    """A list of at least one item, a single text standing for a list of one, or nothing."""
    return {"anyOf": [_TEXT, {**inner, "minItems": 1}, {"type": "null"}]}


def _at_least_one(inner: JsonSchemaValue) -> JsonSchemaValue:
    # minItems only constrains arrays, so it sits beside an anyOf that also allows null.
    return {**inner, "minItems": 1}


def _validator(alias: Any) -> Callable[..., Any]:
    """The function of the BeforeValidator in one of model.py's ``Annotated`` types."""
    (before,) = alias.__metadata__
    function: Callable[..., Any] = before.func
    return function


def _before_forms() -> dict[Callable[..., Any], Callable[[JsonSchemaValue], JsonSchemaValue]]:
    """How each before validator reads the file, as JSON Schema (given the inner schema)."""
    # The Norwegian words (pause, gruppearbeid, plenum) are valid, so the editor offers them.
    kinds = [*model.KINDS, *model.KIND_ALIASES]
    languages = [*i18n.LANGUAGES, *model.LANGUAGE_ALIASES]
    flags = sorted(model.YES_WORDS | model.NO_WORDS)
    return {
        _validator(model.Text): _constant(_TEXT),
        _validator(model.TextList): _constant(_TEXT_LIST),
        _validator(model.Clock): _constant(_CLOCK),
        _validator(model.TimeRange): _constant(_TIME_RANGE),
        _validator(model.Duration): _constant(_DURATION),
        _validator(model.Date): _constant(_DATE),
        _validator(model.Language): _constant({"type": "string", "enum": languages}),
        _validator(model.Kind): _constant({"type": "string", "enum": kinds}),
        _validator(model.Flag): _constant(
            {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": flags}]}
        ),
        _validator(model.Questions): _constant(
            {"anyOf": [_TEXT, {"type": "array", "items": _TEXT_ITEM, "minItems": 1}]}
        ),
        _validator(model.MethodKey): _constant(
            {"anyOf": [_TEXT, {"type": "null"}], "examples": list(BUILTIN_METHODS)}
        ),
        model.read_version: _constant(
            {"enum": [*model.FORMAT_VERSIONS, *(str(v) for v in model.FORMAT_VERSIONS)]}
        ),
        model.none_as_empty: _or_null,
        model.shared_or_empty: _or_path,
        model.one_or_list: _one_or_list,
        _validator(model.Serves): _constant(_TEXT_LIST),
        model.reject_empty_list: _at_least_one,
        _validator(model.Count): _constant(_COUNT),
        _validator(model.Rounds): _constant(_ROUNDS),
        _validator(model.SizeRange): _constant(_SIZE_RANGE),
        _validator(model.NameGroups): _constant(_NAME_GROUPS),
        model._participants: _as_is,
    }


def _shorthand_forms() -> dict[Callable[..., Any], JsonSchemaValue]:
    """Models that a single value may stand for: a person's name, a list of questions."""
    return {
        _unbound(model.Person.from_name_only): _TEXT,
        _unbound(model.Participant.from_name_or_columns): _TEXT,
        _unbound(model.Room.from_name_only): _TEXT,
        _unbound(model.Goal.from_text_only): _TEXT,
        _unbound(programme.ProgrammeWorkshop.from_file_only): _TEXT,
        _unbound(model.Question.from_text_only): _TEXT,
        _unbound(model.QuestionSet.from_items_only): {
            "type": "array",
            "items": _TEXT_ITEM,
            "minItems": 1,
        },
    }


def _unbound(function: Any) -> Any:
    return getattr(function, "__func__", function)


class WorkshopJsonSchema(GenerateJsonSchema):
    """pydantic's generator, taught how planverksted's validators read a file."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._before = _before_forms()
        self._shorthands = _shorthand_forms()

    def field_title_should_be_set(self, schema: Any) -> bool:
        # Keys are their own titles; "Max Without Break" would only repeat them in hovers.
        return False

    def function_before_schema(
        self, schema: core_schema.BeforeValidatorFunctionSchema
    ) -> JsonSchemaValue:
        function = _unbound(schema["function"]["function"])
        form = self._before.get(function)
        if form is None:
            name = getattr(function, "__qualname__", repr(function))
            raise LookupError(
                f"no JSON form for the validator {name}: say in workshop.jsonschema how it "
                "reads the file"
            )
        return form(self.generate_inner(schema["schema"]))

    def model_schema(self, schema: core_schema.ModelSchema) -> JsonSchemaValue:
        inner = schema["schema"]
        if inner["type"] != "function-before":
            return super().model_schema(schema)
        before = cast(core_schema.BeforeValidatorFunctionSchema, inner)
        function = _unbound(before["function"]["function"])
        if function not in self._shorthands:
            return self.function_before_schema(before)  # raises: an unknown validator
        # The model's own schema, then "or the shorthand", with the model's title and
        # description outside, where editors show them.
        full = super().model_schema({**schema, "schema": before["schema"]})
        wrapped: JsonSchemaValue = {
            key: full.pop(key) for key in ("title", "description") if key in full
        }
        wrapped["anyOf"] = [full, copy.deepcopy(self._shorthands[function])]
        return wrapped

    def nullable_schema(self, schema: core_schema.NullableSchema) -> JsonSchemaValue:
        # "One of these, or nothing" as one flat anyOf, which reads better in an editor.
        json_schema = super().nullable_schema(schema)
        null = {"type": "null"}
        if list(json_schema) != ["anyOf"] or len(json_schema["anyOf"]) != 2:
            return json_schema
        inner, last = json_schema["anyOf"]
        if last != null or "anyOf" not in inner or "$ref" in inner:
            return json_schema
        choices = inner["anyOf"]
        return {**inner, "anyOf": choices if null in choices else [*choices, null]}

    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        # After validators only narrow what is accepted, so ignoring one never rejects a
        # valid file; the one that can be said in JSON Schema is said.
        json_schema = self.generate_inner(schema["schema"])
        if _unbound(schema["function"]["function"]) is _unbound(model.Workshop.agenda_or_days):
            json_schema["oneOf"] = [
                {"required": [key], "properties": {key: {"type": "array"}}}
                for key in ("agenda", "days")
            ]
        return json_schema


def workshop_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a workshop file."""
    generated = model.Workshop.model_json_schema(schema_generator=WorkshopJsonSchema)
    document: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "planverksted workshop file",
    }
    document.update((key, value) for key, value in generated.items() if key != "title")
    _participant_names(document)
    _plain_descriptions(document)
    return document


def _participant_names(document: dict[str, Any]) -> None:
    """A participant's name may be written ``navn`` or ``namn`` too (model.PARTICIPANT_COLUMNS)."""
    full = document["$defs"]["Participant"]["anyOf"][0]
    full.pop("required", None)
    names = [column for column, meant in model.PARTICIPANT_COLUMNS.items() if meant == "name"]
    full["anyOf"] = [{"required": [name]} for name in ("name", *names)]


def _plain_descriptions(node: Any) -> None:
    """Docstrings write ``who``; editors show descriptions as Markdown, where it is `who`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                node[key] = value.replace("``", "`")
            else:
                _plain_descriptions(value)
    elif isinstance(node, list):
        for item in node:
            _plain_descriptions(item)


def schema_text() -> str:
    """The schema as the text of ``planverksted.schema.json``: stable, so it can be committed."""
    return json.dumps(workshop_schema(), indent=2, ensure_ascii=False) + "\n"


def programme_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a programme file (``programme:`` and its workshops)."""
    generated = programme.Programme.model_json_schema(schema_generator=WorkshopJsonSchema)
    document: dict[str, Any] = {
        "$schema": SCHEMA_DIALECT,
        "$id": f"urn:planverksted:programme-format:{max(model.FORMAT_VERSIONS)}",
        "title": "planverksted programme file",
    }
    document.update((key, value) for key, value in generated.items() if key != "title")
    _plain_descriptions(document)
    return document


def programme_schema_text() -> str:
    """The text of ``planverksted-programme.schema.json``."""
    return json.dumps(programme_schema(), indent=2, ensure_ascii=False) + "\n"
