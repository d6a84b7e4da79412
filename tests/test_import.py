"""planverksted import: run-sheets from Word, Excel, CSV and Markdown become workshop files.

The seed's run-sheet in each form imports to a file whose check finds the seed's two
faults; differently styled sheets import without losing a cell; our own Word output of
every example and starter (and Excel and CSV written from the same rows) gives back the
same blocks, times, titles and who.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import EXAMPLES, ROOT
from planverksted import i18n
from planverksted.analysis import analyse_text
from planverksted.cli import app
from planverksted.errors import PlanverkstedError
from planverksted.importing.columns import kind_of
from planverksted.importing.convert import convert
from planverksted.importing.emit import emit, plain_ok
from planverksted.importing.interpret import guess_kind
from planverksted.importing.language import detect
from planverksted.runsheet.formats import Job
from planverksted.runsheet.view import build_context
from planverksted.source.load import load_text

SEED_DOCX = EXAMPLES / "kjoreplan-tett-pa.docx"
STARTERS = ROOT / "src" / "planverksted" / "workshop" / "starters"

# The seed's run-sheet, as its table has it (a time, then the lines of what happens).
SEED_ROWS = [
    ("13.00 – 13.10", "Innledning ved ordfører – ønska resultat for dagen"),
    ("13.10 – 13.15", "Om Tett-på og presentasjon av laget"),
    ("13.20 – 13.40", "Plansystemet, koplinga plan og økonomi\nKorte innlegg"),
    (
        "13.40 – 14.15",
        "Kunnskapsgrunnlag\nUtfordringsbilde v/kommundirektør\nKort innlegg og innledning til "
        "gruppearbeid - vise film\nGruppearbeid (IGP): Hva er den viktigste kunnskapen vi har "
        "og hva trenger vi å vite mer om?, 15 min\nPlenum",
    ),
    ("14.15 – 14.30", "Pause"),
    (
        "14.30 – 15.55",
        "Planstrategi og kommuneplanens samfunnsdel\nKort innledning om planstrategi og film om "
        "planstrategi (film)\nInnlegg om kommuneplanens samfunnsdel (Johnny)\nGruppearbeid: "
        "Trenger vi å endre eller revidere gjeldene KPS? Hvilke andre planer trenger vi for å "
        "styre kommunen ønska retning? 50 min.\nPresentasjon i plenum, 20 min.",
    ),
    (
        "15.55 – 16.00",
        "Oppsummering og vegen videre v/ordfører\nsettes på saklista neste kommunestyremøte\n"
        "Evaluering og tilbakemelding",
    ),
]


def imported(path: Path, table: int | None = None) -> tuple[str, Any]:
    converted = convert(str(path), table)
    return converted.text, converted.imported


def findings_of(text: str) -> list[tuple[str, str]]:
    analysis = analyse_text(text, "x.yaml")
    return [(finding.code, finding.message) for finding in analysis.findings]


def seed_faults(text: str) -> None:
    """The seed's two faults, as check words them in English, and no error."""
    analysis = analyse_text(text, "x.yaml")
    found = [(f.code, f.message) for f in analysis.findings]
    gaps = [message for code, message in found if code == "gap"]
    assert len(gaps) == 1 and gaps[0].startswith("5 min unplanned between"), found
    assert "(ends 13.15)" in gaps[0] and "(starts 13.20)" in gaps[0], gaps
    method = [message for code, message in found if code == "method-too-long"]
    assert len(method) == 1, found
    assert method[0].startswith("method IGP takes 19 min (2 + 12 + 5)"), method
    assert "has 15 min" in method[0], method
    assert not analysis.errors, found
    # Nothing the import itself made up: "v/ordfører" is no unknown person (probe F12).
    assert "unknown-person" not in [code for code, _ in found], found


def write_xlsx(path: Path, rows: list[list[Any]], merged: list[str] = ()) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)


def write_csv(
    path: Path, rows: list[list[str]], delimiter: str = ";", encoding: str = "utf-8"
) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))


# The seed's two faults, in every form.


def test_seed_word_file_imports_with_both_faults() -> None:
    text, result = imported(SEED_DOCX)
    seed_faults(text)
    data = load_text(text).data
    assert data["title"] == "Arbeidsverksted med kommunestyret"
    assert data["language"] == "nb"
    assert [block["time"] for block in data["agenda"]] == [time for time, _ in SEED_ROWS]
    knowledge = data["agenda"][3]
    assert knowledge["parts"][0] == {
        "title": "Gruppearbeid (IGP)",
        "kind": "group",
        "duration": "15",
        "method": "igp",
        "questions": ["Hva er den viktigste kunnskapen vi har og hva trenger vi å vite mer om"],
    }
    assert knowledge["notes"].splitlines() == [
        "Utfordringsbilde v/kommundirektør",
        "Kort innlegg og innledning til gruppearbeid - vise film",
        "Plenum",
    ]
    strategy = data["agenda"][5]["parts"][0]
    assert strategy["questions"] == [
        "Trenger vi å endre eller revidere gjeldene KPS?",
        "Hvilke andre planer trenger vi for å styre kommunen ønska retning?",
    ]
    assert [block.get("kind") for block in data["agenda"]] == [
        "intro",
        "talk",
        "talk",
        None,
        "break",
        None,
        "summary",
    ]
    # "v/ordfører" in the title: a role, shown capitalised (one lower-case word reads as a
    # people key, and check would warn of an unknown person the plan does not have).
    assert data["agenda"][6]["who"] == "Ordfører"
    assert text.startswith(
        "# Hentet fra kjoreplan-tett-pa.docx (tabell 1) med planverksted import.\n"
    )
    assert result.notes == []


