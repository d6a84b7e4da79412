"""The rules at the edges a mutation run found untested (docs/mutation.md), one rule a test.

Each test names the rule it states; each fails when that rule's code is changed.
"""

from __future__ import annotations

import pytest

from conftest import HEADER, analyse


def findings(text: str) -> list[tuple[str, str, str | None]]:
    """(code, message, hint) of every finding."""
    return [(f.code, f.message, f.hint) for f in analyse(text).findings]


def test_past_the_planned_end_is_said_with_its_own_hint() -> None:
    text = HEADER + "end: 10.00\nagenda:\n  - {title: A, time: 9.00-10.30}\n"
    assert findings(text) == [
        (
            "past-end",
            'the agenda runs to 10.30 (block "A"), 30 min past the planned end at 10.00',
            "shorten a block, or move the planned end",
        )
    ]


def test_short_of_the_planned_end_is_said_with_its_own_hint() -> None:
    text = HEADER + "end: 11.00\nagenda:\n  - {title: A, time: 9.00-10.30}\n"
    assert findings(text) == [
        (
            "short-of-end",
            'the agenda ends at 10.30 (block "A"), 30 min before the planned end at 11.00',
            "lengthen a block, or move the planned end",
        )
    ]


def test_the_planned_end_is_compared_on_every_day_not_only_the_first() -> None:
    text = HEADER + (
        "days:\n"
        "  - {agenda: [{title: A, time: 9.00-10.00}]}\n"
        "  - {end: 11.00, agenda: [{title: B, time: 9.00-10.00}]}\n"
    )
    assert [code for code, _, _ in findings(text)] == ["short-of-end"]


def test_no_planned_end_finding_when_the_last_block_has_no_times() -> None:
    # Comparing an earlier block with the planned end would report a fault that is not there.
    text = HEADER + (
        "end: 12.00\nagenda:\n  - {title: A, time: 9.00-10.00}\n  - {title: B, start: 13.00}\n"
    )
    assert [code for code, _, _ in findings(text)] == ["no-end"]


def test_no_planned_end_finding_on_a_day_whose_blocks_all_lack_times() -> None:
    text = HEADER + "end: 12.00\nagenda:\n  - {title: A, duration: 10}\n"
    assert [code for code, _, _ in findings(text)] == ["no-start"]


