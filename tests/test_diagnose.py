"""YAML mistakes as a person makes them: a corpus of broken files, each one of the shipped
examples or starters with one planner's mistake, named at its cause with a fix that works."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import EXAMPLES, HEADER, ROOT, analyse
from invoking import planverksted
from planverksted.analysis import analyse_text
from planverksted.lint.registry import rule_modules
from planverksted.lint.wording import TEXTS, in_language
from planverksted.source.load import load_text, sniff_language

CORPUS = ROOT / "tests" / "corpus"
STARTERS = ROOT / "src" / "planverksted" / "workshop" / "starters"
SOURCES = {
    "seed": EXAMPLES / "kommunestyre-tett-pa.yaml",
    "to-dagar": EXAMPLES / "tett-pa-samling-to-dagar.yaml",
    "blank": STARTERS / "blank.yaml",
    "blank-en": STARTERS / "blank-en.yaml",
    "kommunestyre": STARTERS / "kommunestyre.yaml",
    "kommunestyre-nn": STARTERS / "kommunestyre-nn.yaml",
    "samling": STARTERS / "samling-to-dager.yaml",
}
READING = {
    code.name
    for rule in rule_modules()
    if rule.section == "Reading the file"
    for code in rule.codes
}

# (file in tests/corpus, the file it was made from, code, line, column, what the planner did)
CASES = [
    ("tab-kind", "blank", "yaml-tab", 52, 1, "pressed Tab to indent kind:"),
    ("tab-two-in-part", "kommunestyre", "yaml-tab", 85, 1, "two tabs before a part's duration"),
    ("tab-after-spaces", "seed", "yaml-tab", 70, 3, "spaces, then a tab, before who:"),
    ("tab-person", "blank-en", "yaml-tab", 30, 1, "a tab before a people key"),
    ("tab-day-agenda", "samling", "yaml-tab", 65, 1, "a tab before a day's agenda:"),
    ("indent-far-kind", "seed", "yaml-indentation", 69, 6, "kind: one space too far in"),
    (
        "indent-little-duration",
        "blank",
        "yaml-indentation",
        53,
        4,
        "duration: one space too little",
    ),
    (
        "indent-little-part-key",
        "kommunestyre",
        "yaml-indentation",
        84,
        8,
        "a part's kind: one space too little",
    ),
    (
        "indent-far-part-key",
        "kommunestyre-nn",
        "yaml-indentation",
        101,
        10,
        "a part's duration: one space too far",
    ),
    ("indent-person-role", "seed", "yaml-indentation", 27, 6, "a person's role: one space too far"),
    (
        "indent-method-step",
        "seed",
        "yaml-indentation",
        53,
        10,
        "a method step's duration: one space too far",
    ),
    (
        "indent-dash-column-1",
        "seed",
        "yaml-indentation",
        71,
        1,
        "one block's '- ' moved to column 1",
    ),
    (
        "indent-whole-block-left",
        "blank",
        "yaml-indentation",
        51,
        1,
        "a whole block written from column 1",
    ),
    (
        "indent-goal-little",
        "kommunestyre",
        "yaml-indentation",
        44,
        2,
        "a goal's '- ' one space too little",
    ),
    (
        "missing-dash-next-block",
        "seed",
        "missing-dash",
        71,
        3,
        "the '- ' of a block deleted, keys left in place",
    ),
    (
        "missing-dash-after-blank-line",
        "blank",
        "missing-dash",
        51,
        3,
        "the '- ' of a block deleted after a blank line",
    ),
    (
        "missing-dash-start-end-block",
        "seed",
        "missing-dash",
        77,
        3,
        "a block that starts with start: lost its '- '",
    ),
    ("missing-dash-part", "kommunestyre", "missing-dash", 94, 7, "a part lost its '- '"),
    ("missing-dash-day", "to-dagar", "missing-dash", 99, 3, "the second day lost its '- '"),
    (
        "missing-dash-at-dash-column",
        "blank",
        "missing-dash",
        75,
        3,
        "a block written in the dashes' column, without '- '",
    ),
    ("no-space-after-dash", "seed", "no-space-after-dash", 71, 4, "-time: with no space"),
    ("no-space-after-dash-part", "kommunestyre", "no-space-after-dash", 87, 8, "-title: in a part"),
    (
        "no-space-after-dash-nn",
        "kommunestyre-nn",
        "no-space-after-dash",
        79,
        4,
        "-title: in a block (nynorsk)",
    ),
    ("no-space-after-colon", "blank", "no-space-after-colon", 52, 10, "kind:talk"),
    (
        "no-space-after-colon-top",
        "blank-en",
        "no-space-after-colon",
        18,
        7,
        "title:Workshop at the top",
    ),
    ("no-space-after-colon-duration", "to-dagar", "no-space-after-colon", 58, 18, "duration:45"),
    (
        "no-space-after-colon-nn",
        "kommunestyre-nn",
        "no-space-after-colon",
        100,
        14,
        "kind:group in a part",
    ),
    (
        "unclosed-quote-start",
        "seed",
        "unclosed-quote",
        21,
        8,
        'start: "13:00 with no closing quote',
    ),
    ("unclosed-quote-title", "seed", "unclosed-quote", 54, 16, "a quoted step title not closed"),
    (
        "unclosed-quote-single",
        "blank-en",
        "unclosed-quote",
        22,
        6,
        "end: '11:00 with no closing quote",
    ),
    ("unclosed-bracket-materials", "seed", "unclosed-bracket", 108, 20, "materials: [ with no ]"),
    (
        "unclosed-bracket-one-liner",
        "samling",
        "unclosed-bracket",
        77,
        9,
        "a one-liner {… with no }",
    ),
    (
        "unclosed-bracket-questions",
        "samling",
        "unclosed-bracket",
        138,
        24,
        'questions: ["…" with no ]',
    ),
    (
        "comma-in-flow-seed-title",
        "seed",
        "comma-in-flow",
        73,
        46,
        "the seed's own title in a one-liner",
    ),
    ("comma-in-flow-welcome", "blank", "comma-in-flow", 46, 22, "a comma in a one-liner's title"),
    (
        "comma-in-flow-nn-part",
        "kommunestyre-nn",
        "comma-in-flow",
        91,
        35,
        "a comma in a part's one-liner (nynorsk)",
    ),
    (
        "comma-in-flow-person",
        "seed",
        "comma-in-flow",
        31,
        40,
        "a person's organisation after a comma, with no key",
    ),
    ("decimal-comma-block", "blank", "decimal-comma-duration", 77, 16, "duration: 0,5 t"),
    (
        "decimal-comma-one-liner",
        "kommunestyre",
        "decimal-comma-duration",
        98,
        44,
        "1,5 t in a one-liner",
    ),
    (
        "decimal-comma-nn",
        "to-dagar",
        "decimal-comma-duration",
        109,
        20,
        "duration: 1,25 time (nynorsk)",
    ),
    ("colon-in-title", "blank", "colon-in-text", 75, 20, "a colon in a block's title"),
    ("colon-in-notes", "seed", "colon-in-text", 76, 16, "a colon in notes"),
    (
        "colon-in-title-one-liner",
        "kommunestyre",
        "colon-in-text",
        94,
        23,
        "a colon in a one-liner's title",
    ),
    (
        "colon-in-top-title",
        "blank-en",
        "colon-in-text",
        18,
        16,
        "a colon in the workshop's title, beside a comment",
    ),
    ("text-after-quote", "seed", "text-after-quote", 72, 22, "a quoted name, then more text"),
    (
        "text-after-quote-nn",
        "kommunestyre-nn",
        "text-after-quote",
        79,
        22,
        "a quoted word at the start of a title (nynorsk)",
    ),
    ("missing-colon", "blank", "missing-colon", 52, 9, "kind talk, with no colon"),
    (
        "missing-colon-title",
        "kommunestyre-nn",
        "missing-colon",
        99,
        14,
        "title with no colon in a part",
    ),
    (
        "apostrophe-in-single-quotes",
        "blank-en",
        "text-after-quote",
        50,
        22,
        "an apostrophe inside single quotes",
    ),
    ("colon-in-goal", "kommunestyre", "colon-in-text", 44, 13, "a colon in a goal"),
    (
        "colon-in-evaluation-nn",
        "to-dagar",
        "colon-in-text",
        137,
        10,
        "a colon in an evaluation question (nynorsk)",
    ),
    ("colon-in-question", "seed", "colon-in-text", 94, 21, "a colon in a group work question"),
    ("at-sign", "blank-en", "yaml-syntax", 53, 12, "a value that starts with @"),
]


def test_the_corpus_is_large_and_each_file_is_one_case() -> None:
    assert len(CASES) >= 40
    assert sorted(path.stem for path in CORPUS.glob("*.yaml")) == sorted(c[0] for c in CASES)


@pytest.mark.parametrize(("name", "source", "code", "line", "column", "what"), CASES)
def test_the_mistake_is_named_first_at_its_cause(
    name: str, source: str, code: str, line: int, column: int, what: str
) -> None:
    text = (CORPUS / f"{name}.yaml").read_text(encoding="utf-8")
    analysis = analyse_text(text, f"{name}.yaml")
    first = analysis.findings[0]
    assert (first.code, first.line, first.column) == (code, line, column), what
    assert first.hint, what
    # One mistake, one finding: no echo of it as duplicate keys or a second syntax error.
    assert [f.code for f in analysis.findings if f.code in READING] == [code]
    # Worded in every language, and the same fix shown in each.
    for language in ("en", "nb", "nn"):
        message, hint = in_language(first, language)
        assert message and hint


@pytest.mark.parametrize(("name", "source", "code", "line", "column", "what"), CASES)
def test_applying_the_hint_makes_the_mistake_go_away(
    name: str, source: str, code: str, line: int, column: int, what: str
) -> None:
    text = (CORPUS / f"{name}.yaml").read_text(encoding="utf-8")
    diagnosis = load_text(text).diagnoses[0]
    assert diagnosis.mechanical
    assert diagnosis.finding.code == code
    hint_id = diagnosis.finding.wording[1] if diagnosis.finding.wording else None
    assert hint_id is not None
    first_line, first_text = diagnosis.edits[0]
    if "{fixed}" in TEXTS[hint_id]["en"]:
        # The hint shows the line as it should be; that line is the edit.
        assert first_text.strip() in (diagnosis.finding.hint or "")
    else:
        # An indentation hint says how many spaces to add or remove on which lines.
        assert f"line {first_line + 1}" in (diagnosis.finding.hint or "").replace("lines", "line")
        assert first_text.strip() == text.split("\n")[first_line].strip()
    fixed = analyse_text(diagnosis.apply(text))
    assert not [f for f in fixed.findings if f.code in READING], what
    # Fixed, the file says what the file it was made from says.
    original = analyse_text(SOURCES[source].read_text(encoding="utf-8"))
    assert sorted({f.code for f in fixed.findings}) == sorted({f.code for f in original.findings})


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("planverksted: 1\nlanguage: nn\ntitle: [\n", "nn"),
        ("planverksted: 1\nlanguage: 'en'   # English\n", "en"),
        ("language: no\n", "nb"),
        ("title: A\n", "nb"),
        ("  language: en\n", "nb"),
    ],
)
def test_the_language_is_read_from_the_raw_text(text: str, language: str) -> None:
    assert sniff_language(text) == language


def test_a_broken_file_is_worded_in_its_own_language() -> None:
    text = HEADER + "language: nn\nagenda:\n  - title: A\n\tduration: 10\n"
    loaded = load_text(text)
    assert loaded.language == "nn"
    assert in_language(loaded.findings[0], loaded.language) == (
        "linja er rykt inn med tabulator; YAML kan ikkje bruke tabulator til innrykk",
        "bruk mellomrom i staden (4 mellomrom her):  duration: 10",
    )
    assert in_language(loaded.findings[0], "nb")[0] == (
        "linjen er rykket inn med tabulator; YAML kan ikke bruke tabulator til innrykk"
    )
    assert analyse_text(text).language == "nn"


def test_one_syntax_error_does_not_hide_the_rest() -> None:
    """A missing quote first, then a tab, then a time that cannot be read, then an unknown
    method: each is reported, in the order a person fixes them."""
    text = (
        HEADER
        + 'start: "09:00\n'
        + "agenda:\n"
        + "  - title: A\n"
        + "\tduration: 10\n"
        + "  - title: B\n"
        + "    duration: ti\n"
        + "  - title: C\n"
        + "    duration: 10\n"
        + "    method: ipgg\n"
    )
    assert [(f.code, f.line, f.column) for f in analyse_text(text).findings] == [
        ("unclosed-quote", 3, 8),
        ("yaml-tab", 6, 1),
        ("bad-duration", 8, 15),
        ("unknown-method", 11, 13),
    ]


def test_a_validation_error_does_not_hide_the_checks_of_other_blocks() -> None:
    findings = analyse(
        """\
        planverksted: 1
        title: Verksted
        start: 9.00
        people:
          ordforer:
            name: Ordføreren
        agenda:
          - title: Velkommen
            duration: 10
            who: ordforr
          - title: Innlegg
            duration: 1 og en halv time
          - title: Gruppearbeid
            duration: 15
            method: IPG
            who: Ordføreren
        """
    ).findings
    assert [(f.code, f.line) for f in findings] == [
        ("bad-duration", 12),
        ("unknown-person", 10),
        ("unknown-method", 15),
    ]


def test_timing_checks_stop_at_the_first_block_left_out() -> None:
    """A gap before the invalid block is still found; times after it are not guessed."""
    findings = analyse(
        """\
        planverksted: 1
        title: Verksted
        agenda:
          - time: 9.00 – 9.10
            title: A
          - time: 9.20 – 9.30
            title: B
          - title: C
            duration: ti
          - time: 11.00 – 11.10
            title: D
        """
    ).findings
    assert [f.code for f in findings] == ["bad-duration", "gap"]
    assert findings[1].line == 6


@pytest.mark.parametrize(
    ("who", "warned"),
    [
        ("ordforer", False),
        ("ordfører", False),
        ("Ordforer", False),
        ("Ordføreren", False),
        ("ordføreren", False),
        ("ORDFØREREN", False),
        ("Kari Nordmann", False),
        ("Ordføraren", False),
        ("ordforr", True),
        ("johnny", True),
    ],
)
def test_who_names_a_person_by_key_or_by_name(who: str, warned: bool) -> None:
    findings = analyse(
        f"""\
        planverksted: 1
        title: Verksted
        start: 9.00
        people:
          ordforer:
            name: Ordføreren
            role: Ordfører
        agenda:
          - title: Velkommen
            duration: 10
            who: {who}
        """
    ).findings
    assert [f.code for f in findings] == (["unknown-person"] if warned else [])


def test_who_by_name_shows_the_person_in_the_run_sheet() -> None:
    from planverksted.runsheet.view import build_context

    text = (
        HEADER
        + "start: 9.00\npeople:\n  ordforer:\n    name: Ordføreren\n    role: Ordfører\n"
        + "agenda:\n  - title: Velkommen\n    duration: 10\n    who: ordfører\n"
    )
    analysis = analyse_text(text)
    assert analysis.schedule is not None
    context = build_context(analysis)
    # The person is resolved; the role is left out as the name already says it.
    assert "'who_text': 'Ordføreren'" in str(context)


def test_check_names_the_mistake_end_to_end(tmp_path: Path) -> None:
    broken = tmp_path / "plan.yaml"
    # Marked English (the command speaks the file's language); the lines stay where they were.
    text = (CORPUS / "comma-in-flow-seed-title.yaml").read_bytes()
    assert b"\nlanguage: nb\n" in text
    broken.write_bytes(text.replace(b"\nlanguage: nb\n", b"\nlanguage: en\n", 1))
    result = planverksted("check", broken)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"{broken}:73:46: error[comma-in-flow] the comma in 'Plansystemet, koplinga plan og "
        "økonomi' ends the value inside {…}, so 'koplinga plan og økonomi' is read as a key"
    )
    assert lines[1] == (
        '    hint: put the text in quotes:  - {time: 13.20 – 13.40, title: "Plansystemet, '
        'koplinga plan og økonomi", kind: talk}'
    )
    # The schedule is still checked past the mistake.
    assert any("warning[gap]" in line for line in lines)


def _guide_pairs() -> list[tuple[list[str], str, str]]:
    """(codes named, wrong, right) for each mistake in the guide's "When check complains"."""
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    section = guide[guide.index("### When check complains") :].split("\n## ")[0]
    pairs = []
    for item in re.split(r"^\*\*\d\. ", section, flags=re.M)[1:]:
        named = re.findall(r"`([a-z-]+)`", item.split("**")[0])
        wrong, right = re.findall(r"```yaml\n(.*?)```", item, re.S)
        pairs.append((named, wrong, right))
    return pairs


def test_the_guide_shows_the_five_commonest_mistakes_and_fixes_that_work() -> None:
    pairs = _guide_pairs()
    assert len(pairs) == 5
    for named, wrong, right in pairs:
        header = HEADER + "start: 9.00\n"
        assert [f.code for f in analyse_text(header + wrong).findings] == named
        assert analyse_text(header + right).findings == ()


def test_a_key_written_twice_in_a_block_is_not_a_missing_dash() -> None:
    findings = analyse(
        """\
        planverksted: 1
        title: Verksted
        start: 9.00
        agenda:
          - title: A
            duration: 10
            kind: talk
            duration: 15
        """
    ).findings
    assert [(f.code, f.line, f.column) for f in findings] == [("duplicate-key", 8, 5)]