def test_seed_docx_is_made_by_the_script_byte_for_byte(tmp_path: Path) -> None:
    import runpy

    script = runpy.run_path(str(ROOT / "tools" / "make_seed_docx.py"))
    made = script["build"]()
    assert made == script["build"]()  # the same bytes on every run
    # The committed file is what the script makes (compared part by part: a new python-docx
    # may pack its own template another way).
    with zipfile.ZipFile(io.BytesIO(made)) as fresh, zipfile.ZipFile(SEED_DOCX) as kept:
        assert fresh.read("word/document.xml") == kept.read("word/document.xml")
        assert fresh.read("docProps/core.xml") == kept.read("docProps/core.xml")


def test_seed_excel_sheet_imports_with_both_faults(tmp_path: Path) -> None:
    path = tmp_path / "kjoreplan.xlsx"
    write_xlsx(
        path,
        [["Kjøreplan – arbeidsverksted for kommunestyret"], ["Tid", "Hva"], *map(list, SEED_ROWS)],
        ["A1:B1"],
    )
    text, _result = imported(path)
    seed_faults(text)
    data = load_text(text).data
    assert data["title"] == "Kjøreplan – arbeidsverksted for kommunestyret"
    assert len(data["agenda"]) == 7


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_seed_semicolon_csv_imports_with_both_faults(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "kjoreplan.csv"
    rows = [["Tid", "Hva"], *map(list, SEED_ROWS)]
    # Windows-1252 has no en dash in every Excel's save path; the seed's own dashes fit it.
    write_csv(path, rows, ";", encoding)
    text, _ = imported(path)
    seed_faults(text)
    assert "ønska" in text and "Utfordringsbilde v/kommundirektør" in text


# Reading every way of writing a time.


@pytest.mark.parametrize(
    ("cell", "key", "value"),
    [
        ("13.00–13.10", "time", "13.00–13.10"),
        ("13.00-13.10", "time", "13.00-13.10"),
        ("13:00 - 13:10", "time", "13:00 - 13:10"),
        ("kl. 13-14", "time", "kl. 13-14"),
        ("kl. 13", "start", "kl. 13"),
        ("13:00", "start", "13:00"),
        ("9.05", "start", "9.05"),
    ],
)
def test_times_are_kept_as_written(tmp_path: Path, cell: str, key: str, value: str) -> None:
    path = tmp_path / "k.csv"
    write_csv(
        path, [["Tid", "Hva", "Varighet"], [cell, "Velkommen", "10 min" if key == "start" else ""]]
    )
    data = load_text(imported(path)[0]).data
    assert data["agenda"][0][key] == value
    assert not [
        f for f in analyse_text(imported(path)[0], "x").findings if str(f.severity) == "error"
    ]


# Five differently styled run-sheets, each without loss.


def every_cell_kept(
    rows: list[list[Any]], text: str, notes: list[str], header: int | None = 0
) -> None:
    """Every cell's text (but the column headings') is in the file, or named in a warning."""
    told = " ".join(notes).lower()
    written = text.lower()
    # A kind's word becomes its name, a date ISO: those words are written another way.
    other_forms = {w.lower() for w in [*i18n.weekday_names(), *i18n.month_names()]}
    for number, row in enumerate(rows):
        if number == header:
            continue
        for cell in row:
            if cell is None or isinstance(cell, (dt.date, dt.time)):
                continue
            for line in str(cell).splitlines():
                kind = kind_of(line.strip())
                if kind is not None and f"kind: {kind}" in written:
                    continue
                for word in re.findall(r"[^\W_]{3,}", line.lower()):
                    if word not in written and word not in told and word not in other_forms:
                        raise AssertionError(f"lost: {word!r} of {line!r}")


def test_headings_in_nynorsk(tmp_path: Path) -> None:
    rows = [
        ["Tid", "Kva", "Kven", "Type", "Merknad"],
        ["09.00–09.15", "Velkomen", "Ordføraren", "Innleiing", ""],
        ["09.15–10.00", "Kva veit vi om kommunen?", "Kommunedirektøren", "Innlegg", "Lysark"],
        ["10.00–10.15", "Kaffipause", "", "", ""],
        ["10.15–11.00", "Gruppearbeid i grupper på fire", "", "Gruppearbeid", "Post-it-lappar"],
    ]
    path = tmp_path / "nn.csv"
    write_csv(path, rows, ",")
    text, result = imported(path)
    every_cell_kept(rows, text, [n.worded("nn") for n in result.notes])
    data = load_text(text).data
    assert data["language"] == "nn"
    assert [b.get("kind") for b in data["agenda"]] == ["intro", "talk", "break", "group"]
    assert data["agenda"][1]["who"] == "Kommunedirektøren"
    assert data["agenda"][1]["notes"] == "Lysark"
    assert text.startswith("# Henta frå nn.csv (tabell 1) med planverksted import.")


def test_no_heading_row(tmp_path: Path) -> None:
    rows = [
        ["13.00 - 13.30", "Velkommen og innledning", "Ola Nordmann"],
        ["13.30 - 14.15", "Innlegg om planstrategien", "Kari Nordmann"],
        ["14.15 - 14.30", "Pause", ""],
        ["14.30 - 15.00", "Oppsummering", "Ola Nordmann"],
    ]
    path = tmp_path / "bare.csv"
    write_csv(path, rows, "\t")
    text, _result = imported(path)
    every_cell_kept(rows, text, [], header=None)
    data = load_text(text).data
    assert [b["time"] for b in data["agenda"]] == [r[0] for r in rows]
    assert [b.get("who") for b in data["agenda"]] == [
        "Ola Nordmann",
        "Kari Nordmann",
        None,
        "Ola Nordmann",
    ]
    assert not list(analyse_text(text, "x").findings)


def test_durations_instead_of_ends(tmp_path: Path) -> None:
    rows = [
        ["Start", "Aktivitet", "Varighet", "Ansvarlig"],
        ["13:00", "Velkommen", "10", "Ordfører"],
        ["", "Innlegg", "20 min", "Rådmann"],
        ["", "Pause", "15 min", ""],
        ["", "Gruppearbeid: Hva er viktigst for kommunen? Hva mangler vi?", "30", ""],
    ]
    path = tmp_path / "varighet.xlsx"
    write_xlsx(path, rows)
    text, _result = imported(path)
    every_cell_kept(rows, text, [])
    data = load_text(text).data
    agenda = data["agenda"]
    assert agenda[0] == {
        "start": "13:00",
        "title": "Velkommen",
        "kind": "intro",
        "who": "Ordfører",
        "duration": "10",
    }
    assert agenda[1]["duration"] == "20 min"
    assert agenda[3]["title"] == "Gruppearbeid"
    assert agenda[3]["questions"] == ["Hva er viktigst for kommunen?", "Hva mangler vi?"]
    analysis = analyse_text(text, "x")
    assert (
        analysis.schedule is not None and analysis.schedule.days[0].blocks[-1].end == 14 * 60 + 15
    )


def test_merged_title_rows(tmp_path: Path) -> None:
    rows = [
        ["Arbeidsverksted for formannskapet", None, None],
        ["Tid", "Program", "Hvem"],
        ["Formiddag", None, None],
        [dt.time(9, 0), "Velkommen", "Ordfører"],
        [dt.time(9, 30), "Innlegg", "Rådmann"],
        ["Ettermiddag", None, None],
        [dt.time(12, 0), "Gruppearbeid", ""],
        [dt.time(13, 0), "Slutt", ""],
    ]
    path = tmp_path / "merged.xlsx"
    write_xlsx(path, rows, ["A1:C1", "A3:C3", "A6:C6"])
    text, _result = imported(path)
    data = load_text(text).data
    assert data["title"] == "Arbeidsverksted for formannskapet"
    assert [b["title"] for b in data["agenda"]] == ["Velkommen", "Innlegg", "Gruppearbeid", "Slutt"]
    assert [b["start"] for b in data["agenda"]] == ["09:00", "09:30", "12:00", "13:00"]
    assert "Formiddag" in text and "# Ettermiddag" in text


def test_two_day_sheet(tmp_path: Path) -> None:
    rows = [
        ["Samling om planstrategi"],
        ["Tid", "Hva", "Hvem"],
        ["Dag 1 – tirsdag 16. april 2024"],
        ["10.00–10.15", "Velkommen", "Ordfører"],
        ["10.15–11.00", "Innlegg", "Kari"],
        ["Dag 2 – onsdag 17. april 2024"],
        ["09.00–09.30", "Oppsummering av dag 1", "Kari"],
        ["09.30–10.00", "Evaluering", ""],
    ]
    path = tmp_path / "to-dager.csv"
    write_csv(path, rows, ";")
    text, _result = imported(path)
    every_cell_kept(rows, text, [], header=1)
    data = load_text(text).data
    assert [(d["date"], d["title"]) for d in data["days"]] == [
        ("2024-04-16", "Dag 1"),
        ("2024-04-17", "Dag 2"),
    ]
    assert [len(d["agenda"]) for d in data["days"]] == [2, 2]
    assert not [f for f in analyse_text(text, "x").findings if str(f.severity) == "error"]


def test_markdown_pipe_table(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Verksted i kommunestyret\n\nDato: 18.04.2024\n\n"
        "| Kl. | Innhold | Ansvar |\n|---|---|---|\n"
        "| 13.00–13.10 | **Velkommen** | Ordfører |\n"
        "| 13.10–13.40 | Gruppearbeid (IGP)<br>*Hva trenger vi å vite mer om?* | |\n",
        encoding="utf-8",
    )
    data = load_text(imported(path)[0]).data
    assert data["title"] == "Verksted i kommunestyret"
    assert data["date"] == "2024-04-18"
    assert data["agenda"][1]["method"] == "igp"
    assert data["agenda"][1]["questions"] == ["Hva trenger vi å vite mer om?"]


# Round trip: our own Word output, and Excel and CSV from the same rows.


def rows_of(view: Any) -> list[tuple[Any, ...]]:
    out = []
    for day in view["days"]:
        for block in day["blocks"]:
            out.append(
                (
                    day["number"],
                    block["time"],
                    block["title"],
                    block["kind"],
                    tuple(person["name"] for person in block["who"]),
                    tuple(
                        (p["time"], p["title"], p["kind"], tuple(w["name"] for w in p["who"]))
                        for p in block["parts"]
                    ),
                )
            )
    return out


def tracks_and_steps_of(view: Any) -> list[tuple[Any, ...]]:
    """Each block's parallel tracks (title, room, time, who) and each group task's method
    steps (title, time), as the run-sheet shows them."""
    tracks = [
        (
            block["title"],
            tuple((t["title"], t["room"], t["time"], t["who_text"]) for t in block["tracks"]),
        )
        for day in view["days"]
        for block in day["blocks"]
        if block["tracks"]
    ]
    steps = [
        (
            task["title"],
            task["method"]["name"],
            tuple((s["title"], s["time"]) for s in task["method"]["steps"]),
        )
        for task in view["group_tasks"]
        if task["method"]
    ]
    return [*tracks, *steps]


SOURCES = sorted([*EXAMPLES.glob("*.yaml"), *STARTERS.glob("*.yaml")], key=lambda p: p.name)


@pytest.fixture(scope="session", params=SOURCES, ids=lambda p: p.name)
def original(request: pytest.FixtureRequest) -> tuple[Path, Any]:
    path = request.param
    analysis = analyse_text(path.read_text(encoding="utf-8"), path.name, folder=path.parent)
    return path, analysis


def test_round_trip_of_our_word_output(original: tuple[Path, Any], tmp_path: Path) -> None:
    from planverksted.runsheet.formats import docx as word

    _path, analysis = original
    target = tmp_path / "x.docx"
    target.write_bytes(word.render(Job(analysis)))
    text, _result = imported(target)
    again = analyse_text(text, "x.yaml")
    assert again.schedule is not None, again.findings
    assert rows_of(build_context(again)) == rows_of(build_context(analysis))
    # The tracks with their rooms and who, and a file's own method steps, come back too (F3).
    assert tracks_and_steps_of(build_context(again)) == tracks_and_steps_of(build_context(analysis))
    assert again.workshop is not None and analysis.workshop is not None
    assert again.workshop.title == analysis.workshop.title
    assert again.workshop.language == analysis.workshop.language


@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_round_trip_of_the_same_rows_in_excel_and_csv(
    original: tuple[Path, Any], tmp_path: Path, form: str
) -> None:
    _path, analysis = original
    view = build_context(analysis)
    labels = view["labels"]
    rows: list[list[Any]] = [
        [view["workshop"]["title"]],
        [labels["time"], labels["what"], labels["kind"], labels["who"]],
    ]
    merged = ["A1:D1"]
    for day in view["days"]:
        if view["multi_day"]:
            rows.append([day["heading"]])
            merged.append(f"A{len(rows)}:D{len(rows)}")
        for block in day["blocks"]:
            for item in [block, *block["parts"]]:
                rows.append(
                    [
                        item["time"],
                        item["title"],
                        item["kind_label"] if item["kind"] != "other" else "",
                        "\n".join(p["name"] for p in item["who"]),
                    ]
                )
    target = tmp_path / f"x.{form}"
    if form == "xlsx":
        write_xlsx(target, rows, merged)
    else:
        write_csv(target, [[str(c) for c in row] for row in rows], ";")
    text, _ = imported(target)
    again = analyse_text(text, "x.yaml")
    assert again.schedule is not None, again.findings
    assert rows_of(build_context(again)) == rows_of(build_context(analysis))
    assert again.workshop is not None and again.workshop.title == analysis.workshop.title


# The command.


def test_command_writes_then_checks(tmp_path: Path) -> None:
    out = tmp_path / "verksted.yaml"
    result = CliRunner().invoke(app, ["import", str(SEED_DOCX), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("# Hentet fra kjoreplan-tett-pa.docx")
    # The new file is bokmål: so is what the command says, whatever --lang asked.
    assert "advarsel[gap]" in result.stdout and "advarsel[method-too-long]" in result.stdout
    assert f"Laget {out} fra kjoreplan-tett-pa.docx (tabell 1): 7 bolker." in result.stdout
    # Again: refused without --force, and the file left as it was.
    before = out.read_bytes()
    again = CliRunner().invoke(app, ["import", str(SEED_DOCX), "-o", str(out)])
    assert again.exit_code == 1
    # In the run-sheet's language (bokmål), as every other line of the run (F4).
    assert "finnes allerede; den er ikke endret" in again.output and "--force" in again.output
    assert out.read_bytes() == before
    forced = CliRunner().invoke(
        app, ["import", str(SEED_DOCX), "-o", str(out), "--force", "--strict"]
    )
    assert forced.exit_code == 1  # the seed's warnings fail with --strict, as check's do


def test_command_errors_exit_as_check(tmp_path: Path) -> None:
    source = tmp_path / "k.csv"
    write_csv(source, [["Tid", "Hva"], ["13.00–13.10", "Velkommen"], ["1300", "Innlegg"]])
    result = CliRunner().invoke(app, ["import", str(source), "-o", str(tmp_path / "v.yaml")])
    assert result.exit_code == 1
    assert "feil[" in result.stdout


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: os.mkfifo(p), "is not a regular file"),
        (lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0"), ".xls files are not read"),
        (lambda p: p.write_bytes(b"not a zip"), "cannot be read as a file from Excel"),
    ],
    ids=["folder", "fifo", "old-excel", "broken"],
)
def test_sources_refused_plainly(tmp_path: Path, make: Any, message: str) -> None:
    name = {"old-excel": "a.xls"}.get("", "a.xlsx")
    path = tmp_path / ("a.xls" if message.startswith(".xls") else name)
    if message == "is not a regular file" and not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    make(path)
    result = CliRunner().invoke(app, ["import", str(path), "-o", str(tmp_path / "v.yaml")])
    assert result.exit_code == 1, result.output
    assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "v.yaml").exists()


