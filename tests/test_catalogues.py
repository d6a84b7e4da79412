"""The catalogues (i18n/<language>.py): one file per language, complete, in one form each.

A new language is one catalogue file: the test that adds Swedish shows what it must hold.
Nothing falls back to another language, so a key missing in one catalogue is listed.
"""

from __future__ import annotations

import ast
import re
import shutil
import string
import subprocess
import sys
import sysconfig
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from planverksted import i18n
from planverksted.lint.registry import finding_texts
from planverksted.workshop import kinds

CATALOGUES = ROOT / "src" / "planverksted" / "i18n"


def test_the_languages_are_the_catalogue_files() -> None:
    files = sorted(p.stem for p in CATALOGUES.glob("*.py") if not p.name.startswith("_"))
    assert sorted(i18n.LANGUAGES) == files == ["en", "nb", "nn"]
    assert i18n.LANGUAGES[0] == i18n.DEFAULT == "nb"
    assert i18n.LANGUAGE_ALIASES == {"no": "nb", "nob": "nb", "nno": "nn", "eng": "en"}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_catalogue_is_complete(language: str) -> None:
    assert i18n.missing_keys(language) == []


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_every_rule_text_and_catalogue_text_has_its_slots(language: str) -> None:
    """A catalogue text fills only slots the English one has (or the kinds' words)."""

    def slots(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    catalogue, english = i18n.catalogue(language), i18n.catalogue("en")
    for table in ("FINDINGS", "MESSAGES", "LIVE"):
        for key, text in getattr(catalogue, table).items():
            allowed = slots(getattr(english, table)[key]) | {"words"}
            assert slots(text) <= allowed, (table, key)


# --- A fake language: in-process (what is missing) and end to end (a complete one). ---


@pytest.fixture
def extra_catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder whose catalogue files the i18n package finds beside its own."""
    folder = tmp_path / "more"
    folder.mkdir()
    monkeypatch.setattr(i18n, "__path__", [*i18n.__path__, str(folder)])
    for cache in (i18n.catalogues, i18n.aliases, i18n.labels_table):
        cache.cache_clear()
    yield folder
    monkeypatch.undo()
    for cache in (i18n.catalogues, i18n.aliases, i18n.labels_table):
        cache.cache_clear()
    for name in [name for name in sys.modules if name.startswith("planverksted.i18n.sv")]:
        del sys.modules[name]


def test_a_missing_key_is_listed_per_language_never_filled_from_another(
    extra_catalogues: Path,
) -> None:
    (extra_catalogues / "sv.py").write_text(
        'NAME = "svenska"\nALIASES = ()\nLABELS = {"runsheet": "Körschema"}\n', encoding="utf-8"
    )
    assert "sv" in i18n.languages()
    missing = i18n.missing_keys("sv")
    for key in (
        "TIME_SEPARATOR",
        "WEEKDAYS",
        "LABELS.agenda",
        "LABELS.kind_break",
        "FINDINGS.gap",
        "FINDINGS.no-start",
        "MESSAGES.no-such-file",
        "METHODS.igp",
        "LIVE.now",
    ):
        assert key in missing
    assert "LABELS.runsheet" not in missing
    with pytest.raises(KeyError):
        i18n.labels_table("sv")["agenda"]


def _swedish_catalogue() -> str:
    """A complete Swedish catalogue: what a new language must give, nothing borrowed at run time.

    To keep the test short most texts are the English ones, copied into the file; the
    Swedish ones show that they are what is used.
    """
    source = (CATALOGUES / "en.py").read_text(encoding="utf-8")
    for old, new in (
        ('NAME = "English"', 'NAME = "svenska"'),
        ('ALIASES = ("eng",)', 'ALIASES = ("swe",)'),
        ('TIME_SEPARATOR = ":"', 'TIME_SEPARATOR = "."'),
        ('HOUR_WORD = "h"', 'HOUR_WORD = "tim"'),
        ('CLOCK_WORD = ""', 'CLOCK_WORD = "kl."'),
        ('"runsheet": "Run-sheet"', '"runsheet": "Körschema"'),
        ('"goals": "Desired outcomes"', '"goals": "Önskat resultat"'),
        ('"agenda": "Agenda"', '"agenda": "Program"'),
        ('"Monday", "Tuesday"', '"måndag", "tisdag"'),
        ('"April",', '"april",'),
    ):
        assert old in source, old
        source = source.replace(old, new)
    rule_texts = {
        text_id: wording["en"]
        for text_id, wording in finding_texts().items()
        if text_id not in ("gap", "gap.hint")
    }
    rule_texts["gap"] = "{length} utan plan mellan {before} och {after} ({after_start})"
    rule_texts["gap.hint"] = "börja blocket kl. {before_end}"
    kind_labels = {f"kind_{kind.name}": kind.labels["en"] for kind in kinds.ALL}
    kind_labels["kind_break"] = "Paus"
    return (
        source
        + f"\nFINDINGS.update({rule_texts!r})\n"
        + f"LABELS.update({kind_labels!r})\n"
        + 'QUOTES = ("”", "”")\n'
    )


def test_a_new_language_is_one_catalogue_file(tmp_path: Path) -> None:
    """Swedish, added as one file to a copy of the package: check and render speak it."""
    package = tmp_path / "site" / "planverksted"
    shutil.copytree(ROOT / "src" / "planverksted", package)
    shutil.copytree(ROOT / "templates", package / "templates")
    (package / "i18n" / "sv.py").write_text(_swedish_catalogue(), encoding="utf-8")
    workshop = tmp_path / "w.yaml"
    workshop.write_text(
        textwrap.dedent(
            """\
            planverksted: 1
            title: Verkstad
            language: sv
            date: 2024-04-16
            start: "9.00"
            goals: [Ett mål]
            agenda:
              - {title: Välkommen, duration: 10}
              - {title: Fika, kind: break, time: 9.20-9.40}
            """
        ),
        encoding="utf-8",
    )
    # -S: no site hooks, so the installed planverksted cannot win over the copy.
    path = f"{tmp_path / 'site'}:{sysconfig.get_paths()['purelib']}"
    env = {"PYTHONPATH": path, "LANG": "C.UTF-8", "NO_COLOR": "1"}

    def planverksted(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-S", "-m", "planverksted", *args],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    checked = planverksted("check", str(workshop))
    assert checked.returncode == 0, checked.stderr
    assert "10 min utan plan mellan ”Välkommen” och ”Fika” (09.20)" in checked.stdout
    assert "börja blocket kl. 09.10" in checked.stdout
    rendered = planverksted("render", "-f", "md", str(workshop))
    assert rendered.returncode == 0, rendered.stderr
    assert "## Önskat resultat" in rendered.stdout
    assert "tisdag 16 april 2024" in rendered.stdout
    assert "| 09.20–09.40 | Fika | Paus |" in rendered.stdout
    assert planverksted("check", "--lang", "swe", str(workshop)).stdout == checked.stdout


# --- One form per language: a test greps for the forms not chosen. ---


def _texts(language: str) -> dict[str, str]:
    """Every built-in text in ``language``: the catalogue's, the rules' and the kinds' words."""
    catalogue = i18n.catalogue(language)
    texts: dict[str, str] = {}
    for table in ("LABELS", "FINDINGS", "MESSAGES", "LIVE"):
        texts |= {f"{table}.{key}": text for key, text in getattr(catalogue, table).items()}
    for key, method in catalogue.METHODS.items():
        texts[f"METHODS.{key}"] = " ".join(
            [method["name"], method["description"]]
            + [part for step in method["steps"] for part in step if part]
        )
    texts |= {
        f"TEXTS.{text_id}": wording[language]
        for text_id, wording in finding_texts().items()
        if language in wording
    }
    texts |= {f"kind.{kind.name}": " ".join(kind.words_in(language)) for kind in kinds.ALL}
    return texts


# Forms allowed in the written standard, but not the ones this project chose.
NOT_CHOSEN = {
    "nb": {
        "ønska": "ønsket",
        "frem": "fram",
        "passeres": "(plain words)",
        "programpunkt": "bolk",
        "punktet": "bolken",
    },
    "nn": {
        "vert": "blir",
        "verte": "bli",
        "vorte": "blitt",
        "gje": "gi",
        "gjev": "gir",
        "også": "òg",
        "ønska": "ønskt",
        "programpunkt": "bolk",
        "punktet": "bolken",
        "kome": "komme",
    },
}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_one_form_is_chosen_and_used_everywhere(language: str) -> None:
    found = []
    for where, text in _texts(language).items():
        for form in NOT_CHOSEN[language]:
            if re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text, re.IGNORECASE):
                found.append((where, form))
    assert found == []


