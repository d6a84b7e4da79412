"""The language of the program's own lines, step by step (issue #20, item 1):

the file's language where there is a file, else ``--lang``, else ``LC_ALL`` / ``LC_MESSAGES``
/ ``LANG`` when they name nb, nn or no (the first one set deciding), else English. What
``render`` and ``run`` make (the document) is in ``--lang`` when given: that is the document,
not the program's voice. A ``check`` of files in several languages words each file's
findings in its own language, and its summary by the same order with no single file's
language: ``--lang``, else the locale's.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from planverksted.cli import shell, voice

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def workshop(language: str) -> str:
    """A workshop in ``language`` with one gap (a warning)."""
    return (
        f"planverksted: 1\ntitle: Verksted\nlanguage: {language}\ndate: 2024-04-16\n"
        'start: "09:00"\nend: "10:00"\nagenda:\n'
        "  - {title: Velkommen, kind: intro, duration: 10}\n"
        "  - {title: Pause, kind: break, start: '09:15', duration: 15}\n"
        "  - {title: Oppsummering, kind: summary, duration: 30}\n"
    )


def _invoke(
    monkeypatch: pytest.MonkeyPatch, arguments: list[str], locale: dict[str, str]
) -> tuple[int, str, str]:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    for variable, value in locale.items():
        monkeypatch.setenv(variable, value)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(shell.app, arguments)
    assert "Traceback" not in result.output
    return result.exit_code, result.stdout, result.stderr


# The summary of one warning in one file, and of one warning in each of two files.
ONE = {
    "nb": "1 advarsel i 1 av 1 fil",
    "nn": "1 åtvaring i 1 av 1 fil",
    "en": "1 warning in 1 of 1 file",
}
TWO = {
    "nb": "2 advarsler i 2 av 2 filer",
    "nn": "2 åtvaringar i 2 av 2 filer",
    "en": "2 warnings in 2 of 2 files",
}
UNKNOWN_METHOD = {
    "nb": "planverksted: det finnes ingen innebygd metode som heter «nope»",
    "nn": "planverksted: det finst ingen innebygd metode som heiter «nope»",
    "en": "planverksted: there is no built-in method called 'nope'",
}

FILE_CASES = [
    # (the file's language, --lang, the locale): the file's language wins over both.
    ("nn", "en", {"LANG": "nb_NO.UTF-8"}),
    ("nn", "nb", {"LC_ALL": "en_GB.UTF-8"}),
    ("en", "nn", {"LANG": "nn_NO.UTF-8"}),
    ("nb", "nn", {"LANG": "nn_NO.UTF-8"}),
    ("nb", None, {"LANG": "en_US.UTF-8"}),
]


@pytest.mark.parametrize(("language", "option", "locale"), FILE_CASES)
def test_check_speaks_the_files_language_before_lang_and_locale(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    option: str | None,
    locale: dict[str, str],
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(workshop(language), encoding="utf-8")
    given = ["--lang", option] if option else []
    code, out, _ = _invoke(monkeypatch, ["check", *given, str(path)], locale)
    assert code == 0
    assert out.splitlines()[-1] == ONE[language]


def test_a_file_without_a_language_line_is_bokmal_whatever_the_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(workshop("nb").replace("language: nb\n", ""), encoding="utf-8")
    _, out, _ = _invoke(monkeypatch, ["check", "--lang", "en", str(path)], {"LANG": "C"})
    assert out.splitlines()[-1] == ONE["nb"]


def test_render_speaks_the_files_language_and_makes_the_document_in_lang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(workshop("nn"), encoding="utf-8")
    target = tmp_path / "x.md"
    code, _, err = _invoke(
        monkeypatch, ["render", str(path), "--lang", "en", "-o", str(target)], {"LANG": "C"}
    )
    assert code == 0
    lines = err.splitlines()
    assert lines[0].startswith(f"{path}:9:40: åtvaring[gap] 5 min utan plan mellom")
    assert lines[-2:] == [ONE["nn"], f"planverksted: skreiv {target}"]
    document = target.read_text(encoding="utf-8")
    assert "*Run-sheet for the facilitator*" in document
    assert "| 09:15–09:30 | Pause | Break |" in document


@pytest.mark.parametrize(
    ("option", "locale", "expected"),
    [
        # No file: --lang, whatever the locale says.
        ("nn", {"LANG": "nb_NO.UTF-8"}, "nn"),
        ("en", {"LC_ALL": "nn_NO.UTF-8"}, "en"),
        ("no", {"LANG": "C"}, "nb"),
        # No --lang: the locale, when it names nb, nn or no; the first variable set decides.
        (None, {"LANG": "nn_NO.UTF-8"}, "nn"),
        (None, {"LANG": "nb_NO.UTF-8"}, "nb"),
        (None, {"LANG": "no_NO.UTF-8"}, "nb"),
        (None, {"LANG": "en_GB.UTF-8", "LC_MESSAGES": "nn_NO.UTF-8"}, "nn"),
        (None, {"LANG": "en_GB.UTF-8", "LC_ALL": "nb_NO"}, "nb"),
        (None, {"LANG": "nn_NO.UTF-8", "LC_ALL": "C"}, "en"),
        (None, {"LC_MESSAGES": "nn_NO@euro", "LANG": "nb_NO"}, "nn"),
        # Else English: a locale of another language, C, or none at all.
        (None, {"LANG": "de_DE.UTF-8"}, "en"),
        (None, {"LANG": "C.UTF-8"}, "en"),
        (None, {}, "en"),
    ],
)
def test_without_a_file_lang_then_the_locale_then_english(
    monkeypatch: pytest.MonkeyPatch, option: str | None, locale: dict[str, str], expected: str
) -> None:
    given = ["--lang", option] if option else []
    code, _, err = _invoke(monkeypatch, ["methods", "nope", *given], locale)
    assert code == 1
    assert err.splitlines()[0] == UNKNOWN_METHOD[expected]


def _mixed(tmp_path: Path, languages: tuple[str, ...]) -> Path:
    folder = tmp_path / "samling"
    folder.mkdir()
    for language in languages:
        (folder / f"{language}.yaml").write_text(workshop(language), encoding="utf-8")
    return folder


@pytest.mark.parametrize(
    ("languages", "option", "locale", "expected"),
    [
        # Several languages: no file decides the summary; --lang does, else the locale.
        (("nb", "nn"), None, {"LANG": "C"}, "en"),
        (("nb", "nn"), None, {"LANG": "nn_NO.UTF-8"}, "nn"),
        (("nb", "nn"), None, {"LANG": "nb_NO.UTF-8"}, "nb"),
        (("nb", "nn"), "nn", {"LANG": "nb_NO.UTF-8"}, "nn"),
        (("nn", "en"), "nb", {"LANG": "C"}, "nb"),
        # One language in every file: that is the summary's.
        (("nn", "nn2"), "en", {"LANG": "nb_NO.UTF-8"}, "nn"),
    ],
)
def test_a_mixed_set_is_summed_up_by_lang_then_the_locale(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    languages: tuple[str, ...],
    option: str | None,
    locale: dict[str, str],
    expected: str,
) -> None:
    folder = tmp_path / "samling"
    folder.mkdir()
    for name in languages:
        (folder / f"{name}.yaml").write_text(workshop(name[:2]), encoding="utf-8")
    given = ["--lang", option] if option else []
    code, out, _ = _invoke(monkeypatch, ["check", *given, str(folder)], locale)
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == TWO[expected]
    # Each file's finding, its severity word and its hint's label are in its own language.
    words = {"nb": ("advarsel[gap]", "tips:"), "nn": ("åtvaring[gap]", "tips:")}
    words["en"] = ("warning[gap]", "hint:")
    for name in languages:
        shown = f"{folder / name}.yaml:9:40: "
        at = next(index for index, line in enumerate(lines) if line.startswith(shown))
        severity, label = words[name[:2]]
        assert lines[at].removeprefix(shown).startswith(severity)
        assert lines[at + 1].lstrip().startswith(label)


def test_a_mixed_sets_json_names_each_findings_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _mixed(tmp_path, ("nb", "nn"))
    _, out, _ = _invoke(monkeypatch, ["check", "-f", "json", str(folder)], {"LANG": "nn_NO"})
    document = json.loads(out)
    assert document["language"] == "nn"
    assert [(f["file"][-7:], f["language"]) for f in document["findings"]] == [
        ("nb.yaml", "nb"),
        ("nn.yaml", "nn"),
    ]
    assert document["findings"][0]["message"].startswith("5 min uten plan")
    assert document["findings"][1]["message"].startswith("5 min utan plan")


def test_one_languages_json_has_no_language_on_each_finding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _mixed(tmp_path, ("nn",))
    _, out, _ = _invoke(monkeypatch, ["check", "-f", "json", str(folder)], {"LANG": "C"})
    document = json.loads(out)
    assert document["language"] == "nn"
    assert [sorted(f) for f in document["findings"]] == [
        ["code", "column", "file", "hint", "line", "message", "severity"]
    ]


def test_a_mixed_sets_github_hints_are_labelled_in_each_files_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _mixed(tmp_path, ("en", "nn"))
    _, out, _ = _invoke(monkeypatch, ["check", "-f", "github", str(folder)], {"LANG": "nb_NO"})
    first, second = out.splitlines()
    assert "(hint: start it at 09:10" in first
    assert "(tips: start bolken kl. 09.10" in second


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({"file": "nn", "option": "en", "locale": "nb_NO"}, "nn"),
        ({"file": None, "option": "en", "locale": "nb_NO"}, "en"),
        ({"file": None, "option": None, "locale": "nb_NO"}, "nb"),
        ({"file": None, "option": None, "locale": "sv_SE"}, "en"),
    ],
)
def test_the_voice_in_order(
    monkeypatch: pytest.MonkeyPatch, state: dict[str, str | None], expected: str
) -> None:
    for variable in LOCALE_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", str(state["locale"]))
    try:
        voice.hear_option(state["option"])
        voice.hear_file(state["file"])
        assert voice.language() == expected
        assert voice.unfiled() == (state["option"] or voice.locale_language())
    finally:
        voice.reset()