def test_zip_bomb_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("word/document.xml", b"<" + b"a" * (50 * 1024 * 1024))
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    assert "would grow" in raised.value.message and "word/document.xml" in raised.value.message


def test_macros_never_run_docm_read_as_data(tmp_path: Path) -> None:
    data = SEED_DOCX.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as copy:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(b"wordprocessingml.document.main+xml", b"x").replace(
                    b"application/vnd.openxmlformats-officedocument.x",
                    b"application/vnd.ms-word.document.macroEnabled.main+xml",
                )
            copy.writestr(info, content)
        copy.writestr("word/vbaProject.bin", b"\x00macro")
    path = tmp_path / "k.docm"
    path.write_bytes(out.getvalue())
    seed_faults(imported(path)[0])


def test_excel_formulas_dates_and_serial_times(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Dato", "Start", "Slutt", "Hva", "Minutter"])
    sheet.append([dt.date(2024, 4, 18), dt.time(13, 0), dt.time(13, 10), "Velkommen", 10])
    sheet.append([dt.date(2024, 4, 18), dt.datetime(1899, 12, 30, 13, 10), "", "Innlegg", "=E2*2"])
    sheet["A3"].number_format = "dd.mm.yyyy"
    sheet["A4"] = 45401  # 19 April 2024 as Excel stores it: a serial day number, date-formatted
    sheet["A4"].number_format = "dd.mm.yyyy"
    sheet["B4"] = 0.5625  # 13:30 as a fraction of a day
    sheet["B4"].number_format = "hh:mm"
    sheet["D4"] = "Pause"
    sheet["E4"] = 15
    path = tmp_path / "typed.xlsx"
    book.save(path)
    text, _ = imported(path)
    data = load_text(text).data
    # The typed dates say two days: 18 April (two rows) and the serial day 45401.
    days = data["days"]
    assert [day["date"] for day in days] == ["2024-04-18", "2024-04-19"]
    first, second = days[0]["agenda"]
    assert (first["start"], first["end"], first["title"]) == ("13:00", "13:10", "Velkommen")
    assert (second["start"], second["title"]) == ("13:10", "Innlegg")
    # openpyxl saves no value with a formula (Excel would): there is none to read.
    assert "duration" not in second
    (pause,) = days[1]["agenda"]
    assert (pause["start"], pause["title"], pause["duration"]) == ("13:30", "Pause", "15")


def test_language_scorer() -> None:
    assert detect(["Hva skal vi gjøre, og hvem har ansvaret? Ikke glem pausen."]) == "nb"
    assert detect(["Kva skal vi gjere, og kven har ansvaret? Ikkje gløym pausen."]) == "nn"
    assert detect(["What we do, and who is responsible for the break"]) == "en"
    assert detect(["13.00", "Pause"]) is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Pause", "break"),
        ("Formiddagspause", "break"),
        ("Lunsj", "break"),
        ("Lunch", "break"),
        ("Middag", "meal"),
        ("Film om planstrategi", "film"),
        ("Gruppearbeid", "group"),
        ("Plenum", "plenary"),
        ("Presentasjon i plenum", "plenary"),
        ("Innlegg om økonomi", "talk"),
        ("Oppsummering", "summary"),
        ("Evaluering og tilbakemelding", "evaluation"),
        ("Innledning ved ordfører", "intro"),
        ("Velkommen", "intro"),
        ("Kort innlegg og innledning til gruppearbeid - vise film", "film"),
        ("Kunnskapsgrunnlag", None),
    ],
)
def test_kinds_guessed_from_words(text: str, kind: str | None) -> None:
    assert guess_kind(text) == kind


