"""The wording of the schedule's findings in English, bokmål and nynorsk, in one place.

`check` prints findings in English; a run-sheet shows them in its own language. So a
finding made here keeps the raw values its message needs (clock times and lengths as
minutes, titles as written) and can be worded again in any language.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from planverksted.lint.finding import Finding, Path
from planverksted.timing.clock import format_clock, format_duration


class At(int):
    """A clock time (minutes after midnight): 13.15 in Norwegian, 13:15 in English."""


class Minutes(int):
    """A length in minutes: 1 t 30 min in Norwegian, 1 h 30 min in English."""


class Title(str):
    """A block's title: "Pause" in English, «Pause» in Norwegian."""

    __slots__ = ()


TEXTS: dict[str, dict[str, str]] = {
    "gap": {
        "en": "{length} unplanned between block {before} (ends {before_end}) and block {after} "
        "(starts {after_start})",
        "nb": "{length} uten plan mellom {before} (slutter {before_end}) og {after} "
        "(starter {after_start})",
        "nn": "{length} utan plan mellom {before} (sluttar {before_end}) og {after} "
        "(startar {after_start})",
    },
    "gap.hint": {
        "en": "start it at {before_end}, or fill the time with a block (a break is a block too)",
        "nb": "start bolken kl. {before_end}, eller fyll tiden med en bolk (også en pause er en "
        "bolk)",
        "nn": "start bolken kl. {before_end}, eller fyll tida med ein bolk (òg ein pause er ein "
        "bolk)",
    },
    "gap.start": {
        "en": "{length} unplanned between the planned start at {planned} and block {first} at "
        "{first_start}",
        "nb": "{length} uten plan mellom planlagt start kl. {planned} og {first} kl. {first_start}",
        "nn": "{length} utan plan mellom planlagd start kl. {planned} og {first} kl. {first_start}",
    },
    "gap.start.hint": {
        "en": "start the first block at {planned}, or change the planned start",
        "nb": "start den første bolken kl. {planned}, eller endre planlagt start",
        "nn": "start den første bolken kl. {planned}, eller endra planlagd start",
    },
    "early-start": {
        "en": "block {first} starts at {first_start}, {length} before the planned start at "
        "{planned}",
        "nb": "{first} starter kl. {first_start}, {length} før planlagt start kl. {planned}",
        "nn": "{first} startar kl. {first_start}, {length} før planlagd start kl. {planned}",
    },
    "overlap": {
        "en": "block {after} starts at {after_start}, before block {before} ends at {before_end} "
        "({length} overlap)",
        "nb": "{after} starter kl. {after_start}, før {before} slutter kl. {before_end} "
        "({length} overlapp)",
        "nn": "{after} startar kl. {after_start}, før {before} sluttar kl. {before_end} "
        "({length} overlapp)",
    },
    "overlap.hint": {
        "en": "start it at {before_end}, or end the block before it earlier",
        "nb": "start bolken kl. {before_end}, eller avslutt bolken før tidligere",
        "nn": "start bolken kl. {before_end}, eller avslutt bolken før tidlegare",
    },
    "parts-too-long": {
        "en": "the parts of block {block} take {total}, but the block has {length} ({start}–{end})",
        "nb": "delene av {block} tar {total}, men bolken har {length} ({start}–{end})",
        "nn": "delane av {block} tek {total}, men bolken har {length} ({start}–{end})",
    },
    "parts-too-long.hint": {
        "en": "shorten the parts by {excess}, or lengthen the block",
        "nb": "kort ned delene med {excess}, eller gjør bolken lengre",
        "nn": "kort ned delane med {excess}, eller gjer bolken lengre",
    },
    "unplanned-time": {
        "en": "the parts of block {block} take {total} of its {length} ({start}–{end}): "
        "{rest} unplanned",
        "nb": "delene av {block} tar {total} av {length} ({start}–{end}): {rest} uten plan",
        "nn": "delane av {block} tek {total} av {length} ({start}–{end}): {rest} utan plan",
    },
    "unplanned-time.hint": {
        "en": "lengthen a part, or add one for the rest of the time",
        "nb": "gjør en del lengre, eller legg til en del for resten av tiden",
        "nn": "gjer ein del lengre, eller legg til ein del for resten av tida",
    },
    "method-too-long": {
        "en": "method {method} takes {total} ({steps}), but part {part} of block {block} has "
        "{length} ({start}–{end})",
        "nb": "metoden {method} tar {total} ({steps}), men delen {part} av {block} har "
        "{length} ({start}–{end})",
        "nn": "metoden {method} tek {total} ({steps}), men delen {part} av {block} har "
        "{length} ({start}–{end})",
    },
    "method-too-long.block": {
        "en": "method {method} takes {total} ({steps}), but block {block} has {length} "
        "({start}–{end})",
        "nb": "metoden {method} tar {total} ({steps}), men {block} har {length} ({start}–{end})",
        "nn": "metoden {method} tek {total} ({steps}), men {block} har {length} ({start}–{end})",
    },
    "method-too-long.hint": {
        "en": "give it {total}, or shorten the method's steps",
        "nb": "gi den {total}, eller kort ned stegene i metoden",
        "nn": "gje han {total}, eller kort ned stega i metoden",
    },
    "past-end": {
        "en": "the agenda runs to {end} (block {block}), {length} past the planned end at "
        "{planned}",
        "nb": "programmet varer til {end} ({block}), {length} over planlagt slutt kl. {planned}",
        "nn": "programmet varer til {end} ({block}), {length} over planlagd slutt kl. {planned}",
    },
    "past-end.hint": {
        "en": "shorten a block, or move the planned end",
        "nb": "kort ned en bolk, eller flytt planlagt slutt",
        "nn": "kort ned ein bolk, eller flytt planlagd slutt",
    },
    "short-of-end": {
        "en": "the agenda ends at {end} (block {block}), {length} before the planned end at "
        "{planned}",
        "nb": "programmet slutter kl. {end} ({block}), {length} før planlagt slutt kl. {planned}",
        "nn": "programmet sluttar kl. {end} ({block}), {length} før planlagd slutt kl. {planned}",
    },
    "short-of-end.hint": {
        "en": "lengthen a block, or move the planned end",
        "nb": "gjør en bolk lengre, eller flytt planlagt slutt",
        "nn": "gjer ein bolk lengre, eller flytt planlagd slutt",
    },
    "no-break": {
        "en": "{length} without a break ({start}–{end}); the limit of {limit} is passed during "
        "block {block}",
        "nb": "{length} uten pause ({start}–{end}); grensen på {limit} passeres under {block}",
        "nn": "{length} utan pause ({start}–{end}); grensa på {limit} vert passert under {block}",
    },
    "no-break.hint": {
        "en": "add a break (kind: break), or set checks: max_without_break",
        "nb": "legg inn en pause (kind: break), eller sett checks: max_without_break",
        "nn": "legg inn ein pause (kind: break), eller set checks: max_without_break",
    },
    "past-midnight": {
        "en": "block {block} runs past midnight ({start} + {length})",
        "nb": "{block} varer over midnatt ({start} + {length})",
        "nn": "{block} varer over midnatt ({start} + {length})",
    },
    "past-midnight.before": {
        "en": "block {block} would start before midnight ({end} minus {length})",
        "nb": "{block} ville startet før midnatt ({end} minus {length})",
        "nn": "{block} ville starta før midnatt ({end} minus {length})",
    },
    "past-midnight.hint": {
        "en": "split the programme into days",
        "nb": "del programmet inn i dager",
        "nn": "del programmet inn i dagar",
    },
    "unknown-person": {
        "en": "who: '{name}' is not a key under people, so it is shown as written",
        "nb": "who: «{name}» er ikke en nøkkel under people, så det vises slik det er skrevet",
        "nn": "who: «{name}» er ikkje ein nøkkel under people, så det blir vist slik det er skrive",
    },
    "unknown-person.hint": {
        "en": "add it under people, or write the name as it should be shown, like 'Ordføreren'",
        "nb": "legg det inn under people, eller skriv navnet slik det skal vises, som «Ordføreren»",
        "nn": "legg det inn under people, eller skriv namnet slik det skal visast, som "
        "«Ordføraren»",
    },
    "unknown-method": {
        "en": "method: '{method}' is neither defined under methods nor built in",
        "nb": "method: «{method}» er verken definert under methods eller innebygd",
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
    "day-order": {
        "en": "day {later} ({later_date}) is not after day {earlier} ({earlier_date})",
        "nb": "dag {later} ({later_date}) kommer ikke etter dag {earlier} ({earlier_date})",
        "nn": "dag {later} ({later_date}) kjem ikkje etter dag {earlier} ({earlier_date})",
    },
    "day-order.hint": {
        "en": "put the days in date order, each on its own date",
        "nb": "sett dagene i datorekkefølge, hver på sin egen dato",
        "nn": "set dagane i datorekkjefølgje, kvar på sin eigen dato",
    },
    "unknown-code": {
        "en": "'{given}' is not a finding code",
        "nb": "«{given}» er ikke en kode check kjenner",
        "nn": "«{given}» er ikkje ein kode check kjenner",
    },
    "unknown-code.hint": {
        "en": "the codes are listed in docs/checks.md",
        "nb": "kodene står i docs/checks.md",
        "nn": "kodane står i docs/checks.md",
    },
    "unknown-code.fixed": {
        "en": "'{given}' cannot be ignored: without it the file, or a block's times, cannot be "
        "understood",
        "nb": "«{given}» kan ikke ignoreres: uten den kan ikke filen, eller tidene til en bolk, "
        "forstås",
        "nn": "«{given}» kan ikkje ignorerast: utan han kan ikkje fila, eller tidene til ein bolk, "
        "forståast",
    },
    "did-you-mean": {
        "en": "did you mean '{guess}'?",
        "nb": "mente du «{guess}»?",
        "nn": "meinte du «{guess}»?",
    },
}


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
