"""``serve`` on a programme file (#23, probe F16): the programme overview as render makes it,
the findings of the programme and its workshops in the bar (each workshop's under its own
file), in the file's language; saves of the programme, its workshops and their shared files
are followed."""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

import pytest

from planverksted.preview.page import Preview

PROGRAMME = """\
planverksted: 1
programme: Tett på 2024–2027
language: {language}
people: felles/folk.yaml
goals:
  - {{id: strategi, text: Planstrategien er vedtatt}}
workshops:
  - {{file: a.yaml, serves: [strategi]}}
  - {{file: b.yaml, serves: [strategi], follows: a.yaml}}
"""


def workshop(title: str, date: str, who: str = "kd", gap: int = 0) -> str:
    return (
        "planverksted: 1\n"
        f"title: {title}\n"
        f"date: {date}\n"
        'start: "13:00"\n'
        "people: felles/folk.yaml\n"
        "agenda:\n"
        f"  - {{title: Innledning, duration: 10, who: {who}}}\n"
        + (f'  - {{title: Samtale, start: "13:{10 + gap}", duration: 20}}\n' if gap else "")
    )


def write(name: str, text: str) -> Path:
    path = Path(name)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def make(language: str = "nb", *, gap: int = 0) -> Preview:
    write("felles/folk.yaml", "kd: {name: Kommunedirektøren}\n")
    write("a.yaml", workshop("Første verksted", "2024-04-18", gap=gap))
    write("b.yaml", workshop("Andre verksted", "2024-09-05"))
    path = write("program.yaml", PROGRAMME.format(language=language))
    preview = Preview(path, display="program.yaml")
    assert preview.refresh(force=True)
    return preview


def bar_text(page: bytes) -> str:
    text = page.decode()
    bar = text[text.index('<div id="planverksted-preview"') :]
    bar = bar[: bar.index('role="status"') + 2000]
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", bar)))


SUMMARY = {"nb": "1 advarsel", "nn": "1 åtvaring", "en": "1 warning"}
LINE = {"nb": "a.yaml, linje 8", "nn": "a.yaml, linje 8", "en": "a.yaml, line 8"}
OVERVIEW = {"nb": "Programoversikt", "nn": "Programoversikt", "en": "Programme overview"}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_programme_is_shown_as_its_overview_with_its_workshops_findings(language: str) -> None:
    preview = make(language, gap=5)
    page = preview.page("facilitator", None)
    text = page.decode()
    assert f'<html lang="{language}"' in text
    assert OVERVIEW[language] in text and "Tett på 2024–2027" in text
    assert "Første verksted" in text and "Andre verksted" in text
    assert "Kommunedirektøren" in text  # who leads, from the shared people file
    bar = bar_text(page)
    # No false findings of a workshop's keys: the programme is read as a programme.
    for wrong in ("programme", "workshops", "title"):
        assert f"«{wrong}»" not in bar and f"'{wrong}'" not in bar
    assert [(f.file, f.line, f.code) for f in preview.findings()] == [("a.yaml", 8, "gap")]
    assert f"program.yaml {SUMMARY[language]} " in bar
    assert bar.count(LINE[language]) == 1, bar
    # One document: no links to a run-sheet or a handout.
    assert 'href="/participant' not in text and 'href="/facilitator"' not in text
    # The other languages are there, as for a workshop.
    assert 'href="/facilitator/en"' in text


def test_the_bar_speaks_the_programmes_language_when_it_is_clean() -> None:
    preview = make("nn")
    assert preview.findings() == ()
    assert "Ingen merknader" in bar_text(preview.page("facilitator", None))
    assert preview.analysis is not None and preview.analysis.language == "nn"