@pytest.mark.parametrize(
    "text",
    [
        "13:10",
        "no",
        "yes",
        "- a",
        "a: b",
        "a #b",
        "#x",
        "'q'",
        '"q"',
        "1.5",
        "~",
        "null",
        "2024-04-18",
        "tab\there",
        "trailing ",
        " leading",
        "ok text",
        "Drøfting: er det fellesnevnere?",
        "x\x1by",
        "a\u2028b",
        "@at",
        "`tick",
        "%p",
        "[list]",
        "{map}",
        "*star",
        "&amp",
        "!tag",
        "|pipe",
        ">gt",
        "?q",
        ",",
        "---",
        "...",
    ],
)
def test_every_string_reads_back(text: str) -> None:
    data = {
        "planverksted": 1,
        "title": text,
        "agenda": [{"time": "13.00–13.10", "title": text, "notes": f"{text}\n{text}"}],
    }
    emitted = emit(data)
    assert load_text(emitted).data["agenda"][0]["title"] == text
    assert plain_ok("Pause") and not plain_ok("13:10") and not plain_ok("no")


# Our own group tasks, the command's help, the guide, and every refusal.


def test_round_trip_keeps_the_group_tasks_and_so_the_faults(tmp_path: Path) -> None:
    from planverksted.runsheet.formats import docx as word

    seed = EXAMPLES / "kommunestyre-tett-pa.yaml"
    analysis = analyse_text(seed.read_text(encoding="utf-8"), seed.name, folder=seed.parent)
    target = tmp_path / "x.docx"
    target.write_bytes(word.render(Job(analysis)))
    text, result = imported(target)
    again = analyse_text(text, "x.yaml")
    assert sorted(f.code for f in again.findings) == sorted(f.code for f in analysis.findings)
    group = load_text(text).data["agenda"][3]["parts"][2]
    assert group["method"] == "igp"
    assert group["questions"] == [
        "Hva er den viktigste kunnskapen vi har, og hva trenger vi å vite mer om?"
    ]
    # The findings the earlier render wrote into the table are named, not kept.
    assert [note.worded("en") for note in result.notes] == [
        "row 5: a finding of an earlier check, left out (check finds it again)",
        "row 10: a finding of an earlier check, left out (check finds it again)",
    ]


