"""The workshop model: FORMAT.md as pydantic classes, validated at the edge, then frozen.

Loaded data holds every scalar as the text the user wrote; the types here decide
what it means (a time, a duration, a date, a kind). Each key's ``description``
is its documentation, used by the JSON Schema too.
"""

# No "from __future__ import annotations": pydantic would have to eval every annotation.

import datetime as dt
import functools
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from planverksted import i18n
from planverksted.i18n import Key, PerLanguage, Worded
from planverksted.timing import clock
from planverksted.workshop import kinds

FORMAT_VERSIONS = (1,)

KINDS = kinds.NAMES
BREAK_KINDS = kinds.REST
# Norwegian words a planner may write for a kind (bokmål and nynorsk); an extension of FORMAT.md.
KIND_ALIASES = kinds.ALIASES
LANGUAGE_ALIASES = i18n.LANGUAGE_ALIASES
# How yes and no may be written for a flag; the JSON Schema offers the same words.
YES_WORDS = frozenset({"true", "yes", "on", "ja", "y"})
NO_WORDS = frozenset({"false", "no", "off", "nei", "n"})


def fail(code: str, text: str, hint: str | None = None, **args: Any) -> PydanticCustomError:
    """A validation error carrying one of our finding codes, a text id of the catalogues
    (``i18n``), a hint id and the values to fill in; validate.py makes the finding of it."""
    # The wording travels in the context, so that braces in user text are never formatted.
    wording = Worded.of(text, **args)
    return PydanticCustomError(code, "{text}", {"text": text, "wording": wording, "hint": hint})


def describe_value(value: Any) -> Worded:
    """What a value is, in a planner's words (worded in the finding's language)."""
    if value is None:
        return Worded.of("value.nothing")
    if isinstance(value, dict):
        return Worded.of("value.mapping")
    if isinstance(value, (list, tuple)):
        return Worded.of("value.list")
    return Worded.of("value.text", text=Key(glimpse(str(value))))


GLIMPSE = 40
"""At most this many characters of a text are quoted where a finding says what a value is."""


def glimpse(text: str) -> str:
    """``text`` as a finding quotes it: its first line, at most :data:`GLIMPSE` characters.

    A file that is one long text (a link to ``/etc/passwd`` named as a workshop or a people
    file) is said to be a text, not quoted whole.
    """
    text = text.strip()
    first = text.split("\n", 1)[0][:GLIMPSE].rstrip()
    return first if first == text else first + "…"


def _text(value: Any) -> str:
    if isinstance(value, str):
        if not value.strip():
            raise fail("missing-value", "missing-value.empty")
        return value
    if value is None:
        raise fail("missing-value", "missing-value.none", "missing-value.none.hint")
    raise fail(
        "wrong-type",
        "wrong-type.expected",
        expected=Worded.of("value.expected-text"),
        found=describe_value(value),
    )


