"""Validation: loaded data becomes a frozen :class:`Workshop`, or findings in a planner's words.

pydantic does the checking; this module turns each of its errors into a finding
with our code, the key it probably meant, and where it is, named the way a
planner would name it ("part 2 "Film" of block 4 "Kunnskapsgrunnlag"").
"""

from __future__ import annotations

import copy
import functools
import types
import typing
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel, ValidationError

from planverksted import i18n
from planverksted.i18n import Key, PerLanguage, Place, Worded
from planverksted.lint.finding import Finding, Path
from planverksted.lint.wording import finding, short_title
from planverksted.printable import invisible_characters
from planverksted.suggest import did_you_mean
from planverksted.workshop.model import Workshop, describe_value

# Norwegian (and common English) words for keys, so that a hint can name the key meant.
KEY_SYNONYMS = {
    "tittel": "title",
    "navn": "name",
    "namn": "name",
    "dato": "date",
    "sted": "venue",
    "stad": "venue",
    "lokale": "venue",
    "arrangør": "organiser",
    "organizer": "organiser",
    "målgruppe": "audience",
    "deltakere": "audience",
    "deltakarar": "audience",
    "mål": "goals",
    "ønska_resultat": "goals",
    "program": "agenda",
    "kjøreplan": "agenda",
    "dager": "days",
    "dagar": "days",
    "tid": "time",
    "klokkeslett": "time",
    "fra": "start",
    "frå": "start",
    "til": "end",
    "slutt": "end",
    "varighet": "duration",
    "varigheit": "duration",
    "lengde": "duration",
    "type": "kind",
    "hvem": "who",
    "kven": "who",
    "ansvarlig": "who",
    "ansvarleg": "who",
    "notater": "notes",
    "notat": "notes",
    "merknad": "notes",
    "beskrivelse": "description",
    "skildring": "description",
    "utstyr": "materials",
    "materiell": "materials",
    "deler": "parts",
    "delar": "parts",
    "spørsmål": "questions",
    "metode": "method",
    "steg": "steps",
    "evaluering": "evaluation",
    "språk": "language",
    "rolle": "role",
    "organisasjon": "organisation",
    "organization": "organisation",
    "kilde": "source",
    "kjelde": "source",
}

# pydantic's error type → what was expected, and the hint (ids of the catalogues' texts).
_WRONG_CONTAINER = {
    "dict_type": ("value.mapping", "wrong-type.mapping.hint"),
    "model_type": ("value.mapping", "wrong-type.mapping.hint"),
    "model_attributes_type": ("value.mapping", "wrong-type.mapping.hint"),
    "tuple_type": ("value.list", "wrong-type.list.hint"),
    "list_type": ("value.list", "wrong-type.list.hint"),
    "string_type": ("value.expected-text", "wrong-type.text.hint"),
}

_MISSING_HINTS = frozenset(
    {"planverksted", "title", "duration", "agenda", "steps", "items", "name"}
)
"""Missing keys with a hint of their own (``missing-key.<key>.hint``)."""


def validate(data: Any) -> tuple[Workshop | None, list[Finding]]:
    """Validate loaded data; on failure, every problem as a finding (none of them located yet)."""
    return validate_as(Workshop, data)


M = typing.TypeVar("M", bound=BaseModel)


def validate_as(root: type[M], data: Any) -> tuple[M | None, list[Finding]]:
    """Validate loaded data as ``root`` (a workshop, a programme); findings as for a workshop."""
    if not isinstance(data, dict):
        return None, [
            finding("not-mapping", (), hint="not-mapping.hint", found=describe_value(data))
        ]
    try:
        return root.model_validate(data), []
    except ValidationError as error:
        return None, _findings(error, data, root)


def _block_of(path: Path) -> tuple[Path, int] | None:
    """The agenda a path lies in (``("agenda",)`` or ``("days", 0, "agenda")``), and the block."""
    if len(path) >= 2 and path[0] == "agenda" and isinstance(path[1], int):
        return ("agenda",), path[1]
    if len(path) >= 4 and path[0] == "days" and path[2] == "agenda" and isinstance(path[3], int):
        return path[:3], path[3]
    return None


