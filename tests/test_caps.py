"""Work bounded by the file's size: caps on steps per method and on run-sheet rows, each a
located finding naming the cap; the worst-case files of benchmarks/worst.py are what they say."""

from __future__ import annotations

import sys

import pytest

from conftest import ROOT
from planverksted.analysis import analyse_text
from planverksted.lint.rules.caps import MAX_ROWS, MAX_STEPS
from planverksted.suggest import Guesser

sys.path.insert(0, str(ROOT / "benchmarks"))
import worst


def test_a_method_over_the_step_cap_is_one_located_error_and_is_never_laid_out() -> None:
    analysis = analyse_text(worst.one_method_many_users(MAX_STEPS + 1, 40)(), "w.yaml")
    capped = [f for f in analysis.findings if f.code == "too-many-steps"]
    assert [(f.line, f.column, f.message) for f in capped] == [
        (7, 7, f"method m has {MAX_STEPS + 1:,} steps, more than the cap of {MAX_STEPS}")
    ]
    assert analysis.schedule is not None
    assert all(block.steps == () for block in analysis.schedule.blocks())


def test_issue_9s_file_is_refused_quickly_with_the_cap_named() -> None:
    analysis = analyse_text(worst.CASES["issue-9"][1](), "w.yaml")
    assert "too-many-steps" in {f.code for f in analysis.errors}
    assert analysis.schedule is not None
    assert sum(len(block.steps) for block in analysis.schedule.blocks()) == 0


def test_the_rows_cap_is_a_located_error_and_stops_laying_out_steps() -> None:
    under = analyse_text(worst.at_the_rows_cap(), "w.yaml")
    assert not under.errors
    over = analyse_text(worst.one_method_many_users(MAX_STEPS, 2000)(), "w.yaml")
    rows = [f for f in over.findings if f.code == "too-many-rows"]
    assert len(rows) == 1
    assert rows[0].message == (
        f"the run-sheet would have more than {MAX_ROWS:,} rows (blocks, parts and method "
        "steps); the cap is passed here"
    )
    assert rows[0].line > 100  # at the block where the cap is passed, not at 1:1
    assert over.schedule is not None
    laid = sum(1 + len(block.steps) for block in over.schedule.blocks())
    assert laid <= MAX_ROWS + MAX_STEPS


def test_repeated_uses_of_a_method_share_their_steps() -> None:
    analysis = analyse_text(worst.one_method_many_users(10, 40)(), "w.yaml")
    assert analysis.schedule is not None
    first_of_each_day = [day.blocks[0].steps for day in analysis.schedule.days]
    assert all(steps is first_of_each_day[0] for steps in first_of_each_day)


def test_guessing_among_many_choices_never_lists_them_all() -> None:
    guesser = Guesser(f"p{n:05d}x" for n in range(60_000))
    assert guesser.guess("p00042y") == "p00042x"
    assert guesser.guess("q00042x") is None


def test_naming_people_among_many_folds_each_name_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from planverksted import suggest

    calls = 0
    real_fold = suggest.fold

    def counting_fold(text: str) -> str:
        nonlocal calls
        calls += 1
        return real_fold(text)

    monkeypatch.setattr(suggest, "fold", counting_fold)
    people = "\n".join(f"  p{n:04d}x: {{name: Person {n}}}" for n in range(2_000))
    agenda = "\n".join(f"  - {{title: B, duration: 5, who: q{n:03d}zz}}" for n in range(200))
    text = f"planverksted: 1\ntitle: V\nstart: '08:00'\npeople:\n{people}\nagenda:\n{agenda}\n"
    analysis = analyse_text(text, "w.yaml")
    assert analysis.schedule is not None
    # Every person's key and name folded once for the index, each unknown name a few times:
    # not 200 × 2,000 × 2.
    assert calls < 3 * 2_000 + 10 * 200, calls
