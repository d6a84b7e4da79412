"""Labels and dates in bokmål, nynorsk and English: one table per language, the same keys."""

from __future__ import annotations

import datetime as dt

import pytest

from planverksted import i18n
from planverksted.workshop.model import KINDS


def test_every_language_has_the_same_label_keys() -> None:
    keys = {language: set(i18n.labels_table(language)) for language in i18n.LANGUAGES}
    assert set(keys) == set(i18n.LANGUAGES) == {"nb", "nn", "en"}
    assert keys["nn"] == keys["nb"]
    assert keys["en"] == keys["nb"]


def test_no_label_is_empty_or_padded() -> None:
    for language in i18n.LANGUAGES:
        for key, text in i18n.labels_table(language).items():
            assert text and text == text.strip(), (language, key)


def test_every_kind_has_a_label() -> None:
    for language in i18n.LANGUAGES:
        assert [i18n.kind_label(kind, language) for kind in KINDS]


@pytest.mark.parametrize(
    ("key", "nb", "nn", "en"),
    [
        ("runsheet", "Kjøreplan", "Køyreplan", "Run-sheet"),
        ("goals", "Ønsket resultat", "Ønskt resultat", "Desired outcomes"),
        ("audience", "Målgruppe", "Målgruppe", "Audience"),
        ("needed_for", "Trengs", "Trengst", "Used at"),
        ("what", "Hva", "Kva", "What"),
        ("who", "Hvem", "Kven", "Who"),
        ("notes", "Notater", "Notat", "Notes"),
        ("preparations", "Forberedelser", "Førebuingar", "Preparations"),
        ("questions", "Spørsmål", "Spørsmål", "Questions"),
        ("venue", "Sted", "Stad", "Venue"),
        ("kind_break", "Pause", "Pause", "Break"),
        ("kind_intro", "Innledning", "Innleiing", "Introduction"),
        ("kind_other", "Annet", "Anna", "Other"),
        ("task", "Gruppeoppgave", "Gruppeoppgåve", "Group task"),
    ],
)
def test_labels_in_each_language(key: str, nb: str, nn: str, en: str) -> None:
    assert tuple(i18n.labels_table(language)[key] for language in ("nb", "nn", "en")) == (
        nb,
        nn,
        en,
    )


def test_weekdays_monday_first() -> None:
    assert i18n.catalogue("nb").WEEKDAYS == (
        "mandag",
        "tirsdag",
        "onsdag",
        "torsdag",
        "fredag",
        "lørdag",
        "søndag",
    )
    assert i18n.catalogue("nn").WEEKDAYS == (
        "måndag",
        "tysdag",
        "onsdag",
        "torsdag",
        "fredag",
        "laurdag",
        "sundag",
    )
    assert i18n.catalogue("en").WEEKDAYS[0] == "Monday"


def test_months_are_the_same_in_bokmal_and_nynorsk() -> None:
    assert i18n.catalogue("nb").MONTHS == i18n.catalogue("nn").MONTHS
    assert i18n.catalogue("nn").MONTHS == (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    )


@pytest.mark.parametrize(
    ("date", "language", "expected"),
    [
        (dt.date(2024, 4, 16), "nb", "tirsdag 16. april 2024"),
        (dt.date(2024, 4, 16), "nn", "tysdag 16. april 2024"),
        (dt.date(2024, 4, 16), "en", "Tuesday 16 April 2024"),
        (dt.date(2024, 4, 18), "nb", "torsdag 18. april 2024"),
        (dt.date(2024, 1, 1), "nb", "mandag 1. januar 2024"),
        (dt.date(2024, 1, 1), "nn", "måndag 1. januar 2024"),
        (dt.date(2024, 12, 7), "nb", "lørdag 7. desember 2024"),
        (dt.date(2024, 12, 7), "nn", "laurdag 7. desember 2024"),
        (dt.date(2024, 12, 8), "nn", "sundag 8. desember 2024"),
        (dt.date(2024, 12, 8), "nb", "søndag 8. desember 2024"),
        (dt.date(2025, 3, 5), "en", "Wednesday 5 March 2025"),
    ],
)
def test_format_date(date: dt.date, language: str, expected: str) -> None:
    assert i18n.format_date(date, language) == expected


@pytest.mark.parametrize(("language", "expected"), [("nb", "90 min"), ("en", "90 min")])
def test_lengths_stay_in_minutes(language: str, expected: str) -> None:
    assert i18n.format_minutes(90, language) == expected


def test_every_kind_is_declared_once_and_read_everywhere() -> None:
    """A kind lives in workshop/kinds.py; the model, schema, labels and preview read it there."""
    import json

    from conftest import ROOT
    from planverksted.workshop import kinds, model
    from planverksted.workshop.jsonschema import workshop_schema

    assert model.KINDS == kinds.NAMES
    assert {"break", "meal"} == model.BREAK_KINDS
    schema = json.dumps(workshop_schema())
    css = (ROOT / "templates" / "style.css").read_text(encoding="utf-8")
    for kind in kinds.ALL:
        for language in i18n.LANGUAGES:
            assert i18n.kind_label(kind.name, language) == kind.labels[language]
        assert f'"{kind.name}"' in schema
        assert f"--kind-{kind.name}-fg" in css, f"style.css has no colours for {kind.name}"
    for alias, name in kinds.ALIASES.items():
        assert model.Block.model_validate({"title": "x", "kind": alias}).kind == name