def _text_list(value: Any) -> tuple[str, ...]:
    """A list of text; a single text is a list of one, as a planner would expect."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (_text(value),)
    if isinstance(value, list):
        # One rule for every list: an empty one is a value left out (as agenda: [] is).
        reject_empty_list(value)
        items = []
        for number, item in enumerate(value, 1):
            if not isinstance(item, str):
                raise fail(
                    "wrong-type", "wrong-type.item", number=number, found=describe_value(item)
                )
            if not item.strip():
                raise fail(
                    "missing-value", "missing-value.item", "missing-value.item.hint", number=number
                )
            items.append(item)
        return tuple(items)
    raise fail("wrong-type", "wrong-type.text-list", found=describe_value(value))


def _parsed(parser: Any, code: str) -> Any:
    def validate(value: Any) -> Any:
        if not isinstance(value, str):
            raise fail(
                "wrong-type",
                "wrong-type.expected",
                expected=Worded.of("value.expected-text"),
                found=describe_value(value),
            )
        try:
            return parser(value)
        except clock.ClockError as error:
            raise fail(code, error.text, error.hint_text, **error.values) from None

    return validate


def _language(value: Any) -> str:
    code = i18n.normalise(_text(value))
    if code is None:
        raise fail(
            "bad-value",
            "bad-value.language",
            "bad-value.language.hint",
            value=Key(value),
            languages=PerLanguage(_language_choices),
        )
    return code


def _language_choices(language: str) -> str:
    """ "nb (bokmål), nn (nynorsk) or en (English)", with "or" in ``language``."""
    return i18n.choices(
        [f"{code} ({i18n.language_name(code, language)})" for code in i18n.LANGUAGES], language
    )


def _kind(value: Any) -> str:
    text = _text(value).strip().lower()
    text = KIND_ALIASES.get(text, text)
    if text not in KINDS:
        raise fail(
            "bad-value",
            "bad-value.kind",
            "bad-value.kind.hint",
            value=Key(value),
            kinds=", ".join(KINDS),
            words=PerLanguage(kinds.words),
        )
    return text


def read_version(value: Any) -> int:
    """The format version a file declares, if it is one this planverksted reads."""
    text = _text(value).strip()
    understood = ", ".join(str(version) for version in FORMAT_VERSIONS)
    # Only ASCII digits count ("١" is a digit to Python), and never thousands of them.
    if text.isascii() and text.isdigit() and len(text) < 4 and int(text) in FORMAT_VERSIONS:
        return int(text)
    raise fail("bad-version", "bad-version", "bad-version.hint", given=text, understood=understood)


def _flag(value: Any) -> bool:
    text = _text(value).strip().lower()
    if text in YES_WORDS:
        return True
    if text in NO_WORDS:
        return False
    raise fail("bad-value", "bad-value.flag", value=Key(value))


def _questions(value: Any) -> str | tuple[str, ...]:
    """The name of a question set, or one question written out (both text), or a list of them.

    Which a text is depends on the sets the file defines: see Workshop.question_set_key.
    """
    if isinstance(value, str):
        return _text(value)
    return _text_list(value)


def _key_or_none(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    raise fail("wrong-type", "wrong-type.method", found=describe_value(value))


def none_as_empty(value: Any) -> Any:
    """A key written with nothing after it (``people:``) as an empty mapping."""
    return {} if value is None else value


def shared_or_empty(value: Any) -> Any:
    """``people:`` or ``blocks:``: keys, nothing (none), or a YAML file's path.

    The path is read in before validation (``source.shared``); one left here is not a
    YAML file's, and is reported as the text it is where keys belong.
    """
    return none_as_empty(value)


def reject_empty_list(value: Any) -> Any:
    """An empty list where at least one item is needed (``agenda: []``) as a finding."""
    # Checked before the items, so that an item's own error is not also reported as "empty".
    if value == []:
        raise fail("missing-value", "missing-value.list", "missing-value.list.hint")
    return value


def is_key_like(text: str) -> bool:
    """Whether text reads as a key (``ordforer``, ``igp``) rather than as words to show."""
    return (
        bool(text)
        and not any(ch.isspace() for ch in text)
        and text.lower() == text
        and not (text.endswith("?"))
    )


Text = Annotated[str, BeforeValidator(_text)]
TextList = Annotated[tuple[str, ...], BeforeValidator(_text_list)]
Clock = Annotated[int, BeforeValidator(_parsed(clock.parse_clock, "bad-time"))]
TimeRange = Annotated[tuple[int, int], BeforeValidator(_parsed(clock.parse_range, "bad-time"))]
Duration = Annotated[int, BeforeValidator(_parsed(clock.parse_duration, "bad-duration"))]
Date = Annotated[dt.date, BeforeValidator(_parsed(clock.parse_date, "bad-date"))]
# The languages are the catalogues in i18n/, found at run time: a str that _language checks.
Language = Annotated[str, BeforeValidator(_language)]
Kind = Annotated[str, BeforeValidator(_kind)]
Flag = Annotated[bool, BeforeValidator(_flag)]
Questions = Annotated[str | tuple[str, ...], BeforeValidator(_questions)]
MethodKey = Annotated[str | None, BeforeValidator(_key_or_none)]


def _references(value: Any) -> tuple[str, ...]:
    """Goal ids or numbers (goals, #23): text, as the loader keeps every scalar (``2`` is "2")."""
    return _text_list(value)


Serves = Annotated[tuple[str, ...], BeforeValidator(_references)]
_SERVES = "The goals it works on: goal ids, or goal numbers as the sheet prints them (1, 2, …)."


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Person(_Model):
    """Someone who leads or presents; referred to by key from ``who``."""

    name: Text = Field(description="The name as it should be shown, e.g. 'Ordføreren'.")
    role: Text | None = Field(None, description="Role or title, e.g. 'Ordfører'.")
    organisation: Text | None = Field(None, description="Organisation, e.g. 'Agder fylkeskommune'.")

    @model_validator(mode="before")
    @classmethod
    def from_name_only(cls, value: Any) -> Any:
        """A person given by name only: ``ordforer: Ordføreren``."""
        return {"name": value} if isinstance(value, str) else value


def _size_range(value: Any) -> tuple[int, int]:
    """A group size: ``5``, or a range ``4-5`` / ``4–6`` (smallest and largest)."""
    text = _text(value).strip()
    for dash in "-–—":
        text = text.replace(dash, "-")
    low, _, high = text.partition("-")
    low, high = low.strip(), (high.strip() or low.strip())
    if all(t.isascii() and t.isdigit() and len(t) <= 4 for t in (low, high)):
        smallest, largest = int(low), int(high)
        if 1 <= smallest <= largest:
            return smallest, largest
    raise fail("bad-value", "bad-value.group-size", "bad-value.group-size.hint", value=Key(value))


SizeRange = Annotated[tuple[int, int], BeforeValidator(_size_range)]


class Step(_Model):
    """One timed step of a method."""

    title: Text = Field(description="What happens in the step, e.g. 'Reflekter'.")
    duration: Duration = Field(description="How long the step takes: 2, '2 min', '1 t'.")
    note: Text | None = Field(None, description="A note to the facilitator on the step.")


class Method(_Model):
    """A way of running group work, as timed steps."""

    name: Text | None = Field(None, description="Display name; the key is used when absent.")
    description: Text | None = Field(None, description="One line on what the method is.")
    steps: Annotated[tuple[Step, ...], BeforeValidator(reject_empty_list)] = Field(
        description="The steps, in order."
    )
    source: Text | None = Field(None, description="Where the method and its timings come from.")
    group_size: SizeRange | None = Field(
        None, description="How many a group or table suits the method: 5, or a range like 4-5."
    )

    @functools.cached_property
    def total(self) -> int:
        # Cached: a method is summed for every block that uses it, and may have many steps.
        return sum(step.duration for step in self.steps)

    @functools.cached_property
    def steps_text(self) -> str:
        """The steps' minutes as a sum: "2 + 12 + 5"; past eight steps, "2 + 12 + … + 5"."""
        minutes = [str(step.duration) for step in self.steps]
        if len(minutes) > 8:
            minutes = [*minutes[:6], "…", minutes[-1]]
        return " + ".join(minutes)

    def label(self, key: str | None) -> str:
        """What to call the method: its name, else the key it was found by."""
        return self.name or key or ""


class QuestionSet(_Model):
    """Questions for group work, referred to by key from ``questions``."""

    title: Text | None = Field(None, description="The question set's heading.")
    items: TextList = Field(description="The questions, in order.")
    method: MethodKey = Field(None, description="The method used to work on these questions.")

    @model_validator(mode="before")
    @classmethod
    def from_items_only(cls, value: Any) -> Any:
        """A question set given as its list of questions only."""
        return {"items": value} if isinstance(value, list) else value


_WHO_TRACK = "Who leads the track: a `people` key, a participant, or free text."

# --- People in the room: participants, rooms, tables, parallel tracks (seating, #22). ---

MAX_COUNT = 10_000
"""The largest count a file may give (tables, a table's size, rounds, a room's capacity)."""

PARTICIPANT_COLUMNS = {"navn": "name", "namn": "name", "parti": "party", "rolle": "role"}
"""Norwegian column names (of a list or of a participant file) and the names they stand for."""


def participant_column(name: str) -> str:
    """A column's name as the file means it: ``Parti`` is ``party``, ``navn`` is ``name``."""
    folded = name.strip().casefold()
    return PARTICIPANT_COLUMNS.get(folded, folded)


def _count(value: Any) -> int:
    """A whole number from 1: tables, a table's size, rounds, a room's capacity."""
    text = _text(value).strip()
    if text.isascii() and text.isdigit() and len(text) <= len(str(MAX_COUNT)):
        number = int(text)
        if 1 <= number <= MAX_COUNT:
            return number
    raise fail("bad-value", "bad-value.count", "bad-value.count.hint", value=Key(value))


def _participants(value: Any) -> Any:
    """The participants: a list, or the name of a CSV or XLSX file beside the workshop file."""
    if value is None:
        return None
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, list):
        return reject_empty_list(value)
    raise fail("wrong-type", "wrong-type.participants", found=describe_value(value))


