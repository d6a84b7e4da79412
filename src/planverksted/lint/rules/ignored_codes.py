"""Codes under ``checks: ignore`` that do not exist, or cannot be silenced."""

from __future__ import annotations

from collections.abc import Iterator

from planverksted.i18n import Key
from planverksted.lint import registry
from planverksted.lint.finding import Finding, Path
from planverksted.lint.registry import Code
from planverksted.lint.severity import WARNING
from planverksted.lint.wording import schedule_finding
from planverksted.suggest import did_you_mean
from planverksted.timing.schedule import Schedule

SECTION = "Checking the schedule"
ORDER = 110

CODES = (
    Code(
        "unknown-code",
        WARNING,
        "a code under `checks: ignore` that does not exist or cannot be silenced",
        example="`checks: {ignore: [gapp]}`",
    ),
)

TEXTS = {
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
        "en": "'{given}' cannot be ignored: without it the file, or a block's "
        "times, cannot be understood",
        "nb": "«{given}» kan ikke ignoreres: uten denne kontrollen kan ikke filen eller "
        "tidene til en bolk leses riktig",
        "nn": "«{given}» kan ikkje ignorerast: utan han kan ikkje fila, eller "
        "tidene til ein bolk, forståast",
    },
}


def check(schedule: Schedule) -> Iterator[Finding]:
    """Codes under ``checks: ignore`` that do not exist, or cannot be silenced."""
    for number, code in enumerate(schedule.workshop.checks.ignore):
        path: Path = ("checks", "ignore", number)
        if code not in registry.CODES:
            guess = did_you_mean(code, registry.CODES)
            hint = "did-you-mean" if guess else "unknown-code.hint"
            yield schedule_finding(
                schedule,
                "unknown-code",
                path,
                hint=hint,
                given=code,
                guess=Key(guess or ""),
            )
        elif not registry.CODES[code].ignorable:
            yield schedule_finding(
                schedule, "unknown-code", path, text="unknown-code.fixed", given=code
            )
