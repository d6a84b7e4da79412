"""``who``, ``method`` and ``questions`` keys that name nothing defined."""

from __future__ import annotations

from collections.abc import Iterator

from planverksted.i18n import Key
from planverksted.lint.finding import Finding, Path
from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR, WARNING
from planverksted.lint.wording import schedule_finding
from planverksted.suggest import Guesser
from planverksted.timing.schedule import Schedule
from planverksted.workshop.builtin_methods import BUILTIN_METHODS, find_method_key
from planverksted.workshop.model import Block, Part, is_key_like

SECTION = "Checking the schedule"
ORDER = 90

CODES = (
    Code(
        "unknown-person",
        WARNING,
        "a `who` that reads as a `people` key (one lower-case word) but names no one, by "
        "key or by name (case and æ ø å aside); free text such as `Kari Nordmann` is fine",
        example="`who: ordforr` beside `people: {ordforer: …}`",
    ),
    Code(
        "unknown-method",
        ERROR,
        "a `method` neither in `methods` nor built in",
        example="`method: igpp`",
    ),
    Code(
        "unknown-questions",
        ERROR,
        "a `questions` value that reads as a key (one lower-case word) but names no set; "
        "sets match regardless of case, and a question written out is fine",
        example="`questions: planer2`",
    ),
)

TEXTS = {
    "unknown-person": {
        "en": "who: '{name}' is not a key under people, so it is shown as written",
        "nb": "who: «{name}» er ikke en nøkkel under people, så det vises slik det er skrevet",
        "nn": "who: «{name}» er ikkje ein nøkkel under people, så det blir vist slik det er skrive",
    },
    "unknown-person.hint": {
        "en": "add it under people, or write the name as it should be shown, like 'Ordføreren'",
        "nb": "legg det inn under people, eller skriv navnet slik det skal vises, som «Ordføreren»",
        "nn": "legg det inn under people, eller skriv namnet slik det skal "
        "visast, som «Ordføraren»",
    },
    "unknown-method": {
        "en": "method: '{method}' is neither defined under methods nor built in",
        "nb": "method: «{method}» er verken definert under «methods» eller en innebygd metode",
        "nn": "method: «{method}» er verken definert under methods eller innebygd",
    },
    "unknown-method.hint": {
        "en": "the methods are: {known}",
        "nb": "metodene er: {known}",
        "nn": "metodane er: {known}",
    },
    "unknown-questions": {
        "en": "questions: '{questions}' is not defined under questions",
        "nb": "questions: «{questions}» er ikke definert under questions",
        "nn": "questions: «{questions}» er ikkje definert under questions",
    },
    "unknown-questions.hint": {
        "en": "the question sets are: {known}",
        "nb": "spørsmålssettene er: {known}",
        "nn": "spørsmålssetta er: {known}",
    },
    "unknown-questions.none": {
        "en": "define it under questions:, or write the questions out as a list",
        "nb": "definer det under questions:, eller skriv spørsmålene ut som en liste",
        "nn": "definer det under questions:, eller skriv spørsmåla ut som ei liste",
    },
}


LISTED = 20
"""A hint lists at most this many of the names that are defined."""


def _listed(names: list[str]) -> str:
    """``a, b, c``; past :data:`LISTED` names, the first of them and how many more."""
    if len(names) <= LISTED:
        return ", ".join(names)
    return ", ".join(names[:LISTED]) + f", … (+{len(names) - LISTED:,})"


class _Methods:
    """The methods a file can name, folded once for every guess (60,000 are no slower)."""

    def __init__(self, own: set[str]) -> None:
        self.own = own
        known = sorted(own | set(BUILTIN_METHODS))
        self.guesser = Guesser(known)
        self.known = _listed(known)


def _unknown_method(schedule: Schedule, key: str, path: Path, methods: _Methods) -> Finding:
    guess = methods.guesser.guess(key)
    return schedule_finding(
        schedule,
        "unknown-method",
        path,
        hint="did-you-mean" if guess else "unknown-method.hint",
        method=key,
        guess=Key(guess or ""),
        known=methods.known,
    )


def _items(schedule: Schedule) -> Iterator[tuple[Block | Part, Path]]:
    """Every block and part of the workshop, resolved or not, with its path."""
    workshop = schedule.workshop
    agendas: list[tuple[Path, tuple[Block, ...]]] = (
        [(("days", n, "agenda"), day.agenda) for n, day in enumerate(workshop.days)]
        if workshop.days is not None
        else [(("agenda",), workshop.agenda or ())]
    )
    for agenda_path, agenda in agendas:
        for index, block in enumerate(agenda):
            path = (*agenda_path, index)
            yield block, path
            for number, part in enumerate(block.parts):
                yield part, (*path, "parts", number)


def check(schedule: Schedule) -> Iterator[Finding]:
    """``who``, ``method`` and ``questions`` keys that name nothing defined."""
    workshop = schedule.workshop
    people = Guesser(sorted(workshop.people))
    own_methods = set(workshop.methods)
    methods = _Methods(own_methods)
    sets = sorted(workshop.questions)
    set_guesser = Guesser(sets)
    sets_listed = _listed(sets)
    for key, question_set in workshop.questions.items():
        method = question_set.method
        if method is not None and find_method_key(method, own_methods) is None:
            yield _unknown_method(schedule, method, ("questions", key, "method"), methods)
    for item, path in _items(schedule):
        for number, name in enumerate(item.who):
            if workshop.person_key(name) is not None:
                continue
            # Only a plausible slip in a key is worth a warning: "ordforr" or "johnny" reads
            # as a key; "Kari Nordmann" or "Ordføraren" is a name, shown as written.
            if is_key_like(name.strip()):
                guess = people.guess(name)
                who_path = (*path, "who", number) if len(item.who) > 1 else (*path, "who")
                yield schedule_finding(
                    schedule,
                    "unknown-person",
                    who_path,
                    hint="did-you-mean" if guess else "unknown-person.hint",
                    name=name,
                    guess=Key(guess or ""),
                )
        if item.method is not None and find_method_key(item.method, own_methods) is None:
            yield _unknown_method(schedule, item.method, (*path, "method"), methods)
        if (
            isinstance(item.questions, str)
            and workshop.question_set_key(item.questions) is None
            and is_key_like(item.questions)
        ):
            guess = set_guesser.guess(item.questions)
            if guess:
                hint = "did-you-mean"
            else:
                hint = "unknown-questions.hint" if sets else "unknown-questions.none"
            yield schedule_finding(
                schedule,
                "unknown-questions",
                (*path, "questions"),
                hint=hint,
                questions=item.questions,
                guess=Key(guess or ""),
                known=sets_listed,
            )
