"""Done when: a nynorsk file renders in nynorsk with no bokmål form, and the reverse.

A workshop using every built-in method (with a gap and a long stretch, so findings are
worded too) is rendered as the command line renders it (in-process): Markdown, HTML (both
audiences) and the terminal preview, and checked; every word of the output is looked up
in a list of words that exist in the other form only.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from invoking import planverksted
from planverksted.workshop.builtin_methods import BUILTIN_METHODS
from wordlists import BOKMAL_ONLY, NYNORSK_ONLY

PEOPLE = {
    "nn": "ordforar: {name: Ordføraren, role: Ordførar}\n  kd: {name: Kommunedirektøren}",
    "nb": "ordforer: {name: Ordføreren, role: Ordfører}\n  kd: {name: Kommunedirektøren}",
}
WORDS = {
    "nn": {
        "title": "Arbeidsverkstad for kommunestyret",
        "goal": "Kommunestyret har fått eit grunnlag for vidare arbeid",
        "question": "Kva treng kommunen mest?",
        "evaluation": "Kva tek du med deg heim?",
        "who": "ordforar",
        "welcome": "Velkomen",
        "talk": "Innlegg om planane",
        "lunch": "Lunsj",
        "summary": "Oppsummering og vegen vidare",
        "material": "Post-it-lappar",
        "group": "Gruppearbeid",
    },
    "nb": {
        "title": "Arbeidsverksted for kommunestyret",
        "goal": "Kommunestyret har fått et grunnlag for videre arbeid",
        "question": "Hva trenger kommunen mest?",
        "evaluation": "Hva tar du med deg hjem?",
        "who": "ordforer",
        "welcome": "Velkommen",
        "talk": "Innlegg om planene",
        "lunch": "Lunsj",
        "summary": "Oppsummering og veien videre",
        "material": "Post-it-lapper",
        "group": "Gruppearbeid",
    },
}


def workshop(language: str) -> str:
    """A workshop in ``language`` that uses every built-in method, with a gap and findings."""
    w = WORDS[language]
    groups = "\n".join(
        f"  - {{title: {w['group']} {number}, kind: gruppearbeid, method: {key}, "
        f"questions: [{w['question']}], materials: [{w['material']}]}}"
        for number, key in enumerate(BUILTIN_METHODS, 1)
    )
    return f"""\
planverksted: 1
title: {w["title"]}
language: {language}
date: 2024-04-16
start: kl. 9
end: "16:00"
venue: Kommunestyresalen
audience: Kommunestyret
people:
  {PEOPLE[language]}
goals:
  - {w["goal"]}
agenda:
  - {{title: {w["welcome"]}, kind: intro, who: {w["who"]}, duration: 10}}
  - {{title: {w["talk"]}, kind: innlegg, who: kd, time: 9.15-9.35}}
{groups.replace("gruppearbeid, method", "gruppearbeid, duration: 40, method")}
  - {{title: {w["lunch"]}, kind: lunsj, duration: 30}}
  - {{title: {w["summary"]}, kind: summary, who: {w["who"]}, duration: 15}}
evaluation:
  - {w["evaluation"]}
"""


def _strings(value: object) -> list[str]:
    """Every text in a JSON value (the live page's data), keys left out."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def words_of(text: str) -> set[str]:
    data = re.findall(r'<script type="application/json"[^>]*>(.*?)</script>', text, re.DOTALL)
    shown = [piece for block in data for piece in _strings(json.loads(block))]
    text = re.sub(r"<style>.*?</style>|<script.*?</script>", " ", text, flags=re.DOTALL)
    text += " " + " ".join(shown)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return {word.lower() for word in re.findall(r"[^\W\d_]+", text)}


def outputs(tmp_path: Path, language: str) -> dict[str, str]:
    source = tmp_path / f"{language}.yaml"
    source.write_text(workshop(language), encoding="utf-8")

    def run(*args: str) -> str:
        result = planverksted(*args, env={"NO_COLOR": "1", "COLUMNS": "120"})
        assert result.returncode in (0, 1), result.stderr
        return result.stdout + result.stderr

    found = {
        "check": run("check", str(source)),
        "md": run("render", "-f", "md", str(source)),
        "md participant": run("render", "-f", "md", "-a", "participant", str(source)),
        "terminal": run("render", "-f", "terminal", str(source)),
    }
    for audience in ("facilitator", "participant"):
        page = tmp_path / f"{language}-{audience}.html"
        run("render", "-a", audience, "-o", str(page), str(source))
        found[f"html {audience}"] = page.read_text(encoding="utf-8")
    compact = tmp_path / f"{language}-compact.html"
    run("render", "--layout", "compact", "-o", str(compact), str(source))
    found["html compact"] = compact.read_text(encoding="utf-8")
    live = tmp_path / f"{language}-live.html"
    run("run", "-o", str(live), str(source))
    found["live page"] = live.read_text(encoding="utf-8")
    beside = {"nb": "prosessleder", "nn": "prosessleiar"}[language]
    found["live facilitator page"] = live.with_name(f"{live.stem}.{beside}.html").read_text(
        encoding="utf-8"
    )
    return found


@pytest.mark.parametrize(
    ("language", "other_only", "own"),
    [
        ("nn", BOKMAL_ONLY, {"køyreplan", "åleine", "tysdag", "ønskt", "utan", "tidtakar"}),
        ("nb", NYNORSK_ONLY, {"kjøreplan", "alene", "tirsdag", "ønsket", "uten", "tidtaker"}),
    ],
)
def test_every_output_is_in_one_written_form(
    tmp_path: Path, language: str, other_only: frozenset[str], own: set[str]
) -> None:
    every = outputs(tmp_path, language)
    # The outputs say what they should: the methods' steps, the findings, the labels.
    assert own <= set().union(*(words_of(text) for text in every.values()))
    assert "gap" in every["check"] and "no-break" in every["check"]
    for name, text in every.items():
        assert sorted(words_of(text) & other_only) == [], name


def test_an_english_page_of_a_norwegian_file_marks_the_norwegian_parts(tmp_path: Path) -> None:
    source = tmp_path / "nb.yaml"
    source.write_text(workshop("nb"), encoding="utf-8")
    page = tmp_path / "en.html"
    assert planverksted("render", "--lang", "en", "-o", page, source).returncode == 0
    text = page.read_text(encoding="utf-8")
    assert '<html lang="en">' in text
    assert '<h1 lang="nb">Arbeidsverksted for kommunestyret</h1>' in text
    assert '<li lang="nb">Kommunestyret har fått et grunnlag for videre arbeid</li>' in text
    assert '<span class="title" lang="nb">Velkommen</span>' in text
    # The built-in methods speak the page's language, and are not marked.
    assert "<td>Alone: think about the question</td>" in text
    assert "<dt>Date</dt><dd>Tuesday 16 April 2024</dd>" in text
    rendered = planverksted("render", "-f", "html", source)
    assert rendered.returncode == 0, rendered.stderr
    own = rendered.stdout
    assert 'lang="nb"' in own and own.count('lang="') == 1
