"""Done when: every line the program writes is in the user's language, in every command
and failure path, in nb, nn and en.

Each case runs in-process (typer's CliRunner) once per language, the language given as
a user gives it: a workshop file in that language, ``--lang``, or the locale (``LANG``).
Everything written (standard output and error) is read word by word against the shared
lists (tests/wordlists.py): no English function word in Norwegian output, no bokmål-only
word in nynorsk output and the reverse, no Norwegian word in English output.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from planverksted.cli import shell
from planverksted.workshop.scaffold import list_starters, starter_language
from wordlists import (
    BOKMAL_ONLY,
    ENGLISH_ONLY,
    NORWEGIAN_ONLY,
    NOT_BOKMAL,
    NOT_NYNORSK,
    NYNORSK_ONLY,
    bokmal_phrases,
    nynorsk_phrases,
)

LOCALES = {"nb": "nb_NO.UTF-8", "nn": "nn_NO.UTF-8", "en": "C.UTF-8"}

TITLES = {
    "nb": ("Verksted", "Velkommen", "Pause", "Oppsummering"),
    "nn": ("Verkstad", "Velkomen", "Pause", "Oppsummering"),
    "en": ("Workshop", "Welcome", "Break", "Summary"),
}


def workshop(language: str, *, broken: bool = False) -> str:
    """A workshop in ``language`` with a gap (a warning), or with an error when ``broken``."""
    title, welcome, pause, summary = TITLES[language]
    kind = "kidn" if broken else "kind"
    return (
        f"planverksted: 1\ntitle: {title}\nlanguage: {language}\ndate: 2024-04-16\n"
        f'start: "09:00"\nend: "10:00"\nagenda:\n'
        f"  - {{title: {welcome}, {kind}: intro, duration: 10}}\n"
        f"  - {{title: {pause}, kind: break, start: '09:15', duration: 15}}\n"
        f"  - {{title: {summary}, kind: summary, duration: 30}}\n"
    )


Case = Callable[[Path, str], list[str]]
"""Prepare ``tmp_path`` for ``language`` and give the command line to run."""


def _file(tmp: Path, language: str, *, broken: bool = False) -> str:
    path = tmp / "w.yaml"
    path.write_text(workshop(language, broken=broken), encoding="utf-8")
    return str(path)


CASES: dict[str, tuple[str, Case]] = {
    # name: (how the language is given, the command line)
    "check findings": ("file", lambda t, lang: ["check", _file(t, lang)]),
    "check errors": ("file", lambda t, lang: ["check", _file(t, lang, broken=True)]),
    "check github": ("file", lambda t, lang: ["check", "-f", "github", _file(t, lang)]),
    "check unknown code": ("file", lambda t, lang: ["check", "--ignore", "gapp", _file(t, lang)]),
    "check no such file": ("locale", lambda t, lang: ["check", str(t / "none.yaml")]),
    "check yaml fault": (
        "file",
        lambda t, lang: [
            "check",
            str(_write(t / "w.yaml", f'planverksted: 1\nlanguage: {lang}\nvenue: "a\\q"\n')),
        ],
    ),
    "render writes": ("file", lambda t, lang: ["render", _file(t, lang), "-o", str(t / "x.md")]),
    "render errors": (
        "file",
        lambda t, lang: ["render", _file(t, lang, broken=True), "-o", str(t / "x.md")],
    ),
    "render unknown suffix": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "-o", str(t / "x.q")],
    ),
    "render missing folder": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "-o", str(t / "no" / "x.md")],
    ),
    "render over itself": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "-f", "md", "-o", str(t / "w.yaml")],
    ),
    "render layout": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "--layout", "compact", "-o", str(t / "x.md")],
    ),
    "render terminal to file": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "-f", "terminal", "-o", str(t / "x.md")],
    ),
    "render template missing": (
        "file",
        lambda t, lang: ["render", _file(t, lang), "--template", str(t / "t.md.j2")],
    ),
    "render calendar without date": (
        "file",
        lambda t, lang: [
            "render",
            str(_write(t / "w.yaml", workshop(lang).replace("date: 2024-04-16\n", ""))),
            "-o",
            str(t / "x.ics"),
        ],
    ),
    "run writes": ("file", lambda t, lang: ["run", _file(t, lang), "-o", str(t / "live.html")]),
    "run errors": (
        "file",
        lambda t, lang: ["run", _file(t, lang, broken=True), "-o", str(t / "l.html")],
    ),
    "run bad now": (
        "file",
        lambda t, lang: ["run", _file(t, lang), "--terminal", "--now", "25:00"],
    ),
    "run terminal and file": (
        "file",
        lambda t, lang: ["run", _file(t, lang), "--terminal", "-o", str(t / "live.html")],
    ),
    "new": ("option", lambda t, lang: ["new", str(t / "n.yaml"), "--lang", lang]),
    "new exists": (
        "option",
        lambda t, lang: ["new", str(_write(t / "n.yaml", "x\n")), "--lang", lang],
    ),
    "new list": ("option", lambda t, lang: ["new", "--list", "--lang", lang]),
    "new bad date": (
        "option",
        lambda t, lang: ["new", str(t / "n.yaml"), "--date", "x", "--lang", lang],
    ),
    "new unknown starter": (
        "option",
        lambda t, lang: ["new", str(t / "n.yaml"), "-s", "blanc", "--lang", lang],
    ),
    "methods": ("option", lambda t, lang: ["methods", "--lang", lang]),
    "methods one": ("option", lambda t, lang: ["methods", "igp", "--lang", lang]),
    "methods unknown": ("option", lambda t, lang: ["methods", "nope", "--lang", lang]),
    "schema writes": ("locale", lambda t, lang: ["schema", "-o", str(t / "s.json")]),
    "schema over a workshop": ("locale", lambda t, lang: ["schema", "-o", str(t / "s.yaml")]),
    "serve standard input": ("locale", lambda t, lang: ["serve", "-"]),
    "serve no such file": ("locale", lambda t, lang: ["serve", str(t / "none.yaml")]),
    # lang2 (#20): import, groups and programme files, once per language too.
    "import writes": (
        "file",
        lambda t, lang: ["import", str(_run_sheet(t, lang)), "-o", str(t / "ny.yaml")],
    ),
    "import exists": (
        "file",
        lambda t, lang: ["import", str(_run_sheet(t, lang)), "-o", _file(t, lang)],
    ),
    "import no output": ("locale", lambda t, lang: ["import", str(t / "plan.csv")]),
    "import wrong suffix": (
        "option",
        lambda t, lang: ["import", str(t / "plan.csv"), "-o", str(t / "ny.txt"), "--lang", lang],
    ),
    "groups none": ("file", lambda t, lang: ["groups", _file(t, lang)]),
    "groups errors": ("file", lambda t, lang: ["groups", _file(t, lang, broken=True)]),
    "groups since something else": (
        "file",
        lambda t, lang: ["groups", _file(t, lang), "--since", str(_write(t / "x.txt", "x"))],
    ),
    "check programme": ("file", lambda t, lang: ["check", str(_programme(t, lang))]),
    "check programme missing workshop": (
        "file",
        lambda t, lang: ["check", str(_programme(t, lang, workshop="mangler.yaml"))],
    ),
    "render programme": (
        "file",
        lambda t, lang: ["render", str(_programme(t, lang)), "-o", str(t / "p.md")],
    ),
    "render programme refusal": (
        "file",
        lambda t, lang: ["render", str(_programme(t, lang)), "-o", str(t / "p.txt")],
    ),
    "render programme errors": (
        "file",
        lambda t, lang: [
            "render",
            str(_programme(t, lang, workshop="mangler.yaml")),
            "-o",
            str(t / "p.md"),
        ],
    ),
    "run terminal": (
        "file",
        lambda t, lang: ["run", _file(t, lang), "--terminal", "--now", "2024-04-16T09:20"],
    ),
    # A command line typer cannot parse (cli/usage.py): its own words are English.
    "usage no file": ("locale", lambda t, lang: ["check"]),
    "usage unknown option": ("file", lambda t, lang: ["render", _file(t, lang), "--bogus"]),
    "usage not a choice": ("file", lambda t, lang: ["render", _file(t, lang), "-f", "nope"]),
    "usage option without value": ("file", lambda t, lang: ["check", _file(t, lang), "--ignore"]),
    "usage not a number": (
        "option",
        lambda t, lang: ["serve", "w.yaml", "--port", "abc", "--lang", lang],
    ),
    "usage extra argument": ("file", lambda t, lang: ["run", _file(t, lang), "extra"]),
}

RUN_SHEETS = {
    "nb": ("Tid;Hva;Hvem", "09.00–09.10;Velkommen og innledning;Ordføreren", "ikke"),
    "nn": ("Tid;Kva;Kven", "09.00–09.10;Velkomen og innleiing;Ordføraren", "ikkje"),
    "en": ("Time;What;Who", "09:00–09:10;Welcome and introduction;The mayor", "the"),
}


def _run_sheet(tmp: Path, language: str) -> Path:
    """A run-sheet to import, whose words tell its language."""
    heading, row, _ = RUN_SHEETS[language]
    return _write(tmp / "plan.csv", f"{heading}\n{row}\n")


def _programme(tmp: Path, language: str, *, workshop: str = "w.yaml") -> Path:
    """A programme in ``language`` listing ``workshop`` (the workshop of :func:`workshop`)."""
    _file(tmp, language)
    title = TITLES[language][0]
    return _write(
        tmp / "program.yaml",
        f"planverksted: 1\nprogramme: {title}\nlanguage: {language}\nworkshops: [{workshop}]\n",
    )


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def words_of(text: str, tmp: Path) -> set[str]:
    """The words written, less paths and GitHub's own command words (::warning file=…::)."""
    text = text.replace(str(tmp), " ")
    text = re.sub(r"^::\w+ [^\n]*?::", " ", text, flags=re.MULTILINE)
    text = re.sub(r"\S+\.(?:yaml|md|html|json|ics|q|j2)\b", " ", text)
    # Names (blank-en, samling-to-dager, 1-2-4-all) and options (--layout) are names, not
    # words of a sentence.
    text = re.sub(r"--\w[\w-]*|\w+(?:-\w+)+", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


FORBIDDEN = {
    "nb": ENGLISH_ONLY | NYNORSK_ONLY | NOT_BOKMAL,
    "nn": ENGLISH_ONLY | BOKMAL_ONLY | NOT_NYNORSK,
    "en": NORWEGIAN_ONLY,
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize("case", list(CASES))
def test_every_line_is_in_the_users_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, case: str, language: str
) -> None:
    given, command = CASES[case]
    # The locale speaks the language only where the case says so; elsewhere it is the
    # opposite one, so a line that follows the locale instead of the file is caught.
    other = {"nb": "en", "nn": "en", "en": "nn"}[language]
    monkeypatch.setenv("LANG", LOCALES[language if given == "locale" else other])
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(shell.app, command(tmp_path, language))
    assert result.exit_code in (0, 1, 2), result.output
    written = result.stdout + result.stderr
    assert written.strip(), "the case writes nothing"
    assert "Traceback" not in written
    assert sorted(words_of(written, tmp_path) & FORBIDDEN[language]) == [], written
    # A countdown is minutes and seconds ("10:00 igjen"), not a clock time.
    written = re.sub(r"\b\d+:\d\d(?= (?:igjen|att|left)\b)", " ", written)
    if language == "nn":
        # Less what the user typed, quoted back («25:00»).
        said = re.sub(r"«[^»]*»", " ", written.replace(str(tmp_path), " "))
        assert nynorsk_phrases(said) == [], written
    if language == "nb":
        said = re.sub(r"«[^»]*»", " ", written.replace(str(tmp_path), " "))
        assert bokmal_phrases(said) == [], written


def test_the_table_covers_every_command_and_way_of_giving_a_language(tmp_path: Path) -> None:
    commands = {command(tmp_path, "nb")[0] for _, command in CASES.values()}
    assert commands == {
        "check",
        "render",
        "run",
        "new",
        "methods",
        "schema",
        "serve",
        "import",
        "groups",
    }
    assert {given for given, _ in CASES.values()} == {"file", "option", "locale"}


def _catalogue_words(text: str) -> set[str]:
    """The words of a catalogue text, less its slots, names, options and quoted examples
    (keys as a file writes them, «role:» or  role: ...  set off by two spaces)."""
    text = re.sub(r"\{[^}]*\}", " ", text)
    text = re.sub(r"«[^»]*»|(?<=  )[^ ]+: \S+(?=  |$)", " ", text)
    text = re.sub(r"\w+(?:-\w+)+", " ", text)
    text = re.sub(r"'[^']*'|--\w+|\S+\.(?:yaml|json|md|html|docx|xlsx|csv|typ|j2)\b", " ", text)
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


READ_WHOLE = {"nn", "nb"}
"""The forms whose built-in methods and rule texts (``lint/rules``) are read here too."""


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_every_catalogue_text_is_in_its_form(language: str) -> None:
    """Every text of the catalogue, of the built-in methods and of the rules, also those no
    case above reaches (and those other features add later), holds no English word and no
    word of the other form (and, in nynorsk, none of the phrases it never writes)."""
    from planverksted import i18n
    from planverksted.lint.registry import finding_texts

    module = i18n.catalogue(language)
    texts = {
        (table, key): str(text)
        for table in ("LABELS", "FINDINGS", "MESSAGES", "LIVE", "YAML_PROBLEMS")
        for key, text in getattr(module, table).items()
    }
    if language in READ_WHOLE:
        for key, method in module.METHODS.items():
            steps = [part for step in method["steps"] for part in step if part]
            texts["METHODS", key] = " · ".join([method["description"], *steps])
        texts |= {("TEXTS", key): wording[language] for key, wording in finding_texts().items()}
    wrong = []
    for (table, key), text in texts.items():
        found = sorted(_catalogue_words(text) & FORBIDDEN[language])
        if language == "nn":
            found += nynorsk_phrases(text)
        if language == "nb":
            found += bokmal_phrases(text)
        if found:
            wrong.append((table, key, found))
    assert wrong == []


NYNORSK_FILES = {
    **{s.name: s.text for s in list_starters() if starter_language(s) == "nn"},
    **{
        path.name: path.read_text(encoding="utf-8")
        for path in sorted(EXAMPLES.glob("*.yaml"))
        if "\nlanguage: nn\n" in path.read_text(encoding="utf-8")
    },
}
"""The nynorsk starters (what ``new --lang nn`` writes) and the nynorsk examples."""


def test_there_are_nynorsk_starters_and_examples() -> None:
    assert {"blank-nn", "kommunestyre-nn", "tett-pa-samling-to-dagar.yaml"} <= set(NYNORSK_FILES)


@pytest.mark.parametrize("name", NYNORSK_FILES)
def test_the_nynorsk_starters_and_examples_are_nynorsk(name: str) -> None:
    """Their comments and values: no bokmål word, none a nynorsk text never has."""
    lines = NYNORSK_FILES[name].splitlines()
    # Less the modeline, the starter's own (English) description and the keys.
    text = "\n".join(line for line in lines if not line.startswith(("# yaml-", "# starter:")))
    text = re.sub(r"[\w-]+:(?=\s|$)", " ", text)
    # "nb (bokmål)" names a code; "laget" is nynorsk too ("presentasjon av laget").
    text = re.sub(r"\b(?:nb|nn|en)(?= \()", " ", text)
    text = re.sub(r"\S+\.(?:yaml|csv|json|md|html)\b|--\w[\w-]*|\w+(?:-\w+)+", " ", text)
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    assert sorted(words & (BOKMAL_ONLY - {"laget"} | NOT_NYNORSK)) == []
    # A file's times may be written either way ("start: 13:00" is read as 13.00).
    assert nynorsk_phrases(text, clock=False) == []


BOKMAL_STARTERS = {s.name: s.text for s in list_starters() if starter_language(s) == "nb"}
"""The bokmål starters (what ``new`` writes). The seed example is left out: it reproduces
its source's own words, faults and all (docs/guide.md)."""


@pytest.mark.parametrize("name", BOKMAL_STARTERS)
def test_the_bokmal_starters_are_bokmal(name: str) -> None:
    """Their comments and values: no nynorsk word, none a bokmål text never has (a-forms
    where the catalogue writes -en, English column names, calques)."""
    lines = BOKMAL_STARTERS[name].splitlines()
    text = "\n".join(line for line in lines if not line.startswith(("# yaml-", "# starter:")))
    text = re.sub(r"[\w-]+:(?=\s|$)", " ", text)
    text = re.sub(r"\b(?:nb|nn|en)(?= \()", " ", text)
    text = re.sub(r"\S+\.(?:yaml|csv|json|md|html)\b|--\w[\w-]*|\w+(?:-\w+)+", " ", text)
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    assert sorted(words & (NYNORSK_ONLY | NOT_BOKMAL)) == []
    assert bokmal_phrases(text, clock=False) == []
