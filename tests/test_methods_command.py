"""The built-in methods and `planverksted methods`: steps, minutes and a source for each."""

from __future__ import annotations

import pytest

from planverksted.workshop.builtin_methods import BUILTIN_METHODS, builtin_method
from test_new import run


@pytest.mark.parametrize("key", list(BUILTIN_METHODS))
def test_every_built_in_method_is_valid_and_sourced(key: str) -> None:
    method = builtin_method(key)
    assert method.source and len(method.source) > 40
    assert method.total == sum(step.duration for step in method.steps)
    assert method.name and method.description


@pytest.mark.parametrize(
    ("key", "minutes"),
    [
        ("igp", [2, 12, 5]),
        ("1-2-4-all", [1, 2, 4, 5]),
        ("kafedialog", [20, 20, 20]),
        ("troika", [1, 9, 9, 9]),
        ("triz", [5, 10, 10, 10]),
    ],
)
def test_the_timings_are_the_sources(key: str, minutes: list[int]) -> None:
    assert [step.duration for step in builtin_method(key).steps] == minutes


def test_methods_lists_name_steps_and_total_plain_when_piped() -> None:
    result = run("methods", "--lang", "nb")
    assert (result.returncode, result.stderr) == (0, "")
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["NAVN", "STEG", "VARIGHET", "BESKRIVELSE"]
    assert lines[1] == "igp         2 + 12 + 5        19 min    Individuelt – gruppe – plenum"
    assert (
        lines[2]
        == "1-2-4-all   1 + 2 + 4 + 5     12 min    Alene, to og to, fire og fire, så alle sammen"
    )
    assert [line.split()[0] for line in lines[1:]] == list(BUILTIN_METHODS)
    assert "\x1b[" not in result.stdout
    assert all(line == line.rstrip() for line in lines)


def test_methods_name_shows_each_step_with_its_minutes_and_the_source() -> None:
    result = run("methods", "IGP", "--lang", "nb")
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        "igp: IGP – Individuelt – gruppe – plenum",
        "19 min i 3 steg: 2 + 12 + 5",
        "",
        "    0–2   2 min  Reflekter",
        "                 Ta utgangspunkt i egen kommune",
        "   2–14  12 min  Del rundt bordet",
        "  14–19   5 min  Drøft: er det fellesnevnere?",
        "",
        "Kilde: " + str(BUILTIN_METHODS["igp"]["source"]),
        "I en verkstedfil:  method: igp",
    ]


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("kafe", "did you mean 'kafedialog'?"),
        ("Kafédialogen", "did you mean 'kafedialog'?"),
        ("troka", "did you mean 'troika'?"),
        ("world-cafe", "the methods are: " + ", ".join(BUILTIN_METHODS)),
    ],
)
def test_an_unknown_method_exits_1_with_a_hint(name: str, hint: str) -> None:
    result = run("methods", name)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"planverksted: there is no built-in method called '{name}'\n    hint: {hint}\n"
    )


@pytest.mark.parametrize(
    ("language", "step"),
    [
        ("nb", "Lag en liste over alt som sikrer det verste resultatet"),
        ("nn", "Lag ei liste over alt som sikrar det verste resultatet"),
        ("en", "List everything that would make sure of the worst result"),
    ],
)
def test_methods_speak_every_language(language: str, step: str) -> None:
    from planverksted.cli.commands.methods import method_detail

    lines = [line for line, _ in method_detail("triz", language)]
    assert any(line.endswith(step) for line in lines)
    assert [s.duration for s in builtin_method("triz", language).steps] == [5, 10, 10, 10]
