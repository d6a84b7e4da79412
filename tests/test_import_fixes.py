"""planverksted import, as an attacker and a careful reader found it (issue #24, F1-F6).

A run-sheet within the import's caps that would make a workshop file over the loader's
caps is refused before a line is written, naming the row (never a crash); a huge Excel
sheet is refused from its XML before it is streamed; every line of a run speaks the
run-sheet's language; headingless tables are read by their content; a document's date
is never lost; our own Word output keeps its tracks and its methods' steps.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from typer.testing import CliRunner

from planverksted import i18n
from planverksted.cli import app
from planverksted.errors import PlanverkstedError
from planverksted.importing import caps, limits
from planverksted.importing.convert import convert
from planverksted.source import load as loader
from planverksted.source.load import load_text


def write_csv(path: Path, rows: list[list[str]], delimiter: str = ";") -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode("utf-8"))


def streamed_xlsx(path: Path, rows: list[list[Any]]) -> None:
    """A workbook as a streaming writer makes it: no <dimension> saying its size."""
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    book.save(path)


# F5: the workshop file's caps, before writing.


def loader_count(text: str) -> int:
    """The values the loader admits for ``text`` (read from the loader itself)."""
    counted: list[int] = []
    original = loader._Composer._admit

    def admit(self: Any, event: Any) -> None:
        original(self, event)
        counted.append(1)

    try:
        loader._Composer._admit = admit  # type: ignore[method-assign]
        assert not load_text(text).fatal
    finally:
        loader._Composer._admit = original  # type: ignore[method-assign]
    return len(counted)


@pytest.mark.parametrize(
    "rows",
    [
        [["Tid", "Hva"], ["13.00", "x"]],
        [["Tid", "Hva", "Hvem"], ["13.00–13.10", "Velkommen", "Kari"], ["13.10–14.00", "Pause"]],
        [
            ["Tid", "Hva", "Notat"],
            ["13.00–14.00", "Gruppearbeid (IGP): Hva nå?", "ta med lapper"],
            ["13.00–13.20", "Runde 1", ""],
        ],
    ],
)
def test_values_counted_as_the_loader_counts_them(tmp_path: Path, rows: list[list[str]]) -> None:
    source = tmp_path / "k.csv"
    write_csv(source, rows)
    converted = convert(str(source))
    assert caps.values_in(converted.imported.data) == loader_count(converted.text)


@pytest.mark.parametrize(
    ("cap", "patch", "message"),
    [
        (
            "values",
            (loader, "MAX_VALUES", 60),
            "{file}, row 12: the workshop file would hold more than 60 values (keys, texts "
            "and list items), the cap of a workshop file; nothing is written",
        ),
        (
            "rows",
            (caps.rule_caps, "MAX_ROWS", 7),
            "{file}, row 9: the run-sheet would have more than 7 rows (blocks, parts and "
            "method steps), the cap of a workshop file; nothing is written",
        ),
        (
            "bytes",
            (loader, "MAX_BYTES", 600),
            "{file}, row 11: the workshop file would be larger than 0 MiB, the cap of a "
            "workshop file; nothing is written",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 8 else "",
)
def test_a_file_over_a_workshop_cap_is_refused_before_writing(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cap: str,
    patch: tuple[Any, str, int],
    message: str,
) -> None:
    source = tmp_path / "lang.csv"
    write_csv(source, [["Tid", "Hva"], *[[f"{9 + i}.00", f"Punkt nummer {i}"] for i in range(30)]])
    monkeypatch.setattr(*patch)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(source))
    assert raised.value.message == message.format(file=source)
    assert raised.value.hint == "split the run-sheet's table into several files, and import each"
    out = tmp_path / "v.yaml"
    result = CliRunner().invoke(app, ["import", str(source), "-o", str(out), "--lang", "en"])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and not out.exists()


def test_the_read_back_check_turns_a_cap_into_a_refusal_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "k.csv"
    write_csv(source, [["Time", "What"], ["13.00", "Welcome"], ["14.00", "Lunch"]])
    # A cap the counting before writing missed (here: switched off) is still no crash.
    monkeypatch.setattr(caps, "check_before_emit", lambda imported, file: None)
    monkeypatch.setattr(loader, "MAX_VALUES", 10)
    out = str(tmp_path / "v.yaml")
    result = CliRunner().invoke(app, ["import", str(source), "-o", out])
    assert result.exit_code == 1, result.output
    assert result.output.startswith(
        f"planverksted: {source}: the workshop file would be over a cap of a workshop file"
    )


# F6: a huge sheet is refused from its XML, before openpyxl streams it.


def test_a_sheet_with_more_rows_than_the_cap_is_refused_before_it_is_streamed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "stor.xlsx"
    streamed_xlsx(path, [["Tid", "Hva"], *[["13.00", "x"] for _ in range(40)], [None, None]])
    monkeypatch.setattr(limits, "MAX_ROWS", 30)
    streamed: list[int] = []
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: streamed.append(1))
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    assert raised.value.message == f"{path} has a table of more than 30 rows"
    assert streamed == []  # openpyxl never opened it
    # At the cap (empty rows not counted), the sheet is read.
    monkeypatch.undo()
    monkeypatch.setattr(limits, "MAX_ROWS", 41)
    assert len(load_text(convert(str(path)).text).data["agenda"]) == 40


# F4: every line of a run in the run-sheet's language.

NYNORSK = [["Klokkeslett", "Kva", "Kven"], ["13.00–13.10", "Velkomen og kva vi skal gjere", "Kari"]]


def test_the_refusal_to_overwrite_speaks_the_run_sheets_language(tmp_path: Path) -> None:
    source = tmp_path / "c.csv"
    write_csv(source, NYNORSK)
    out = tmp_path / "c.yaml"
    first = CliRunner().invoke(app, ["import", str(source), "-o", str(out)])
    assert first.exit_code == 0, first.output
    assert f"Laga {out} frå c.csv (tabell 1): 1 bolk." in first.stdout
    assert f"og køyr så planverksted check {out}" in first.stdout  # one space, not two
    second = CliRunner().invoke(app, ["import", str(source), "-o", str(out)])
    assert second.exit_code == 1
    # The catalogue's nynorsk (its wording is the language reviewers' to change).
    refusal = i18n.fill(i18n.message("import.exists", "nn"), "nn", {"path": out})
    hint = i18n.message("import.exists.hint", "nn")
    assert second.output == f"planverksted: {refusal}\n    tips: {hint}\n"
    # The run-sheet's language decides over --lang, which words only a sheet of no telling words.
    again = CliRunner().invoke(app, ["import", str(source), "-o", str(out), "--lang", "en"])
    assert again.output == second.output
    plain = tmp_path / "p.csv"
    write_csv(plain, [["13.00", "x"]])
    CliRunner().invoke(app, ["import", str(plain), "-o", str(tmp_path / "p.yaml")])
    english = CliRunner().invoke(
        app, ["import", str(plain), "-o", str(tmp_path / "p.yaml"), "--lang", "en"]
    )
    assert english.output.startswith(f"planverksted: {tmp_path / 'p.yaml'} already exists")


def test_a_text_source_that_cannot_be_read_is_refused_in_its_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "c.csv"
    write_csv(source, [*NYNORSK, *[["14.00", "Kva no"] for _ in range(40)]])
    monkeypatch.setattr(limits, "MAX_ROWS", 30)
    result = CliRunner().invoke(app, ["import", str(source), "-o", str(tmp_path / "v.yaml")])
    assert result.exit_code == 1
    assert result.output.startswith(
        f"planverksted: {source} har ein tabell med fleire enn 30 rader"
    )


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        (
            "en",
            "the table in {file} has no column of times",
            "none of the 2 tables in {file} has a column of times",
        ),
        (
            "nb",
            "tabellen i {file} har ingen kolonne med tider",
            "ingen av de 2 tabellene i {file} har en kolonne med tider",
        ),
        (
            "nn",
            "tabellen i {file} har ingen kolonne med tider",
            "ingen av dei 2 tabellane i {file} har ein kolonne med tider",
        ),
    ],
)
def test_one_table_and_several_are_worded_apart(
    tmp_path: Path, language: str, one: str, many: str
) -> None:
    for count, wanted in ((1, one), (2, many)):
        source = tmp_path / f"t{count}.md"
        source.write_text("| Steg | Hva |\n|---|---|\n| 1 | Reflekter |\n\n" * count, "utf-8")
        with pytest.raises(PlanverkstedError) as raised:
            convert(str(source))
        assert raised.value.in_language(language)[0] == wanted.format(file=source)
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(tmp_path / "t1.md"), 2)
    assert (
        raised.value.in_language("en")[0]
        == f"{tmp_path / 't1.md'} has one table; there is no table 2"
    )


def test_a_damaged_workbook_is_worded_in_good_english(tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(b"not a zip")
    with pytest.raises(PlanverkstedError) as raised:
        convert(str(path))
    assert raised.value.message.startswith(f"{path} cannot be read as a file from Excel: ")


# F1: a table without a heading row, read by its content.


@pytest.mark.parametrize(
    ("rows", "blocks", "language"),
    [
        (  # the probe's sheet: the free text is the title, the names who, Pause a break
            [
                ["09.00 - 09.15", "Velkommen", "Ordføreren"],
                ["09.15 - 10.00", "Gruppearbeid om planstrategien", "Johnny"],
                ["10.00 - 10.15", "Pause", ""],
            ],
            [
                ("Velkommen", "intro", "Ordføreren"),
                ("Gruppearbeid om planstrategien", "group", "Johnny"),
                ("Pause", "break", None),
            ],
            "nb",
        ),
        (  # the names before the titles
            [
                ["13.00–13.30", "Kari Vold", "Velkomen og kva vi skal gjere i dag"],
                ["13.30–14.00", "Per Strand", "Innleiing om kommuneplanen"],
            ],
            [
                ("Velkomen og kva vi skal gjere i dag", "intro", "Kari Vold"),
                ("Innleiing om kommuneplanen", "intro", "Per Strand"),
            ],
            "nn",
        ),
        (  # a real type column: kind words only, beside the free text
            [
                ["13.00–13.30", "Innlegg", "What the plan says about housing"],
                ["13.30–14.00", "Gruppearbeid", "Where we go from here, and why"],
                ["14.00–14.15", "Pause", "Coffee"],
            ],
            [
                ("What the plan says about housing", "talk", None),
                ("Where we go from here, and why", "group", None),
                ("Coffee", "break", None),
            ],
            "en",
        ),
    ],
    ids=["probe", "names-first", "type-column"],
)
def test_a_table_without_headings_is_read_by_its_content(
    tmp_path: Path,
    rows: list[list[str]],
    blocks: list[tuple[str, str, str | None]],
    language: str,
) -> None:
    source = tmp_path / "d.csv"
    write_csv(source, rows, ",")
    converted = convert(str(source))
    assert converted.imported.notes == []
    data = load_text(converted.text).data
    assert [(b["title"], b.get("kind"), b.get("who")) for b in data["agenda"]] == blocks
    assert [b["time"] for b in data["agenda"]] == [row[0] for row in rows]
    assert data["language"] == language


# F2: the document's date is never lost.

TABLE = "| Tid | Hva |\n|---|---|\n| 09.00–10.00 | {title} |\n\n"


@pytest.mark.parametrize(
    ("date_line", "second_day", "top", "days"),
    [
        ("Dato: 18.04.2024", " – 19.04.2024", "2024-04-18", [None, "2024-04-19"]),
        ("torsdag 18. april 2024", "", "2024-04-18", [None, None]),
        ("Thursday 18 April 2024", " – 19.04.2024", "2024-04-18", [None, "2024-04-19"]),
    ],
)
def test_the_documents_date_goes_to_the_first_day(
    tmp_path: Path, date_line: str, second_day: str, top: str, days: list[str | None]
) -> None:
    source = tmp_path / "e.md"
    source.write_text(
        f"# Samling for formannskapet\n\n{date_line}\n\n## Dag 1\n\n"
        + TABLE.format(title="Velkommen")
        + f"## Dag 2{second_day}\n\n"
        + TABLE.format(title="Oppsummering"),
        "utf-8",
    )
    converted = convert(str(source))
    data = load_text(converted.text).data
    assert data["date"] == top
    assert [day.get("date") for day in data["days"]] == days
    assert converted.imported.notes == []


@pytest.mark.parametrize(
    "date_line", ["Dato: 18.04.2024", "torsdag 18. april 2024", "tysdag 16. april 2024"]
)
def test_a_date_line_dates_a_one_day_sheet(tmp_path: Path, date_line: str) -> None:
    source = tmp_path / "g.md"
    source.write_text(f"# Samling\n\n{date_line}\n\n" + TABLE.format(title="Velkommen"), "utf-8")
    wanted = "2024-04-16" if "16" in date_line else "2024-04-18"
    assert load_text(convert(str(source)).text).data["date"] == wanted


def test_a_document_date_that_is_no_days_date_is_said(tmp_path: Path) -> None:
    source = tmp_path / "e.md"
    source.write_text(
        "# Samling\n\nDato: 18.04.2024\n\n## Dag 1 – 17.04.2024\n\n"
        + TABLE.format(title="Velkommen")
        + "## Dag 2 – 19.04.2024\n\n"
        + TABLE.format(title="Oppsummering"),
        "utf-8",
    )
    converted = convert(str(source))
    assert [note.worded("en") for note in converted.imported.notes] == [
        "the document's date, Thursday 18 April 2024, is not the first day's (Wednesday 17 "
        "April 2024); left out"
    ]
    assert [note.worded("nb") for note in converted.imported.notes] == [
        "dokumentets dato, torsdag 18. april 2024, er ikke datoen for den første dagen "
        "(onsdag 17. april 2024); utelatt"
    ]


# F3: our own Word output keeps its parallel tracks and a file's own method steps.


def word_of(path: Path, tmp_path: Path) -> Path:
    from planverksted.analysis import analyse_text
    from planverksted.runsheet.formats import Job
    from planverksted.runsheet.formats import docx as word

    analysis = analyse_text(path.read_text(encoding="utf-8"), path.name, folder=path.parent)
    target = tmp_path / f"{path.stem}.docx"
    target.write_bytes(word.render(Job(analysis)))
    return target


def test_parallel_tracks_come_back_from_our_word_output(tmp_path: Path) -> None:
    from conftest import EXAMPLES

    converted = convert(str(word_of(EXAMPLES / "kommunestyret-parallelle-rom.yaml", tmp_path)))
    data = load_text(converted.text).data
    block = next(b for b in data["agenda"] if "parallel" in b)
    assert (block["title"], block["walk"]) == ("Parallelle verkstader", "5")
    assert block["parallel"] == [
        {
            "title": "Helse og omsorg",
            "room": "Formannskapssalen",
            "who": "kari-vold",
            "duration": "45",
        },
        {"title": "Oppvekst", "room": "Møterom Fjorden", "who": "per-strand", "duration": "45"},
        {
            "title": "Areal og klima",
            "description": "Kart over kommunen ligg på bordet.",
            "room": "Kommunestyresalen",
            "who": "johnny-andersen",
            "duration": "45",
        },
    ]
    assert data["people"]["johnny-andersen"] == {
        "name": "Johnny Andersen",
        "role": "Rådgjevar, Vestland fylkeskommune",
    }
    assert converted.imported.notes == []


def test_a_files_own_method_steps_come_back_not_the_built_in(tmp_path: Path) -> None:
    from conftest import EXAMPLES

    converted = convert(str(word_of(EXAMPLES / "kommunestyre-tett-pa.yaml", tmp_path)))
    data = load_text(converted.text).data
    assert [step["title"] for step in data["methods"]["igp"]["steps"]] == [
        "Reflekter",
        "Dele rundt bordet",
        "Drøfting: er det fellesnevnere?",
    ]
    assert data["methods"]["igp"]["name"] == "IGP"


def test_a_built_in_methods_steps_stay_the_built_in(tmp_path: Path) -> None:
    from conftest import EXAMPLES

    # The café dialogue of the parallel example is the built-in one, word for word.
    converted = convert(str(word_of(EXAMPLES / "kommunestyret-parallelle-rom.yaml", tmp_path)))
    data = load_text(converted.text).data
    assert "methods" not in data
    assert data["agenda"][1]["method"] == "kafedialog"


def test_a_tracks_table_that_names_no_block_is_said(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    main = document.add_table(rows=2, cols=2)
    for cell, text in zip(
        main.rows[0].cells + main.rows[1].cells,
        ["Tid", "Hva", "13.00–14.00", "Verksted"],
        strict=True,
    ):
        cell.text = text
    document.add_paragraph("Noe annet – Parallelle spor")
    tracks = document.add_table(rows=2, cols=4)
    for cell, text in zip(
        tracks.rows[0].cells + tracks.rows[1].cells,
        ["Spor", "Rom", "Tid", "Hvem", "Helse", "Salen", "13.00–14.00", "Kari"],
        strict=True,
    ):
        cell.text = text
    path = tmp_path / "spor.docx"
    document.save(path)
    converted = convert(str(path))
    assert [note.worded("nb") for note in converted.imported.notes] == [
        "tabell 2: «Noe annet – Parallelle spor» er planverksteds egen liste over parallelle "
        "spor, men ingen bolk med den tittelen ble funnet; utelatt"
    ]


# F17: a duration with a decimal comma, as Norwegian writes an hour and a half.


@pytest.mark.parametrize(
    ("written", "line", "code"),
    [
        ("1,5 t", "    duration: 90  # 1,5 t\n", 0),
        ("2,5 timer", "    duration: 150  # 2,5 timer\n", 0),
        ("0,5 t", "    duration: 30  # 0,5 t\n", 0),
        ("1,5", '    duration: "1,5"\n', 1),
        ("1,5 min", '    duration: "1,5 min"\n', 1),
    ],
)
def test_a_decimal_comma_duration_is_read_or_kept_never_a_crash(
    tmp_path: Path, written: str, line: str, code: int
) -> None:
    for suffix in (".csv", ".md"):
        source = tmp_path / f"one{suffix}"
        if suffix == ".csv":
            write_csv(source, [["Tid", "Hva", "Varighet"], ["12.00", "H", written]])
        else:
            source.write_text(
                f"| Tid | Hva | Varighet |\n|---|---|---|\n| 12.00 | H | {written} |\n", "utf-8"
            )
        out = tmp_path / f"one{suffix}.yaml"
        result = CliRunner().invoke(app, ["import", str(source), "-o", str(out), "--lang", "en"])
        assert result.exit_code == code, result.output
        assert line in out.read_text(encoding="utf-8")


# F11: a who merged down over two rows in Word.


def test_a_who_merged_down_in_word_goes_with_each_row_once(tmp_path: Path) -> None:
    import docx

    rows = [
        ["Klokkeslett", "Kva", "Kven"],
        ["09.15", "Innleiing om økonomi", "Rådmannen"],
        ["10.00", "Gruppearbeid", "Rådmannen"],
        ["10.30", "Pause", ""],
    ]
    document = docx.Document()
    table = document.add_table(rows=len(rows), cols=3)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    table.cell(1, 2).merge(table.cell(2, 2))  # python-docx keeps both cells' paragraphs
    path = tmp_path / "nn.docx"
    document.save(path)
    data = load_text(convert(str(path)).text).data
    assert [block.get("who") for block in data["agenda"]] == ["Rådmannen", "Rådmannen", None]


def test_the_rows_cap_counts_as_the_time_engine_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import EXAMPLES
    from planverksted.analysis import analyse_text

    # The seed: parts, a built-in method in a part; its own Word output: a file's own method.
    for source in (
        EXAMPLES / "kjoreplan-tett-pa.docx",
        word_of(EXAMPLES / "kommunestyre-tett-pa.yaml", tmp_path),
    ):
        monkeypatch.undo()
        converted = convert(str(source))
        data = converted.imported.data
        rows = sum(
            caps.rows_in(block, data.get("methods", {})) for block, _ in caps.blocks_of(data)
        )
        monkeypatch.setattr(caps.rule_caps, "MAX_ROWS", rows)
        codes = [f.code for f in analyse_text(convert(str(source)).text, "x.yaml").findings]
        assert "too-many-rows" not in codes
        monkeypatch.setattr(caps.rule_caps, "MAX_ROWS", rows - 1)
        with pytest.raises(PlanverkstedError):
            convert(str(source))
        codes = [f.code for f in analyse_text(converted.text, "x.yaml").findings]
        assert "too-many-rows" in codes


def test_a_steps_table_that_cannot_be_read_is_said(tmp_path: Path) -> None:
    import docx

    from conftest import EXAMPLES

    path = word_of(EXAMPLES / "kommunestyre-tett-pa.yaml", tmp_path)
    document = docx.Document(str(path))
    steps = next(t for t in document.tables if t.rows[0].cells[1].text == "Steg")
    steps.rows[2].cells[0].text = "etterpå"
    document.save(str(path))
    converted = convert(str(path))
    said = [note.worded("nb") for note in converted.imported.notes]
    # (The other notes: the findings of check the Word output wrote into the table.)
    assert [text for text in said if "steg" in text] == [
        "rad 3 av stegene i metoden «IGP»: «etterpå» er ikke et klokkeslett; stegene er utelatt"
    ]
    # The same method's steps in the other tasks' tables still give it.
    steps = load_text(converted.text).data["methods"]["igp"]["steps"]
    assert [step["title"] for step in steps][1] == "Dele rundt bordet"