def test_help_names_import_in_norwegian(monkeypatch: pytest.MonkeyPatch) -> None:
    for locale, purpose in (
        ("nb_NO.UTF-8", "Hent inn en kjøreplan fra Word, Excel eller CSV."),
        ("nn_NO.UTF-8", "Hent inn ein køyreplan frå Word, Excel eller CSV."),
    ):
        monkeypatch.setenv("LANG", locale)
        result = CliRunner().invoke(app, ["import", "--help"])
        assert result.stdout.split("\n\n")[1].strip() == purpose


def test_the_guide_shows_what_import_finds_in_the_seed() -> None:
    guide = (ROOT / "docs" / "guide.md").read_text(encoding="utf-8")
    shown = guide.split("```text\nverksted.yaml:", 1)[1].split("```", 1)[0]
    text, _ = imported(SEED_DOCX)
    analysis = analyse_text(text, "verksted.yaml")
    from planverksted.lint.formatters.text import format_text
    from planverksted.lint.wording import worded

    lines = [format_text(worded(f, "nb"), "nb").splitlines()[0] for f in analysis.findings]
    for line in ("verksted.yaml:" + shown).strip().splitlines():
        assert line in lines


def table_docx(path: Path, tables: list[list[list[str]]], merge_first_row: bool = False) -> None:
    import docx

    document = docx.Document()
    for rows in tables:
        table = document.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
        if merge_first_row:
            merged = table.cell(1, 0).merge(table.cell(1, len(rows[0]) - 1))
            merged.text = rows[1][0]
    document.save(path)