Renumber = Callable[[Path], tuple[Path, bool] | None]
"""A path in the reduced data → (the path in the file, whether a left-out block is before it)."""


def without_blocks(data: Any, paths: list[Path | None]) -> tuple[Any, Renumber] | None:
    """The data with every block that ``paths`` point into left out, or None when a path
    points outside the blocks (then nothing can be checked without guessing)."""
    if not isinstance(data, dict) or not paths:
        return None
    dropped: dict[Path, set[int]] = {}
    for path in paths:
        found = _block_of(path) if path else None
        if found is None:
            return None
        dropped.setdefault(found[0], set()).add(found[1])
    reduced = copy.deepcopy(data)
    kept: dict[Path, list[int]] = {}
    for agenda, indexes in dropped.items():
        node: Any = reduced
        for step in agenda[:-1]:
            node = node[step]
        blocks = node[agenda[-1]]
        kept[agenda] = [n for n in range(len(blocks)) if n not in indexes]
        node[agenda[-1]] = [blocks[n] for n in kept[agenda]]

    def renumber(path: Path) -> tuple[Path, bool] | None:
        found = _block_of(path)
        if found is None:
            return None
        agenda, index = found
        if agenda not in kept:
            return path, False
        original = kept[agenda][index]
        return (*agenda, original, *path[len(agenda) + 1 :]), original > min(dropped[agenda])

    return reduced, renumber


def _findings(
    error: ValidationError, data: dict[str, Any], root: type[BaseModel] = Workshop
) -> list[Finding]:
    errors = error.errors(include_url=False)
    # (mapping, the key meant) for every misspelt key, e.g. ((), "title") for "titel".
    misspelt = {
        (tuple(err["loc"][:-1]), _suggest(tuple(err["loc"]), root))
        for err in errors
        if err["type"] == "extra_forbidden"
    }
    findings = []
    for err in errors:
        loc: Path = tuple(err["loc"])
        # A missing key whose misspelling was found beside it is already reported.
        if err["type"] == "missing" and (loc[:-1], loc[-1]) in misspelt:
            continue
        findings.append(_finding(err, loc, data, root))
    return findings


def _finding(err: Any, loc: Path, data: dict[str, Any], root: type[BaseModel]) -> Finding:
    kind: str = err["type"]
    where = describe_path(loc, data)
    context = err.get("ctx") or {}
    if kind == "extra_forbidden":
        key = str(loc[-1])
        guess = _suggest(loc, root)
        place = describe_path(loc[:-1], data)
        known = _known_keys(loc, root)
        hint = "did-you-mean" if guess else "unknown-key.known" if known else None
        hidden = invisible_characters(key)
        # A key that looks right but holds a character that does not show: name it.
        return finding(
            "unknown-key",
            loc,
            text="unknown-key.hidden" if hidden else None,
            hint=hint,
            key=True,
            name=Key(key),
            place=place,
            hidden=", ".join(hidden),
            guess=Key(guess or ""),
            known=", ".join(known),
        )
    if kind == "missing":
        key = str(loc[-1])
        place = describe_path(loc[:-1], data)
        hint = f"missing-key.{key}.hint" if key in _MISSING_HINTS else None
        return finding("missing-key", loc[:-1], hint=hint, name=Key(key), place=place)
    if kind in _WRONG_CONTAINER:
        expected, hint = _WRONG_CONTAINER[kind]
        message = Worded.of(
            "wrong-type.expected",
            expected=Worded.of(expected),
            found=describe_value(err.get("input")),
        )
        return finding("wrong-type", loc, text="at-place", hint=hint, message=message, place=where)
    if "wording" in context:
        message = context["wording"]
        hint = context.get("hint")
        if not loc:
            return finding(kind, loc, text=message.text_id, hint=hint, **dict(message.args))
        return finding(
            kind,
            loc,
            text="at-place",
            hint=hint,
            message=message,
            place=where,
            **dict(message.args),
        )
    return Finding("wrong-type", f"{err['msg']}", path=loc)  # pragma: no cover


