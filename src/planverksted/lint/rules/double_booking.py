"""One person leading in two places at once: two workshops of a programme, or two tracks.

Shared by the programme's checks (``programme/``) and the parallel tracks of seating: the
code, its documentation and its wording live here, once.
"""

from __future__ import annotations

from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING

SECTION = "Checking a programme"
ORDER = 150

CODES = (
    Code(
        "person-double-booked",
        WARNING,
        "one person leads (is `who`) in two workshops of a programme, or two parallel "
        "tracks, whose times overlap",
        example="`who: ordforer` in two workshops on the same afternoon",
    ),
)

TEXTS = {
    "person-double-booked": {
        "en": "{person} leads in both {first} and {second}, which overlap ({when})",
        "nb": "{person} leder både {first} og {second}, som overlapper ({when})",
        "nn": "{person} leier både {first} og {second}, som overlappar ({when})",
    },
    "person-double-booked.hint": {
        "en": "let someone else lead one of them, or move one",
        "nb": "la en annen lede en av dem, eller flytt den ene",
        "nn": "la ein annan leie ein av dei, eller flytt den eine",
    },
}