def _name_groups(value: Any) -> tuple[tuple[str, ...], ...]:
    """Groups of names (``apart``, ``together``): a list of lists; one list is one group."""
    if value is None:
        return ()
    if isinstance(value, list) and value and all(isinstance(item, str) for item in value):
        return (_text_list(value),)
    if isinstance(value, list):
        reject_empty_list(value)
        groups = []
        for number, item in enumerate(value, 1):
            if not isinstance(item, list):
                raise fail(
                    "wrong-type", "wrong-type.name-group", number=number, found=describe_value(item)
                )
            groups.append(_text_list(item))
        return tuple(groups)
    raise fail("wrong-type", "wrong-type.name-groups", found=describe_value(value))


MAX_ROUNDS = 20
"""The most rounds of a group work: a café dialogue has three to five."""


def _rounds(value: Any) -> int:
    """Rounds of a group work: a whole number from 1 to :data:`MAX_ROUNDS`."""
    rounds = _count(value)
    if rounds > MAX_ROUNDS:
        raise fail(
            "bad-value",
            "bad-value.rounds",
            "bad-value.rounds.hint",
            value=Key(value),
            cap=MAX_ROUNDS,
        )
    return rounds


Count = Annotated[int, BeforeValidator(_count)]
Rounds = Annotated[int, BeforeValidator(_rounds)]
NameGroups = Annotated[tuple[tuple[str, ...], ...], BeforeValidator(_name_groups)]


