"""Who sits where on paper: --layout tables and cards (HTML, PDF), the parallel tracks on
the run-sheet (HTML, Markdown, Word, PDF) and in the calendar; and the participants' names
nowhere else."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import EXAMPLES
from planverksted.analysis import Analysis, analyse_file
from planverksted.cli import shell as cli
from planverksted.runsheet.formats import Job, get
from planverksted.workshop.scaffold import find_starter

EXAMPLE = EXAMPLES / "kommunestyret-parallelle-rom.yaml"
PARTICIPANTS = [
    line.split(";")[0]
    for line in (EXAMPLES / "kommunestyret-deltakarar.csv")
    .read_text(encoding="utf-8")
    .splitlines()[1:]
]
# The ones who also lead (people with a role) may be named on any sheet.
LEADERS = {"Ingrid Haugen", "Lars Kristiansen"}


@pytest.fixture(scope="session")
def example() -> Analysis:
    return analyse_file(str(EXAMPLE))


@pytest.fixture(scope="session")
def council(tmp_path_factory: pytest.TempPathFactory) -> Analysis:
    starter = find_starter("kommunestyre-kafedialog")
    assert starter is not None
    path = tmp_path_factory.mktemp("council") / "kafe.yaml"
    path.write_text(starter.text, encoding="utf-8")
    return analyse_file(str(path))


def _make(analysis: Analysis, name: str, **options: object) -> str | bytes:
    audience = str(options.pop("audience", "facilitator"))
    return get(name).render(Job(analysis, audience=audience, options=options))


def _text(html: str) -> str:
    body = html[html.find("<body") :] if "<body" in html else html
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())


def test_the_table_list_shows_every_round_and_table_host_first(council: Analysis) -> None:
    html = str(_make(council, "html", layout="tables"))
    text = _text(html)
    assert text.startswith("Bordliste Kafédialog i kommunestyret · Kommunestyresalen Kafédialog")
    assert text.count("Runde ") == 3
    assert text.count("Bord 1 (") == 3
    # Each host first at its table, marked, in every round.
    assert text.count("Randi Solberg (vert)") == 3
    assert council.seating is not None
    first = council.seating.groups[0].rounds[0][0]
    assert (
        f"Bord 1 ({len(first.members)}) {first.host} (vert) {' '.join(first.members[1:])}" in text
    )


def test_the_cards_are_one_a_table_with_questions_and_steps(council: Analysis) -> None:
    html = str(_make(council, "html", layout="cards"))
    assert html.count('<section class="card"') == 7
    card = html[html.index('<section class="card"') : html.index("</section>")]
    text = _text(card)
    assert text.startswith("Bord 1 Kafédialog")
    assert "Hva er det viktigste kommunen skal få til de neste tolv årene?" in text
    assert "Metode: Kafédialog" in text
    assert "Runde 1 · 13.25–13.45 Randi Solberg (vert)" in text
    assert "14.05–14.25 Runde 3" in text


def test_the_cards_and_tables_print_in_pdf(council: Analysis) -> None:
    pytest.importorskip("typst")
    from pypdf import PdfReader

    cards = PdfReader(io.BytesIO(bytes(_make(council, "pdf", layout="cards"))))
    assert len(cards.pages) == 4  # 7 tables, two cards an A4 page
    first = cards.pages[0].extract_text()
    assert "Bord 1" in first and "Bord 2" in first and "Bord 3" not in first
    tables = PdfReader(io.BytesIO(bytes(_make(council, "pdf", layout="tables"))))
    text = " ".join(page.extract_text() for page in tables.pages)
    assert "Bordliste" in text and "Runde 3" in text and "Bord 7" in text


@pytest.mark.parametrize("layout", ["full", "compact"])
@pytest.mark.parametrize("audience", ["facilitator", "participant"])
@pytest.mark.parametrize("name", ["html", "md"])
def test_no_participant_is_named_on_the_run_sheet_or_handout(
    example: Analysis, layout: str, audience: str, name: str
) -> None:
    if name == "md" and layout == "compact":
        return
    if layout == "compact" and audience == "participant":
        return
    out = str(_make(example, name, layout=layout, audience=audience))
    named = [person for person in PARTICIPANTS if person in out and person not in LEADERS]
    assert named == []


def test_the_tracks_stand_side_by_side_with_their_rooms(example: Analysis) -> None:
    html = str(_make(example, "html"))
    tracks = html[html.index('<span class="tracks"') :]
    tracks = tracks[: tracks.index("</td>")]
    rooms = re.findall(r'<span class="track-room"[^>]*>([^<]+)</span>', tracks)
    assert rooms == ["Formannskapssalen", "Møterom Fjorden", "Kommunestyresalen"]
    assert _text(tracks).startswith("Helse og omsorg Formannskapssalen 14.00–14.45 Kari Vold")


def test_markdown_and_word_show_the_tracks_as_a_table(example: Analysis) -> None:
    md = str(_make(example, "md"))
    assert (
        "| Spor | Rom | Tid | Kven |\n| --- | --- | --- | --- |\n"
        "| Helse og omsorg | Formannskapssalen | 14.00–14.45 | Kari Vold (Kommunalsjef helse og omsorg) |\n"
    ) in md
    pytest.importorskip("docx")
    import docx

    document = docx.Document(io.BytesIO(bytes(_make(example, "docx"))))
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Spor")
    assert [[c.text for c in row.cells] for row in table.rows][:2] == [
        ["Spor", "Rom", "Tid", "Kven"],
        [
            "Helse og omsorg",
            "Formannskapssalen",
            "14.00–14.45",
            "Kari Vold (Kommunalsjef helse og omsorg)",
        ],
    ]


def test_the_calendar_gives_each_track_its_room_and_no_participant(example: Analysis) -> None:
    calendar = _make(example, "ics")
    text = calendar.decode() if isinstance(calendar, bytes) else calendar
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Parallelle verkstader: Helse og omsorg\r\n" in unfolded
    events = unfolded.split("BEGIN:VEVENT")
    helse = next(event for event in events if "SUMMARY:Parallelle verkstader: Helse" in event)
    assert "LOCATION:Formannskapssalen\r\n" in helse
    named = [person for person in PARTICIPANTS if person in unfolded and person not in LEADERS]
    assert named == []


def test_tables_and_cards_are_drawn_by_html_and_pdf_only(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli.app, ["render", str(EXAMPLE), "--layout", "tables", "-f", "md", "-o", "-"]
    )
    assert result.exit_code == 2
    assert "html eller --format pdf" in result.stderr


def test_the_table_list_says_so_when_no_one_is_seated(tmp_path: Path) -> None:
    path = tmp_path / "w.yaml"
    path.write_text(
        "planverksted: 1\ntitle: T\nagenda:\n  - {title: A, start: '9', duration: 5}\n",
        encoding="utf-8",
    )
    html = str(_make(analyse_file(str(path)), "html", layout="tables"))
    assert "Ingen gruppearbeid med bord, og ingen parallelle spor." in html


def test_the_live_page_carries_each_track_with_its_room(example: Analysis) -> None:
    from planverksted.runsheet.live import live_data

    facilitator = live_data(example, audience="facilitator")
    room = live_data(example, audience="room")
    (block,) = [b for b in facilitator["days"][0]["blocks"] if b["tracks"]]
    assert block["tracks"][0] == {
        "title": "Helse og omsorg",
        "room": "rom1",
        "room_name": "Formannskapssalen",
        "start": 14 * 60,
        "end": 14 * 60 + 45,
        "who": "Kari Vold (Kommunalsjef helse og omsorg)",
    }
    (public,) = [b for b in room["days"][0]["blocks"] if b["tracks"]]
    # The room's page has each track's description (shown to everyone), never who leads.
    assert [sorted(track) for track in public["tracks"]] == [
        ["end", "room", "room_name", "start", "title"],
        ["end", "room", "room_name", "start", "title"],
        ["description", "end", "room", "room_name", "start", "title"],
    ]
    assert public["tracks"][2]["description"] == "Kart over kommunen ligg på bordet."