def test_table_option_and_its_messages(tmp_path: Path) -> None:
    path = tmp_path / "to.docx"
    steps = [["Steg", "Hva"], ["1", "Reflekter"]]
    first = [["Tid", "Hva"], ["09.00–09.30", "Formøte"]]
    second = [["Tid", "Hva"], ["13.00–13.30", "Velkommen"]]
    table_docx(path, [steps, first, second])
    assert load_text(imported(path)[0]).data["agenda"][0]["title"] == "Formøte"
    assert load_text(imported(path, 3)[0]).data["agenda"][0]["title"] == "Velkommen"
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path), 4)
    assert raised.value.message == f"{path} has 3 tables; there is no table 4"
    assert raised.value.hint == "give --table from 1 to 3"
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path), 1)
    assert raised.value.message == f"table 1 in {path} has no column of times"
    only_steps = tmp_path / "steg.docx"
    table_docx(only_steps, [steps])
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(only_steps))
    assert raised.value.message == f"the table in {only_steps} has no column of times"


def test_merged_title_row_in_a_word_table(tmp_path: Path) -> None:
    path = tmp_path / "m.docx"
    rows = [
        ["Tid", "Hva", "Hvem"],
        ["Dag 1 – 16. april 2024", "", ""],
        ["10.00–10.30", "Velkommen", "Ordfører"],
    ]
    table_docx(
        path,
        [
            rows,
            [
                ["Tid", "Hva", "Hvem"],
                ["Dag 2 – 17. april 2024", "", ""],
                ["09.00–09.30", "Oppsummering", "Kari"],
            ],
        ],
        merge_first_row=True,
    )
    data = load_text(imported(path)[0]).data
    # The first table's merged row is the day's title, never a block.
    assert data["date"] == "2024-04-16"
    assert data["subtitle"] == "Dag 1"
    assert [b["title"] for b in data["agenda"]] == ["Velkommen"]


def test_every_cell_kept_or_named(tmp_path: Path) -> None:
    rows = [
        ["Tid", "Hva", "Rom", "Type"],
        ["Etter lunsj", "Innlegg", "301", "Workshop"],
        ["13.00–13.30", "Innlegg", "302", "Innlegg"],
        ["13.30", "", "", ""],
        ["13.30–14.00", "Oppsummering", "", ""],
        ["Til slutt", "", "", ""],
        ["14.00–14.10", "", "", "Pause"],
        ["14.10", "", "", ""],
    ]
    path = tmp_path / "rom.csv"
    write_csv(path, rows, ",")
    text, result = imported(path)
    notes = [note.worded("en") for note in result.notes]
    assert notes == [
        "row 2, column 'Tid': 'Etter lunsj' is not a time; kept in the notes",
        "row 2, column 'Type': 'Workshop' is not a kind planverksted knows; kept in the notes",
        "row 4: only a time ('13.30'), left out",
    ]
    data = load_text(text).data
    first = data["agenda"][0]
    assert first["notes"].splitlines() == ["Etter lunsj", "Rom: 301", "Type: Workshop"]
    assert "kind" not in first
    # A heading between blocks is a comment; a title from the kind column; the last time ends.
    assert '  # Til slutt\n  - time: "14.00–14.10"\n    title: Pause\n    kind: break\n' in text
    assert data["end"] == "14.10"
    every_cell_kept(rows, text, notes)