class Participant(BaseModel):
    """Someone who takes part: a name, and any columns (``party``, ``role``) to mix tables by."""

    model_config = ConfigDict(extra="allow", frozen=True)
    __pydantic_extra__: dict[str, Text] = Field(init=False)

    name: Text = Field(
        description="The name, unique among the participants (case and accents aside)."
    )

    @model_validator(mode="before")
    @classmethod
    def from_name_or_columns(cls, value: Any) -> Any:
        """A participant given by name only (``- Kari Nordmann``), or with Norwegian column
        names (``navn``, ``parti``, ``rolle``)."""
        if isinstance(value, str):
            return {"name": value}
        if isinstance(value, dict):
            return {participant_column(str(key)): item for key, item in value.items()}
        return value

    @property
    def columns(self) -> dict[str, str]:
        """Every column but the name: ``{"party": "Ap", "role": "politikar"}``."""
        return dict(self.__pydantic_extra__ or {})


class Room(_Model):
    """A room, by key, with its capacity."""

    name: Text | None = Field(
        None, description="The name as it should be shown; the key when absent."
    )
    capacity: Count | None = Field(None, description="How many people the room holds.")

    @model_validator(mode="before")
    @classmethod
    def from_name_only(cls, value: Any) -> Any:
        """A room given by name only: ``rom1: Grupperom 1``."""
        return {"name": value} if isinstance(value, str) else value

    def label(self, key: str) -> str:
        return self.name or key