# Every rule's finding in full: code, position, message and hint. The hint is the half of a
# finding that says what to do; the mutation run showed no test read it.
RULE_FINDINGS = [
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00}\n  - {title: B, time: 9.50-10.30}\n",
        [
            (
                "overlap",
                5,
                22,
                'block "B" starts at 09.50, before block "A" ends at 10.00 (10 min overlap)',
                "start it at 10.00, or end the block before it earlier",
            )
        ],
        id="overlap",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00}\n  - {title: B, time: 10.05-10.30}\n",
        [
            (
                "gap",
                5,
                22,
                '5 min unplanned between block "A" (ends 10.00) and block "B" (starts 10.05)',
                "start it at 10.00, or fill the time with a block (a break is a block too)",
            )
        ],
        id="gap",
    ),
    pytest.param(
        "start: 8.45\nagenda:\n  - {title: A, time: 9.00-10.00}\n",
        [
            (
                "gap",
                5,
                22,
                '15 min unplanned between the planned start at 08.45 and block "A" at 09.00',
                "start the first block at 08.45, or change the planned start",
            )
        ],
        id="gap-after-start",
    ),
    pytest.param(
        "start: 9.00\nagenda:\n  - {title: A, time: 8.45-9.30}\n",
        [
            (
                "early-start",
                5,
                22,
                'block "A" starts at 08.45, 15 min before the planned start at 09.00',
                None,
            )
        ],
        id="early-start",
    ),
    pytest.param(
        "agenda:\n  - title: A\n    time: 9.00-9.30\n    parts: [{title: a, duration: 20}, {title: b, duration: 15}]\n",
        [
            (
                "parts-too-long",
                6,
                5,
                'the parts of block "A" take 35 min, but the block has 30 min (09.00–09.30)',
                "shorten the parts by 5 min, or lengthen the block",
            )
        ],
        id="parts-too-long",
    ),
    pytest.param(
        "agenda:\n  - title: A\n    time: 9.00-9.30\n    parts: [{title: a, duration: 20}]\n",
        [
            (
                "unplanned-time",
                6,
                5,
                'the parts of block "A" take 20 min of its 30 min (09.00–09.30): 10 min unplanned',
                "lengthen a part, or add one for the rest of the time",
            )
        ],
        id="unplanned-time",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-9.15, method: igp}\n",
        [
            (
                "method-too-long",
                4,
                41,
                'method IGP takes 19 min (2 + 12 + 5), but block "A" has 15 min (09.00–09.15)',
                "give it 19 min, or shorten the method's steps",
            )
        ],
        id="method-too-long",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.45}\n",
        [
            (
                "no-break",
                4,
                5,
                '1 h 45 min without a break (09.00–10.45); the limit of 1 h 30 min is passed during block "A"',
                "add a break (kind: break), or set checks: max_without_break",
            )
        ],
        id="no-break",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00, who: ordforr}\npeople:\n  ordforer: Ordføreren\n",
        [
            (
                "unknown-person",
                4,
                39,
                "who: 'ordforr' is not a key under people, so it is shown as written",
                "did you mean 'ordforer'?",
            )
        ],
        id="unknown-person",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00, method: igpp}\n",
        [
            (
                "unknown-method",
                4,
                42,
                "method: 'igpp' is neither defined under methods nor built in",
                "did you mean 'igp'?",
            )
        ],
        id="unknown-method",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00, method: zzz}\n",
        [
            (
                "unknown-method",
                4,
                42,
                "method: 'zzz' is neither defined under methods nor built in",
                "the methods are: 1-2-4-all, igp, kafedialog, triz, troika",
            )
        ],
        id="unknown-method-far",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00, questions: planer2}\nquestions:\n  planer: [Hva?]\n",
        [
            (
                "unknown-questions",
                4,
                45,
                "questions: 'planer2' is not defined under questions",
                "did you mean 'planer'?",
            )
        ],
        id="unknown-questions",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.00, questions: zzz}\n",
        [
            (
                "unknown-questions",
                4,
                45,
                "questions: 'zzz' is not defined under questions",
                "define it under questions:, or write the questions out as a list",
            )
        ],
        id="unknown-questions-far",
    ),
    pytest.param(
        "days:\n  - {date: 2024-04-17, agenda: [{title: A, time: 9.00-10.00}]}\n  - {date: 2024-04-16, agenda: [{title: B, time: 9.00-10.00}]}\n",
        [
            (
                "day-order",
                5,
                12,
                "day 2 (2024-04-16) is not after day 1 (2024-04-17)",
                "put the days in date order, each on its own date",
            )
        ],
        id="day-order",
    ),
    pytest.param(
        "checks: {ignore: [gapp]}\nagenda:\n  - {title: A, time: 9.00-10.00}\n",
        [("unknown-code", 3, 19, "'gapp' is not a finding code", "did you mean 'gap'?")],
        id="unknown-code",
    ),
    pytest.param(
        "checks: {ignore: [zzzz]}\nagenda:\n  - {title: A, time: 9.00-10.00}\n",
        [
            (
                "unknown-code",
                3,
                19,
                "'zzzz' is not a finding code",
                "the codes are listed in docs/checks.md",
            )
        ],
        id="unknown-code-far",
    ),
    pytest.param(
        "checks: {ignore: [bad-time]}\nagenda:\n  - {title: A, time: 9.00-10.00}\n",
        [
            (
                "unknown-code",
                3,
                19,
                "'bad-time' cannot be ignored: without it the file, or a block's times, cannot be understood",
                None,
            )
        ],
        id="unknown-code-always",
    ),
    pytest.param(
        "questions:\n  q: {items: [Hva?], method: igpp}\nagenda:\n  - {title: A, time: 9.00-10.00, questions: q}\n",
        [
            (
                "unknown-method",
                4,
                30,
                "method: 'igpp' is neither defined under methods nor built in",
                "did you mean 'igp'?",
            )
        ],
        id="question-set-method",
    ),
    pytest.param(
        "people:\n  ordforer: Ordføreren\ndays:\n  - agenda:\n      - {title: A, time: 9.00-10.00, who: ordforr}\n",
        [
            (
                "unknown-person",
                7,
                43,
                "who: 'ordforr' is not a key under people, so it is shown as written",
                "did you mean 'ordforer'?",
            )
        ],
        id="who-in-a-day",
    ),
    pytest.param(
        "agenda:\n  - title: A\n    time: 9.00-9.30\n    parts:\n      - {title: a, duration: 30, method: igpp}\n",
        [
            (
                "unknown-method",
                7,
                42,
                "method: 'igpp' is neither defined under methods nor built in",
                "did you mean 'igp'?",
            )
        ],
        id="method-in-a-part",
    ),
    pytest.param(
        "people:\n  ordforer: Ordføreren\nagenda:\n  - {title: A, time: 9.00-10.00, who: [ordforer, ordforr]}\n",
        [
            (
                "unknown-person",
                6,
                50,
                "who: 'ordforr' is not a key under people, so it is shown as written",
                "did you mean 'ordforer'?",
            )
        ],
        id="who-second-of-two",
    ),
    pytest.param(
        "people:\n  ordforer: Ordføreren\nagenda:\n  - {title: A, time: 9.00-10.00, who: [ordforr]}\n",
        [
            (
                "unknown-person",
                6,
                39,
                "who: 'ordforr' is not a key under people, so it is shown as written",
                "did you mean 'ordforer'?",
            )
        ],
        id="who-one-in-a-list",
    ),
    pytest.param(
        "people:\n  ordforer: Ordføreren\nagenda:\n  - {title: A, time: 9.00-10.00, who: ordforr}\n",
        [
            (
                "unknown-person",
                6,
                39,
                "who: 'ordforr' is not a key under people, so it is shown as written",
                "did you mean 'ordforer'?",
            )
        ],
        id="who-one-text",
    ),
    pytest.param(
        "questions:\n  planer: [Hva?]\nagenda:\n  - {title: A, time: 9.00-10.00, questions: zzz}\n",
        [
            (
                "unknown-questions",
                6,
                45,
                "questions: 'zzz' is not defined under questions",
                "the question sets are: planer",
            )
        ],
        id="questions-far-with-sets",
    ),
    pytest.param(
        "days:\n  - start: 8.45\n    agenda:\n      - {title: A, time: 9.00-10.00}\n      - {title: B, time: 10.10-10.30}\n",
        [
            (
                "gap",
                6,
                26,
                '15 min unplanned between the planned start at 08.45 and block "A" at 09.00',
                "start the first block at 08.45, or change the planned start",
            ),
            (
                "gap",
                7,
                26,
                '10 min unplanned between block "A" (ends 10.00) and block "B" (starts 10.10)',
                "start it at 10.00, or fill the time with a block (a break is a block too)",
            ),
        ],
        id="gap-in-a-day",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 9.00-10.30}\n  - {title: B, time: 10.30-10.45}\n",
        [
            (
                "no-break",
                5,
                5,
                '1 h 45 min without a break (09.00–10.45); the limit of 1 h 30 min is passed during block "B"',
                "add a break (kind: break), or set checks: max_without_break",
            )
        ],
        id="no-break-names-the-block-that-passes-the-limit",
    ),
    pytest.param(
        "questions:\n  q: {items: [Hva?], method: igp}\nagenda:\n  - {title: A, time: 9.00-9.15, questions: q}\n",
        [
            (
                "method-too-long",
                6,
                44,
                'method IGP takes 19 min (2 + 12 + 5), but block "A" has 15 min (09.00–09.15)',
                "give it 19 min, or shorten the method's steps",
            )
        ],
        id="method-from-a-question-set",
    ),
    pytest.param(
        "methods:\n  runde:\n    steps: [{title: Runde, duration: 20}]\nagenda:\n  - title: A\n    time: 9.00-9.15\n    parts:\n      - {title: Gruppe, duration: 15, method: runde}\n",
        [
            (
                "method-too-long",
                10,
                47,
                'method runde takes 20 min (20), but part "Gruppe" of block "A" has 15 min (09.00–09.15)',
                "give it 20 min, or shorten the method's steps",
            )
        ],
        id="method-of-the-file-without-a-name",
    ),
    pytest.param(
        "agenda:\n  - {title: A, time: 8.30-9.00}\n  - title: B\n    time: 9.00-9.30\n    parts: [{title: a, duration: 20}, {title: b, duration: 15}]\n",
        [
            (
                "parts-too-long",
                7,
                5,
                'the parts of block "B" take 35 min, but the block has 30 min (09.00–09.30)',
                "shorten the parts by 5 min, or lengthen the block",
            )
        ],
        id="parts-of-a-later-block",
    ),
    pytest.param(
        "questions:\n  planer: [Hva?]\n  mål: [Hvorfor?]\nagenda:\n  - {title: A, time: 9.00-10.00, questions: zzz}\n",
        [
            (
                "unknown-questions",
                7,
                45,
                "questions: 'zzz' is not defined under questions",
                "the question sets are: mål, planer",
            )
        ],
        id="questions-far-with-two-sets",
    ),
]


@pytest.mark.parametrize(("body", "expected"), RULE_FINDINGS)
def test_each_rule_says_what_is_wrong_and_what_to_do(
    body: str, expected: list[tuple[str, int, int, str, str | None]]
) -> None:
    assert [
        (f.code, f.line, f.column, f.message, f.hint) for f in analyse(HEADER + body).findings
    ] == expected
