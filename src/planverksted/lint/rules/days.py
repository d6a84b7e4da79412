"""Days whose dates are not in order."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from planverksted.lint.finding import Finding
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import schedule_finding
from planverksted.timing.schedule import Schedule

SECTION = "Checking the schedule"
ORDER = 100

CODES = (
    Code(
        "day-order", WARNING, "the days are not in date order", example="day 2 dated before day 1"
    ),
)

TEXTS = {
    "day-order": {
        "en": "day {later} ({later_date}) is not after day {earlier} ({earlier_date})",
        "nb": "dag {later} ({later_date}) kommer ikke etter dag {earlier} ({earlier_date})",
        "nn": "dag {later} ({later_date}) kjem ikkje etter dag {earlier} ({earlier_date})",
    },
    "day-order.print": {
        "en": "Day {later} ({later_date}) is not after day {earlier} ({earlier_date})",
        "nb": "Dag {later} ({later_date}) ligger ikke etter dag {earlier} ({earlier_date})",
        "nn": "Dag {later} ({later_date}) ligg ikkje etter dag {earlier} ({earlier_date})",
    },
    "day-order.hint": {
        "en": "put the days in date order, each on its own date",
        "nb": "sett dagene i datorekkefølge, hver på sin egen dato",
        "nn": "set dagane i datorekkjefølgje, kvar på sin eigen dato",
    },
}


def check(schedule: Schedule) -> Iterator[Finding]:
    """Days whose dates are not in order."""
    dated = [day for day in schedule.days if day.date is not None]
    for before, after in itertools.pairwise(dated):
        if after.date is not None and before.date is not None and after.date <= before.date:
            yield schedule_finding(
                schedule,
                "day-order",
                (*after.path, "date"),
                hint="day-order.hint",
                later=after.index + 1,
                later_date=after.date,
                earlier=before.index + 1,
                earlier_date=before.date,
            )