_TABLE_KEYS = {
    "count": "How many tables; or give `size`.",
    "size": "At most this many a table, as few tables as that allows; or give `count`.",
    "mix": "Participant columns to spread as evenly as the numbers allow, e.g. [party, role].",
    "hosts": "People keys or participant names: one a table; they stay put and count in its size.",
    "apart": "Groups of names never at the same table: [[Ordføreren, Varaordføreren]].",
    "together": "Groups of names always at the same table: [[Kari Nordmann, Siri Dahl]].",
}


class Tables(_Model):
    """How participants sit at tables in group work: the seating every group work uses."""

    count: Count | None = Field(None, description=_TABLE_KEYS["count"])
    size: Count | None = Field(None, description=_TABLE_KEYS["size"])
    mix: TextList = Field((), description=_TABLE_KEYS["mix"])
    hosts: TextList = Field((), description=_TABLE_KEYS["hosts"])
    apart: NameGroups = Field((), description=_TABLE_KEYS["apart"])
    together: NameGroups = Field((), description=_TABLE_KEYS["together"])

    @model_validator(mode="after")
    def count_or_size(self) -> "Tables":
        """``count`` or ``size``, never both: they would say the same thing twice."""
        if self.count is not None and self.size is not None:
            raise fail("bad-value", "bad-value.count-and-size", "bad-value.count-and-size.hint")
        return self


class Groups(_Model):
    """A group work's own seating: any key of the top-level ``tables`` overridden, and rounds."""

    count: Count | None = Field(None, description=_TABLE_KEYS["count"])
    size: Count | None = Field(None, description=_TABLE_KEYS["size"])
    mix: TextList | None = Field(None, description=_TABLE_KEYS["mix"])
    hosts: TextList | None = Field(None, description=_TABLE_KEYS["hosts"])
    apart: NameGroups | None = Field(None, description=_TABLE_KEYS["apart"])
    together: NameGroups | None = Field(None, description=_TABLE_KEYS["together"])
    rounds: Rounds | None = Field(
        None,
        description="Rounds of the group work (a café dialogue): hosts stay, the others move "
        "so that no two people meet twice while that is possible.",
    )

    @model_validator(mode="after")
    def count_or_size(self) -> "Groups":
        """``count`` or ``size``, never both."""
        if self.count is not None and self.size is not None:
            raise fail("bad-value", "bad-value.count-and-size", "bad-value.count-and-size.hint")
        return self


class Track(_Model):
    """One of a block's parallel tracks: its own room, leader and length."""

    title: Text = Field(description="What happens in the track.")
    room: Text | None = Field(None, description="A `rooms` key, or the room's name.")
    who: TextList = Field((), description=_WHO_TRACK)
    duration: Duration = Field(description="How long the track takes, after the block's `walk`.")
    participants: TextList = Field(
        (), description="Participants who take this track; the others are spread by `split`."
    )
    description: Text | None = Field(None, description="Shown to everyone.")
    notes: Text | None = Field(
        None, description="For the facilitator only; never in a participant handout."
    )
    serves: Serves = Field((), description=_SERVES)


class Split(_Model):
    """How the participants not listed in a track are spread over the tracks."""

    mix: TextList = Field((), description=_TABLE_KEYS["mix"])


def one_or_list(value: Any) -> Any:
    """A list of items (text or mappings); a single text is a list of one, none is none."""
    if value is None:
        return ()
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        # As for any list of text: keys where a list belongs (``goals: {a: b}``).
        raise fail("wrong-type", "wrong-type.text-list", found=describe_value(value))
    reject_empty_list(value)
    if isinstance(value, list):
        for number, item in enumerate(value, 1):
            # An empty item is worded as in any list of text ("item 2 is empty").
            if item is None or (isinstance(item, str) and not item.strip()):
                raise fail(
                    "missing-value", "missing-value.item", "missing-value.item.hint", number=number
                )
    return value


# --- goals (#23): goals with ids, blocks that serve them, evaluation tied to them ---


