"""One "did you mean": folding, the unique prefix, the cutoff at its edge, bounded work."""

from __future__ import annotations

import time

import pytest

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


def test_a_guess_costs_the_same_for_60_000_choices_as_for_2_000() -> None:
    """Not quadratic: guesses against 60,000 people (1,440 took 41 s once) take about as long
    as against 2,000, since at most MAX_COMPARED choices are compared with one word."""

    def guessing(choices: int) -> float:
        guesser = Guesser([f"person{n}" for n in range(choices)])
        began = time.process_time()
        for n in range(400):
            guesser.guess(f"persno{n}")
        return time.process_time() - began

    small, big = guessing(2_000), guessing(60_000)
    assert big < 3 * small + 0.5, (small, big)
