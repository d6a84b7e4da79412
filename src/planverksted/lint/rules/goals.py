"""Goals tied to blocks: every goal served, every ``serves`` and ``goal`` naming one."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from planverksted.goals.coverage import agenda_items, uses_serves
from planverksted.i18n import Key
from planverksted.lint.finding import Finding, Path
from planverksted.lint.registry import Code
from planverksted.lint.rules.references import LISTED
from planverksted.lint.severity import ERROR, WARNING
from planverksted.lint.wording import Title, schedule_finding
from planverksted.suggest import Guesser
from planverksted.timing.schedule import Schedule
from planverksted.workshop.model import Goal, Workshop

SECTION = "Checking the goals"
ORDER = 130

CODES = (
    Code(
        "goal-not-served",
        WARNING,
        "a goal no block or part names in `serves` (checked only when the file uses `serves`)",
        example="`goals: [{id: kunnskap, text: …}]` and no `serves: [kunnskap]`",
    ),
    Code(
        "goal-unknown",
        ERROR,
        "a `serves` or an evaluation question's `goal` that names no goal, by id or number",
        example="`serves: [kunskap]` beside `goals: [{id: kunnskap, text: …}]`",
    ),
    Code(
        "goal-not-evaluated",
        WARNING,
        "a goal no evaluation question asks about, when some question names its goal",
        example="`evaluation: [{question: …, goal: 1}]` and a goal 2",
    ),
    Code(
        "goal-duplicate",
        ERROR,
        "two goals with the same `id`",
        example="`goals: [{id: a, text: …}, {id: a, text: …}]`",
    ),
)

TEXTS = {
    "goal-not-served": {
        "en": "goal {number} {goal} is served by no block: no block or part names it in serves",
        "nb": "mål {number} {goal} blir ikke fulgt opp av noen bolk: "
        "ingen bolk eller del har det i serves",
        "nn": "mål {number} {goal} blir ikkje følgt opp av nokon bolk: "
        "ingen bolk eller del har det i serves",
    },
    "goal-not-served.print": {
        "en": "Goal {number} {goal}: no block works on it",
        "nb": "Mål {number} {goal}: ingen bolk arbeider med det",
        "nn": "Mål {number} {goal}: ingen bolk arbeider med det",
    },
    "goal-not-served.hint": {
        "en": "add serves: [{plain}] to the blocks that work on it, or leave the goal out",
        "nb": "legg serves: [{plain}] til bolkene som arbeider med det, eller ta bort målet",
        "nn": "legg serves: [{plain}] til bolkane som arbeider med det, eller ta bort målet",
    },
    "goal-unknown": {
        "en": "{field}: {ref} names no goal",
        "nb": "{field}: {ref} viser ikke til noe mål",
        "nn": "{field}: {ref} viser ikkje til noko mål",
    },
    "goal-unknown.hint": {
        "en": "the goals are: {known}",
        "nb": "målene er: {known}",
        "nn": "måla er: {known}",
    },
    "goal-unknown.none": {
        "en": "the file has no goals: add them under goals",
        "nb": "filen har ingen mål: legg dem inn under «goals»",
        "nn": "fila har ingen mål: legg dei inn under goals",
    },
    "goal-not-evaluated": {
        "en": "goal {number} {goal} has no evaluation question, though other goals have one",
        "nb": "mål {number} {goal} har ikke noe evalueringsspørsmål, selv om andre mål har det",
        "nn": "mål {number} {goal} har ikkje noko evalueringsspørsmål, sjølv om andre mål har det",
    },
    "goal-not-evaluated.print": {
        "en": "Goal {number} {goal}: no evaluation question asks about it",
        "nb": "Mål {number} {goal}: ingen evalueringsspørsmål spør om det",
        "nn": "Mål {number} {goal}: ingen evalueringsspørsmål spør om det",
    },
    "goal-not-evaluated.hint": {
        "en": "add an evaluation question with goal: {plain}",
        "nb": "legg til et evalueringsspørsmål med goal: {plain}",
        "nn": "legg til eit evalueringsspørsmål med goal: {plain}",
    },
    "goal-duplicate": {
        "en": "goal {number} has the id {ref}, which goal {first} has too",
        "nb": "mål {number} har id-en {ref}, som mål {first} også har",
        "nn": "mål {number} har id-en {ref}, som mål {first} òg har",
    },
    "goal-duplicate.hint": {
        "en": "give each goal an id of its own",
        "nb": "gi hvert mål sin egen id",
        "nn": "gi kvart mål sin eigen id",
    },
}


def reference(workshop: Workshop, index: int) -> str:
    """How a file names goal ``index``: its id, else its number."""
    goal = workshop.goals[index]
    return goal.id.strip() if goal.id is not None else str(index + 1)


def known_goals(goals: Sequence[Goal]) -> str:
    """The goals as a hint lists them: ``kunnskap (1), 2, rammer (3)``."""
    names = [
        f"{goal.id.strip()} ({number})" if goal.id is not None else str(number)
        for number, goal in enumerate(goals, 1)
    ]
    if len(names) > LISTED:
        return ", ".join(names[:LISTED]) + f", … (+{len(names) - LISTED:,})"
    return ", ".join(names)


def check(schedule: Schedule) -> Iterator[Finding]:
    """Goals tied to blocks: every goal served, every ``serves`` and ``goal`` naming one."""
    workshop = schedule.workshop
    yield from _duplicates(schedule)
    guesser = Guesser([goal.id.strip() for goal in workshop.goals if goal.id is not None])
    known = known_goals(workshop.goals)
    served: set[int] = set()
    for item, path in agenda_items(workshop):
        for number, name in enumerate(item.serves):
            index = workshop.goal_index(name)
            if index is not None:
                served.add(index)
                continue
            where = (*path, "serves", number) if len(item.serves) > 1 else (*path, "serves")
            yield _unknown(schedule, "serves", name, where, guesser, known)
    asked: set[int] = set()
    for number, question in enumerate(workshop.evaluation):
        if question.goal is None:
            continue
        index = workshop.goal_index(question.goal)
        if index is None:
            where = ("evaluation", number, "goal")
            yield _unknown(schedule, "goal", question.goal, where, guesser, known)
        else:
            asked.add(index)
    using = uses_serves(workshop)
    for index, goal in enumerate(workshop.goals):
        ref = Key(reference(workshop, index))
        if using and index not in served:
            yield schedule_finding(
                schedule,
                "goal-not-served",
                ("goals", index),
                hint="goal-not-served.hint",
                number=index + 1,
                goal=Title(goal.text),
                ref=ref,
                plain=ref.strip(),
            )
        if asked and index not in asked:
            yield schedule_finding(
                schedule,
                "goal-not-evaluated",
                ("goals", index),
                hint="goal-not-evaluated.hint",
                number=index + 1,
                goal=Title(goal.text),
                ref=ref,
                plain=ref.strip(),
            )


def _unknown(
    schedule: Schedule, key: str, name: str, where: Path, guesser: Guesser, known: str
) -> Finding:
    guess = guesser.guess(name)
    if guess:
        hint = "did-you-mean"
    else:
        hint = "goal-unknown.hint" if schedule.workshop.goals else "goal-unknown.none"
    return schedule_finding(
        schedule,
        "goal-unknown",
        where,
        hint=hint,
        field=key,
        ref=Key(name),
        guess=Key(guess or ""),
        known=known,
    )


def _duplicates(schedule: Schedule) -> Iterator[Finding]:
    first: dict[str, int] = {}
    for index, goal in enumerate(schedule.workshop.goals):
        if goal.id is None:
            continue
        ident = goal.id.strip()
        if ident in first:
            yield schedule_finding(
                schedule,
                "goal-duplicate",
                ("goals", index, "id"),
                hint="goal-duplicate.hint",
                number=index + 1,
                ref=Key(ident),
                first=first[ident] + 1,
            )
        else:
            first[ident] = index