NOTHING = {
    "nb": "Ingen programoversikt ennå: rett feilene og lagre filen.",
    "nn": "Inga programoversikt enno: rett feila og lagre fila.",
    "en": "No programme overview yet: fix the errors and save the file.",
}
STALE = {
    "nb": "Filen har feil. Under ser du den siste programoversikten uten feil, nedtonet.",
    "nn": "Fila har feil. Under ser du den siste programoversikta utan feil, nedtona.",
    "en": "The file has errors. Below is the last programme overview without errors, dimmed.",
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_programme_with_errors_shows_the_last_good_overview_dimmed(language: str) -> None:
    preview = make(language)
    write(
        "program.yaml",
        PROGRAMME.format(language=language).replace("b.yaml, serves", "mangler.yaml, serves"),
    )
    assert preview.refresh()
    assert [f.code for f in preview.findings() if f.code == "workshop-missing"] == [
        "workshop-missing"
    ]
    page = preview.page("facilitator", None)
    assert STALE[language] in bar_text(page)
    assert "pv-stale" in page.decode() and "Andre verksted" in page.decode()
    fresh = Preview(Path("program.yaml"), display="program.yaml")
    fresh.refresh(force=True)
    assert NOTHING[language] in bar_text(fresh.page("facilitator", None))


def test_saves_of_the_workshops_and_their_shared_files_are_followed() -> None:
    preview = make()
    assert set(preview.sources) == {
        Path("felles/folk.yaml"),
        Path("a.yaml"),
        Path("b.yaml"),
    }
    assert not preview.refresh()  # nothing changed
    write("b.yaml", workshop("Andre verksted, flyttet", "2024-09-05"))
    assert preview.refresh()
    assert "Andre verksted, flyttet" in preview.page("facilitator", None).decode()
    write("felles/folk.yaml", "kd: {name: Kari Nordmann}\n")
    assert preview.refresh()
    assert "Kari Nordmann" in preview.page("facilitator", None).decode()
    write("program.yaml", PROGRAMME.format(language="nb").replace("Tett på", "Nært"))
    assert preview.refresh()
    assert "Nært 2024–2027" in preview.page("facilitator", None).decode()


def test_a_missing_workshop_is_followed_until_it_comes() -> None:
    preview = make()
    Path("b.yaml").unlink()
    assert preview.refresh()
    assert "workshop-missing" in {f.code for f in preview.findings()}
    assert Path("b.yaml") in preview.sources
    write("b.yaml", workshop("Andre verksted", "2024-09-05"))
    assert preview.refresh()
    assert "workshop-missing" not in {f.code for f in preview.findings()}


# End to end: the installed command follows saves of a workshop in another folder and of
# the shared people file.

E2E_PROGRAMME = """\
planverksted: 1
programme: Tett på 2024–2027
language: en
workshops:
  - {file: verksteder/a.yaml}
  - {file: verksteder/b.yaml, follows: verksteder/a.yaml}
"""


@pytest.mark.skipif(sys.platform == "win32", reason="stops the server with POSIX signals")
def test_serve_follows_the_programmes_workshops_and_their_people(tmp_path: Path) -> None:
    from serving import save, serving

    write("verksteder/felles/folk.yaml", "kd: {name: Kommunedirektøren}\n")
    write("verksteder/a.yaml", workshop("Første verksted", "2024-04-18"))
    write("verksteder/b.yaml", workshop("Andre verksted", "2024-09-05"))
    with serving(tmp_path, E2E_PROGRAMME) as served:
        page = served.page()
        assert "Programme overview" in page and "Første verksted" in page
        assert '<span class="pv-summary">No findings</span>' in page
        save(tmp_path / "verksteder/b.yaml", workshop("Andre verksted, flyttet", "2024-09-05"))
        page = served.wait_for_page(lambda text: "Andre verksted, flyttet" in text)
        assert "Andre verksted, flyttet" in page
        save(
            tmp_path / "verksteder/felles/folk.yaml", "kd: {name: Kari Nordmann}\n", by_rename=True
        )
        page = served.wait_for_page(lambda text: "Kari Nordmann" in text)
        assert "Kari Nordmann" in page
        code, error = served.stop()
    assert code == 0 and "Traceback" not in error
    assert error.splitlines()[0].endswith("verksted.yaml: No findings")