class Goal(_Model):
    """A desired outcome ("Ønska resultat"); blocks name it in ``serves`` by id or number."""

    id: Text | None = Field(
        None, description="A short key that `serves` and an evaluation's `goal` may name."
    )
    text: Text = Field(description="The outcome, as the sheet shows it.")

    @model_validator(mode="before")
    @classmethod
    def from_text_only(cls, value: Any) -> Any:
        """A goal given as its text only (numbered by its place in the list)."""
        return {"text": value} if isinstance(value, str) else value


class Question(_Model):
    """A closing evaluation question, perhaps tied to the goal it asks about."""

    question: Text = Field(description="The question.")
    goal: Text | None = Field(
        None, description="The goal it asks about: a goal's `id`, or its number (1, 2, …)."
    )

    @model_validator(mode="before")
    @classmethod
    def from_text_only(cls, value: Any) -> Any:
        """A question given as its text only."""
        return {"question": value} if isinstance(value, str) else value


_USE = "A key of `blocks`: its keys are taken, this block's own keys winning."
_LINK = "A link: the film or recording to show, or where to read more."


class LibraryBlock(_Model):
    """A reusable block under ``blocks`` (a film, a recorded talk), used with ``use: key``."""

    title: Text = Field(description="What happens.")
    kind: Kind | None = Field(None, description="What sort of block it is.")
    duration: Duration | None = Field(None, description="How long it takes.")
    who: TextList = Field((), description="Who is responsible: a `people` key or free text.")
    notes: Text | None = Field(None, description="For the facilitator only.")
    description: Text | None = Field(None, description="Shown to everyone.")
    link: Text | None = Field(None, description=_LINK)


_WHO = "Who is responsible: a `people` key, free text, or a list of them."
_QUESTIONS = "Questions for group work: a set's key, or the questions written out."
_METHOD = "The method of group work; its steps are timed from the start."
_NOTES = "For the facilitator only; never in a participant handout."
_MATERIALS = "What must be ready (film, flip-over, post-its)."
_GROUPS = "This group work's seating: any key of `tables` overridden, and `rounds`."


class Part(_Model):
    """A timed piece inside a block, laid back to back from the block's start."""

    title: Text = Field(description="What happens.")
    duration: Duration = Field(description="How long it takes; the parts are laid back to back.")
    kind: Kind = Field(
        "other", description="What sort of part it is; drives labels, colour and checks."
    )
    who: TextList = Field((), description=_WHO)
    notes: Text | None = Field(None, description=_NOTES)
    description: Text | None = Field(None, description="Shown to everyone.")
    materials: TextList = Field((), description=_MATERIALS)
    questions: Questions | None = Field(None, description=_QUESTIONS)
    method: MethodKey = Field(None, description=_METHOD)
    facilitator_only: Flag = Field(False, description="Left out of the participants' handout.")
    groups: Groups | None = Field(None, description=_GROUPS)
    serves: Serves = Field((), description=_SERVES)
    use: Text | None = Field(None, description=_USE)
    link: Text | None = Field(None, description=_LINK)


class Block(_Model):
    """One row of the run-sheet."""

    title: Text = Field(description="What happens.")
    time: TimeRange | None = Field(None, description="Start and end in one.")
    start: Clock | None = Field(None, description="Start time; the previous block's end if absent.")
    end: Clock | None = Field(None, description="End time.")
    duration: Duration | None = Field(None, description="Length; with a start, it gives the end.")
    kind: Kind = Field(
        "other", description="What sort of block it is; drives labels, colour and checks."
    )
    who: TextList = Field((), description=_WHO)
    notes: Text | None = Field(None, description=_NOTES)
    description: Text | None = Field(None, description="Shown to everyone.")
    materials: TextList = Field((), description=_MATERIALS)
    parts: Annotated[tuple[Part, ...], BeforeValidator(reject_empty_list)] = Field(
        (), description="Timed pieces, back to back from the start."
    )
    questions: Questions | None = Field(None, description=_QUESTIONS)
    method: MethodKey = Field(None, description=_METHOD)
    facilitator_only: Flag = Field(False, description="Left out of the participants' handout.")
    groups: Groups | None = Field(None, description=_GROUPS)
    serves: Serves = Field((), description=_SERVES)
    use: Text | None = Field(None, description=_USE)
    link: Text | None = Field(None, description=_LINK)
    walk: Duration | None = Field(
        None, description="Time to reach the rooms of the parallel tracks; they start after it."
    )
    parallel: Annotated[tuple[Track, ...], BeforeValidator(reject_empty_list)] = Field(
        (), description="Tracks at the same time; the block lasts `walk` + the longest track."
    )
    split: Split | None = Field(
        None, description="Spread the participants over the tracks, within each room's capacity."
    )

    @model_validator(mode="after")
    def parts_or_parallel(self) -> "Block":
        """A block is laid out as parts or as parallel tracks, not both."""
        if self.parts and self.parallel:
            raise fail(
                "bad-value", "bad-value.parts-and-parallel", "bad-value.parts-and-parallel.hint"
            )
        return self