def _model_at(loc: Path, root: type[BaseModel] = Workshop) -> type[BaseModel] | None:
    """The model class that holds the mapping found at ``loc``."""
    current: Any = root
    for step in loc:
        model = _find_model(current)
        if model is not None and isinstance(step, str):
            field = model.model_fields.get(step)
            if field is None:
                return None
            current = field.annotation
        elif isinstance(step, int):
            current = _element(current, tuple)
        else:
            current = _element(current, dict)
        if current is None:
            return None
    return _find_model(current)


def _find_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _find_model(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            found = _find_model(arg)
            if found is not None:
                return found
    return None


def _element(annotation: Any, container: type) -> Any:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated or origin in (typing.Union, types.UnionType):
        for arg in args:
            found = _element(arg, container)
            if found is not None:
                return found
        return None
    if origin is container and args:
        return args[0] if container is tuple else args[1]
    return None


def _known_keys(loc: Path, root: type[BaseModel] = Workshop) -> list[str]:
    model = _model_at(loc[:-1], root)
    return list(model.model_fields) if model else []


def _suggest(loc: Path, root: type[BaseModel] = Workshop) -> str | None:
    """The key the user probably meant by the unknown last key of ``loc``."""
    key = str(loc[-1])
    known = _known_keys(loc, root)
    lowered = key.strip().lower()
    synonym = KEY_SYNONYMS.get(lowered)
    if synonym in known:
        return synonym
    if lowered in known:
        return lowered
    return did_you_mean(lowered, known)


def _title(node: Any) -> str:
    title = node.get("title") if isinstance(node, dict) else None
    if not isinstance(title, str) or not title.strip():
        return ""
    return title


# Keys of the top level that hold named things, and what each thing is called.
_LABELS = {
    "people": "place.person",
    "methods": "place.method",
    "questions": "place.question-set",
}
_ITEM_LABELS = {
    "goals": "place.goal",
    "evaluation": "place.evaluation",
    "materials": "place.material",
    "items": "place.question",
    "who": "place.who",
    "ignore": "place.ignored-code",
}
_NUMBERED = {
    "agenda": "place.block",
    "parts": "place.part",
    "days": "place.day",
    "steps": "place.step",
}


def describe_path(path: Path, data: Any) -> Place:
    """Name the place ``path`` points at, as a planner would: 'part 2 "Film" of block 4 ...'."""
    names: list[Worded] = []
    node = data
    index = 0
    while index < len(path):
        step = path[index]
        child = _child(node, step)
        following = path[index + 1] if index + 1 < len(path) else None
        if step in _NUMBERED and isinstance(following, int):
            item = _child(child, following)
            title = _title(item)
            names.append(
                Worded.of(
                    _NUMBERED[str(step)],
                    number=following + 1,
                    title=PerLanguage(functools.partial(_spaced, title)) if title else "",
                )
            )
            node, index = item, index + 2
            continue
        if step in _LABELS and isinstance(node, dict) and node is data and following is not None:
            names.append(Worded.of(_LABELS[str(step)], key=Key(str(following))))
            node, index = _child(child, following), index + 2
            continue
        if step in _ITEM_LABELS and isinstance(following, int):
            names.append(Worded.of(_ITEM_LABELS[str(step)], number=following + 1))
            node, index = _child(child, following), index + 2
            continue
        names.append(Worded.of("place.key", key=Key(str(step))))
        node, index = child, index + 1
    return Place(tuple(names))


def _spaced(title: str, language: str) -> str:
    """A title after a number: 'block 4 "Innledning"', with its space before it."""
    return f" {i18n.quote(short_title(title), language)}"


def _child(node: Any, step: str | int) -> Any:
    if isinstance(node, dict) and isinstance(step, str):
        return node.get(step)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return None
