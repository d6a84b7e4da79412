"""A parallel track's ``notes`` are for the facilitator (docs/format.md): every format that
shows a block's notes to the facilitator shows a track's too, and none shows them to the
participants or on the room's page (issue #22, probe F8)."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from planverksted.analysis import Analysis, analyse_file
from planverksted.runsheet.formats import Job, get
from planverksted.runsheet.live import render_live_page

SOURCE = """planverksted: 1
title: Kommunestyret
language: {language}
date: 2024-04-18
start: "09:00"
people:
  kd: {{name: Kari Dahl}}
  jo: {{name: Johnny Andersen}}
rooms:
  salen: {{name: Kommunestyresalen, capacity: 40}}
  rom1: {{name: Grupperom 1, capacity: 20}}
agenda:
  - title: Velkommen
    duration: 10
    notes: BLOCKNOTEQ
  - title: Parallelle verkstader
    walk: 5 min
    parallel:
      - {{title: Helse og omsorg, room: rom1, who: kd, duration: 40, notes: TRACKNOTEQ}}
      - {{title: Oppvekst, room: salen, who: jo, duration: 45, notes: OTHERNOTEQ}}
"""
NOTES = ("BLOCKNOTEQ", "TRACKNOTEQ", "OTHERNOTEQ")


@pytest.fixture(scope="module", params=["nb", "nn", "en"])
def analysis(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    path = tmp_path_factory.mktemp("tracks") / "tracks.yaml"
    path.write_text(SOURCE.format(language=request.param), encoding="utf-8")
    return analyse_file(str(path))


def _text(analysis: Analysis, name: str, audience: str, tmp_path: Path) -> str:
    """What a reader of the format sees, as text."""
    if name == "pdf":
        pytest.importorskip("typst")
        if not shutil.which("pdftotext"):
            pytest.skip("needs pdftotext (poppler-utils)")
    if name == "docx":
        pytest.importorskip("docx")
    made = get(name).render(Job(analysis, audience=audience, target=tmp_path / f"x.{name}"))
    if name == "pdf":
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(bytes(made))
        return subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
    if name == "docx":
        import docx

        document = docx.Document(io.BytesIO(bytes(made)))
        cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    return str(made)


@pytest.mark.parametrize("name", ["html", "md", "docx", "pdf", "terminal", "ics"])
def test_the_facilitator_reads_a_tracks_notes_wherever_a_blocks_are(
    analysis: Analysis, name: str, tmp_path: Path
) -> None:
    text = _text(analysis, name, "facilitator", tmp_path)
    assert [note for note in NOTES if note not in text] == []


@pytest.mark.parametrize("name", ["html", "md", "docx", "pdf", "terminal", "ics"])
def test_the_participants_never_read_a_note(analysis: Analysis, name: str, tmp_path: Path) -> None:
    text = _text(analysis, name, "participant", tmp_path)
    if name != "ics":  # the handout's calendar has no tracks of its own
        assert "Helse og omsorg" in text  # the tracks are there, their notes not
    assert [note for note in NOTES if note in text] == []


def test_the_live_pages_give_the_notes_to_the_facilitator_only(analysis: Analysis) -> None:
    facilitator = render_live_page(analysis, audience="facilitator")
    room = render_live_page(analysis, audience="room")
    assert [note for note in NOTES if note not in facilitator] == []
    assert "Helse og omsorg" in room
    assert [note for note in NOTES if note in room] == []
