"""The word lists the language tests share: one place, so every test holds the same line.

``BOKMAL_ONLY`` and ``NYNORSK_ONLY`` are words of one written form that the other writes
differently; ``ENGLISH_ONLY`` are English function words (and a few of the command line's
own words) that no Norwegian sentence has. A Norwegian output with one of the English, or
a nynorsk output with a bokmål word, is not in the user's language.
"""

from __future__ import annotations

import re

# Words written in bokmål only (their nynorsk forms differ), as they occur in planverksted's
# own texts: function words, and the words of labels, methods and findings.
BOKMAL_ONLY = frozenset(
    [
        "ikke",
        "hva",
        "hvem",
        "hvor",
        "hvordan",
        "hvilke",
        "hvis",
        "jeg",
        "også",
        "bare",
        "noen",
        "noe",
        "mye",
        "mer",
        "fra",
        "uten",
        "dager",
        "deltakere",
        "deltakerne",
        "prosessleder",
        "innledning",
        "tidligere",
        "hverandre",
        "hver",
        "hvert",
        "sammen",
        "syntes",
        "høre",
        "trenger",
        "kommer",
        "gjør",
        "ønsket",
        "notater",
        "kjøreplan",
        "forberedelser",
        "gruppeoppgave",
        "advarsel",
        "advarsler",
        "laget",
        "sted",
        "allerede",
        "ligner",
        "forteller",
        "bytter",
        "tenkelige",
        "likheter",
        "forskjeller",
        "videre",
        "alene",
        "firer",
        "en",
        "et",
        "brukes",
        "slutter",
        "starter",
        "mente",
        "finnes",
        "filen",
        "problemer",
        "stegene",
        "delene",
        "bolkene",
        "vises",
        "være",
        "ble",
        "dem",
        "deres",
        "skrevet",
        "hvilket",
        "hvilken",
        # The nynorsk review (#20): bokmål forms it found in nynorsk texts and files.
        "navn",
        "veien",
        "verksted",
        "varighet",
        "mulighet",
        "begynn",
        "begynner",
        "sier",
        "skriver",
    ]
)
# And the reverse: words written in nynorsk only.
NYNORSK_ONLY = frozenset(
    [
        "ikkje",
        "kva",
        "kven",
        "korleis",
        "kvar",
        "kvart",
        "frå",
        "eit",
        "ein",
        "berre",
        "òg",
        "meir",
        "utan",
        "dagar",
        "deltakarar",
        "deltakarane",
        "prosessleiar",
        "innleiing",
        "tidlegare",
        "kvarandre",
        "saman",
        "syntest",
        "høyre",
        "treng",
        "kjem",
        "gjer",
        "ønskt",
        "køyreplan",
        "førebuingar",
        "gruppeoppgåve",
        "åtvaring",
        "åtvaringar",
        "laga",
        "stad",
        "allereie",
        "liknar",
        "fortel",
        "byter",
        "tenkjelege",
        "likskapar",
        "skilnader",
        "vidare",
        "åleine",
        "nokre",
        "sluttar",
        "startar",
        "meinte",
        "finst",
        "fila",
        "problem",
        "stega",
        "delane",
        "bolkane",
        "eigen",
        "vere",
        "vart",
        "dei",
        "skriven",
        "laga",
        "medan",
    ]
)