def test_huge_sheets_and_bombs_refused_plainly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from planverksted.importing import limits

    path = tmp_path / "stor.xlsx"
    write_xlsx(
        path,
        [["Tid", "Hva"], *[[f"{9 + i // 60:02d}:{i % 60:02d}", f"Punkt {i}"] for i in range(40)]],
    )
    monkeypatch.setattr(limits, "MAX_ROWS", 30)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    # The sheet says its size (openpyxl writes <dimension>): refused before it is streamed.
    assert (
        raised.value.message
        == f"{path} has a sheet that says it has 41 rows, more than the cap of 30"
    )
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 1000)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    assert raised.value.message.startswith(f"{path} is refused: unpacked, it would take 0 MiB")
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("xl/worksheets/sheet1.xml", b" " * (20 * 1024 * 1024))
    monkeypatch.setattr(limits, "MAX_UNPACKED_BYTES", 64 * 1024 * 1024)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(bomb))
    assert "its part 'xl/worksheets/sheet1.xml' would grow" in raised.value.message
    csv_path = tmp_path / "stor.csv"
    csv_path.write_bytes(b"Tid;Hva\n" + b"13.00;x\n" * 700_000)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(csv_path))
    assert raised.value.message == f"{csv_path} is larger than 4 MiB, more than a run-sheet ever is"


def test_missing_extra_names_the_install_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    path = tmp_path / "k.xlsx"
    write_xlsx(path, [["Tid", "Hva"], ["13:00", "Velkommen"]])
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    assert raised.value.message == "reading Excel files needs an optional part of planverksted"
    assert raised.value.hint == "install it with: pip install 'planverksted[xlsx]'"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["import", "k.csv"], 2, "give the workshop file to write, like: -o verksted.yaml"),
        (
            ["import", "k.csv", "-o", "v.txt"],
            2,
            "v.txt: a workshop file's name ends in .yaml or .yml",
        ),
        (["import", "-", "-o", "v.yaml"], 2, "import reads a file, not standard input"),
        (["import", "nowhere.csv", "-o", "v.yaml"], 2, "no such file: nowhere.csv"),
        (
            ["import", "k.json", "-o", "v.yaml"],
            1,
            "cannot tell what kind of file k.json is from its name",
        ),
        (["import", "k.csv", "-o", "v.yaml", "--table", "0"], 2, "--table"),
        (["import", "k.csv", "-o", "k.yaml"], 2, "the output k.yaml is the source document itself"),
    ],
)
def test_command_line_refusals(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], code: int, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    # An English run-sheet: the command speaks the run-sheet's language where it tells one.
    write_csv(tmp_path / "k.csv", [["Time", "What"], ["13:00–13:10", "Welcome"]])
    (tmp_path / "k.json").write_text("{}", encoding="utf-8")
    (tmp_path / "k.yaml").symlink_to(tmp_path / "k.csv")
    result = CliRunner().invoke(app, [*args, "--lang", "en"] if "--table" not in args else args)
    assert result.exit_code == code, result.output
    assert message in result.output
    assert not (tmp_path / "v.yaml").exists()
    assert (tmp_path / "k.csv").read_text(encoding="utf-8").startswith("Time")


def test_printed_with_dash(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["import", str(SEED_DOCX), "-o", "-"])
    assert result.exit_code == 0
    assert load_text(result.stdout).data["title"] == "Arbeidsverksted med kommunestyret"
    assert "advarsel[gap]" in result.stderr


@pytest.mark.parametrize("suffix", [".docx", ".xlsx", ".csv", ".md"])
def test_no_crash_on_damaged_sources(tmp_path: Path, suffix: str) -> None:
    """Damaged copies of a good source: a plain message or a file, never a crash (exit 3)."""
    import random

    good = tmp_path / f"good{suffix}"
    if suffix == ".docx":
        good.write_bytes(SEED_DOCX.read_bytes())
    elif suffix == ".xlsx":
        write_xlsx(good, [["Tid", "Hva"], *map(list, SEED_ROWS)])
    elif suffix == ".csv":
        write_csv(good, [["Tid", "Hva"], *map(list, SEED_ROWS)])
    else:
        good.write_text(
            "| Tid | Hva |\n|---|---|\n"
            + "".join(f"| {a} | {b.splitlines()[0]} |\n" for a, b in SEED_ROWS),
            encoding="utf-8",
        )
    data = good.read_bytes()
    chance = random.Random(24)
    for attempt in range(12):
        damaged = bytearray(data)
        for _ in range(1 + attempt):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        path = tmp_path / f"d{attempt}{suffix}"
        path.write_bytes(bytes(damaged[: len(damaged) - chance.randrange(0, 40)]))
        out = tmp_path / f"d{attempt}.yaml"
        result = CliRunner().invoke(app, ["import", str(path), "-o", str(out)])
        assert result.exit_code in (0, 1), (attempt, result.output, result.exception)
        assert "internal error" not in result.output


# Whatever a sheet holds: a workshop file, or a plain message, never a crash.


CELLS = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            "13.00–13.10",
            "kl. 9",
            "13:00",
            "1300",
            "15 min",
            "Pause",
            "Tid",
            "Hva",
            "Hvem",
            "Dag 2 – 17. april 2024",
            "Gruppearbeid (IGP): Hva nå?",
            "Type",
            "Varighet",
            "",
            "?",
            "Innlegg",
            "Merknad",
            "- a",
            "a: b",
            "#",
            "Materiell: x, y",
            "Gruppeoppgave 1",
        ]
    ),
)


