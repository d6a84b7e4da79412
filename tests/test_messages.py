"""The findings' wording in English, bokmål and nynorsk: complete, consistent, and used."""

from __future__ import annotations

import re
import string

import pytest

from conftest import HEADER, ROOT, analyse
from planverksted.lint.wording import TEXTS, in_language


def slots(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("text_id", sorted(TEXTS))
def test_every_text_has_all_three_languages_with_the_same_slots(text_id: str) -> None:
    texts = TEXTS[text_id]
    assert set(texts) == {"en", "nb", "nn"}
    # Norwegian hints may name more than the English (the kinds' Norwegian words).
    extra = NORWEGIAN_ONLY_SLOTS.get(text_id, set())
    assert slots(texts["nb"]) == slots(texts["en"]) | extra == slots(texts["nn"])


NORWEGIAN_ONLY_SLOTS = {"bad-value.kind.hint": {"words"}}


# Texts whose ids are put together where they are used ("missing-key.title.hint",
# f"{code}.hint", "ends-before-start.same.implied").
COMPOSED = (
    "missing-key.",
    "conflicting-times.",
    "no-start.hint",
    "no-end.hint",
    "ends-before-start.",
    "yaml-syntax.",
    "value.",
    "place.",
    "file-special.",  # f"file-special.{kind}" in source/load.py
)


def test_every_text_is_used() -> None:
    """Every text of the catalogues and rules is used by the code (catalogues aside)."""
    catalogues = ROOT / "src" / "planverksted" / "i18n"
    source = "".join(
        path.read_text(encoding="utf-8")
        for path in sorted((ROOT / "src" / "planverksted").rglob("*.py"))
        if path.name != "wording.py" and path.parent != catalogues
    )
    unused = [
        text_id
        for text_id in TEXTS
        if f'"{text_id}"' not in source and not text_id.startswith(COMPOSED)
    ]
    assert unused == []


GAP = (
    HEADER + "language: {lang}\nagenda:\n  - {{title: Velkommen, time: 9.00-9.30}}\n"
    "  - {{title: Gruppearbeid, time: 9.40-10.00}}\n"
)


@pytest.mark.parametrize(
    ("lang", "message", "hint"),
    [
        (
            "en",
            '10 min unplanned between block "Velkommen" (ends 09:30) and block "Gruppearbeid" '
            "(starts 09:40)",
            "start it at 09:30, or fill the time with a block (a break is a block too)",
        ),
        (
            "nb",
            "10 min uten plan mellom «Velkommen» (slutter kl. 09.30) og «Gruppearbeid» (starter "
            "kl. 09.40)",
            "start bolken kl. 09.30, eller fyll tiden med en bolk (en pause er også en bolk)",
        ),
        (
            "nn",
            "10 min utan plan mellom «Velkommen» (sluttar kl. 09.30) og «Gruppearbeid» (startar "
            "kl. 09.40)",
            "start bolken kl. 09.30, eller fyll tida med ein bolk (ein pause er òg ein bolk)",
        ),
    ],
)
def test_a_finding_in_each_language(lang: str, message: str, hint: str) -> None:
    (finding,) = analyse(GAP.format(lang=lang)).findings
    assert in_language(finding, lang) == (message, hint)


def test_check_speaks_english_with_the_files_own_time_style() -> None:
    (finding,) = analyse(GAP.format(lang="nn")).findings
    assert finding.message == (
        '10 min unplanned between block "Velkommen" (ends 09.30) and block "Gruppearbeid" '
        "(starts 09.40)"
    )


def test_lengths_over_an_hour_in_each_language() -> None:
    text = HEADER + "language: nb\nagenda:\n  - {title: Lang økt, time: 9.00-10.45}\n"
    (finding,) = analyse(text).findings
    assert in_language(finding, "nb")[0].startswith("1 t 45 min uten pause (09.00–10.45)")
    assert in_language(finding, "en")[0].startswith("1 h 45 min without a break (09:00–10:45)")


def test_an_english_sheet_of_a_norwegian_file_writes_english_times() -> None:
    (finding,) = analyse(GAP.format(lang="nb")).findings
    assert finding.message.endswith('(ends 09.30) and block "Gruppearbeid" (starts 09.40)')
    assert in_language(finding, "en")[0].endswith(
        '(ends 09:30) and block "Gruppearbeid" (starts 09:40)'
    )


def test_a_long_title_is_cut_the_same_way_in_every_message() -> None:
    title = "Planstrategi og kommuneplanens samfunnsdel – innledning, film og gruppearbeid"
    cut = "Planstrategi og kommuneplanens samfunnsdel – innle…"
    invalid = analyse(HEADER + f"agenda:\n  - {{title: '{title}', time: 9.00-9.1}}\n")
    assert invalid.findings[0].message.endswith(f"('time' of block 1 \"{cut}\")")
    gap = analyse(
        HEADER
        + f"agenda:\n  - {{title: '{title}', time: 9.00-9.10}}\n  - {{title: B, time: 9.20-9.30}}\n"
    )
    assert f'block "{cut}" (ends 09.10)' in gap.findings[0].message


BROKEN = [
    "",
    "planverksted: [1\n",
    "- a\n",
    "a: &x 1\nb: *x\n",
    "a: !!str 1\n",
    "planverksted: 1\ntitle: T\ntitle: U\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 2\ntitle: T\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitel: T\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitle: T\n",
    "planverksted: 1\ntitle: T\nlanguage: de\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitle: T\ndate: 31.02.2024\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitle: T\ndate: fredag 18. april 2024\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, time: 9.5-10}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, kind: kafepause, duration: 5, start: 9}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, duration: 5}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, start: 9, end: 10, duration: 5}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, time: 10-9}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, start: 9}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, parts: {a: 1}, start: 9}]\n",
    "planverksted: 1\ntitle: T\nagenda: [{title: A, duration: 15, who: [[x]], start: 9}]\n",
]


@pytest.mark.parametrize("text", BROKEN)
def test_every_finding_is_worded_through_the_catalogue(text: str) -> None:
    """Findings from every stage (load, validate, model, clock, schedule) can be worded in
    each language: bokmål and nynorsk read differently from the English."""
    findings = analyse(text).findings
    assert findings
    for finding in findings:
        assert finding.wording is not None, finding
        english = in_language(finding, "en")
        # The finding's own message is English with the file's time style (13.00).
        assert re.sub(r"(\d\d):(\d\d)", r"\1.\2", english[0]) == finding.message
        for language in ("nb", "nn"):
            message, _ = in_language(finding, language)
            assert message != english[0], (language, message)
