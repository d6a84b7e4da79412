"""Norwegian habits, read as written: times, dates and kinds in files and in `new`'s options,
and `new --lang` choosing the starter in that language."""

from __future__ import annotations

import subprocess
import textwrap
from pathlib import Path

import pytest

from conftest import HEADER, analyse
from invoking import planverksted
from planverksted.lint.wording import in_language
from planverksted.workshop.scaffold import find_starter, list_starters, starter_language


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return planverksted(*args, cwd=cwd)


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("time: kl 9 - 10", 540, 600),
        ("time: kl. 9 – kl. 10.30", 540, 630),
        ("time: 13-14", 780, 840),
        ("{start: 13, end: 14}", 780, 840),
        ('{start: "kl 13", duration: 15}', 780, 795),
    ],
)
def test_times_as_norwegians_write_them(written: str, start: int, end: int) -> None:
    block = written if written.startswith("{") else "{title: A, " + written + "}"
    block = block.replace("{start", "{title: A, start")
    analysis = analyse(HEADER + f"agenda:\n  - {block}\n")
    assert analysis.findings == ()
    assert analysis.schedule is not None
    timed = analysis.schedule.days[0].blocks[0]
    assert (timed.start, timed.end) == (start, end)


def test_a_decimal_time_is_refused_with_a_hint_in_the_files_language() -> None:
    (finding,) = analyse(HEADER + "language: nn\nagenda:\n  - {title: A, time: 9.5-10}\n").findings
    assert finding.code == "bad-time"
    message, hint = in_language(finding, "nn")
    assert message == "kan ikkje lese klokkeslettet «9.5» («time» i bolk 1 «A»)"
    assert hint == "eit klokkeslett er timar og minutt, ikkje eit desimaltal: halv ti er 09.30"


@pytest.mark.parametrize(
    "written",
    [
        "18. april 2024",
        "18. apr. 2024",
        "18.04.24",
        "18/4-2024",
        "torsdag 18. april 2024",
        "Thursday 18 April 2024",
    ],
)
def test_dates_as_norwegians_write_them(written: str) -> None:
    analysis = analyse(HEADER + f"date: {written}\nagenda:\n  - {{title: A, time: 9-10}}\n")
    assert analysis.workshop is not None and str(analysis.workshop.date) == "2024-04-18"


def test_a_wrong_weekday_is_an_error_not_a_guess() -> None:
    text = HEADER + "date: fredag 18. april 2024\nagenda:\n  - {title: A, time: 9-10}\n"
    (finding,) = analyse(text).findings
    assert finding.code == "bad-date"
    assert in_language(finding, "nb") == (
        "«fredag 18. april 2024»: 18.04.2024 er en torsdag, ikke en fredag («date»)",
        "rett ukedagen eller datoen, eller ta bort ukedagen",
    )


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("kaffepause", "break"),
        ("Kaffipause", "break"),
        ("lunsj", "meal"),
        ("middag", "meal"),
        ("innlegg", "talk"),
        ("gruppearbeid", "group"),
        ("innleiing", "intro"),
        ("oppsummering", "summary"),
    ],
)
def test_kinds_by_their_norwegian_names(word: str, kind: str) -> None:
    analysis = analyse(HEADER + f"agenda:\n  - {{title: A, time: 9-10, kind: {word}}}\n")
    assert analysis.workshop is not None and analysis.workshop.agenda is not None
    assert analysis.workshop.agenda[0].kind == kind


def test_the_kind_hint_names_the_norwegian_words_in_a_norwegian_file() -> None:
    text = HEADER + "agenda:\n  - {title: A, time: 9-10, kind: kaffe}\n"
    (finding,) = analyse(text).findings
    _, nb_hint = in_language(finding, "nb")
    _, nn_hint = in_language(finding, "nn")
    _, en_hint = in_language(finding, "en")
    assert nb_hint is not None and "kaffepause" in nb_hint and "innledning" in nb_hint
    assert nn_hint is not None and "kaffipause" in nn_hint and "innleiing" in nn_hint
    assert en_hint == (
        "use one of: intro, talk, film, group, plenary, break, meal, summary, evaluation, other"
    )


def test_check_of_a_norwegian_file_lists_the_norwegian_kinds(tmp_path: Path) -> None:
    (tmp_path / "w.yaml").write_text(
        HEADER + "language: nn\nagenda:\n  - {title: A, time: 9-10, kind: kaffe}\n",
        encoding="utf-8",
    )
    result = run("check", "w.yaml", cwd=tmp_path)
    assert result.returncode == 1
    assert "«kaffe» er ikkje ein type bolk" in result.stdout
    assert "eller eit norsk ord: innleiing" in result.stdout


@pytest.mark.parametrize("language", ["nn", "en", "nb", "no"])
def test_new_lang_chooses_the_starter_in_that_language(tmp_path: Path, language: str) -> None:
    result = run("new", "v.yaml", "--lang", language, "--start", "kl 9", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    expected = {"nn": "blank-nn", "en": "blank-en", "nb": "blank", "no": "blank"}[language]
    # The new file's language is the one its messages speak.
    said = "from the starter" if language == "en" else "startmalen"
    assert f"{said} {expected}:" in result.stdout
    text = (tmp_path / "v.yaml").read_text(encoding="utf-8")
    assert f"language: {'nb' if language == 'no' else language}" in text
    # In the starter's own style: the nynorsk one writes 09.00, as it teaches.
    assert f'start: "{"09.00" if language == "nn" else "09:00"}"' in text


def test_new_with_a_starter_in_another_language_takes_its_sibling(tmp_path: Path) -> None:
    result = run(
        "new",
        "v.yaml",
        "-s",
        "kommunestyre",
        "--language",
        "nn",
        "--date",
        "18. april 2024",
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Laga v.yaml frå startmalen kommunestyre-nn:" in result.stdout
    assert "date: 2024-04-18" in (tmp_path / "v.yaml").read_text(encoding="utf-8")


def test_new_refuses_a_starter_with_no_version_in_the_language(tmp_path: Path) -> None:
    result = run("new", "v.yaml", "-s", "kommunestyre", "--lang", "en", cwd=tmp_path)
    english = [s.name for s in list_starters() if starter_language(s) == "en"]
    assert (result.returncode, result.stderr) == (
        2,
        "planverksted: the starter 'kommunestyre' is in nb (bokmål); there is no "
        "'kommunestyre' in en (English)\n"
        f"    hint: the starters in en (English) are: {', '.join(english)}\n",
    )
    assert not (tmp_path / "v.yaml").exists()
    nynorsk = run("new", "v.yaml", "-s", "samling-to-dager", "--lang", "nn", cwd=tmp_path)
    assert nynorsk.returncode == 2
    assert nynorsk.stderr.startswith(
        "planverksted: startmalen «samling-to-dager» finst berre på nb (bokmål), ikkje på nn"
    )


def test_blank_nn_is_nynorsk_through_and_through() -> None:
    starter = find_starter("blank-nn")
    assert starter is not None and starter_language(starter) == "nn"
    text = textwrap.dedent(starter.text).lower()
    # "punkt" is an item of a list; a row of the agenda is a "bolk".
    assert "bolk" in text and "punktet" not in text and "programpunkt" not in text
    for bokmal in (" ikke ", " hva ", " hvem ", " også ", " bare ", " fra ", " hver "):
        assert bokmal not in text, bokmal
