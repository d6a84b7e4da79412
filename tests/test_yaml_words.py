"""PyYAML's problem texts in the user's language: every one its sources can produce has a
catalogue entry in nb, nn and en, and one no catalogue knows is quoted in a plain sentence.

The list is read from PyYAML's own sources each run, so a new PyYAML release cannot add a
text that slips through untranslated.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
import yaml

from planverksted import i18n
from planverksted.analysis import analyse_text
from planverksted.lint.wording import worded

SOURCES = ("scanner", "parser", "composer", "constructor", "reader")


def pyyaml_texts() -> set[str]:
    """Every problem and context text PyYAML's loader modules raise (``%r`` as written)."""
    folder = Path(yaml.__file__).parent
    found: set[str] = set()
    for name in SOURCES:
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id.endswith("Error")
            ):
                continue
            for argument in node.args:
                if isinstance(argument, ast.BinOp) and isinstance(argument.op, ast.Mod):
                    argument = argument.left
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    found.add(argument.value)
    return found


def test_the_sources_are_read() -> None:
    texts = pyyaml_texts()
    # A sample of what the five modules say, so that a broken reading fails here.
    assert {
        "found character %r that cannot start any token",
        "while parsing a block mapping",
        "expected <block end>, but found %r",
        "found undefined alias %r",
        "could not determine a constructor for the tag %r",
    } <= texts
    assert len(texts) > 60


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_pyyaml_text_has_an_entry_in_every_language(language: str) -> None:
    table = i18n.catalogue(language).YAML_PROBLEMS
    assert sorted(pyyaml_texts() - set(table)) == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "found character '@' that cannot start any token",
            "nb",
            "fant «@», som ikke kan begynne en verdi",
        ),
        (
            "found character '@' that cannot start any token",
            "nn",
            "fann «@», som ikkje kan byrje ein verdi",
        ),
        (
            "found character '@' that cannot start any token",
            "en",
            "found '@', which cannot start a value",
        ),
        ("while parsing a block mapping", "nb", "i disse innrykkede nøklene"),
        ("while parsing a block mapping", "nn", "i desse innrykte nøklane"),
        (
            "did not find expected key",
            "nn",
            "fann ikkje nøkkelen som skulle stått her "
            "(eit innrykk som ikkje passar med linjene over?)",
        ),
        (
            "expected escape sequence of 4 hexadecimal numbers, but found 'x'",
            "nb",
            "her skal det stå en kode med 4 heksadesimale sifre, men det står «x»",
        ),
        (
            "expected ',' or '}', but got '<scalar>'",
            "en",
            "expected ',' or '}', but found '<scalar>'",
        ),
        # A text no catalogue knows: quoted in a sentence of the language.
        ("a brand new complaint", "nb", "PyYAML melder: «a brand new complaint»"),
        ("a brand new complaint", "nn", "PyYAML melder: «a brand new complaint»"),
        ("a brand new complaint", "en", 'PyYAML says: "a brand new complaint"'),
    ],
)
def test_a_problem_is_worded_in_the_language(text: str, language: str, expected: str) -> None:
    assert i18n.yaml_problem(text, language) == expected


@pytest.mark.parametrize(
    ("language", "start", "english"),
    [
        ("nb", "filen er ikke gyldig YAML her: fant en ukjent kode (en omvendt skråstrek", True),
        ("nn", "fila er ikkje gyldig YAML her: fann ein ukjend kode (ein omvend skråstrek", True),
        ("en", "the file is not valid YAML here: found an unknown escape (a backslash", False),
    ],
)
def test_a_yaml_fault_without_a_diagnosis_speaks_the_files_language(
    language: str, start: str, english: bool
) -> None:
    """PyYAML's own loader and libyaml word the context differently: both are translated."""
    source = 'planverksted: 1\ntitle: A\nvenue: "a\\q"\n'
    findings = [f for f in analyse_text(source, "w.yaml").findings if f.code == "yaml-syntax"]
    assert len(findings) == 1
    message = worded(findings[0], language).message
    assert message.startswith(start), message
    assert ("while" in message or "found" in message) is not english, message
    assert "PyYAML" not in message  # known texts are translated, not quoted