class Day(_Model):
    """One day of a workshop over several days."""

    date: Date | None = Field(None, description="The day: 2024-04-18 or 18.04.2024.")
    start: Clock | None = Field(None, description="Start of the day's first block.")
    end: Clock | None = Field(None, description="Planned end of the day.")
    title: Text | None = Field(None, description="The day's heading.")
    agenda: Annotated[tuple[Block, ...], BeforeValidator(reject_empty_list)] = Field(
        description="The day's run-sheet."
    )


class Checks(_Model):
    """Tuning of `planverksted check`."""

    max_without_break: Duration = Field(90, description="Longest stretch without a break, minutes.")
    ignore: TextList = Field((), description="Finding codes to leave out.")


class Workshop(_Model):
    """A workshop file, format 1."""

    planverksted: Annotated[Literal[1], BeforeValidator(read_version)] = Field(
        description="The format version; anything else is an error that names the versions read."
    )
    title: Text = Field(description="The workshop's title.")
    subtitle: Text | None = Field(None, description="A line under the title.")
    description: Text | None = Field(None, description="A paragraph on the workshop.")
    language: Language = Field(
        "nb",
        description="The language the file is written in: of the labels, dates, times and "
        "built-in methods in what is rendered, and of what check says.",
    )
    date: Date | None = Field(None, description="The day, for a one-day workshop.")
    venue: Text | None = Field(None, description="Where it is held.")
    organiser: Text | None = Field(None, description="Who organises it.")
    audience: Text | None = Field(None, description="Who takes part, e.g. 'Kommunestyret'.")
    organiser_logo: Text | None = Field(
        None,
        description="The organiser's logo on the printed sheet: a PNG or SVG file, its path "
        "relative to the workshop file, at most 512 KiB; embedded in the HTML.",
    )
    footer: Text | None = Field(
        None, description="A line at the foot of the printed sheet, e.g. contact details."
    )
    start: Clock | None = Field(None, description="Start of the first block when it gives none.")
    end: Clock | None = Field(
        None, description="Planned end: check says when the agenda runs past it or stops short."
    )
    people: Annotated[dict[str, Person], BeforeValidator(shared_or_empty)] = Field(
        default_factory=dict,
        description="Who's who, by key; `who` may name a key. Or the path of a YAML file, "
        "relative to this one, whose top level is the people by key (shared by many files).",
    )
    goals: Annotated[tuple[Goal, ...], BeforeValidator(one_or_list)] = Field(
        (),
        description="Desired outcomes ('Ønsket resultat', nn 'Ønskt resultat'): text, or "
        "`{id, text}` so that blocks can name them in `serves`.",
    )
    methods: Annotated[dict[str, Method], BeforeValidator(none_as_empty)] = Field(
        default_factory=dict, description="The file's own methods, beside the built-in ones."
    )
    questions: Annotated[dict[str, QuestionSet], BeforeValidator(none_as_empty)] = Field(
        default_factory=dict, description="Question sets for group work, by key."
    )
    agenda: Annotated[tuple[Block, ...] | None, BeforeValidator(reject_empty_list)] = Field(
        None, description="The run-sheet; required unless `days` is given."
    )
    days: Annotated[tuple[Day, ...] | None, BeforeValidator(reject_empty_list)] = Field(
        None, description="A workshop over several days, instead of `agenda`."
    )
    evaluation: Annotated[tuple[Question, ...], BeforeValidator(one_or_list)] = Field(
        (),
        description="Closing evaluation questions: text, or `{question, goal}` to tie one "
        "to the goal it asks about.",
    )
    participants: Annotated[
        tuple[Participant, ...] | str | None, BeforeValidator(_participants)
    ] = Field(
        None,
        description="Who takes part: a list of `{name, …}` with any columns (party, role), or "
        "a CSV or XLSX file beside the workshop file whose first row names the columns "
        "(`name` or `navn` first).",
    )
    rooms: Annotated[dict[str, Room], BeforeValidator(none_as_empty)] = Field(
        default_factory=dict, description="Rooms by key, with their capacity."
    )
    tables: Tables | None = Field(
        None, description="The seating every group work uses unless it says otherwise."
    )
    blocks: Annotated[dict[str, LibraryBlock], BeforeValidator(shared_or_empty)] = Field(
        default_factory=dict,
        description="Reusable blocks by key (films, recorded talks), or the path of a YAML "
        "file that holds them; a block or part takes one with `use: key`.",
    )
    checks: Annotated[Checks, BeforeValidator(none_as_empty)] = Field(
        default_factory=Checks, description="Tuning of `check`."
    )

    def goal_index(self, reference: str) -> int | None:
        """The 0-based index of the goal ``reference`` names: its id, else its number."""
        return self._goal_ids.get(reference.strip())

    @functools.cached_property
    def _goal_ids(self) -> dict[str, int]:
        index: dict[str, int] = {}
        for number, goal in enumerate(self.goals):
            if goal.id is not None:
                index.setdefault(goal.id.strip(), number)
        for number in range(len(self.goals)):
            index.setdefault(str(number + 1), number)
        return index

    @property
    def goal_texts(self) -> tuple[str, ...]:
        return tuple(goal.text for goal in self.goals)

    @property
    def evaluation_questions(self) -> tuple[str, ...]:
        return tuple(question.question for question in self.evaluation)

    def question_set_key(self, reference: str) -> str | None:
        """The key of the question set ``reference`` names: exactly, else regardless of case.

        None means the text is not a set's name: a question written out, or (when it reads
        like a key, see is_key_like) a set that is defined nowhere.
        """
        if reference in self.questions:
            return reference
        return self._question_sets_folded.get(reference.strip().casefold())

    @functools.cached_property
    def _question_sets_folded(self) -> dict[str, str]:
        # Built once: a lookup per reference is then constant, whatever the number of sets.
        index: dict[str, str] = {}
        for key in self.questions:
            index.setdefault(key.casefold(), key)
        return index

    def person_key(self, who: str) -> str | None:
        """The key of the person ``who`` names: by key or by name, case and accents aside.

        ``ordfører``, ``Ordforer`` and ``Ordføreren`` all name ``ordforer: {name: Ordføreren}``.
        """
        if who in self.people:
            return who
        from planverksted.suggest import fold

        return self._people_folded.get(fold(who))

    @functools.cached_property
    def _people_folded(self) -> dict[str, str]:
        """Folded keys and names → key, the first person first: built once, so that naming
        1,440 people among 60,000 costs 1,440 lookups, not 86 million comparisons."""
        from planverksted.suggest import fold

        index: dict[str, str] = {}
        for key, person in self.people.items():
            index.setdefault(fold(key), key)
            index.setdefault(fold(person.name), key)
        return index

    @model_validator(mode="after")
    def agenda_or_days(self) -> "Workshop":
        """One of ``agenda`` and ``days``, never both (the JSON Schema says it too)."""
        if self.agenda is None and self.days is None:
            raise fail("missing-key", "missing-key.no-agenda", "missing-key.no-agenda.hint")
        if self.agenda is not None and self.days is not None:
            raise fail("bad-value", "bad-value.both", "bad-value.both.hint")
        return self
