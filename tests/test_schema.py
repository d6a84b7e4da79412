"""The JSON Schema: generated from the model, committed, and read the way an editor reads YAML."""

from __future__ import annotations

import json
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, BeforeValidator

from conftest import EXAMPLES, ROOT
from planverksted.analysis import analyse_text
from planverksted.cli.commands import new as new_command
from planverksted.timing import clock
from planverksted.workshop import model
from planverksted.workshop.builtin_methods import BUILTIN_METHODS
from planverksted.workshop.jsonschema import (
    DATE_PATTERN,
    DURATION_PATTERN,
    RANGE_PATTERN,
    SCHEMA_FILENAME,
    TIME_PATTERN,
    WorkshopJsonSchema,
    schema_text,
    workshop_schema,
)
from planverksted.workshop.scaffold import list_starters

COMMITTED = ROOT / SCHEMA_FILENAME


class Yaml12Loader(yaml.CSafeLoader):
    """YAML 1.2 core schema, as yaml-language-server reads a file.

    PyYAML reads YAML 1.1, where ``13:10`` is the number 790, ``no`` is false and
    ``2024-04-18`` a date. In 1.2 the first two are text, and so is the date; ``13.00``
    is the number 13.0 and ``010`` is ten. libyaml parses, as in planverksted's loader.
    """


Yaml12Loader.yaml_implicit_resolvers = {}
for _tag, _pattern, _first in (
    ("null", r"^(?:~|null|Null|NULL|)$", [*"~nN", ""]),
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("int", r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$", list("-+0123456789")),
    (
        "float",
        r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
        r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$",
        list("-+.0123456789"),
    ),
):
    Yaml12Loader.add_implicit_resolver(f"tag:yaml.org,2002:{_tag}", re.compile(_pattern), _first)


def _construct_int(loader: yaml.CSafeLoader, node: yaml.ScalarNode) -> int:
    text = str(loader.construct_scalar(node))
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)  # "010" is ten in 1.2, not the 1.1 octal eight


Yaml12Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


def read_as_editor(text: str) -> Any:
    return yaml.load(text, Loader=Yaml12Loader)


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(workshop_schema())


def leaf_errors(errors: Iterator[jsonschema.ValidationError]) -> list[jsonschema.ValidationError]:
    """The innermost errors: what an editor would underline, below anyOf and oneOf."""
    leaves = []
    for error in errors:
        leaves += leaf_errors(iter(error.context)) if error.context else [error]
    return leaves


def test_the_yaml_12_loader_reads_as_an_editor_does() -> None:
    text = "a: 13:10\nb: 13.00\nc: no\nd: 010\ne: true\nf:\ng: 2024-04-18\nh: yes\ni: '1'\n"
    assert read_as_editor(text) == {
        "a": "13:10",
        "b": 13.0,
        "c": "no",
        "d": 10,
        "e": True,
        "f": None,
        "g": "2024-04-18",
        "h": "yes",
        "i": "1",
    }


def test_the_committed_schema_is_the_generated_one() -> None:
    # Regenerate with: planverksted schema -o planverksted.schema.json
    assert COMMITTED.read_text(encoding="utf-8") == schema_text()


def test_the_schema_is_draft_2020_12_with_an_id() -> None:
    schema = workshop_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("urn:planverksted:")
    jsonschema.Draft202012Validator.check_schema(schema)


