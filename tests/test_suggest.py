"""One "did you mean": folding, the unique prefix, the cutoff at its edge, bounded work."""

from __future__ import annotations

import pytest

from planverksted import suggest
from planverksted.suggest import CUTOFF, Guesser, did_you_mean, fold


@pytest.mark.parametrize(
    ("written", "folded"),
    [("Ordføreren", "ordforeren"), ("  KAFÉ ", "kafe"), ("Ærlig Åse", "aerlig ase"), ("", "")],
)
def test_fold(written: str, folded: str) -> None:
    assert fold(written) == folded


@pytest.mark.parametrize(
    ("written", "choices", "guess"),
    [
        ("titel", ["title", "subtitle", "date"], "title"),
        ("ordfører", ["ordforer", "kd"], "ordforer"),  # folded to the same key
        ("kafe", ["kafedialog", "igp"], "kafedialog"),  # the only choice it starts
        ("t", ["troika", "triz"], None),  # starts two: no guess from one letter
        ("", ["title"], None),
        ("zzzz", ["title"], None),
        ("gapp", ["gap", "overlap"], "gap"),
    ],
)
def test_did_you_mean(written: str, choices: list[str], guess: str | None) -> None:
    assert did_you_mean(written, choices) == guess


def test_the_cutoff_is_the_edge() -> None:
    # "abcd" against "abxy": ratio 2*2/8 = 0.5 < CUTOFF; "abcx": 2*3/8 = 0.75 >= CUTOFF.
    assert CUTOFF == 0.6
    assert did_you_mean("abcd", ["abxy"]) is None
    assert did_you_mean("abcd", ["abcx"]) == "abcx"
    # 0.6 exactly: "abcde" vs "abcxy" = 2*3/10.
    assert did_you_mean("abcde", ["abcxy"]) == "abcxy"
    assert did_you_mean("abcde", ["abxyz"]) is None  # 0.4


def test_a_guess_costs_the_same_for_60_000_choices_as_for_2_000(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Not quadratic: a guess against 60,000 people (1,440 took 41 s once) compares at most
    MAX_COMPARED choices with the word, as against 2,000 (counted, not timed: the time it
    takes is benchmarks/worst.py's)."""
    compared: list[int] = []
    close_matches = suggest.difflib.get_close_matches

    def counting(word: str, possibilities: list[str], n: int, cutoff: float) -> list[str]:
        compared.append(len(possibilities))
        return close_matches(word, possibilities, n=n, cutoff=cutoff)

    monkeypatch.setattr(suggest.difflib, "get_close_matches", counting)
    for choices in (2_000, 60_000):
        guesser = Guesser([f"person{n}" for n in range(choices)])
        compared.clear()
        assert guesser.guess("persno7") is not None
        for n in range(50):
            guesser.guess(f"persno{n}")
        assert compared and max(compared) == suggest.MAX_COMPARED, (choices, max(compared))