def test_the_words_a_reviewer_found_are_fixed() -> None:
    nb, nn = _texts("nb"), _texts("nn")
    assert "en pause er også en bolk" in nb["TEXTS.gap.hint"]
    assert "ein pause er òg ein bolk" in nn["TEXTS.gap.hint"]
    assert "tidligere" in nb["TEXTS.overlap.hint"]
    assert "bolken før tidligere" not in nb["TEXTS.overlap.hint"]
    assert "kl. {end}" in nb["TEXTS.past-end"] and "kl. {end}" in nn["TEXTS.past-end"]
    assert nb["LABELS.needed_for"] == "Trengs" and nn["LABELS.needed_for"] == "Trengst"
    assert nb["LABELS.audience"] == nn["LABELS.audience"] == "Målgruppe"
    assert nb["LABELS.goals"] == "Ønsket resultat" and nn["LABELS.goals"] == "Ønskt resultat"
    for texts in (nb, nn):
        assert texts["LABELS.evaluation_intro"].count("gjerne") <= 1


def test_the_blocks_are_called_bolk_in_both_forms() -> None:
    for language in ("nb", "nn"):
        texts = " ".join(_texts(language).values())
        assert "bolk" in texts
        assert not re.search(r"\bprogrampunkt", texts)


def _rule_sources() -> list[Path]:
    return sorted((ROOT / "src" / "planverksted" / "lint" / "rules").glob("*.py"))


def test_rule_modules_word_their_texts_in_the_three_languages() -> None:
    """The rules keep their own wording; a catalogue may only add or override it."""
    for path in _rule_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", "") == "TEXTS":
                for text_id, wording in ast.literal_eval(node.value).items():
                    assert set(wording) == {"en", "nb", "nn"}, (path.name, text_id)