def _objects(node: Any, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "properties" in node:
            yield path, node
        for key, value in node.items():
            yield from _objects(value, f"{path}/{key}")
    elif isinstance(node, list):
        for number, item in enumerate(node):
            yield from _objects(item, f"{path}/{number}")


def test_every_key_has_a_description_and_unknown_keys_are_refused() -> None:
    objects = list(_objects(workshop_schema()))
    assert len(objects) >= 10  # the workshop, its defs and the agenda/days alternatives
    for path, node in objects:
        if set(node) == {"required", "properties"}:  # the agenda-or-days alternatives
            continue
        if path.startswith("/$defs/Participant/"):
            # A participant's columns are free (party, role, …), but each is text.
            assert node["additionalProperties"]["type"] == ["string", "number"], path
        else:
            assert node.get("additionalProperties") is False, path
        for key, value in node["properties"].items():
            assert value.get("description"), f"{path}/properties/{key} has no description"


def test_kind_and_language_are_enums_with_the_norwegian_words() -> None:
    schema = workshop_schema()
    kind = schema["$defs"]["Block"]["properties"]["kind"]
    assert kind["enum"] == [*model.KINDS, *model.KIND_ALIASES]
    assert {"pause", "gruppearbeid", "plenum", "innlegg", "lunsj"} <= set(kind["enum"])
    assert {"nb", "nn", "en", "no"} <= set(schema["properties"]["language"]["enum"])
    assert schema["properties"]["planverksted"]["enum"] == [1, "1"]


def test_method_keys_offer_the_built_in_methods() -> None:
    method = workshop_schema()["$defs"]["Part"]["properties"]["method"]
    assert method["examples"] == list(BUILTIN_METHODS)


WORKSHOP_FILES = sorted(EXAMPLES.glob("*.yaml"))


@pytest.mark.parametrize("path", WORKSHOP_FILES, ids=lambda path: path.name)
def test_every_example_is_valid_as_an_editor_reads_it(
    path: Path, validator: jsonschema.Draft202012Validator
) -> None:
    errors = leaf_errors(validator.iter_errors(read_as_editor(path.read_text(encoding="utf-8"))))
    assert [(list(e.absolute_path), e.message) for e in errors] == []


@pytest.mark.parametrize("name", [starter.name for starter in list_starters()])
def test_every_starter_is_valid_as_an_editor_reads_it(
    name: str, validator: jsonschema.Draft202012Validator
) -> None:
    details = new_command.Details(
        title='Verksted: "Tett på"', date="18.04.2024", start="9.30", language="nn"
    )
    for text in (
        next(s.text for s in list_starters() if s.name == name),
        new_command.fill(next(s.text for s in list_starters() if s.name == name), details),
    ):
        errors = leaf_errors(validator.iter_errors(read_as_editor(text)))
        assert [(list(e.absolute_path), e.message) for e in errors] == []


# Each is valid for planverksted check; the schema must not underline any of it.
ACCEPTED = [
    "start: 13.00\nend: 16:00\nagenda:\n  - {title: A, duration: 180}\n",
    "language: no\nagenda:\n  - {title: A, time: 13.00 – 13.10}\n",
    "agenda:\n  - {title: A, time: kl. 9.00-kl. 9.30, kind: pause}\n",
    "people:\n  kd: Kommunedirektøren\nagenda:\n  - {title: A, start: '9:05', duration: 1 t 30 min, who: kd}\n",
    "questions:\n  q: [Hva?, Hvorfor?]\nagenda:\n  - {title: A, start: '13:00', duration: 1h30m, questions: q}\n",
    "date: 18.04.2024\nagenda:\n  - {title: A, start: '13:00', end: '14:00', facilitator_only: yes}\n",
    "people:\nmethods:\nquestions:\nchecks:\ngoals:\nagenda:\n  - {title: A, start: '13:00', duration: 5}\n",
    "checks: {max_without_break: 2 t, ignore: gap}\nagenda:\n  - {title: A, start: '13:00', duration: 5}\n",
    "days:\n  - {date: 2024-04-18, start: '9:00', agenda: [{title: A, duration: 15 MIN}]}\n",
    "agenda:\n  - title: A\n    start: '13:00'\n    parts:\n      - {title: B, duration: 5, kind: gruppearbeid, method: troika, materials: Flipover}\n",
]


@pytest.mark.parametrize("body", ACCEPTED)
def test_what_check_accepts_the_schema_accepts(
    body: str, validator: jsonschema.Draft202012Validator
) -> None:
    text = "planverksted: 1\ntitle: Verksted\n" + body
    assert analyse_text(text).errors == ()
    errors = leaf_errors(validator.iter_errors(read_as_editor(text)))
    assert [(list(e.absolute_path), e.message) for e in errors] == []


# (body, the keyword an editor underlines, a word in its message); check refuses each too.
REFUSED = [
    ("agenda:\n  - {title: A, duration: 5, tittel: B}\n", "additionalProperties", "tittel"),
    ("agenda:\n  - {title: A, duration: 5, kind: pauses}\n", "enum", "pauses"),
    ("agenda:\n  - {title: A, time: 13.00 to 13.10}\n", "pattern", "13.00 to 13.10"),
    ("agenda:\n  - {title: A, start: 25:00, duration: 5}\n", "pattern", "25:00"),
    ("agenda:\n  - {title: A, start: '13:00', duration: '1,5 t'}\n", "pattern", "1,5 t"),
    ("agenda:\n  - {title: A, start: '13:00', duration: 0}\n", "minimum", "0"),
    ("date: 2024-13-01\nagenda:\n  - {title: A, start: '13:00', duration: 5}\n", "pattern", "13"),
    ("language: de\nagenda:\n  - {title: A, start: '13:00', duration: 5}\n", "enum", "de"),
    ("agenda: []\n", "minItems", "[]"),
    ("", "required", "agenda"),
    (
        "agenda:\n  - {title: A, start: '13:00', duration: 5}\n"
        "days:\n  - {agenda: [{title: A, start: '13:00', duration: 5}]}\n",
        "oneOf",
        "agenda",
    ),
    ("agenda:\n  - {title: '', start: '13:00', duration: 5}\n", "pattern", "''"),
]


@pytest.mark.parametrize(("body", "keyword", "word"), REFUSED)
def test_the_schema_refuses_what_check_refuses(
    body: str, keyword: str, word: str, validator: jsonschema.Draft202012Validator
) -> None:
    text = "planverksted: 1\ntitle: Verksted\n" + body
    assert analyse_text(text).errors != ()
    errors = leaf_errors(validator.iter_errors(read_as_editor(text)))
    assert any(e.validator == keyword and word in e.message for e in errors), [
        (e.validator, e.message) for e in errors
    ]


def test_a_file_without_a_version_or_title_is_refused(
    validator: jsonschema.Draft202012Validator,
) -> None:
    data = read_as_editor("agenda:\n  - {title: A, start: '13:00', duration: 5}\n")
    messages = [e.message for e in validator.iter_errors(data)]
    assert "'planverksted' is a required property" in messages
    assert "'title' is a required property" in messages


def _parses(parser: Any, text: str) -> bool:
    try:
        parser(text)
    except clock.ClockError:
        return False
    return True


def _matches(pattern: str, text: str) -> bool:
    return re.search(pattern, text) is not None


@pytest.mark.parametrize(
    ("pattern", "parser", "text", "valid"),
    [
        (TIME_PATTERN, clock.parse_clock, "13:00", True),
        (TIME_PATTERN, clock.parse_clock, " 9.05 ", True),
        (TIME_PATTERN, clock.parse_clock, "kl. 13.00", True),
        (TIME_PATTERN, clock.parse_clock, "24:00", True),
        (TIME_PATTERN, clock.parse_clock, "24:01", False),
        (TIME_PATTERN, clock.parse_clock, "13.1", False),
        (TIME_PATTERN, clock.parse_clock, "1300", False),
        (RANGE_PATTERN, clock.parse_range, "13.00 – 13.10", True),
        (RANGE_PATTERN, clock.parse_range, "13:00-13:10", True),
        (RANGE_PATTERN, clock.parse_range, "13.00—kl. 14.00", True),
        (RANGE_PATTERN, clock.parse_range, "13.00 – ", False),
        (DURATION_PATTERN, clock.parse_duration, "15", True),
        (DURATION_PATTERN, clock.parse_duration, "1 t 30 min", True),
        (DURATION_PATTERN, clock.parse_duration, "1h30m", True),
        (DURATION_PATTERN, clock.parse_duration, "15 MIN.", True),
        (DURATION_PATTERN, clock.parse_duration, "2 timer", True),
        (DURATION_PATTERN, clock.parse_duration, "0 min", False),
        (DURATION_PATTERN, clock.parse_duration, "1h30", False),
        (DURATION_PATTERN, clock.parse_duration, "1,5 t", False),
        (DURATION_PATTERN, clock.parse_duration, "15 sek", False),
        (DATE_PATTERN, clock.parse_date, "2024-04-18", True),
        (DATE_PATTERN, clock.parse_date, "18.04.2024", True),
        (DATE_PATTERN, clock.parse_date, "8.4.2024", True),
        (DATE_PATTERN, clock.parse_date, "2024-13-01", False),
        (DATE_PATTERN, clock.parse_date, "18/04/2024", False),
    ],
)
def test_patterns_agree_with_the_parsers(pattern: str, parser: Any, text: str, valid: bool) -> None:
    assert (_parses(parser, text), _matches(pattern, text)) == (valid, valid)


def _any_case(word: str) -> st.SearchStrategy[str]:
    return st.tuples(*(st.sampled_from([ch.lower(), ch.upper()]) for ch in word)).map("".join)


_SPACE = st.sampled_from(["", " ", "  ", "\t"])
_UNIT = st.sampled_from([*clock.HOUR_WORDS, *clock.MINUTE_WORDS, "sek", "x", ""]).flatmap(_any_case)
_TOKEN = st.tuples(st.integers(0, 150).map(str), _SPACE, _UNIT, st.sampled_from(["", "."]))
DURATIONS = st.one_of(
    st.lists(st.tuples(_TOKEN, _SPACE), min_size=1, max_size=3).map(
        lambda tokens: "".join("".join(token) + space for token, space in tokens)
    ),
    st.text(st.sampled_from("0123456789 .,hHtTmMinuesr"), max_size=12),
)
_TIME = st.tuples(
    st.sampled_from(["", "kl", "kl.", "KL. ", "kl "]),
    st.sampled_from(["0", "00", "7", "09", "13", "19", "20", "23", "24", "25", "29", "123"]),
    st.sampled_from([":", ".", ",", ""]),
    st.sampled_from(["00", "05", "59", "60", "5", "99"]),
).map("".join)
TIMES = st.one_of(_TIME, st.text(st.sampled_from("0123456789:. klK"), max_size=9))
RANGES = st.tuples(TIMES, _SPACE, st.sampled_from(["-", "–", "—", "", "to"]), _SPACE, TIMES).map(
    "".join
)
DATES = st.one_of(
    st.dates().map(lambda day: day.isoformat()),
    st.dates().map(lambda day: f"{day.day}.{day.month:02d}.{day.year:04d}"),
    st.text(st.sampled_from("0123456789-."), max_size=11),
)


@settings(max_examples=500)
@given(DURATIONS)
def test_the_duration_pattern_is_the_parser(text: str) -> None:
    # A pattern cannot add up: past the week's cap, only check refuses (with bad-duration).
    try:
        clock.parse_duration(text)
    except clock.ClockError as error:
        if "longer than a week" in error.message:
            return
    assert _matches(DURATION_PATTERN, text) == _parses(clock.parse_duration, text)


@settings(max_examples=500)
@given(TIMES)
def test_the_time_pattern_is_the_parser(text: str) -> None:
    assert _matches(TIME_PATTERN, text) == _parses(clock.parse_clock, text)


@settings(max_examples=500)
@given(RANGES)
def test_the_range_pattern_is_the_parser(text: str) -> None:
    assert _matches(RANGE_PATTERN, text) == _parses(clock.parse_range, text)


@settings(max_examples=500)
@given(DATES)
def test_the_date_pattern_accepts_every_date_the_parser_reads(text: str) -> None:
    # The pattern cannot know the calendar (31.02.2024), so only this direction holds.
    if _parses(clock.parse_date, text):
        assert _matches(DATE_PATTERN, text)


def test_a_validator_without_a_json_form_stops_generation() -> None:
    class Odd(BaseModel):
        value: Annotated[int, BeforeValidator(lambda value: value)]

    with pytest.raises(LookupError, match="no JSON form for the validator"):
        Odd.model_json_schema(schema_generator=WorkshopJsonSchema)


def test_schema_command_prints_and_writes_the_schema(tmp_path: Path) -> None:
    from test_new import run

    printed = run("schema")
    assert (printed.returncode, printed.stdout) == (0, schema_text())
    assert json.loads(printed.stdout)["$id"] == workshop_schema()["$id"]
    target = tmp_path / "schema.json"
    written = run("schema", "-o", str(target))
    assert (written.returncode, written.stdout) == (0, f"Wrote {target}\n")
    assert target.read_text(encoding="utf-8") == schema_text()
    refused = run("schema", "-o", str(tmp_path / "verksted.yaml"))
    assert refused.returncode == 2
    assert refused.stderr == textwrap.dedent(
        f"""\
        planverksted: {tmp_path / "verksted.yaml"} looks like a workshop file; the schema is JSON
            hint: write it to a .json file, like: planverksted schema -o planverksted.schema.json
        """
    )
    assert not (tmp_path / "verksted.yaml").exists()