ENGLISH_ONLY = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "is",
        "are",
        "not",
        "with",
        "from",
        "this",
        "that",
        "which",
        "has",
        "have",
        "was",
        "be",
        "it",
        "its",
        "in",
        "on",
        "or",
        "by",
        "there",
        "when",
        "than",
        "your",
        "you",
        "can",
        "cannot",
        "does",
        "would",
        "could",
        "should",
        "into",
        "like",
        "give",
        "write",
        "wrote",
        "file",
        "folder",
        "warning",
        "warnings",
        "error",
        "errors",
        "hint",
        "blocks",
        "steps",
        "source",
        "created",
        "already",
        "exists",
    ]
)
# Words a nynorsk text never has, though they are not bokmål: English words a reader meets
# in a sentence (column and language names too), forms of the nynorsk standard this project
# did not choose (one term per concept: "lengd" for a duration, "sti", "lenke", "tidfesta",
# "bordvert", "projektor"), and -heit nouns.
NOT_NYNORSK = frozenset(
    [
        "input",
        "layout",
        "socket",
        "english",
        "party",
        "role",
        "mapping",
        "varigheit",
        "mogelegheit",
        "moglegheit",
        "lenkje",
        "lenkja",
        "lenkjer",
        "stig",
        "stigen",
        "tidsett",
        "tidsette",
        "vertar",
        "prosjektor",
        "prosjektoren",
    ]
)
# Phrases a nynorsk text never has: calques of English ("expected …, found …", "it does
# not go to …", an option that "takes" a value), a wrong gender for "verkstad", a-infinitives
# in a text that writes e-infinitives, a block that "byrjar" (it "startar"), and clock
# times written with a colon (Norwegian writes 13.57; a web address's ?now=13:57 excepted).
NOT_NYNORSK_PHRASES = (
    r"\bventa\b[^.;]*\bfann\b",
    r"\bdet går ikkje å\b",
    r"\btek (?:ikkje )?(?:-|éi verkstadfil)",
    r"\b(?:check|render|serve|run|new|import|groups|methods|schema) tek\b",
    r"\bdelen (?:\d+|\{\w+\}) av\b",
    r"\bein mapping\b",
    r"\bkvart verkstad\b",
    r"\bdette verkstad",
    r"\bå (?!la\b)\w+a\b",
    r"\bbolk\w*(?: \w+){0,3} byrj",
    r"\bforbi midnatt\b",
    r"\bfinst alt\b",
)
CLOCK_WITH_COLON = r"(?<![=\d:.])\b[0-2]?\d:[0-5]\d\b"


def nynorsk_phrases(text: str, *, clock: bool = True) -> list[str]:
    """The phrases of ``NOT_NYNORSK_PHRASES`` that ``text`` has, as written there; and with
    ``clock``, its clock times written with a colon (a file's own values may have them)."""
    patterns = [*NOT_NYNORSK_PHRASES, CLOCK_WITH_COLON] if clock else NOT_NYNORSK_PHRASES
    return [
        found.group() for pattern in patterns for found in re.finditer(pattern, text, re.IGNORECASE)
    ]


# Norwegian words an English output must not have (the forms' own words, less those
# English writes too).
NORWEGIAN_ONLY = (BOKMAL_ONLY | NYNORSK_ONLY) - {"problem", "sted", "starter", "navn"}


# lang2 (#20): the bokmål review's classes. Words a bokmål text never has, though they are
# not nynorsk only: a-forms where the catalogue writes -en (filen, listen, klokken), forms
# of the other standard or of dialect, English words a reader meets in a sentence, and
# calques ("sokkel" for a socket, "høsting" for a harvest, "overskrevet").
NOT_BOKMAL = frozenset(
    [
        "fila",
        "programfila",
        "verkstedfila",
        "lista",
        "saklista",
        "koplinga",
        "klokka",
        "ønska",
        "input",
        "english",
        "party",
        "role",
        "sokkel",
        "høsting",
        "overskrevet",
        "arbeidsverkstedfil",
        "lengden",
    ]
)
# Phrases a bokmål text never has: "expected …, found …" as "ventet …, fant …", "the written
# page", "like:" as "som:", a subject that "tillater ikke YAML", a range written "13.50 til
# 13.45", an em dash, and clock times written with a colon (?now=13:57 in an address excepted).
NOT_BOKMAL_PHRASES = (
    r"\bventet\b[^.;]*\bfant\b",
    r"\bden skrevne\b",
    r"\bsom: ",
    r"\bdet tillater ikke\b",
    r"\b\d{1,2}\.\d\d til \d{1,2}\.\d\d\b",
    r"—",
)


def bokmal_phrases(text: str, *, clock: bool = True) -> list[str]:
    """The phrases of ``NOT_BOKMAL_PHRASES`` that ``text`` has, as written there; and with
    ``clock``, its clock times written with a colon."""
    patterns = [*NOT_BOKMAL_PHRASES, CLOCK_WITH_COLON] if clock else NOT_BOKMAL_PHRASES
    return [
        found.group() for pattern in patterns for found in re.finditer(pattern, text, re.IGNORECASE)
    ]
