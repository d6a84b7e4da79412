"""A command line that cannot be parsed is answered in the user's language (issue #20):
typer's own words ("Missing argument", "No such option") never reach a Norwegian user."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoking import planverksted

LOCALES = {"nb": "nb_NO.UTF-8", "nn": "nn_NO.UTF-8", "en": "en_GB.UTF-8"}


def _workshop(folder: Path, language: str) -> str:
    path = folder / "w.yaml"
    path.write_text(
        f"planverksted: 1\ntitle: Verksted\nlanguage: {language}\nstart: '09:00'\n"
        "agenda:\n  - {title: Velkommen, duration: 10}\n",
        encoding="utf-8",
    )
    return str(path)


CASES = {
    # name: (arguments, {language: (message, hint)})
    "missing file": (
        ["check"],
        {
            "nb": ("planverksted check trenger en verkstedfil",
                   "«planverksted check -h» viser hvordan kommandoen brukes"),
            "nn": ("planverksted check treng ei verkstadfil",
                   "«planverksted check -h» viser korleis kommandoen blir brukt"),
            "en": ("planverksted check needs a workshop file",
                   '"planverksted check -h" shows how to use it'),
        },
    ),
    "missing source": (
        ["import"],
        {
            "nb": ("planverksted import trenger kjøreplanen som skal importeres",
                   "«planverksted import -h» viser hvordan kommandoen brukes"),
            "nn": ("planverksted import treng køyreplanen som skal importerast",
                   "«planverksted import -h» viser korleis kommandoen blir brukt"),
            "en": ("planverksted import needs the run-sheet to import",
                   '"planverksted import -h" shows how to use it'),
        },
    ),
    "unknown option, a guess": (
        ["render", "w.yaml", "--fromat", "md"],
        {
            "nb": ("planverksted render har ikke noe valg som heter --fromat",
                   "mente du --format?"),
            "nn": ("planverksted render har ikkje noko val som heiter --fromat",
                   "meinte du --format?"),
            "en": ("planverksted render has no option --fromat", "did you mean --format?"),
        },
    ),
    "not a choice": (
        ["render", "w.yaml", "--audience", "x"],
        {
            "nb": ("--audience kan ikke være «x»", "velg facilitator eller participant"),
            "nn": ("--audience kan ikkje vere «x»", "vel facilitator eller participant"),
            "en": ('--audience cannot be "x"', "choose facilitator or participant"),
        },
    ),
    "no value": (
        ["check", "w.yaml", "--ignore"],
        {
            "nb": ("--ignore må ha en verdi",
                   "«planverksted check -h» viser hvordan kommandoen brukes"),
            "nn": ("--ignore må ha ein verdi",
                   "«planverksted check -h» viser korleis kommandoen blir brukt"),
            "en": ("--ignore needs a value", '"planverksted check -h" shows how to use it'),
        },
    ),
    "not a number": (
        ["serve", "w.yaml", "--port", "abc"],
        {
            "nb": ("--port må være et helt tall, ikke «abc»",
                   "«planverksted serve -h» viser hvordan kommandoen brukes"),
            "nn": ("--port må vere eit heilt tal, ikkje «abc»",
                   "«planverksted serve -h» viser korleis kommandoen blir brukt"),
            "en": ('--port needs a whole number, not "abc"',
                   '"planverksted serve -h" shows how to use it'),
        },
    ),
    "extra argument": (
        ["run", "w.yaml", "extra"],
        {
            "nb": ("planverksted run skal ikke ha mer, men fikk extra",
                   "«planverksted run -h» viser hvordan kommandoen brukes"),
            "nn": ("planverksted run skal ikkje ha meir, men fekk extra",
                   "«planverksted run -h» viser korleis kommandoen blir brukt"),
            "en": ("planverksted run takes nothing more, but was given extra",
                   '"planverksted run -h" shows how to use it'),
        },
    ),
    "unknown command, a guess": (
        ["rendr", "w.yaml"],
        {
            "nb": ("planverksted har ingen kommando som heter «rendr»", "mente du «render»?"),
            "nn": ("planverksted har ingen kommando som heiter «rendr»", "meinte du «render»?"),
            "en": ('planverksted has no command called "rendr"', 'did you mean "render"?'),
        },
    ),
    "unknown command": (
        ["bogus"],
        {
            "nb": ("planverksted har ingen kommando som heter «bogus»",
                   "«planverksted -h» viser kommandoene"),
            "nn": ("planverksted har ingen kommando som heiter «bogus»",
                   "«planverksted -h» viser kommandoane"),
            "en": ('planverksted has no command called "bogus"',
                   '"planverksted -h" lists the commands'),
        },
    ),
}  # fmt: skip
HINT = {"nb": "tips", "nn": "tips", "en": "hint"}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_a_usage_error_is_in_the_locales_language(tmp_path: Path, case: str, language: str) -> None:
    arguments, expected = CASES[case]
    result = planverksted(*arguments, cwd=tmp_path, env={"LANG": LOCALES[language], "LC_ALL": None})
    message, hint = expected[language]
    assert result.returncode == 2
    assert result.stderr == f"planverksted: {message}\n    {HINT[language]}: {hint}\n"
    assert result.stdout == ""


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_usage_error_speaks_the_files_language_then_lang(tmp_path: Path, language: str) -> None:
    file = _workshop(tmp_path, language)
    # The locale is another language: the file named on the command line decides.
    result = planverksted("render", file, "-f", "nope", env={"LANG": "C", "LC_ALL": None})
    assert result.returncode == 2
    said = {
        "nb": "--format kan ikke være «nope»",
        "nn": "--format kan ikkje vere «nope»",
        "en": '--format cannot be "nope"',
    }[language]
    assert result.stderr.startswith(f"planverksted: {said}\n")
    # No file to read: --lang decides, before the locale.
    result = planverksted("check", "--lang", language, "--ignore", env={"LANG": "nb_NO.UTF-8"})
    assert result.stderr.startswith(f"planverksted: {CASES['no value'][1][language][0]}\n")


def test_a_usage_error_quotes_no_control_characters(tmp_path: Path) -> None:
    result = planverksted("check", "--\x1b[31mred", env={"LANG": "en_GB.UTF-8", "LC_ALL": None})
    assert result.returncode == 2
    assert "\x1b" not in result.stderr


def test_help_and_version_still_exit_0() -> None:
    assert planverksted("--version").returncode == 0
    assert planverksted("check", "-h").returncode == 0
    assert planverksted("render", "--help").stdout.startswith("Usage: planverksted render")