@settings(
    max_examples=int(os.environ.get("IMPORT_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(rows=st.lists(st.lists(CELLS, min_size=1, max_size=5), min_size=1, max_size=8))
def test_any_sheet_imports_or_is_refused_plainly(tmp_path: Path, rows: list[list[str]]) -> None:
    path = tmp_path / "any.csv"
    write_csv(path, rows, ";")
    table = "\n".join("| " + " | ".join(row) + " |" for row in [*rows[:1], ["---"], *rows[1:]])
    (tmp_path / "any.md").write_text(f"# Tittel\n\n{table}\n", encoding="utf-8")
    try:
        text, _ = imported(tmp_path / "any.md")
        analyse_text(text, "x.yaml")
    except PlanverkstedError:
        pass
    try:
        text, _ = imported(path)
    except PlanverkstedError:
        return
    analyse_text(text, "x.yaml")


@settings(max_examples=200, deadline=None)
@given(text=st.text(min_size=1, max_size=40))
def test_any_text_is_written_so_it_reads_back(text: str) -> None:
    data = {
        "planverksted": 1,
        "title": text,
        "agenda": [{"time": text, "title": text, "notes": f"{text}\n{text}", "who": [text]}],
    }
    assert load_text(emit(data)).data == {
        "planverksted": "1",
        "title": text,
        "agenda": [{"time": text, "title": text, "notes": f"{text}\n{text}", "who": [text]}],
    }


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("Tid", "time"),
        ("Klokkeslett", "time"),
        ("Kl.", "time"),
        ("kl", "time"),
        ("Tidspunkt", "time"),
        ("Time", "time"),
        ("Tid (fra–til)", "time"),
        ("Fra", "start"),
        ("Frå", "start"),
        ("Start", "start"),
        ("Til", "end"),
        ("Slutt", "end"),
        ("Hva", "what"),
        ("Kva", "what"),
        ("Aktivitet", "what"),
        ("Innhold", "what"),
        ("Innhald", "what"),
        ("Tema", "what"),
        ("Program", "what"),
        ("What", "what"),
        ("Hvem", "who"),
        ("Kven", "who"),
        ("Ansvar", "who"),
        ("Ansvarlig", "who"),
        ("Ansvarleg", "who"),
        ("Who", "who"),
        ("Varighet", "duration"),
        ("Lengd", "duration"),
        ("Duration", "duration"),
        ("Type", "kind"),
        ("Notat", "notes"),
        ("Merknad", "notes"),
        ("Kommentar", "notes"),
        ("Notes", "notes"),
        ("Dato", "date"),
        ("Rom", None),
        ("", None),
    ],
)
def test_headings_in_every_language(heading: str, role: str | None) -> None:
    from planverksted.importing.columns import heading_role

    found = heading_role(heading)
    assert (found.value if found else None) == role


def test_start_and_end_in_two_columns(tmp_path: Path) -> None:
    rows = [
        ["Fra", "Til", "Innhald", "Kven"],
        ["09.00", "09.15", "Velkomen", "Ordføraren"],
        ["09.15", "10.00", "Kva veit vi om kommunen?", "Kommunedirektøren"],
    ]
    path = tmp_path / "fra-til.csv"
    write_csv(path, rows, ";")
    text, _ = imported(path)
    data = load_text(text).data
    assert [(b["start"], b["end"], b["title"]) for b in data["agenda"]] == [
        ("09.00", "09.15", "Velkomen"),
        ("09.15", "10.00", "Kva veit vi om kommunen?"),
    ]
    assert data["language"] == "nn"
    assert not analyse_text(text, "x").findings


@pytest.mark.parametrize(
    ("title", "who"),
    [
        ("Oppsummering og vegen videre v/ordfører", "Ordfører"),
        ("Utfordringsbilde v/ kommunedirektør, 10 min", "Kommunedirektør"),
        ("Innlegg v/ kommunedirektør og ordfører", "kommunedirektør og ordfører"),
        ("Innlegg v/Kari Nordmann (fylkeskommunen)", "Kari Nordmann"),
        ("Innledning ved ordfører", None),
        ("Pris kr 200 v/10 stk", None),
        ("Oppsummering v/ordfører settes på saklista neste møte", None),
    ],
)
def test_who_named_with_v_slash(title: str, who: str | None) -> None:
    from planverksted.importing.interpret import who_in

    assert who_in(title) == who


def test_text_with_simple_tags_as_copied_from_a_slide(tmp_path: Path) -> None:
    """The seed's own text: tab-separated, <b> for a title and <i> for questions."""
    path = tmp_path / "kjoreplan.txt"
    path.write_text(
        "13.00 – 13.10\tInnledning ved ordfører\n"
        "13.10 – 13.15\tOm <i>Tett-på</i> og presentasjon av laget\n"
        "13.40 – 14.15\t<b>Kunnskapsgrunnlag</b><br>Gruppearbeid (IGP) <i>Hva er den "
        "viktigste kunnskapen vi har?</i>, 15 min\n",
        encoding="utf-8",
    )
    data = load_text(imported(path)[0]).data
    assert [b["title"] for b in data["agenda"]] == [
        "Innledning ved ordfører",
        "Om Tett-på og presentasjon av laget",
        "Kunnskapsgrunnlag",
    ]
    assert data["agenda"][2]["parts"] == [
        {
            "title": "Gruppearbeid (IGP)",
            "kind": "group",
            "duration": "15",
            "method": "igp",
            "questions": ["Hva er den viktigste kunnskapen vi har?"],
        }
    ]
