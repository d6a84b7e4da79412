"""A programme's workshops: there, dated, in order, apart; its goals served; follows earlier.

The programme's checks (``programme/analysis.py``) make these findings; this module
documents and words them.
"""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import ERROR, WARNING

SECTION = "Checking a programme"
ORDER = 140

CODES = (
    Code(
        "workshop-missing",
        ERROR,
        "a workshop the programme lists that cannot be read: missing, a folder, not a "
        "regular file, or unreadable",
        example="`workshops: [{file: 2024-09-05-oppfolging.yaml}]` with no such file",
    ),
    Code(
        "workshop-order",
        WARNING,
        "a workshop listed before an earlier one: the programme lists them in date order",
        example="the September workshop listed before the April one",
    ),
    Code(
        "workshop-no-date",
        WARNING,
        "a workshop of the programme without a `date` (nor dated `days`)",
        example="a listed workshop file with no `date:`",
    ),
    Code(
        "workshop-overlap",
        WARNING,
        "two workshops of the programme whose times overlap",
        example="two workshops on 18 April, 13.00–16.00 and 15.00–17.00",
    ),
    Code(
        "follows-not-earlier",
        WARNING,
        "`follows` naming a workshop that is not an earlier one of the programme",
        example="`follows: 2025-04-10-verksted.yaml` on the 2024 workshop",
    ),
)

TEXTS = {
    "workshop-missing": {
        "en": "workshop {number} {name} cannot be read: {reason}",
        "nb": "verksted {number} {name} kan ikke leses: {reason}",
        "nn": "verkstad {number} {name} kan ikkje lesast: {reason}",
    },
    "workshop-missing.hint": {
        "en": "the path is relative to the programme file's folder; check its spelling",
        "nb": "stien er relativ til mappen programfilen ligger i; sjekk skrivemåten",
        "nn": "stien er relativ til mappa programfila ligg i; sjekk skrivemåten",
    },
    "workshop-order": {
        "en": "workshop {number} {name} ({date}) is listed after workshop {before} {other} "
        "({other_date}), which comes later",
        "nb": "verksted {number} {name} ({date}) står etter verksted {before} {other} "
        "({other_date}), som kommer senere",
        "nn": "verkstad {number} {name} ({date}) står etter verkstad {before} {other} "
        "({other_date}), som kjem seinare",
    },
    "workshop-order.hint": {
        "en": "list the workshops in date order",
        "nb": "før opp verkstedene i datorekkefølge",
        "nn": "før opp verkstadene i datorekkjefølgje",
    },
    "workshop-no-date": {
        "en": "workshop {number} {name} has no date",
        "nb": "verksted {number} {name} har ingen dato",
        "nn": "verkstad {number} {name} har ingen dato",
    },
    "workshop-no-date.hint": {
        "en": "give it a date: in the workshop file, as date: 2024-04-18",
        "nb": "gi det en dato i verkstedfilen, for eksempel «date: 2024-04-18»",
        "nn": "gi verkstaden ein dato i verkstadfila, til dømes date: 2024-04-18",
    },
    "workshop-overlap": {
        "en": "workshop {number} {name} ({when}) overlaps workshop {before} {other} ({other_when})",
        "nb": "verksted {number} {name} ({when}) overlapper verksted {before} {other} "
        "({other_when})",
        "nn": "verkstad {number} {name} ({when}) overlappar verkstad {before} {other} "
        "({other_when})",
    },
    "workshop-overlap.hint": {
        "en": "move one of them, or check their dates and times",
        "nb": "flytt ett av dem, eller sjekk datoene og tidene",
        "nn": "flytt ein av dei, eller sjekk datoane og tidene",
    },
    "follows-not-earlier": {
        "en": "workshop {number} {name} follows {other}, which is not an earlier workshop "
        "of the programme",
        "nb": "verksted {number} {name} følger opp {other}, som ikke er et tidligere verksted "
        "i programmet",
        "nn": "verkstad {number} {name} følgjer opp {other}, som ikkje er ein tidlegare "
        "verkstad i programmet",
    },
    "follows-not-earlier.later": {
        "en": "workshop {number} {name} ({date}) follows {other} ({other_date}), which is "
        "not earlier",
        "nb": "verksted {number} {name} ({date}) følger opp {other} ({other_date}), som ikke "
        "er tidligere",
        "nn": "verkstad {number} {name} ({date}) følgjer opp {other} ({other_date}), som "
        "ikkje er tidlegare",
    },
    "follows-not-earlier.hint": {
        "en": "name the file of an earlier workshop in the list",
        "nb": "oppgi filen til et tidligere verksted i listen",
        "nn": "oppgi fila til ein tidlegare verkstad i lista",
    },
    # person-double-booked (registered with the seating's rules): two workshops at once.
    "person-double-booked.workshops": {
        "en": "{person} leads in both {first} and {second}, which overlap ({when})",
        "nb": "{person} leder både {first} og {second}, som overlapper ({when})",
        "nn": "{person} leier både {first} og {second}, som overlappar ({when})",
    },
    "person-double-booked.workshops.hint": {
        "en": "let someone else lead in one of them, or move one",
        "nb": "la en annen lede i ett av dem, eller flytt det ene",
        "nn": "la ein annan leie i ein av dei, eller flytt den eine",
    },
    "goal-not-served.programme": {
        "en": "goal {number} {goal} is served by no workshop: no workshop names it in serves",
        "nb": "mål {number} {goal} blir ikke fulgt opp av noe verksted: "
        "ingen verksted har det i serves",
        "nn": "mål {number} {goal} blir ikkje følgt opp av nokon verkstad: "
        "ingen verkstad har det i serves",
    },
    "goal-not-served.programme.hint": {
        "en": "add serves: [{plain}] to the workshops that work on it, or leave the goal out",
        "nb": "legg serves: [{plain}] til verkstedene som arbeider med det, eller ta bort målet",
        "nn": "legg serves: [{plain}] til verkstadene som arbeider med det, eller ta bort målet",
    },
}
